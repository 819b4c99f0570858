package quiz

import (
	"cmp"
	"encoding/binary"
	"iter"
	"slices"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
)

// sentenceIndex finds the sentences that may name a term without reading
// every sentence of the article: it keeps, for each word, the sentences
// that hold it. Looking a definition up for every fact was otherwise
// facts × sentences, which made a book take minutes.
//
// Each word's sentences are kept as the gaps between them, varint-coded,
// in one array for all words (3.3 MB on the 19 MB book, where lists of
// int32 took 10.1 MB), with the sentence and the place of every
// listBlock-th entry beside them so that a cursor can skip ahead.
type sentenceIndex struct {
	sents []sentenceRef
	words map[string]wordList
	gaps  []byte     // every word's gaps, in the order of words
	heads []listHead // every long list's block heads, list by list

	// found holds the sentences chosen for terms (remember), which the
	// cards and quizzes of a book ask for again and again
	mu    sync.Mutex
	found map[foundKey]foundAt
}

// listBlock is how many entries of a list one head stands for: a cursor
// reads at most listBlock-1 gaps after jumping to a head.
const listBlock = 16

// wordList is one word's sentences in the index: n of them, coded from
// gaps[off], their block heads from heads[head] (n > listBlock only).
type wordList struct{ off, n, head int32 }

// listHead is the entry k·listBlock of a list (k ≥ 1): its sentence, and
// where the gap after it starts in gaps.
type listHead struct{ sent, next int32 }

// foundAt is a sentence chosen for a term and the term's place in it;
// sent is -1 when none was.
type foundAt struct{ sent, at int }

// foundKey names a search for a term: which one, and the term.
type foundKey struct {
	search int
	term   string
}

// The searches remember keeps.
const (
	definitionKey = iota // definitionOf
	definingKey          // likelyDefining
)

// remember returns find()'s answer for a search and a term, working it
// out once per index (it depends on the term and the sentences only).
// Safe for concurrent use.
func (ix *sentenceIndex) remember(search int, term string, find func() foundAt) foundAt {
	k := foundKey{search, term}
	ix.mu.Lock()
	d, ok := ix.found[k]
	ix.mu.Unlock()
	if ok {
		return d
	}
	d = find()
	ix.mu.Lock()
	if ix.found == nil {
		ix.found = map[foundKey]foundAt{}
	}
	ix.found[k] = d
	ix.mu.Unlock()
	return d
}

// newSentenceIndex indexes sentences by their words (runs of letters,
// digits and hyphens, as findWord's word boundaries count them).
//
// A first pass numbers the words and notes each sentence's distinct
// words; a second measures each word's coded list, and a third writes the
// lists where the second placed them, so that nothing is held but the
// notes and the lists (lists grown by appending were a third larger than
// their entries, and as much again in garbage).
func newSentenceIndex(sents []sentenceRef) *sentenceIndex {
	words := map[string]wordList{} // off is the word's number until the lists are placed
	var last []int32               // by number: the last sentence noted
	var noted []int32              // each sentence's distinct words, by number, in order
	ends := make([]int32, len(sents))
	for i, s := range sents {
		eachWord(s.text, func(w string) {
			l, ok := words[w]
			if !ok {
				l.off = int32(len(last))
				words[w] = l
				last = append(last, -1)
			}
			if last[l.off] != int32(i) {
				last[l.off] = int32(i)
				noted = append(noted, l.off)
			}
		})
		ends[i] = int32(len(noted))
	}
	// each word's count, then where its gaps and heads go
	n := len(last)
	count, size := make([]int32, n), make([]int32, n)
	each := func(fn func(si, id int32)) {
		clear(last)
		start := int32(0)
		for i, end := range ends {
			for _, id := range noted[start:end] {
				fn(int32(i), id)
			}
			start = end
		}
	}
	each(func(si, id int32) {
		size[id] += int32(uvarintLen(uint32(si - last[id] + 1))) // last is one before the sentence (cleared to 0): -1 at first
		last[id] = si + 1
		count[id]++
	})
	at, head := make([]int32, n), make([]int32, n)
	var gapsLen, headsLen int32
	for id := range n {
		at[id], head[id] = gapsLen, headsLen
		gapsLen += size[id]
		headsLen += (count[id] - 1) / listBlock
	}
	for w, l := range words {
		id := l.off
		words[w] = wordList{off: at[id], n: count[id], head: head[id]}
	}
	ix := &sentenceIndex{sents: sents, words: words, gaps: make([]byte, gapsLen), heads: make([]listHead, headsLen)}
	clear(count)
	each(func(si, id int32) {
		at[id] += int32(binary.PutUvarint(ix.gaps[at[id]:], uint64(si-last[id]+1)))
		last[id] = si + 1
		if count[id] > 0 && count[id]%listBlock == 0 {
			ix.heads[head[id]] = listHead{si, at[id]}
			head[id]++
		}
		count[id]++
	})
	return ix
}

// uvarintLen is the length of v as binary.AppendUvarint codes it.
func uvarintLen(v uint32) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

// listReader reads one word's sentences in article order.
type listReader struct {
	gaps  []byte
	heads []listHead // the list's own heads: heads[k-1] is entry k·listBlock
	pos   int32      // where the next gap starts
	read  int32      // entries read
	n     int32
	sent  int32 // the last sentence read; -1 before the first
}

// reader returns a reader of the sentences holding word.
func (ix *sentenceIndex) reader(word string) listReader {
	l, ok := ix.words[word]
	if !ok {
		return listReader{sent: -1}
	}
	return listReader{gaps: ix.gaps, heads: ix.heads[l.head : l.head+(l.n-1)/listBlock], pos: l.off, n: l.n, sent: -1}
}

// next reads the next sentence into r.sent; false at the end.
func (r *listReader) next() bool {
	if r.read >= r.n {
		return false
	}
	v := uint32(r.gaps[r.pos]) // most gaps are one byte
	r.pos++
	if v >= 0x80 {
		v = r.longGap(v)
	}
	r.sent += int32(v)
	r.read++
	return true
}

// longGap reads the rest of a gap of more than one byte, whose first is b.
func (r *listReader) longGap(b uint32) uint32 {
	v, shift := b&0x7f, uint(7)
	for {
		c := uint32(r.gaps[r.pos])
		r.pos++
		v |= (c & 0x7f) << shift
		if c < 0x80 {
			return v
		}
		shift += 7
	}
}

// seek reads on to the first sentence that is si or after it, jumping
// over blocks whose head is not after si; false when there is none.
func (r *listReader) seek(si int32) bool {
	if r.read > 0 && r.sent >= si {
		return true
	}
	// the heads not read yet are heads[k0-1:]; jump to the last that is
	// not after si, galloping then halving
	k0 := (r.read + listBlock - 1) / listBlock
	if k0 == 0 {
		k0 = 1
	}
	if hs := r.heads[min(int(k0-1), len(r.heads)):]; len(hs) > 0 && hs[0].sent <= si {
		lo, hi := 0, 1 // hs[lo].sent <= si
		for hi < len(hs) && hs[hi].sent <= si {
			lo, hi = hi, 2*hi
		}
		hi = min(hi, len(hs))
		k, _ := slices.BinarySearchFunc(hs[lo+1:hi], si+1, func(h listHead, t int32) int { return cmp.Compare(h.sent, t) })
		h := hs[lo+k]
		r.sent, r.pos, r.read = h.sent, h.next, (k0+int32(lo+k))*listBlock+1
		if r.sent >= si {
			return true
		}
	}
	for r.next() {
		if r.sent >= si {
			return true
		}
	}
	return false
}

// firstRun is the first run of word runes in s, or "".
func firstRun(s string) string {
	first := ""
	eachWord(s, func(w string) {
		if first == "" {
			first = w
		}
	})
	return first
}

// mentioning yields, in article order, the sentences holding the first
// word of term (with their count so far): every sentence in which
// findWord can find term is among them. It is small enough to be inlined
// with its loop into the caller's range.
func (ix *sentenceIndex) mentioning(term string) iter.Seq2[int, int32] {
	return ix.readerOfFirst(term).all
}

// mentioningAtMost is mentioning's first n sentences; all when n < 0.
func (ix *sentenceIndex) mentioningAtMost(term string, n int) iter.Seq2[int, int32] {
	r := ix.readerOfFirst(term)
	if n >= 0 {
		r.n = min(r.n, int32(n))
	}
	return r.all
}

// readerOfFirst returns a reader of the sentences holding term's first
// run of word runes (none when it has none).
func (ix *sentenceIndex) readerOfFirst(term string) listReader {
	if first := firstRun(term); first != "" {
		return ix.reader(first)
	}
	return listReader{sent: -1}
}

// all yields the sentences r has not read, with how many it read before
// each (their count when r is new).
func (r listReader) all(yield func(int, int32) bool) {
	// next, written out to be inlined with the caller's loop
	for i := r.read; i < r.n; i++ {
		v := uint32(r.gaps[r.pos])
		r.pos++
		if v >= 0x80 {
			v = r.longGap(v)
		}
		r.sent += int32(v)
		if !yield(int(i), r.sent) {
			return
		}
	}
}

// wordCursor answers, for sentences asked in article order, whether each
// holds a word as findWord finds it (findWord(text, word, 0) >= 0). The
// word's first run of word runes is looked up in the index once, and its
// list of sentences read forward: a sentence without it cannot hold the
// word (mentioning). A word made of word runes only is held where the
// list says; any other ("U.S", "Britain's") is then searched for in the
// sentence's text.
type wordCursor struct {
	word string
	list listReader // at the first sentence holding the first run, from the last asked
	read bool       // not one word: read the sentences the list holds
	all  bool       // no word runes at all: read every sentence
}

// cursor returns a wordCursor for w at the article's first sentence.
func (ix *sentenceIndex) cursor(w string) wordCursor {
	if oneWord(w) {
		return wordCursor{word: w, list: ix.reader(w)}
	}
	first := firstRun(w)
	return wordCursor{word: w, list: ix.reader(first), read: true, all: first == ""}
}

// holds reports whether sentence si, whose text is text, holds the word.
// si must be no smaller than the sentence asked before.
func (c *wordCursor) holds(si int32, text string) bool {
	if c.all {
		return findWord(text, c.word, 0) >= 0
	}
	return c.list.seek(si) && c.list.sent == si && (!c.read || findWord(text, c.word, 0) >= 0)
}

// oneWord reports a non-empty w made of word runes only: a word
// eachWord gives whole.
func oneWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if !asciiWordRune[c] {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 || !isWordRune(r) {
			return false
		}
		i += size
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }

// asciiWordRune is isWordRune of the ASCII characters.
var asciiWordRune = func() (t [utf8.RuneSelf]bool) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		t[r] = isWordRune(r)
	}
	return t
}()

// eachWord calls fn with every maximal run of word runes in s.
func eachWord(s string, fn func(string)) {
	start := -1
	for i := 0; i < len(s); {
		var word bool
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			word = asciiWordRune[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = isWordRune(r)
		}
		if word {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			fn(s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// sentenceFacts are the facts and figures of f's sentence (what
// hasKindIn and ownDate read of them), in order, found through an index
// of the article's facts by sentence built once per index (memo), so
// that a question about one fact does not read every fact of a book.
// The index is the facts' and figures' positions sorted by sentence (a
// map of lists by sentence held 6.6 MB on the 19 MB book, this 0.2 MB).
func (g *generator) sentenceFacts(f Fact) iter.Seq2[int, factInSentence] {
	k := sentenceKey{f.Chapter, f.Block, f.SentSpan}
	if g.memo == nil {
		return slices.All(factsBySentence(g.facts, g.numbers, &k)[k])
	}
	g.memo.sentOnce.Do(func() { g.memo.bySentence = positionsBySentence(g.facts, g.numbers) })
	at := g.memo.bySentence
	fact := func(p int32) Fact { // facts, then numbers
		if int(p) < len(g.facts) {
			return g.facts[p]
		}
		return g.numbers[int(p)-len(g.facts)]
	}
	lo := sort.Search(len(at), func(i int) bool { return compareSentence(keyOf(fact(at[i])), k) >= 0 })
	return func(yield func(int, factInSentence) bool) {
		for i := lo; i < len(at); i++ {
			o := fact(at[i])
			if keyOf(o) != k || !yield(i-lo, factInSentence{o.Kind, o.Text, o.Start}) {
				return
			}
		}
	}
}

func keyOf(f Fact) sentenceKey { return sentenceKey{f.Chapter, f.Block, f.SentSpan} }

func compareSentence(a, b sentenceKey) int {
	return cmp.Or(cmp.Compare(a.chapter, b.chapter), cmp.Compare(a.block, b.block),
		cmp.Compare(a.span.Start, b.span.Start), cmp.Compare(a.span.End, b.span.End))
}

// positionsBySentence are the positions of the facts and then the figures
// (numbers[i] at len(facts)+i), sorted by sentence, in order within one.
func positionsBySentence(facts, numbers []Fact) []int32 {
	at := make([]int32, len(facts)+len(numbers))
	for i := range at {
		at[i] = int32(i)
	}
	key := func(p int32) sentenceKey {
		if int(p) < len(facts) {
			return keyOf(facts[p])
		}
		return keyOf(numbers[int(p)-len(facts)])
	}
	slices.SortStableFunc(at, func(a, b int32) int { return compareSentence(key(a), key(b)) })
	return at
}

// factInSentence is what sentenceFacts keeps of a fact.
type factInSentence struct {
	Kind  FactKind
	Text  string
	Start int
}

// factsBySentence groups the facts and figures by sentence, in order; only
// key's sentence when key is not nil.
func factsBySentence(facts, numbers []Fact, key *sentenceKey) map[sentenceKey][]factInSentence {
	out := map[sentenceKey][]factInSentence{}
	for _, pool := range [][]Fact{facts, numbers} {
		for _, o := range pool {
			k := sentenceKey{o.Chapter, o.Block, o.SentSpan}
			if key == nil || k == *key {
				out[k] = append(out[k], factInSentence{o.Kind, o.Text, o.Start})
			}
		}
	}
	return out
}
