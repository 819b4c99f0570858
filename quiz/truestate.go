package quiz

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Round 11: a true statement copied word for word "tests recognition
// only" when the sentence is a side detail ("Mongolia has also been an
// avid supporter of the Greater Tumen Initiative", "a major address by
// Secretary of State George Marshall was planned"), and is judged good
// when it states a main point: a dated event ("On 10 September 1996, the
// CTBT was adopted …"), a cause ("Tax revenues declined because …"), or
// what a policy held ("The emerging doctrine of containment argued …").
// Over rounds 10 and 11, 13 of the 17 true copies that pass mainPoint
// were good and all 6 that fail it were awkward.

// mainPoint reports whether f's sentence states one of the article's
// points, so that a true statement made of it asks something: it dates
// an event, states a cause, a consequence or an aim, or has a policy as
// its subject.
func (g *generator) mainPoint(f Fact) bool {
	if f.Kind == DateFact && preciseDate(f) {
		return true
	}
	for _, o := range g.sentenceFacts(f) {
		if o.Kind == DateFact && o.Text != f.Text && reYear.MatchString(o.Text) {
			return true
		}
	}
	if statesCause(f.Sentence) {
		return true
	}
	return g.policyFirst(f)
}

// causeWords join what happened to why or to what end (causal.go's
// markers, and the words a sentence names its main cause or hope with).
var causeWords = []string{" in the hope that ", " the main cause ", " the main reason ", " as a result ", " as a consequence ", " in response to "}

// statesCause reports a sentence that says why something happened or
// what it led to: "because", "in order to", "led to", "aimed to" ….
func statesCause(s string) bool {
	l := " " + strings.ToLower(s) + " "
	for _, m := range causeMarkers {
		if strings.Contains(l, m.marker) {
			return true
		}
	}
	for _, m := range consequenceVerbs {
		if strings.Contains(l, m.marker) {
			return true
		}
	}
	for _, m := range purposeVerbs {
		if strings.Contains(l, m.marker) {
			return true
		}
	}
	for _, m := range causeWords {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// maxSubjectWords is how far into a sentence its subject's name may
// start: "The emerging doctrine of containment …".
const maxSubjectWords = 5

// policyFirst reports a sentence whose first name is a policy, within
// its first words: the policy is what the sentence is about.
func (g *generator) policyFirst(f Fact) bool {
	first, name, at := FactKind(""), "", len(f.Sentence)+1
	for _, o := range g.sentenceFacts(f) {
		if o.Kind == DateFact || o.Kind == NumberFact {
			continue
		}
		if i := o.Start - f.SentSpan.Start; i >= 0 && i < at {
			first, name, at = o.Kind, o.Text, i
		}
	}
	// an event's name (the Moscow conference) opens a sentence about what
	// followed it, not what a policy held
	return first == PolicyFact && !thingHeads[strings.ToLower(lastWord(name))] && at <= len(f.Sentence) && len(strings.Fields(f.Sentence[:at])) <= maxSubjectWords
}

// marksHint tells the reader of a typed question whose answer carries
// accents or other marks that the grader folds them (normAnswer).
const marksHint = "Accents and other marks may be left out."

// marked reports a letter with an accent or another mark ("Rákosi",
// "Dubček"), which many keyboards cannot type.
func marked(s string) bool {
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}

// clauseHolding is the part of a statement joined by a semicolon that
// holds value, as a sentence of its own ("The Marshall Plan was replaced
// by the Mutual Security Plan at the end of 1951; that new plan gave away
// …" → its first part), when that part stands alone: it opens the
// statement, or opens with neither a pronoun nor a "that"/"this" that
// leans on the part before. Otherwise the statement is kept whole.
func clauseHolding(statement, value string) string {
	parts := strings.Split(statement, "; ")
	if len(parts) < 2 {
		return statement
	}
	for i, p := range parts {
		if !strings.Contains(p, value) {
			continue
		}
		if strings.Count(statement, value) > 1 || len(strings.Fields(p)) < 6 {
			return statement
		}
		if i > 0 && (startsWithPronoun(p) || leansBack[strings.ToLower(firstWord(p))]) {
			return statement
		}
		p = capitaliseFirst(strings.TrimSpace(p))
		if i < len(parts)-1 {
			p = strings.TrimRight(p, ",;:") + "."
		}
		return p
	}
	return statement
}

// leansBack open a clause that points at the one before it.
var leansBack = map[string]bool{"that": true, "this": true, "these": true, "those": true, "such": true, "both": true}
