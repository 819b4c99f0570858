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
	if c.Kind != CardQuestion || g.ix == nil || twoAnswersOff {
		return false
	}
	date := reFrontDate.FindString(c.Front) // "July 1947", not "1947": June 5, 1947 is another event
	if date == "" {
		return false
	}
	names := frontNames(strings.Replace(c.Front, date, "", 1))
	if len(names) == 0 {
		return false
	}
	answer, _, _ := strings.Cut(c.Back, "\n")
	answer = strings.TrimSuffix(answer, ".")
	own := normSpace(c.Sentence)
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
