package quiz

import (
	"fmt"
	"sync"
)

// Study is everything Chapterwise derives from one article's text: the
// parsed article, its facts, the flashcards made from them and the marks
// the reader shows. It is made once, off the UI, when an article opens,
// and never changed afterwards: every screen reads the same value, and
// none parses or extracts on its own.
type Study struct {
	Article *Article
	Facts   []Fact

	factOnce  sync.Once
	factAt    map[string]int // the facts by key, made on the first Fact
	cardsOnce sync.Once
	cards     []Card
	genOnce   sync.Once
	gen       *generator // the index of the facts that cards and quizzes are made from

	phraseOnce sync.Once
	phrases    map[string]Fact // the phrase questions' facts by key (phraseFact)
}

// StudyStage names a step of making a Study.
type StudyStage int

// The steps of NewStudy, in order.
const (
	StageParsing StudyStage = iota // reading the text into chapters
	StageReading                   // finding facts, chapter by chapter
	StageDone
)

// StudyProgress says how far NewStudy has come: in StageReading,
// Chapter of Chapters is the chapter being read (1-based).
type StudyProgress struct {
	Stage    StudyStage
	Chapter  int
	Chapters int
}

// String says what is happening in words a reader understands.
func (p StudyProgress) String() string {
	switch p.Stage {
	case StageParsing:
		return "Reading the article…"
	case StageReading:
		return fmt.Sprintf("Reading chapter %d of %d…", p.Chapter, p.Chapters)
	}
	return "Ready"
}

// Fraction is how much of the work is done, from 0 to 1: the chapters
// read before the one being read.
func (p StudyProgress) Fraction() float64 {
	switch p.Stage {
	case StageReading:
		if p.Chapters == 0 {
			return 0
		}
		return float64(p.Chapter-1) / float64(p.Chapters)
	case StageDone:
		return 1
	}
	return 0
}

// NewStudy parses an article's text and derives its study value. progress,
// when not nil, is told each step on the caller's goroutine: once when
// parsing starts, once per chapter as its facts are read (at most about
// two hundred times for a book, so that a window showing it is not
// flooded) and once at the end. The flashcards are made on first use
// (Cards): a book's take a while, and reading need not wait for them.
func NewStudy(content []byte, progress func(StudyProgress)) (*Study, error) {
	tell := func(p StudyProgress) {
		if progress != nil {
			progress(p)
		}
	}
	tell(StudyProgress{Stage: StageParsing})
	a, err := ParseArticle(content)
	if err != nil {
		return nil, err
	}
	return StudyOf(a, progress), nil
}

// StudyOf is NewStudy on an article already parsed.
func StudyOf(a *Article, progress func(StudyProgress)) *Study {
	tell := func(p StudyProgress) {
		if progress != nil {
			progress(p)
		}
	}
	n := len(a.Chapters)
	every := max(1, n/200)
	last := 0
	facts := ExtractWithProgress(a, func(done, total int) {
		// Extract counts two steps per chapter and one more at the end
		ch := min(n, done/2+1)
		if n == 0 || ch == last || (ch%every != 0 && ch != 1 && ch != n) {
			return
		}
		last = ch
		tell(StudyProgress{Stage: StageReading, Chapter: ch, Chapters: n})
	})
	s := &Study{Article: a, Facts: facts}
	tell(StudyProgress{Stage: StageDone, Chapter: n, Chapters: n})
	return s
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// Cards are the flashcards generated from the facts (MakeCards), before
// a profile's own edits (ApplyEdits). They are made on the first call,
// once, and the same slice is returned after; do not change it. Safe for
// concurrent use.
func (s *Study) Cards() []Card {
	s.cardsOnce.Do(func() {
		g := s.generator()
		// the question cards read every chapter's phrase questions in
		// order, on one goroutine; a second reads them from the end
		go g.fork(nil).warmChapterAnswers()
		s.cards = makeCards(g)
	})
	return s.cards
}

// Fact finds one of the article's facts by its key.
func (s *Study) Fact(key string) (Fact, bool) {
	// made on first use: generate never looks a fact up, and on a book
	// the map is 1.7 MB and a hash of every fact
	s.factOnce.Do(func() {
		s.factAt = make(map[string]int, len(s.Facts))
		for i, f := range s.Facts {
			if k := f.Key(); !hasKey(s.factAt, k) {
				s.factAt[k] = i
			}
		}
	})
	i, ok := s.factAt[key]
	if !ok {
		return s.phraseFact(key) // "What did the Marshall Plan provide?" (qcards.go)
	}
	return s.Facts[i], true
}

// Highlights are the spans a paragraph marks lightly (see Highlights).
func (s *Study) Highlights(chapter, block int) []Span {
	return Highlights(s.Facts, chapter, block)
}

// Quiz generates a quiz on the article (see GenerateQuiz): the same
// study and options give the same questions.
func (s *Study) Quiz(opts QuizOptions) []Question {
	if opts.Count <= 0 {
		return nil
	}
	return generateQuiz(s.generator(), opts)
}

// generator is the index of the facts, built on first use and shared by
// the cards and every quiz (a book's takes seconds to build).
func (s *Study) generator() *generator {
	s.genOnce.Do(func() { s.gen = indexedGenerator(s.Article, s.Facts) })
	return s.gen
}
