package quiz

import (
	"regexp"
	"strings"
)

// statisticInList reports a card whose answer is one count of a list of
// counts: "How many atmospheric tests did the US conduct between 1945 and
// 1963?" → "215 atmospheric tests", from "the US conducted 215 atmospheric
// tests, the Soviet Union conducted 219, the UK conducted 21, and France
// conducted three". The list's point is the comparison, and one of its
// figures is trivia a student is asked to memorise (round 14 CTBT C6,
// round 9 CTBT C5). A sentence with one or two figures ("provided $13
// billion in aid", "in 1948, 16 countries joined") is no such list.
func statisticInList(c Card) bool {
	if statisticsOff || c.Kind != CardQuestion && c.Kind != CardCloze {
		return false
	}
	answer, _, _ := strings.Cut(c.Back, "\n")
	if !reLeadingCount.MatchString(answer) {
		return false
	}
	counts := 0
	for _, part := range strings.Split(c.Sentence, ",") {
		if reCountInPart.MatchString(part) {
			counts++
		}
	}
	return counts >= 3
}

// statisticsOff keeps the cards statisticInList leaves out (a test
// measures the decks with and without it).
var statisticsOff bool

var (
	// reLeadingCount is an answer that opens on a count: "215 atmospheric
	// tests", "three", not a year.
	reLeadingCount = regexp.MustCompile(`(?i)^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds?|thousands?)\b`)
	// reCountInPart is a comma-separated part of a sentence that states a
	// count after a verb: "the Soviet Union conducted 219", "and France
	// conducted three".
	reCountInPart = regexp.MustCompile(`\b[a-z]+(?:ed|ted)\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b`)
)
