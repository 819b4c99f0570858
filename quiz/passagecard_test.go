package quiz

import (
	"os"
	"strings"
	"testing"
)

// TestPassageKeyCards: a key fact whose sentence leans on the one before
// it gets a card that shows both (passageKeyCard), in decks of three
// articles; none of the cards shows its answer, reads over 60 words,
// joins sentences of two paragraphs or shows a sentence with a card of
// its own (Brezhnev: the Belgrade Declaration after the 1955 card's
// sentence); each fails without the rule.
func TestPassageKeyCards(t *testing.T) {
	want := map[string]struct{ answer, before string }{
		"cold_war_1947_1953":         {"Molotov–Ribbentrop Pact", "During World War II, the Soviet Union annexed several countries"},
		"foreign_relations_of_china": {"the end of 1945", "The United States tried to broker a compromise settlement"},
		"convention_of_kanagawa":     {"March 31, 1854", "The main controversy centered on the selection of the ports"},
	}
	found := map[string]bool{}
	for _, ar := range goldArticles(t) {
		_, a := ar.read(t)
		raw, err := os.ReadFile(ar.text)
		if err != nil {
			t.Fatal(err)
		}
		paras := strings.Split(string(raw), "\n")
		passageCardsOff = true
		was := map[string]bool{}
		for _, c := range MakeCards(a, Extract(a)) {
			was[c.Front] = true
		}
		passageCardsOff = false
		for _, c := range MakeCards(a, Extract(a)) {
			if was[c.Front] || !strings.Contains(c.Front, "completes the passage?") {
				continue // not the rule's (a cloze of K4's withSentenceBefore, a positive naming)
			}
			if c.Back == "Belgrade Declaration" {
				// the sentence before ("Nagy was quickly overthrown by
				// Rákosi in 1955 …") carries the 1955 card
				t.Errorf("%s: a passage shows another card's answer: %q", ar.name, c.Front)
			}
			if w, ok := want[ar.name]; ok && c.Back == w.answer && strings.Contains(c.Front, w.before) {
				found[ar.name] = true
			}
			_, body, _ := strings.Cut(c.Front, "\n")
			if showsAny(strings.ReplaceAll(body, "_____", ""), []string{c.Back}) {
				t.Errorf("%s: the passage shows its answer %q: %q", ar.name, c.Back, c.Front)
			}
			if n := fieldCount(body); n > 61 {
				t.Errorf("%s: a passage of %d words: %q", ar.name, n, c.Front)
			}
			before := strings.TrimPrefix(body, "“")
			before = strings.TrimSpace(before[:strings.Index(before, "_____")])
			one := false
			for _, p := range paras {
				if strings.Contains(p, c.Sentence) && strings.Contains(p, firstN(before, 40)) {
					one = true
				}
			}
			if !one {
				t.Errorf("%s: the passage joins two paragraphs: %q", ar.name, c.Front)
			}
		}
	}
	for n := range want {
		if !found[n] {
			t.Errorf("%s: no passage card on %q", n, want[n].answer)
		}
	}
}

// TestTimeOfDayIsTheEventsDate: "on the morning of March 12, 1947" gives
// the event's time; "the revolutions of 1989" names a thing.
func TestTimeOfDayIsTheEventsDate(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"On the morning of ", true},                                     // cold war: Truman before Congress
		{"the Soviet/Warsaw Pact invasion began on the night of ", true}, // Brezhnev Doctrine
		{"on the eve of ", true},
		// counter-examples
		{"the revolutions of ", false},
		{"The Castle Bravo test of ", false}, // CTBT: a thing named by its date
		{"the end of ", false},
		{"of ", false},
		{"morning ", false},
	}
	for _, tt := range tests {
		if got := timeOfDay(tt.before); got != tt.want {
			t.Errorf("timeOfDay(%q) = %v; want %v", tt.before, got, tt.want)
		}
	}
}

// TestKeyDateAmongOthers: a key date of a sentence with other dates gets
// a cloze whose blank says which (dateAmongOthers), in decks of two
// articles; a date in a list or after a bound gets none, and without the
// rule none is made.
func TestKeyDateAmongOthers(t *testing.T) {
	const label = "Which date completes the sentence?"
	tests := []struct {
		article, back, sentence string
		want                    bool
	}{
		{"brezhnev_doctrine", "August 20, 1968", "the Soviet/Warsaw Pact invasion began on the night of", true},
		{"comprehensive_nuclear_test_ban_treaty", "November 1987", "negotiations on a test ban restarted", true},
		// counter-examples
		{"comprehensive_nuclear_test_ban_treaty", "2009", "North Korea carried out six announced tests", false}, // a list
		{"foreign_relations_of_china", "1757", "international trade was confined to the port of Canton", false}, // "after 1757"
	}
	decks := map[string][2][]Card{}
	// the review rules may fold a made card onto another's back
	// (twinOnBack, nearOnBack: round 18 judged both examples poor as
	// cards of their own); the rule here is that the cloze is made
	twinBackOff, nearBackOff = true, true
	defer func() { twinBackOff, nearBackOff = false, false }()
	for _, ar := range goldArticles(t) {
		_, a := ar.read(t)
		otherDatesOff = true
		off := MakeCards(a, Extract(a))
		otherDatesOff = false
		decks[ar.name] = [2][]Card{MakeCards(a, Extract(a)), off}
	}
	for _, tt := range tests {
		d, ok := decks[tt.article]
		if !ok {
			t.Skipf("no %s in the corpus", tt.article)
		}
		for i, deck := range d {
			got := false
			for _, c := range deck {
				if strings.HasPrefix(c.Front, label) && c.Back == tt.back && strings.Contains(c.Sentence, tt.sentence) {
					got = true
				}
			}
			if want := tt.want && i == 0; got != want {
				t.Errorf("%s %q (rule off: %v): a card %v; want %v", tt.article, tt.back, i == 1, got, want)
			}
		}
	}
}
