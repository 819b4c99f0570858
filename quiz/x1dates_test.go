package quiz

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestDateOptionsOfTheEventsYears: round 18 builtin Q9 offered 2007,
// 2003 and 2009 for a visit in 1986 (the years of other chapters'
// events), and false statements moved a blockade's end from May 1949 to
// November 1952 and the Cold War's end from 1991 to 1996: every date
// option lies within maxOptionYears of the answer, a false statement's
// within maxFalseYearsOf, whether the article names other dates or not.
func TestDateOptionsOfTheEventsYears(t *testing.T) {
	tests := []struct {
		body, answer string
	}{
		// the article's other dates are decades away
		{"Kim Il Sung visited the country in 1986 as his relationship with its neighbours was tarnished. " +
			"The summit was held in the capital in 2018. A new airport opened in 2007, and a railway line followed in 2003. " +
			"Elections were held again in 2009.", "1986"},
		// a month, among years
		{"The Soviets began the blockade in 1948. The success of the airlift eventually caused the Soviets to lift their blockade in May 1949. " +
			"The Korean War began in 1950, and the Soviet Union tested a hydrogen bomb in 1953.", "May 1949"},
		// a day, beside dates of other years
		{"Marshall gave the address at Harvard University on June 5, 1947. The plan was signed on April 3, 1948. " +
			"It ended on December 31, 1951, and the Mutual Security Plan followed in 1953.", "June 5, 1947"},
		{"Little progress was made in nuclear disarmament until the end of the Cold War in 1991. " +
			"The treaty was adopted in 1996, and the monitoring system was complete in 2017.", "1991"},
	}
	for _, tt := range tests {
		g := generatorFor(t, tt.body)
		var f Fact
		for _, o := range g.ofKind(DateFact) {
			if o.Text == tt.answer {
				f = o
			}
		}
		if f.Text == "" {
			t.Errorf("extraction no longer finds %q: %v", tt.answer, factTexts(g.facts))
			continue
		}
		for seed := uint64(1); seed <= 10; seed++ {
			g.rng = rand.New(rand.NewPCG(seed, seed))
			ds := g.dateDistractors(f, 3)
			if len(ds) < 3 {
				t.Errorf("seed %d: %q has %d options: %v", seed, tt.answer, len(ds), ds)
			}
			for _, d := range ds {
				if y := yearOf(d); absInt(y-f.Date.Year) > maxOptionYears {
					t.Errorf("seed %d: %q offered for %q, %d years away", seed, d, tt.answer, absInt(y-f.Date.Year))
				}
			}
			falses := plainlyOff(f, g.dateDistractors(f, 6))
			if len(falses) == 0 {
				t.Errorf("seed %d: no false date for %q", seed, tt.answer)
			}
			for _, d := range falses {
				if dy := absInt(yearOf(d) - f.Date.Year); dy > maxFalseYearsOf(f.Date.Granularity) || dy < minFalseYearsOf(f.Date.Granularity) {
					t.Errorf("seed %d: false date %q for %q", seed, d, tt.answer)
				}
			}
		}
	}
}

// yearOf is the first year a date's text writes, or 0.
func yearOf(s string) int {
	m := reYear.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// TestNeighboursNearestFirst: made-up dates come one year away before
// two, two before three, on either side; a decade moves by decades; none
// lies after the latest year allowed.
func TestNeighboursNearestFirst(t *testing.T) {
	tests := []struct {
		d       DateValue
		maxYear int
		step    int
		last    int // the largest year expected
	}{
		{DateValue{Year: 1986, YearEnd: 1986, Granularity: Year}, 2030, 1, 1993},
		{DateValue{Year: 1949, YearEnd: 1949, Month: 5, Granularity: Month}, 2030, 1, 1956},
		{DateValue{Year: 2020, YearEnd: 2020, Granularity: Year}, 2022, 1, 2022},
		{DateValue{Year: 1990, YearEnd: 1999, Granularity: Decade}, 2030, 10, 2020},
	}
	for _, tt := range tests {
		for seed := uint64(1); seed <= 5; seed++ {
			ns := neighbours(tt.d, tt.maxYear, rand.New(rand.NewPCG(seed, seed)))
			if len(ns) == 0 {
				t.Fatalf("no neighbours of %v", tt.d)
			}
			prev := 0
			top := 0
			for _, n := range ns {
				dy := absInt(n.Year - tt.d.Year)
				if dy < prev || dy == 0 || dy%tt.step != 0 {
					t.Errorf("seed %d: neighbours of %v out of order or off step: %v", seed, tt.d, ns)
					break
				}
				prev = dy
				top = max(top, n.Year)
			}
			if top != tt.last {
				t.Errorf("seed %d: neighbours of %v reach %d, want %d", seed, tt.d, top, tt.last)
			}
		}
	}
}

// TestSameYearFirst: a false day or month takes another month of its own
// year first (round 18: "signed in November 1952 after the death of
// Stalin" for July 1953); a year, a range and a date without a month's
// name pass unchanged.
func TestSameYearFirst(t *testing.T) {
	tests := []struct {
		f     Fact
		first string
	}{
		{Fact{Kind: DateFact, Text: "July 1953", Date: DateValue{Year: 1953, YearEnd: 1953, Month: 7, Granularity: Month}}, "December 1953"},
		{Fact{Kind: DateFact, Text: "June 5, 1947", Date: DateValue{Year: 1947, YearEnd: 1947, Month: 6, Day: 5, Granularity: Day}}, "November 1, 1947"},
		{Fact{Kind: DateFact, Text: "10 September 1996", Date: DateValue{Year: 1996, YearEnd: 1996, Month: 9, Day: 10, Granularity: Day}}, "6 February 1996"},
		{Fact{Kind: DateFact, Text: "1991", Date: DateValue{Year: 1991, YearEnd: 1991, Granularity: Year}}, "1993"},
		{Fact{Kind: DateFact, Text: "17 July to 2 August 1945", Date: DateValue{Year: 1945, YearEnd: 1945, Month: 7, Day: 17, EndMonth: 8, EndDay: 2, Granularity: Day}}, "1993"},
	}
	for _, tt := range tests {
		got := sameYearFirst(tt.f, []string{"1993"})
		if got[0] != tt.first {
			t.Errorf("sameYearFirst(%q) = %v, want %q first", tt.f.Text, got, tt.first)
		}
		if kept := plainlyOff(tt.f, got); tt.first != "1993" && (len(kept) == 0 || kept[0] != tt.first) {
			t.Errorf("plainlyOff(%q, %v) = %v, want %q kept", tt.f.Text, got, kept, tt.first)
		}
	}
}

// TestDateFloor: an "after"/"since" year beside the blank bounds the
// options from below (sentences of the Brezhnev, cold war and CTBT
// articles); the answer's own "since" and a later year bound nothing.
func TestDateFloor(t *testing.T) {
	tests := []struct {
		body, answer string
		floor        int
	}{
		{"Tensions with Czechoslovakia since 1968, as well as Poland in 1980, proved the inefficiencies of the doctrine.", "1980", 1968},
		{"After March 1948 the airlift grew, and the Soviets lifted their blockade in May 1949.", "May 1949", 1948},
		{"Little progress was made after the 1963 treaty until negotiations began in 1993.", "1993", 1963},
		// counter-examples: no "after"/"since"; a later year; the answer's own
		{"The treaty was signed in 1968 and the talks resumed in 1977.", "1977", 0},
		{"The blockade was lifted in May 1949, long after 1950 was predicted.", "May 1949", 0},
		{"The country has been neutral since 1955 and joined the union in 1995.", "1955", 0},
	}
	for _, tt := range tests {
		g := generatorFor(t, tt.body)
		var f Fact
		for _, o := range g.ofKind(DateFact) {
			if o.Text == tt.answer {
				f = o
			}
		}
		if f.Text == "" {
			t.Errorf("extraction no longer finds %q: %v", tt.answer, factTexts(g.facts))
			continue
		}
		if got := dateFloor(f); got != tt.floor {
			t.Errorf("dateFloor(%q in %q) = %d, want %d", tt.answer, tt.body, got, tt.floor)
		}
		if tt.floor == 0 {
			continue
		}
		for seed := uint64(1); seed <= 5; seed++ {
			g.rng = rand.New(rand.NewPCG(seed, seed))
			for _, d := range g.dateDistractors(f, 3) {
				if y := yearOf(d); y < tt.floor {
					t.Errorf("seed %d: %q offered for %q after %d", seed, d, tt.answer, tt.floor)
				}
			}
		}
	}
}
