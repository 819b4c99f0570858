package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

func TestProgressShowsScoresMasteryStreakAndWeakFacts(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, _ := newClockUI(t, &now)
	// Empty state first: it says what to do.
	u.w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.Key4}) // a plain 4 does nothing
	u.prog.open()
	u.Sync()
	page := strings.Join(textsAll(u.prog.root), " ")
	if !strings.Contains(page, "No quizzes yet") || !strings.Contains(page, "No study streak yet") {
		t.Errorf("empty progress = %.300q", page)
	}
	// Take a test quiz answering everything wrong, then look again.
	u.quiz.open()
	startSpec(t, u, quiz.QuizSpec{Title: "All wrong", Count: 5, Mode: quiz.Test, Seed: 4, Chapters: []int{1},
		Types: []quiz.QuestionType{quiz.FillIn}})
	n := len(u.quiz.take.qz.Questions)
	for i := 0; i < n; i++ {
		answerByKeys(t, u) // types "Mongolia", never the answer here
	}
	u.Sync()
	u.prog.open()
	u.Sync()
	pr := u.prog.data
	if len(pr.Scores) != 1 || pr.Streak != 1 || pr.Chapters[1].Answers != n {
		t.Fatalf("progress = %+v", pr)
	}
	page = strings.Join(textsAll(u.prog.root), " ")
	for _, want := range []string{"Study streak: 1 day in a row", "over 1 quiz.", "Weakest facts", "Open in chapter", "Study now"} {
		if !strings.Contains(page, want) {
			t.Errorf("progress page lacks %q: %.400q", want, page)
		}
	}
	// The mastery chart draws one bar track per chapter.
	if m := pr.Chapters[1].Mastery(); m >= 0.5 {
		t.Errorf("mastery after wrong answers = %v", m)
	}
	// "Study now" on the weakest fact starts a flashcard session on it.
	test.Tap(findButtonAll(t, u.prog.root, "Study now"))
	if u.current != sectionFlashcards || !u.flash.studying() || cardOnScreen(t, u.flash).FactKey != pr.Weakest[0].FactKey {
		t.Errorf("Study now: section %q studying %v", u.current, u.flash.studying())
	}
}

// findButtonAll finds a button anywhere inside o, widgets included.
func findButtonAll(t *testing.T, o fyne.CanvasObject, prefix string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walkAll(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && found == nil && strings.HasPrefix(b.Text, prefix) {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", prefix)
	}
	return found
}
