package quiz

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestMainPointCounts prints, when MAINPOINT_COUNTS is set, the phrase
// (structure and causal) candidates of every article per chapter and the
// average quiz length over seeds 101–120: the figures a change of the
// question rules is measured by. MAINPOINT_COUNTS=v also lists them.
//
//	MAINPOINT_COUNTS=1 go test ./quiz -run TestMainPointCounts -v
func TestMainPointCounts(t *testing.T) {
	mode := os.Getenv("MAINPOINT_COUNTS")
	if mode == "" {
		t.Skip("set MAINPOINT_COUNTS=1 to print phrase candidates per chapter")
	}
	total := 0
	for _, h := range hygieneArticles(t) {
		g := indexedGenerator(h.a, h.facts)
		var per []string
		n, causal := 0, 0
		for ch := range h.a.Chapters {
			sas := g.chapterAnswers(ch)
			n += len(sas)
			c := 0
			for _, sa := range sas {
				if sa.causal {
					c++
				}
				if mode == "v" {
					t.Logf("  %s/%d %s → %s", h.name, ch, sa.prompt, sa.answer)
				}
			}
			causal += c
			per = append(per, strconv.Itoa(len(sas)))
		}
		total += n
		last := uint64(120)
		if os.Getenv("MAINPOINT_SEEDS") == "all" {
			last = 199
		}
		q, phrase, top, chs := 0, 0, 0, 0
		for seed := uint64(101); seed <= last; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			q += len(qs)
			by := map[int]int{}
			for _, x := range qs {
				by[x.Chapter]++
				if x.Kind == ClauseFact {
					phrase++
				}
			}
			most := 0
			for _, c := range by {
				most = max(most, c)
			}
			top += most
			chs += len(by)
		}
		ns := float64(last - 100)
		t.Logf("%-38s phrase %3d (causal %2d) quiz %.1f (phrase %.1f, chapters %.1f, most from one %.1f) per chapter [%s]", h.name, n, causal,
			float64(q)/ns, float64(phrase)/ns, float64(chs)/ns, float64(top)/ns, strings.Join(per, " "))
	}
	t.Logf("total phrase candidates %d", total)
}

// TestMainPointDiag lists, when MAINPOINT_DIAG names an article, every
// phrase question its sentences allow and what refused it.
func TestMainPointDiag(t *testing.T) {
	name := os.Getenv("MAINPOINT_DIAG")
	if name == "" {
		t.Skip("set MAINPOINT_DIAG=article")
	}
	for _, h := range hygieneArticles(t) {
		if h.name != name {
			continue
		}
		g := indexedGenerator(h.a, h.facts)
		for i, s := range g.sents {
			lead := i == 0 || g.sents[i-1].chapter != s.chapter
			if !cardSentence(s.text) {
				continue
			}
			_, parsed := g.clauseOf(s.text)
			sas := g.sentenceAnswers(s, lead)
			why := ""
			if len(strings.Fields(s.text)) > maxQuestionWords {
				why = "LONG "
			}
			t.Logf("[%d] %sparsed=%v %q", s.chapter, why, parsed, s.text)
			if shown, ok := g.inContext(i); ok {
				sr := s
				sr.text = shown
				t.Logf("    shown %q askableSentence=%v", shown, g.memo.sentenceAskable(g, shown))
				for _, sa := range g.sentenceAnswers(sr, lead) {
					if sa.shown == "" {
						sa.shown = shown
					}
					sas = append(sas, sa)
				}
			}
			for _, sa := range sas {
				sa.answer = stripBrackets(sa.answer)
				t.Logf("      %s → %s  askable=%v", sa.prompt, sa.answer, g.askableText(s, sa))
			}
		}
	}
}

// TestMainPointEmptyChapters lists, when MAINPOINT_EMPTY is set, the first
// sentences of every chapter with no phrase candidate.
func TestMainPointEmptyChapters(t *testing.T) {
	if os.Getenv("MAINPOINT_EMPTY") == "" {
		t.Skip("set MAINPOINT_EMPTY=1")
	}
	for _, h := range hygieneArticles(t) {
		g := indexedGenerator(h.a, h.facts)
		for ch := range h.a.Chapters {
			if len(g.chapterAnswers(ch)) > 0 {
				continue
			}
			n := 0
			for _, s := range g.sents {
				if s.chapter == ch && n < 3 {
					t.Logf("%s/%d %q: %s", h.name, ch, h.a.Chapters[ch].Title, s.text)
					n++
				}
			}
		}
	}
}
