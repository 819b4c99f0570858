package quiz

import (
	"slices"
	"testing"
	"time"
)

func TestPointsScoreAndMissed(t *testing.T) {
	qs := []Question{
		{Type: MultipleChoice, Options: []string{"a", "b"}, Answer: []string{"a"}, FactKeys: []string{"f1"}},
		{Type: TrueFalse, Options: []string{"True", "False"}, Answer: []string{"False"}, FactKeys: []string{"f2"}},
		{Type: FillIn, Answer: []string{"Sunshine Policy"}, FactKeys: []string{"f3"}},
		{Type: Ordering, Answer: []string{"1", "2", "3"}, FactKeys: []string{"f4", "f5"}},
		{Type: Matching, Options: []string{"x", "y"}, Answer: []string{"X", "Y"}, FactKeys: []string{"f5", "f6"}},
	}
	for _, tc := range []struct {
		q      int
		given  []string
		points float64
	}{
		{0, []string{"a"}, 1},
		{0, []string{"b"}, 0},
		{0, nil, 0},
		{1, []string{"False"}, 1},
		{2, []string{"the sunshine policy"}, 1},
		{2, []string{"moonshine"}, 0},
		{3, []string{"1", "3", "2"}, 0.33},
		{3, []string{"1", "2"}, 0},
		{4, []string{"X", ""}, 0.5},
		{4, []string{"Y", "X"}, 0},
	} {
		a := GradeAnswer(qs[tc.q], tc.q, tc.given, time.Time{}, 0)
		if a.Points != tc.points || a.Correct != (tc.points == 1) {
			t.Errorf("question %d given %q: %+v, want %v points", tc.q, tc.given, a, tc.points)
		}
	}
	answers := []Answer{
		GradeAnswer(qs[0], 0, []string{"a"}, time.Time{}, 0),
		GradeAnswer(qs[3], 3, []string{"1", "3", "2"}, time.Time{}, 0),
		GradeAnswer(qs[0], 0, []string{"b"}, time.Time{}, 0), // a duplicate is ignored
		{Index: 9, Points: 1, Correct: true},                 // out of range is ignored
	}
	s := ScoreQuiz(len(qs), answers)
	if s.Points != 1.33 || s.Correct != 1 || s.Answered != 2 || s.Max != 5 {
		t.Errorf("score = %+v", s)
	}
	if got := MissedFacts(qs, answers); !slices.Equal(got, []string{"f2", "f3", "f4", "f5", "f6"}) {
		t.Errorf("missed = %v", got)
	}
	if (Score{}).Percent() != 0 {
		t.Error("empty quiz percent")
	}
}

func TestStreakStudyDayAndFillDays(t *testing.T) {
	days := map[string]bool{"2026-03-01": true, "2026-03-02": true, "2026-03-03": true, "2026-02-27": true}
	for _, tc := range []struct {
		today string
		want  int
	}{
		{"2026-03-03", 3},
		{"2026-03-04", 3}, // today not studied yet
		{"2026-03-05", 0},
		{"2026-02-28", 1},
		{"bad", 0},
	} {
		if got := Streak(days, tc.today); got != tc.want {
			t.Errorf("Streak(%s) = %d, want %d", tc.today, got, tc.want)
		}
	}
	// 3:59 AM belongs to the day before; 4:00 AM starts the new day.
	if d := StudyDay(time.Date(2026, 3, 2, 3, 59, 0, 0, time.UTC), time.UTC, 4); d != "2026-03-01" {
		t.Errorf("3:59 -> %s", d)
	}
	if d := StudyDay(time.Date(2026, 3, 2, 4, 0, 0, 0, time.UTC), time.UTC, 4); d != "2026-03-02" {
		t.Errorf("4:00 -> %s", d)
	}
	got := FillDays([]DayActivity{{Day: "2026-03-02", Reviews: 4}, {Day: "2026-01-01", Reviews: 9}}, "2026-03-03", 3)
	if len(got) != 3 || got[0].Day != "2026-03-01" || got[1].Reviews != 4 || got[2].Day != "2026-03-03" || got[2].Reviews != 0 {
		t.Errorf("FillDays = %+v", got)
	}
}

func TestQuizSpecValidate(t *testing.T) {
	ok := QuizSpec{Count: 10, Mode: Practice}
	for _, tc := range []struct {
		s  QuizSpec
		ok bool
	}{
		{ok, true},
		{QuizSpec{Count: 0, Mode: Practice}, false},
		{QuizSpec{Count: 51, Mode: Practice}, false},
		{QuizSpec{Count: 5, Mode: "exam"}, false},
		{QuizSpec{Count: 5, Mode: Test, TimeLimit: -time.Second}, false},
		{QuizSpec{Count: 5, Mode: Test, Chapters: []int{3}}, false},
		{QuizSpec{Count: 5, Mode: Test, Types: []QuestionType{"essay"}}, false},
		{QuizSpec{Count: 5, Mode: Test, Chapters: []int{2}, Types: []QuestionType{FillIn}, TimeLimit: time.Hour}, true},
	} {
		if err := tc.s.Validate(3); (err == nil) != tc.ok {
			t.Errorf("Validate(%+v) = %v", tc.s, err)
		}
	}
}
