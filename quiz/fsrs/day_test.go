package fsrs

import (
	"testing"
	"time"
)

func TestStudyDay(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	tests := []struct {
		name     string
		at       time.Time
		rollover int
		day      string
		start    time.Time
	}{
		{"after the rollover: the same date", time.Date(2026, 3, 2, 15, 0, 0, 0, ny), 4, "2026-03-02", time.Date(2026, 3, 2, 4, 0, 0, 0, ny)},
		{"at the rollover: a new day", time.Date(2026, 3, 2, 4, 0, 0, 0, ny), 4, "2026-03-02", time.Date(2026, 3, 2, 4, 0, 0, 0, ny)},
		{"a minute before: still the day before", time.Date(2026, 3, 2, 3, 59, 0, 0, ny), 4, "2026-03-01", time.Date(2026, 3, 1, 4, 0, 0, 0, ny)},
		{"past midnight: the evening's day", time.Date(2026, 3, 3, 0, 30, 0, 0, ny), 4, "2026-03-02", time.Date(2026, 3, 2, 4, 0, 0, 0, ny)},
		{"rollover at midnight: the calendar date", time.Date(2026, 3, 3, 0, 30, 0, 0, ny), 0, "2026-03-03", time.Date(2026, 3, 3, 0, 0, 0, 0, ny)},
		{"the night clocks go forward", time.Date(2026, 3, 8, 3, 30, 0, 0, ny), 4, "2026-03-07", time.Date(2026, 3, 7, 4, 0, 0, 0, ny)},
		{"the morning after clocks go forward", time.Date(2026, 3, 8, 4, 0, 0, 0, ny), 4, "2026-03-08", time.Date(2026, 3, 8, 4, 0, 0, 0, ny)},
		{"the night clocks go back", time.Date(2026, 11, 1, 3, 30, 0, 0, ny), 4, "2026-10-31", time.Date(2026, 10, 31, 4, 0, 0, 0, ny)},
		{"a UTC moment read in the local zone", time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC), 4, "2026-03-01", time.Date(2026, 3, 1, 4, 0, 0, 0, ny)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StudyDay(tt.at, ny, tt.rollover); got != tt.day {
				t.Errorf("StudyDay = %s, want %s", got, tt.day)
			}
			if got := DayStart(tt.at, ny, tt.rollover); !got.Equal(tt.start) {
				t.Errorf("DayStart = %s, want %s", got, tt.start)
			}
			if got := DayStart(tt.at, ny, tt.rollover); tt.at.Before(got) {
				t.Errorf("the day starts at %s, after the moment %s", got, tt.at)
			}
		})
	}
}

func TestSchedulerDaysAgreeWithStudyDay(t *testing.T) {
	s := NewScheduler(DefaultParams(), func() float64 { return 0 })
	from := time.Date(2026, 3, 2, 23, 0, 0, 0, time.Local)
	for _, h := range []int{1, 4, 5, 24, 29, 48} {
		to := from.Add(time.Duration(h) * time.Hour)
		a, _ := time.Parse(time.DateOnly, StudyDay(from, time.Local, DefaultRollover))
		b, _ := time.Parse(time.DateOnly, StudyDay(to, time.Local, DefaultRollover))
		if want := int(b.Sub(a).Hours() / 24); s.ElapsedDays(from, to) != want {
			t.Errorf("%d h later: ElapsedDays = %d, study days apart = %d", h, s.ElapsedDays(from, to), want)
		}
	}
	if got := s.DayStart(from); !got.Equal(time.Date(2026, 3, 2, 4, 0, 0, 0, time.Local)) {
		t.Errorf("DayStart = %s", got)
	}
}
