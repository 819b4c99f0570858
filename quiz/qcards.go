package quiz

import (
	"regexp"
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
		if vagueAnswer(sa.answer) || vagueAnswer(sa.prompt) {
			continue // "What did the ERP address?" → "each of the obstacles to postwar recovery"
		}
		f := g.phraseFact(sa)
		back := capitaliseFirst(sa.answer) + ".\n“" + sa.sent.text + "”"
		c := newCard(CardQuestion, f, withYears(sa.prompt, sa.sent.text), back)
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
		out = append(out, questionCard{newCard(CardQuestion, f, withYears(q, f.Sentence), capitaliseFirst(f.Text)+".\n“"+f.Sentence+"”"), i})
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

// phraseFact finds the fact of one of the article's phrase questions by
// its key (Study.Fact): its Text is the question ("What did the Marshall
// Plan provide?"), its Value the answer, so a screen that names a missed
// fact names what was asked. The phrase questions are read once, on the
// first key that is no fact of the article.
func (s *Study) phraseFact(key string) (Fact, bool) {
	s.phraseOnce.Do(func() {
		g := s.generator().fork(nil)
		var chapters []int
		for i := range g.a.Chapters {
			chapters = append(chapters, i)
		}
		s.phrases = map[string]Fact{}
		for _, sa := range g.structAnswers(chapters) {
			f := g.phraseFact(sa)
			k := f.Key()
			f.Text = sa.prompt
			if _, dup := s.phrases[k]; !dup {
				s.phrases[k] = f
			}
		}
	})
	f, ok := s.phrases[key]
	return f, ok
}

// dropRetold leaves out a card that asks again what a question card on
// the same sentence asks or shows: the cloze on "Kim Il Sung" and the
// date card on "1986" beside "Who visited Mongolia in 1986?" → Kim Il
// Sung; the definition of the "third-neighbor policy" beside "What was
// Mongolia’s goal in adopting the “third-neighbor policy”?". A deck
// holds each fact once; a sentence's other facts keep their cards.
func dropRetold(cards []Card) []Card {
	// question cards first, in deck order: one that asks for what an
	// earlier one of its sentence shows is the same fact the other way
	// round ("Who announced a unilateral testing moratorium in 1985?"
	// beside "What did Soviet leader Mikhail Gorbachev announce in 1985?")
	asked := map[string][]Card{}
	dropped := map[string]bool{}
	// a definition that says what the term is in its own words (teachingBack)
	// and shows a question card's answer keeps its place, and the question
	// goes: "What is the Comprehensive Nuclear-Test-Ban Treaty?" → "A
	// multilateral treaty that bans all nuclear explosions …" over "What
	// does the … Treaty ban?" (the definition was round 14's CTBT C1, good)
	defined := map[string][]Card{}
	for _, c := range cards {
		if first, _, _ := strings.Cut(c.Back, "\n"); c.Kind == CardDefine && first != c.Sentence {
			defined[normSpace(c.Sentence)] = append(defined[normSpace(c.Sentence)], c)
		}
	}
	for _, c := range cards {
		if c.Kind == CardQuestion && shownByDefinitionOf(c, defined[normSpace(c.Sentence)]) {
			dropped[c.Key] = true
			continue
		}
		if c.Kind == CardQuestion {
			k := normSpace(c.Sentence)
			if retold(c, asked[k]) {
				dropped[c.Key] = true
				continue
			}
			asked[k] = append(asked[k], c)
		}
	}
	out := cards[:0:0]
	for _, c := range cards {
		if dropped[c.Key] || c.Kind != CardQuestion && retold(c, asked[normSpace(c.Sentence)]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// shownByDefinitionOf reports a question card whose answer one of defs
// (definition cards of its sentence) shows on its back.
func shownByDefinitionOf(q Card, defs []Card) bool {
	a, _, _ := strings.Cut(q.Back, "\n")
	a = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(a), "."))
	if a == "" {
		return false
	}
	for _, d := range defs {
		if strings.Contains(strings.ToLower(d.Back), a) {
			return true
		}
	}
	return false
}

// retold reports a card whose answer a question card of its sentence
// asks for or shows.
func retold(c Card, qs []Card) bool {
	p := strings.ToLower(strings.TrimSpace(c.Phrase))
	if p == "" {
		return false
	}
	for _, q := range qs {
		a := strings.ToLower(strings.TrimSpace(q.Phrase))
		if strings.Contains(strings.ToLower(q.Front), p) || a != "" && (strings.Contains(a, p) || strings.Contains(p, a)) {
			return true
		}
	}
	return false
}

// tidyDeck asks each date card about its own event and leaves out the
// cards that repeat a question card (dropRetold): "When did this happen?
// “As the Mongolian People’s Republic was established in _____, the MPR
// was eager …”" leaves open which of two events is asked; it becomes
// "When was the Mongolian People’s Republic established?". (A date in an
// opening clause that no clause of its own asks keeps its card: "As the
// Korean War manifested in 1950, the MPR was quick to send resources"
// dates both events.)
func (g *generator) tidyDeck(cards []Card) []Card {
	out := cards[:0:0]
	backs := map[string]bool{}
	for _, c := range cards {
		if b := normSpace(c.Back); len(b) > 40 {
			if backs[b] {
				continue // round 9: "What happened in May 1988?" with the back of "What is the Law on Cooperatives?"
			}
			backs[b] = true
		}
		if f, ok := g.factByKey(c.FactKey); ok && g.poorCard(f) {
			continue
		}
		if f, _ := g.factByKey(c.FactKey); c.Kind == CardCloze && f.Kind == PersonFact && showsNameWord(c.Front, c.Back) {
			continue // round 9: "_____ … a Tito–Stalin Split occurred" → Josip Broz Tito
		}
		if statisticInList(c) {
			continue // round 14 CTBT C6: "215 atmospheric tests", one count of four (trivia.go)
		}
		if g.twoAnswers(c) {
			continue // round 14 builtin C10: "What did Mongolia facilitate in 2014?" fits two events (oneanswer.go)
		}
		if commonplace(c.Sentence) {
			continue // "Like most other nations, China's foreign policy is carried out by the _____" (round 11 China C3): guessed, not learnt
		}
		if f, ok := g.factByKey(c.FactKey); ok && c.Kind == CardCloze && wrongBlank(f) {
			continue // round 11: "presidents from Woodrow Wilson to _____", "Kim Il-sung's _____"
		}
		if sc, ok := stockObjectWhen(c); ok {
			c = sc // round 14 China C13: "What did Japan establish with the PRC in 1972?" → "Diplomatic relations" (stockobject.go)
		}
		if c.Kind == CardWhen {
			if f, ok := g.factByKey(c.FactKey); ok {
				if q, ok := g.passiveWhen(f); ok {
					c.Front = q
				}
			}
		}
		out = append(out, c)
	}
	out = shortBacks(shownByDefinition(g.onePerPoint(dropRetold(g.dropChained(out))))) // one effect card of two in a row (chained.go)
	if samePointOff {
		return out
	}
	return g.onePointPerDeck(out) // round 13: one point twice from two sentences (samepoint.go)
}

// poorCard reports a card on a fact the quizzes leave out as trivia
// (poorTemplate): a date outside the years the title spans, a name in a
// sentence whose dates all lie outside them, a figure of a side chapter
// beside no policy (round 9: "When did this happen? … Guatemala in
// _____", Cold War C16; "215" atmospheric tests, CTBT C5).
func (g *generator) poorCard(f Fact) bool {
	switch {
	case f.Kind == DateFact:
		return g.outsideTitleSpan(f)
	case f.Kind == NumberFact:
		return g.minorFigure(f)
	case f.Kind == ClauseFact:
		return false
	}
	return g.sentenceOutsideSpan(f)
}

// reCardDay finds a day and month, with the year when one follows:
// "April 3", "April 3, 1948", "3 April 1948".
var reCardDay = regexp.MustCompile(`\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:,? \d{4})?|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?)\b`)

// withYears gives each day in a question card's front the year its
// sentence writes with it: "Who signed the Marshall Plan on April 3?" →
// "… on April 3, 1948?" (round 11 Marshall Plan C8: "April 3" with no
// year is any year's).
func withYears(front, sentence string) string {
	full := map[string]string{}
	for _, m := range reCardDay.FindAllString(sentence, -1) {
		if reYear.MatchString(m) {
			full[strings.TrimRight(reYear.ReplaceAllString(m, ""), ", ")] = m
		}
	}
	if len(full) == 0 {
		return front
	}
	return reCardDay.ReplaceAllStringFunc(front, func(m string) string {
		if f, ok := full[m]; ok && !reYear.MatchString(m) {
			return f
		}
		return m
	})
}
