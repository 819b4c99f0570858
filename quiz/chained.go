package quiz

import "regexp"

// chainedOff keeps every effect card (TestMeasureCardRules compares the
// decks with and without dropChained).
var chainedOff bool

// reEffectFront is a card that asks what something caused or led to.
var reEffectFront = regexp.MustCompile(`^What (?:did|does|has|have) .+ (?:cause|lead to|result in|bring about|produce|trigger)\?`)

// dropChained keeps one effect card of two in a row: an effect card whose
// sentence follows, in the same paragraph, the sentence of the effect card
// kept before it tells the next link of the same chain, and the two
// answers are mixed up (round 14 perestroika C12/C13: "What did the
// elimination of central control over production decisions lead to?"
// then "What did Gorbachev's decentralisation cause?", one cause twice).
// The cards are in article order; the first stays.
func (g *generator) dropChained(cards []Card) []Card {
	if chainedOff {
		return cards
	}
	out := cards[:0:0]
	prev := -1
	for _, c := range cards {
		if c.Kind == CardQuestion && reEffectFront.MatchString(c.Front) {
			i := g.sentenceIndex(c.Sentence)
			if i > 0 && prev == i-1 && g.sents[i].chapter == g.sents[prev].chapter && g.sents[i].block == g.sents[prev].block {
				continue
			}
			if i >= 0 {
				prev = i
			}
		}
		out = append(out, c)
	}
	return out
}
