package quiz

import (
	"math/rand/v2"
	"testing"
)

// TestOffKey: over many seeds, a key of two to five items comes back with
// every item, and with at most one of three or more (none of two) in its
// own place; one item and repeated items pass as they are.
func TestOffKey(t *testing.T) {
	cases := []struct {
		key     []string
		maxKept int
	}{
		{[]string{"1986", "1948", "1950"}, 1},                                                // builtin Q7's dates
		{[]string{"Dixie Mission", "Lend-Lease", "top-level diplomacy"}, 1},                  // China's three terms
		{[]string{"1 March 1954", "September 1996", "1963", "1974"}, 1},                      // CTBT's four
		{[]string{"Truman Doctrine", "Marshall Plan"}, 0},                                    // two: never in place
		{[]string{"June 1987", "July 1987", "January 1987", "May 1988", "December 1989"}, 1}, // perestroika's five
		{[]string{"only"}, 1},
	}
	for _, c := range cases {
		for seed := uint64(0); seed < 200; seed++ {
			got := offKey(rand.New(rand.NewPCG(seed, 7)), c.key)
			if len(got) != len(c.key) {
				t.Fatalf("offKey(%q) = %q: items lost", c.key, got)
			}
			have := map[string]int{}
			for _, s := range got {
				have[s]++
			}
			for _, s := range c.key {
				if have[s]--; have[s] < 0 {
					t.Fatalf("offKey(%q) = %q: %q missing", c.key, got, s)
				}
			}
			if n := inPlace(got, c.key); n > c.maxKept {
				t.Errorf("seed %d: offKey(%q) = %q keeps %d items in place", seed, c.key, got, n)
			}
		}
	}
	keyOrderOff = true
	defer func() { keyOrderOff = false }()
	kept := 0
	for seed := uint64(0); seed < 200; seed++ {
		if got := offKey(rand.New(rand.NewPCG(seed, 7)), []string{"a", "b", "c"}); equalStrings(got, []string{"a", "b", "c"}) {
			kept++
		}
	}
	if kept == 0 {
		t.Error("a plain shuffle of three never left them in order in 200 draws: the test measures nothing")
	}
}

// TestNoMatchingInKeyOrder: over every corpus article and 20 seeds, no
// matching lists its choices, and no ordering its items, with more than
// one of three or more in the key's place (round 17 builtin Q7), and no
// matching has fewer than four pairs.
func TestNoMatchingInKeyOrder(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			shown := q.Choices
			if q.Type == Ordering {
				shown = q.Options
			} else if q.Type != Matching {
				continue
			}
			if q.Type == Matching && len(q.Answer) < 4 {
				t.Errorf("matching %q has %d pairs: of three the last is free (round 17 China Q13)", q.Prompt, len(q.Answer))
			}
			if n := inPlace(shown, q.Answer); n > allowedInPlace(len(q.Answer)) {
				t.Errorf("%s %q shows %d of %d in the key's place: %q", q.Type, q.Prompt, n, len(q.Answer), shown)
			}
		}
	})
}
