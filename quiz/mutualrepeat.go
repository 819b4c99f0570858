package quiz

import "strings"

// mutualRepeatOff keeps both cards of a mutual repeat (TestMeasureCardRules).
var mutualRepeatOff bool

// mutualRepeats leaves out a card that asks again what an earlier card of
// the deck asks, the other way round: each front shows the other's
// answer ("When was NATO formed?" → 1949 beside "The United States joined
// Britain, France, … in 1949 to form the _____" → North Atlantic Treaty
// Organization: round 16 cold war X-C13 "overlaps C2"). The first card
// stays. A front that shows another card's answer while that card's
// front does not show its own is no repeat (a date and a name in one
// sentence, asked in two sentences of their own).
func mutualRepeats(cards []Card) []Card {
	if mutualRepeatOff {
		return cards
	}
	answer := func(c Card) []string {
		a, _, _ := strings.Cut(c.Back, "\n")
		a = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(a), "."))
		if a == "" || fieldCount(a) > 6 {
			return nil // a clause answer is no name another front shows
		}
		if i := strings.LastIndex(a, " ("); i > 0 && strings.HasSuffix(a, ")") {
			return []string{a[:i], a[i+2 : len(a)-1]} // "North Atlantic Treaty Organization (NATO)": either form
		}
		return []string{a}
	}
	out := cards[:0:0]
	for _, c := range cards {
		repeat := false
		if ac := answer(c); ac != nil && !c.Edited {
			for _, o := range out {
				ao := answer(o)
				if ao != nil && showsAny(c.Front, ao) && showsAny(o.Front, ac) {
					repeat = true
					break
				}
			}
		}
		if !repeat {
			out = append(out, c)
		}
	}
	return out
}
