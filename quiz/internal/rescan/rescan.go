// Package rescan finds all the matches of a regular expression that starts
// with a word boundary (`\b…`) without running it at every byte of the
// text: it tries the expression, anchored, only where a match can start
// (after a word boundary, at a byte that can begin a match), and gives the
// same matches, in the same order, as the regexp package's FindAll
// functions. Go's regexp has no literal to skip to in such expressions, so
// it tries every position; most of a sentence cannot start a date.
package rescan

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled expression. Expressions it cannot speed up (ones
// that do not start with `\b` followed by a word character, or that can
// match the empty string, or that hold `^`) run as regexp runs them.
type Regexp struct {
	re       *regexp.Regexp
	anchored *regexp.Regexp // ^(?:expr); nil when every position must be tried
	first    [256]bool      // the bytes a match can start with
	// maxLen bounds a match's length in bytes (-1: unbounded); an attempt
	// reads no more of the text than that, to the end of a word
	maxLen int
	// at[j] holds every byte that can stand j bytes into a match, for the
	// first len(at) bytes, which every match has
	at [][256]bool
}

// MustCompile compiles expr as regexp.MustCompile does, and panics if it
// does not compile.
func MustCompile(expr string) *Regexp {
	r := &Regexp{re: regexp.MustCompile(expr)}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	tree = tree.Simplify()
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[0].Op != syntax.OpWordBoundary || hasBeginAnchor(tree) {
		return r
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[1:]}
	var first [256]bool
	nullable, ok := firstBytes(rest, &first)
	if nullable || !ok {
		return r
	}
	for b, can := range first {
		if can && !isWordByte(byte(b)) {
			return r // a match would start without a word character: `\b` then looks back
		}
	}
	r.first = first
	if k := min(lookahead, minBytes(rest)); k > 1 {
		r.at = make([][256]bool, k)
		bytesAt(rest, map[int]bool{0: true}, r.at)
	}
	r.maxLen = -1
	if !hasEndAnchor(tree) {
		r.maxLen = maxBytes(tree)
	}
	r.anchored = regexp.MustCompile(`^(?:` + expr + `)`)
	return r
}

// Regexp is the expression as the regexp package compiled it.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re }

// String is the source text of the expression.
func (r *Regexp) String() string { return r.re.String() }

// Fast reports whether matches are looked for only where they can start.
func (r *Regexp) Fast() bool { return r.anchored != nil }

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex(s, -1).
func (r *Regexp) FindAllStringSubmatchIndex(s string) [][]int {
	if r.anchored == nil {
		return r.re.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for i := 0; i < len(s); i++ {
		if !r.first[s[i]] || i > 0 && isWordByte(s[i-1]) || !r.mayStart(s, i) {
			continue
		}
		// the text before i is a non-word byte or nothing, so `\b` at the
		// start of s[i:] reads as it does at i in s; everything after i is
		// the same text
		m := r.anchored.FindStringSubmatchIndex(s[i:r.end(s, i)])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		i = m[1] - 1 // the match is never empty: it starts with a word byte
	}
	return out
}

// MatchString reports whether s holds a match.
func (r *Regexp) MatchString(s string) bool {
	if r.anchored == nil {
		return r.re.MatchString(s)
	}
	for i := 0; i < len(s); i++ {
		if r.first[s[i]] && (i == 0 || !isWordByte(s[i-1])) && r.mayStart(s, i) && r.anchored.MatchString(s[i:r.end(s, i)]) {
			return true
		}
	}
	return false
}

// mayStart reports whether the bytes from i can open a match, as far as
// the bytes each position of a match can hold tell.
func (r *Regexp) mayStart(s string, i int) bool {
	if len(s)-i < len(r.at) {
		return false // shorter than any match
	}
	for j := range r.at {
		if !r.at[j][s[i+j]] {
			return false
		}
	}
	return true
}

// end is where an attempt at i stops reading: past the longest match,
// at a byte that is not a word byte, so that `\b` there reads as it does
// in all of s (the expression holds no `$`).
func (r *Regexp) end(s string, i int) int {
	if r.maxLen < 0 || len(s)-i <= r.maxLen {
		return len(s)
	}
	e := i + r.maxLen
	for e < len(s) && isWordByte(s[e]) {
		e++
	}
	return e
}

// isWordByte is `\w` of regexp: an ASCII letter, digit or underscore.
func isWordByte(b byte) bool {
	return b < utf8.RuneSelf && syntax.IsWordChar(rune(b))
}

func hasBeginAnchor(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginLine || re.Op == syntax.OpBeginText {
		return true
	}
	for _, s := range re.Sub {
		if hasBeginAnchor(s) {
			return true
		}
	}
	return false
}

func hasEndAnchor(re *syntax.Regexp) bool {
	if re.Op == syntax.OpEndLine || re.Op == syntax.OpEndText {
		return true
	}
	for _, s := range re.Sub {
		if hasEndAnchor(s) {
			return true
		}
	}
	return false
}

// maxBytes is the most bytes a match of re can hold, or -1 when there is
// no bound.
func maxBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return utf8.UTFMax * len(re.Rune) // a folded letter may be longer: K, k, K (Kelvin)
		}
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass:
		n := 0
		for i := 1; i < len(re.Rune); i += 2 {
			n = max(n, utf8.RuneLen(re.Rune[i]))
		}
		return n
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpRepeat:
		n := maxBytes(re.Sub[0])
		if re.Max < 0 || n < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpStar, syntax.OpPlus:
		return -1
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			m := maxBytes(s)
			if m < 0 {
				return -1
			}
			n += m
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			m := maxBytes(s)
			if m < 0 {
				return -1
			}
			n = max(n, m)
		}
		return n
	}
	return 0 // empty-width assertions, the empty match, no match
}

// lookahead is how many bytes into a match mayStart looks: twelve turn
// away most attempts at words that open a match's optional lead ("the "
// before "end of 1949") but not what follows it (4 bytes: twice as many
// attempts at the dates of a book, a fifth more time finding them).
const lookahead = 12

// minBytes is the fewest bytes a match of re can hold.
func minBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return len(re.Rune) // a folded letter may be shorter: K (Kelvin), k
		}
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minBytes(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minBytes(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n += minBytes(s)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, s := range re.Sub {
			if m := minBytes(s); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0 // star, quest, empty-width assertions, the empty match
}

// bytesAt marks in at[j] the bytes a match of re can hold j bytes after
// where it starts, for a match starting at each offset of from (offsets
// at or past len(at) matter no more), and returns the offsets where such
// matches can end. It marks more than can occur, never less.
func bytesAt(re *syntax.Regexp, from map[int]bool, at [][256]bool) map[int]bool {
	k := len(at)
	out := map[int]bool{}
	add := func(o int) { out[min(o, k)] = true }
	mark := func(o int, b byte) {
		if o < k {
			at[o][b] = true
		}
	}
	// anyRune marks any character at o: any first byte, then continuation
	// bytes, and ends after one to four bytes
	anyRune := func(o int, ascii func(c byte) bool) {
		for c := 0; c < utf8.RuneSelf; c++ {
			if ascii(byte(c)) {
				mark(o, byte(c))
			}
		}
		for c := 0x80; c < 0x100; c++ {
			mark(o, byte(c))
		}
		for n := 1; n < utf8.UTFMax; n++ {
			for c := 0x80; c < 0xC0; c++ {
				mark(o+n, byte(c))
			}
		}
		for n := 1; n <= utf8.UTFMax; n++ {
			add(o + n)
		}
	}
	switch re.Op {
	case syntax.OpNoMatch:
		return out
	case syntax.OpLiteral:
		variants := [][]rune{re.Rune}
		if re.Flags&syntax.FoldCase != 0 {
			variants = foldVariants(re.Rune)
		}
		for o := range from {
			if o >= k {
				add(o)
				continue
			}
			if variants == nil { // too many spellings: any bytes, any length
				for j := 0; j < utf8.UTFMax*len(re.Rune); j++ {
					for c := 0; c < 0x100; c++ {
						mark(o+j, byte(c))
					}
				}
				for n := len(re.Rune); n <= utf8.UTFMax*len(re.Rune); n++ {
					add(o + n)
				}
				continue
			}
			for _, v := range variants {
				b := []byte(string(v))
				for j, c := range b {
					mark(o+j, c)
				}
				add(o + len(b))
			}
		}
		return out
	case syntax.OpCharClass:
		for o := range from {
			if o >= k {
				add(o)
				continue
			}
			wide := false
			for i := 0; i+1 < len(re.Rune); i += 2 {
				for c := re.Rune[i]; c <= re.Rune[i+1] && c < utf8.RuneSelf; c++ {
					mark(o, byte(c))
				}
				wide = wide || re.Rune[i+1] >= utf8.RuneSelf
			}
			add(o + 1)
			if wide {
				anyRune(o, func(byte) bool { return false })
			}
		}
		return out
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for o := range from {
			if o >= k {
				add(o)
				continue
			}
			anyRune(o, func(c byte) bool { return c != '\n' || re.Op == syntax.OpAnyChar })
		}
		return out
	case syntax.OpCapture:
		return bytesAt(re.Sub[0], from, at)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			from = bytesAt(s, from, at)
		}
		return from
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			for o := range bytesAt(s, from, at) {
				out[o] = true
			}
		}
		return out
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		lo, hi := 0, 1 // how many times the sub-expression runs; hi < 0: no bound
		switch re.Op {
		case syntax.OpStar:
			hi = -1
		case syntax.OpPlus:
			lo, hi = 1, -1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
		}
		cur := from
		for range lo {
			cur = bytesAt(re.Sub[0], cur, at)
		}
		for o := range cur {
			out[o] = true
		}
		// further runs: until hi, or until no new end offset appears (the
		// offsets are bounded by len(at), so this stops)
		for n := lo; hi < 0 || n < hi; n++ {
			cur = bytesAt(re.Sub[0], cur, at)
			grew := false
			for o := range cur {
				if !out[o] {
					out[o], grew = true, true
				}
			}
			if !grew && hi < 0 {
				break
			}
		}
		return out
	}
	return from // empty-width assertions and the empty match
}

// foldVariants are the spellings of a literal under case folding.
func foldVariants(rs []rune) [][]rune {
	out := [][]rune{nil}
	for _, r := range rs {
		var next [][]rune
		for f := r; ; {
			for _, v := range out {
				next = append(next, append(append([]rune(nil), v...), f))
			}
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
		out = next
		if len(out) > 64 {
			return nil // too many to list: such a pattern is not one of ours
		}
	}
	return out
}

// firstBytes adds to set every byte a match of re can start with, and
// reports whether re can match the empty string; ok is false when the set
// cannot be known (any character).
func firstBytes(re *syntax.Regexp, set *[256]bool) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		addRune(set, re.Rune[0])
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(re.Rune[0]); f != re.Rune[0]; f = unicode.SimpleFold(f) {
				addRune(set, f)
			}
		}
		return false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for c := lo; c <= hi && c < utf8.RuneSelf; c++ {
				set[c] = true
			}
			if hi >= utf8.RuneSelf {
				for b := 0xC0; b < 0x100; b++ { // any lead byte: more than needed, never less
					set[b] = true
				}
			}
		}
		return false, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false, false
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := firstBytes(re.Sub[0], set)
		return true, ok
	case syntax.OpRepeat:
		n, ok := firstBytes(re.Sub[0], set)
		return n || re.Min == 0, ok
	case syntax.OpConcat:
		for _, s := range re.Sub {
			n, ok := firstBytes(s, set)
			if !ok {
				return false, false
			}
			if !n {
				return false, true
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, s := range re.Sub {
			n, ok := firstBytes(s, set)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false
}

func addRune(set *[256]bool, r rune) {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	set[buf[0]] = true
}

// Prefix is an expression anchored at the start of the text (`^…`,
// without (?m)) that is tried only on text whose first bytes can open a
// match and, when it also ends with `$`, that is no longer than a match
// can be. A line of prose is tried by a dozen such expressions of page
// furniture; regexp reads each line for each, and for a line it could
// reject at its first bytes it first clears a bitmap as long as the line.
type Prefix struct {
	re     *regexp.Regexp
	at     [][256]bool // as in Regexp: the bytes the first len(at) bytes of a match can be
	maxLen int         // the most bytes a match can hold; -1: no bound, or a `$` inside
	whole  bool        // the expression ends with `$`: a match is all of the text
}

// MustCompilePrefix compiles expr as regexp.MustCompile does, and panics
// if it does not compile. An expression that does not start with `^`
// runs as regexp runs it.
func MustCompilePrefix(expr string) *Prefix {
	p := &Prefix{re: regexp.MustCompile(expr), maxLen: -1}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	tree = tree.Simplify()
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[0].Op != syntax.OpBeginText {
		return p
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[1:]}
	if k := min(lookahead, minBytes(rest)); k > 0 {
		p.at = make([][256]bool, k)
		bytesAt(rest, map[int]bool{0: true}, p.at)
	}
	switch {
	case tree.Sub[len(tree.Sub)-1].Op == syntax.OpEndText:
		p.maxLen, p.whole = maxBytes(tree), true
	case !hasEndAnchor(tree):
		p.maxLen = maxBytes(tree)
	}
	return p
}

// String is the source text of the expression.
func (p *Prefix) String() string { return p.re.String() }

// MatchString reports whether s holds a match, as regexp's MatchString.
// An expression without `$` whose matches are at most maxLen bytes long
// reads no more of s than that, to the end of a word (so that `\b` there
// reads as it does in all of s): regexp reads the whole line.
func (p *Prefix) MatchString(s string) bool {
	if len(s) < len(p.at) || p.whole && p.maxLen >= 0 && len(s) > p.maxLen {
		return false
	}
	for j := range p.at {
		if !p.at[j][s[j]] {
			return false
		}
	}
	if !p.whole && p.maxLen >= 0 && len(s) > p.maxLen {
		e := p.maxLen
		for e < len(s) && isWordByte(s[e]) {
			e++
		}
		s = s[:e]
	}
	return p.re.MatchString(s)
}
