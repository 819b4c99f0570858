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
			"August 1968\n“The invasion began on the night of August 20, 1968, under the Pact.”"},
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
