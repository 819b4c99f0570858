package fsrs

import "time"

// DefaultRollover is the local hour at which a new study day starts.
const DefaultRollover = 4

// studyDate is the date of the study day t falls in: t's date on the
// wall clock of loc, or the day before while it is earlier than the
// rollover hour. A nil loc is time.Local.
func studyDate(t time.Time, loc *time.Location, rollover int) (int, time.Month, int) {
	if loc == nil {
		loc = time.Local
	}
	lt := t.In(loc)
	if lt.Hour() < rollover {
		lt = lt.AddDate(0, 0, -1)
	}
	return lt.Date()
}

// StudyDay is the study day t falls in, written "2006-01-02": days roll
// over at rollover o'clock in loc, not at midnight, so that a late
// evening's reviews count for the day they began. Everything that groups
// by day (the scheduler, the daily limits, the streak, the stored daily
// totals) goes through it.
func StudyDay(t time.Time, loc *time.Location, rollover int) string {
	y, m, d := studyDate(t, loc, rollover)
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// DayStart is the moment the study day holding t began.
func DayStart(t time.Time, loc *time.Location, rollover int) time.Time {
	if loc == nil {
		loc = time.Local
	}
	y, m, d := studyDate(t, loc, rollover)
	return time.Date(y, m, d, rollover, 0, 0, 0, loc)
}

// dayNumber numbers the study day t falls in (days since 1970-01-01).
func dayNumber(t time.Time, loc *time.Location, rollover int) int {
	y, m, d := studyDate(t, loc, rollover)
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// DayStart is when the study day holding t began, with the scheduler's
// rollover and location.
func (s *Scheduler) DayStart(t time.Time) time.Time {
	return DayStart(t, s.P.Location, s.P.RolloverHour)
}
