package quiz

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestWarmChapterAnswers: reading the chapters from the end on a fork of
// its own begins every chapter in the memo, and each chapter holds what a
// generator without a memo reads there; a chapter begun before is left
// as it was.
func TestWarmChapterAnswers(t *testing.T) {
	texts := map[string][]byte{"builtin": builtinText(t)}
	if b, err := os.ReadFile(filepath.Join(corpusDir, "marshall_plan.txt")); err == nil {
		texts["marshall_plan"] = b
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			a := mustParse(t, text)
			facts := Extract(a)
			g := indexedGenerator(a, facts)
			first := g.fork(nil).chapterAnswers(0) // begun by another caller
			g.fork(nil).warmChapterAnswers()
			plain := indexedGenerator(a, facts)
			plain.memo = nil
			asked := 0
			for ch := range a.Chapters {
				e := g.memo.phrases[ch]
				if e == nil {
					t.Fatalf("chapter %d not begun", ch)
				}
				want := plain.fork(nil).chapterAnswers(ch)
				if !reflect.DeepEqual(e.v, want) {
					t.Errorf("chapter %d: %d answers warmed, %d read alone", ch, len(e.v), len(want))
				}
				asked += len(want)
			}
			if asked == 0 {
				t.Error("no phrase questions: the test compares nothing")
			}
			if got := g.chapterAnswers(0); len(got) > 0 && &got[0] != &first[0] {
				t.Error("chapter 0 was read again")
			}
		})
	}
}
