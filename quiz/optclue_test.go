package quiz

import (
	"strings"
	"testing"
)

// TestStemPlaceClue: a country's blank beside a landform name, or after
// its preposition repeated before a place following a word of the same
// stem, is given away by where the place lies (round 18 China Q5,
// Potsdam Q5); a blank beside a country, a place in another clause, a
// repeated preposition after unrelated words, or a place that is part
// of a longer name is not.
func TestStemPlaceClue(t *testing.T) {
	for _, c := range []struct {
		s, value string
		want     bool
	}{
		{"The U.S. stepped up the flow of aid, but it had to be routed through India and over the Himalayan Mountains at an enormous expense.", "India", true},       // China
		{"Allied troops were to withdraw immediately from Tehran and that further stages of the withdrawal of troops from Iran should be considered.", "Iran", true}, // Potsdam
		{"Soviet planes flew over the Ural Mountains and many days later landed in Cuba.", "Cuba", false},                                                            // the landform six words or more away
		{"The army withdrew from Austria and then the withdrawal from Hungary began.", "Hungary", false},                                                             // a country, not a place inside one
		{"The government moved from Nanking to Chongqing and then to Taiwan.", "Taiwan", false},                                                                      // "moved … to" and "then to": no shared stem
		{"Stalin demanded the withdrawal of troops from Tehran Radio and from Iran.", "Iran", false},                                                                 // a longer name
		{"Aid to Greece and Turkey was announced in March 1947; the Danube River was closed.", "Turkey", false},                                                      // another clause
		{"Soviet troops entered Prague; Czechoslovakia was occupied.", "Czechoslovakia", false},                                                                      // no landform, no repeated preposition
		{"Refugees crossed from Bavaria into Austria, and from the Alps into Italy.", "Italy", false},                                                                // a one-word name: the stem's other "into" follows a country
		{"Border clashes on the Ussuri River brought China and the Soviet Union to the brink of war.", "China", true},                                                // Brezhnev-like: the river beside the blank
	} {
		f := blankIn(c.s, c.value)
		if got := stemPlaceClue(f); got != c.want {
			t.Errorf("stemPlaceClue(%q in %q) = %v, want %v", c.value, c.s, got, c.want)
		}
	}
}

// TestTiedPlaceClue: a place of the blank's sentence that another
// sentence of the article writes as lying in the answer gives it away;
// one the article ties to another country, or to none, does not.
func TestTiedPlaceClue(t *testing.T) {
	g := mainPointGenerator(t, "Alliances", "This article is about alliances.",
		"The conference met in Lisbon, Portugal in 1955. Delegates from Lisbon and from Spain signed the accord. "+
			"Spain, Portugal and France joined later. France's port of Marseille hosted the fleet.",
		"In 1960 the fleet sailed from Marseille to Portugal. Later the fleet left Marseille for France in 1961. "+
			"Envoys went to Lisbon and Madrid, and then to Portugal and Italy in 1962.")
	for _, c := range []struct {
		value, sentencePart string
		want                bool
	}{
		{"France", "left Marseille for France", true},     // "France's port of Marseille"
		{"Portugal", "from Marseille to Portugal", false}, // Marseille lies in France, not Portugal
		{"Portugal", "then to Portugal", true},            // "Lisbon, Portugal"
		{"Spain", "from Spain signed", false},             // Lisbon lies in Portugal
	} {
		s := ""
		for _, x := range g.sents {
			if strings.Contains(x.text, c.sentencePart) {
				s = x.text
			}
		}
		if s == "" {
			t.Fatalf("no sentence with %q", c.sentencePart)
		}
		f := blankIn(s, c.value)
		if got := g.tiedPlaceClue(f); got != c.want {
			t.Errorf("tiedPlaceClue(%q in %q) = %v, want %v", c.value, s, got, c.want)
		}
	}
}
