package quiz

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterwise/chapterwise/quiz/names"
)

// candidate is a name found in a sentence before deduplication.
type candidate struct {
	kind   FactKind
	name   string
	detail string
	sent   int
	span   Span
	weak   bool // kept only if no other rule claims the name
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// appendNameCandidates appends the names found in sents[from:].
func appendNameCandidates(cands []candidate, sents []sentenceRef, from int) []candidate {
	for si := from; si < len(sents); si++ {
		for _, n := range names.Find(sents[si].text) {
			cands = append(cands, candidate{kind: FactKind(n.Kind), name: n.Name, detail: n.Detail, sent: si,
				span: Span{n.Span.Start, n.Span.End}, weak: n.Weak})
		}
	}
	return cands
}

// firstMentions keeps one fact per name: at its first mention in the
// article, and for policies merges names that share a hyphenated modifier
// ("nuclear-free policies", "nuclear-free status").
func firstMentions(sents []sentenceRef, cands []candidate) []Fact {
	seen := map[string]bool{}
	kinds := map[string]FactKind{}
	strong := map[string]bool{}
	for _, c := range cands {
		if !c.weak {
			strong[nameKey(c.name)] = true
		}
	}
	// a name that is a person anywhere in the article is no place: "to
	// Yuri Andropov", "in Gorbachev's reforms" once Mikhail Gorbachev is known
	people := map[string]bool{}
	for _, c := range cands {
		if c.kind == PersonFact && !c.weak {
			people[c.name] = true
			if w := strings.Fields(c.name); len(w) > 1 {
				people[w[len(w)-1]] = true
				people[w[0]] = true // family names come first in some languages: Mao Zedong
			}
		}
	}
	var order []candidate
	aliases := map[string]bool{} // abbreviations defined in brackets
	at := map[string]int{}       // where a name stands in order
	for _, c := range cands {
		k := nameKey(c.name)
		if c.kind == PlaceFact && people[c.name] || aliases[k] {
			continue // "the PTBT" later is the treaty already found
		}
		if c.weak && strong[k] {
			continue
		}
		if c.kind == PolicyFact {
			if mod, ok := names.SharedModifier(c.name); ok {
				k = "modifier:" + mod
			}
		}
		if prev, ok := kinds[k]; ok && prev != c.kind {
			// a name is one kind: the first rule that claimed it wins,
			// except that a policy beats a place or person guess, and a
			// state named as a place somewhere is a place ("the Soviet
			// Union" listed with countries)
			if prev == OrgFact && c.kind == PlaceFact && names.StateName(c.name) {
				order[at[k]].kind = PlaceFact
				kinds[k] = PlaceFact
			}
			if c.kind != PolicyFact {
				continue
			}
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		kinds[k] = c.kind
		at[k] = len(order)
		if c.detail != "" && c.span.End-c.span.Start > len(c.name) && strings.HasSuffix(sents[c.sent].text[c.span.Start:c.span.End], ")") {
			aliases[nameKey(c.detail)] = true
		}
		order = append(order, c)
	}
	// drop a person, place or policy name that is part of a longer policy
	// or organisation named in the same sentence
	var facts []Fact
	ix := newFirstWordIndex(sents, order)
	longer := map[int][]candidate{} // the policies and organisations of each sentence
	for _, o := range order {
		if o.kind == PolicyFact || o.kind == OrgFact {
			longer[o.sent] = append(longer[o.sent], o)
		}
	}
	for _, c := range order {
		if (c.kind == PlaceFact || c.kind == PersonFact || c.kind == PolicyFact) && partOfLonger(c, longer[c.sent]) {
			continue
		}
		s := sents[c.sent]
		sp := c.span
		if first, fsp, ok := ix.earliestMention(c.name, c.sent); ok && first != c.sent {
			s, sp = sents[first], fsp
		}
		facts = append(facts, newFact(s, c.kind, sp, c.name, c.detail, DateValue{}))
	}
	return facts
}

func nameKey(name string) string {
	n := strings.ToLower(name)
	n = strings.ReplaceAll(n, "’", "'")
	return strings.TrimPrefix(n, "the ")
}

func partOfLonger(c candidate, all []candidate) bool {
	for _, o := range all {
		if o.kind != PolicyFact && o.kind != OrgFact {
			continue
		}
		if o.name != c.name && strings.Contains(o.name, c.name) && o.sent == c.sent {
			return true
		}
	}
	return false
}

// earliestMention finds the first sentence, up to and including limit, that
// contains name as whole words.
func earliestMention(sents []sentenceRef, name string, limit int) (int, Span, bool) {
	for i := 0; i <= limit && i < len(sents); i++ {
		if j := findWord(sents[i].text, name, 0); j >= 0 {
			return i, Span{j, j + len(name)}, true
		}
	}
	return 0, Span{}, false
}

// firstWordIndex keeps, for the first word of each name, the sentences
// that hold it, so that a name's earliest mention is looked for only
// there: reading every sentence before each name's fact made extraction
// quadratic in a book of many names.
type firstWordIndex struct {
	sents  []sentenceRef
	byWord map[string][]int32
}

func newFirstWordIndex(sents []sentenceRef, cands []candidate) *firstWordIndex {
	ix := &firstWordIndex{sents: sents, byWord: map[string][]int32{}}
	limit := -1 // no sentence after the last candidate is ever asked for
	for _, c := range cands {
		if w := firstWordOf(c.name); w != "" {
			ix.byWord[w] = nil
		}
		limit = max(limit, c.sent)
	}
	for i := 0; i <= limit && i < len(sents); i++ {
		eachWord(sents[i].text, func(w string) {
			if l, ok := ix.byWord[w]; ok && (len(l) == 0 || l[len(l)-1] != int32(i)) {
				ix.byWord[w] = append(l, int32(i))
			}
		})
	}
	return ix
}

func firstWordOf(s string) string {
	first := ""
	eachWord(s, func(w string) {
		if first == "" {
			first = w
		}
	})
	return first
}

// earliestMention is earliestMention(sents, name, limit) reading only the
// sentences that hold the name's first word: every sentence in which
// findWord finds the name holds it as a word (eachWord and findWord's
// boundaries agree on what a word is).
func (ix *firstWordIndex) earliestMention(name string, limit int) (int, Span, bool) {
	w := firstWordOf(name)
	if w == "" {
		return earliestMention(ix.sents, name, limit)
	}
	for _, i := range ix.byWord[w] {
		if int(i) > limit {
			break
		}
		if j := findWord(ix.sents[i].text, name, 0); j >= 0 {
			return int(i), Span{j, j + len(name)}, true
		}
	}
	return 0, Span{}, false
}

// findWord returns the index of the first whole-word occurrence of term in
// s at or after from, or -1.
func findWord(s, term string, from int) int {
	if term == "" {
		return -1
	}
	for from <= len(s) {
		k := strings.Index(s[from:], term)
		if k < 0 {
			return -1
		}
		k += from
		if wordBoundary(s, k, k+len(term)) {
			return k
		}
		from = k + 1
	}
	return -1
}

func wordBoundary(t string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(t[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return false
		}
	}
	if e < len(t) {
		r, _ := utf8.DecodeRuneInString(t[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return false
		}
	}
	return true
}
