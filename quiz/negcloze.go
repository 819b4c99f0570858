package quiz

import (
	"regexp"
	"strings"
)

// negClozeOff keeps a negated cloze as it was (TestMeasureCardRules
// compares the decks with and without positiveNaming).
var negClozeOff bool

// reNegatedBefore is a negation in the words right before a blank, in
// its clause: "relationships that were not marked by “", "never joined
// the ".
var reNegatedBefore = regexp.MustCompile(`(?i)\b(?:not|never|no longer|neither|nor)\b[^,;:.()]{0,40}$|n't\b[^,;:.()]{0,40}$`)

// reNamedAs is what names a term right before it: "is often labeled as
// “", "became known as the ".
var reNamedAs = regexp.MustCompile(`(?i)\b(?:known as|called|named|termed|dubbed|labell?ed(?: as)?|referred to as|described as)\s+(?:the\s+)?[“"‘]?$`)

// negatedBlank reports a fact whose sentence negates the clause it
// stands in: a cloze on it asks for what did not happen (round 14
// builtin C2: "Mongolia began to develop relationships that were not
// marked by “_____.”").
func negatedBlank(f Fact) bool {
	at := f.Start - f.SentSpan.Start
	if at <= 0 || at > len(f.Sentence) {
		return false
	}
	m := reNegatedBefore.FindString(f.Sentence[:at])
	return m != "" && !strings.HasPrefix(strings.ToLower(m), "not only") // "not only the DPRK but …" negates nothing
}

// positiveNaming is a cloze front for a term from the sentence of the
// article that names it ("This period is often labeled as “ideology-driven
// friendship” by scholars."), with the sentence before it when it opens
// on "This" or "It" and so leans on that one, in place of a negated
// cloze; ok is false when no other sentence names the term so.
func (g *generator) positiveNaming(f Fact) (string, bool) {
	for _, si := range (*memo)(nil).sentencesNaming(g, f.Value) {
		s := g.sents[si].text
		if normSpace(s) == normSpace(f.Sentence) || fieldCount(s) > 30 || strings.ContainsAny(s, "\t?") {
			continue
		}
		k := findWord(s, f.Text, 0)
		if k < 0 || !reNamedAs.MatchString(s[:k]) {
			continue
		}
		text := blankAll(s, f.Text)
		if startsWithPronoun(s) {
			if si == 0 {
				continue
			}
			prev := g.sents[si-1]
			if prev.chapter != g.sents[si].chapter || prev.block != g.sents[si].block || startsWithPronoun(prev.text) ||
				findWord(prev.text, f.Text, 0) >= 0 || fieldCount(prev.text)+fieldCount(s) > 60 {
				continue
			}
			text = prev.text + " " + text
		}
		return "Which term completes the passage?\n“" + text + "”", true
	}
	return "", false
}
