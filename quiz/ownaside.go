package quiz

import (
	"regexp"
	"strings"
	"unicode"
)

// Issue 18, round 15 (seed 307): two true/false items the blind review
// judged wrong or absurd.
//
//   - A statement cut the parenthetical that qualified its subject: "The
//     Cold War (1947–1953) is the period within the Cold War from …"
//     became "The Cold War is the period within the Cold War from …",
//     keyed True and false as it stands. keptSubjectAside keeps it.
//   - A false statement swapped in a treaty of another time: "The
//     German–Soviet Commercial Agreement was signed in July 1953 after
//     the death of Stalin", where the article writes "the 1939
//     German–Soviet Commercial Agreement" in a sentence of 1948.
//     ownYears dates a name by the year written with it.

// subjectAsideOff turns keptSubjectAside off, for measuring what it changes.
var subjectAsideOff bool

// eraSkipOff turns off the skip of a false statement whose every swap
// is of another time (swapOfTheEra leaves none): it fell back to a true
// copy, and true copies were half of the corpus's statements.
var eraSkipOff bool

// ownYearOff turns ownYears off, for measuring what it changes.
var ownYearOff bool

// reYearSpan finds a span of years in an aside: "1947–1953", "1939-45".
var reYearSpan = regexp.MustCompile(`\b(?:1[0-9]{3}|20[0-9]{2})\s*[–—-]\s*(?:[0-9]{2}|1[0-9]{3}|20[0-9]{2})\b`)

// maxAsideSubjectWords is the most words of a subject an aside may follow.
const maxAsideSubjectWords = 6

// openingPrepositions open an adverbial, not a subject: "In 1947 (…)".
var openingPrepositions = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true, "before": true, "by": true,
	"from": true, "since": true, "until": true, "with": true, "for": true, "under": true, "following": true, "as": true, "when": true, "while": true}

// keptSubjectAside is a statement without its bracketed asides
// (withoutAsides), except the one right after its subject when that
// aside is part of the subject: it holds a span of years ("The Cold War
// (1947–1953) is the period within the Cold War …"), or the subject's
// head noun comes back later in the sentence, so that without the aside
// the sentence would say the subject is part of itself.
func keptSubjectAside(s string) string {
	if subjectAsideOff {
		return withoutAsides(s)
	}
	q := strings.IndexByte(s, '(')
	if q < 0 {
		return s
	}
	r := strings.IndexAny(s[q+1:], "()")
	if r < 0 || s[q+1+r] == '(' {
		return withoutAsides(s)
	}
	r += q + 1
	if !subjectAside(s[:q], s[q+1:r], s[r+1:]) {
		return withoutAsides(s)
	}
	return s[:r+1] + withoutAsides(s[r+1:])
}

// subjectAside reports an aside that follows a sentence's subject (a
// short opening name, no comma, no preposition first, its last word
// capitalised, a lower-case word after the aside) and belongs to it: it
// holds a span of years, or the subject's head word comes back after it.
func subjectAside(before, aside, after string) bool {
	before = strings.TrimSpace(before)
	w := strings.Fields(before)
	if len(w) == 0 || len(w) > maxAsideSubjectWords || strings.ContainsAny(before, ",;:“”\"") || openingPrepositions[strings.ToLower(w[0])] {
		return false
	}
	head := w[len(w)-1]
	if !unicode.IsUpper([]rune(head)[0]) {
		return false
	}
	next := strings.TrimLeft(after, " ,")
	if next == "" || !unicode.IsLower([]rune(next)[0]) {
		return false
	}
	if reYearSpan.MatchString(aside) {
		return true
	}
	return len(head) >= 3 && findWordFold(after, head)
}

// reOwnYearBefore finds a year written right before a name: "the 1939 ".
var reOwnYearBefore = mustTailGate(`\b(1[0-9]{3}|20[0-9]{2})\s+$`, "\t\n\f\r ", false, "", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")

// reOwnYearAfter finds a year written right after a name: " (1939)",
// " (1947–1953)", " of 1842".
var reOwnYearAfter = regexp.MustCompile(`^(?:\s*\((1[0-9]{3}|20[0-9]{2})(?:\s*[–—-]\s*[0-9]{2,4})?\)|\s+of\s+(1[0-9]{3}|20[0-9]{2})\b)`)

// ownYears are the years the article writes with name itself: in the
// name ("Treaty of 1842"), right before it ("the 1939 German–Soviet
// Commercial Agreement") or right after it ("the Cold War (1947–1953)").
// A sentence that names a treaty in passing ("in January 1948 … documents
// … including the 1939 Agreement") dates the sentence, not the treaty.
func (g *generator) ownYears(name string) []int {
	key := "\x00own " + name
	if ys, ok := g.eraYears[key]; ok {
		return ys
	}
	if g.eraYears == nil {
		g.eraYears = map[string][]int{}
	}
	seen := map[int]bool{}
	var ys []int
	add := func(y int) {
		if !seen[y] {
			seen[y] = true
			ys = append(ys, y)
		}
	}
	for y := range yearsIn(name) {
		add(y)
	}
	for _, si := range g.ix.mentioning(name) {
		t := g.sents[si].text
		for at := findWord(t, name, 0); at >= 0; at = findWord(t, name, at+1) {
			if m := reOwnYearBefore.FindStringSubmatch(t[:at]); m != nil {
				add(atoi(m[1]))
			}
			if m := reOwnYearAfter.FindStringSubmatch(t[at+len(name):]); m != nil {
				add(atoi(m[1] + m[2]))
			}
		}
	}
	g.eraYears[key] = ys
	return ys
}
