package quiz

import "strings"

// Round 16 (Brezhnev Q13): "What did the Brezhnev Doctrine proclaim?"
// keyed "any threat to socialist rule in any state of the Soviet bloc was
// a threat to them all" (17 words) is too long to type, yet it is the
// article's point. When a clause key too long to type says "A was B" and
// B is a short noun phrase, the point is asked as a cloze on B in its
// sentence, which keeps what follows ("…, and therefore justifies the
// intervention of fellow socialist states").

// pointClozeOff turns the point cloze off, for measuring.
var pointClozeOff bool

// pointHint opens a typed cloze on a phrase of several words.
const pointHint = "Type the missing words (the key words are enough)."

// maxPointWords is the longest phrase a point cloze blanks.
const maxPointWords = 6

// pointComplement is the noun phrase after the last "was", "were", "is"
// or "are" of a clause answer, when the phrase opens with a determiner
// and runs to the answer's end with at most maxPointWords words and no
// verb: "any threat … was a threat to them all" → "a threat to them all".
// Not a complement of another kind ("were able to fill …", "have been
// able to make …"), nor one of a clause with no copula.
func pointComplement(answer string) string {
	w := strings.Fields(answer)
	for i := len(w) - 2; i >= 2; i-- {
		if !copula[w[i]] {
			continue
		}
		rest := w[i+1:]
		if len(rest) < 2 || len(rest) > maxPointWords || !determiners[rest[0]] && rest[0] != "any" && rest[0] != "no" {
			return ""
		}
		b := strings.Join(rest, " ")
		if hasFiniteVerb(b) || strings.ContainsAny(b, ",;:\"“”()") {
			return ""
		}
		return b
	}
	return ""
}

// pointCloze is the typed cloze on a long clause answer's complement in
// its sentence (as the question reads it), or false.
func (g *generator) pointCloze(sa structAnswer) (Question, bool) {
	if pointClozeOff || sa.at < 0 || sa.causal {
		return Question{}, false
	}
	b := pointComplement(sa.answer)
	if b == "" {
		return Question{}, false
	}
	text := sa.sent.text
	end := sa.at + len(sa.answer)
	if end > len(text) || text[sa.at:end] != sa.answer {
		return Question{}, false
	}
	k := end - len(b)
	if findWord(text, b, 0) != k || findWord(text, b, end) >= 0 {
		return Question{}, false // the phrase stands elsewhere in the sentence too
	}
	blank := text[:k] + "_____" + text[end:]
	return Question{Type: FillIn, Kind: ClauseFact, Prompt: pointHint + "\n“" + blank + "”", Answer: []string{b}}, true
}
