package quiz

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestMeasureTwoAnswersQ writes the quizzes of seeds 223–262 of the eight
// reviewed articles, prompt and shown answer a line, with the question
// rule of twoAnswers on or off (ONEANSWER_OFF=1), to ONEANSWER_MEASURE, so
// that two runs can be compared with diff; it logs the quiz lengths.
func TestMeasureTwoAnswersQ(t *testing.T) {
	out := os.Getenv("ONEANSWER_MEASURE")
	if out == "" {
		t.Skip("set ONEANSWER_MEASURE=FILE to write the quizzes of seeds 223–262")
	}
	twoAnswersQOff = os.Getenv("ONEANSWER_OFF") != ""
	defer func() { twoAnswersQOff = false }()
	var sb strings.Builder
	total := 0
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		n := 0
		for seed := uint64(223); seed <= 262; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			for _, q := range qs {
				fmt.Fprintf(&sb, "%s %d [%s] %s => %s\n", h.name, seed, q.Type, strings.ReplaceAll(q.Prompt, "\n", " "), q.ShownAnswer())
			}
		}
		total += n
		t.Logf("%s: %.2f questions a quiz", h.name, float64(n)/40)
	}
	t.Logf("all: %.2f questions a quiz", float64(total)/320)
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
