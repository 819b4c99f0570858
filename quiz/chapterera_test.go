package quiz

import "testing"

// TestOutsideChapterEra: an option wholly outside the era is refused, one
// that reaches into it (a decade across its edge) or lies within it is
// kept; examples from three articles.
func TestOutsideChapterEra(t *testing.T) {
	year := func(y int) DateValue { return DateValue{Year: y, Granularity: Year} }
	cases := []struct {
		name   string
		d      DateValue
		lo, hi int
		want   bool
	}{
		{"China Q21: a survey's 2014 for a 1983 election under 1980s", year(2014), 1976, 1993, true},
		{"China: 1985, the same chapter", year(1985), 1976, 1993, false},
		{"China: 1911 under the republic's chapter", year(1911), 1901, 1941, false},
		{"Potsdam: 1943's declaration under a 1945 chapter", year(1943), 1938, 1952, false},
		{"Marshall: 1961 for a speech of 1947 in a one-date chapter", year(1961), 1940, 1954, true},
		{"Brezhnev: the late 1950s reach a 1956-1968 chapter", DateValue{Year: 1950, YearEnd: 1959, Granularity: Decade, Part: "late"}, 1950, 1974, false},
		{"perestroika: the 1920s for a 1987 law", DateValue{Year: 1920, YearEnd: 1929, Granularity: Decade}, 1978, 1996, true},
	}
	for _, c := range cases {
		if got := outsideChapterEra(c.d, c.lo, c.hi); got != c.want {
			t.Errorf("%s: outsideChapterEra = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestChapterEra: on two articles, every date's era holds the date with
// eraPadYears to spare on each side.
func TestChapterEra(t *testing.T) {
	n := 0
	for _, h := range hygieneArticles(t) {
		if h.name != "foreign_relations_of_china" && h.name != "marshall_plan" {
			continue
		}
		g := &generator{a: h.a, facts: h.facts}
		g.index()
		for _, f := range g.ofKind(DateFact) {
			if f.Date.Year == 0 || f.Date.Granularity == Century {
				continue
			}
			n++
			lo, hi := g.chapterEra(f)
			if l, e := yearSpan(f.Date); l-eraPadYears < lo || e+eraPadYears > hi {
				t.Errorf("%s %q: era %d-%d does not hold its own date with the pad", h.name, f.Text, lo, hi)
			}
		}
	}
	if n == 0 {
		t.Skip("no corpus articles")
	}
}

// TestDateOptionsOfTheChapterEra: over every corpus article and 20 seeds,
// every option of a date multiple choice lies within its chapter's era,
// read by the test from the chapter's date facts (round 17 China Q21).
func TestDateOptionsOfTheChapterEra(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != MultipleChoice || q.Kind != DateFact || len(q.FactKeys) != 1 {
				continue
			}
			f, ok := g.factByKey(q.FactKeys[0])
			if !ok || f.Date.Year == 0 {
				continue
			}
			lo, hi := yearSpan(f.Date)
			for _, o := range h.facts {
				if o.Chapter == f.Chapter && o.Kind == DateFact && o.Date.Year > 0 && o.Date.Granularity != Century {
					l, h := yearSpan(o.Date)
					lo, hi = min(lo, l), max(hi, h)
				}
			}
			pad := max(7, (hi-lo)/2)
			for _, opt := range q.Options {
				d, ok := ParseDate(opt)
				if !ok || d.Year == 0 {
					continue
				}
				if l, h := yearSpan(d); h < lo-pad || l > hi+pad {
					t.Errorf("%q: option %q outside the chapter's era %d-%d", q.Prompt, opt, lo-pad, hi+pad)
				}
			}
		}
	})
}
