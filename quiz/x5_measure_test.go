package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestMeasureX5 prints, over seeds 223–262 of the eight reviewed
// articles, quiz lengths, the share of each question type, typed phrase
// questions and date answers, with the round-18 stem rules on or (X5_OFF=1)
// off; X5_DUMP=dir writes every quiz and every card front (a
// measurement, not a check):
//
//	X5_MEASURE=1 X5_DUMP=/tmp/x5/on go test ./quiz -run TestMeasureX5 -v
func TestMeasureX5(t *testing.T) {
	if os.Getenv("X5_MEASURE") == "" {
		t.Skip("set X5_MEASURE=1 to measure the round-18 stem rules over seeds 223–262")
	}
	if os.Getenv("X5_OFF") != "" {
		stemTopicOff, mainListNextOff, whyAcceptOff, restatedCauseOff = true, true, true, true
		defer func() { stemTopicOff, mainListNextOff, whyAcceptOff, restatedCauseOff = false, false, false, false }()
	}
	dump := os.Getenv("X5_DUMP")
	types := map[string]int{}
	total, dates, phrase := 0, 0, 0
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		var sb strings.Builder
		n := 0
		for seed := uint64(223); seed <= 262; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			fmt.Fprintf(&sb, "== seed %d (%d)\n", seed, len(qs))
			for _, q := range qs {
				types[string(q.Type)]++
				if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
					dates++
				}
				if q.Kind == ClauseFact && q.Type != TrueFalse {
					phrase++
				}
				fmt.Fprintf(&sb, "[%s/%v] %s => %s || accept %s\n", q.Type, q.Kind, strings.ReplaceAll(q.Prompt, "\n", " / "), strings.Join(q.Answer, " | "), strings.Join(q.Accept, " ; "))
			}
		}
		sb.WriteString("== cards\n")
		for _, c := range StudyOf(h.a, nil).Cards() {
			fmt.Fprintf(&sb, "[%s] %s => %s\n", c.Kind, strings.ReplaceAll(c.Front, "\n", " / "), strings.ReplaceAll(c.Back, "\n", " / "))
		}
		if dump != "" {
			if err := os.WriteFile(filepath.Join(dump, h.name+".txt"), []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%-40s len %.2f", h.name, float64(n)/40)
		total += n
	}
	var ks []string
	for k := range types {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var parts []string
	for _, k := range ks {
		parts = append(parts, fmt.Sprintf("%s %.1f %%", k, 100*float64(types[k])/float64(max(total, 1))))
	}
	t.Logf("all: %d questions (%.2f a quiz); %s; typed/choice phrase questions %.1f %%; date-answered %.1f %%", total, float64(total)/320,
		strings.Join(parts, ", "), 100*float64(phrase)/float64(max(total, 1)), 100*float64(dates)/float64(max(total, 1)))
}
