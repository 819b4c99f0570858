package quiz

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// TestY4Numbers prints, for a corpus article (Y4_ART), each figure fact
// with the checks of single it meets (a trace for issue 18's coverage).
func TestY4Numbers(t *testing.T) {
	name := os.Getenv("Y4_ART")
	if name == "" {
		t.Skip("set Y4_ART to a corpus article's name")
	}
	b, err := os.ReadFile(corpusDir + "/" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	a := mustParse(t, b)
	facts := Extract(a)
	g := indexedGenerator(a, facts).fork(rand.New(rand.NewPCG(1, 2)))
	g.frameMemo = frameAnswers{}
	for ch := range a.Chapters {
		for _, f := range g.numbersIn(ch) {
			fmt.Printf("%q askable=%v hints=%v dist=%v snapshot=%v blanks=%d struct=%v\n  %s\n", f.Value, g.askable(f), g.hintsAt(f),
				g.distractors(f, 3, false), snapshotFigure(f.Sentence), blanks(g.blankFact(f)), fmt.Sprint(g.structQuestion(f)), strings.TrimSpace(f.Sentence))
			for _, ty := range AllQuestionTypes {
				q, ok := g.single(ty, f)
				fmt.Printf("   %s ok=%v poor=%v %q\n", ty, ok, ok && g.poorTemplate(ty, f, q), q.Prompt)
			}
		}
	}
}

// TestY4Measure prints, with subjectFigure off and on, the quiz lengths,
// the share of each answer kind, the date-answered share over seeds
// 223–262 × the review articles, and the items that differ (Y4_MEASURE=1).
func TestY4Measure(t *testing.T) {
	if os.Getenv("Y4_MEASURE") == "" {
		t.Skip("set Y4_MEASURE=1")
	}
	defer func() { subjectFigureOff = false }()
	items := map[bool]map[string]bool{}
	for _, off := range []bool{true, false} {
		subjectFigureOff = off
		items[off] = map[string]bool{}
		kinds := map[string]int{}
		all, dates := 0, 0
		for _, h := range hygieneArticles(t) {
			if !qoArticles[h.name] {
				continue
			}
			n := 0
			for seed := uint64(223); seed <= 262; seed++ {
				qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
				n += len(qs)
				for _, q := range qs {
					kinds[string(q.Kind)]++
					if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
						dates++
					}
					items[off][fmt.Sprintf("%s %d %s %s", h.name, seed, q.Type, strings.ReplaceAll(q.Prompt, "\n", " "))] = true
				}
			}
			all += n
			fmt.Printf("off=%v %-40s mean %.2f\n", off, h.name, float64(n)/40)
		}
		fmt.Printf("off=%v all %d date-answered %.1f %%\n", off, all, 100*float64(dates)/float64(all))
		for k, v := range kinds {
			fmt.Printf("off=%v kind %-14s %5.1f %%\n", off, k, 100*float64(v)/float64(all))
		}
	}
	for k := range items[false] {
		if !items[true][k] {
			fmt.Println("NEW ", k)
		}
	}
	for k := range items[true] {
		if !items[false][k] {
			fmt.Println("GONE", k)
		}
	}
}

// TestY4Sentences prints, for the sentences of a corpus article (Y4_ART)
// holding Y4_GREP (a "|"-separated list), whether the sentence is
// askable, its facts, and for each the question types single makes and
// poorTemplate keeps.
func TestY4Sentences(t *testing.T) {
	name, grep := os.Getenv("Y4_ART"), os.Getenv("Y4_GREP")
	if name == "" || grep == "" {
		t.Skip("set Y4_ART and Y4_GREP")
	}
	b, err := os.ReadFile(corpusDir + "/" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	a := mustParse(t, b)
	g := indexedGenerator(a, Extract(a)).fork(rand.New(rand.NewPCG(1, 2)))
	g.frameMemo = frameAnswers{}
	byS := map[string][]Fact{}
	for ch := range a.Chapters {
		for _, f := range append(g.chapterFacts(ch), g.numbersIn(ch)...) {
			byS[f.Sentence] = append(byS[f.Sentence], f)
		}
	}
	for _, r := range articleSentences(a) {
		hit := false
		for _, w := range strings.Split(grep, "|") {
			hit = hit || strings.Contains(r.text, w)
		}
		if !hit {
			continue
		}
		fmt.Printf("S askableSentence=%v leans=%v words=%d: %.150s\n", g.askableSentence(r.text), leansOnContext(r.text), len(strings.Fields(r.text)), r.text)
		for _, f := range byS[r.text] {
			var ok []string
			for _, ty := range AllQuestionTypes {
				if q, k := g.single(ty, f); k {
					ok = append(ok, fmt.Sprintf("%s(poor=%v)", ty, g.poorTemplate(ty, f, q)))
				}
			}
			fmt.Printf("   %s %q askable=%v %v\n", f.Kind, f.Value, g.askable(f), ok)
		}
	}
}
