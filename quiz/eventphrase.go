package quiz

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Round 10: ordering and matching items were sentences with their date
// blanked ("Already in _____, the UNRRA was founded …"): the blank asks
// for what the item does not want. An item is the sentence with its date
// phrase left out ("The UNRRA was founded …"), where that leaves a
// sentence; otherwise the blank stays.

// reDateLead is what leads into a date phrase at the end of a text: a
// preposition, "the morning of", "early".
var reDateLead = regexp.MustCompile(`(?i)(?:^|[\s,])((?:(?:already|as early as|as late as)\s+)?(?:on|in|by|from|during|since|until|of|around|about|circa|c\.)\s+(?:the\s+(?:morning|evening|night|spring|summer|autumn|fall|winter|end|beginning|start|middle|course)\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?)$`)

// reSpanEnd finds the rest of a span after its first date: "to 1953",
// "– June 1950", "and 1962".
var reSpanEnd = regexp.MustCompile(`(?i)^\s*(?:to|and|until|through|–|-|—)\s*(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:\d|january|february|march|april|may|june|july|august|september|october|november|december)`)

// withoutDate is sentence s with its date d and the date's preposition
// left out, or s with d blanked when the date cannot be cut cleanly
// (it is the sentence's subject or stands alone).
func withoutDate(s, d string) string {
	k := findWord(s, d, 0)
	if k < 0 || findWord(s, d, k+len(d)) >= 0 {
		return blankAll(s, d)
	}
	before, after := s[:k], s[k+len(d):]
	if reSpanEnd.MatchString(after) {
		return blankAll(s, d) // "from 1950 to 1953": one end of a span
	}
	if t := strings.TrimSpace(before); strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
		// "the Soviet Union's 1979 invasion" → "the Soviet Union's invasion"
	} else if m := reDateLead.FindStringSubmatchIndex(before); m != nil && m[2] >= 0 {
		before = before[:m[2]]
	} else if w := strings.Fields(strings.ToLower(before)); len(w) == 0 || w[len(w)-1] != "the" && w[len(w)-1] != "a" && w[len(w)-1] != "an" {
		return blankAll(s, d) // "1947 saw …", "between 1945 and …": no phrase to cut
	}
	before = strings.TrimRight(before, " ")
	if w := strings.Fields(before); len(w) > 0 && strings.HasPrefix(strings.TrimSpace(after), ",") && !strings.HasSuffix(before, ",") {
		switch last := strings.ToLower(w[len(w)-1]); {
		case last == "and" || last == "but" || last == "or":
			after = strings.TrimPrefix(strings.TrimSpace(after), ",") // "and in 2018, the United States" → "and the United States"
		case len(w) == 1 || strings.HasSuffix(w[len(w)-2], ","):
			// "Established in 2003, Khaan Quest …", "Animal Farm, published in 1945, provoked …"
			// leave a participle without its phrase
			return blankAll(s, d)
		}
	}
	after = strings.TrimLeft(after, " ")
	if !reducedClauseOff && reducedClause(before, after) {
		// round 16 cold war Q10: "Fraudulent Polish elections held in
		// January 1947 resulted in …" → "… elections held resulted in …"
		return blankAll(s, d)
	}
	switch {
	case strings.HasSuffix(before, ",") && strings.HasPrefix(after, ","):
		after = strings.TrimLeft(after[1:], " ") // "After the war, in 1947, Brown wrote" → "After the war, Brown wrote"
		if l := strings.ToLower(before); strings.HasSuffix(l, " and,") || strings.HasSuffix(l, " but,") || strings.HasSuffix(l, " or,") {
			before = strings.TrimSuffix(before, ",") // "and, in 2018, the United States" → "and the United States"
		}
	case before == "" && strings.HasPrefix(after, ","):
		after = strings.TrimLeft(after[1:], " ")
	case strings.HasSuffix(before, ","):
		before = strings.TrimSuffix(before, ",")
	}
	out := before
	if out != "" && after != "" && !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, ".") {
		out += " "
	}
	out += after
	out = strings.TrimSpace(out)
	if len(strings.Fields(out)) < 4 {
		return blankAll(s, d)
	}
	if r, n := utf8.DecodeRuneInString(out); unicode.IsLower(r) {
		out = string(unicode.ToUpper(r)) + out[n:]
	}
	return out
}

// reducedClauseOff turns reducedClause off, for measuring.
var reducedClauseOff bool

// reducedClause reports a date phrase that ends a participle's phrase
// right before the main verb: "elections held [in January 1947]
// resulted in …", "the troops stationed [in 1945] remained …". Cut, the
// participle runs into the verb; the phrase stays (blanked).
func reducedClause(before, after string) bool {
	b, a := strings.Fields(before), strings.Fields(after)
	if len(b) < 2 || len(a) == 0 {
		return false
	}
	last := strings.ToLower(b[len(b)-1])
	if _, ok := participleToPast(last); !ok || strings.ContainsAny(last, ",;:") {
		return false
	}
	if prev := strings.ToLower(b[len(b)-2]); copula[prev] || prev == "been" || prev == "be" || prev == "has" || prev == "have" || prev == "had" {
		return false // "was signed [in 1950] and …": the participle is the verb
	}
	first := strings.Trim(a[0], ",;:.")
	return first == strings.ToLower(first) && pastTense(first)
}
