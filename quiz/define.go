package quiz

import (
	"regexp"
	"strings"
)

// A definition card asks "What is X?" and must answer it. A sentence
// answers it only when it says what X is or does with X as its subject,
// sets X beside a description, or introduces X by name; a sentence that
// merely mentions X ("the theory of glasnost is perceived as being
// Leninist") answers nothing.

// defineTail is what follows a term used as a subject, after an optional
// bracket and an optional comma-bound aside: a copula before a
// description ("was a political movement", "is perhaps the most radical"),
// or a verb that says what it is or did ("aimed to", "provided",
// "refers to").
var defineTail = regexp.MustCompile(`^(?:\s*\([^()]*\))?(?:\s*,[^,]{1,90},)?\s+(?:` +
	`(?:is|was|are|were|remains|remained|has been|had been)\s+(?:(?:\w+ly|perhaps|also|thus|then|now|still)\s+)?` +
	`(?:a|an|the|one|known|called|designed|intended|meant|aimed|based)\b` +
	`|(?:refers? to|referred to|means|meant|denotes|denoted)\b)`)

// evaluationTail is a copula before a judgement rather than a
// description: "was perhaps the most radical of the reforms" says how the
// term is rated, not what it is (round 9: "What is the Law on
// Cooperatives?" answered by its rank among reforms and its date).
var evaluationTail = regexp.MustCompile(`^(?:\s*\([^()]*\))?(?:\s*,[^,]{1,90},)?\s+(?:is|was|are|were|remains|remained)\s+(?:(?:perhaps|probably|arguably|possibly|also)\s+)?(?:one of\s+)?the\s+(?:most|least|\w+est)\b`)

// doesTail says what a subject did rather than what it is: "The Marshall
// Plan required a reduction of interstate barriers".
var doesTail = regexp.MustCompile(`^(?:\s*\([^()]*\))?(?:\s*,[^,]{1,90},)?\s+(?:` +
	`(?:refers? to|referred to|means|meant|denotes|denoted|describes|described|aim(?:s|ed)?|s(?:ought|eeks)|provide[sd]|establishe[sd]|require[sd]|allow(?:s|ed)|permit(?:s|ted)|limit(?:s|ed)|calls? for|called for|sets? out|set up|create[sd]|bann?(?:s|ed)|prohibit(?:s|ed)|grant(?:s|ed)|gave|gives|declare[sd]|stipulate[sd]|guarantee[sd]|abolishe[sd]|define[sd]|recogni[sz]e[sd]|commit(?:s|ted)|oblige[sd]|offer(?:s|ed)|promise[sd]|ended|ends|introduce[sd]|replace[sd]|sought)\b)`)

// subjectLead is what may stand before a term that is its sentence's
// subject: nothing, an opening phrase closed by a comma ("In 2013, "), and
// an article or possessive ("the", "Mongolia's").
var subjectLead = regexp.MustCompile(`^(?:[^,;:()"“”]{1,80}, )?(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}['’]s) )?$`)

// apposTail is a description set beside a term: "Khaan Quest, a
// multinational exercise, …", "X, the first treaty to …".
var apposTail = regexp.MustCompile(`^,\s+(?:a|an|the)\s+(?:[a-z0-9][\w-]*)\b[^,]{0,120},`)

// glossTail explains a term in brackets or by "meaning": glasnost
// (meaning "openness"), perestroika ("restructuring").
var glossTail = regexp.MustCompile(`^[”"’]?\s*(?:\(\s*(?:meaning|lit\.|literally|i\.e\.|[“"])|,\s+(?:meaning|literally)\b)`)

// namingLead introduces a term by name: "a plan, known as the Molotov
// Plan", "what scholars call Mongolia’s “third-neighbor policy”".
var namingLead = regexp.MustCompile(`(?i)\b(?:known as|called|named|termed|dubbed|labell?ed)\s+(?:(?:the|a|an|[A-Z][\w.-]*['’]s)\s+)?[“"]?$`)

// purposeLead and purposeTail state what a term is for: "Mongolia’s goal
// in adopting the “third-neighbor policy” was to weave …", "The aim of
// the plan was to …".
var purposeLead = regexp.MustCompile(`(?i)\b(?:goal|aim|purpose|objective|intent)s?\b[^,.;]{0,30}[“"]?$`)
var purposeTail = regexp.MustCompile(`^[”"]?[^,.;]{0,20}\b(?:was|were|is|are)\s+(?:to|that)\b`)

// aliasLead is the open bracket of another name for a subject: "The
// Marshall Plan (officially the European Recovery Program, ERP) was …".
var aliasLead = regexp.MustCompile(`^(?:[^,;:()]{1,80}, )?(?:[Tt]he )?[A-Z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,6} \((?:officially|formally|formerly|also(?: known as| called)?|or|abbreviated|short for)?\s*(?:the\s+)?$`)

// definesTerm reports whether sentence s says what term is or does.
func definesTerm(s, term string) bool { return defineStrength(s, term) > 0 }

// defineStrength is 2 when sentence s says what term is, 1 when it says
// only what term did (its subject), and 0 when it merely mentions it.
func defineStrength(s, term string) int {
	best := 0
	for i := findWord(s, term, 0); i >= 0; i = findWord(s, term, i+len(term)) {
		before, after := s[:i], s[i+len(term):]
		bare := strings.TrimRight(before, "“\"‘")
		if subjectLead.MatchString(bare) && doesTail.MatchString(strings.TrimLeft(after, "”\"’")) {
			best = 1
		}
		if definesAt(before, after) {
			return 2
		}
	}
	return best
}

// definesAt reports whether the term between before and after is defined
// there.
func definesAt(before, after string) bool {
	{
		bare := strings.TrimRight(before, "“\"‘")
		if subjectLead.MatchString(bare) && defineTail.MatchString(strings.TrimLeft(after, "”\"’")) && !evaluationTail.MatchString(strings.TrimLeft(after, "”\"’")) {
			return true
		}
		if apposTail.MatchString(strings.TrimLeft(after, "”\"’")) && !inBrackets(before) && !introPhrase(before) {
			return true
		}
		if glossTail.MatchString(after) && subjectLead.MatchString(bare) {
			// the gloss of the sentence's subject; a gloss of a word in
			// another subject's sentence ("Perestroika was … and his
			// glasnost (meaning "openness") policy") makes a card whose back
			// defines the other subject (round 9, a wrong card)
			return true
		}
		if purposeLead.MatchString(before) && purposeTail.MatchString(after) {
			return true
		}
		if loc := namingLead.FindStringIndex(before); loc != nil && !modifierNaming(before[:loc[0]]) && !aliasNaming(before[:loc[0]]) {
			return true
		}
		if aliasLead.MatchString(before) {
			if j := strings.Index(after, ")"); j >= 0 && defineTail.MatchString(after[j+1:]) {
				return true
			}
		}
	}
	return false
}

// introPhrase reports text before a term that opens the sentence with a
// phrase the comma after the term closes: "Replacing an earlier proposal
// for the Morgenthau Plan, the programme …" sets nothing beside the term.
func introPhrase(before string) bool {
	if strings.Contains(before, ",") {
		return false
	}
	w := strings.ToLower(firstWord(before))
	return introWords[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

var introWords = map[string]bool{"in": true, "on": true, "at": true, "after": true, "before": true, "with": true, "without": true,
	"during": true, "following": true, "under": true, "by": true, "for": true, "despite": true, "although": true, "though": true,
	"while": true, "when": true, "as": true, "since": true, "to": true, "from": true, "through": true, "until": true, "because": true, "if": true}

// modifierNaming reports text before "named"/"called" that makes it part of
// the name's own noun phrase ("the facetiously named Sinatra Doctrine"), so
// it introduces nothing.
func modifierNaming(before string) bool {
	w := strings.Fields(strings.ToLower(before))
	if n := len(w); n > 0 && strings.HasSuffix(w[n-1], "ly") {
		w = w[:n-1]
	}
	if n := len(w); n > 0 {
		return w[n-1] == "the" || w[n-1] == "a" || w[n-1] == "an" || w[n-1] == "his" || w[n-1] == "its" || w[n-1] == "their"
	}
	return false
}

// aliasNaming reports text before "known as"/"called" that gives the
// name as another name of a thing named already: "(GTI, formerly known as
// the Tumen River Development Project)", "also called …". The sentence
// says what the thing was called, not what it is.
func aliasNaming(before string) bool {
	if inBrackets(before) {
		return true
	}
	w := strings.Fields(strings.ToLower(before))
	if n := len(w); n > 0 {
		switch strings.Trim(w[n-1], ",") {
		case "formerly", "formally", "previously", "originally", "also", "now", "later", "officially", "sometimes", "often", "commonly":
			return true
		}
	}
	return false
}

func inBrackets(before string) bool {
	return strings.Count(before, "(") > strings.Count(before, ")")
}

// definition picks the sentence that says what a term is: the first one
// in the article that defines it, preferring one of readable length. It
// reports false when no sentence does.
//
// A sentence that says what the term is beats one that says what it did;
// among those, a sentence of readable length beats a long one, and an
// earlier one a later one. A sentence led by a pronoun leans on the one
// before it and is never used.
func definition(ix *sentenceIndex, f Fact) (Fact, bool) {
	d := ix.remember(definitionKey, f.Value, func() foundAt { return definitionOf(ix, f.Value) })
	if d.sent < 0 {
		return Fact{}, false
	}
	return newFact(ix.sents[d.sent], f.Kind, Span{d.at, d.at + len(f.Value)}, f.Value, f.Detail, f.Date), true
}

// definitionOf finds the sentence that defines term best (definition):
// which one depends on the term alone, so each term's is looked for once.
func definitionOf(ix *sentenceIndex, term string) foundAt {
	best := foundAt{sent: -1}
	bestRank := 0
	for _, si := range ix.mentioning(term) {
		s := ix.sents[si]
		if findWord(s.text, term, 0) < 0 {
			continue
		}
		st := defineStrength(s.text, term)
		if st == 0 {
			continue
		}
		// after defineStrength, which turns most sentences away sooner
		if startsWithPronoun(s.text) || reBrokenTemplate.MatchString(normSpace(s.text)) {
			continue // leans on the sentence before; lost a figure in pasting
		}
		rank := 2 * st
		if fieldCount(s.text) <= maxQuestionWords {
			rank++
		}
		if rank > bestRank {
			best, bestRank = foundAt{sent: int(si), at: findWord(s.text, term, 0)}, rank
		}
	}
	return best
}

// cutName reports a name that its mention shows to be cut: it ends on an
// initial ("George H. W."), follows one, or the text goes on with more of
// the name ("Joint Chiefs of Staff" taken as "Joint Chiefs").
func cutName(f Fact) bool {
	if reInitials.MatchString(lastWord(f.Value)) {
		return true
	}
	if f.Start < f.SentSpan.Start || f.End > f.SentSpan.Start+len(f.Sentence) {
		return false
	}
	if nameGoesOn(f.Sentence[f.End-f.SentSpan.Start:]) {
		return true
	}
	before := strings.Fields(f.Sentence[:f.Start-f.SentSpan.Start])
	if n := len(before); n > 0 {
		if reInitials.MatchString(before[n-1]) {
			return true
		}
		// "Communist Party of the _____": the tail of a longer name
		if before[n-1] == "the" {
			n--
		}
		if n >= 3 && before[n-1] == "of" && capitalised(before[n-2]) {
			return true
		}
	}
	return false
}

// reInitials is a word of initials only: "W.", "H.W.".
var reInitials = regexp.MustCompile(`^(?:[A-Z]\.)+$`)

// reGloss finds what a term's name means, after the term: "The literal
// meaning of perestroika is "restructuring"", "perestroika
// (restructuring)", "glasnost (meaning "openness")", "Ostpolitik,
// meaning "eastern policy"".
var (
	reGlossIs      = regexp.MustCompile(`(?i)\bmeaning of (?:the (?:word |term )?)?(\S+(?: \S+){0,3}) is [“"]([^”"]{2,40})[”"]`)
	reGlossBracket = regexp.MustCompile(`^[”"’]?\s*(?:\(\s*(?:meaning\s+|literally\s+|lit\.\s+)?[“"]?([a-z][^()“”";]{1,40}?)[”"]?\s*[);]|,\s+(?:meaning|literally)\s+[“"]([^”"]{2,40})[”"])`)
)

// glossOf finds what the article says a term's name means, in any
// sentence: a definition card shows it under its sentence (round 11,
// perestroika C1: "What is Perestroika?" without "restructuring").
func glossOf(ix *sentenceIndex, term string) (string, bool) {
	if term == "" || strings.Contains(term, " ") {
		return "", false // a name of several words says what it is
	}
	lower := strings.ToLower(term[:1]) + term[1:]
	upper := strings.ToUpper(term[:1]) + term[1:]
	seen := map[int32]bool{}
	for _, form := range []string{upper, lower} {
		for _, si := range ix.mentioning(form) {
			if seen[si] {
				continue
			}
			seen[si] = true
			s := ix.sents[si].text
			if m := reGlossIs.FindStringSubmatch(s); m != nil && strings.EqualFold(strings.Trim(m[1], "“”\""), term) {
				return m[2], true
			}
			for i := findWord(s, form, 0); i >= 0; i = findWord(s, form, i+len(form)) {
				if m := reGlossBracket.FindStringSubmatch(s[i+len(form):]); m != nil {
					if m[1] != "" {
						return strings.TrimSpace(m[1]), true
					}
					return m[2], true
				}
			}
		}
	}
	return "", false
}
