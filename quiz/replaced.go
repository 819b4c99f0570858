package quiz

import (
	"regexp"
	"strings"
)

// replacedOff leaves the replaced-by cards out (a test compares the decks
// with and without them).
var replacedOff bool

// replacedCard asks what replaced a named policy, treaty or plan when the
// sentence says so of the fact's name ("The Marshall Plan was replaced by
// the Mutual Security Plan at the end of 1951; …" → "What replaced the
// Marshall Plan at the end of 1951?" → "The Mutual Security Plan";
// "Thereafter, JCS 1067 was supplanted by JCS 1779, stating …" → "What
// supplanted JCS 1067?"). The front names the thing replaced, so it
// needs nothing else of the sentence: a sentence that leans on the one
// before it, or opens on "It" that stands for a name, still gives one
// (the succession of policies is a key fact an article's deck left
// without a card). The date phrase right after the new name ("in 1989",
// "at the end of 1951") goes into the front; the replaced thing must be a
// name (capitalised), not "this policy".
func replacedCard(f Fact, s string) (Card, bool) {
	if f.Kind != PolicyFact || s == "" {
		return Card{}, false
	}
	m := reReplacedBy.FindStringSubmatchIndex(s)
	if m == nil {
		return Card{}, false
	}
	oldName, verb := s[m[4]:m[5]], s[m[6]:m[7]]
	rest := s[m[1]:]
	yThe := strings.HasPrefix(rest, "the ")
	rest = strings.TrimPrefix(rest, "the ")
	if !strings.HasPrefix(rest, f.Text) || strings.EqualFold(oldName, f.Text) {
		return Card{}, false
	}
	after := rest[len(f.Text):]
	if nameGoesOn(after) {
		return Card{}, false // the fact is the head of a longer name
	}
	front := "What " + verb + " "
	if m[2] >= 0 {
		front += "the "
	}
	front += oldName
	if d := reAfterDate.FindString(after); d != "" {
		front += strings.TrimRight(d, " ,;")
	}
	front += "?"
	back := f.Text
	if yThe {
		back = "The " + back
	}
	if codeName(f.Text) && codeName(oldName) {
		// round 14 Marshall Plan: "What supplanted JCS 1067?" → "JCS
		// 1779." taught two codes; the back says what the new one
		// stated, or the card goes
		d, ok := codeDescription(after)
		if !ok {
			return Card{}, false
		}
		return newCard(CardQuestion, f, front, back+", "+d), true
	}
	return newCard(CardQuestion, f, front, back+"."), true
}

// reReplacedBy finds "X was replaced / superseded / supplanted / succeeded
// by " with X a capitalised name (its "the" in group 1).
var reReplacedBy = regexp.MustCompile(`(?:^|[,;] |\b(?:[Tt]hereafter|[Ll]ater|[Ee]ventually),? )(?:([Tt]he) )?((?:\p{Lu}[\p{L}\d’'.-]*|\d{2,4})(?: (?:of|on|for|and|the|to|with|\p{Lu}[\p{L}\d’'.-]*|\d{2,4}))*?) (?:was|were) (?:later |eventually |soon |formally |officially |finally |itself )?(replaced|superseded|supplanted|succeeded) by `)

// reAfterDate is a date phrase that follows a name: " in 1989", " at the
// end of 1951", " on 12 September 1990".
var reAfterDate = regexp.MustCompile(`^ (?:in|on|at the end of|at the start of|by|from) (?:(?:early|mid|late|the end of) )?(?:\d{1,2} )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:\d{1,2}, )?(?:1\d{3}|20\d{2})\b`)

// codeName reports a name that is only a code: capitals and figures, a
// figure and a capital among them ("JCS 1779", "NSC-68", "UNSCR 1441"):
// it says nothing of what the thing was.
func codeName(s string) bool {
	digit, letter := false, false
	w := strings.Fields(s)
	for _, x := range w {
		for _, r := range x {
			switch {
			case r >= '0' && r <= '9':
				digit = true
			case r >= 'A' && r <= 'Z':
				letter = true
			case r == '-', r == '/', r == '.':
			default:
				return false
			}
		}
	}
	return digit && letter && len(w) <= 3
}

// codeDescription is what the sentence says of a code right after it: a
// participle or relative clause set off by a comma that runs to the
// sentence's end (", stating that “an orderly … Germany.”"), ended with a
// stop; ok is false for anything else (a clause of its own, a date, a
// list, or more than 30 words).
func codeDescription(after string) (string, bool) {
	d, ok := strings.CutPrefix(strings.TrimSpace(after), ", ")
	if !ok || fieldCount(d) > 30 || unbalancedQuotes(d) {
		return "", false
	}
	first := strings.ToLower(firstWord(d))
	if first != "which" && first != "that" && !participle(first) {
		return "", false
	}
	if !strings.HasSuffix(d, ".") && !strings.HasSuffix(d, ".\"") && !strings.HasSuffix(d, ".”") {
		d += "."
	}
	return d, true
}
