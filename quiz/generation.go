package quiz

import (
	"iter"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
)

// indexedGenerator is a generator with the index of an article's facts
// built (generator.index): its sentences by word, its facts by kind,
// chapter and key, its figures. On a book the index takes as long to
// build as the cards take to make, so a Study builds it once for its
// cards and all its quizzes (Study.generator) and each call works on a
// fork of it.
func indexedGenerator(a *Article, facts []Fact) *generator {
	g := &generator{a: a, facts: facts}
	g.index()
	// after the index: what the memo keeps may depend on it (isSubject on
	// the subject index finds)
	g.memo = &memo{askable: map[string]bool{}}
	return g
}

// memo holds what is worked out about each sentence of an article that
// the cards and every quiz ask again and again: a book's sentence holds a
// dozen facts, and its checks are regexps. The forks of one index share
// it; it is safe for concurrent use. A generator without one (tests make
// their own) works each answer out every time.
type memo struct {
	mu      sync.Mutex
	askable map[string]bool // askableSentence, by sentence

	detailOnce sync.Once
	byDetail   map[string][]int32 // the facts other than dates, by Detail (withDetail)

	sentOnce   sync.Once
	bySentence []int32 // the facts and figures by sentence (sentenceFacts)

	keys    map[string]nameKeys // nameKeys, by name
	subject map[string]bool     // isSubject, by name

	kindOnce sync.Once
	kindIx   *kindIndex // findMixedKind's

	acts map[[2]string][]actOn // findActsOn, by subject and word

	actors  map[[2]string][]actorSentence // actorSentences, by the indexed word and the subject
	lower   map[string]bool               // writtenLower, by word
	spelled map[string][]string           // spelledOut, by abbreviation
	naming  map[string][]int32            // sentencesNaming, by name
	verbOf  map[string]*verbMarks         // hasVerbOf, by verbs, then by sentence

	valuesOnce sync.Once
	values     []string            // the facts' values, each once, in article order
	longer     map[string][]string // longerNames, by name

	continent map[string]string // placeContinent, by name (optmemo.go)
	body      map[string]bool   // usedAsBody, by name

	phrases map[int]*onceValue[[]structAnswer] // chapterAnswers, by chapter
	years   map[string][]int                   // plainYearsNaming, by name
	placeOf map[[2]string]bool                 // isPlaceOfType, by option and type
	chNamed map[string][]int                   // the chapters naming a name, sorted (namedInChapter)
	actorIx map[[2]string]*actorIndex          // actorSentences by their words (actingSentences)
	acting  map[[4]string][]actorSentence      // actingSentences, by subject and verb

	pointsOnce sync.Once
	points     *pointIndex // the main-point score's article index (mainscore.go)
}

// longerNames are the facts' values that are longer than name and hold
// it ("North East Asia" for "East Asia"), each once, in article order.
// insideLongerName asks for them of every later mention of a name; a
// book's facts are tens of thousands, its values a few thousand.
func (m *memo) longerNames(g *generator, name string) []string {
	if m == nil {
		return longerNames(distinctValues(g.facts), name)
	}
	m.valuesOnce.Do(func() { m.values = distinctValues(g.facts) })
	m.mu.Lock()
	l, ok := m.longer[name]
	m.mu.Unlock()
	if !ok {
		l = longerNames(m.values, name)
		m.mu.Lock()
		if m.longer == nil {
			m.longer = map[string][]string{}
		}
		m.longer[name] = l
		m.mu.Unlock()
	}
	return l
}

func distinctValues(facts []Fact) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range facts {
		if !seen[f.Value] {
			seen[f.Value] = true
			out = append(out, f.Value)
		}
	}
	return out
}

func longerNames(values []string, name string) []string {
	var out []string
	for _, v := range values {
		if len(v) > len(name) && strings.Contains(v, name) {
			out = append(out, v)
		}
	}
	return out
}

// withDetail are the facts other than dates whose Detail is v, in article
// order: the longer names v abbreviates (forms), found without reading
// every fact of a book for every question.
func (m *memo) withDetail(g *generator, v string) []Fact {
	var out []Fact
	if m == nil || v == "" {
		for _, o := range g.facts {
			if o.Kind != DateFact && o.Detail == v {
				out = append(out, o)
			}
		}
		return out
	}
	m.detailOnce.Do(func() {
		m.byDetail = map[string][]int32{}
		for i, o := range g.facts {
			if o.Kind != DateFact && o.Detail != "" {
				m.byDetail[o.Detail] = append(m.byDetail[o.Detail], int32(i))
			}
		}
	})
	for _, i := range m.byDetail[v] {
		out = append(out, g.facts[i])
	}
	return out
}

// sentenceAskable is g.askableSentence(s), worked out once per sentence.
func (m *memo) sentenceAskable(g *generator, s string) bool {
	if m == nil {
		return g.askableSentence(s)
	}
	m.mu.Lock()
	v, ok := m.askable[s]
	m.mu.Unlock()
	if !ok {
		v = g.askableSentence(s)
		m.mu.Lock()
		m.askable[s] = v
		m.mu.Unlock()
	}
	return v
}

// fork is a generator for one MakeCards or GenerateQuiz call on base's
// index, which no call changes. It has its own copy of byKey (a quiz
// adds the later mentions it asks about) and its own caches, so a call
// gives what it gives on an index of its own, and calls on one index may
// run at the same time.
func (g *generator) fork(rng *rand.Rand) *generator {
	c := *g
	c.rng = rng
	c.byKey = maps.Clone(g.byKey)
	c.used = nil
	c.titles, c.sentFacts = nil, nil
	c.mixed, c.personLike, c.eraYears, c.surnames = nil, nil, nil, nil
	c.clauses, c.sentAt, c.phraseQs = nil, nil, nil
	c.nameSet, c.nameFirst = nil, nil // indexNames fills them on first use
	return &c
}

// nameKeys are the forms of a name that distractors are compared by:
// normAnswer without spaces ("North East Asia" and "Northeast Asia" are
// one name) and spelledKey (sameNameSpelledOtherwise).
type nameKeys struct{ spaceless, spelled string }

// nameKeys works a name's keys out once per name: nameDistractors asks
// for those of every name of the answer's kind for every question, which
// on a book that keeps naming new things was most of making a quiz.
func (m *memo) nameKeys(name string) nameKeys {
	work := func() nameKeys {
		return nameKeys{strings.ReplaceAll(normAnswer(name), " ", ""), spelledKey(name)}
	}
	if m == nil {
		return work()
	}
	m.mu.Lock()
	k, ok := m.keys[name]
	m.mu.Unlock()
	if !ok {
		k = work()
		m.mu.Lock()
		if m.keys == nil {
			m.keys = map[string]nameKeys{}
		}
		m.keys[name] = k
		m.mu.Unlock()
	}
	return k
}

// isSubject is g.nameIsSubject(name), worked out once per name (it
// depends on the article alone).
func (m *memo) isSubject(g *generator, name string) bool {
	if m == nil {
		return g.nameIsSubject(name)
	}
	m.mu.Lock()
	v, ok := m.subject[name]
	m.mu.Unlock()
	if !ok {
		v = g.nameIsSubject(name)
		m.mu.Lock()
		if m.subject == nil {
			m.subject = map[string]bool{}
		}
		m.subject[name] = v
		m.mu.Unlock()
	}
	return v
}

// overlapSet is overlapsAny over a growing list of names in time that
// does not grow with the list: nameDistractors asked it of every name of
// the kind against all those already taken, which on a book that keeps
// naming new things was quadratic in its names for every question.
type overlapSet struct {
	joined strings.Builder // the names, each after a NUL
	names  map[string]bool
	lens   map[int]bool // the names' lengths in bytes
	list   []string     // the names, for a name holding a NUL
}

func (s *overlapSet) add(name string) {
	if s.names == nil {
		s.names, s.lens = map[string]bool{}, map[int]bool{}
	}
	s.joined.WriteByte(0)
	s.joined.WriteString(name)
	s.names[name] = true
	s.lens[len(name)] = true
	s.list = append(s.list, name)
}

// overlaps is overlapsAny(name, the names added).
func (s *overlapSet) overlaps(name string) bool {
	if len(s.list) == 0 {
		return false
	}
	if strings.IndexByte(name, 0) >= 0 {
		return overlapsAny(name, s.list)
	}
	// a name added holds name: name, holding no NUL, lies inside one of them
	if strings.Contains(s.joined.String(), name) {
		return true
	}
	// name holds a name added: one of its substrings of a length added
	for l := range s.lens {
		for i := 0; i+l <= len(name); i++ {
			if s.names[name[i:i+l]] {
				return true
			}
		}
	}
	return false
}

// kinds is the index of the names by kind findMixedKind reads, built once
// (without a memo, each time).
func (m *memo) kinds(g *generator) *kindIndex {
	if m == nil {
		return newKindIndex(g)
	}
	m.kindOnce.Do(func() { m.kindIx = newKindIndex(g) })
	return m.kindIx
}

// actsOn is g.findActsOn(subj, key), worked out once per subject: each
// clause of a subject asked it, and it reads every sentence naming the
// subject, which on a book was quadratic in a name's mentions.
func (m *memo) actsOn(g *generator, subj, key string) []actOn {
	if m == nil {
		return g.findActsOn(subj, key)
	}
	k := [2]string{subj, key}
	m.mu.Lock()
	l, ok := m.acts[k]
	m.mu.Unlock()
	if !ok {
		l = g.findActsOn(subj, key)
		m.mu.Lock()
		if m.acts == nil {
			m.acts = map[[2]string][]actOn{}
		}
		m.acts[k] = l
		m.mu.Unlock()
	}
	return l
}

// actorSentence is a sentence that names a subject, with the words that
// actsWith would take for its verb after each of its mentions.
type actorSentence struct {
	si    int32
	words []string
}

// actorWords are the words that may be the subject key's verb in s, as
// actsWith reads them: the word after each mention, and the words after
// it while only adverbs and auxiliaries stand between.
func actorWords(s, key string) []string {
	var out []string
	for i := findWord(s, key, 0); i >= 0; i = findWord(s, key, i+len(key)) {
		w := strings.Fields(s[i+len(key):])
		for k := 0; k < len(w) && k < 5; k++ {
			if k > 0 && !strings.HasSuffix(w[k-1], "ly") && !actAdverbs[w[k-1]] {
				break // only adverbs and auxiliaries between the name and the verb
			}
			out = append(out, strings.Trim(w[k], ",;:."))
		}
	}
	return out
}

// actorSentences are the sentences mentioning word (the index's key of a
// subject) in which key acts, each with its possible verbs, in index
// order, read once per subject: sameActElsewhere asked for each clause
// of a subject, reading every sentence that names it (6 s of CPU on the
// 19 MB book).
func (m *memo) actorSentences(g *generator, word, key string) []actorSentence {
	work := func() []actorSentence {
		var out []actorSentence
		for _, si := range g.ix.mentioning(word) {
			if ws := actorWords(g.sents[si].text, key); len(ws) > 0 {
				out = append(out, actorSentence{si, ws})
			}
		}
		return out
	}
	if m == nil {
		return work()
	}
	k := [2]string{word, key}
	m.mu.Lock()
	l, ok := m.actors[k]
	m.mu.Unlock()
	if !ok {
		l = work()
		m.mu.Lock()
		if m.actors == nil {
			m.actors = map[[2]string][]actorSentence{}
		}
		m.actors[k] = l
		m.mu.Unlock()
	}
	return l
}

// actsIn reports a sentence of actorSentences in which the subject is
// followed by the verb (actsWith).
func (a actorSentence) actsIn(verb, base string) bool {
	for _, x := range a.words {
		if x == verb || formOf(x, base) {
			return true
		}
	}
	return false
}

// writtenLower is g.writtenLower(w), counted once per word: lowerCommon
// asks it of every one-word subject, and it reads every sentence that
// names the word.
func (m *memo) writtenLower(g *generator, w string) bool {
	if m == nil {
		return g.writtenLower(w)
	}
	m.mu.Lock()
	v, ok := m.lower[w]
	m.mu.Unlock()
	if !ok {
		v = g.writtenLower(w)
		m.mu.Lock()
		if m.lower == nil {
			m.lower = map[string]bool{}
		}
		m.lower[w] = v
		m.mu.Unlock()
	}
	return v
}

// spelledOut is g.spelledOut(answer), worked out once per answer (a copy
// each time, so that a caller may append to it): underPolicy asked it of
// its policy for every policy fact of the article.
func (m *memo) spelledOut(g *generator, answer string) []string {
	if m == nil {
		return g.spelledOut(answer)
	}
	m.mu.Lock()
	l, ok := m.spelled[answer]
	m.mu.Unlock()
	if !ok {
		l = g.spelledOut(answer)
		m.mu.Lock()
		if m.spelled == nil {
			m.spelled = map[string][]string{}
		}
		m.spelled[answer] = l
		m.mu.Unlock()
	}
	return slices.Clone(l)
}

// sentencesNaming are the sentences in which name stands as a word (not
// only inside a longer word), in index order, found once per name:
// alsoTrue asks it of each option of each choice question.
func (m *memo) sentencesNaming(g *generator, name string) []int32 {
	work := func() []int32 {
		var out []int32
		for _, si := range g.ix.mentioning(name) {
			if findWord(g.sents[si].text, name, 0) >= 0 {
				out = append(out, si)
			}
		}
		return out
	}
	if m == nil {
		return work()
	}
	m.mu.Lock()
	l, ok := m.naming[name]
	m.mu.Unlock()
	if !ok {
		l = work()
		m.mu.Lock()
		if m.naming == nil {
			m.naming = map[string][]int32{}
		}
		m.naming[name] = l
		m.mu.Unlock()
	}
	return l
}

// verbMarks are hasVerbOf's answers for one list of verbs, two bits a
// sentence (asked, and its answer): a map by sentence and verbs held 7
// MB on the 19 MB book at the end of the cards, these a few kB a list.
type verbMarks struct{ asked, has []uint64 }

// hasVerbOf is hasVerbOf(g.sents[si].text, verbs), read once per
// sentence and kind of verb: alsoTrue asks it of every sentence that
// names an option beside the blank's subject.
func (m *memo) hasVerbOf(g *generator, si int32, verbs []string) bool {
	if m == nil {
		return hasVerbOf(g.sents[si].text, verbs)
	}
	var buf [256]byte
	k := buf[:0]
	for i, v := range verbs {
		if i > 0 {
			k = append(k, ' ')
		}
		k = append(k, v...)
	}
	w, bit := si/64, uint64(1)<<(si%64)
	m.mu.Lock()
	vm := m.verbOf[string(k)]
	if vm == nil {
		if m.verbOf == nil {
			m.verbOf = map[string]*verbMarks{}
		}
		n := (len(g.sents) + 63) / 64
		vm = &verbMarks{make([]uint64, n), make([]uint64, n)}
		m.verbOf[string(k)] = vm
	}
	asked, has := vm.asked[w]&bit != 0, vm.has[w]&bit != 0
	m.mu.Unlock()
	if asked {
		return has
	}
	v := hasVerbOf(g.sents[si].text, verbs)
	m.mu.Lock()
	vm.asked[w] |= bit
	if v {
		vm.has[w] |= bit
	}
	m.mu.Unlock()
	return v
}

// ofKind are the facts of a kind, in article order (the index keeps their
// positions in facts: a copy of a book's facts by kind held 11 MB).
func (g *generator) ofKind(k FactKind) iter.Seq2[int, Fact] {
	at := g.kindAt[k]
	return func(yield func(int, Fact) bool) {
		for i, p := range at {
			if !yield(i, g.facts[p]) {
				return
			}
		}
	}
}

// kindFacts are the facts of a kind, in article order, in a slice of
// their own.
func (g *generator) kindFacts(k FactKind) []Fact {
	out := make([]Fact, 0, len(g.kindAt[k]))
	for _, f := range g.ofKind(k) {
		out = append(out, f)
	}
	return out
}

// factByKey finds a fact or figure by its key: among those this call
// added (byKey) first, then among the index's (keyAt: positions, where a
// map of copies held a book's facts again, and each fork cloned it).
func (g *generator) factByKey(k string) (Fact, bool) {
	if f, ok := g.byKey[k]; ok {
		return f, true
	}
	p, ok := g.keyAt[k]
	switch {
	case !ok:
		return Fact{}, false
	case int(p) < len(g.facts):
		return g.facts[p], true
	}
	return g.numbers[int(p)-len(g.facts)], true
}
