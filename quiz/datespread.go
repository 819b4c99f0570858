package quiz

import (
	"regexp"
	"strings"
)

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

// Round 17 (issue 18): "2014", the year of a survey in another chapter,
// was an option for a president's election in 1983 under the chapter
// "1980s" (China Q21): the article's nearest dates of the answer's form
// ran out near the answer and the next one came from another age. An
// option the article gives lies within the era of the answer's chapter:
// the span of the chapter's own dates and the answer's, widened by half
// that span and at least eraPadYears on each side.

// chapterEraOff turns the chapter's era off, for measuring what it
// changes.
var chapterEraOff bool

// eraPadYears is the least a chapter's era reaches past its dates: the
// years the made-up options (neighbours) move the answer by.
const eraPadYears = 7

// chapterEra is the span of years an option for fact f may take: the
// years of the dates of f's chapter (centuries left out) and of f,
// widened by half their span, at least eraPadYears. It reads the
// chapter's facts once.
func (g *generator) chapterEra(f Fact) (lo, hi int) {
	lo, hi = yearSpan(f.Date)
	for _, i := range g.byChapter[f.Chapter] {
		o := g.facts[i]
		if o.Kind != DateFact || o.Date.Year == 0 || o.Date.Granularity == Century {
			continue
		}
		l, h := yearSpan(o.Date)
		lo, hi = min(lo, l), max(hi, h)
	}
	pad := max(eraPadYears, (hi-lo)/2)
	return lo - pad, hi + pad
}

// outsideChapterEra reports an option's date that lies wholly outside
// the span [lo, hi] (chapterEra).
func outsideChapterEra(d DateValue, lo, hi int) bool {
	if chapterEraOff {
		return false
	}
	l, h := yearSpan(d)
	return h < lo || l > hi
}

// Round 18 (issue 18): "The Korean Armistice Agreement was signed in
// November 1952 after the death of Stalin" (for July 1953) and "the
// Soviets … lift their blockade in February 1950" (for May 1949): a day
// or a month moved to the neighbouring year may still cross a bound the
// sentence sets with a name alone ("after the death of Stalin"), which
// no date in the article gives. The false statement of a day or a month
// first takes another month of the same year (five months on), which
// stays within any such bound the year keeps.

// sameYearFirst puts the answer's day or month moved to another month
// of its own year before the other false dates ds; a date without a
// month's name, a range of days or months, and a year pass unchanged.
func sameYearFirst(f Fact, ds []string) []string {
	if dateSpreadOff || f.Kind != DateFact || f.Date.Granularity != Day && f.Date.Granularity != Month || f.Date.Month == 0 || f.Date.EndMonth != 0 {
		return ds
	}
	s := otherMonthDay(f.Text, f, 1)
	if s == f.Text || !reYear.MatchString(s) {
		return ds
	}
	return append([]string{s}, ds...)
}

// Round 18 (issue 18): an option never crosses a bound the stem sets. A
// "by 1952" or a "followed by … in 1956" bounds the options from above
// (dateBound, datepoint.go); an "after 1945" or a "since 1968" written
// beside the blank bounds them from below: "Since 1968, the Soviet
// Union had …, and in _____ Poland …" takes no option before 1968.

// reAfterYear finds the year of an "after"/"since" phrase: "after 1945",
// "since March 1968", "after the 1948 elections".
var reAfterYear = regexp.MustCompile(`(?i)\b(?:after|since)\s+(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?(1\d{3}|20\d{2})\b`)

// dateFloor is the latest year before or at the answer's that the
// sentence says its event comes after, outside the answer itself; 0
// when it says none.
func dateFloor(f Fact) int {
	if dateSpreadOff {
		return 0
	}
	b := 0
	from, to := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	for _, m := range reAfterYear.FindAllStringSubmatchIndex(f.Sentence, -1) {
		if m[2] >= from && m[3] <= to {
			continue // the answer's own year: "since _____"
		}
		if y := atoi(f.Sentence[m[2]:m[3]]); y <= f.Date.Year && y > b {
			b = y
		}
	}
	return b
}
