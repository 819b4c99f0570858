package quiz

import (
	"sort"
	"strings"
)

// CardQuestion is a flashcard that asks a question in its own words:
// "What did the Marshall Plan require?", "Why were the Soviets
// threatened?", with the answer and its sentence on the back, so the
// card is no copy of the sentence with a hole in it.
const CardQuestion CardKind = "question"

// questionCard is a question card and the place in the article of the
// first fact at or after its sentence, which orders the deck.
type questionCard struct {
	card Card
	at   int
}

// questionCards are the deck's question cards: one for each phrase
// question of the article (what a named thing did, why, to what end,
// with what result, what it is) and one for each name its sentence's
// structure asks about ("Who announced … in 1985?").
func (g *generator) questionCards() []questionCard {
	var out []questionCard
	var chapters []int
	for i := range g.a.Chapters {
		chapters = append(chapters, i)
	}
	// the facts are in article order
	place := func(s sentenceRef) int {
		return sort.Search(len(g.facts), func(i int) bool {
			f := g.facts[i]
			return f.Chapter > s.chapter || f.Chapter == s.chapter && (f.Block > s.block || f.Block == s.block && f.SentSpan.Start >= s.span.Start)
		})
	}
	for _, sa := range g.structAnswers(chapters) {
		if sa.form == "def" {
			continue // "What is the Marshall Plan?": the definition card asks it
		}
		f := g.phraseFact(sa)
		back := capitaliseFirst(sa.answer) + ".\n“" + sa.sent.text + "”"
		c := newCard(CardQuestion, f, sa.prompt, back)
		c.Phrase = sa.answer
		out = append(out, questionCard{c, place(sa.sent)})
	}
	for i, f := range g.facts {
		if f.Kind == DateFact || !cardSentence(f.Sentence) || !g.askable(f) || cutName(f) {
			continue
		}
		q, ok := g.structQuestion(f)
		if !ok || showsAny(q, g.forms(f)) || showsAny(q, g.surname(f)) {
			continue
		}
		out = append(out, questionCard{newCard(CardQuestion, f, q, f.Text+".\n“"+f.Sentence+"”"), i})
	}
	return out
}

// capitaliseFirst writes a phrase's first letter as a capital.
func capitaliseFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
