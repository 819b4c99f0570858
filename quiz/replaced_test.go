package quiz

import (
	"strings"
	"testing"
)

// TestReplacedCard: "X was replaced / superseded / supplanted by Y"
// asks what replaced X, with the date phrase after Y; Y must be the fact,
// X a name, and a longer name Y heads or a "this policy" gives no card.
func TestReplacedCard(t *testing.T) {
	for _, tt := range []struct {
		sentence, fact, front, back string
	}{
		{"The Marshall Plan was replaced by the Mutual Security Plan at the end of 1951; that new plan gave away about $7.5 billion annually.", "Mutual Security Plan",
			"What replaced the Marshall Plan at the end of 1951?", "The Mutual Security Plan."},
		{"Thereafter, JCS 1067 was supplanted by JCS 1779, stating that an orderly Europe requires a productive Germany.", "JCS 1779",
			"What supplanted JCS 1067?", "JCS 1779."},
		{"The Brezhnev Doctrine was superseded by the Sinatra Doctrine in 1989, alluding to a song.", "Sinatra Doctrine",
			"What superseded the Brezhnev Doctrine in 1989?", "The Sinatra Doctrine."},
		{"The Potsdam Agreement was superseded by the Treaty on the Final Settlement with Respect to Germany signed on 12 September 1990.", "Treaty on the Final Settlement with Respect to Germany",
			"What superseded the Potsdam Agreement?", "The Treaty on the Final Settlement with Respect to Germany."},
		// counter-examples
		{"This policy was replaced by the New Economic Policy in 1921.", "New Economic Policy", "", ""},             // no name replaced
		{"The Marshall Plan was replaced by the Mutual Security Plan Act in 1951.", "Mutual Security Plan", "", ""}, // the fact heads a longer name
		{"The Marshall Plan replaced the Morgenthau Plan in 1948.", "Morgenthau Plan", "", ""},                      // not "was replaced by"
		{"The Marshall Plan was replaced by the Mutual Security Plan at the end of 1951.", "Marshall Plan", "", ""}, // the fact is the old name
	} {
		i := strings.Index(tt.sentence, tt.fact)
		f := Fact{Kind: PolicyFact, Text: tt.fact, Value: tt.fact, Sentence: tt.sentence, Start: i, End: i + len(tt.fact)}
		c, ok := replacedCard(f, tt.sentence)
		if !ok {
			c = Card{}
		}
		if c.Front != tt.front || c.Back != tt.back {
			t.Errorf("replacedCard(%q, %q) = %q → %q; want %q → %q", tt.sentence, tt.fact, c.Front, c.Back, tt.front, tt.back)
		}
	}
}
