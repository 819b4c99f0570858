package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
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
		"new cards wait in chapters you have not read yet", "No unfinished quiz.", "New quiz  N", "No assignments to do.", "No streak yet")
	if b := findButtonAll(t, u.today.content(), "Study now"); !b.Disabled() {
		t.Error("Study now is enabled with nothing to study")
	}

	// R continues reading; reading chapters there makes their cards new
	// (as many as it takes to reach one with cards).
	read := 0
	for read < 10 && !strings.Contains(todayText(u), " new left today") {
		typeRunes(u, "r")
		if u.current != sectionRead {
			t.Fatalf("R opened %s, want Read", u.current)
		}
		key(u, fyne.KeyRight)
		read++
		u.Sync()
		shortcut(u, fyne.Key0)
		u.Sync()
		if u.current != sectionToday {
			t.Fatalf("Ctrl+0 opened %s, want Today", u.current)
		}
	}
	wantSays(t, "Today after reading a chapter", todayText(u), fmt.Sprintf("chapter %d, ", read+1),
		fmt.Sprintf("%d of 10 chapters read", read), "0 due now · ", " new left today")

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

func TestTodayListsAssignmentsWithDatesAndAStartsTheNext(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)
	item, err := store.CurrentArticle(u.profile.ID)
	if err != nil {
		t.Fatal(err)
	}
	due := []time.Time{now.Add(-24 * time.Hour), now.Add(72 * time.Hour)}
	for i, d := range due {
		a := assign.Assignment{Format: assign.AssignmentFormat, Version: assign.Version, ID: fmt.Sprint("hw", i), Title: fmt.Sprint("Homework ", i+1),
			Created: now.Add(-96 * time.Hour).UTC(), Due: &d, PassMark: 50,
			Article: assign.ArticleRef{Title: "T", Hash: item.Hash, Builtin: true},
			Questions: []assign.Question{
				{ID: "q1", Type: quiz.MultipleChoice, Prompt: "When?", Options: []string{"1990", "1992"}, Answer: []string{"1992"}},
				{ID: "q2", Type: quiz.TrueFalse, Prompt: "True?", Options: []string{"True", "False"}, Answer: []string{"True"}},
			}}
		if err := store.ReceiveAssignment(u.profile.ID, a); err != nil {
			t.Fatal(err)
		}
	}
	u.choose(sectionToday)
	u.Sync()
	got := todayText(u)
	wantSays(t, "Today with two assignments", got,
		"“Homework 1” · 2 questions · due "+due[0].Format("Mon 2 Jan 15:04")+" (overdue)",
		"“Homework 2” · 2 questions · due "+due[1].Format("Mon 2 Jan 15:04"), "Start  A")
	if strings.Contains(got, "Homework 2” · 2 questions · due "+due[1].Format("Mon 2 Jan 15:04")+" (overdue)") {
		t.Error("an assignment not yet due is called overdue")
	}
	typeRunes(u, "a")
	u.Sync()
	if u.current != sectionQuiz || !u.quiz.showing(u.quiz.take.root) {
		t.Fatalf("A did not start the next assignment: %s", u.current)
	}
	u.choose(sectionToday)
	u.Sync()
	wantSays(t, "Today with an assignment begun", todayText(u), "Continue  A")
}

func TestTodaysNewCardsRollOverAt4AM(t *testing.T) {
	now := time.Date(2026, 3, 2, 23, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)
	// two new cards a day, every chapter read: the limit is what counts
	st := quiz.DefaultStudySettings()
	st.NewPerDay = 2
	if err := store.SaveStudySettings(u.profile.ID, st); err != nil {
		t.Fatal(err)
	}
	// nothing read yet: the new cards wait in unread chapters, and Today
	// says so rather than "come back tomorrow"
	u.choose(sectionToday)
	u.Sync()
	if _, _, unread := u.flash.dueNow(); unread == 0 {
		t.Fatal("a new profile's unread chapters hold no new cards")
	}
	wantSays(t, "Today before reading", todayText(u), "wait in chapters you have not read yet")
	for ch := range u.reader.doc.art.Chapters {
		u.reader.markRead(ch, true)
	}
	doc := u.doc
	u.background(func() { u.openItem(doc.item) })
	u.Sync()
	fresh := func() int {
		t.Helper()
		u.choose(sectionToday)
		u.Sync()
		_, n, _ := u.flash.dueNow()
		if !strings.Contains(todayText(u), fmt.Sprintf(" %d new left today", n)) && n > 0 {
			t.Errorf("Today does not say %d new left: %s", n, todayText(u))
		}
		return n
	}
	before := fresh()
	if before != 2 {
		t.Fatalf("%d new cards left at first, want the limit of 2", before)
	}
	// one new card studied late in the evening
	typeRunes(u, "s")
	key(u, fyne.KeySpace)
	typeRunes(u, "4")
	u.Sync()
	key(u, fyne.KeyEscape)
	tests := []struct {
		at   time.Time
		want int
	}{
		{time.Date(2026, 3, 2, 23, 30, 0, 0, time.Local), before - 1},
		{time.Date(2026, 3, 3, 3, 59, 0, 0, time.Local), before - 1}, // past midnight: the same study day
		{time.Date(2026, 3, 3, 4, 0, 0, 0, time.Local), before},      // 4 AM: a new day, a new allowance
	}
	for _, tt := range tests {
		now = tt.at
		if got := fresh(); got != tt.want {
			t.Errorf("at %s: %d new left, want %d", tt.at.Format("Jan 2 15:04"), got, tt.want)
		}
	}
}

func TestDueText(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	at := func(d time.Duration) *time.Time { x := now.Add(d); return &x }
	tests := []struct {
		due  *time.Time
		want string
	}{
		{nil, "no due date"},
		{at(2 * time.Hour), "due Mon 2 Mar 17:00"},
		{at(-time.Minute), "due Mon 2 Mar 14:59 (overdue)"},
		{at(0), "due Mon 2 Mar 15:00"}, // due now is not yet late
	}
	for _, tt := range tests {
		if got := dueText(tt.due, now); got != tt.want {
			t.Errorf("dueText = %q, want %q", got, tt.want)
		}
	}
}

func TestActivityStripHasADayPerSquareTodayLast(t *testing.T) {
	test.NewTempApp(t)
	days := quiz.FillDays([]quiz.DayActivity{{Day: "2026-03-02", Reviews: 3}}, "2026-03-02", activityDays)
	strip := activityStrip(days)
	letters := textsAll(strip)
	if len(letters) != activityDays || letters[len(letters)-1] != "M" {
		t.Errorf("the strip's days are %v, want %d ending with Monday", letters, activityDays)
	}
}
