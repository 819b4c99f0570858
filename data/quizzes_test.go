package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

func testQuestions() []quiz.Question {
	return []quiz.Question{
		{Type: quiz.MultipleChoice, Prompt: "When?", Options: []string{"1990", "1992", "1994"}, Answer: []string{"1992"}, Chapter: 0, FactKeys: []string{"f1"}},
		{Type: quiz.FillIn, Prompt: "Who?", Answer: []string{"Kim Dae-jung"}, Chapter: 1, FactKeys: []string{"f2"}},
		{Type: quiz.Ordering, Prompt: "Order", Options: []string{"b", "a", "c", "d"}, Answer: []string{"a", "b", "c", "d"}, Chapter: 1, FactKeys: []string{"f3", "f4"}},
	}
}

func TestQuizAnswersAreKeptAndResumable(t *testing.T) {
	s, path := newTestStore(t)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	qs := testQuestions()
	at := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	spec := quiz.QuizSpec{Title: "Chapter 2", Chapters: []int{1}, Count: 3, Mode: quiz.Practice, TimeLimit: 5 * time.Minute}
	id, err := s.StartQuiz(p.ID, art.ID, spec, qs, at)
	if err != nil {
		t.Fatal(err)
	}
	a0 := quiz.GradeAnswer(qs[0], 0, []string{"1992"}, at.Add(10*time.Second), 10*time.Second)
	a1 := quiz.GradeAnswer(qs[1], 1, []string{"kim dae jung"}, at.Add(30*time.Second), 20*time.Second)
	for i, a := range []quiz.Answer{a0, a1} {
		if err := s.RecordAnswer(id, qs[i], a); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RecordAnswer(id, qs[0], a0); !errors.Is(err, ErrAlreadyAnswered) {
		t.Errorf("second answer to question 1: %v", err)
	}
	if err := s.RecordAnswer(id, qs[0], quiz.Answer{Index: 7}); err == nil {
		t.Error("an answer to a question not in the quiz was accepted")
	}
	// Close as a crash would, reopen: the quiz is offered with both answers.
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q, ok, err := s.UnfinishedQuiz(p.ID)
	if err != nil || !ok || q.ID != id {
		t.Fatalf("unfinished = %v %v %v", q.ID, ok, err)
	}
	if len(q.Answers) != 2 || !q.Answers[1].Correct || q.Answers[1].Given[0] != "kim dae jung" || len(q.Questions) != 3 {
		t.Fatalf("resumed quiz = %+v", q)
	}
	if q.Spec.TimeLimit != 5*time.Minute || q.Spec.Mode != quiz.Practice || q.Questions[2].Answer[3] != "d" {
		t.Errorf("spec or questions changed: %+v", q.Spec)
	}
	// Ordering with two of four in place earns half a point.
	a2 := quiz.GradeAnswer(qs[2], 2, []string{"a", "b", "d", "c"}, at.Add(time.Minute), 30*time.Second)
	if a2.Correct || a2.Points != 0.5 {
		t.Errorf("ordering answer = %+v", a2)
	}
	if err := s.RecordAnswer(id, qs[2], a2); err != nil {
		t.Fatal(err)
	}
	score, err := s.FinishQuiz(id, at.Add(2*time.Minute))
	if err != nil || score.Points != 2.5 || score.Correct != 2 || score.Max != 3 {
		t.Fatalf("score = %+v, %v", score, err)
	}
	if math.Abs(score.Percent()-83.333) > 0.01 {
		t.Errorf("percent = %v", score.Percent())
	}
	if _, ok, _ := s.UnfinishedQuiz(p.ID); ok {
		t.Error("a finished quiz is still offered")
	}
	if err := s.RecordAnswer(id, qs[2], a2); !errors.Is(err, ErrQuizFinished) {
		t.Errorf("answer after finish: %v", err)
	}
	recent, _ := s.RecentQuizzes(p.ID, 5)
	if len(recent) != 1 || recent[0].Title != "Chapter 2" || recent[0].Points != 2.5 {
		t.Errorf("recent = %+v", recent)
	}
}

// TestProgressAndStatsFromAHandBuiltHistory builds a small history with
// known totals and checks every figure.
func TestProgressAndStatsFromAHandBuiltHistory(t *testing.T) {
	s, _ := newTestStore(t)
	s.loc = time.UTC
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	if err := s.SetCurrentArticle(p.ID, art.ID); err != nil {
		t.Fatal(err)
	}
	qs := testQuestions()
	day := func(d int) time.Time { return time.Date(2026, 3, d, 12, 0, 0, 0, time.UTC) }
	// Quiz 1 on 1 March: 1 of 3 right (33.3%). Quiz 2 on 3 March: 3 of 3.
	take := func(at time.Time, given [][]string) {
		id, err := s.StartQuiz(p.ID, art.ID, quiz.QuizSpec{Title: "q", Count: 3, Mode: quiz.Test}, qs, at)
		if err != nil {
			t.Fatal(err)
		}
		for i, g := range given {
			if err := s.RecordAnswer(id, qs[i], quiz.GradeAnswer(qs[i], i, g, at, 10*time.Second)); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.FinishQuiz(id, at); err != nil {
			t.Fatal(err)
		}
	}
	take(day(1), [][]string{{"1992"}, {"nobody"}, {"d", "c", "b", "a"}})
	take(day(3), [][]string{{"1992"}, {"Kim Dae-jung"}, {"a", "b", "c", "d"}})
	// Reviews on 2 and 3 March in chapter 1: Good, then a lapse (Again on
	// a review card), then Good: 2 of 3 recalled.
	review := func(at time.Time, g fsrs.Rating, before fsrs.State) {
		_, _, err := s.RecordReview(Review{ProfileID: p.ID, ArticleID: art.ID, CardKey: "c1", FactKey: "f2", Chapter: 1, Rating: g,
			Before: fsrs.Card{State: before}, After: fsrs.Card{State: fsrs.Review, Reps: 1}, At: at, Duration: 4 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
	}
	review(day(2), fsrs.Good, fsrs.New)
	review(day(3), fsrs.Again, fsrs.Review)
	review(day(3).Add(time.Hour), fsrs.Good, fsrs.Relearning)
	// An undone review leaves no trace in the totals.
	id, _, _ := s.RecordReview(Review{ProfileID: p.ID, ArticleID: art.ID, CardKey: "c1", FactKey: "f2", Chapter: 1, Rating: fsrs.Again,
		Before: fsrs.Card{State: fsrs.Review}, After: fsrs.Card{State: fsrs.Relearning}, At: day(3), Duration: time.Second})
	if _, err := s.UndoReview(p.ID, id); err != nil {
		t.Fatal(err)
	}
	// An unfinished quiz.
	if _, err := s.StartQuiz(p.ID, art.ID, quiz.QuizSpec{Title: "open", Count: 3, Mode: quiz.Test}, qs, day(3)); err != nil {
		t.Fatal(err)
	}
	pr, err := s.StudyProgress(p.ID, art.ID, 3, 30, day(3))
	if err != nil {
		t.Fatal(err)
	}
	if len(pr.Scores) != 2 || math.Abs(pr.Scores[0].Percent-100.0/3) > 0.01 || pr.Scores[1].Percent != 100 {
		t.Errorf("scores = %+v", pr.Scores)
	}
	if math.Abs(pr.MeanScore-(100.0/3+100)/2) > 0.01 {
		t.Errorf("mean = %v", pr.MeanScore)
	}
	if pr.Streak != 3 {
		t.Errorf("streak = %d, want 3 (1, 2 and 3 March)", pr.Streak)
	}
	if len(pr.Days) != 30 || pr.Days[29].Day != "2026-03-03" || pr.Days[29].Reviews != 2 || pr.Days[29].Answers != 3 ||
		pr.Days[28].Reviews != 1 || pr.Days[27].Answers != 3 || pr.Days[26].Reviews+pr.Days[26].Answers != 0 {
		t.Errorf("days = %+v", pr.Days[26:])
	}
	// Chapter 1 (index 0): answers 2, both right -> 1.0, no reviews.
	// Chapter 2 (index 1): answers 4 earning 0 + 0 (order all wrong) + 1 +
	// 1 = 2 -> 0.5; reviews 3, recalled 2 -> 0.667; mastery 0.583.
	c0, c1 := pr.Chapters[0], pr.Chapters[1]
	if c0.Answers != 2 || c0.Mastery() != 1 {
		t.Errorf("chapter 1 = %+v, mastery %v", c0, c0.Mastery())
	}
	if c1.Answers != 4 || c1.Points != 2 || c1.Reviews != 3 || c1.Recalled != 2 || math.Abs(c1.Mastery()-(0.5+2.0/3)/2) > 1e-9 {
		t.Errorf("chapter 2 = %+v, mastery %v", c1, c1.Mastery())
	}
	if pr.Chapters[2].Mastery() != 0 {
		t.Errorf("chapter 3 = %+v", pr.Chapters[2])
	}
	// f2: one wrong answer and one lapse = 2 misses; f3, f4: one wrong each.
	if len(pr.Weakest) != 3 || pr.Weakest[0].FactKey != "f2" || pr.Weakest[0].Misses() != 2 || pr.Weakest[1].Misses() != 1 {
		t.Errorf("weakest = %+v", pr.Weakest)
	}
	// Streak: nothing today (4 March) yet keeps yesterday's streak; a gap
	// ends it.
	if pr, _ := s.StudyProgress(p.ID, art.ID, 3, 30, day(4)); pr.Streak != 3 {
		t.Errorf("streak on the next day = %d", pr.Streak)
	}
	if pr, _ := s.StudyProgress(p.ID, art.ID, 3, 30, day(5)); pr.Streak != 0 {
		t.Errorf("streak after a gap = %d", pr.Streak)
	}
	stats, err := s.Stats()
	if err != nil || len(stats) != 1 {
		t.Fatal(stats, err)
	}
	st := stats[0]
	if st.Quizzes != 2 || st.Answers != 6 || st.Correct != 4 || st.Reviews != 3 || !st.Unfinished || len(st.Chapters) != 2 {
		t.Errorf("stats = %+v", st)
	}
	var buf bytes.Buffer
	if err := s.ExportHistory(p.ID, &buf); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(recs) != 1+6+3 {
		t.Fatalf("csv rows = %d, %v", len(recs), err)
	}
	if recs[0][0] != "kind" || recs[1][0] != "answer" || recs[1][3] != "1" {
		t.Errorf("csv = %v", recs[:2])
	}
}

// TestRunningTotalsEqualARebuildFromTheHistory checks the totals kept
// answer by answer and review by review (undo included) against totals
// recomputed from the raw rows.
func TestRunningTotalsEqualARebuildFromTheHistory(t *testing.T) {
	s, _ := newTestStore(t)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	qs := testQuestions()
	at := time.Date(2026, 3, 2, 3, 30, 0, 0, time.Local) // before the 4 AM rollover
	for k := 0; k < 3; k++ {
		id, _ := s.StartQuiz(p.ID, art.ID, quiz.QuizSpec{Title: "q", Count: 3, Mode: quiz.Test}, qs, at)
		for i := range qs {
			given := []string{"wrong"}
			if (i+k)%2 == 0 {
				given = qs[i].Answer
			}
			if err := s.RecordAnswer(id, qs[i], quiz.GradeAnswer(qs[i], i, given, at, 7*time.Second)); err != nil {
				t.Fatal(err)
			}
		}
		at = at.Add(13 * time.Hour)
	}
	var last int64
	for k, g := range []fsrs.Rating{fsrs.Good, fsrs.Again, fsrs.Hard, fsrs.Again, fsrs.Easy} {
		before := fsrs.Card{State: fsrs.State(k % 4)}
		id, _, err := s.RecordReview(Review{ProfileID: p.ID, ArticleID: art.ID, CardKey: "c" + string(rune('a'+k%2)), FactKey: "f2",
			Chapter: k % 2, Rating: g, Before: before, After: fsrs.Card{State: fsrs.Review}, At: at, Duration: 2500 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		last = id
		at = at.Add(5 * time.Hour)
	}
	if _, err := s.UndoReview(p.ID, last); err != nil {
		t.Fatal(err)
	}
	running, err := totalsDigest(s.db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.Transaction(rebuildTotals); err != nil {
		t.Fatal(err)
	}
	rebuilt, _ := totalsDigest(s.db)
	if d := diffCount(running, rebuilt); d != 0 || len(running) < 10 {
		t.Errorf("%d of %d running-total rows differ from a rebuild:\n%v\n%v", d, len(running), running, rebuilt)
	}
}
