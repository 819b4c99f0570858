package app

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/chapterwise/chapterwise/quiz"
)

func TestResultsSetTheVerdictApartFromThePrompt(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, _ := newClockUI(t, &now)
	u.quiz.open()
	u.Sync()
	startSpec(t, u, quiz.QuizSpec{Title: "T", Count: 5, Mode: quiz.Test, Seed: 1, Types: []quiz.QuestionType{quiz.MultipleChoice}})
	asked := len(u.quiz.take.qz.Questions)
	for i := 0; i < 5 && u.quiz.showing(u.quiz.take.root); i++ {
		answerByKeys(t, u)
	}
	u.Sync()
	if u.quiz.results == nil || !u.quiz.showing(u.quiz.results) {
		t.Fatal("no results after the last answer")
	}
	line := regexp.MustCompile(`^\d+\. (✓ right|✗ wrong|– not answered) — \S`)
	items := 0
	for _, s := range textsAll(u.quiz.results) {
		if regexp.MustCompile(`^\d+\. \S`).MatchString(s) {
			items++
			if !line.MatchString(s) {
				t.Errorf("a result runs its verdict into the prompt: %.60q", s)
			}
		}
	}
	if items != asked || asked < 3 {
		t.Errorf("%d results listed, want the %d asked", items, asked)
	}
	key(u, fyne.KeyEscape)
	u.Sync()
	if strings.Contains(strings.Join(textsAll(u.quiz.content()), " "), "✗ wrong") {
		t.Error("Esc did not leave the results")
	}
}

func TestAPracticeQuizSaysWhereEnterGoes(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, _ := newClockUI(t, &now)
	u.quiz.open()
	u.Sync()
	startSpec(t, u, quiz.QuizSpec{Title: "P", Count: 5, Mode: quiz.Practice, Seed: 1, Types: []quiz.QuestionType{quiz.TrueFalse, quiz.MultipleChoice}})
	tv := u.quiz.take
	for i := 1; i <= 5; i++ {
		if want := fmt.Sprintf("Question %d of 5", i); !strings.Contains(tv.counter.Text, want) {
			t.Fatalf("the counter says %q, want %q", tv.counter.Text, want)
		}
		if tv.submit.Text != "Check  Enter" {
			t.Errorf("question %d: the button says %q before the answer", i, tv.submit.Text)
		}
		answerByKeys(t, u)
		want := "Next question  Enter"
		if i == 5 {
			want = "See results  Enter"
		}
		if tv.submit.Text != want {
			t.Errorf("question %d: after the answer the button says %q, want %q", i, tv.submit.Text, want)
		}
		key(u, fyne.KeyReturn)
		u.Sync()
	}
	if !u.quiz.showing(u.quiz.results) {
		t.Error("Enter after the last feedback did not show the results")
	}
}
