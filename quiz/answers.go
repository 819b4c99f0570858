package quiz

import (
	"fmt"
	"regexp"
	"strings"
)

// bothNames splits a name written with its other name in brackets, as a
// fact's text holds it: "Partial Test Ban Treaty (PTBT)" gives the treaty
// and PTBT, "ERP (European Recovery Program)" ERP and the programme.
func bothNames(s string) (string, string, bool) {
	s = strings.TrimSpace(s)
	i := strings.LastIndex(s, " (")
	if i <= 0 || !strings.HasSuffix(s, ")") || strings.Count(s, "(") != 1 {
		return "", "", false
	}
	return s[:i], s[i+2 : len(s)-1], true
}

// eitherName grades a typed answer against each of the two names of an
// expected answer that holds both; a right one keeps the full expected
// answer, so the student sees both names.
func eitherName(given, expected string) (Verdict, bool) {
	a, b, ok := bothNames(expected)
	if !ok {
		return Verdict{}, false
	}
	for _, name := range []string{a, b} {
		if v := GradeText(given, name); v.Correct {
			v.Expected = expected
			return v, true
		}
	}
	return Verdict{}, false
}

// reFormalTitle finds a formal title whose head noun comes first:
// "Treaty on the Non-Proliferation of Nuclear Weapons", "Convention on
// the Prohibition of …".
var reFormalTitle = regexp.MustCompile(`^(Treaty|Convention|Agreement|Protocol|Declaration|Conference|Commission|Committee)\s+(?:on|for)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)\b`)

// shortTitles are the everyday forms of a formal title: its head noun put
// after its first word ("Non-Proliferation Treaty"), and the initials of
// that form ("NPT").
func shortTitles(expected string) []string {
	m := reFormalTitle.FindStringSubmatch(strings.TrimPrefix(strings.TrimSpace(expected), "the "))
	if m == nil {
		return nil
	}
	short := m[2] + " " + m[1]
	var initials strings.Builder
	for _, w := range strings.Fields(strings.ReplaceAll(short, "-", " ")) {
		initials.WriteString(w[:1])
	}
	return []string{short, strings.ToUpper(initials.String())}
}

// shortTitle grades a typed answer against the everyday forms of a
// formal title; a right one keeps the title as the expected answer.
func shortTitle(given, expected string) (Verdict, bool) {
	for _, s := range shortTitles(expected) {
		if normAnswer(given) == normAnswer(s) {
			return Verdict{Given: given, Expected: expected, Correct: true,
				Note: fmt.Sprintf("Right: %s is the usual short form of %s.", s, expected)}, true
		}
	}
	return Verdict{}, false
}
