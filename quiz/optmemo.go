package quiz

import (
	"slices"
	"sync"
)

// The place checks of the options (optregion.go) read every sentence
// naming a candidate, and nameDistractors asks them of every name of the
// answer's kind for every place question: on a book that names a place
// thousands of times they were a third of making a quiz. What they find
// depends on the article alone, so the memo keeps it per name.

// remember is table[k], worked out by work on first use and kept: the
// memo's pattern for what depends on the article alone, safe for
// concurrent use (two callers may both work a key out; they get the
// same value).
func remember[K comparable, V any](m *memo, table *map[K]V, k K, work func() V) V {
	m.mu.Lock()
	v, ok := (*table)[k]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = work()
	m.mu.Lock()
	if *table == nil {
		*table = map[K]V{}
	}
	(*table)[k] = v
	m.mu.Unlock()
	return v
}

// placeContinent is readPlaceContinent(name), worked out once per name.
func (g *generator) placeContinent(name string) string {
	if g.memo == nil {
		return g.readPlaceContinent(name)
	}
	return remember(g.memo, &g.memo.continent, name, func() string { return g.readPlaceContinent(name) })
}

// usedAsBody is readUsedAsBody(name), worked out once per name.
func (g *generator) usedAsBody(name string) bool {
	if g.memo == nil {
		return g.readUsedAsBody(name)
	}
	return remember(g.memo, &g.memo.body, name, func() bool { return g.readUsedAsBody(name) })
}

// onceValue is a value worked out once, by whichever caller comes first;
// the others wait for it.
type onceValue[V any] struct {
	once sync.Once
	v    V
}

// rememberOnce is remember for work too long to do twice: a second
// caller of a key waits for the first (the cards and a quiz, on two
// goroutines, ask for the same chapters in the same order).
func rememberOnce[K comparable, V any](m *memo, table *map[K]*onceValue[V], k K, work func() V) V {
	m.mu.Lock()
	e := (*table)[k]
	if e == nil {
		if *table == nil {
			*table = map[K]*onceValue[V]{}
		}
		e = &onceValue[V]{}
		(*table)[k] = e
	}
	m.mu.Unlock()
	e.once.Do(func() { e.v = work() })
	return e.v
}

// chapterAnswers are readChapterAnswers(ch), made once per index: the
// question cards, each quiz and Study.phraseFact read every chapter's
// phrase questions on forks of their own, and on a book each reading
// was seconds of CPU (mainPointAnswers' rules on every sentence). What
// they are depends on the article alone, never on a fork's quiz (its
// seed, the facts it asked); the slice is shared and read only.
func (g *generator) chapterAnswers(ch int) []structAnswer {
	if g.memo == nil {
		return g.readChapterAnswers(ch)
	}
	return rememberOnce(g.memo, &g.memo.phrases, ch, func() []structAnswer { return g.readChapterAnswers(ch) })
}

// plainYearsNaming is readPlainYearsNaming(name), read once per name:
// outsideEra asks it of the people a date's sentence speaks of for every
// date option of every date question, and it reads every sentence naming
// them. The slice is shared and read only.
func (g *generator) plainYearsNaming(name string) []int {
	if g.memo == nil {
		return g.readPlainYearsNaming(name)
	}
	return remember(g.memo, &g.memo.years, name, func() []int { return g.readPlainYearsNaming(name) })
}

// isPlaceOfType is readIsPlaceOfType(option, typ), worked out once per
// option and type: nameDistractors asks it of every place of the kind for
// a blank after "the island of".
func (g *generator) isPlaceOfType(option, typ string) bool {
	if g.memo == nil {
		return g.readIsPlaceOfType(option, typ)
	}
	return remember(g.memo, &g.memo.placeOf, [2]string{option, typ}, func() bool { return g.readIsPlaceOfType(option, typ) })
}

// namedInChapter is readNamedInChapter(name, ch), from the chapters of
// the sentences naming name (memo.sentencesNaming), listed once per name:
// nameDistractors asks it of every option it keeps, for every question.
func (g *generator) namedInChapter(name string, ch int) bool {
	if g.memo == nil {
		return g.readNamedInChapter(name, ch)
	}
	chs := remember(g.memo, &g.memo.chNamed, name, func() []int {
		var out []int
		for _, si := range g.memo.sentencesNaming(g, name) {
			if c := g.sents[si].chapter; len(out) == 0 || out[len(out)-1] != c {
				out = append(out, c)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	})
	_, ok := slices.BinarySearch(chs, ch)
	return ok
}

// actorIndex is actorSentences of one subject with, for each word that
// may be its verb, the sentences (positions in list) that hold it.
type actorIndex struct {
	list   []actorSentence
	byWord map[string][]int32
}

// actingSentences are the actorSentences of the subject key (indexed by
// word) in which it does verb (actsIn), in index order: sameActElsewhere
// asked actsIn of every sentence naming the subject for each of its
// clauses, quadratic in a subject's mentions (0.6 s of 10.7 s of samples
// on the 19 MB book). The words after the subject are indexed once per
// subject, and the sentences of a verb found once per subject and verb.
func (m *memo) actingSentences(g *generator, word, key, verb, base string) []actorSentence {
	filter := func(list []actorSentence) []actorSentence {
		var out []actorSentence
		for _, a := range list {
			if a.actsIn(verb, base) {
				out = append(out, a)
			}
		}
		return out
	}
	if m == nil {
		return filter(m.actorSentences(g, word, key))
	}
	ix := remember(m, &m.actorIx, [2]string{word, key}, func() *actorIndex {
		list := m.actorSentences(g, word, key)
		ix := &actorIndex{list: list, byWord: map[string][]int32{}}
		for i, a := range list {
			for _, w := range a.words {
				if l := ix.byWord[w]; len(l) == 0 || l[len(l)-1] != int32(i) {
					ix.byWord[w] = append(l, int32(i))
				}
			}
		}
		return ix
	})
	return remember(m, &m.acting, [4]string{word, key, verb, base}, func() []actorSentence {
		var at []int32
		for w, l := range ix.byWord {
			if w == verb || formOf(w, base) {
				at = append(at, l...)
			}
		}
		slices.Sort(at)
		at = slices.Compact(at)
		out := make([]actorSentence, 0, len(at))
		for _, i := range at {
			out = append(out, ix.list[i])
		}
		return out
	})
}

// warmChapterAnswers reads the chapters' phrase questions into the memo
// (chapterAnswers) from the last chapter back, skipping each chapter
// another caller has begun, and returns once every chapter is begun.
// The question cards read them from the first chapter on, and on a book
// that reading is seconds of CPU on one goroutine while the other core
// waits: run on a fork of its own beside them, it takes the second half.
// What each chapter gives depends on the article alone (chapterAnswers),
// so the cards and quizzes are the same whoever reads a chapter first.
func (g *generator) warmChapterAnswers() {
	if g.memo == nil {
		return
	}
	m := g.memo
	for ch := len(g.a.Chapters) - 1; ch >= 0; ch-- {
		m.mu.Lock()
		_, begun := m.phrases[ch]
		m.mu.Unlock()
		if !begun {
			g.chapterAnswers(ch)
		}
	}
}
