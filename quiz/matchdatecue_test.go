package quiz

import (
	"strings"
	"testing"
)

// TestMatchDateCued: a date matching is given away by a stem that writes
// an item's year beside a name of the item's sentence (round 17 CTBT
// Q18 over Q10: "In 1954, following the Castle Bravo test"), not by the
// year alone, nor by the name alone; items from two articles.
func TestMatchDateCued(t *testing.T) {
	cases := []struct {
		article, item, cue, yearOnly, nameOnly string
	}{
		{"comprehensive_nuclear_test_ban_treaty", "The Castle Bravo test of", "In 1954, following the Castle Bravo test, Nehru issued an appeal.", "In 1954, an appeal was issued.", "The Castle Bravo test attracted attention."},
		{"comprehensive_nuclear_test_ban_treaty", "Threshold Test Ban Treaty", "The Threshold Test Ban Treaty of 1974 banned large tests.", "In 1974, a step was made.", "The Threshold Test Ban Treaty banned large tests."},
	}
	n := 0
	for _, h := range hygieneArticles(t) {
		for _, c := range cases {
			if h.name != c.article {
				continue
			}
			g := &generator{a: h.a, facts: h.facts}
			g.index()
			var item Fact
			for _, f := range g.ofKind(DateFact) {
				if strings.Contains(f.Sentence, c.item) && f.Date.Year != 0 && reYear.MatchString(f.Text) && strings.Contains(c.cue, strings.Fields(f.Text)[len(strings.Fields(f.Text))-1]) {
					item = f
					break
				}
			}
			if item.Date.Year == 0 {
				t.Errorf("%s: no dated sentence naming %q", c.article, c.item)
				continue
			}
			n++
			q := Question{Type: Matching, Kind: DateFact, FactKeys: []string{item.Key()}}
			if !g.matchDateCued(c.cue, q) {
				t.Errorf("%s: %q does not give away %q (%s)", c.article, c.cue, item.Sentence, item.Text)
			}
			if g.matchDateCued(c.yearOnly, q) || g.matchDateCued(c.nameOnly, q) {
				t.Errorf("%s: the year or the name alone gives away %q", c.article, item.Sentence)
			}
		}
	}
	if n == 0 {
		t.Skip("no corpus articles")
	}
}
