package quiz

import (
	"maps"
	"math/rand/v2"
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
	return g
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
	c.titles, c.inSentence, c.sentFacts = nil, nil, nil
	c.mixed, c.personLike, c.eraYears, c.surnames = nil, nil, nil, nil
	return &c
}
