package quiz

import (
	"regexp"
	"strings"

	"github.com/chapterwise/chapterwise/quiz/names"
)

// policyMention is a policy named in a sentence: its name and where.
type policyMention struct {
	name       string
	start, end int // offsets in the sentence
}

// policiesIn are the policies a sentence names, first first.
func (g *generator) policiesIn(s string) []policyMention {
	var out []policyMention
	for _, p := range g.ofKind(PolicyFact) {
		if i := findWord(s, p.Value, 0); i >= 0 && !g.insideLongerName(s, p.Value) {
			out = append(out, policyMention{p.Value, i, i + len(p.Value)})
		}
	}
	return out
}

var (
	// "…, was adopted by X", "were signed by Foreign Minister X"
	rePassiveBy = regexp.MustCompile(`^,? (?:was|were) (?:(?:first|later|then|formally|officially|jointly|also) )?([a-z]+) by(?: [\p{L}.-]+){0,4} $`)
	// "…was passed in 1988", ", enacted in 1988"
	rePassiveWhen = regexp.MustCompile(`^(,)? (?:(was|were) )?(?:(?:first|later|then|formally|officially|jointly|finally) )?([a-z]+) (?:in|on) $`)
	// the words between a verb and its object
	reDeterminers = regexp.MustCompile(`^ (?:(?:the|a|an|his|her|its|their) )?$`)
)

// policyQuestion asks about a policy in plain words when the fact's
// sentence says who acted on the policy or when: "Who signed the Marshall
// Plan on April 3, 1948?", "When was the Law on Cooperatives enacted?".
// The answer is the fact; the verb keeps the tense the sentence used.
func (g *generator) policyQuestion(f Fact) (string, bool) {
	s := f.Sentence
	fs, fe := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if fs < 0 || fe > len(s) {
		return "", false
	}
	for _, p := range g.policiesIn(s) {
		if p.start < fe && fs < p.end {
			continue // the fact is part of the policy's name
		}
		switch f.Kind {
		case PersonFact, OrgFact:
			who := "Who"
			if f.Kind == OrgFact {
				who = "Which organisation"
			}
			if p.start >= fe {
				if verb, ok := activeVerb(s[fe:p.start]); ok {
					return who + " " + verb + " " + termPhrase(p.name) + g.whenTail(f, p) + "?", true
				}
			}
			if p.end <= fs {
				if m := rePassiveBy.FindStringSubmatch(s[p.end:fs]); m != nil {
					if past, ok := participleToPast(m[1]); ok {
						return who + " " + past + " " + termPhrase(p.name) + g.whenTail(f, p) + "?", true
					}
				}
			}
		case DateFact:
			if !g.ownDate(f) {
				continue
			}
			be, do := "was", "did"
			if pluralName(p.name) {
				be = "were"
			}
			if p.end <= fs {
				if m := rePassiveWhen.FindStringSubmatch(s[p.end:fs]); m != nil && !namingVerbs[m[3]] {
					verb := m[3]
					switch {
					case m[2] != "" || m[1] != "" && (strings.HasSuffix(verb, "ed") || isParticiple(verb)):
						// "was passed in", ", enacted in": passive
						if part, ok := pastToParticiple(verb); ok {
							return "When " + be + " " + termPhrase(p.name) + partner(s, p.end) + " " + part + "?", true
						}
					case m[1] == "":
						// "the Talks began in": the policy acted
						if i, ok := pastOf[verb]; ok {
							return "When " + do + " " + termPhrase(p.name) + partner(s, p.end) + " " + irregularVerbs[i][0] + "?", true
						}
					}
				}
			}
			if verb, ok := verbBefore(s[:p.start]); ok && !namingVerbs[verb] && (fe <= p.start || fs >= p.end) {
				if part, ok := pastToParticiple(verb); ok {
					return "When " + be + " " + termPhrase(p.name) + partner(s, p.end) + " " + part + "?", true
				}
			}
		}
	}
	return "", false
}

// rePartner finds the party a policy was made with, after its name: " with
// the Kuomintang", " with Japan".
var rePartner = regexp.MustCompile(`^ (?:with|between) (?:the )?(?:[A-Z][\p{L}.-]*(?: (?:of |and |the )?[A-Z][\p{L}.-]*){0,4})`)

// partner is the party a policy was made with, said after its name, for a
// question on the policy: "When was the Treaty of Friendship with the
// Kuomintang signed?"; a treaty's name alone may fit another of the
// article's treaties.
func partner(s string, end int) string {
	if end > len(s) {
		return ""
	}
	m := rePartner.FindString(s[end:])
	if m == "" || strings.HasSuffix(m, " and") {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(m, " of"), " the")
}

// whenTail is " on 3 March 1951" when the sentence dates the act and the
// date is not the answer.
func (g *generator) whenTail(f Fact, p policyMention) string {
	for _, d := range g.ofKind(DateFact) {
		if d.Chapter == f.Chapter && d.Block == f.Block && d.SentSpan == f.SentSpan && g.ownDate(d) {
			return " " + datePhrase(d)
		}
	}
	return ""
}

// activeVerb reads the words between an actor and the policy it acted on:
// a past-tense verb, maybe after an adverb, then at most a determiner:
// " signed the " → "signed".
func activeVerb(middle string) (string, bool) {
	w := strings.Fields(middle)
	if len(w) == 0 || len(w) > 3 || strings.ContainsAny(middle, ",;:()“\"") {
		return "", false
	}
	if strings.HasSuffix(w[0], "ly") && len(w) > 1 {
		w = w[1:]
	}
	if !pastTense(w[0]) {
		return "", false
	}
	if !reDeterminers.MatchString(" " + strings.Join(w[1:], " ") + strings.Repeat(" ", min(1, len(w)-1))) {
		return "", false
	}
	return w[0], true
}

// verbBefore is the past-tense verb whose object the policy is: "passed
// the " before "Law on State Enterprise".
func verbBefore(before string) (string, bool) {
	w := strings.Fields(before)
	if len(w) == 0 {
		return "", false
	}
	i := len(w) - 1
	if i > 0 && determiners[w[i]] {
		i--
	}
	if !pastTense(w[i]) {
		return "", false
	}
	if i > 0 && (determiners[strings.ToLower(w[i-1])] || strings.HasSuffix(w[i-1], "ly")) {
		return "", false // "the strictly limited Canton System": an adjective
	}
	return w[i], true
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true}

// namingVerbs name a thing rather than act on it: "called the Marshall
// Plan" says nothing that happened to the plan.
var namingVerbs = map[string]bool{"called": true, "named": true, "known": true, "termed": true, "dubbed": true, "labelled": true, "labeled": true, "nicknamed": true, "described": true}

func anyPolicyNoun(s string) bool {
	for _, w := range strings.Fields(s) {
		if names.PolicyNoun(w) {
			return true
		}
	}
	return false
}

func isParticiple(w string) bool {
	_, ok := participleOf[w]
	return ok
}

// pluralName reports a name whose head noun is plural: "the Geneva
// Accords", "the Helsinki Final Act" is not.
func pluralName(name string) bool {
	head := name
	if w := strings.Fields(name); len(w) > 1 && isNumber(w[len(w)-1]) {
		return pluralName(w[len(w)-2]) // "Directive 1067": the head is Directive
	}
	for _, sep := range []string{" of ", " on ", " for ", " to ", " between "} {
		if i := strings.Index(head, sep); i > 0 && !anyPolicyNoun(head[i+len(sep):]) {
			head = head[:i] // "Law on Cooperatives": the head is Law
		}
	}
	w := strings.ToLower(lastWord(head))
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !isNumber(w)
}

// rePassiveDated reads the clause before a date: "As the Mongolian People’s
// Republic was established in " → "the Mongolian People’s Republic",
// "was", "established".
var rePassiveDated = regexp.MustCompile(`(?:^|, )(?:(?:As|When|After|Since|Before|Once|While|Although|Though|as|when|after|since|before|once|while) )?((?:[Tt]he )?[\p{Lu}][^,;:()]*?) (was|were) ([a-z]+) (?:in|on) $`)

// passiveWhen asks for a date the way its clause says it: "As the
// Mongolian People’s Republic was established in the mid-1920s, the MPR
// was eager …" → "When was the Mongolian People’s Republic established?".
// "When did this happen?" over a sentence that tells two events does not
// say which one it asks for.
func (g *generator) passiveWhen(f Fact) (string, bool) {
	if f.Kind != DateFact {
		return "", false
	}
	before := f.Sentence[:max(0, f.Start-f.SentSpan.Start)]
	m := rePassiveDated.FindStringSubmatch(before)
	if m == nil || namingVerbs[m[3]] {
		return "", false
	}
	subj, be, part := m[1], m[2], m[3]
	if _, ok := participleBase(part); !ok || !g.subjectIsNamed(subj) || !g.selfContained(subj) || len(strings.Fields(subj)) > 8 {
		return "", false
	}
	if w := firstWord(subj); w == "The" {
		subj = "the" + subj[3:]
	}
	return "When " + be + " " + subj + " " + part + "?", true
}

// subordinateDate reports a date inside a sentence's opening subordinate
// clause ("As the MPR was established in the mid-1920s, the MPR was eager
// …"): the sentence's own event is another one.
func subordinateDate(f Fact) bool {
	s := f.Sentence
	first := strings.ToLower(firstWord(s))
	switch first {
	case "as", "when", "after", "since", "before", "once", "while", "although", "though":
	default:
		return false
	}
	comma := strings.Index(s, ", ")
	return comma > 0 && f.Start-f.SentSpan.Start < comma
}
