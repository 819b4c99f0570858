package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMeasureQuizLength measures, over seeds 223–262 and the eight
// reviewed articles, how many of the 25 questions asked a quiz delivers
// (mean and least), the share of each question type and of date
// answers. X4_MEASURE=1 runs it; X4_DUMP=dir also writes each article's
// quizzes, one line a question, for comparing two builds.
func TestMeasureQuizLength(t *testing.T) {
	if os.Getenv("X4_MEASURE") == "" {
		t.Skip("set X4_MEASURE=1 to measure quiz lengths over seeds 223–262")
	}
	dump := os.Getenv("X4_DUMP")
	sameChainOff = strings.Contains(os.Getenv("X4_OFF"), "chain")
	defer func() { sameChainOff = false }()
	const asked = 25
	all, allDates, allQuizzes := 0, 0, 0
	allTypes := map[QuestionType]int{}
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		var sb strings.Builder
		n, least, dates := 0, asked, 0
		types := map[QuestionType]int{}
		for seed := uint64(223); seed <= 262; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: asked, Seed: seed})
			n += len(qs)
			least = min(least, len(qs))
			for i, q := range qs {
				types[q.Type]++
				if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
					dates++
				}
				if dump != "" {
					fmt.Fprintf(&sb, "%d Q%d [%s/%v] %s => %s\n", seed, i+1, q.Type, q.Kind,
						strings.ReplaceAll(q.Prompt, "\n", " / "), strings.Join(q.Answer, " | "))
				}
			}
		}
		if dump != "" {
			if err := os.WriteFile(filepath.Join(dump, h.name+".txt"), []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%-38s mean %5.2f least %2d of %d; %s; date-answered %.1f %%", h.name, float64(n)/40, least, asked, typeShares(types, n), 100*float64(dates)/float64(max(n, 1)))
		all, allDates, allQuizzes = all+n, allDates+dates, allQuizzes+40
		for k, v := range types {
			allTypes[k] += v
		}
	}
	t.Logf("all: mean %.2f a quiz; %s; date-answered %.1f %%", float64(all)/float64(max(allQuizzes, 1)), typeShares(allTypes, all), 100*float64(allDates)/float64(max(all, 1)))
}

func typeShares(types map[QuestionType]int, n int) string {
	var parts []string
	for _, t := range AllQuestionTypes {
		parts = append(parts, fmt.Sprintf("%s %.0f%%", t, 100*float64(types[t])/float64(max(n, 1))))
	}
	return strings.Join(parts, " ")
}
