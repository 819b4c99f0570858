package quiz

import (
	"strings"
	"testing"
)

// TestTwinOnBack: a date card that dateOnce found asked by another card
// and keyFactsKept would keep goes onto that card's back; one that is
// not kept, or kept without a twin, is left as it is.
func TestTwinOnBack(t *testing.T) {
	mk := func() []Card {
		return []Card{
			{Key: "a", Kind: CardWhen, Back: "August 1968", Sentence: "The doctrine justified the invasion of the republic in August 1968."},
			{Key: "b", Kind: CardWhen, Back: "August 20, 1968", Sentence: "The invasion began on the night of August 20, 1968, under the Pact."},
			{Key: "c", Kind: CardWhen, Back: "1853", Sentence: "The fleet arrived in 1853."},
		}
	}
	for _, tc := range []struct {
		name     string
		twin     map[int]int
		keep     map[int]bool
		wantKeep map[int]bool
		wantBack string // card a's back
	}{
		{"kept twin goes on the back", map[int]int{1: 0}, map[int]bool{1: true, 2: true}, map[int]bool{1: false, 2: true},
			"August 1968\nThe article also says: “The invasion began on the night of August 20, 1968, under the Pact.”"},
		{"a twin not kept adds nothing", map[int]int{1: 0}, map[int]bool{}, map[int]bool{}, "August 1968"},
		{"no twin", nil, map[int]bool{2: true}, map[int]bool{2: true}, "August 1968"},
	} {
		cards := mk()
		twinOnBack(cards, tc.twin, tc.keep)
		if cards[0].Back != tc.wantBack {
			t.Errorf("%s: back %q, want %q", tc.name, cards[0].Back, tc.wantBack)
		}
		for i, w := range tc.wantKeep {
			if tc.keep[i] != w {
				t.Errorf("%s: keep[%d] = %v, want %v", tc.name, i, tc.keep[i], w)
			}
		}
	}
	// through dateOnce: the shorter front stays and names its twin
	cards := mk()
	cards[0].Front, cards[1].Front = "When? “… invasion … in _____.”", "When? “The invasion began on the night of _____, under the Pact.”"
	gone := map[int]bool{}
	twin := dateOnce(cards, gone)
	if !gone[1] || twin[1] != 0 {
		t.Fatalf("dateOnce gone %v twin %v, want card 1 gone for card 0", gone, twin)
	}
	twinOnBack(cards, twin, map[int]bool{1: true})
	if !strings.Contains(cards[0].Back, "August 20, 1968") {
		t.Errorf("the twin's date is not on the back: %q", cards[0].Back)
	}
}

// TestNearOnBack: a poor card kept for its facts goes onto the back of a
// card of its paragraph that shares a word with it (CTBT C13's
// negotiations, China C19's visits); a card of another paragraph, one
// without a shared word, or one that took a sentence already, does not
// take it, and the poor card stays.
func TestNearOnBack(t *testing.T) {
	const poor = "In November 1987, negotiations on a test ban restarted, followed by a program in December 1987."
	for _, tc := range []struct {
		name     string
		near     Card
		kept     bool // the poor card stays
		wantBack string
	}{
		{"same paragraph, shared word", Card{Chapter: 1, Block: 2, Sentence: "In October 1977 the powers returned to negotiations over a test ban.", Back: "Returned to negotiations."}, false,
			"Returned to negotiations.\nThe article also says: “" + poor + "”"},
		{"no shared word", Card{Chapter: 1, Block: 2, Sentence: "In 1985, the president was the first to visit the United States.", Back: "1985"}, true, "1985"},
		{"another paragraph", Card{Chapter: 1, Block: 3, Sentence: "In October 1977 the powers returned to negotiations over a test ban.", Back: "Returned."}, true, "Returned."},
		{"edited by the user", Card{Chapter: 1, Block: 2, Edited: true, Sentence: "In October 1977 the powers returned to negotiations over a test ban.", Back: "Mine."}, true, "Mine."},
	} {
		cards := []Card{{Key: "p", Kind: CardWhen, Chapter: 1, Block: 2, Sentence: poor, Back: "November 1987"}, tc.near}
		keep := map[int]bool{0: true}
		nearOnBack(cards, map[int]bool{0: true}, keep)
		if keep[0] != tc.kept || cards[1].Back != tc.wantBack {
			t.Errorf("%s: kept %v back %q, want %v %q", tc.name, keep[0], cards[1].Back, tc.kept, tc.wantBack)
		}
	}
	// a card takes one sentence: the second poor card stays
	cards := []Card{
		{Chapter: 1, Block: 2, Sentence: poor, Back: "November 1987"},
		{Chapter: 1, Block: 2, Sentence: "The negotiations stalled again in 1990.", Back: "1990"},
		{Chapter: 1, Block: 2, Sentence: "In October 1977 the powers returned to negotiations over a test ban.", Back: "Returned."},
	}
	keep := map[int]bool{0: true, 1: true}
	nearOnBack(cards, map[int]bool{0: true, 1: true}, keep)
	if keep[0] || !keep[1] || strings.Count(cards[2].Back, "“") != 1 {
		t.Errorf("two poor cards on one back: keep %v, back %q", keep, cards[2].Back)
	}
}

// TestSideAnswerGoes: a card whose answer is a person only a side remark
// names (round 18 Brezhnev C10 "Who sought clarification from Dubček on
// March 21?" → a name that is not of 1968) goes; a person the article
// returns to stays. Two made-up articles.
func TestSideAnswerGoes(t *testing.T) {
	for _, tc := range []struct {
		text, person string
		gone         bool
	}{
		{"Harbour Treaty\n\nThe Harbour Treaty was signed by Japan and the United States in 1854.\n\nIn other countries\n\nThe Harbour Treaty was copied by other powers in 1858. " +
			"Jan Vos sought clarification from Hendrik Smit, with the council convened, on the situation in Nagasaki.\n", "Jan Vos", true},
		{"Aid Plan\n\nThe Aid Plan was led by Anna Berg in 1948.\n\nRecovery\n\nAnna Berg reported the first results of the Aid Plan in 1949. Anna Berg closed the Aid Plan in 1952.\n", "Anna Berg", false},
	} {
		a := mustParse(t, []byte(tc.text))
		g := indexedGenerator(a, Extract(a))
		g.countMentions()
		var f Fact
		for _, x := range g.facts {
			if x.Kind == PersonFact && x.Text == tc.person {
				f = x
				break
			}
		}
		if f.Text == "" {
			t.Fatalf("no person fact %q", tc.person)
		}
		cards := []Card{{Key: "p", Kind: CardQuestion, Front: "Who did it?", Back: tc.person + ".", Sentence: f.Sentence, FactKey: f.Key()}}
		out := g.reviewCards(cards)
		if got := len(out) == 0; got != tc.gone {
			t.Errorf("%s: gone %v, want %v", tc.person, got, tc.gone)
		}
	}
}
