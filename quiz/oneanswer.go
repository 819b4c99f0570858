package quiz

import (
	"regexp"
	"strings"
)

// reFrontDate is the fullest date a front writes: "16 October 1962",
// "October 16, 1962", "July 1947", "1947".
var reFrontDate = regexp.MustCompile(`\b(?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2},)? )?(?:1\d{3}|20\d{2})\b`)

// reQuestionDate is reFrontDate or a decade, "1990s", for a quiz
// question (round 15 builtin Q2: "What has Mongolia pursued … since the
// 1990s?" fits the democratization Mongolia began in the 1990s as well).
// The cards keep reFrontDate: with decades the China deck lost a card
// naming a gold date (TestDeckCoversGold).
var reQuestionDate = regexp.MustCompile(`\b(?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2},)? )?(?:1\d{3}|20\d{2})s?\b`)

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
// It gives the other sentences, none when the question has one answer.
func (g *generator) twoAnswersQuestion(prompt, answer, sentence string) []string {
	if twoAnswersQOff {
		return nil
	}
	return g.otherEvents(reQuestionDate, prompt, answer, sentence)
}

// fitsTwoEvents reports a question (a front or a prompt) naming a date and
// names that another sentence of the article holds as well, without the
// answer: the question has two answers.
func (g *generator) fitsTwoEvents(front, answer, sentence string) bool {
	return len(g.otherEvents(reFrontDate, front, answer, sentence)) > 0
}

// otherEvents are the sentences fitsTwoEvents finds, the date read by
// reDate.
func (g *generator) otherEvents(reDate *regexp.Regexp, front, answer, sentence string) []string {
	if g.ix == nil {
		return nil
	}
	date := reDate.FindString(front) // "July 1947", not "1947": June 5, 1947 is another event
	if date == "" {
		return nil
	}
	names := frontNames(strings.Replace(front, date, "", 1))
	if len(names) == 0 {
		return nil
	}
	var out []string
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
			out = append(out, s)
		}
	}
	return out
}

// whichHead asks a what question that fits two events by its answer's
// head noun when no other event's sentence has that noun: "What did
// Mongolia facilitate in 2014?" → "Which meeting did Mongolia facilitate
// in 2014?" (the answer "a meeting between …"; the other 2014 event is a
// visit). False when the answer opens with no article and common noun
// ("the DPRK", "nuclear-free policies") or another sentence has the noun.
func whichHead(prompt, answer string, others []string) (string, bool) {
	rest, ok := strings.CutPrefix(prompt, "What ")
	head := answerHead(answer)
	if !ok || head == "" {
		return "", false
	}
	for _, o := range others {
		if findWord(o, head, 0) >= 0 || findWord(o, head+"s", 0) >= 0 {
			return "", false
		}
	}
	return "Which " + head + " " + rest, true
}

// answerHead is the head noun of an answer that opens with an article,
// the word before its first preposition or its end, within four words:
// "a meeting between the Deputy Foreign Minister and …" → "meeting", "the
// first atomic test" → "test"; "" for a name or a phrase with no article.
func answerHead(answer string) string {
	w := strings.Fields(answer)
	if len(w) < 2 || w[0] != "a" && w[0] != "an" && w[0] != "the" {
		return ""
	}
	end := len(w)
	for i := 1; i < len(w); i++ {
		switch w[i] {
		case "between", "of", "with", "to", "for", "in", "on", "by", "from", "that", "which", "at", "over", "against":
			end = i
		}
		if end == i {
			break
		}
	}
	if end < 2 || end > 4 {
		return ""
	}
	h := w[end-1]
	for _, r := range h {
		if r < 'a' || r > 'z' {
			return "" // a name, a number, a possessive
		}
	}
	if len(h) < 3 {
		return ""
	}
	return h
}

// isMonth reports a month's name.
func isMonth(w string) bool {
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December":
		return true
	}
	return false
}
