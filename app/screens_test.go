package app

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// Screens built from their narrow interfaces can be tried without a
// window or a database: a worker that runs everything at once, a fixed
// clock, a fake store.

// nowWorker runs jobs and results at once, on the caller's goroutine, and
// keeps the errors it is asked to show.
type nowWorker struct{ errors []string }

func (w *nowWorker) background(job func())       { job() }
func (w *nowWorker) do(fn func())                { fn() }
func (w *nowWorker) aside(work, then func())     { work(); then() }
func (w *nowWorker) doAndWait(fn func()) bool    { fn(); return true }
func (w *nowWorker) showError(s string, _ error) { w.errors = append(w.errors, s) }

// fakeDoc is an open article of n (at most 9) chapters titled "Chapter i".
func fakeDoc(t *testing.T, n int) *document {
	t.Helper()
	var b strings.Builder
	b.WriteString("# A study\n\n")
	for i := 1; i <= n; i++ {
		b.WriteString("## Chapter " + string(rune('0'+i)) + "\n\nThe council met in the hall and talked for a long time about the harbour.\n\n")
	}
	st, err := quiz.NewStudy([]byte(b.String()), nil)
	if err != nil {
		t.Fatal(err)
	}
	return newDocument(quiz.LibraryItem{ID: 7, Title: st.Article.Title}, st, quiz.ReadingProgress{Read: map[int]bool{}})
}

type fakeProgressStore struct {
	pr       quiz.Progress
	err      error
	asked    []int64
	exported bool
}

func (s *fakeProgressStore) StudyProgress(profileID, articleID int64, chapters, days int, now time.Time) (quiz.Progress, error) {
	s.asked = append(s.asked, profileID, articleID, int64(chapters), int64(days))
	return s.pr, s.err
}

func (s *fakeProgressStore) ExportHistory(profileID int64, w io.Writer) error {
	s.exported = true
	_, err := io.WriteString(w, "day,reviews\n")
	return err
}

func TestProgressScreenOnAFakeStore(t *testing.T) {
	test.NewTempApp(t)
	doc := fakeDoc(t, 3)
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	store := &fakeProgressStore{pr: quiz.Progress{
		Streak:    4,
		MeanScore: 75,
		Scores:    []quiz.ScorePoint{{At: now.Add(-48 * time.Hour), Percent: 50}, {At: now, Percent: 100}},
		Days:      []quiz.DayActivity{{Day: "2026-03-01", Reviews: 5, Answers: 2}, {Day: "2026-03-02", Reviews: 3}},
		Chapters:  []quiz.ChapterStat{{Chapter: 0, Answers: 2, Points: 2}, {Chapter: 1}, {Chapter: 2}},
	}}
	w := &nowWorker{}
	var shown []section
	var saved string
	ctx := screenContext{worker: w, now: func() time.Time { return now }, profile: func() int64 { return 3 }, doc: func() *document { return doc }}
	p := newProgressTab(store, ctx, progressActions{
		show: func(s section) { shown = append(shown, s) },
		saveAs: func(name string, _ []string, _ string, write func(io.Writer) error, done func(string)) {
			var b strings.Builder
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			saved = b.String()
			done(name)
		},
		inform: func(string, string) {},
	})
	p.open()
	if len(shown) != 1 || shown[0] != sectionProgress {
		t.Errorf("open showed %v", shown)
	}
	if got := store.asked; len(got) != 4 || got[0] != 3 || got[1] != 7 || got[2] != 3 || got[3] != 30 {
		t.Errorf("asked the store for %v, want profile 3, article 7, 3 chapters, 30 days", got)
	}
	text := strings.Join(textsAll(p.content()), "\n")
	for _, want := range []string{"Study streak: 4 days in a row.", "Mean quiz score 75% over 2 quizzes", "8 reviews, 2 answers"} {
		if !strings.Contains(text, want) {
			t.Errorf("Progress does not say %q:\n%s", want, text)
		}
	}
	findButtonAll(t, p.content(), "Export history").OnTapped()
	if !store.exported || saved != "day,reviews\n" {
		t.Errorf("export wrote %q", saved)
	}

	// an error from the store is shown in words, and the screen stays
	store.err = errors.Join(data.ErrDiskFull)
	p.reload()
	if len(w.errors) != 1 || !strings.Contains(w.errors[0], "Could not read your progress: the disk is full") {
		t.Errorf("errors shown: %q", w.errors)
	}
}

type fakeTodayStore struct {
	open     data.Quiz
	hasOpen  bool
	received []data.Received
	progress quiz.Progress
}

func (s *fakeTodayStore) UnfinishedQuiz(int64) (data.Quiz, bool, error) {
	return s.open, s.hasOpen, nil
}
func (s *fakeTodayStore) ReceivedAssignments(int64) ([]data.Received, error) {
	return s.received, nil
}

func (s *fakeTodayStore) StudyProgress(int64, int64, int, int, time.Time) (quiz.Progress, error) {
	return s.progress, nil
}

func TestTodayOnAFakeStore(t *testing.T) {
	test.NewTempApp(t)
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		doc   *document
		store fakeTodayStore
		cards [3]int
		wants []string
		runes string
		did   string
	}{
		{"no article yet", nil, fakeTodayStore{}, [3]int{},
			[]string{"Loading the article…", "Open an article to study its cards.", "No unfinished quiz.", "No assignments to do."}, "rsn", ""},
		{"cards due and a quiz left", fakeDoc(t, 2), fakeTodayStore{hasOpen: true,
			open: data.Quiz{Spec: quiz.QuizSpec{Title: "Practice"}, Questions: make([]quiz.Question, 5), Answers: make([]quiz.Answer, 2), Started: now}},
			[3]int{3, 7, 4}, []string{"3 due now · 7 new left today", "Unfinished: “Practice”, 2 of 5 answered", "Resume  Q"}, "sq", "study resume"},
		{"a streak", fakeDoc(t, 2), fakeTodayStore{progress: quiz.Progress{Streak: 2,
			Days: []quiz.DayActivity{{Day: "2026-03-01", Reviews: 4}, {Day: "2026-03-02", Answers: 1}}}},
			[3]int{}, []string{"Streak: 2 days in a row. Last 14 days: 4 reviews, 1 answers.", "Nothing to study now"}, "pr", "progress read"},
		// a new profile has read nothing, and new cards come from the
		// chapters read: Today says where the cards are, not "come back
		// tomorrow"
		{"new cards only in unread chapters", fakeDoc(t, 2), fakeTodayStore{}, [3]int{0, 0, 21},
			[]string{"21 new cards wait in chapters you have not read yet", "read on (R)"}, "r", "read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var did []string
			store := tt.store
			ctx := screenContext{worker: &nowWorker{}, now: func() time.Time { return now }, profile: func() int64 { return 1 },
				doc: func() *document { return tt.doc }}
			today := newTodayTab(&store, ctx, todayActions{
				show:       func(section) {},
				open:       func(s section) { did = append(did, strings.ToLower(s.String())) },
				read:       func() { did = append(did, "read") },
				study:      func() { did = append(did, "study") },
				resume:     func(data.Quiz) { did = append(did, "resume") },
				newQuiz:    func() { did = append(did, "new") },
				assignment: func(data.Received) { did = append(did, "assignment") },
				cards:      func() (int, int, int) { return tt.cards[0], tt.cards[1], tt.cards[2] },
				recount:    func() {},
			})
			today.open()
			text := strings.Join(textsAll(today.content()), "\n")
			for _, want := range tt.wants {
				if !strings.Contains(text, want) {
					t.Errorf("Today does not say %q:\n%s", want, text)
				}
			}
			for _, r := range tt.runes {
				today.typedRune(r)
			}
			if got := strings.Join(did, " "); got != tt.did {
				t.Errorf("keys %q did %q, want %q", tt.runes, got, tt.did)
			}
		})
	}
}

// fakeReaderStore keeps what the reader saved, as "open 2" and "read 1 true".
type fakeReaderStore struct {
	saved []string
	err   error
}

func (s *fakeReaderStore) MarkRead(_, _ int64, chapter int, read bool) error {
	s.saved = append(s.saved, fmt.Sprintf("read %d %v", chapter, read))
	return s.err
}

func (s *fakeReaderStore) OpenChapter(_, _ int64, chapter int) error {
	s.saved = append(s.saved, fmt.Sprintf("open %d", chapter))
	return s.err
}

func TestReaderOnAFakeStore(t *testing.T) {
	a := test.NewTempApp(t)
	doc := fakeDoc(t, 3)
	store := &fakeReaderStore{}
	w := &nowWorker{}
	var asked []string
	ctx := screenContext{worker: w, now: time.Now, profile: func() int64 { return 1 }, window: a.NewWindow("t")}
	r := newReaderTab(store, ctx, readerActions{
		studyChapter: func(ch int) { asked = append(asked, fmt.Sprint("study ", ch)) },
		quizChapter:  func(ch int) { asked = append(asked, fmt.Sprint("quiz ", ch)) },
		openFile:     func() {},
		addButtons:   widget.NewLabel(""),
	})
	r.apply(doc)
	if got := ctx.window.Title(); got != "A study — Chapterwise" {
		t.Errorf("window title %q", got)
	}
	r.typedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	test.Tap(findButtonAll(t, r.content(), "Quiz this chapter"))
	test.Tap(findButtonAll(t, r.content(), "Study this chapter"))
	if got, want := strings.Join(store.saved, ", "), "open 0, read 0 true, open 1, read 1 true"; got != want {
		t.Errorf("saved %q, want %q", got, want)
	}
	if got, want := strings.Join(asked, ", "), "quiz 1, study 1"; got != want {
		t.Errorf("asked the others for %q, want %q", got, want)
	}
	if r.progress.Text != "2 of 3 chapters read" {
		t.Errorf("progress says %q", r.progress.Text)
	}

	// a failed save is told in words; the tick stays on screen
	store.err = data.ErrDiskFull
	r.typedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // to the last chapter
	r.typedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // which is read
	if len(w.errors) != 2 || !strings.Contains(w.errors[0], "Could not save your place in the article: the disk is full") ||
		!strings.Contains(w.errors[1], "Could not save the chapter's tick: the disk is full") {
		t.Errorf("errors shown: %q", w.errors)
	}
	if r.progress.Text != "3 of 3 chapters read" {
		t.Errorf("progress says %q", r.progress.Text)
	}
}

// fakeFlashStore is a profile with no reviews and no edits that keeps
// the ratings saved; the methods a test does not expect are the nil
// interface's and panic.
type fakeFlashStore struct {
	flashStore
	reviews []data.Review
}

func (s *fakeFlashStore) StudySettings(int64) (quiz.StudySettings, error) {
	return quiz.DefaultStudySettings(), nil
}
func (s *fakeFlashStore) CardEdits(int64, int64) ([]quiz.CardEdit, error) { return nil, nil }
func (s *fakeFlashStore) CardStates(int64, int64) (map[string]data.CardState, error) {
	return map[string]data.CardState{}, nil
}
func (s *fakeFlashStore) ReviewsSince(int64, time.Time) (int, int, error) {
	return len(s.reviews), 0, nil
}
func (s *fakeFlashStore) RecordReview(r data.Review) (int64, bool, error) {
	s.reviews = append(s.reviews, r)
	return int64(len(s.reviews)), false, nil
}

func TestFlashcardsOnAFakeStore(t *testing.T) {
	a := test.NewTempApp(t)
	st, err := quiz.NewStudy(assets.Article, nil)
	if err != nil {
		t.Fatal(err)
	}
	read := map[int]bool{}
	for i := range st.Article.Chapters {
		read[i] = true
	}
	doc := newDocument(quiz.LibraryItem{ID: 9, Title: st.Article.Title}, st, quiz.ReadingProgress{Read: read})
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	store := &fakeFlashStore{}
	loaded := 0
	ctx := screenContext{worker: &nowWorker{}, now: func() time.Time { return now }, profile: func() int64 { return 4 },
		doc: func() *document { return doc }, window: a.NewWindow("t")}
	f := newFlashTab(store, ctx, flashActions{show: func(section) {}, rand: func() float64 { return 0.5 }, loaded: func() { loaded++ }})
	f.load(doc)
	if loaded != 1 {
		t.Fatalf("loaded told %d times", loaded)
	}
	if text := strings.Join(textsAll(f.content()), "\n"); !strings.Contains(text, "Choose a deck to study") {
		t.Errorf("the decks say:\n%s", text)
	}
	f.startDeck(-1)
	if !f.showButton.Visible() || f.rateRow.Visible() {
		t.Fatal("a new card shows the rating buttons before its answer")
	}
	f.typedRune(' ')
	if f.showButton.Visible() || !f.rateRow.Visible() {
		t.Fatal("Space did not show the answer")
	}
	if got := f.rateBtns[2].Text; !strings.HasPrefix(got, "Good  3\n") {
		t.Errorf("the Good button says %q, without its key", got)
	}
	f.typedRune('3')
	if len(store.reviews) != 1 {
		t.Fatalf("%d reviews saved", len(store.reviews))
	}
	if r := store.reviews[0]; r.ProfileID != 4 || r.ArticleID != 9 || r.Rating != fsrs.Good || !r.At.Equal(now) {
		t.Errorf("saved %+v", r)
	}
}

// fakeQuizStore has no quizzes, results or assignments, and keeps the
// quizzes started and the answers saved.
type fakeQuizStore struct {
	quizStore
	started []quiz.QuizSpec
	answers []quiz.Answer
}

func (s *fakeQuizStore) ReceivedAssignments(int64) ([]data.Received, error) { return nil, nil }
func (s *fakeQuizStore) UnfinishedQuiz(int64) (data.Quiz, bool, error) {
	return data.Quiz{}, false, nil
}
func (s *fakeQuizStore) RecentQuizzes(int64, int) ([]data.QuizSummary, error) { return nil, nil }
func (s *fakeQuizStore) StartQuiz(_, _ int64, spec quiz.QuizSpec, _ []quiz.Question, _ time.Time) (int64, error) {
	s.started = append(s.started, spec)
	return int64(len(s.started)), nil
}
func (s *fakeQuizStore) RecordAnswer(_ int64, _ quiz.Question, a quiz.Answer) error {
	s.answers = append(s.answers, a)
	return nil
}

func TestQuizOnAFakeStore(t *testing.T) {
	a := test.NewTempApp(t)
	st, err := quiz.NewStudy(assets.Article, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := newDocument(quiz.LibraryItem{ID: 9, Title: st.Article.Title}, st, quiz.ReadingProgress{Read: map[int]bool{}})
	store := &fakeQuizStore{}
	var shown []section
	ctx := screenContext{worker: &nowWorker{}, now: time.Now, profile: func() int64 { return 4 },
		doc: func() *document { return doc }, window: a.NewWindow("t")}
	q := newQuizTab(store, ctx, quizActions{show: func(s section) { shown = append(shown, s) }, manualClock: true})
	q.load(doc)
	if text := strings.Join(textsAll(q.content()), "\n"); !strings.Contains(text, "No results yet: start with New quiz (N) or Quick practice (P).") {
		t.Errorf("the Quiz home says:\n%s", text)
	}
	q.typedRune('p')
	if len(store.started) != 1 || store.started[0].Title != "Quick practice" || store.started[0].Mode != quiz.Practice {
		t.Fatalf("P started %+v", store.started)
	}
	if len(shown) == 0 || shown[len(shown)-1] != sectionQuiz {
		t.Errorf("the quiz asked to show %v", shown)
	}
	if !strings.HasPrefix(q.take.counter.Text, "Quick practice  ·  Question 1 of ") {
		t.Errorf("the counter says %q", q.take.counter.Text)
	}
	q.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // no answer given: wrong, but saved
	if len(store.answers) != 1 || store.answers[0].Correct {
		t.Errorf("answers saved: %+v", store.answers)
	}
}

// fakeTeachStore is a teacher with one assignment and one student's
// result; the methods a test does not expect panic.
type fakeTeachStore struct {
	teachStore
	list []assign.Assignment
	book []data.Submission
}

func (s *fakeTeachStore) Assignments(int64) ([]assign.Assignment, error) { return s.list, nil }
func (s *fakeTeachStore) Gradebook(int64) ([]data.Submission, error)     { return s.book, nil }

func TestTeachOnAFakeStore(t *testing.T) {
	a := test.NewTempApp(t)
	store := &fakeTeachStore{
		list: []assign.Assignment{{ID: "a1", Title: "Week one"}},
		book: []data.Submission{{AssignmentID: "a1", Student: "Ada", Percent: 80, Passed: true, Late: true}},
	}
	var shown []section
	pin := false
	ctx := screenContext{worker: &nowWorker{}, now: time.Now, profile: func() int64 { return 2 }, window: a.NewWindow("t")}
	tt := newTeachTab(store, ctx, teachActions{
		show: func(s section) { shown = append(shown, s) },
		unlock: func(then func()) {
			if pin {
				then()
			}
		},
		profileName: func() string { return "Ms Lee" },
	})
	tt.open() // the PIN is not given: nothing shows
	if len(shown) != 0 {
		t.Fatalf("Teach showed %v without its PIN", shown)
	}
	pin = true
	tt.open()
	if len(shown) != 1 || shown[0] != sectionTeach {
		t.Fatalf("Teach showed %v", shown)
	}
	text := strings.Join(textsAll(tt.bookBox), "\n")
	for _, want := range []string{"Student", "Week one", "Ada", "80% pass · late"} {
		if !strings.Contains(text, want) {
			t.Errorf("the gradebook does not say %q:\n%s", want, text)
		}
	}
	if got := tt.pickA.Options; len(got) != 1 || got[0] != "Week one" {
		t.Errorf("the assignments to pick: %q", got)
	}
}
