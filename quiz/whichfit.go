package quiz

import (
	"regexp"
	"strings"
	"unicode"
)

// whichRuleOff turns one rule of the which-is-true items off (measure
// tests only): "short" (a statement of one claim, at most maxWhichWords
// words), "swap" (no option carries a name another option swaps in or
// out), "related" (the statements share a name).
var whichRuleOff = map[string]bool{}

// maxWhichWords is the most words a statement of a which-is-true item
// may have: four statements are read side by side and weighed against
// each other (round 19: CTBT's item of four long sentences, "sprawling").
const maxWhichWords = 25

// reWhichTail is where a statement's second claim starts: a trailing
// "which"/"who" clause ("…, which banned underground tests with yields
// above 150 kilotons."), a contrast ("…, while …", "…, whereas …") or a
// second clause joined by "and" that opens with its own circumstance or
// time ("…, and in 1986, Reagan reaffirmed …", "…, and later …").
var reWhichTail = regexp.MustCompile(`, (?:which|who|whom|whose|while|whereas|although|though|and (?:in|on|by|from|during|after|later|then|subsequently|eventually)) `)

// minWhichKept is the fewest words a statement cut to its first claim
// keeps: a shorter head is no claim of its own.
const minWhichKept = 5

// whichStatement is a statement as a which-is-true item shows it: cut to
// its first claim when a second one trails it (reWhichTail) and the
// first holds the statement's fact, or the value a false statement
// swapped in; ok false when it stays longer than maxWhichWords words.
// keep is the text the cut must not lose.
func whichStatement(st, keep string) (string, bool) {
	if whichRuleOff["short"] {
		return st, true
	}
	for _, m := range reWhichTail.FindAllStringIndex(st, -1) {
		head, tail := st[:m[0]], st[m[1]:]
		open := strings.HasPrefix(st[m[0]+2:], "and ")
		if !open && strings.Contains(tail, ",") {
			continue // ", which was signed in 1963, banned …": an aside inside the clause, not a trailing one
		}
		if len(strings.Fields(head)) < minWhichKept || keep != "" && !strings.Contains(head, keep) {
			continue
		}
		st = strings.TrimRight(head, " ,;:") + "."
		break
	}
	return st, len(strings.Fields(st)) <= maxWhichWords
}

// whichKeep is what a statement cut for a which-is-true item must keep:
// the value a false statement swapped in, or a true statement's fact.
func (g *generator) whichKeep(o Question) string {
	if o.swapped != "" {
		return o.swapped
	}
	if len(o.FactKeys) > 0 {
		if f, ok := g.factByKey(o.FactKeys[0]); ok {
			return f.Text
		}
	}
	return ""
}

// swapNames are the values at play in a false statement: the one it
// swapped in and the article's one it swapped out, with the kind of
// fact swapped.
func (g *generator) swapNames(o Question) ([]string, FactKind) {
	if o.swapped == "" || len(o.FactKeys) == 0 {
		return nil, ""
	}
	f, ok := g.factByKey(o.FactKeys[0])
	if !ok {
		return []string{o.swapped}, ""
	}
	return []string{o.swapped, f.Text}, f.Kind
}

// carriesName reports whether a statement writes a name, or a name of
// its family: the name itself, its acronym (in brackets, or its
// initials), or a distinctive word of it written with a capital ("Test"
// of "Partial Test Ban Treaty" in "the Threshold Test Ban Treaty";
// "Non-proliferation" in "the Non-Proliferation Treaty"). A policy's or
// a body's last word is its kind ("Treaty", "Plan", "Council") and tells
// no family; a person's or a place's is its own (a surname).
func carriesName(s, name string, kind FactKind) bool {
	if showsAny(s, []string{name}) {
		return true
	}
	if kind == DateFact {
		return carriesDate(s, name)
	}
	if kind == NumberFact || kind == "" {
		return false
	}
	caps := capitalWords(s)
	for _, w := range familyWords(name, kind) {
		if caps[w] {
			return true
		}
	}
	return false
}

// carriesDate reports whether a statement writes a date's month and
// year, with or without a day ("November 21, 1950" carries "November
// 1950" and "November 1950" carries "November 21, 1950"): two options of
// one month tell one event, and one gives the other away.
func carriesDate(s, date string) bool {
	var month, year string
	for _, w := range splitNameWords(date) {
		if isMonth(w) {
			month = w
		}
	}
	for _, w := range strings.FieldsFunc(date, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(w) == 4 {
			year = w
		}
	}
	if month == "" || year == "" {
		return false // a bare year: showsAny alone
	}
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range ws {
		if w != month {
			continue
		}
		// "November 1950", "November 21, 1950", "21 November 1950"
		if i+1 < len(ws) && ws[i+1] == year || i+2 < len(ws) && len(ws[i+1]) <= 2 && ws[i+2] == year {
			return true
		}
	}
	return false
}

// reBracketAcronym is an acronym in brackets after a name: "(NPT)".
var reBracketAcronym = regexp.MustCompile(`\(([A-Z][A-Za-z]*[A-Z])\)`)

// familyWords are the words that tell a name's family, lower-cased:
// capitalised words of four letters or more (the parts of a hyphened
// word each), no stop word or month, without a policy's or body's last
// word; and its acronym.
func familyWords(name string, kind FactKind) []string {
	var out []string
	if m := reBracketAcronym.FindStringSubmatch(name); m != nil {
		out = append(out, strings.ToLower(m[1]))
		name = strings.TrimSpace(reBracketAcronym.ReplaceAllString(name, ""))
	}
	ws := strings.Fields(name)
	for _, w := range ws {
		if w = strings.Trim(w, ".,;:()"); isAcronym(w) {
			out = append(out, strings.ToLower(w)) // "NPT"
		}
	}
	if (kind == PolicyFact || kind == OrgFact) && len(ws) > 1 {
		ws = ws[:len(ws)-1]
	}
	for _, w := range capitalParts(strings.Join(ws, " "), false) {
		if len(w) >= 4 && !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// capitalParts are the lower-cased parts of a text's words written with
// a capital, split at hyphens and punctuation ("Non-proliferation" →
// "non", "proliferation"), no month; with skipOpening, not its first
// word when that is a stop word or an opening word.
func capitalParts(s string, skipOpening bool) []string {
	var out []string
	for i, f := range strings.Fields(s) {
		f = strings.TrimLeft(f, "(\"“‘'")
		if f == "" || !unicode.IsUpper([]rune(f)[0]) {
			continue
		}
		for _, w := range splitNameWords(f) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			l := strings.ToLower(w)
			if w == "" || isMonth(w) || i == 0 && skipOpening && (stopWords[l] || openingWords[l]) {
				continue
			}
			out = append(out, l)
		}
	}
	return out
}

// splitNameWords are a text's words, split at hyphens and punctuation.
func splitNameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
}

// openingWords are function words a sentence opens with, capitalised
// there only because they open it.
var openingWords = map[string]bool{"after": true, "before": true, "during": true, "some": true, "many": true, "most": true,
	"both": true, "each": true, "other": true, "following": true, "under": true, "since": true, "although": true,
	"while": true, "however": true, "there": true, "these": true, "those": true, "such": true, "several": true,
	"only": true, "from": true, "between": true, "despite": true, "later": true, "until": true, "within": true}

// capitalWords are the lower-cased words of a text written with a
// capital (split at hyphens), but its first word when it is a stop word
// or opening word.
func capitalWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range capitalParts(s, true) {
		out[w] = true
	}
	return out
}

// swapAmongOptions reports a statement that may not stand beside
// another: either is false and the other writes the value it swapped in
// or out, or a name of its family (round 19 CTBT: options that trade
// treaty names with each other make the item a puzzle of elimination).
func (g *generator) swapAmongOptions(o Question, st string, p Question, ps string) bool {
	if whichRuleOff["swap"] {
		return false
	}
	for _, c := range [][2]struct {
		q Question
		s string
	}{{{o, st}, {p, ps}}, {{p, ps}, {o, st}}} {
		names, kind := g.swapNames(c[0].q)
		for _, n := range names {
			if carriesName(c[1].s, n, kind) {
				return true
			}
		}
		// both false and swapping values of one family ("PTBT" for
		// "TTBT" and "NPT" for "PTBT")
		if other, _ := g.swapNames(c[1].q); len(other) > 0 {
			for _, n := range names {
				for _, m := range other {
					if carriesName(m, n, kind) {
						return true
					}
				}
			}
		}
	}
	return false
}

// whichNames are the name words of a statement, for relatedStatements:
// its capitalised words of four letters or more that are no stop word or
// month, and its acronyms.
func whichNames(st string) map[string]bool {
	out := map[string]bool{}
	for w := range capitalWords(st) {
		if len(w) >= 4 && !stopWords[w] {
			out[w] = true
		}
	}
	for _, w := range splitNameWords(st) {
		if len(w) >= 2 && isAcronym(w) {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}

// sharesWhichName reports whether a statement shares a name word with the
// statements already chosen (round 19: four statements on one matter
// read as one question, four unrelated ones as four questions glued).
func sharesWhichName(st string, chosen map[string]bool) bool {
	if whichRuleOff["related"] {
		return true
	}
	for w := range whichNames(st) {
		if chosen[w] {
			return true
		}
	}
	return false
}
