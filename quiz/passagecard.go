package quiz

import "strings"

// passageCardsOff leaves the passage cards out (TestMeasureCardRules).
var passageCardsOff bool

// passageKeyCard is the card keyCards makes on a key fact whose sentence
// leans on the one before it ("In a secret 1950 document, NSC 68, they
// proposed …", "The 1974 Protocol reduced the number of sites …" after
// the treaty's sites were told, "That is, no country could leave the
// Warsaw Pact …"): the key fact is blanked in the two sentences read
// together, "Which term completes the passage?", so the card says who
// "they" are or what "these steps" were. The sentence before must be of
// the same paragraph, stand alone, carry no card of its own (the passage
// would show that card's answer), not show the answer, and the two read
// together stay within 60 words; the sentence itself must pass every
// check keyCard makes but the one on leaning (a sentence no rewrite of
// keyCard's could free: withoutConnective, namingSubject, itNamed). About
// one key fact in six that no card named had only this against it.
func (g *generator) passageKeyCard(f Fact, carded map[string]bool) (Card, bool) {
	s := f.Sentence
	if passageCardsOff || !leansOnContext(s) && !g.bareDefiniteOnly(s) {
		return Card{}, false
	}
	i := g.sentenceIndex(s)
	if i <= 0 || i >= len(g.sents) {
		return Card{}, false
	}
	cur, prev := g.sents[i], g.sents[i-1]
	before := strings.TrimSpace(withoutCitations(prev.text))
	if prev.chapter != cur.chapter || prev.block != cur.block || before == "" || !g.memo.sentenceAskable(g, before) ||
		carded[normSpace(prev.text)] || carded[normSpace(before)] || // a card of its own: the passage would show its answer

		fieldCount(before)+fieldCount(s) > 60 || strings.ContainsAny(before, "\t?") {
		return Card{}, false
	}
	// the sentence as a question's sentence, but for leaning on the one
	// before (askableSentence's other checks)
	if !IsWholeSentence(s) || fieldCount(s) > maxQuestionWords || fieldCount(s) < 5 || strings.HasSuffix(s, ":") ||
		reBrokenTemplate.MatchString(s) || reGarbledCase.MatchString(s) || reLostWord.MatchString(s) || unbalancedQuotes(s) ||
		firstPerson(s) || subordinateOnly(s) || !cardSentence(s) || commonplace(s) ||
		fieldCount(s)-fieldCount(f.Text) < 4 || stemNamesAnswer(f) || g.hintsAt(f) || strings.Count(s, f.Text) != 1 {
		return Card{}, false
	}
	rel := f.Start - f.SentSpan.Start
	if rel < 0 || f.End-f.SentSpan.Start > len(s) {
		return Card{}, false
	}
	label := "Which term completes the passage?"
	switch f.Kind {
	case DateFact:
		if reAsOfOpener.MatchString(s) || labelDate(f) || reportsAState(s) || !g.eventDate(f) || !writesItsYear(f) ||
			g.outsideTitleSpan(f) || !g.dateCardPoint(f) || seasonDate(f) || inLongAside(f) {
			return Card{}, false
		}
		if y := reFrontDate.FindString(f.Text); y != "" && findWord(before, y[max(0, len(y)-4):], 0) >= 0 {
			return Card{}, false // the year shows in the sentence before
		}
		label = "Which date completes the passage?"
	case PolicyFact:
		if !capitalised(f.Text) || cutName(f) || g.sentenceOutsideSpan(f) || g.isSubject(f.Value) ||
			inBrackets(s[:rel]) || nameGoesOn(s[f.End-f.SentSpan.Start:]) || slotDeterminers[determinerBefore(f)] {
			return Card{}, false
		}
	default:
		return Card{}, false
	}
	if showsAny(before, append(g.forms(f), f.Text)) {
		return Card{}, false
	}
	front := label + "\n“" + before + " " + blankAll(s, f.Text) + "”"
	if !strings.Contains(front, "_____") || showsAny(strings.Replace(front, "_____", "", -1), g.forms(f)) {
		return Card{}, false
	}
	return newCard(map[bool]CardKind{true: CardWhen, false: CardCloze}[f.Kind == DateFact], f, front, f.Text), true
}

// bareDefiniteOnly reports a sentence that askableSentence refuses only
// for a definite noun that names nothing of its own ("The plan, which
// would serve as …"): the sentence before says which one.
func (g *generator) bareDefiniteOnly(s string) bool {
	n := bareDefinite(s)
	return n != "" && !g.titleHead(n)
}
