package quiz

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestWhichTrueItems checks every which-is-true and which-is-false item
// of the hygiene quizzes (every article, hygieneSeeds seeds): four
// distinct statements with the key among them; which is true: the key
// the article's own words and the three others false; which is false:
// the key false and one other the article's words; each false statement
// not the article's text and told in the explanation with what it
// changed; no statement's sentence asked again in the quiz.
func TestWhichTrueItems(t *testing.T) {
	items := map[string]int{}
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		text := normSpace(articleText(h.a))
		inText := func(s string) bool { return strings.Contains(text, strings.TrimRight(normSpace(s), ".!? ")) }
		sents := map[string]int{}
		for _, q := range qs {
			for _, s := range g.sentencesOf(q) {
				sents[s]++
			}
		}
		for _, q := range qs {
			if !isWhichTrue(q) {
				continue
			}
			askFalse := strings.HasPrefix(q.Prompt, whichFalsePrompt)
			items[q.Prompt]++
			st := whichTrueStatements(q)
			if len(q.Options) != whichTrueOptions || len(st) != whichTrueOptions || !slices.Contains(q.Options, q.Answer[0]) {
				t.Errorf("%s: %d options, %d distinct, key %q: %q", h.name, len(q.Options), len(st), q.Answer, q.Options)
				continue
			}
			falses := st[1:]
			if askFalse {
				falses = st[:1]
				copied := 0
				for _, s := range st[1:] {
					if inText(s) {
						copied++
					}
				}
				if copied == 0 {
					t.Errorf("%s: no statement of %q is the article's words", h.name, st)
				}
			} else if !inText(st[0]) {
				t.Errorf("%s: the true statement %q is not the article's", h.name, st[0])
			}
			for _, s := range falses {
				if inText(s) {
					t.Errorf("%s: the false statement %q is the article's own words", h.name, s)
				}
			}
			lines := strings.Split(q.Explanation, "\n")
			said := 0
			for _, l := range lines {
				if reFalse.MatchString(l) {
					said++
				}
			}
			if len(lines) != whichTrueOptions || said != len(falses) {
				t.Errorf("%s: the explanation %q does not tell the %d false statements of %q", h.name, q.Explanation, len(falses), st)
			}
			if len(q.FactKeys) != whichTrueOptions {
				t.Errorf("%s: %d facts for %d statements", h.name, len(q.FactKeys), whichTrueOptions)
			}
			for _, s := range g.sentencesOf(q) {
				if sents[s] > 1 {
					t.Errorf("%s: the sentence %q of a which-is-true item is asked again", h.name, s)
				}
			}
		}
	})
	if items[whichTruePrompt] == 0 || items[whichFalsePrompt] == 0 {
		t.Errorf("which-is-true and which-is-false items in the hygiene quizzes: %v, want both", items)
	}
}

// TestDrawTypeCountsWhichTrueAsStatements: the draw's mix of types
// counts a which-is-true item with true/false, and nothing else so.
func TestDrawTypeCountsWhichTrueAsStatements(t *testing.T) {
	for _, c := range []struct {
		q    Question
		want QuestionType
	}{
		{Question{Type: MultipleChoice, Prompt: whichTruePrompt}, TrueFalse},
		{Question{Type: MultipleChoice, Prompt: "Which country completes the sentence?\n“…”"}, MultipleChoice},
		{Question{Type: TrueFalse, Prompt: "True or false?\n“The plan ended in 1951.”"}, TrueFalse},
		{Question{Type: FillIn, Prompt: whichTruePrompt}, FillIn},
	} {
		if got := drawType(c.q); got != c.want {
			t.Errorf("drawType(%q, %s) = %s, want %s", c.q.Prompt, c.q.Type, got, c.want)
		}
	}
}

// TestStatementOf reads the statement of a true/false prompt.
func TestStatementOf(t *testing.T) {
	for _, c := range []struct{ prompt, want string }{
		{"True or false?\n“The Marshall Plan ended in 1951.”", "The Marshall Plan ended in 1951."},
		{"True or false?\n“Nagy was overthrown in 1955.”", "Nagy was overthrown in 1955."},
		{"Which country completes the sentence?", ""},
	} {
		if got := statementOf(Question{Prompt: c.prompt}); got != c.want {
			t.Errorf("statementOf(%q) = %q, want %q", c.prompt, got, c.want)
		}
	}
}

// TestMeasureWhichTrue measures, over seeds 223–262 and the eight review
// articles, the which-is-true items against the build without them
// (whichTrueOff): quiz lengths, the share of each kind, true/false's
// true and copied-true statements. Set WT_MEASURE=1 (WT_DUMP=1 logs the
// items of the first seeds).
func TestMeasureWhichTrue(t *testing.T) {
	if os.Getenv("WT_MEASURE") == "" {
		t.Skip("set WT_MEASURE=1 to measure which-is-true items over seeds 223–262")
	}
	arts := hygieneArticles(t)
	for _, off := range []bool{true, false} {
		whichTrueOff = off
		kinds := map[string]int{}
		swaps, falses := map[FactKind]int{}, 0 // false statements by the kind swapped, in true/false and which-is-true
		total, dated, verbatim := 0, 0, 0
		lengths := map[string]int{}
		for _, h := range arts {
			if !qoArticles[h.name] {
				continue
			}
			text := normSpace(articleText(h.a))
			gh := &generator{a: h.a, facts: h.facts, rng: rand.New(rand.NewPCG(1, 1))}
			gh.index()
			for seed := uint64(223); seed <= 262; seed++ {
				qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
				total += len(qs)
				lengths[h.name] += len(qs)
				for _, q := range qs {
					k := string(q.Type)
					switch {
					case isWhichTrue(q):
						k = "which_true"
						if strings.HasPrefix(q.Prompt, whichFalsePrompt) {
							k = "which_false"
						}
						for _, fk := range q.FactKeys {
							if f, ok := gh.factByKey(fk); ok && strings.Contains(q.Explanation, "“"+f.Sentence+"”") {
								swaps[f.Kind]++
								falses++
							}
						}
						if os.Getenv("WT_DUMP") != "" && !off && seed < 226 {
							t.Logf("%s %d: %s\n  %s\n  %s", h.name, seed, q.Prompt, strings.Join(q.Options, "\n  "), q.Explanation)
						}
					case q.Type == TrueFalse:
						k += "/" + q.Answer[0]
						if q.Answer[0] == "False" {
							swaps[q.Kind]++
							falses++
						}
						if q.Answer[0] == "True" && strings.Contains(text, normSpace(statementOf(q))) {
							verbatim++
						}
					}
					kinds[k]++
					if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
						dated++
					}
				}
			}
		}
		var ks []string
		for k := range kinds {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		var sb strings.Builder
		for _, k := range ks {
			fmt.Fprintf(&sb, " %s %d (%.1f %%)", k, kinds[k], 100*float64(kinds[k])/float64(total))
		}
		var ls []string
		for n, l := range lengths {
			ls = append(ls, fmt.Sprintf("%s %.1f", n, float64(l)/40))
		}
		sort.Strings(ls)
		var sw []string
		for k, n := range swaps {
			sw = append(sw, fmt.Sprintf("%s %.1f %%", k, 100*float64(n)/float64(max(1, falses))))
		}
		sort.Strings(sw)
		t.Logf("false statements (%d) swap: %s", falses, strings.Join(sw, ", "))
		t.Logf("off=%v: %d questions, date-answered %.1f %%, copied true %d;%s\n  lengths: %s", off, total, 100*float64(dated)/float64(total), verbatim, sb.String(), strings.Join(ls, ", "))
	}
	whichTrueOff = false
}
