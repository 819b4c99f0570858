package quiz

import (
	"regexp"
	"strings"
)

// Some rules match an expression anchored at the end of the text before
// a name ("Poland, Czechoslovakia and " before "Hungary"), and Go's
// regexps try such an expression from every byte of the text: on a book
// the place checks of the options ran them on every sentence naming a
// candidate, a few tenths of a second each. A tailGatedRegexp first
// asks whether the text ends as every match must: once the bytes in trim
// are cut from its end, with one of tails (in lower case when fold). A
// text that does not is refused before the expression runs; one that
// does is matched by the regexp itself, so the answers are its own.
type tailGatedRegexp struct {
	*regexp.Regexp
	trim  string
	tails []string
	fold  bool
}

// tailGates are the expressions mustTailGate made, for the tests that
// hold each gate to its expression (TestTailGatesAgreeOnCorpus).
var tailGates []*tailGatedRegexp

// mustTailGate compiles expr, which must end with "$" (not in multi-line
// mode), with the gate of its tails: every text expr matches ends, once
// the bytes of trim are cut from its end, with one of tails (compared in
// lower case when fold; tails are then written in lower case).
func mustTailGate(expr, trim string, fold bool, tails ...string) *tailGatedRegexp {
	if !strings.HasSuffix(expr, "$") || len(tails) == 0 {
		panic("mustTailGate: " + expr + " is not anchored at its end, or has no tails")
	}
	r := &tailGatedRegexp{Regexp: regexp.MustCompile(expr), trim: trim, tails: tails, fold: fold}
	tailGates = append(tailGates, r)
	return r
}

// passes reports whether s ends with one of the tails.
func (r *tailGatedRegexp) passes(s string) bool {
	if r.trim != "" {
		s = strings.TrimRight(s, r.trim)
	}
	for _, t := range r.tails {
		if len(s) < len(t) {
			continue
		}
		end := s[len(s)-len(t):]
		if end == t || r.fold && strings.EqualFold(end, t) {
			return true
		}
	}
	return false
}

// The regexp's methods the rules call, each behind the gate.

func (r *tailGatedRegexp) MatchString(s string) bool { return r.passes(s) && r.Regexp.MatchString(s) }

func (r *tailGatedRegexp) FindStringSubmatch(s string) []string {
	if !r.passes(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

func (r *tailGatedRegexp) FindStringSubmatchIndex(s string) []int {
	if !r.passes(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}
