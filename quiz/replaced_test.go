package quiz

import (
	"strings"
	"testing"
)

// TestReplacedCard: "X was replaced / superseded / supplanted by Y"
// asks what replaced X, with the date phrase after Y; Y must be the fact,
// X a name, and a longer name Y heads or a "this policy" gives no card;
// when X and Y are both codes, the back says what Y stated, or no card.
func TestReplacedCard(t *testing.T) {
	for _, tt := range []struct {
		sentence, fact, front, back string
	}{
		{"The Marshall Plan was replaced by the Mutual Security Plan at the end of 1951; that new plan gave away about $7.5 billion annually.", "Mutual Security Plan",
			"What replaced the Marshall Plan at the end of 1951?", "The Mutual Security Plan."},
		{"Thereafter, JCS 1067 was supplanted by JCS 1779, stating that an orderly Europe requires a productive Germany.", "JCS 1779",
			"What supplanted JCS 1067?", "JCS 1779, stating that an orderly Europe requires a productive Germany."}, // two codes: the back says what the new one stated
		{"In 1950, NSC-20 was superseded by NSC-68, which called for a rapid build-up of armed forces.", "NSC-68",
			"What superseded NSC-20?", "NSC-68, which called for a rapid build-up of armed forces."},
		{"The Brezhnev Doctrine was superseded by the Sinatra Doctrine in 1989, alluding to a song.", "Sinatra Doctrine",
			"What superseded the Brezhnev Doctrine in 1989?", "The Sinatra Doctrine."},
		{"The Potsdam Agreement was superseded by the Treaty on the Final Settlement with Respect to Germany signed on 12 September 1990.", "Treaty on the Final Settlement with Respect to Germany",
			"What superseded the Potsdam Agreement?", "The Treaty on the Final Settlement with Respect to Germany."},
		// counter-examples
		{"Thereafter, JCS 1067 was supplanted by JCS 1779 in July 1947.", "JCS 1779", "", ""},                       // two codes and nothing of what the new one was
		{"In 1950, NSC-20 was superseded by NSC-68, and the budget tripled.", "NSC-68", "", ""},                     // a clause of its own
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

// TestCodeName: a code of capitals and figures says nothing alone on a
// back; a name with a word in it, a plain number or a year is no code
// (its back stays as it was).
func TestCodeName(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"JCS 1779", true}, {"NSC-68", true}, {"UNSCR 1441", true}, {"SALT II", false}, {"Resolution 1441", false},
		{"1947", false}, {"NATO", false}, {"the Baruch Plan", false}, {"$13 billion", false}, {"", false},
	} {
		if got := codeName(tt.s); got != tt.want {
			t.Errorf("codeName(%q) = %v; want %v", tt.s, got, tt.want)
		}
	}
}
