package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// rankRuleOff switches one of the rank's round-18 rules out by name (the
// measure below); it returns a function that switches it back.
func rankRuleOff(name string) func() {
	switch name {
	case "speculate":
		speculationOff = true
		return func() { speculationOff = false }
	case "side":
		sideOff = true
		return func() { sideOff = false }
	}
	return func() {}
}

// TestMeasureRank prints, over seeds 223–262 of the eight reviewed
// articles, what each of the rank's round-18 rules changes (RANK_MEASURE
// = a comma-separated list of rules): the questions it takes out and
// those that enter in their place, quiz lengths, the share of each
// question type and answer kind, and the date-answered share, with the
// rule out and in (RANK_DUMP=dir writes the changed questions; a
// measurement, not a check).
func TestMeasureRank(t *testing.T) {
	rules := os.Getenv("RANK_MEASURE")
	if rules == "" {
		t.Skip("set RANK_MEASURE=rule,… to measure what the rank's rules change over seeds 223–262")
	}
	dump := os.Getenv("RANK_DUMP")
	arts := hygieneArticles(t)
	for _, rule := range strings.Split(rules, ",") {
		var sb strings.Builder
		touched, quizzes := 0, 0
		shares := [2]map[string]int{{}, {}}
		totals, dates := [2]int{}, [2]int{}
		for _, h := range arts {
			if !qoArticles[h.name] {
				continue
			}
			for seed := uint64(223); seed <= 262; seed++ {
				var qs [2][]Question
				for on := 0; on < 2; on++ {
					restore := func() {}
					if on == 0 {
						restore = rankRuleOff(rule)
					}
					qs[on] = GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
					restore()
					for _, q := range qs[on] {
						shares[on][fmt.Sprintf("%s/%v", q.Type, q.Kind)]++
						totals[on]++
						if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
							dates[on]++
						}
					}
				}
				in := map[string]bool{}
				for _, q := range qs[1] {
					in[q.Prompt] = true
				}
				out := map[string]bool{}
				for _, q := range qs[0] {
					out[q.Prompt] = true
				}
				changed := false
				for _, q := range qs[0] {
					if !in[q.Prompt] {
						changed = true
						touched++
						fmt.Fprintf(&sb, "%s seed %d OUT [%s/%v] %s → %s\n", h.name, seed, q.Type, q.Kind, strings.ReplaceAll(q.Prompt, "\n", " "), strings.Join(q.Answer, " | "))
					}
				}
				for _, q := range qs[1] {
					if !out[q.Prompt] {
						changed = true
						fmt.Fprintf(&sb, "%s seed %d IN  [%s/%v] %s → %s\n", h.name, seed, q.Type, q.Kind, strings.ReplaceAll(q.Prompt, "\n", " "), strings.Join(q.Answer, " | "))
					}
				}
				if changed {
					quizzes++
				}
			}
		}
		t.Logf("%s: %d questions taken out, %d quizzes of 320 changed; %d → %d questions (%.2f → %.2f a quiz), date-answered %.1f %% → %.1f %%",
			rule, touched, quizzes, totals[0], totals[1], float64(totals[0])/320, float64(totals[1])/320,
			100*float64(dates[0])/float64(max(1, totals[0])), 100*float64(dates[1])/float64(max(1, totals[1])))
		var keys []string
		for k := range shares[0] {
			keys = append(keys, k)
		}
		for k := range shares[1] {
			if _, ok := shares[0][k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			t.Logf("  %-28s %5.1f %% → %5.1f %%", k, 100*float64(shares[0][k])/float64(max(1, totals[0])), 100*float64(shares[1][k])/float64(max(1, totals[1])))
		}
		if dump != "" {
			if err := os.WriteFile(filepath.Join(dump, rule+".txt"), []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
