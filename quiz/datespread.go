package quiz

import "strings"

// Round 14 (issue 18): date options made up by moving the answer's year
// kept its day and month ("10 September 1992", "10 September 2000" for
// 10 September 1996, CTBT Q4), so that the answer was the midpoint of
// two of them, or the one month three options of four shared when the
// fourth came from the article ("June 1991", "June 1985", "December 1979"
// for June 1989). A made-up option now takes another month (and day), and
// none lies as far on one side of the answer as another on the other.

// dateSpreadOff turns these rules off, for measuring what they change.
var dateSpreadOff bool

// mirrored reports a made-up year that lies as far from the answer's
// year as an option already taken, on the other side.
func mirrored(answer, year int, taken []DateValue) bool {
	for _, t := range taken {
		if t.Year+year == 2*answer && t.Year != year {
			return true
		}
	}
	return false
}

// otherMonthDay writes a made-up date with another month than the
// answer's, and another day when the answer has one: the i-th option
// takes the month 3i+2 months on and the day 5i+3 days on, so no two
// options of one question share them. A date without a month's name
// passes unchanged.
func otherMonthDay(text string, f Fact, i int) string {
	if f.Date.Month == 0 || f.Date.Granularity != Day && f.Date.Granularity != Month {
		return text
	}
	for m, name := range monthNames {
		j := strings.Index(text, name)
		if j < 0 {
			continue
		}
		out := text[:j] + monthNames[(m+3*i+2)%12] + text[j+len(name):]
		if f.Date.Granularity == Day {
			out = shiftDay(out, 5*i+3)
		}
		return out
	}
	return text
}
