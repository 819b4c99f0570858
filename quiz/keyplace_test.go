package quiz

import (
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// keyRank reads a date multiple choice: whether its key is the earliest
// or the latest option, and whether the options' years are a run of
// consecutive years with the key at one end. ok is false when an option
// shows no year.
func keyRank(q Question) (extreme, run, ok bool) {
	year := func(s string) (int, bool) {
		m := reYearIn.FindStringSubmatch(s)
		if m == nil {
			return 0, false
		}
		y, _ := strconv.Atoi(m[1])
		return y, true
	}
	key, ok := year(q.Answer[0])
	if !ok {
		return false, false, false
	}
	var ys []int
	lo, hi := key, key
	for _, o := range q.Options {
		y, good := year(o)
		if !good {
			return false, false, false
		}
		ys = append(ys, y)
		lo, hi = min(lo, y), max(hi, y)
	}
	sort.Ints(ys)
	first, last := true, true
	for _, o := range q.Options {
		if o == q.Answer[0] {
			continue
		}
		y, _ := year(o)
		if y < key {
			first = false
		}
		if y > key {
			last = false
		}
	}
	run = hi-lo == len(ys)-1
	for i := 1; i < len(ys); i++ {
		if ys[i] == ys[i-1] {
			run = false
		}
	}
	return first || last, run && (first || last), true
}

// TestMeasureKeyPlace measures over seeds 223–262 and the eight review
// articles the share of date multiple choices whose key is the earliest
// or the latest option, and whose options are a run of consecutive
// years ending at the key, with the placement (keyplace.go) on and off.
// Set KEYPLACE_MEASURE=1 (=on: with the placement only).
func TestMeasureKeyPlace(t *testing.T) {
	if os.Getenv("KEYPLACE_MEASURE") == "" {
		t.Skip("set KEYPLACE_MEASURE=1 to measure where date options put the key over seeds 223–262")
	}
	defer func() { keyPlaceOff = false }()
	offs := []bool{true, false}
	if os.Getenv("KEYPLACE_MEASURE") == "on" {
		offs = offs[1:]
	}
	for _, off := range offs {
		keyPlaceOff = off
		total, dateMC, extreme, run, dated := 0, 0, 0, 0, 0
		kinds := map[QuestionType]int{}
		for _, h := range hygieneArticles(t) {
			if !qoArticles[h.name] {
				continue
			}
			art := 0
			for seed := uint64(223); seed <= 262; seed++ {
				qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
				total += len(qs)
				art += len(qs)
				for _, q := range qs {
					kinds[q.Type]++
					if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
						dated++
					}
					if q.Type != MultipleChoice || q.Kind != DateFact || len(q.Answer) != 1 {
						continue
					}
					e, r, ok := keyRank(q)
					if !ok {
						continue
					}
					dateMC++
					if e {
						extreme++
					}
					if r {
						run++
						if seed < 226 {
							t.Logf("off=%v RUN %s seed %d: %s | %s", off, h.name, seed, strings.ReplaceAll(q.Prompt, "\n", " "), strings.Join(q.Options, " / "))
						}
					}
				}
			}
			t.Logf("off=%v %s: %.2f a quiz", off, h.name, float64(art)/40)
		}
		t.Logf("off=%v: %d questions, date MC %d, key extreme %d (%.1f %%), run ending at key %d (%.1f %%), date-answered %.1f %%, kinds %v",
			off, total, dateMC, extreme, 100*float64(extreme)/float64(max(dateMC, 1)), run, 100*float64(run)/float64(max(dateMC, 1)),
			100*float64(dated)/float64(max(total, 1)), kinds)
	}
}

// TestKeyPlacedAmongOptions: a date multiple choice puts the answer
// inside its options about half the time and never ends a run of
// consecutive years with it, over sentences of several articles; a
// side the sentence or article closes (a bound) still leaves a gap.
func TestKeyPlacedAmongOptions(t *testing.T) {
	cases := []struct {
		name, text, answer string
		oneSide            bool // a bound closes one side: the key is always at an end
	}{
		// the article's dates lie before the answer only (round 19 Brezhnev Q5, perestroika-like Q7)
		{"only earlier dates", "The doctrine was used in Czechoslovakia in 1968. It was invoked as well as Poland in 1980. The bloc ended in 1991.", "1980", false},
		{"three earlier dates", "Brezhnev died in 1982. Gorbachev launched perestroika in 1986. Reforms of 1987 and 1988 followed. The first free elections were held in 1989. The union ended in 1996.", "1989", false},
		{"a month", "Relief began in 1944. Marshall spoke at Harvard in June 1947. The plan was signed in April 1948. Aid ended in 1955.", "April 1948", false},
		{"a day", "Negotiations began in January 1994, after talks of 1990. The treaty was opened for signature on 24 September 1996. It was adopted on 10 September 1996 by the Assembly. Talks resumed in 2004.", "24 September 1996", false},
		// counter-examples: the article's last year closes the later side, a "by" the sentence writes closes it too
		{"the article's last year", "The doctrine was used in Czechoslovakia in 1968. It was invoked as well as Poland in 1980.", "1980", true},
		{"bounded by the sentence", "Aid was discussed in 1944 and began in 1948. Output rose sharply in 1951, and by 1952 it was higher still. The plan was recalled in 1960.", "1951", true},
	}
	for _, c := range cases {
		g := generatorFor(t, c.text)
		var f Fact
		for _, o := range g.ofKind(DateFact) {
			if o.Text == c.answer {
				f = o
			}
		}
		if f.Text == "" {
			t.Errorf("%s: no date fact %q in %v", c.name, c.answer, factTexts(g.facts))
			continue
		}
		extremes, runs, n := 0, 0, 0
		for seed := uint64(1); seed <= 60; seed++ {
			g.rng = rand.New(rand.NewPCG(seed, seed))
			ds := g.dateDistractorsOf(f, 3, true)
			if len(ds) < 3 {
				t.Errorf("%s seed %d: options %v", c.name, seed, ds)
				continue
			}
			q := Question{Type: MultipleChoice, Kind: DateFact, Answer: []string{f.Text}, Options: append([]string{f.Text}, ds...)}
			e, r, ok := keyRank(q)
			if !ok {
				t.Errorf("%s: options without a year %v", c.name, q.Options)
				continue
			}
			n++
			if e {
				extremes++
			}
			if r {
				runs++
				t.Errorf("%s seed %d: a run ending at the key: %v", c.name, seed, q.Options)
			}
			for _, d := range ds {
				y, _ := strconv.Atoi(reYearIn.FindStringSubmatch(d)[1])
				if absInt(y-f.Date.Year) > maxOptionYears {
					t.Errorf("%s seed %d: %q more than %d years from %s", c.name, seed, d, maxOptionYears, f.Text)
				}
			}
		}
		share := float64(extremes) / float64(max(n, 1))
		if c.oneSide && share < 0.99 {
			t.Errorf("%s: key at an end %.2f, want always (the bound closes one side)", c.name, share)
		}
		if !c.oneSide && (share < 0.3 || share > 0.7) {
			t.Errorf("%s: key at an end in %.2f of draws, want about half", c.name, share)
		}
	}
}

// TestRunEndsAtKey: the run rule itself.
func TestRunEndsAtKey(t *testing.T) {
	yrs := func(ys ...int) []DateValue {
		var out []DateValue
		for _, y := range ys {
			out = append(out, DateValue{Year: y, YearEnd: y, Granularity: Year})
		}
		return out
	}
	cases := []struct {
		key  int
		ds   []DateValue
		want bool
	}{
		{1980, yrs(1979, 1978, 1977), true},
		{1989, yrs(1986, 1988, 1987), true},
		{1947, yrs(1948, 1949, 1950), true},
		{1980, yrs(1979, 1978, 1976), false}, // a gap
		{1980, yrs(1979, 1981, 1982), false}, // the key inside
		{1953, yrs(1952, 1953, 1951), false}, // another date of the key's year (a month)
		{1980, yrs(1979, 1978), false},       // too few
	}
	for _, c := range cases {
		if got := runEndsAtKey(c.key, c.ds, 3); got != c.want {
			t.Errorf("runEndsAtKey(%d, %v) = %v, want %v", c.key, c.ds, got, c.want)
		}
	}
}

// TestMadeUpMirrorsOnlyMadeUp: a made-up year as far after the key as
// an article's date lies before it may be offered (perestroika's May
// 1988 between June 1987 and a made-up 1989, the era closing 1990), a
// made-up year mirroring another made-up one may not (round 14 CTBT Q4:
// 1992 and 2000 for 1996).
func TestMadeUpMirrorsOnlyMadeUp(t *testing.T) {
	month := func(y, m int) DateValue { return DateValue{Year: y, YearEnd: y, Month: m, Granularity: Month} }
	f := Fact{Kind: DateFact, Text: "May 1988", Date: month(1988, 5)}
	all := func(string) bool { return true }
	below := []dateCand{{"June 1987", month(1987, 6)}, {"May 1985", month(1985, 5)}}
	above := []dateCand{{"May 1989", month(1989, 5)}}
	out, ok := pickAround(f, below, []bool{false, false}, above, []bool{true}, 2, 3, all)
	if !ok || len(out) != 3 || out[0] != "June 1987" || !strings.HasSuffix(out[2], "1989") {
		t.Errorf("beside an article's June 1987: %v %v, want June 1987, May 1985 and a month of 1989", out, ok)
	}
	// the same years all made up: 1987 and 1989 mirror each other
	out, ok = pickAround(f, below, []bool{true, true}, above, []bool{true}, 2, 3, all)
	if ok {
		t.Errorf("made-up 1987 and 1989 both offered for 1988: %v", out)
	}
}
