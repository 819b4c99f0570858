package quiz

import (
	"regexp"
	"strings"
)

// reFrontDate is the fullest date a front writes: "16 October 1962",
// "October 16, 1962", "July 1947", "1947".
var reFrontDate = regexp.MustCompile(`\b(?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2},)? )?(?:1\d{3}|20\d{2})\b`)

// twoAnswersOff keeps the cards twoAnswers leaves out (a test measures
// the decks with and without it).
var twoAnswersOff bool

// twoAnswers reports a question card whose front, a name and a date ("What
// did Mongolia facilitate in 2014?"), fits another sentence of the article
// as well as its own: another sentence holds the date and every name of
// the front but not the card's answer, so a student who recalls the other
// event is marked wrong (round 14 builtin C10: in 2014 Mongolia also
// hosted the meeting of an abductee's granddaughter with her
// grandparents). Only the sentences that hold the date are read.
func (g *generator) twoAnswers(c Card) bool {
	if c.Kind != CardQuestion || twoAnswersOff {
		return false
	}
	answer, _, _ := strings.Cut(c.Back, "\n")
	return g.fitsTwoEvents(c.Front, strings.TrimSuffix(answer, "."), c.Sentence)
}

// twoAnswersQOff keeps the quiz questions fitsTwoEvents leaves out (a test
// measures the quizzes with and without it).
var twoAnswersQOff bool

// twoAnswersQuestion is twoAnswers for a quiz question asked from a
// sentence: round 15 builtin Q11 "What did Mongolia facilitate in 2014?"
// was the card round 14 dropped, asked again as a typed question.
func (g *generator) twoAnswersQuestion(prompt, answer, sentence string) bool {
	return !twoAnswersQOff && g.fitsTwoEvents(prompt, answer, sentence)
}

// fitsTwoEvents reports a question (a front or a prompt) naming a date and
// names that another sentence of the article holds as well, without the
// answer: the question has two answers.
func (g *generator) fitsTwoEvents(front, answer, sentence string) bool {
	if g.ix == nil {
		return false
	}
	date := reFrontDate.FindString(front) // "July 1947", not "1947": June 5, 1947 is another event
	if date == "" {
		return false
	}
	names := frontNames(strings.Replace(front, date, "", 1))
	if len(names) == 0 {
		return false
	}
	own := normSpace(sentence)
	for _, si := range g.ix.mentioning(date) {
		s := g.ix.sents[si].text
		if normSpace(s) == own || findWord(s, date, 0) < 0 || answer != "" && strings.Contains(strings.ToLower(s), strings.ToLower(answer)) {
			continue
		}
		all := true
		for _, n := range names {
			if isMonth(n) || findWord(s, n, 0) < 0 {
				all = all && isMonth(n)
			}
		}
		if all {
			return true
		}
	}
	return false
}

// isMonth reports a month's name.
func isMonth(w string) bool {
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December":
		return true
	}
	return false
}
