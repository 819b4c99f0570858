package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/chapterwise/chapterwise/quiz"
)

// todayText is what the Today screen says, one widget a line.
func todayText(u *UI) string { return strings.Join(textsAll(u.today.content()), "\n") }

func wantSays(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s does not say %q:\n%s", what, w, got)
		}
	}
}

func TestTodayIsTheFirstScreenAndEveryItemIsOneKeyAway(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, _ := newClockUI(t, &now)
	if u.current != sectionToday {
		t.Fatalf("the window opens on %s, want Today", u.current)
	}
	wantSays(t, "Today at first", todayText(u), "Monday 2 March",
		"“The 21st Century Mongol Conquest: Peace Mediator in the Korean Peninsula?”", "chapter 1, ", "0 of 10 chapters read", "Continue reading  R",
		"Nothing to study now", "No unfinished quiz.", "New quiz  N", "No assignments to do.", "No streak yet")
	if b := findButtonAll(t, u.today.content(), "Study now"); !b.Disabled() {
		t.Error("Study now is enabled with nothing to study")
	}

	// R continues reading; reading a chapter there makes its cards new.
	typeRunes(u, "r")
	if u.current != sectionRead {
		t.Fatalf("R opened %s, want Read", u.current)
	}
	key(u, fyne.KeyRight)
	u.Sync()
	shortcut(u, fyne.Key0)
	u.Sync()
	if u.current != sectionToday {
		t.Fatalf("Ctrl+0 opened %s, want Today", u.current)
	}
	wantSays(t, "Today after reading a chapter", todayText(u), "chapter 2, ", "1 of 10 chapters read", "0 due now · ", " new left today")

	// S starts a session on what is due; one card rated, Home comes back.
	typeRunes(u, "s")
	if u.current != sectionFlashcards || !u.flash.studying() {
		t.Fatalf("S opened %s, studying %v", u.current, u.flash.studying())
	}
	key(u, fyne.KeySpace)
	typeRunes(u, "3")
	u.Sync()
	key(u, fyne.KeyEscape)
	key(u, fyne.KeyHome)
	u.Sync()
	if u.current != sectionToday {
		t.Fatalf("Home opened %s, want Today", u.current)
	}
	wantSays(t, "Today after a review", todayText(u), "Streak: 1 day in a row.", "Last 14 days: 1 reviews, 0 answers.", "1 due now")

	// An unfinished quiz is offered, and Q resumes it.
	u.quiz.open()
	u.Sync()
	startSpec(t, u, quiz.QuizSpec{Title: "Left half done", Count: 5, Mode: quiz.Practice, Seed: 3})
	answerByKeys(t, u)
	key(u, fyne.KeyHome) // the quiz waits, its answers saved
	u.Sync()
	wantSays(t, "Today with a quiz left", todayText(u), "Unfinished: “Left half done”, 1 of 5 answered", "Resume  Q")
	typeRunes(u, "q")
	u.Sync()
	if u.current != sectionQuiz || !u.quiz.showing(u.quiz.take.root) || !strings.Contains(strings.Join(textsAll(u.quiz.take.root), "\n"), "2 of 5") {
		t.Errorf("Q did not resume the quiz at question 2: %q", textsAll(u.quiz.take.root))
	}

	// P shows Progress; N opens the new-quiz dialog.
	u.choose(sectionToday)
	u.Sync()
	typeRunes(u, "p")
	u.Sync()
	if u.current != sectionProgress {
		t.Errorf("P opened %s, want Progress", u.current)
	}
	u.choose(sectionToday)
	u.Sync()
	typeRunes(u, "n")
	if u.current != sectionQuiz || !strings.Contains(overlayText(u), "Chapters") {
		t.Errorf("N opened %s without the new-quiz dialog: %q", u.current, overlayText(u))
	}
}
