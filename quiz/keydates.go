package quiz

import "strings"

// otherDatesOff keeps a key date of a sentence with other dates without a
// card (TestMeasureCardRules).
var otherDatesOff bool

// dateAmongOthers reports a date that would be its sentence's own event
// date (eventDate) but for other dates in the sentence: "In November
// 1987, negotiations on a test ban restarted, followed by a joint
// US-Soviet program to research underground-test detection in December
// 1987", "A hydrogen bomb … was first tested by the United States in
// November 1952 and the Soviet Union in August 1953". "When did this
// happen?" would not say which event; a cloze whose blank stands in the
// date's own place does ("Which date completes the sentence?"). Every
// other check of eventDate and ownDate holds: no bound ("after 1757"),
// no date in a list ("one each in 2006, _____, 2013"), none naming a
// thing ("the revolutions of 1989"), none in brackets or an embedded
// clause, no decade.
func (g *generator) dateAmongOthers(f Fact) bool {
	if otherDatesOff || f.Date.Granularity == Decade || f.Date.Granularity == Century {
		return false
	}
	others := false
	for _, o := range g.sentenceFacts(f) {
		if o.Kind == DateFact && o.Start != f.Start {
			others = true
			if o.Text == f.Text {
				return false // "in 1947 … in 1947": the blank's year shows
			}
		}
	}
	if !others || snapshotDate(f) || listedDate(f) || spanDate(f) || labelDate(f) || inEmbeddedClause(f) {
		return false
	}
	rel := f.Start - f.SentSpan.Start
	if rel < 0 || rel > len(f.Sentence) {
		return false
	}
	before := f.Sentence[:rel]
	after := f.Sentence[f.End-f.SentSpan.Start:]
	if strings.Count(before, "(") > strings.Count(before, ")") {
		return false
	}
	w := strings.ToLower(lastWord(strings.TrimRight(before, " ")))
	if boundWords[w] || boundWords[strings.ToLower(firstWord(f.Text))] || (w == "a" || w == "an") && f.Date.Granularity == Year {
		return false
	}
	return timeOfItsEvent(f, before, after)
}
