package quiz

import (
	"strings"
)

// samePointOff turns the round-13 same-point rule and withoutBlankEvents off, for measuring
// what it changes (round13dup_test.go).
var samePointOff bool

// pointWindow is how many words either side of a fact's text make its
// point's context: a title before a name ("Soviet Foreign Minister
// _____"), the event beside a year ("the currency reform of _____").
const pointWindow = 6

// samePoint reports two facts that tell one point from two sentences or
// two templates (round 13): the same answer, and at least two of the
// content words beside it shared, being at least two fifths of the
// smaller context ("Soviet Foreign Minister Vyacheslav Molotov" in two
// sentences; "the 1948 currency reform" twice). A fact beside other
// words ("Molotov left Paris" against "Molotov signed the pact") is
// another point.
func samePoint(f, h Fact) bool {
	a, b := normAnswer(f.Value), normAnswer(h.Value)
	if a == "" || b == "" {
		return false
	}
	if a != b && !showsAny(f.Value, []string{h.Value}) && !showsAny(h.Value, []string{f.Value}) {
		return false
	}
	if f.Kind != h.Kind {
		return false
	}
	x, y := pointContext(f), pointContext(h)
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	shared, small := overlap(x, y)
	return shared >= 2 && 5*shared >= 2*small
}

// pointContext is the content words (four letters or more, not a stop
// word, not the answer's own) within pointWindow words of the fact's
// text in its sentence.
func pointContext(f Fact) map[string]bool {
	s := f.Sentence
	i := strings.Index(s, f.Text)
	if f.Text == "" || i < 0 {
		return nil
	}
	before := strings.Fields(normAnswer(" " + s[:i]))
	after := strings.Fields(normAnswer(s[i+len(f.Text):]))
	own := map[string]bool{}
	for _, w := range strings.Fields(normAnswer(f.Text + " " + f.Value)) {
		own[w] = true
	}
	out := map[string]bool{}
	add := func(w string) {
		if len(w) >= 4 && !stopWords[w] && !pointStop[w] && !own[w] && !isNumber(w) {
			out[stemPoint(w)] = true
		}
	}
	for j := len(before) - 1; j >= 0 && j >= len(before)-pointWindow; j-- {
		add(before[j])
	}
	for j := 0; j < len(after) && j < pointWindow; j++ {
		add(after[j])
	}
	return out
}

// stemPoint folds a plural or a past form onto its word, so that
// "reforms" and "reform", "decentralised" and "decentralisation" meet
// at their first six letters.
func stemPoint(w string) string {
	if len(w) > 6 {
		return w[:6]
	}
	return strings.TrimSuffix(w, "s")
}

// pointStop are common words of four letters or more that tell no point.
var pointStop = map[string]bool{"from": true, "into": true, "after": true, "before": true, "during": true, "while": true,
	"would": true, "could": true, "should": true, "other": true, "than": true, "such": true, "more": true, "most": true,
	"some": true, "only": true, "over": true, "under": true, "about": true, "between": true, "they": true, "them": true,
	"there": true, "these": true, "those": true, "where": true, "being": true, "both": true, "each": true, "many": true,
	"much": true, "well": true, "however": true, "including": true, "against": true, "within": true, "without": true,
	"through": true, "upon": true, "onto": true, "until": true, "since": true, "year": true, "years": true}

// samePointQ reports two questions of one fact each that test one point
// (samePoint) or the same sentence's answer again.
func (g *generator) samePointQ(q, o Question) bool {
	if len(q.FactKeys) != 1 || len(o.FactKeys) != 1 || q.Type == Ordering || o.Type == Ordering || q.Type == Matching || o.Type == Matching {
		return false
	}
	if q.Chapter == o.Chapter && q.Kind != DateFact && o.Kind != DateFact && q.Type != TrueFalse && o.Type != TrueFalse &&
		len(q.Answer) == 1 && len(o.Answer) == 1 && sameAnswerWords(q.Answer[0], o.Answer[0]) {
		return true // round 13 builtin Q2/Q8: "nuclear-free policies", then "nuclear-weapon-free status"
	}
	f, ok := g.factByKey(q.FactKeys[0])
	if !ok {
		return false
	}
	h, ok := g.factByKey(o.FactKeys[0])
	if !ok || f.Key() == h.Key() {
		return false
	}
	return samePoint(f, h)
}

// sameAnswerWords reports two different answers that share two content
// words or more, being at least half the shorter answer's and not all of
// the longer's only by a name's head: "nuclear-free policies" and
// "nuclear-weapon-free status" are one point asked twice; "the Warsaw
// Pact" and "the Warsaw Pact invasion" too; "Foreign Minister" and
// "Prime Minister", or "West Germany" and "East Germany", are not.
func sameAnswerWords(a, b string) bool {
	x, y := pointAnswerWords(a), pointAnswerWords(b)
	if len(x) < 2 || len(y) < 2 {
		return false
	}
	shared, small := overlap(x, y)
	return shared >= 2 && 2*shared >= small
}

// pointAnswerWords are an answer's content words (stopWords and pointStop
// left out), stemmed as stemPoint does.
func pointAnswerWords(a string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(normAnswer(a)) {
		if len(w) >= 3 && !stopWords[w] && !pointStop[w] {
			out[stemPoint(w)] = true
		}
	}
	return out
}

// adjacentYear reports two date facts of one year in neighbouring
// sentences of one paragraph, which a reader takes for one event told
// twice (round 13 Marshall Plan C8/C9: "the recovery effort began in
// June 1948", then "The currency reform in 1948 …").
func adjacentYear(f, h Fact) bool {
	if f.Kind != DateFact || h.Kind != DateFact || f.Date.Year == 0 || f.Date.Year != h.Date.Year ||
		spansYears(f.Date) || spansYears(h.Date) || f.Chapter != h.Chapter || f.Block != h.Block {
		return false
	}
	gap := func(a, b Span) bool { return b.Start >= a.End && b.Start-a.End <= 2 }
	return gap(f.SentSpan, h.SentSpan) || gap(h.SentSpan, f.SentSpan)
}

// onePointPerDeck leaves out a card whose fact tells the point of an
// earlier card's fact from another sentence (samePoint), in deck order.
func (g *generator) onePointPerDeck(cards []Card) []Card {
	out := cards[:0:0]
	kept := map[string][]Fact{} // by answer, so a book's deck is no square of its cards
	years := map[int][]Fact{}   // the date cards kept, by year
	backs := map[int][]string{} // the short backs kept, by chapter
	for _, c := range cards {
		f, ok := g.factByKey(c.FactKey)
		if ok {
			dup := false
			k := normAnswer(f.Value)
			for _, h := range kept[k] {
				if normSpace(h.Sentence) != normSpace(f.Sentence) && samePoint(f, h) {
					dup = true
					break
				}
			}
			if b := pointBack(c); b != "" && f.Kind != DateFact {
				for _, o := range backs[c.Chapter] {
					if sameAnswerWords(b, o) {
						dup = true // round 13 builtin C1/C2: "Nuclear-free policies." then "nuclear-weapon-free status"
						break
					}
				}
			}
			if f.Kind == DateFact {
				for _, h := range years[f.Date.Year] {
					if adjacentYear(f, h) {
						dup = true
						break
					}
				}
			}
			if dup {
				continue
			}
			kept[k] = append(kept[k], f)
			if b := pointBack(c); b != "" && f.Kind != DateFact {
				backs[c.Chapter] = append(backs[c.Chapter], b)
			}
			if f.Kind == DateFact {
				years[f.Date.Year] = append(years[f.Date.Year], f)
			}
		}
		out = append(out, c)
	}
	return out
}

// spansYears reports a date of more than one year ("1948–1951").
func spansYears(d DateValue) bool {
	return d.YearEnd != 0 && d.YearEnd != d.Year
}

// pointBack is a card's back when it is an answer of six words or fewer,
// else "".
func pointBack(c Card) string {
	b := strings.TrimSpace(c.Back)
	if n := len(strings.Fields(b)); n == 0 || n > 6 {
		return ""
	}
	return b
}

// withoutBlankEvents leaves out the dates whose sentence, the date taken
// out (withoutDate), still shows a blank: a year that is the sentence's
// subject ("1986 saw the arrival of …") or is written twice leaves
// "_____" in an ordering item, which asks nothing there (round 13).
func withoutBlankEvents(dates []Fact) []Fact {
	out := dates[:0:0]
	for _, f := range dates {
		if !strings.Contains(withoutDate(f.Sentence, f.Text), "_____") {
			out = append(out, f)
		}
	}
	return out
}

// overlap is how many words two sets share and the size of the smaller.
func overlap(x, y map[string]bool) (shared, small int) {
	for w := range x {
		if y[w] {
			shared++
		}
	}
	return shared, min(len(x), len(y))
}

// restatedCauseOff turns restatesCause off, for measuring.
var restatedCauseOff bool

// resultLinks open a sentence that draws the result of the one before:
// its cause is that sentence's cause said again ("The elimination of
// central control … led to the breakdown …. Thus, instead of streamlining
// the system, Gorbachev's decentralisation caused new production
// bottlenecks."), and two questions on them ask one point twice (round
// 18 perestroika Q9/Q11, answers interchangeable).
var resultLinks = []string{"Thus,", "Thus ", "Therefore,", "Hence,", "Consequently,", "As a result,", "In turn,", "In this way,"}

// restatesCause reports a sentence that opens with a resultLink.
func restatesCause(sentence string) bool {
	if restatedCauseOff {
		return false
	}
	t := strings.TrimSpace(sentence)
	for _, l := range resultLinks {
		if strings.HasPrefix(t, l) {
			return true
		}
	}
	return false
}

// causalForm reports a phrase question on a cause or an effect.
func causalForm(form string) bool { return form == "effect" || form == "cause" }
