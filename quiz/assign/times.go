package assign

import "time"

// MaxClockSkew is how far a student's clock may run ahead of the
// teacher's: a result submitted later than its import plus this is
// refused.
const MaxClockSkew = 15 * time.Minute

// CheckTimes refuses a result whose times cannot be true when it is
// imported at importedAt: submitted in the future (beyond MaxClockSkew),
// or started after it was submitted. A forged future time would
// otherwise make that submission count over every real later one.
func (r Result) CheckTimes(importedAt time.Time) error {
	if r.Submitted.After(importedAt.Add(MaxClockSkew)) {
		return invalid("the result says it was submitted on %s, after it was imported (%s); check the clock of the student's computer and submit again",
			r.Submitted.UTC().Format("2 Jan 2006 15:04 MST"), importedAt.UTC().Format("2 Jan 2006 15:04 MST"))
	}
	if !r.Started.IsZero() && r.Started.After(r.Submitted) {
		return invalid("the result says it was started after it was submitted")
	}
	return nil
}
