package quiz

import (
	"regexp"
	"strings"
)

// moreSaidOff keeps the what-did cards moreSaid changes as they were
// (TestMeasureCardRules).
var moreSaidOff bool

// reWhatDidVerb is a question card's front "What did <subject> <verb>?",
// with or without its setting: "What did the Law on State Enterprise
// stipulate?".
var reWhatDidVerb = regexp.MustCompile(`^What did (.+) ([a-z]+)\?( \((?:chapter|article) “[^”]*”\))?$`)

// moreSaid is a what-did card on a subject whose paragraph goes on to say
// more of the same kind about it ("The law stipulated that state
// enterprises were free to determine output levels …" in a paragraph
// that goes on "Under the law, enterprises became self-financing …" and
// "Finally, the law shifted control … to elected workers' collectives"):
// the front fits each of them, and a student who recalls another marks
// themself wrong (round 16 perestroika X-C7, Y-C7). The card asks for
// one ("Name one thing the Law on State Enterprise stipulated.") and its
// back gives the others after its own answer. A later sentence of the
// same paragraph (within eight) says more when it opens "Under the
// <head>,", "Finally, the <head>", "The <head> also" or "It also", the
// head being the last word of the sentence's subject before its verb
// ("law"). A card whose paragraph says nothing more of its subject stays
// ("What did the PTBT ban?").
func (g *generator) moreSaid(c Card) (Card, bool) {
	if moreSaidOff || c.Kind != CardQuestion {
		return c, false
	}
	m := reWhatDidVerb.FindStringSubmatch(c.Front)
	if m == nil || reFrontDate.MatchString(m[1]) {
		return c, false // a dated front is twoAnswers' (oneanswer.go)
	}
	subject, verb := m[1], m[2]
	s := c.Sentence
	words := strings.Fields(s)
	at := -1
	for i, w := range words {
		if b, ok := baseForm(strings.Trim(w, ",;.")); ok && b == verb {
			at = i
			break
		}
	}
	if at < 1 || at > 8 {
		return c, false
	}
	past := strings.Trim(words[at], ",;.")
	head := strings.ToLower(strings.Trim(words[at-1], ",;()"))
	if len(head) < 3 || !isLowerWord(head) {
		return c, false
	}
	i := g.sentenceIndex(s)
	if i < 0 {
		return c, false
	}
	var more []string
	for j := i + 1; j < len(g.sents) && j <= i+8; j++ {
		o := g.sents[j]
		if o.chapter != g.sents[i].chapter || o.block != g.sents[i].block {
			break
		}
		t := strings.TrimSpace(withoutCitations(o.text))
		lower := strings.ToLower(t)
		for _, open := range []string{"under the " + head + ", ", "finally, the " + head + " ", "the " + head + " also ", "it also "} {
			if strings.HasPrefix(lower, open) {
				if k := strings.Index(t, ";"); k > 0 {
					t = t[:k] + "." // "…; that is, …": the provision, not its gloss
				}
				if w, ok := withoutConnective(t); ok {
					t = w
				} else if rest, ok := strings.CutPrefix(t, "Finally, "); ok {
					t = capitaliseFirst(rest)
				}
				more = append(more, t)
				break
			}
		}
	}
	if len(more) == 0 {
		return c, false
	}
	out := c
	out.Front = "Name one thing " + subject + " " + past + "." + m[3]
	answer, rest, _ := strings.Cut(c.Back, "\n")
	out.Back = answer + "\nAlso: " + strings.Join(more, " ")
	if rest != "" {
		out.Back += "\n" + rest
	}
	return out, true
}
