// Package names finds the named things of a sentence: policies and
// programmes, people, places and organisations. Each way a name shows
// itself is a declared rule with examples and counter-examples, walked by
// the tests: sentence and run rules in rules.go, person rules in
// people.go, place rules in places.go. Word lists hold general English or
// come from CLDR (gazetteer.go). Deciding which mention of a name is the
// fact is left to the caller (quiz).
package names

import "strings"

// Kind says what a name names.
type Kind string

// The kinds of name.
const (
	Policy Kind = "policy" // policies, treaties, programmes, missions, summits
	Person Kind = "person"
	Place  Kind = "place"
	Org    Kind = "organization"
)

// Span is a half-open byte range [Start, End) in a sentence.
type Span struct{ Start, End int }

// Name is a name found in a sentence.
type Name struct {
	Kind Kind
	// Name is the name itself: "Partial Test Ban Treaty".
	Name string
	// Span is where it stands; it may hold more than the name, such as
	// the abbreviation defined with it: "Partial Test Ban Treaty (PTBT)".
	Span Span
	// Detail is a person's title or role, a name's abbreviation, or the
	// policy noun after a quoted term.
	Detail string
	// Weak names are kept only when no other rule names the same thing.
	Weak bool
}

// Find returns the names of one sentence in the order the rules found
// them; the same name may come more than once.
func Find(sentence string) []Name {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	cands := sc.sentenceNames(0, sentence)
	out := make([]Name, len(cands))
	for i, c := range cands {
		out[i] = Name{Kind: c.kind, Name: c.name, Span: c.span, Detail: c.detail, Weak: c.weak}
	}
	return out
}

// TitledPerson finds the first person named in the sentence before
// offset end, with the title the sentence gives them: "South Korean
// President Kim Daejung".
func TitledPerson(sentence string, end int) (string, bool) {
	toks := tokenize(sentence)
	for _, r := range capRuns(sentence, toks) {
		if k, sp, detail := classifyRun(sentence, toks, r); k == Person && sp.Start < end {
			name := sentence[sp.Start:sp.End]
			if detail != "" {
				return detail + " " + name, true
			}
			return name, true
		}
	}
	return "", false
}

// PolicyNoun reports a lower-case noun that says a term is a policy:
// "policy", "doctrine", "programme".
func PolicyNoun(w string) bool { return policyWordsLC[strings.ToLower(w)] }

// GroupNoun reports a word that heads the name of a body or a group,
// never of one person: an organisation's head noun ("Committee",
// "Council", "Party"), in any case, or the plural of one or of a title
// ("Councils", "Chiefs", "Ministers").
func GroupNoun(w string) bool {
	w = strings.Trim(w, ",.;:()")
	if w == "" {
		return false
	}
	w = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	if orgHeads[w] {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	return ok && (orgHeads[one] || titleWords[one])
}

// SharedModifier returns the hyphenated modifier of a policy named by one
// ("nuclear-free" of "nuclear-free policies"), so that names sharing it
// count as one policy.
func SharedModifier(name string) (string, bool) {
	if m := reHyphenHead.Regexp().FindStringSubmatch(name); m != nil && m[0] == name {
		return m[1], true
	}
	return "", false
}

// StateName reports a name shaped like a state's: "Soviet Union",
// "Russian Federation", "United Kingdom", "Ottoman Empire".
func StateName(name string) bool {
	return stateWords[LastWord(name)] && strings.Contains(name, " ")
}

var stateWords = set("Union", "Federation", "Republic", "Kingdom", "Empire", "States", "Confederation")

// LastWord is the last word of s (after a space, a bracket or a quote).
func LastWord(s string) string {
	s = strings.TrimRight(s, " \t\u00a0")
	return s[lastWordBreak(s)+1:]
}

// lastWordBreak is strings.LastIndexAny(s, " \t\u00a0(“\"") read byte by
// byte from the end (LastIndexAny decodes every character for a set with
// characters beyond ASCII): the index of the last such character's first
// byte, or -1.
func lastWordBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '\t', '(', '"':
			return i
		case 0xa0: // "\u00a0" is C2 A0
			if i >= 1 && s[i-1] == 0xc2 {
				return i - 1
			}
		case 0x9c: // "“" is E2 80 9C
			if i >= 2 && s[i-2] == 0xe2 && s[i-1] == 0x80 {
				return i - 2
			}
		}
	}
	return -1
}

// FirstWord is the first word of s.
func FirstWord(s string) string {
	s = strings.TrimLeft(s, " \t\u00a0")
	if s == "" {
		return ""
	}
	i := strings.IndexAny(s, " \t\u00a0")
	if i < 0 {
		return s
	}
	return s[:i]
}

// abbreviations end with a full stop that is part of the word.
var abbreviations = set("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "nos", "vs", "etc", "e.g", "i.e",
	"cf", "al", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "p", "pp", "vol", "ed", "fig", "approx", "inc",
	"ltd", "co", "corp", "dept", "est", "n.k", "s.k", "mt", "ft", "ave")
