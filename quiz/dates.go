package quiz

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
	Granularity   Granularity
	Part          string // "early", "mid", "late", "first two quarters"… for display
}

// Equal reports whether two dates cover the same years at the same grain.
func (d DateValue) Equal(o DateValue) bool {
	return d.Year == o.Year && d.YearEnd == o.YearEnd && d.Month == o.Month && d.Day == o.Day
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
		return fmt.Sprintf("%d %s %d", d.Day, monthNames[d.Month-1], d.Year)
	case Month:
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

const decadeRE = `(?:(early|mid|late)[- ])?(\d{3}0)(?:s|'s|’s)`

var (
	reDayMonthYear = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)? ` + monthRE + `,? (\d{4})\b`)
	reMonthDayYear = regexp.MustCompile(`\b` + monthRE + ` (\d{1,2})(?:st|nd|rd|th)?, (\d{4})\b`)
	reMonthYear    = regexp.MustCompile(`\b` + monthRE + `,? (\d{4})\b`)
	rePartOfYear   = regexp.MustCompile(`\b(?:[Tt]he )?((?:first|second|third|fourth|last|final|latter|early|middle)(?: (?:two|three|few))? (?:quarters?|half|halves|months|weeks|part)) of (\d{4})\b`)
	reEarlyYear    = regexp.MustCompile(`\b(early|mid|late)[- ](\d{4})\b`)
	reDecadePair   = regexp.MustCompile(`\b(?:[Tt]he )?` + decadeRE + ` (?:and|to|through|until) (?:the )?` + decadeRE)
	reDecade       = regexp.MustCompile(`\b(?:[Tt]he )?` + decadeRE)
	reCentury      = regexp.MustCompile(`\b(?:[Tt]he )?(?:(early|mid|late)[- ])?(\d{1,2})(?:st|nd|rd|th)[ -][Cc]entury\b`)
	reWordCentury  = regexp.MustCompile(`\b(?:[Tt]he )?(?:(early|mid|late)[- ])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)[ -][Cc]entury\b`)
	reFromTo       = regexp.MustCompile(`\b(?:[Ff]rom|[Bb]etween) (\d{4}) (?:to|until|till|and|through) (\d{4})\b`)
	reYearRange    = regexp.MustCompile(`\b(\d{4}) ?[–—-] ?(\d{4}|\d{2})\b`)
	reYear         = regexp.MustCompile(`\b(\d{4})\b`)
)

var wordOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22}

// dateMatch is a date found in a text, with its byte range.
type dateMatch struct {
	Span
	Value DateValue
}

func plausibleYear(y int) bool { return y >= 1000 && y <= 2100 }

// FindDates returns the date phrases in text in order. Numbers that only
// look like years (resolution and document numbers, counts, amounts,
// identifiers in addresses) are not dates; neither are durations.
func FindDates(text string) []dateMatch {
	if !strings.ContainsAny(text, "0123456789") && !strings.Contains(text, "entury") {
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
	add := func(s, e int, v DateValue) {
		if !taken(s, e) && plausibleYear(v.Year) && v.YearEnd >= v.Year {
			found = append(found, dateMatch{Span{s, e}, v})
		}
	}
	each := func(re *regexp.Regexp, fn func(m []int, g func(int) string)) {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			g := func(i int) string {
				if m[2*i] < 0 {
					return ""
				}
				return text[m[2*i]:m[2*i+1]]
			}
			if inAddress(text, m[0]) {
				continue
			}
			fn(m, g)
		}
	}
	each(reDayMonthYear, func(m []int, g func(int) string) {
		d, _ := strconv.Atoi(g(1))
		y, _ := strconv.Atoi(g(3))
		if d >= 1 && d <= 31 {
			add(m[0], m[1], DateValue{Year: y, YearEnd: y, Month: monthNumber(g(2)), Day: d, Granularity: Day})
		}
	})
	each(reMonthDayYear, func(m []int, g func(int) string) {
		d, _ := strconv.Atoi(g(2))
		y, _ := strconv.Atoi(g(3))
		if d >= 1 && d <= 31 {
			add(m[0], m[1], DateValue{Year: y, YearEnd: y, Month: monthNumber(g(1)), Day: d, Granularity: Day})
		}
	})
	each(reMonthYear, func(m []int, g func(int) string) {
		y, _ := strconv.Atoi(g(2))
		add(m[0], m[1], DateValue{Year: y, YearEnd: y, Month: monthNumber(g(1)), Granularity: Month})
	})
	each(rePartOfYear, func(m []int, g func(int) string) {
		y, _ := strconv.Atoi(g(2))
		add(m[0], m[1], DateValue{Year: y, YearEnd: y, Granularity: Year, Part: g(1)})
	})
	each(reFromTo, func(m []int, g func(int) string) {
		a, _ := strconv.Atoi(g(1))
		b, _ := strconv.Atoi(g(2))
		if b > a && plausibleYear(b) {
			add(m[0], m[1], DateValue{Year: a, YearEnd: b, Granularity: Year})
		}
	})
	each(reDecadePair, func(m []int, g func(int) string) {
		a, _ := strconv.Atoi(g(2))
		b, _ := strconv.Atoi(g(4))
		if b > a {
			add(m[0], m[1], DateValue{Year: a, YearEnd: b + 9, Granularity: Decade, Part: g(1)})
		}
	})
	each(reDecade, func(m []int, g func(int) string) {
		a, _ := strconv.Atoi(g(2))
		add(m[0], m[1], DateValue{Year: a, YearEnd: a + 9, Granularity: Decade, Part: g(1)})
	})
	each(reCentury, func(m []int, g func(int) string) {
		n, _ := strconv.Atoi(g(2))
		if n >= 11 && n <= 22 {
			add(m[0], m[1], DateValue{Year: (n-1)*100 + 1, YearEnd: n * 100, Granularity: Century, Part: g(1)})
		}
	})
	each(reWordCentury, func(m []int, g func(int) string) {
		n := wordOrdinals[strings.ToLower(g(2))]
		if n >= 11 {
			add(m[0], m[1], DateValue{Year: (n-1)*100 + 1, YearEnd: n * 100, Granularity: Century, Part: g(1)})
		}
	})
	each(reEarlyYear, func(m []int, g func(int) string) {
		y, _ := strconv.Atoi(g(2))
		if yearContextOK(text, m[2*2], m[2*2+1]) {
			add(m[0], m[1], DateValue{Year: y, YearEnd: y, Granularity: Year, Part: g(1)})
		}
	})
	each(reYearRange, func(m []int, g func(int) string) {
		a, _ := strconv.Atoi(g(1))
		endText := g(2)
		b, _ := strconv.Atoi(endText)
		if len(endText) == 2 {
			b = a/100*100 + b
		}
		if b > a && b-a < 200 && yearContextOK(text, m[2], m[3]) && yearContextOK(text, m[4], m[5]) {
			add(m[0], m[1], DateValue{Year: a, YearEnd: b, Granularity: Year})
		}
	})
	each(reYear, func(m []int, g func(int) string) {
		y, _ := strconv.Atoi(g(1))
		if yearContextOK(text, m[2], m[3]) {
			add(m[0], m[1], DateValue{Year: y, YearEnd: y, Granularity: Year})
		}
	})
	sort.Slice(found, func(i, j int) bool { return found[i].Start < found[j].Start })
	return found
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
	prev := strings.ToLower(lastWord(text[:s]))
	if numberWords[prev] || numberWords[strings.TrimSuffix(prev, ".")] {
		return false
	}
	next := firstWord(text[e:])
	low := strings.ToLower(strings.TrimRight(next, ".,;:)"))
	if unitWords[low] {
		return false
	}
	if low != "" && strings.TrimRight(next, ".,;:)") == low && strings.HasSuffix(low, "s") && !notPlural[low] && len(low) > 3 {
		return false
	}
	return true
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " \t\u00a0")
	i := strings.LastIndexAny(s, " \t\u00a0(“\"")
	return s[i+1:]
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, " \t\u00a0")
	if s == "" {
		return ""
	}
	i := strings.IndexAny(s, " \t\u00a0")
	if i < 0 {
		return s
	}
	return s[:i]
}

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
