package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestMeasureW1 prints, over seeds 223–262 of the eight reviewed
// articles, the share of each question kind, the matchings by their
// number of pairs and the date-answered share, and with W1_DUMP=dir
// writes every quiz (one file an article) for comparing two builds line
// by line (W1_MEASURE=1; a measurement, not a check).
func TestMeasureW1(t *testing.T) {
	if os.Getenv("W1_MEASURE") == "" {
		t.Skip("set W1_MEASURE=1 to measure question kinds over seeds 223–262")
	}
	dump := os.Getenv("W1_DUMP")
	off := os.Getenv("W1_OFF") // rules to turn off: pairs, keyorder, era, who, matchdate, list, pool
	fewerPairsOff, keyOrderOff, chapterEraOff = strings.Contains(off, "pairs"), strings.Contains(off, "keyorder"), strings.Contains(off, "era")
	for _, r := range []string{"who", "matchdate", "list", "pool"} {
		cueRuleOff[r] = strings.Contains(off, r)
	}
	defer func() {
		fewerPairsOff, keyOrderOff, chapterEraOff = false, false, false
		cueRuleOff = map[string]bool{}
	}()
	kinds := map[string]int{}
	pairs := map[int]int{}
	total, dates := 0, 0
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		var sb strings.Builder
		for seed := uint64(223); seed <= 262; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			total += len(qs)
			fmt.Fprintf(&sb, "== seed %d (%d questions)\n", seed, len(qs))
			for i, q := range qs {
				k := string(q.Type)
				if q.Type == MultipleChoice || q.Type == FillIn || q.Type == TrueFalse {
					k += "/" + fmt.Sprint(q.Kind)
				}
				kinds[k]++
				if q.Type == Matching {
					pairs[len(q.Answer)]++
				}
				if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
					dates++
				}
				fmt.Fprintf(&sb, "Q%d [%s/%v] %s\n   OPTIONS %s\n   CHOICES %s\n   ANSWER %s\n", i+1, q.Type, q.Kind,
					strings.ReplaceAll(q.Prompt, "\n", " "), strings.Join(q.Options, " | "), strings.Join(q.Choices, " | "), strings.Join(q.Answer, " | "))
			}
		}
		if dump != "" {
			if err := os.WriteFile(filepath.Join(dump, h.name+".txt"), []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Logf("%-28s %4d (%.1f %%)", k, kinds[k], 100*float64(kinds[k])/float64(max(total, 1)))
	}
	t.Logf("all: %d questions (%.2f a quiz), date-answered %.1f %%, matchings by pairs %v", total, float64(total)/320, 100*float64(dates)/float64(max(total, 1)), pairs)
}
