package quiz

import (
	"cmp"
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
type sentenceIndex struct {
	sents  []sentenceRef
	byWord map[string][]int32

	// found holds the sentences chosen for terms (remember), which the
	// cards and quizzes of a book ask for again and again
	mu    sync.Mutex
	found map[foundKey]foundAt
}

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
// The lists share one array, each as long as it needs (growing each by
// appending left a book's index a third larger than its entries, and as
// much again in garbage): a first pass numbers the words and notes each
// sentence's distinct words, a second cuts the array.
func newSentenceIndex(sents []sentenceRef) *sentenceIndex {
	ids := map[string]int32{}
	var words []string // by id
	var last []int32   // by id: the last sentence noted + 1
	var counts []int32 // by id: the sentences holding the word
	var noted []int32  // each sentence's distinct words, by id, in order
	ends := make([]int32, len(sents))
	for i, s := range sents {
		eachWord(s.text, func(w string) {
			id, ok := ids[w]
			if !ok {
				id = int32(len(words))
				ids[w] = id
				words = append(words, w)
				last = append(last, 0)
				counts = append(counts, 0)
			}
			if last[id] != int32(i)+1 {
				last[id] = int32(i) + 1
				counts[id]++
				noted = append(noted, id)
			}
		})
		ends[i] = int32(len(noted))
	}
	// counts become each list's start in the array
	all := make([]int32, len(noted))
	var at int32
	for id, c := range counts {
		counts[id] = at
		at += c
	}
	byWord := make(map[string][]int32, len(words))
	start := int32(0)
	for i, end := range ends {
		for _, id := range noted[start:end] {
			all[counts[id]] = int32(i)
			counts[id]++
		}
		start = end
	}
	// counts[id] is now the end of the word's list: the start of the next
	at = 0
	for id, w := range words {
		byWord[w] = all[at:counts[id]:counts[id]]
		at = counts[id]
	}
	return &sentenceIndex{sents: sents, byWord: byWord}
}

// mentioning returns, in article order, the sentences holding the first
// word of term: every sentence in which findWord can find term is among
// them.
func (ix *sentenceIndex) mentioning(term string) []int32 {
	first := ""
	eachWord(term, func(w string) {
		if first == "" {
			first = w
		}
	})
	if first == "" {
		return nil
	}
	return ix.byWord[first]
}

// wordCursor answers, for sentences asked in article order, whether each
// holds a word as findWord finds it (findWord(text, word, 0) >= 0). The
// word's first run of word runes is looked up in the index once, and its
// list of sentences walked forward: a sentence without it cannot hold the
// word (mentioning). A word made of word runes only is held where the
// list says; any other ("U.S", "Britain's") is then searched for in the
// sentence's text.
type wordCursor struct {
	word string
	list []int32 // the rest of the sentences holding the first run, from the last asked
	read bool    // not one word: read the sentences the list holds
	all  bool    // no word runes at all: read every sentence
}

// cursor returns a wordCursor for w at the article's first sentence.
func (ix *sentenceIndex) cursor(w string) wordCursor {
	if oneWord(w) {
		return wordCursor{word: w, list: ix.byWord[w]}
	}
	first := ""
	eachWord(w, func(r string) {
		if first == "" {
			first = r
		}
	})
	return wordCursor{word: w, list: ix.byWord[first], read: true, all: first == ""}
}

// holds reports whether sentence si, whose text is text, holds the word.
// si must be no smaller than the sentence asked before.
func (c *wordCursor) holds(si int32, text string) bool {
	if c.all {
		return findWord(text, c.word, 0) >= 0
	}
	l := c.list
	if len(l) == 0 || l[0] >= si {
		return len(l) > 0 && l[0] == si && (!c.read || findWord(text, c.word, 0) >= 0)
	}
	// l[lo] < si: gallop to a bound, then search between
	lo, hi := 0, 1
	for hi < len(l) && l[hi] < si {
		lo, hi = hi, 2*hi
	}
	hi = min(hi+1, len(l)) // l[hi] >= si
	k, found := slices.BinarySearch(l[lo+1:hi], si)
	c.list = l[lo+1+k:]
	return found && (!c.read || findWord(text, c.word, 0) >= 0)
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
