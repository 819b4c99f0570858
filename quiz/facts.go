package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// FactKind says what a fact is about.
type FactKind string

// The kinds of fact the engine finds.
const (
	DateFact   FactKind = "date"
	PolicyFact FactKind = "policy"
	PersonFact FactKind = "person"
	PlaceFact  FactKind = "place"
	OrgFact    FactKind = "organization"
)

// Fact is something a teacher would ask about, found in one sentence of
// the article.
type Fact struct {
	Kind  FactKind
	Text  string // exactly as written in the sentence
	Value string // normalised: "1986", "the 1990s", "Sunshine Policy"
	Date  DateValue
	// Detail is extra knowledge from the text: a person's title, a
	// policy's abbreviation.
	Detail string

	Chapter  int // index into Article.Chapters
	Block    int // index into the chapter's Blocks
	Start    int // byte offsets of Text in the block's text
	End      int
	Sentence string
	SentSpan Span // the sentence's offsets in the block's text
}

// Key identifies the fact by what it says and where it says it, not by
// its position in the list, so it survives regeneration.
func (f Fact) Key() string {
	// the bytes hashed, gathered in one buffer (on the stack for most
	// sentences) rather than converted piece by piece
	var buf [512]byte
	b := append(buf[:0], f.Kind...)
	b = append(b, 0)
	b = append(b, strings.ToLower(f.Value)...)
	b = append(b, 0)
	b = append(b, normSpace(f.Sentence)...)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// Blanked is the fact's sentence with the fact's text replaced by a blank.
func (f Fact) Blanked() string {
	s := f.Start - f.SentSpan.Start
	e := f.End - f.SentSpan.Start
	if s < 0 || e > len(f.Sentence) || s > e {
		return f.Sentence
	}
	return f.Sentence[:s] + "_____" + f.Sentence[e:]
}

// normSpace is s with its runs of white space made one space and none at
// either end. Most sentences are so already: they come back as they are.
func normSpace(s string) string {
	if spacedOnce(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spacedOnce reports whether the only white space in s is single ASCII
// spaces between other characters.
func spacedOnce(s string) bool {
	prevSpace := true // no space may open s
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
			prevSpace = false
			continue
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
			return false
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}

// sentenceRef is one sentence of the article with where it stands.
type sentenceRef struct {
	chapter, block int
	span           Span
	text           string
}

func articleSentences(a *Article) []sentenceRef {
	var out []sentenceRef
	for ci := range a.Chapters {
		out = appendChapterSentences(out, a, ci)
	}
	return out
}

// chapterFacts is what one chapter gives before names are chosen across
// the article: its sentences, its dates and the names in its sentences
// (their sent counted from the chapter's first sentence).
type chapterFacts struct {
	sents []sentenceRef
	dates []Fact
	cands []candidate
}

// readChapters finds every chapter's sentences, dates and names, on up to
// GOMAXPROCS goroutines. On the caller's goroutine it calls step after each
// chapter's dates and after its names, and take with each chapter in
// article order as soon as it and those before it are read, so that only
// the chapters being read are held apart. A panic in a chapter panics here.
func readChapters(a *Article, step func(), take func(*chapterFacts)) {
	n := len(a.Chapters)
	type event struct {
		ci    int
		names bool // the chapter is read (else: its dates are)
		err   error
	}
	chapters := make([]chapterFacts, n)
	workers := min(runtime.GOMAXPROCS(0), n)
	events := make(chan event, 2*n+workers) // never blocks a worker
	var next atomic.Int64
	for range workers {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					events <- event{err: fmt.Errorf("extracting facts: %v\n%s", r, debug.Stack())}
				}
			}()
			for {
				ci := int(next.Add(1) - 1)
				if ci >= n {
					return
				}
				c := &chapters[ci]
				c.sents = appendChapterSentences(nil, a, ci)
				c.dates = dateFacts(a, c.sents)
				events <- event{ci: ci}
				c.cands = firstOfEachName(appendNameCandidates(nil, c.sents, 0), map[candidateKey]bool{})
				events <- event{ci: ci, names: true}
			}
		}()
	}
	read := make([]bool, n)
	taken := 0
	for range 2 * n {
		e := <-events
		if e.err != nil {
			panic(e.err)
		}
		step()
		if !e.names {
			continue
		}
		// receiving the event makes the chapter's worker's writes visible
		read[e.ci] = true
		for taken < n && read[taken] {
			take(&chapters[taken])
			chapters[taken] = chapterFacts{}
			taken++
		}
	}
}

// candidateKey is what firstMentions reads of a name found again: a
// candidate with the key of an earlier one changes nothing there (the
// earlier one decided, or was left out for a reason that still holds).
type candidateKey struct {
	kind FactKind
	name string
	weak bool
}

// firstOfEachName keeps the candidates whose key is not in seen, and adds
// their keys. A book names the same things again and again: holding every
// mention until the end held about three times the book's size.
func firstOfEachName(cands []candidate, seen map[candidateKey]bool) []candidate {
	out := cands[:0]
	for _, c := range cands {
		k := candidateKey{c.kind, c.name, c.weak}
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return slices.Clone(out) // not the array of every mention
}

// appendChapterSentences appends the sentences of chapter ci's prose.
func appendChapterSentences(out []sentenceRef, a *Article, ci int) []sentenceRef {
	for bi, b := range a.Chapters[ci].Blocks {
		if !b.Prose() {
			continue
		}
		for _, sp := range Sentences(b.Text) {
			out = append(out, sentenceRef{ci, bi, sp, b.Text[sp.Start:sp.End]})
		}
	}
	return out
}

// Extract finds the article's dates, policies, people, places and
// organisations. The references are never read. The result is in article
// order and the same for the same article.
func Extract(a *Article) []Fact { return ExtractWithProgress(a, nil) }

// ExtractWithProgress is Extract telling progress, when it is not nil, how
// far it is: it is called first with done 0, then with done growing as
// chapters are read, out of a total fixed before the work starts, and last
// with done == total. It is called on the caller's goroutine. Chapters are
// read on up to GOMAXPROCS goroutines; the result does not depend on how
// many.
func ExtractWithProgress(a *Article, progress func(done, total int)) []Fact {
	// each chapter is one step for its dates and one for its names; the
	// last step chooses every name's first mention across the article
	n := len(a.Chapters)
	total := 2*n + 1
	done := 0
	step := func() {
		if progress != nil {
			progress(done, total)
		}
		done++
	}
	step()
	// each chapter's sentences, dates and new names are kept as read and
	// joined once at the end, at their sizes (appending them as they came
	// copied each list about twice over as it grew)
	var chunks []chapterFacts
	nsents, ndates, ncands := 0, 0, 0
	seen := map[candidateKey]bool{}
	readChapters(a, step, func(c *chapterFacts) {
		cands := firstOfEachName(c.cands, seen)
		for i := range cands {
			cands[i].sent += nsents
		}
		chunks = append(chunks, chapterFacts{sents: c.sents, dates: c.dates, cands: cands})
		nsents, ndates, ncands = nsents+len(c.sents), ndates+len(c.dates), ncands+len(cands)
	})
	sents := make([]sentenceRef, 0, nsents)
	cands := make([]candidate, 0, ncands)
	var facts []Fact // nil when there is nothing, as an empty article always gave
	if ndates+ncands > 0 {
		facts = make([]Fact, 0, ndates+ncands)
	}
	for i, c := range chunks {
		sents = append(sents, c.sents...)
		cands = append(cands, c.cands...)
		facts = append(facts, c.dates...)
		chunks[i] = chapterFacts{}
	}
	facts = append(facts, firstMentions(sents, cands)...)
	sort.SliceStable(facts, func(i, j int) bool {
		fi, fj := facts[i], facts[j]
		if fi.Chapter != fj.Chapter {
			return fi.Chapter < fj.Chapter
		}
		if fi.Block != fj.Block {
			return fi.Block < fj.Block
		}
		return fi.Start < fj.Start
	})
	step()
	return facts
}

func newFact(s sentenceRef, kind FactKind, sp Span, value, detail string, d DateValue) Fact {
	return Fact{
		Kind: kind, Text: s.text[sp.Start:sp.End], Value: value, Detail: detail, Date: d,
		Chapter: s.chapter, Block: s.block,
		Start: s.span.Start + sp.Start, End: s.span.Start + sp.End,
		Sentence: s.text, SentSpan: s.span,
	}
}

// FactsOfKind filters facts.
func FactsOfKind(facts []Fact, kind FactKind) []Fact {
	var out []Fact
	for _, f := range facts {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

// Highlights are the spans of a paragraph's key dates and policies, in
// order and without overlaps, for the reader to mark lightly.
func Highlights(facts []Fact, chapter, block int) []Span {
	var out []Span
	for _, f := range facts {
		if f.Chapter == chapter && f.Block == block && (f.Kind == DateFact || f.Kind == PolicyFact) && f.End > f.Start {
			out = append(out, Span{f.Start, f.End})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	kept := out[:0]
	for _, s := range out {
		if len(kept) > 0 && s.Start < kept[len(kept)-1].End {
			continue
		}
		kept = append(kept, s)
	}
	return kept
}
