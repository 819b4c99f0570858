package quiz

import (
	"fmt"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterwise/chapterwise/quiz/internal/rescan"
	"github.com/chapterwise/chapterwise/quiz/names"
)

// Granularity is how precise a date is.
type Granularity string

// The granularities of dates.
const (
	Day     Granularity = "day"
	Month   Granularity = "month"
	Year    Granularity = "year"
	Decade  Granularity = "decade"
	Century Granularity = "century"
)

// DateValue is what a date phrase means: a span of years at a granularity.
type DateValue struct {
	Year, YearEnd int
	Month, Day    int // when known
	// EndMonth and EndDay close a range of months or days ("17 July to 2 August 1945")
	EndMonth, EndDay int
	Granularity      Granularity
	Part             string // "early", "mid", "late", "first two quarters"… for display
}

// Equal reports whether two dates cover the same years at the same grain.
func (d DateValue) Equal(o DateValue) bool {
	return d.Year == o.Year && d.YearEnd == o.YearEnd && d.Month == o.Month && d.Day == o.Day &&
		d.EndMonth == o.EndMonth && d.EndDay == o.EndDay
}

// Overlaps reports whether two dates share a year, so that either could
// answer a question about the other.
func (d DateValue) Overlaps(o DateValue) bool {
	return d.Year <= o.YearEnd && o.Year <= d.YearEnd
}

// String is the canonical form of the date: "1986", "March 2024",
// "27 May 2024", "the 1990s", "1948–1989", "the 21st century".
func (d DateValue) String() string {
	switch d.Granularity {
	case Day:
		if d.EndMonth > 0 {
			return fmt.Sprintf("%s – %d %s %d", d.rangeStart(fmt.Sprintf("%d %s", d.Day, monthNames[d.Month-1])), d.EndDay, monthNames[d.EndMonth-1], d.YearEnd)
		}
		return fmt.Sprintf("%d %s %d", d.Day, monthNames[d.Month-1], d.Year)
	case Month:
		if d.EndMonth > 0 {
			return fmt.Sprintf("%s – %s %d", d.rangeStart(monthNames[d.Month-1]), monthNames[d.EndMonth-1], d.YearEnd)
		}
		return fmt.Sprintf("%s %d", monthNames[d.Month-1], d.Year)
	case Decade:
		if d.YearEnd-d.Year > 10 {
			return fmt.Sprintf("the %ds–%ds", d.Year, d.YearEnd-9)
		}
		if d.Part != "" {
			return fmt.Sprintf("the %s %ds", d.Part, d.Year)
		}
		return fmt.Sprintf("the %ds", d.Year)
	case Century:
		n := d.YearEnd / 100
		return fmt.Sprintf("the %d%s century", n, ordinalSuffix(n))
	}
	if d.YearEnd != d.Year {
		return fmt.Sprintf("%d–%d", d.Year, d.YearEnd)
	}
	return strconv.Itoa(d.Year)
}

// rangeStart is the first end of a range, with its year when the range
// spans years.
func (d DateValue) rangeStart(s string) string {
	if d.Year != d.YearEnd {
		return fmt.Sprintf("%s %d", s, d.Year)
	}
	return s
}

func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`

func monthNumber(s string) int {
	s = strings.TrimSuffix(s, ".")
	for i, m := range monthNames {
		if strings.HasPrefix(m, s) && len(s) >= 3 {
			return i + 1
		}
	}
	return 0
}

const decadeRE = `(?:(early-mid|mid-late|early|mid|late)[- ])?(\d{3}0)(?:s|'s|’s)`

const centuryRE = `(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second))[ -][Cc]entury\b`

// rangeRE joins the two ends of a range.
const rangeRE = ` ?(?:to|until|till|through|–|—|-) ?`

// partRE is a part of a year or a century written before it.
const partRE = `((?:very )?(?:beginning|start|end|middle|turn|spring|summer|autumn|fall|winter|first half|second half|(?:first|second|third|fourth|last|final|latter|early|middle)(?: (?:two|three|few))? (?:quarters?|half|halves|months|weeks|part)))`

var wordOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22}

// dateMatch is a date found in a text, with its byte range. A date
// written without its year ("26 May", "March of ’68") is partial until a
// year near it completes it.
type dateMatch struct {
	Span
	Value   DateValue
	partial bool
	yy      int // the two digits of "’68", or -1
}

// match is one regexp match of a date rule in a text.
type match struct {
	text string
	m    []int
}

func (x match) g(i int) string {
	if x.m[2*i] < 0 {
		return ""
	}
	return x.text[x.m[2*i]:x.m[2*i+1]]
}

func (x match) num(i int) int {
	n, _ := strconv.Atoi(x.g(i))
	return n
}

// yearOK reports whether group i reads as a year where it stands.
func (x match) yearOK(i int) bool {
	return x.m[2*i] >= 0 && yearContextOK(x.text, x.m[2*i], x.m[2*i+1])
}

func (x match) day(i int) (int, bool) {
	d := x.num(i)
	return d, d >= 1 && d <= 31
}

// dateRule is one way of writing a date: a pattern, what a match means,
// examples that must give the date in [brackets] and counter-examples in
// which the rule must find nothing.
type dateRule struct {
	name string
	re   *rescan.Regexp
	from int // the group where the date's text starts (0: the whole match)
	// any lists words one of which the text must hold for the rule to be
	// tried at all (a cheap filter before the pattern; nil: always tried)
	any []string
	// gate, when set, is a test cheaper than the pattern that every text
	// the pattern matches passes: the rule is tried only where it holds
	// (TestDateGates, FuzzDateGates)
	gate func(text string) bool
	// month says the pattern holds a month's name (monthRE): the rule is
	// tried only where hasMonthName holds (TestDateGates, FuzzDateGates)
	month bool
	// scan, when set, finds what re finds, read by hand (re is the oracle:
	// TestDateScanners, FuzzDateScanners)
	scan     func(text string) [][]int
	anyMask  uint32 // the bits of any in anyLiterals
	value    func(x match) (dateMatch, bool)
	examples []string
	not      []string
}

func full(v DateValue) (dateMatch, bool) { return dateMatch{Value: v, yy: -1}, true }

func partial(v DateValue) (dateMatch, bool) { return dateMatch{Value: v, partial: true, yy: -1}, true }

func century(x match, num, word int) int {
	if n := x.num(num); n > 0 {
		return n
	}
	return wordOrdinals[strings.ToLower(x.g(word))]
}

// dateRules are tried in order; a later rule never takes text an earlier
// one matched, so ranges come before their ends and days before months.
var dateRules = []dateRule{
	{
		name:  "day-month range",
		month: true,
		gate:  hasTwoMonthNames,
		re:    rescan.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)? ` + monthRE + `(?:,? (\d{4}))?` + rangeRE + `(\d{1,2})(?:st|nd|rd|th)? ` + monthRE + `,? (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			d1, ok1 := x.day(1)
			d2, ok2 := x.day(4)
			y1, y2 := x.num(3), x.num(6)
			if y1 == 0 {
				y1 = y2
			}
			if !ok1 || !ok2 {
				return dateMatch{}, false
			}
			return full(DateValue{Year: y1, YearEnd: y2, Month: monthNumber(x.g(2)), Day: d1, EndMonth: monthNumber(x.g(5)), EndDay: d2, Granularity: Day})
		},
		examples: []string{"The conference met from [17 July to 2 August 1945] at Potsdam.", "The war lasted from [3 March 1951 to 14 May 1953]."},
		not:      []string{"Chapters 3 to 14 cover it."},
	},
	{
		name:  "month-day range",
		month: true,
		gate:  hasTwoMonthNames,
		re:    rescan.MustCompile(`\b` + monthRE + ` (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?` + rangeRE + monthRE + ` (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?\b`),
		value: func(x match) (dateMatch, bool) {
			d1, ok1 := x.day(2)
			d2, ok2 := x.day(5)
			if !ok1 || !ok2 {
				return dateMatch{}, false
			}
			y1, y2 := x.num(3), x.num(6)
			if y1 == 0 {
				y1 = y2
			}
			v := DateValue{Year: y1, YearEnd: y2, Month: monthNumber(x.g(1)), Day: d1, EndMonth: monthNumber(x.g(4)), EndDay: d2, Granularity: Day}
			if y2 == 0 {
				return partial(v)
			}
			return full(v)
		},
		examples: []string{"In 1956 fighting went on from [October 24 until November 7].", "It ran from [March 3, 1951 to May 14, 1953]."},
	},
	{
		name:  "days of one month",
		month: true,
		re:    rescan.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?` + rangeRE + `(\d{1,2})(?:st|nd|rd|th)? ` + monthRE + `,? (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			d1, ok1 := x.day(1)
			d2, ok2 := x.day(2)
			if !ok1 || !ok2 || d2 <= d1 {
				return dateMatch{}, false
			}
			y := x.num(4)
			m := monthNumber(x.g(3))
			return full(DateValue{Year: y, YearEnd: y, Month: m, Day: d1, EndMonth: m, EndDay: d2, Granularity: Day})
		},
		examples: []string{"He met Kim in Pyongyang from [13 to 15 June 2000]."},
	},
	{
		name:  "month range",
		month: true,
		gate:  hasTwoMonthNames,
		re:    rescan.MustCompile(`\b(?:[Ff]rom )?` + monthRE + `(?:,? (\d{4}))?` + rangeRE + monthRE + `,? (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			y1, y2 := x.num(2), x.num(4)
			if y1 == 0 {
				y1 = y2
			}
			return full(DateValue{Year: y1, YearEnd: y2, Month: monthNumber(x.g(1)), EndMonth: monthNumber(x.g(3)), Granularity: Month})
		},
		examples: []string{"Aid flowed [from July 1945 through June 1946].", "The airlift ran [from March to June 1948].", "Talks ran [March–June 1948]."},
	},
	{
		name:  "day month year",
		month: true,
		re:    rescan.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)? ` + monthRE + `,? (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			d, ok := x.day(1)
			if !ok {
				return dateMatch{}, false
			}
			y := x.num(3)
			return full(DateValue{Year: y, YearEnd: y, Month: monthNumber(x.g(2)), Day: d, Granularity: Day})
		},
		examples: []string{"Signed on [27 May 2024] in Geneva.", "It fell on [1st September 1939]."},
		not:      []string{"It took 45 May Street offices."},
	},
	{
		name:  "month day year",
		month: true,
		re:    rescan.MustCompile(`\b` + monthRE + ` (\d{1,2})(?:st|nd|rd|th)?, (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			d, ok := x.day(2)
			if !ok {
				return dateMatch{}, false
			}
			y := x.num(3)
			return full(DateValue{Year: y, YearEnd: y, Month: monthNumber(x.g(1)), Day: d, Granularity: Day})
		},
		examples: []string{"Signed on [May 27, 2024] in Geneva."},
	},
	{
		name:  "day and month without a year",
		month: true,
		re:    rescan.MustCompile(`\b(?:(\d{1,2})(?:st|nd|rd|th)? ` + monthRE + `|` + monthRE + ` (\d{1,2})(?:st|nd|rd|th)?)\b`),
		value: func(x match) (dateMatch, bool) {
			di, mi := 1, 2
			if x.g(1) == "" {
				di, mi = 4, 3
			}
			d, ok := x.day(di)
			if !ok {
				return dateMatch{}, false
			}
			if e := x.m[1]; e < len(x.text) && (x.text[e] == ',' || x.text[e] == '-') && e+1 < len(x.text) && strings.ContainsAny(x.text[e+1:min(e+3, len(x.text))], "0123456789") {
				return dateMatch{}, false
			}
			return partial(DateValue{Month: monthNumber(x.g(mi)), Day: d, Granularity: Day})
		},
		examples: []string{"In 1972 the treaty was signed in Moscow on [26 May].", "Troops crossed in 1968; on [August 21] they reached Prague.", "In 1945 the list was due by [1st September]."},
		not:      []string{"On 26 May the shop closes.", "The shop opens on May 1 every year."},
	},
	{
		name:  "month of a two-digit year",
		month: true,
		re:    rescan.MustCompile(`\b` + monthRE + ` of ['’](\d{2})\b`),
		value: func(x match) (dateMatch, bool) {
			d, _ := partial(DateValue{Month: monthNumber(x.g(1)), Granularity: Month})
			d.yy = x.num(2)
			return d, true
		},
		examples: []string{"Reformers, from 1966 to the [March of ’68] congress, pressed on."},
	},
	{
		name:  "month year",
		month: true,
		re:    rescan.MustCompile(`\b` + monthRE + `,? (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			y := x.num(2)
			return full(DateValue{Year: y, YearEnd: y, Month: monthNumber(x.g(1)), Granularity: Month})
		},
		examples: []string{"A delegation came in [March 2024]."},
	},
	{
		name: "part of a year",
		gate: hasOfDigit,
		re:   rescan.MustCompile(`\b(?:[Tt]he )?` + partRE + ` of (\d{4})(?:[–—-](\d{4}|\d{2}))?\b`),
		value: func(x match) (dateMatch, bool) {
			y := x.num(2)
			end := yearEnd(y, x.g(3))
			if end < y {
				return dateMatch{}, false
			}
			return full(DateValue{Year: y, YearEnd: end, Granularity: Year, Part: strings.ToLower(x.g(1))})
		},
		examples: []string{"Within [the first two quarters of 2024] alone, it acted.", "By [the end of 1949] the war was won.",
			"Food ran short in [the winter of 1946–47].", "The crisis came in [the spring of 1947]."},
	},
	{
		name: "season and year",
		gate: hasSeasonYear,
		re:   rescan.MustCompile(`\b(?:[Tt]he )?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter) (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			if !x.yearOK(2) {
				return dateMatch{}, false
			}
			y := x.num(2)
			return full(DateValue{Year: y, YearEnd: y, Granularity: Year, Part: strings.ToLower(x.g(1))})
		},
		examples: []string{"The region was evacuated in [winter 1945]."},
	},
	{
		name: "fiscal year",
		any:  []string{"FY", "iscal"},
		re:   rescan.MustCompile(`\b(?:FY ?|[Ff]iscal (?:[Yy]ear )?)(\d{4})(?:[/–-](\d{2}|\d{4}))?\b`),
		value: func(x match) (dateMatch, bool) {
			y := x.num(1)
			return full(DateValue{Year: y, YearEnd: yearEnd(y, x.g(2)), Granularity: Year, Part: "fiscal year"})
		},
		examples: []string{"Funding fell in [FY2004].", "The budget for [fiscal year 1998] was cut.", "Spending in [FY 2010–11] rose."},
	},
	{
		name: "years from … to …",
		any:  []string{"rom "},
		re:   rescan.MustCompile(`\b(?:[Ff]rom )(\d{4}) (?:to|until|till|through) (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			a, b := x.num(1), x.num(2)
			if b <= a || !plausibleYear(b) {
				return dateMatch{}, false
			}
			return full(DateValue{Year: a, YearEnd: b, Granularity: Year})
		},
		examples: []string{"The mission ran [from 2007 to 2011]."},
	},
	{
		name: "years between … and …",
		any:  []string{"etween "},
		re:   rescan.MustCompile(`\b[Bb]etween ((\d{4}) and (\d{4}))\b`),
		from: 1,
		value: func(x match) (dateMatch, bool) {
			a, b := x.num(2), x.num(3)
			if b <= a || !plausibleYear(b) {
				return dateMatch{}, false
			}
			return full(DateValue{Year: a, YearEnd: b, Granularity: Year})
		},
		examples: []string{"Ratified between [1994 and 1996] by most states."},
		not:      []string{"Between 2000 and 3000 troops died."},
	},
	{
		name: "years … to … ",
		any:  []string{" to ", " until ", " through "},
		re:   rescan.MustCompile(`\b(\d{4}) (?:to|until|through) (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			a, b := x.num(1), x.num(2)
			if b <= a || b-a > 200 || !x.yearOK(1) || !x.yearOK(2) {
				return dateMatch{}, false
			}
			return full(DateValue{Year: a, YearEnd: b, Granularity: Year})
		},
		examples: []string{"Tests went on [1964 through 1996]."},
	},
	{
		name: "two consecutive years",
		any:  []string{" and "},
		re:   rescan.MustCompile(`\b(\d{4}) and (\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			a, b := x.num(1), x.num(2)
			before := strings.TrimRight(x.text[:x.m[0]], " ")
			if b != a+1 || !x.yearOK(1) || !x.yearOK(2) || strings.HasSuffix(before, ",") {
				return dateMatch{}, false
			}
			return full(DateValue{Year: a, YearEnd: b, Granularity: Year})
		},
		examples: []string{"The war, fought in [1894 and 1895], settled nothing."},
		not:      []string{"Tests were held in 1961, 1962 and 1963."},
	},
	{
		name: "two decades",
		any:  []string{"0s", "0's", "0’s"},
		gate: hasTwoDecades,
		re:   rescan.MustCompile(`\b(?:[Tt]he )?` + decadeRE + ` (?:and|to|through|until|and into|into) (?:the )?` + decadeRE),
		value: func(x match) (dateMatch, bool) {
			a, b := x.num(2), x.num(4)
			if b <= a {
				return dateMatch{}, false
			}
			return full(DateValue{Year: a, YearEnd: b + 9, Granularity: Decade, Part: x.g(1)})
		},
		examples: []string{"Agents struck in [the late 1970s and early 1980s].", "Throughout [the late 1950s and into the 1960s], work went on."},
	},
	{
		name: "decade",
		any:  []string{"0s", "0's", "0’s"},
		re:   rescan.MustCompile(`\b(?:[Tt]he )?` + decadeRE),
		value: func(x match) (dateMatch, bool) {
			a := x.num(2)
			return full(DateValue{Year: a, YearEnd: a + 9, Granularity: Decade, Part: x.g(1)})
		},
		examples: []string{"Relations worsened in [the 1980s].", "It was founded in [the mid-1920s].", "Reform grew in [the early-mid 1960s]."},
	},
	{
		name: "two-digit decade",
		gate: hasTwoDigitDecade,
		re:   rescan.MustCompile(`\b(?:[Tt]he )?(?:(early|mid|late)[- ])?['’](\d0)s\b`),
		value: func(x match) (dateMatch, bool) {
			d, _ := partial(DateValue{Granularity: Decade, Part: x.g(1)})
			d.yy = x.num(2)
			return d, true
		},
		examples: []string{"Protests grew in [the late ’60s] across Europe.", "In 1975 people recalled [the ’50s] fondly."},
	},
	{
		name: "century",
		any:  []string{"entury"},
		re:   rescan.MustCompile(`\b(?:(?:[Tt]he )?(beginning|start|end|middle|turn) of )?(?:[Tt]he )?(?:(early|mid|late)[- ])?` + centuryRE),
		value: func(x match) (dateMatch, bool) {
			n := century(x, 3, 4)
			if n < 11 || n > 22 {
				return dateMatch{}, false
			}
			part := x.g(2)
			if x.g(1) != "" {
				part = strings.ToLower(x.g(1))
			}
			return full(DateValue{Year: (n-1)*100 + 1, YearEnd: n * 100, Granularity: Century, Part: part})
		},
		examples: []string{"[The 21st Century] began quietly.", "It happened in [the nineteenth century].", "Since [the beginning of the seventeenth century], Japan was closed."},
		not:      []string{"The 18th Meeting of the Commission opened."},
	},
	{
		name: "early, mid or late year",
		any:  []string{"early", "mid", "late"},
		re:   rescan.MustCompile(`\b(early|mid|late)[- ](\d{4})\b`),
		value: func(x match) (dateMatch, bool) {
			if !x.yearOK(2) {
				return dateMatch{}, false
			}
			y := x.num(2)
			return full(DateValue{Year: y, YearEnd: y, Granularity: Year, Part: x.g(1)})
		},
		examples: []string{"Talks resumed in [early 1950]."},
	},
	{
		name: "year range",
		re:   rescan.MustCompile(`\b(\d{4}) ?[–—/-] ?(\d{4}|\d{2})\b`),
		value: func(x match) (dateMatch, bool) {
			a := x.num(1)
			b := yearEnd(a, x.g(2))
			slash := strings.Contains(x.text[x.m[3]:x.m[4]], "/")
			t := strings.ReplaceAll(x.text, "/", "-") // a season "1998/99" reads as a range
			if b <= a || b-a >= 200 || slash && b != a+1 || !yearContextOK(t, x.m[2], x.m[3]) || !yearContextOK(t, x.m[4], x.m[5]) {
				return dateMatch{}, false
			}
			return full(DateValue{Year: a, YearEnd: b, Granularity: Year})
		},
		examples: []string{"During the Cold War, [1948–1989], ties held.", "The [1946–47] winter was hard.", "The [1998/99] season ended."},
		not:      []string{"See pages 275-297 for details.", "Read https://example.org/2024/03/report-1998.html today."},
	},
	{
		name: "year",
		re:   rescan.MustCompile(`\b(\d{4})\b`),
		scan: yearSpans,
		value: func(x match) (dateMatch, bool) {
			if !x.yearOK(1) {
				return dateMatch{}, false
			}
			y := x.num(1)
			return full(DateValue{Year: y, YearEnd: y, Granularity: Year})
		},
		examples: []string{"Kim Il Sung visited Mongolia in [1986] as ties frayed.", "It was the [1998] general election.",
			"The [1951] children's film Duck and Cover is an example.", "After the [1998] elections the party fell."},
		not: []string{"UN Security Council Resolution 2231 was adopted.", "About 1500 troops and 2000 people took part.",
			"It cost $2000 in total.", "A population of 1,986,000 lives there.", "He scored 2012 points.",
			"Thereafter, JCS 1067 was replaced."},
	},
}

// yearEnd reads the end of a range after a start year: "47" after 1946 is 1947.
func yearEnd(start int, end string) int {
	if end == "" {
		return start
	}
	b, _ := strconv.Atoi(end)
	if len(end) == 2 {
		b = start/100*100 + b
		if b < start {
			b += 100
		}
	}
	return b
}

func plausibleYear(y int) bool { return y >= 1000 && y <= 2100 }

// FindDates returns the date phrases in text in order. Numbers that only
// look like years (resolution and document numbers, counts, amounts,
// identifiers in addresses) are not dates; neither are durations. A day
// and month without a year take the year of a date before them in text
// (or else after them); a second mention of the same date is left out.
func FindDates(text string) []dateMatch {
	found := findDates(text)
	resolveDates(found, 0)
	out := found[:0]
	for _, f := range found {
		if !f.partial {
			out = append(out, f)
		}
	}
	return dedupeDates(out)
}

// findDates returns every date phrase in text, partial ones included.
func findDates(text string) []dateMatch {
	if !holdsDigit(text) && !strings.Contains(text, "entury") {
		return nil
	}
	var found []dateMatch
	taken := func(s, e int) bool {
		for _, f := range found {
			if s < f.End && f.Start < e {
				return true
			}
		}
		return false
	}
	// the rules' word lists are searched for in one pass, the month names
	// once, when a rule first needs them
	lits := anyLiteralsIn(text)
	monthKnown, month := false, false
	for _, r := range dateRules {
		if r.any != nil && lits&r.anyMask == 0 {
			continue
		}
		if r.month {
			if !monthKnown {
				month, monthKnown = hasMonthName(text), true
			}
			if !month {
				continue
			}
		}
		if r.gate != nil && !r.gate(text) {
			continue
		}
		var ms [][]int
		if r.scan != nil {
			ms = r.scan(text)
		} else {
			ms = r.re.FindAllStringSubmatchIndex(text)
		}
		for _, m := range ms {
			if inAddress(text, m[0]) {
				continue
			}
			d, ok := r.value(match{text, m})
			s, e := m[2*r.from], m[2*r.from+1]
			if !ok || taken(s, e) {
				continue
			}
			if !d.partial && (!plausibleYear(d.Value.Year) || d.Value.YearEnd < d.Value.Year) {
				continue
			}
			d.Span = Span{s, e}
			found = append(found, d)
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Start < found[j].Start })
	return found
}

// holdsDigit is strings.ContainsAny(s, "0123456789") without building
// the set on every call.
func holdsDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isASCIIDigit(s[i]) {
			return true
		}
	}
	return false
}

// anyLiterals are the words of every rule's any list, once each;
// anyFirst and anySecond hold the bits of those whose first and second
// byte is the index (a word of one byte has every second byte).
var anyLiterals, anyFirst, anySecond = func() ([]string, [256]uint32, [256]uint32) {
	var lits []string
	var first, second [256]uint32
	at := map[string]int{}
	for i := range dateRules {
		for _, w := range dateRules[i].any {
			k, ok := at[w]
			if !ok {
				k = len(lits)
				if k >= 32 || w == "" {
					panic("dates: too many any words, or an empty one")
				}
				at[w] = k
				lits = append(lits, w)
				first[w[0]] |= 1 << k
				if len(w) == 1 {
					for b := range second {
						second[b] |= 1 << k
					}
				} else {
					second[w[1]] |= 1 << k
				}
			}
			dateRules[i].anyMask |= 1 << k
		}
	}
	return lits, first, second
}()

// anyLiteralsIn returns a bit for each of anyLiterals in s: one pass
// instead of a strings.Contains of each word of each rule.
func anyLiteralsIn(s string) uint32 {
	var found uint32
	for i := 0; i+1 < len(s); i++ {
		for c := anyFirst[s[i]] & anySecond[s[i+1]] &^ found; c != 0; c &= c - 1 {
			k := bits.TrailingZeros32(c)
			if strings.HasPrefix(s[i:], anyLiterals[k]) {
				found |= 1 << k
			}
		}
	}
	if n := len(s); n > 0 { // a word of one byte at the end
		for c := anyFirst[s[n-1]] &^ found; c != 0; c &= c - 1 {
			if k := bits.TrailingZeros32(c); anyLiterals[k] == s[n-1:] {
				found |= 1 << k
			}
		}
	}
	return found
}

// monthOfStem is each month's name by its first three letters.
var monthOfStem = map[string]string{"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "May": "May",
	"Jun": "June", "Jul": "July", "Aug": "August", "Sep": "September", "Oct": "October", "Nov": "November", "Dec": "December"}

// hasTwoMonthNames reports two of monthRE's names or abbreviations in s,
// which a range of months holds ("17 July to 2 August 1945").
func hasTwoMonthNames(s string) bool { return monthNamesIn(s, 2) >= 2 }

// hasTwoDecades reports two decades' "0s", "0's" or "0’s" in s, which
// "the 1970s and 1980s" holds.
func hasTwoDecades(s string) bool {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '0' && (s[i+1] == 's' || strings.HasPrefix(s[i+1:], "'s") || strings.HasPrefix(s[i+1:], "’s")) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// hasMonthName reports one of monthRE's names or abbreviations in s
// ("March", "Mar.", "Sept."), which every match of the month rules holds:
// a stricter gate than the first three letters ("Marshall", "Decision").
func hasMonthName(s string) bool { return monthNamesIn(s, 1) >= 1 }

// monthNamesIn counts the places in s where one of monthRE's names or
// abbreviations starts, up to most.
func monthNamesIn(s string, most int) int {
	n := 0
	for i := 0; i+3 <= len(s); i++ {
		a, b, c := s[i], s[i+1], s[i+2]
		if a-'A' >= 26 || b-'a' >= 26 || c-'a' >= 26 || !isMonthStem[int(a-'A')*676+int(b-'a')*26+int(c-'a')] {
			continue
		}
		rest := s[i:]
		if strings.HasPrefix(rest, monthOfStem[rest[:3]]) || len(rest) > 3 && rest[3] == '.' || strings.HasPrefix(rest, "Sept.") {
			if n++; n == most {
				return n
			}
		}
	}
	return n
}

// yearSpans is `\b(\d{4})\b` (the year rule) read by hand: runs of exactly
// four ASCII digits with no letter, digit or "_" on either side.
func yearSpans(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			continue
		}
		j := i + 1
		for j < len(s) && isASCIIDigit(s[j]) {
			j++
		}
		if j-i == 4 && (i == 0 || !wordByte(s[i-1])) && (j == len(s) || !wordByte(s[j])) {
			out = append(out, []int{i, j, i, j})
		}
		i = j
	}
	return out
}

// wordByte reports a byte of `\w`: an ASCII letter, digit or "_".
func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isASCIIDigit(c) || c == '_'
}

// monthStems are the first letters of every month name and abbreviation.
var monthStems = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// isMonthStem holds, for each three ASCII letters "Xyz" (26×26×26, by
// letter), whether they are one of monthStems (hasMonthName).
var isMonthStem = func() (t [26 * 26 * 26]bool) {
	for _, m := range monthStems {
		t[int(m[0]-'A')*676+int(m[1]-'a')*26+int(m[2]-'a')] = true
	}
	return t
}()

// hasOfDigit reports " of " before a digit: "the spring of 1948".
func hasOfDigit(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], " of ")
		if k < 0 {
			return false
		}
		i += k + 4
		if i < len(s) && isASCIIDigit(s[i]) {
			return true
		}
		i -= 1 // " of of 1948": the space may open the next
	}
}

// hasSeasonYear reports a digit after a space after "pring", "ummer",
// "utumn", "all" or "inter": "spring 1948", "the Fall 1962".
func hasSeasonYear(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != ' ' || !isASCIIDigit(s[i+1]) {
			continue
		}
		b := s[:i]
		if strings.HasSuffix(b, "all") || strings.HasSuffix(b, "pring") || strings.HasSuffix(b, "ummer") ||
			strings.HasSuffix(b, "utumn") || strings.HasSuffix(b, "inter") {
			return true
		}
	}
	return false
}

// hasTwoDigitDecade reports an apostrophe before a digit, "0" and "s":
// "’60s", "'90s".
func hasTwoDigitDecade(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], "0s")
		if k < 0 {
			return false
		}
		k += i
		if k >= 2 && isASCIIDigit(s[k-1]) && (s[k-2] == '\'' || k >= 4 && s[k-4:k-1] == "’") {
			return true
		}
		i = k + 1
	}
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func hasAnyOf(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// resolveDates gives partial dates a year: the year of the nearest full
// date before them, else after them in the same list, else ctx (0: none).
func resolveDates(ds []dateMatch, ctx int) {
	for i := range ds {
		if !ds[i].partial {
			continue
		}
		y := ctx
		for j := i - 1; j >= 0; j-- {
			if !ds[j].partial && ds[j].Value.Granularity != Decade && ds[j].Value.Granularity != Century {
				y = ds[j].Value.YearEnd
				break
			}
		}
		if y == 0 {
			for j := i + 1; j < len(ds); j++ {
				if !ds[j].partial && ds[j].Value.Granularity != Decade && ds[j].Value.Granularity != Century {
					y = ds[j].Value.Year
					break
				}
			}
		}
		completeDate(&ds[i], y)
	}
}

// completeDate sets a partial date's year from a year near it.
func completeDate(d *dateMatch, y int) {
	if d.yy >= 0 {
		c := 1900
		if y > 0 {
			c = y / 100 * 100
		}
		y = c + d.yy
	}
	if !plausibleYear(y) {
		return
	}
	d.Value.Year, d.Value.YearEnd = y, y
	if d.Value.Granularity == Decade {
		d.Value.YearEnd = y + 9
	}
	d.partial = false
}

// inName reports a date that ends a name ("the Moscow Declaration of
// October 1943", "the Constitution of 1949"): it dates the thing named,
// not the time the text is telling of.
func inName(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	if !strings.HasSuffix(before, " of") {
		return false
	}
	w := lastWord(strings.TrimSuffix(before, " of"))
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// dedupeDates leaves out a second mention of the same date.
func dedupeDates(ds []dateMatch) []dateMatch {
	out := ds[:0]
	for i, d := range ds {
		dup := false
		for _, o := range ds[:i] {
			if o.Value.Equal(d.Value) && o.Value.Granularity == d.Value.Granularity {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, d)
		}
	}
	return out
}

// inAddress reports whether position i is inside a web address or path.
func inAddress(text string, i int) bool {
	s := strings.LastIndexAny(text[:i], " \t\n(") + 1
	e := strings.IndexAny(text[i:], " \t\n)")
	if e < 0 {
		e = len(text)
	} else {
		e += i
	}
	tok := text[s:e]
	return strings.Contains(tok, "://") || strings.Contains(tok, "www.") || strings.Count(tok, "/") >= 2 ||
		strings.Contains(tok, "doi.") || strings.Contains(tok, "@")
}

// Words before a number that make it an identifier or an amount.
var numberWords = map[string]bool{
	"no": true, "no.": true, "nos": true, "number": true, "numbers": true, "resolution": true, "resolutions": true,
	"decree": true, "order": true, "law": true, "act": true, "article": true, "articles": true, "section": true,
	"chapter": true, "page": true, "pages": true, "p.": true, "pp.": true, "isbn": true, "issn": true,
	"code": true, "room": true, "flight": true, "route": true, "model": true, "version": true, "v.": true,
	"vol.": true, "volume": true, "paragraph": true, "clause": true, "directive": true, "regulation": true,
	"bill": true, "h.r.": true, "s.": true, "document": true, "report": true, "item": true, "id": true,
	"circular": true, "motion": true, "case": true, "file": true, "ref": true, "reference": true, "op.": true,
}

// Words after a number that make it a count, amount or measure.
var unitWords = map[string]bool{
	"people": true, "persons": true, "troops": true, "soldiers": true, "men": true, "women": true,
	"children": true, "km": true, "kilometres": true, "kilometers": true, "miles": true, "metres": true,
	"meters": true, "feet": true, "tons": true, "tonnes": true, "dollars": true, "euros": true, "yuan": true,
	"members": true, "votes": true, "cases": true, "deaths": true, "times": true, "units": true,
	"words": true, "pages": true, "years": true, "days": true, "hours": true, "copies": true,
	"million": true, "billion": true, "thousand": true, "hectares": true, "acres": true, "kg": true,
	"mw": true, "seats": true, "students": true, "students.": true, "delegates": true, "of": false,
}

// Plural nouns of events: after a year they name the events of that year
// ("the 1998 elections"), not a count.
var eventPlurals = map[string]bool{"elections": true, "games": true, "talks": true, "protests": true,
	"riots": true, "floods": true, "negotiations": true, "summits": true, "hearings": true, "reforms": true,
	"accords": true, "sanctions": true, "attacks": true, "bombings": true, "strikes": true, "purges": true,
	"trials": true, "polls": true, "midterms": true, "olympics": true, "championships": true, "uprisings": true,
	"demonstrations": true, "celebrations": true, "commemorations": true, "amendments": true, "agreements": true}

// Words after a number that do not make it a count even though they end in s.
var notPlural = map[string]bool{"as": true, "was": true, "is": true, "has": true, "its": true, "this": true,
	"his": true, "saw": true, "always": true, "thus": true, "plus": true, "across": true, "towards": true,
	"afterwards": true, "whereas": true, "onwards": true, "besides": true, "us": true, "yes": true}

// yearContextOK reports whether the four digits at [s, e) stand as a year
// rather than as an identifier, amount or count.
func yearContextOK(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsDigit(r) || strings.ContainsRune("$€£¥#№,.:/_", r) || unicode.IsLetter(r) {
			return false
		}
		if r == '-' || r == '–' {
			// "COVID-2019"-like identifiers, or a range's end handled elsewhere.
			before := strings.TrimRight(text[:s], "-– ")
			if br, _ := utf8.DecodeLastRuneInString(before); unicode.IsLetter(br) {
				return false
			}
		}
	}
	if e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if unicode.IsDigit(r) || unicode.IsLetter(r) || r == '%' || r == '/' {
			return false
		}
		if (r == ',' || r == '.') && e+size < len(text) {
			if r2, _ := utf8.DecodeRuneInString(text[e+size:]); unicode.IsDigit(r2) {
				return false
			}
		}
	}
	prevWord := lastWord(text[:s])
	prev := strings.ToLower(prevWord)
	if numberWords[prev] || numberWords[strings.TrimSuffix(prev, ".")] || isAcronym(prevWord) {
		return false
	}
	next := firstWord(text[e:])
	low := strings.ToLower(strings.TrimRight(next, ".,;:)"))
	if unitWords[low] {
		return false
	}
	possessive := strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s")
	if low != "" && strings.TrimRight(next, ".,;:)") == low && strings.HasSuffix(low, "s") && !notPlural[low] && !possessive && !eventPlurals[low] && len(low) > 3 {
		return false
	}
	return true
}

func lastWord(s string) string { return names.LastWord(s) }

func firstWord(s string) string { return names.FirstWord(s) }

// ParseDate reads a typed date answer such as "1986", "in 1986", "the
// 1990's" or "March 2024".
func ParseDate(s string) (DateValue, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return DateValue{}, false
	}
	ms := FindDates(s)
	if len(ms) == 0 {
		// A bare year typed on its own has no context to check.
		if y, err := strconv.Atoi(strings.Trim(s, " .")); err == nil && plausibleYear(y) {
			return DateValue{Year: y, YearEnd: y, Granularity: Year}, true
		}
		return DateValue{}, false
	}
	return ms[0].Value, true
}

// isAcronym reports a word of three to five capital letters ("JCS", "NSC"):
// before a number it names a document series, not a year.
func isAcronym(w string) bool {
	if len(w) < 3 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// dateFacts finds the dates of the article's sentences. A day and month
// written without a year take it from their sentence, else from the last
// date before them in their paragraph when it falls within the dates of
// the chapter's title ("1956 Hungarian crisis"), else from that title,
// else from the last date before them in the chapter.
func dateFacts(a *Article, sents []sentenceRef) []Fact {
	var facts []Fact
	chapter, block := -1, -1
	var title DateValue
	inBlock, inChapter := 0, 0
	for _, s := range sents {
		if s.chapter != chapter {
			chapter, title, inChapter, block = s.chapter, DateValue{}, 0, -1
			if ds := FindDates(a.Chapters[chapter].Title); len(ds) > 0 {
				title = ds[0].Value
			}
		}
		if s.block != block {
			block, inBlock = s.block, 0
		}
		ctx := inBlock
		if title.Year != 0 && (ctx < title.Year || ctx > title.YearEnd) {
			ctx = title.Year
		}
		if ctx == 0 {
			ctx = inChapter
		}
		ds := findDates(s.text)
		resolveDates(ds, ctx)
		kept := ds[:0]
		for _, m := range ds {
			if m.partial {
				continue
			}
			kept = append(kept, m)
			if m.Value.Granularity != Decade && m.Value.Granularity != Century && !inName(s.text, m.Start) {
				inBlock, inChapter = m.Value.YearEnd, m.Value.YearEnd
			}
		}
		for _, m := range dedupeDates(kept) {
			facts = append(facts, newFact(s, DateFact, m.Span, m.Value.String(), "", m.Value))
		}
	}
	return facts
}
