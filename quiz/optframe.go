package quiz

import (
	"regexp"
	"strings"
	"unicode"
)

// Round 13 (blind review, seed 97): an option must fit what the sentence
// says of its blank, not only be a name of the answer's kind. What was
// "signed" is an instrument (not "the Dixie Mission", China Q6); what
// carried out an "invasion" is a state, an army or an alliance (not an
// act, a resolution or a treaty, China Q12).

// round13optOff turns the round 13 option rules off, for measuring what
// they change.
var round13optOff, eraOfTitleOff, acrossHeadingOff bool

// instrumentHeads are the head nouns of what is signed or ratified.
var instrumentHeads = map[string]bool{
	"treaty": true, "treaties": true, "agreement": true, "agreements": true, "accord": true, "accords": true,
	"pact": true, "protocol": true, "convention": true, "communiqué": true, "communique": true,
	"declaration": true, "charter": true, "memorandum": true, "armistice": true, "statement": true,
}

// inertHeads are the head nouns of texts and programmes, which cannot
// act: no "_____ invasion of Czechoslovakia" is carried out by one.
var inertHeads = map[string]bool{
	"treaty": true, "treaties": true, "agreement": true, "agreements": true, "accord": true, "accords": true,
	"protocol": true, "convention": true, "communiqué": true, "communique": true, "declaration": true,
	"charter": true, "memorandum": true, "act": true, "resolution": true, "law": true, "doctrine": true,
	"plan": true, "policy": true, "program": true, "programme": true, "initiative": true, "statement": true,
	"amendment": true, "bill": true, "constitution": true, "code": true, "directive": true,
}

// policyHead is the head noun of a policy's or an instrument's name, in
// lower case: the last word before its first preposition or comma
// ("Treaty on the Non-Proliferation of Nuclear Weapons": treaty; "Partial
// Test Ban Treaty": treaty; "North Atlantic Treaty Organization":
// organization), a number after it left out ("Resolution 2758").
func policyHead(name string) string {
	w := strings.Fields(strings.TrimPrefix(name, "the "))
	for i, x := range w {
		if i > 0 && (headStops[x] || strings.HasSuffix(w[i-1], ",")) {
			w = w[:i]
			break
		}
	}
	for len(w) > 1 && strings.IndexFunc(w[len(w)-1], unicode.IsLetter) < 0 {
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(w[len(w)-1], ",.;:()“”\"'’"))
}

// headStops end the head part of a name: "Treaty of …", "Treaty on …".
var headStops = map[string]bool{"of": true, "on": true, "for": true, "between": true, "in": true, "to": true, "with": true}

// slotFrame is what the sentence says of its blank.
type slotFrame int

const (
	frameAny     slotFrame = iota
	frameSigned            // "The _____ was signed between Japan and China", "ratified the _____"
	frameActor             // "the _____ invasion of Czechoslovakia", "_____ troops entered"
	frameEnacted           // "Congress amended the _____", "the _____ was repealed"
)

// lawHeads are the head nouns of what a legislature passes, amends or
// repeals.
var lawHeads = map[string]bool{"act": true, "acts": true, "law": true, "laws": true, "bill": true, "amendment": true,
	"constitution": true, "code": true, "statute": true, "ordinance": true, "decree": true}

// reEnactedBefore finds a legislature's verb right before the blank;
// reEnactedAfter its passive or participle right after it ("The _____,
// enacted in May 1988").
var (
	reEnactedBefore = regexp.MustCompile(`\b(?:amended|amend|amending|amends|repealed|repeal|repealing|repeals|enacted|enact|enacting|passed|pass|passing)\s+(?:the\s+)?$`)
	reEnactedAfter  = regexp.MustCompile(`^,?\s+(?:(?:was|were|had been|has been|is|are)\s+)?(?:\p{Ll}+ly\s+)?(?:amended|repealed|enacted)\b`)
)

// enactedOff turns the enacted frame off, for measuring what it changes.
var enactedOff bool

// reSignedAfter finds a passive of signing right after the blank.
var reSignedAfter = regexp.MustCompile(`^,?\s+(?:was|were|had been|has been|is|are)\s+(?:\p{Ll}+ly\s+)?(?:signed|ratified|concluded|initialled|initialed)\b`)

// reSignedBefore finds a signing verb right before the blank.
var reSignedBefore = regexp.MustCompile(`\b(?:signed|sign|signing|signs|ratified|ratify|ratifying|ratifies|concluded)\s+(?:the\s+)?$`)

// reActorAfter finds an action noun an agent carries out right after the
// blank: "_____ invasion of", "_____ troops", "_____ forces".
var reActorAfter = regexp.MustCompile(`^(?:-led|’s|'s)?\s+(?:invasion|invasions|intervention|occupation|attack|attacks|offensive|troops|forces|army|armies|soldiers|tanks|bombing|incursion|blockade)\b`)

// slotFrameOf reads the blank's frame from the words beside it (one
// sentence, no scan of the article).
func slotFrameOf(f Fact) slotFrame {
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if rel < 0 || end > len(f.Sentence) || rel > end {
		return frameAny
	}
	before, after := f.Sentence[:rel], f.Sentence[end:]
	switch {
	case reSignedAfter.MatchString(after) || reSignedBefore.MatchString(before):
		return frameSigned
	case reActorAfter.MatchString(after):
		return frameActor
	case !enactedOff && (reEnactedBefore.MatchString(before) || reEnactedAfter.MatchString(after)):
		return frameEnacted
	}
	return frameAny
}

// fitsFrame reports whether option can stand in the blank's frame: an
// instrument where something was signed, no document where something
// acted, a law where a law was amended, passed or repealed. A frame the answer itself does not fit (a "Warsaw Pact" signed
// and acting alike) asks nothing of the options.
func fitsFrame(fr slotFrame, answer, option string) bool {
	if round13optOff {
		return true
	}
	switch fr {
	case frameSigned:
		return !instrumentHeads[policyHead(answer)] || instrumentHeads[policyHead(option)]
	case frameActor:
		return inertHeads[policyHead(answer)] || !inertHeads[policyHead(option)]
	case frameEnacted:
		// round 14-class China: "Congress amended the _____" (Chinese
		// Exclusion Act) among treaties, which no Congress amends
		return !lawHeads[policyHead(answer)] || lawHeads[policyHead(option)]
	}
	return true
}

// acrossHeading reports a date option on the other side of its chapter's
// heading years from the answer: under "1956 Hungarian crisis", Nagy's
// fall "in 1955" is a prelude, and 1968 or 1970, after the crisis the
// chapter tells, are no plausible prelude (round 13 Brezhnev Q2); an
// aftermath after the heading's years is not offered years before them
// either. An answer within the heading's years asks nothing.
func acrossHeading(answer, option DateValue, heading map[int]bool) bool {
	if acrossHeadingOff || len(heading) == 0 {
		return false
	}
	lo, hi := 1<<30, -1<<30
	for y := range heading {
		lo, hi = min(lo, y), max(hi, y)
	}
	alo, ahi := yearSpan(answer)
	olo, ohi := yearSpan(option)
	switch {
	case ahi < lo:
		return olo > hi
	case alo > hi:
		return ohi < lo
	}
	return false
}

// signedBodyOff turns the body test of signed slots off, for measuring
// what it changes.
var signedBodyOff bool

// maxBodySentences bounds the sentences actsAsBody reads per option.
const maxBodySentences = 200

// signableOption reports an option that can be what was signed: not a
// body the article makes act or have members, whatever its head noun
// (round 14 China Q17: "Warsaw Pact" among treaties for "China signed the
// _____"; the article writes "members of the Warsaw Pact" and "the Warsaw
// Pact invasion of Czechoslovakia"). Asked only of signed slots.
func (g *generator) signableOption(option string) bool {
	if signedBodyOff || g.ix == nil {
		return true
	}
	return !g.usedAsBody(option) && !g.actsAsBody(option)
}

// actsAsBody reports a name the article writes before an action an agent
// carries out ("the Warsaw Pact invasion of", "NATO forces").
func (g *generator) actsAsBody(name string) bool {
	read := 0
	for _, si := range g.ix.mentioning(name) {
		if read++; read > maxBodySentences {
			break
		}
		s := g.sents[si].text
		for at := findWord(s, name, 0); at >= 0; at = findWord(s, name, at+len(name)) {
			if reActorAfter.MatchString(s[at+len(name):]) {
				return true
			}
		}
	}
	return false
}

// bodyAnswerOff turns the body test of bodyAnswer off, for measuring what
// it changes.
var bodyAnswerOff bool

// bodyAnswer reports a policy's or a body's answer that the article uses
// as a body (it acts or has members): its options must be bodies too
// (round 14 Brezhnev Q6: "the share of power in the _____", the Warsaw
// Pact, among De-Stalinization, the Belgrade Declaration and the United
// Nations Charter, which hold no power).
func (g *generator) bodyAnswer(f Fact) bool {
	if bodyAnswerOff || g.ix == nil || (f.Kind != PolicyFact && f.Kind != OrgFact) || inertHeads[policyHead(f.Value)] {
		return false
	}
	return g.usedAsBody(f.Value) || g.actsAsBody(f.Value)
}
