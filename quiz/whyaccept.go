package quiz

import (
	"regexp"
	"strings"
)

// whyAcceptOff turns policyPurposes off, for measuring.
var whyAcceptOff bool

// reJustifies reads what a sentence says a policy justifies: "… and
// therefore justifies the intervention of fellow socialist states".
var reJustifies = regexp.MustCompile(`\bjustif(?:y|ies|ied) (.{6,})$`)

// reProclaims reads what a policy said: "a Soviet foreign policy that
// proclaimed any threat to socialist rule … was a threat to them all".
var reProclaims = regexp.MustCompile(`\b(?:proclaimed|proclaims|declared|declares|stated|states|asserted|asserts|held|holds) (?:that )?(.{6,})$`)

// policyPurposes are the other fair answers to a typed "Why was POLICY
// VERBED?" that the policy's paragraph gives: what the policy said and
// what it justified, from the sentences around the question's that name
// the policy (round 18 Brezhnev Q1: "Why was the Brezhnev Doctrine
// proclaimed?" keyed "to justify the Soviet-led occupation of
// Czechoslovakia"; "to justify intervening in socialist states" and "to
// protect socialist rule in the bloc", both from the sentence before,
// were marked wrong). Each is graded by its key words (alsoAccepted).
// Per sentence: the two sentences either side of the question's.
func (g *generator) policyPurposes(sa structAnswer) []string {
	if whyAcceptOff || !strings.HasPrefix(sa.prompt, "Why ") || sa.subj == "" || !g.documentSubject(sa.subj) {
		return nil
	}
	i := g.sentenceIndex(sa.sent.text)
	if i < 0 {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(sa.subj, "the "), "The ")
	var out []string
	for j := max(0, i-2); j < len(g.sents) && j <= i+2; j++ {
		o := g.sents[j]
		if o.chapter != g.sents[i].chapter || o.block != g.sents[i].block {
			continue
		}
		t := strings.TrimRight(strings.TrimSpace(withoutCitations(o.text)), ".")
		if j == i || findWord(t, name, 0) < 0 {
			continue // the question's own sentence gives its key
		}
		if m := reJustifies.FindStringSubmatch(t); m != nil {
			if p := purposePhrase(m[1]); p != "" {
				out = append(out, "to justify "+p)
			}
		}
		if m := reProclaims.FindStringSubmatch(t); m != nil {
			if p := purposePhrase(m[1]); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// purposePhrase is the clause a justification or a proclamation opens,
// cut at its own end: empty when it runs past 25 words (it is graded by
// its key words, never shown as the key).
func purposePhrase(s string) string {
	p := cutClause(s)
	for _, st := range []string{", and ", " and therefore ", ", with "} {
		if k := strings.Index(p, st); k > 0 {
			p = p[:k]
		}
	}
	if n := fieldCount(p); n < 2 || n > 25 {
		return ""
	}
	return p
}
