package quiz

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
	opt   string // a word the text may end with after the tail, cut once before the tails are tested
	tails []string
	fold  bool
}

// tailGates are the expressions mustTailGate made, for the tests that
// hold each gate to its expression (TestTailGatesAgreeOnCorpus).
var tailGates []*tailGatedRegexp

// mustTailGate compiles expr, which must end with "$" (not in multi-line
// mode), with the gate of its tails: every text expr matches ends, once
// the bytes of trim are cut from its end and then opt once if it ends
// with it (and trim again), with one of tails (compared in any case when
// fold: every letter of opt and tails must then match only its own case
// pair in expr).
func mustTailGate(expr, trim string, fold bool, opt string, tails ...string) *tailGatedRegexp {
	if !strings.HasSuffix(expr, "$") || len(tails) == 0 {
		panic("mustTailGate: " + expr + " is not anchored at its end, or has no tails")
	}
	r := &tailGatedRegexp{Regexp: regexp.MustCompile(expr), trim: trim, opt: opt, tails: tails, fold: fold}
	tailGates = append(tailGates, r)
	return r
}

// passes reports whether s ends with one of the tails.
func (r *tailGatedRegexp) passes(s string) bool {
	s = strings.TrimRight(s, r.trim)
	if r.opt != "" {
		if n := r.endsWith(s, r.opt); n > 0 {
			s = strings.TrimRight(s[:len(s)-n], r.trim)
		}
	}
	for _, t := range r.tails {
		if r.endsWith(s, t) > 0 {
			return true
		}
	}
	return false
}

// endsWith is the length in bytes of the end of s that is t (in any case
// when r.fold), or 0.
func (r *tailGatedRegexp) endsWith(s, t string) int {
	if !r.fold {
		if strings.HasSuffix(s, t) {
			return len(t)
		}
		return 0
	}
	n := 0
	for t != "" {
		rt, nt := utf8.DecodeLastRuneInString(t)
		rs, ns := utf8.DecodeLastRuneInString(s)
		if ns == 0 || !sameFold(rs, rt) {
			return 0
		}
		t, s, n = t[:len(t)-nt], s[:len(s)-ns], n+ns
	}
	return n
}

// sameFold reports whether a and b are one letter in any case, as (?i)
// compares them ("ſ" is "s", "K" the Kelvin sign is "k").
func sameFold(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
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
