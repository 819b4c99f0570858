package quiz

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestStudySharesOneIndex checks that the cards and quizzes a Study makes
// on its one index (built once, forked per call) are those MakeCards and
// GenerateQuiz make on indexes of their own, whatever order the calls
// come in and when they run at the same time (run with -race).
func TestStudySharesOneIndex(t *testing.T) {
	texts := map[string][]byte{"builtin": builtinText(t)}
	for _, name := range []string{"marshall_plan", "potsdam_agreement"} {
		if b, err := os.ReadFile(filepath.Join(corpusDir, name+".txt")); err == nil {
			texts[name] = b
		}
	}
	opts := []QuizOptions{
		{Count: 20, Seed: 1},
		{Count: 40, Seed: 7},
		{Count: 10, Seed: 3, Types: []QuestionType{MultipleChoice, FillIn}},
		{Count: 0, Seed: 1},
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			a := mustParse(t, text)
			facts := Extract(a)
			wantCards := MakeCards(a, facts)
			wantQuiz := make([][]Question, len(opts))
			for i, o := range opts {
				wantQuiz[i] = GenerateQuiz(a, facts, o)
			}
			s := StudyOf(a, nil)
			if !reflect.DeepEqual(s.Facts, facts) {
				t.Fatal("the study's facts differ from Extract's")
			}
			// a quiz first, then the cards and the quizzes again, at once
			if got := s.Quiz(opts[1]); !reflect.DeepEqual(got, wantQuiz[1]) {
				t.Errorf("first quiz %+v: differs from GenerateQuiz's", opts[1])
			}
			var wg sync.WaitGroup
			gotQuiz := make([][]Question, len(opts))
			var gotCards []Card
			wg.Go(func() { gotCards = s.Cards() })
			for i, o := range opts {
				wg.Go(func() { gotQuiz[i] = s.Quiz(o) })
			}
			wg.Wait()
			if !reflect.DeepEqual(gotCards, wantCards) {
				t.Errorf("cards: %d from the study, %d from MakeCards, or in another order", len(gotCards), len(wantCards))
			}
			for i := range opts {
				if !reflect.DeepEqual(gotQuiz[i], wantQuiz[i]) {
					t.Errorf("quiz %+v: %d questions from the study, %d from GenerateQuiz, or other ones", opts[i], len(gotQuiz[i]), len(wantQuiz[i]))
				}
			}
			if len(wantCards) == 0 || len(wantQuiz[0]) == 0 {
				t.Errorf("%d cards and %d questions: nothing compared", len(wantCards), len(wantQuiz[0]))
			}
		})
	}
}

// TestOverlapSetAsOverlapsAny checks overlapSet against overlapsAny as
// names are added: the facts' values of the built-in article, and names
// that hold one another, a NUL or nothing.
func TestOverlapSetAsOverlapsAny(t *testing.T) {
	names := []string{"Asia", "East Asia", "North East Asia", "Eurasia", "Soviet Joint Venture Law", "Joint Venture Law",
		"a\x00b", "b", "", "Law", "Venture"}
	for _, f := range Extract(mustParse(t, builtinText(t))) {
		names = append(names, f.Value)
	}
	var set overlapSet
	var list []string
	held := 0
	for i, n := range names {
		for _, probe := range names[max(0, i-40) : i+1] {
			if got, want := set.overlaps(probe), overlapsAny(probe, list); got != want {
				t.Fatalf("after %d names, overlaps(%q) = %v, overlapsAny says %v", len(list), probe, got, want)
			}
		}
		if i%3 != 2 { // not every name is taken
			set.add(n)
			list = append(list, n)
			held++
		}
	}
	if held < 20 {
		t.Errorf("%d names held: too few to compare", held)
	}
}
