package quiz

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// TestTraceBlocks prints an article's chapters and blocks (TRACE_BLOCKS=path).
func TestTraceBlocks(t *testing.T) {
	p := os.Getenv("TRACE_BLOCKS")
	if p == "" {
		t.Skip("set TRACE_BLOCKS to an article")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseArticle(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range a.Chapters {
		fmt.Printf("== %d %q\n", c.Level, c.Title)
		for _, b := range c.Blocks {
			fmt.Printf("  [%s prose=%v] %.110s\n", b.Kind, b.Prose(), b.Text)
		}
	}
}

// TestTraceSentences prints, for one corpus article (TRACE_ART=name), each prose
// sentence's facts, whether they are askable, its candidate questions and
// how often a quiz of seeds 223–262 asks it.
func TestTraceSentences(t *testing.T) {
	name := os.Getenv("TRACE_ART")
	if name == "" {
		t.Skip("set TRACE_ART to a corpus article's name")
	}
	b, err := os.ReadFile(corpusDir + "/" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	a := mustParse(t, b)
	facts := Extract(a)
	g := indexedGenerator(a, facts).fork(rand.New(rand.NewPCG(1, 2)))
	g.frameMemo = frameAnswers{}
	drawn := map[string]int{}
	n := 0
	for seed := uint64(223); seed <= 262; seed++ {
		qs := GenerateQuiz(a, facts, QuizOptions{Count: 25, Seed: seed})
		n += len(qs)
		for _, q := range qs {
			for _, s := range g.sentencesOf(q) {
				drawn[s]++
			}
		}
	}
	fmt.Printf("quiz length %.2f\n", float64(n)/40)
	if os.Getenv("TRACE_SHOW") != "" {
		for seed := uint64(500); seed < 510; seed++ {
			for _, q := range GenerateQuiz(a, facts, QuizOptions{Count: 25, Seed: seed}) {
				fmt.Printf("S%d [%s/%s] %s || %s || %s\n", seed, q.Type, q.Kind, strings.ReplaceAll(q.Prompt, "\n", " "), strings.Join(q.Options, " | "), strings.Join(q.Answer, " | "))
			}
		}
	}
	cands := map[string][]string{}
	for ch := range a.Chapters {
		for _, f := range append(g.chapterFacts(ch), g.numbersIn(ch)...) {
			tag := fmt.Sprintf("%s=%q", f.Kind, f.Value)
			if w := g.traceWhy(f.Sentence); w != "ok" {
				tag += " !S:" + w
			} else if !g.askable(f) {
				tag += " !askable"
			} else if figureTable(f.Sentence) {
				tag += " !figtable"
			} else {
				k := 0
				for _, ty := range AllQuestionTypes {
					if q, ok := g.single(ty, f); ok && !g.poorTemplate(ty, f, q) {
						k++
					}
				}
				tag += fmt.Sprintf(" q%d", k)
			}
			cands[f.Sentence] = append(cands[f.Sentence], tag)
		}
		pq, _ := g.phraseQuestions(ch, []int{ch}, AllQuestionTypes, map[string]bool{})
		for _, q := range pq {
			for _, s := range g.sentencesOf(q) {
				cands[s] = append(cands[s], "phrase:"+string(q.Type))
			}
		}
	}
	refs := articleSentences(a)
	for ci, c := range a.Chapters {
		fmt.Printf("== %q\n", c.Title)
		for bi, bl := range c.Blocks {
			if !bl.Prose() {
				fmt.Printf("  [%s, not prose] %.100s\n", bl.Kind, bl.Text)
				continue
			}
			for _, r := range refs {
				if r.chapter == ci && r.block == bi {
					fmt.Printf("  drawn %2d %v\n      %.160s\n", drawn[r.text], cands[r.text], r.text)
				}
			}
		}
	}
}

// traceWhy names the first check of askableSentence (hygiene.go) a
// sentence fails; it mirrors those checks, for the trace only.
func (g *generator) traceWhy(s string) string {
	switch {
	case !IsWholeSentence(s):
		return "notwhole"
	case len(strings.Fields(s)) > maxQuestionWords:
		return "long"
	case strings.Count(s, "\t") > 0 || len(strings.Fields(s)) < 5 || strings.HasSuffix(s, ":"):
		return "short/colon"
	case reBrokenTemplate.MatchString(s), reGarbledCase.MatchString(s) || reLostWord.MatchString(s):
		return "garbled"
	case unbalancedQuotes(s):
		return "quotes"
	case subordinateOnly(s):
		return "subordinate"
	case firstPerson(s):
		return "firstperson"
	case leansOnContext(s):
		return "leans"
	}
	if n := bareDefinite(s); n != "" && !g.titleHead(n) {
		return "bare:" + n
	}
	return "ok"
}

// TestMeasureQuizKinds prints quiz lengths (mean, min), the share of each
// question type and answer kind, and the date-answered share over seeds
// 223–262 for the review articles, the ABM treaty and Kanagawa
// (KINDS_MEASURE=dir writes each quiz's items there).
func TestMeasureQuizKinds(t *testing.T) {
	dir := os.Getenv("KINDS_MEASURE")
	if dir == "" {
		t.Skip("set KINDS_MEASURE to a directory")
	}
	types, kinds := map[string]int{}, map[string]int{}
	all, dates := 0, 0
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] && h.name != "anti_ballistic_missile_treaty" && h.name != "convention_of_kanagawa" {
			continue
		}
		var sb strings.Builder
		n, lo := 0, 99
		for seed := uint64(223); seed <= 262; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			lo = min(lo, len(qs))
			for _, q := range qs {
				types[string(q.Type)]++
				kinds[string(q.Kind)]++
				if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
					dates++
				}
				fmt.Fprintf(&sb, "%d [%s/%s] %s || %s || %s\n", seed, q.Type, q.Kind, strings.ReplaceAll(q.Prompt, "\n", " "), strings.Join(q.Options, " | "), strings.Join(q.Answer, " | "))
			}
		}
		all += n
		if err := os.WriteFile(dir+"/"+h.name+".txt", []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("%-40s mean %.2f min %d\n", h.name, float64(n)/40, lo)
	}
	fmt.Printf("all %d, date-answered %.1f %%\n", all, 100*float64(dates)/float64(all))
	for k, v := range types {
		fmt.Printf("type %-14s %5.1f %%\n", k, 100*float64(v)/float64(all))
	}
	for k, v := range kinds {
		fmt.Printf("kind %-14s %5.1f %%\n", k, 100*float64(v)/float64(all))
	}
}
