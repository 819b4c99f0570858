package quiz

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// The main-point rules (mainpoint.go) each try a regular expression on
// every sentence of an article, and most of them open with a lazy run of
// any characters ("^(.{3,120}?) (was|were) (created|founded|…) … to …"),
// which Go's backtracker tries at every length: on a book they were a
// fifth of making the cards. Almost every sentence lacks the words such
// an expression needs, so a gatedRegexp first asks whether the text holds
// them.

// gatedRegexp is a regexp with a test cheaper than it that every text it
// matches passes: each of its clauses lists literal strings of which any
// match holds at least one (for `(was|were) (created|founded) to`: one of
// "was created ", "was founded ", "were created ", "were founded ", and
// " to "). A text that fails the test is not matched; one that passes is
// matched by the regexp, so the answers are the regexp's own.
type gatedRegexp struct {
	*regexp.Regexp
	clauses [][]string
	tests   []clauseTest // the clauses, as they are tested
}

// clauseTest tests one clause: a few literals each with strings.Contains,
// more in one pass over the text, stopping where two bytes begin one of
// them (pairs, a bit per pair of bytes).
type clauseTest struct {
	lits  []string
	pairs []uint64 // nil: Contains each
}

func newClauseTest(lits []string) clauseTest {
	c := clauseTest{lits: lits}
	if len(lits) > 3 {
		c.pairs = make([]uint64, 1<<16/64)
		for _, l := range lits {
			k := uint16(l[0])<<8 | uint16(l[1])
			c.pairs[k>>6] |= 1 << (k & 63)
		}
	}
	return c
}

// holds reports whether s holds one of the literals.
func (c clauseTest) holds(s string) bool {
	if c.pairs == nil {
		return slices.ContainsFunc(c.lits, func(l string) bool { return strings.Contains(s, l) })
	}
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if c.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, l := range c.lits {
			if l[0] == s[i] && l[1] == s[i+1] && strings.HasPrefix(s[i:], l) {
				return true
			}
		}
	}
	return false
}

// mustGate compiles expr as regexp.MustCompile does, with its gate.
func mustGate(expr string) *gatedRegexp {
	re := regexp.MustCompile(expr)
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	r := &gatedRegexp{Regexp: re, clauses: gateClauses(tree.Simplify())}
	for _, c := range r.clauses {
		r.tests = append(r.tests, newClauseTest(c))
	}
	gates = append(gates, r)
	return r
}

// gates are the expressions mustGate made, in the order made: the rules'
// expressions at start, then any a test makes (TestGatesAgreeOnCorpus
// holds the rules' to their expressions).
var gates []*gatedRegexp

// passes reports whether s holds a literal of every clause.
func (r *gatedRegexp) passes(s string) bool {
	for _, c := range r.tests {
		if !c.holds(s) {
			return false
		}
	}
	return true
}

// The regexp's methods the rules call, each behind the gate.

func (r *gatedRegexp) MatchString(s string) bool { return r.passes(s) && r.Regexp.MatchString(s) }

func (r *gatedRegexp) FindString(s string) string {
	if !r.passes(s) {
		return ""
	}
	return r.Regexp.FindString(s)
}

func (r *gatedRegexp) FindStringIndex(s string) []int {
	if !r.passes(s) {
		return nil
	}
	return r.Regexp.FindStringIndex(s)
}

func (r *gatedRegexp) FindStringSubmatch(s string) []string {
	if !r.passes(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

func (r *gatedRegexp) FindStringSubmatchIndex(s string) []int {
	if !r.passes(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}

func (r *gatedRegexp) FindAllString(s string, n int) []string {
	if !r.passes(s) {
		return nil
	}
	return r.Regexp.FindAllString(s, n)
}

func (r *gatedRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.passes(s) {
		return nil
	}
	return r.Regexp.FindAllStringIndex(s, n)
}

func (r *gatedRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.passes(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatch(s, n)
}

func (r *gatedRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.passes(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (r *gatedRegexp) ReplaceAllString(s, repl string) string {
	if !r.passes(s) {
		return s
	}
	return r.Regexp.ReplaceAllString(s, repl)
}

func (r *gatedRegexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !r.passes(s) {
		return s
	}
	return r.Regexp.ReplaceAllStringFunc(s, repl)
}

// maxExact bounds the strings a part of an expression is listed by
// (`(was|were) (created|founded|set up)`: six); a longer list becomes a
// clause.
const maxExact = 16

// gateInfo is what a part of an expression tells about its matches:
// exact, when known, every string it matches (a short list); req,
// clauses every match satisfies.
type gateInfo struct {
	exact   []string
	exactOK bool
	req     [][]string
}

// gateClauses are the clauses of an expression, the cheapest to test
// first, at most five: fewer literals first (a text that fails a clause
// is searched for each of them), then a longer shortest literal (it rules
// out more texts). A clause of many literals that all hold a common part
// of three bytes or more (" not " of "did not ", "has not ", …) gets it
// as a clause of its own before it; a literal of one byte tells nothing.
func gateClauses(re *syntax.Regexp) [][]string {
	in := gateOf(re)
	var req [][]string
	add := func(c []string) {
		if !slices.ContainsFunc(req, func(o []string) bool { return slices.Equal(o, c) }) {
			req = append(req, c)
		}
	}
	all := in.req
	if in.exactOK {
		if c, ok := clauseOf(in.exact); ok {
			all = append(all, c)
		}
	}
	for _, c := range all {
		if shortestLiteral(c) < 2 {
			continue
		}
		if common := commonPart(c); len(c) > 1 && len(common) >= 3 {
			add([]string{common})
		}
		add(c)
	}
	slices.SortStableFunc(req, func(a, b []string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return shortestLiteral(b) - shortestLiteral(a)
	})
	if len(req) > 5 {
		req = req[:5]
	}
	return req
}

func shortestLiteral(c []string) int {
	n := len(c[0])
	for _, l := range c {
		n = min(n, len(l))
	}
	return n
}

// commonPart is the longest string every literal of a clause holds (the
// first in the shortest literal, when several are as long), or "".
func commonPart(c []string) string {
	short := slices.MinFunc(c, func(a, b string) int { return len(a) - len(b) })
	for n := len(short); n > 0; n-- {
		for i := 0; i+n <= len(short); i++ {
			part := short[i : i+n]
			if !slices.ContainsFunc(c, func(l string) bool { return !strings.Contains(l, part) }) {
				return part
			}
		}
	}
	return ""
}

// clauseOf is a list of literals as a clause: none may be empty (every
// text holds the empty string), each once, and none that holds another
// (a text holding "significant ca" holds "ca").
func clauseOf(l []string) ([]string, bool) {
	if len(l) == 0 || slices.Contains(l, "") {
		return nil, false
	}
	c := slices.Clone(l)
	slices.Sort(c)
	c = slices.Compact(c)
	return slices.DeleteFunc(slices.Clone(c), func(a string) bool {
		return slices.ContainsFunc(c, func(b string) bool { return b != a && strings.Contains(a, b) })
	}), true
}

// gateOf works out what one part of an expression tells (gateInfo). It
// only ever leaves out what it cannot tell: a part it does not know
// matches anything.
func gateOf(re *syntax.Regexp) gateInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return gateInfo{exact: []string{""}, exactOK: true}
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return gateInfo{} // (?i): the text may write it in any case
		}
		return gateInfo{exact: []string{string(re.Rune)}, exactOK: true}
	case syntax.OpCharClass:
		var l []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(l) == 4 {
					return gateInfo{}
				}
				l = append(l, string(r))
			}
		}
		return gateInfo{exact: l, exactOK: len(l) > 0}
	case syntax.OpCapture:
		return gateOf(re.Sub[0])
	case syntax.OpQuest:
		in := gateOf(re.Sub[0])
		if in.exactOK && len(in.exact) < maxExact {
			return gateInfo{exact: append(slices.Clone(in.exact), ""), exactOK: true}
		}
		return gateInfo{}
	case syntax.OpPlus:
		return atLeastOnce(gateOf(re.Sub[0]))
	case syntax.OpRepeat:
		if re.Min == 0 {
			return gateInfo{}
		}
		in := gateOf(re.Sub[0])
		if re.Min == 1 && re.Max == 1 {
			return in
		}
		return atLeastOnce(in)
	case syntax.OpConcat:
		return concatGate(re.Sub)
	case syntax.OpAlternate:
		return alternateGate(re.Sub)
	}
	return gateInfo{} // any character, a star: anything
}

// atLeastOnce is what a part matched once or more tells: its clauses,
// and its list as one more.
func atLeastOnce(in gateInfo) gateInfo {
	out := gateInfo{req: in.req}
	if in.exactOK {
		if c, ok := clauseOf(in.exact); ok {
			out.req = append(slices.Clone(out.req), c)
		}
	}
	return out
}

// concatGate is what parts in a row tell: the lists of known parts next
// to each other multiplied out while short, each run of them a clause.
func concatGate(subs []*syntax.Regexp) gateInfo {
	var out gateInfo
	run, all := []string{""}, true
	flush := func() {
		if c, ok := clauseOf(run); ok {
			out.req = append(out.req, c)
		}
		run = []string{""}
	}
	for _, s := range subs {
		in := gateOf(s)
		out.req = append(out.req, in.req...)
		if !in.exactOK {
			flush()
			all = false
			continue
		}
		if len(run)*len(in.exact) > maxExact {
			// what the run's strings end with still stands right before
			// this part ("significant ca", "main ca", "ca" before "use",
			// "talyst": "cause", "catalyst")
			end := commonSuffix(run)
			flush()
			all = false
			run = nil
			for _, b := range in.exact {
				run = append(run, end+b)
			}
			continue
		}
		var next []string
		for _, a := range run {
			for _, b := range in.exact {
				next = append(next, a+b)
			}
		}
		run = next
	}
	if all {
		out.exact, out.exactOK = run, true
		return out
	}
	flush()
	return out
}

// alternateGate is what one of several parts tells: their lists together
// while short, else one clause of each together (every part must give
// one).
func alternateGate(subs []*syntax.Regexp) gateInfo {
	var ins []gateInfo
	var exact []string
	all := true
	for _, s := range subs {
		in := gateOf(s)
		ins = append(ins, in)
		if in.exactOK {
			exact = append(exact, in.exact...)
		} else {
			all = false
		}
	}
	if all && len(exact) <= maxExact {
		return gateInfo{exact: exact, exactOK: true}
	}
	var clause []string
	for _, in := range ins {
		c, ok := bestClause(in)
		if !ok {
			return gateInfo{}
		}
		clause = append(clause, c...)
	}
	if c, ok := clauseOf(clause); ok {
		return gateInfo{req: [][]string{c}}
	}
	return gateInfo{}
}

// bestClause is the clause of a part whose shortest literal is longest.
func bestClause(in gateInfo) ([]string, bool) {
	cands := in.req
	if in.exactOK {
		if c, ok := clauseOf(in.exact); ok {
			cands = append(slices.Clone(cands), c)
		}
	}
	best, bestLen := []string(nil), -1
	for _, c := range cands {
		n := len(c[0])
		for _, l := range c {
			n = min(n, len(l))
		}
		if n > bestLen {
			best, bestLen = c, n
		}
	}
	return best, bestLen > 0
}

// commonSuffix is the longest string every one of l ends with.
func commonSuffix(l []string) string {
	end := l[0]
	for _, x := range l[1:] {
		for !strings.HasSuffix(x, end) {
			end = end[1:]
		}
	}
	return end
}
