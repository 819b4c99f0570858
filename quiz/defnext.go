package quiz

import (
	"regexp"
	"strings"
)

// nextSaysOff leaves definition backs without the sentence after their
// definition (TestMeasureCardRules compares the decks with and without).
var nextSaysOff bool

// reItLeads finds a sentence whose main clause has "it" for subject,
// alone or after a fronted phrase set off by a comma: "It became …",
// "Although based on …, it became …".
var reItLeads = regexp.MustCompile(`^(?:It|[A-Z][^,;:()]{0,120}, it) (?:[a-z]+ed|became|was|is|has|began|led|gave|made|took|set|sought|meant|went|grew|brought|won|lost|remained|stayed|came|had|held|left|drew|proved|called|required|provided|banned|allowed|aimed)\b`)

// nextSays is the sentence after a definition when it goes on about the
// defined thing: it opens on the thing's name, or its main clause has
// "it" for subject, in the same paragraph and in at most 30 words (round
// 14 cold war C10: "What is the Truman Doctrine?" told how Truman
// articulated it, and left out what the next sentence says it became:
// "Although based on a simplistic analysis of internal strife in Greece
// and Turkey, it became the single dominating influence over U.S. policy
// until at least the Vietnam War."). A sentence whose "it" may stand for
// another thing the definition names as its subject is left out: the
// definition must end on the term or have it for subject.
func (g *generator) nextSays(def Fact, term string) (string, bool) {
	i := g.sentenceIndex(def.Sentence)
	if i < 0 || i+1 >= len(g.sents) {
		return "", false
	}
	cur, next := g.sents[i], g.sents[i+1]
	if next.chapter != cur.chapter || next.block != cur.block {
		return "", false
	}
	s := strings.TrimSpace(withoutCitations(next.text))
	if s == "" || fieldCount(s) > 30 || strings.ContainsAny(s, "\t?") || unbalancedQuotes(s) || !strings.HasSuffix(s, ".") {
		return "", false
	}
	opensOnTerm := strings.HasPrefix(s, term+" ") || strings.HasPrefix(s, "The "+term+" ")
	if !opensOnTerm {
		if !reItLeads.MatchString(s) {
			return "", false
		}
		// the "it" must stand for the term: the definition ends on it
		// ("… that became known as the “Truman Doctrine.”") or opens on it
		d := strings.TrimRight(strings.TrimSpace(withoutCitations(def.Sentence)), ".”\"' ")
		if !strings.HasSuffix(d, term) && !strings.HasPrefix(d, term+" ") && !strings.HasPrefix(d, "The "+term+" ") {
			return "", false
		}
	}
	return s, true
}

// withNext adds to each definition card's back the sentence nextSays
// found for it (more, by the card's key), unless another card of the
// deck asks that sentence: "Why was the Brezhnev Doctrine proclaimed?"
// keeps its answer to itself.
func withNext(cards []Card, more map[string]string) []Card {
	if len(more) == 0 {
		return cards
	}
	asked := map[string]bool{}
	for _, c := range cards {
		asked[normSpace(withoutCitations(c.Sentence))] = true
	}
	for i, c := range cards {
		// a back already long enough to recall takes no more (round 17
		// cold war C12: two sentences and a quotation)
		if m, ok := more[c.Key]; ok && c.Kind == CardDefine && !asked[normSpace(m)] && (longDefinitionOff || fieldCount(c.Back) <= maxDrillWords) {
			cards[i].Back += "\n" + m
		}
	}
	return cards
}
