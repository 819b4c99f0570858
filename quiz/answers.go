package quiz

import "strings"

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
