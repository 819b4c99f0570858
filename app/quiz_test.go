package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/chapterwise/chapterwise/quiz"
)

// answerByKeys answers the question on screen with keys: the first option,
// "True", or a typed text; then Enter.
func answerByKeys(t *testing.T, u *UI) {
	t.Helper()
	tv := u.quiz.take
	switch ui := tv.answerUI.(type) {
	case *fillInUI:
		test.Type(ui.entry, "Mongolia")
		// what Enter in the entry does; calling TypedKey would let the
		// entry go on redrawing on this goroutine while the worker
		// applies the answer, which the test driver runs unsynchronised
		ui.entry.OnSubmitted(ui.entry.Text)
	case *choiceUI:
		if ui.qq.Type == quiz.TrueFalse {
			test.TypeOnCanvas(u.w.Canvas(), "t")
		} else {
			test.TypeOnCanvas(u.w.Canvas(), "a")
		}
		if ui.picked != 0 && ui.qq.Type != quiz.TrueFalse {
			t.Fatalf("key did not pick the option: %d", ui.picked)
		}
		key(u, fyne.KeyReturn)
	default:
		key(u, fyne.KeyReturn)
	}
	u.Sync()
}

func startSpec(t *testing.T, u *UI, spec quiz.QuizSpec) {
	t.Helper()
	u.quiz.start(spec)
	u.Sync()
	if !u.quiz.showing(u.quiz.take.root) {
		t.Fatal("the quiz did not start")
	}
}

func TestPracticeQuizByKeysCommitsEachAnswer(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)
	u.quiz.open()
	u.Sync()
	if u.current != sectionQuiz {
		t.Fatal("Quiz section not shown")
	}
	startSpec(t, u, quiz.QuizSpec{Title: "Keys", Count: 6, Mode: quiz.Practice, Seed: 3,
		Types: []quiz.QuestionType{quiz.MultipleChoice, quiz.TrueFalse, quiz.FillIn, quiz.Ordering, quiz.Matching}})
	tv := u.quiz.take
	n := len(tv.qz.Questions)
	if n != 6 || !strings.Contains(tv.counter.Text, "Question 1 of 6") {
		t.Fatalf("counter %q, %d questions", tv.counter.Text, n)
	}
	for i := 0; i < n; i++ {
		answerByKeys(t, u)
		if len(tv.feedBox.Objects) == 0 || !strings.HasSuffix(tv.submit.Text, "  Enter") || strings.HasPrefix(tv.submit.Text, "Check") {
			t.Fatalf("question %d: no feedback in practice mode (button %q)", i+1, tv.submit.Text)
		}
		fb := strings.Join(texts(tv.feedBox), " ")
		if !strings.Contains(fb, "Right!") && !strings.Contains(fb, "Wrong") && !strings.Contains(fb, "Partly") {
			t.Errorf("feedback = %q", fb)
		}
		q, _, err := store.UnfinishedQuiz(u.profile.ID)
		if err != nil || len(q.Answers) != i+1 {
			t.Fatalf("after question %d the database has %d answers (%v)", i+1, len(q.Answers), err)
		}
		key(u, fyne.KeyReturn) // next, or the results after the last
		u.Sync()
	}
	if !u.quiz.showing(u.quiz.results) {
		t.Fatal("no results after the last question")
	}
	res := strings.Join(textsAll(u.quiz.results), " ")
	if !strings.Contains(res, "points") || !strings.Contains(res, "Right answer:") || !strings.Contains(res, "6. ") {
		t.Errorf("results = %.300q", res)
	}
	if _, ok, _ := store.UnfinishedQuiz(u.profile.ID); ok {
		t.Error("the quiz is still unfinished in the database")
	}
	recent, _ := store.RecentQuizzes(u.profile.ID, 5)
	if len(recent) != 1 || recent[0].Questions != 6 {
		t.Fatalf("recent = %+v", recent)
	}
	qz, _ := store.LoadQuiz(recent[0].ID)
	if s := qz.Score(); s.Answered != 6 || s.Points != recent[0].Points {
		t.Errorf("score %+v vs stored %+v", s, recent[0])
	}
	// Retry missed questions makes a practice quiz on the missed facts.
	if qz.Score().Correct < 6 {
		test.TypeOnCanvas(u.w.Canvas(), "r")
		u.Sync()
		if !u.quiz.showing(tv.root) || !strings.HasPrefix(tv.qz.Spec.Title, "Retry") {
			t.Errorf("retry did not start: %q", tv.qz.Spec.Title)
		}
		missed := map[string]bool{}
		for _, k := range quiz.MissedFacts(qz.Questions, qz.Answers) {
			missed[k] = true
		}
		for _, q := range tv.qz.Questions {
			ok := false
			for _, k := range q.FactKeys {
				ok = ok || missed[k]
			}
			if !ok {
				t.Errorf("retry question %q is not on a missed fact", q.Prompt)
			}
		}
	}
}

func TestTestModeGivesNoFeedbackUntilTheEnd(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, _ := newClockUI(t, &now)
	u.quiz.open()
	u.Sync()
	startSpec(t, u, quiz.QuizSpec{Title: "T", Count: 5, Mode: quiz.Test, Seed: 1, Types: []quiz.QuestionType{quiz.MultipleChoice}})
	tv := u.quiz.take
	n := len(tv.qz.Questions)
	if n < 2 {
		t.Fatalf("a test of %d questions", n)
	}
	answerByKeys(t, u)
	if len(tv.feedBox.Objects) != 0 || !strings.Contains(tv.counter.Text, fmt.Sprintf("Question 2 of %d", n)) || tv.submit.Text != "Check  Enter" {
		t.Fatalf("test mode showed feedback or did not move on: %q, %q", tv.counter.Text, tv.submit.Text)
	}
}

// The unfinished quiz waits on Today, the first screen, after a restart
// (no dialog asks about it first).
func TestClosingMidQuizTodayOffersResumeWithAnswersKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "resume.db")
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	opts := Options{Now: func() time.Time { return now }, Rand: func() float64 { return 0 }}
	u, store := startTestUI(t, path, opts)
	u.quiz.open()
	u.Sync()
	startSpec(t, u, quiz.QuizSpec{Title: "Resume me", Count: 5, Mode: quiz.Test, Seed: 2, TimeLimit: 10 * time.Minute})
	first := u.quiz.take.qz.Questions
	now = now.Add(40 * time.Second)
	answerByKeys(t, u)
	now = now.Add(20 * time.Second)
	answerByKeys(t, u)
	u.Shutdown()
	store.Close()

	u2, store2 := startTestUI(t, path, opts)
	u2.Sync()
	if top := u2.w.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a dialog at start: %q", textsAll(top))
	}
	wantSays(t, "Today after a restart", todayText(u2), "Unfinished: “Resume me”, 2 of 5 answered", "Resume  Q")
	typeRunes(u2, "q")
	u2.Sync()
	tv := u2.quiz.take
	if u2.current != sectionQuiz || !u2.quiz.showing(tv.root) || !strings.Contains(tv.counter.Text, "Question 3 of 5") {
		t.Fatalf("resumed at %q", tv.counter.Text)
	}
	if tv.qz.Questions[0].Prompt != first[0].Prompt || !strings.Contains(tv.counter.Text, "Question 3 of 5") {
		t.Errorf("questions changed on resume: %q", tv.counter.Text)
	}
	// The time used before the restart (about a minute) is kept off the
	// limit: 10 minutes minus 60 s.
	if left := tv.remaining(); left != 9*time.Minute {
		t.Errorf("time left = %v, want 9m", left)
	}
	// Running out of time ends and scores the quiz.
	now = now.Add(10 * time.Minute)
	tv.tick()
	u2.Sync()
	if _, ok, _ := store2.UnfinishedQuiz(u2.profile.ID); ok {
		t.Error("the quiz did not end when time ran out")
	}
	if !u2.quiz.showing(u2.quiz.results) {
		t.Error("no results after the time ran out")
	}
}

// textsAll is texts() that also looks inside widgets such as dialogs.
func textsAll(o fyne.CanvasObject) []string {
	var out []string
	if o == nil {
		return nil
	}
	walkAll(o, func(o fyne.CanvasObject) {
		if s, ok := leafText(o); ok {
			out = append(out, s)
		}
	})
	return out
}

func TestNewQuizDialogStartsWithEnter(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)
	u.quiz.open()
	u.Sync()
	u.w.Canvas().Unfocus()
	test.TypeOnCanvas(u.w.Canvas(), "n")
	if u.w.Canvas().Overlays().Top() == nil {
		t.Fatal("N did not open the New quiz dialog")
	}
	key(u, fyne.KeyReturn)
	u.Sync()
	tv := u.quiz.take
	if !u.quiz.showing(tv.root) || len(tv.qz.Questions) != 10 || tv.qz.Spec.Mode != quiz.Practice || tv.qz.Spec.Title != "Whole article" {
		t.Fatalf("quiz = %+v", tv.qz.Spec)
	}
	if q, ok, _ := store.UnfinishedQuiz(u.profile.ID); !ok || q.ID != tv.qz.ID {
		t.Error("the new quiz is not stored")
	}
}

func TestEscapeClosesADialogAndLeavesTheQuizAfterAsking(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, _ := newClockUI(t, &now)
	u.quiz.open()
	u.Sync()
	startSpec(t, u, quiz.QuizSpec{Title: "Esc", Count: 5, Mode: quiz.Test, Seed: 1, Types: []quiz.QuestionType{quiz.MultipleChoice}})
	key(u, fyne.KeyEscape) // asks first
	if u.w.Canvas().Overlays().Top() == nil || !u.quiz.showing(u.quiz.take.root) {
		t.Fatal("Esc left the quiz without asking")
	}
	key(u, fyne.KeyEscape) // Esc on the question: stay
	if u.w.Canvas().Overlays().Top() != nil || !u.quiz.showing(u.quiz.take.root) {
		t.Fatal("Esc did not close the question, or left the quiz")
	}
	key(u, fyne.KeyEscape)
	tapOverlay(t, u, "Leave")
	u.Sync()
	if !u.quiz.showing(u.quiz.home) {
		t.Error("Leave did not go back to the Quiz home")
	}
}
