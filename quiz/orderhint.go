package quiz

import "strings"

// Round 14 (issue 18): orderings a student solves by the items' own
// words — "relations set up shortly after the creation of the DPRK" must
// come first, a visit "at the end of the Cold War" last (builtin Q8);
// "Fraudulent Polish elections held resulted in Poland's official
// transformation …" before the republic it made (cold war Q10). An event
// whose sentence places it against another (after the, the end of,
// resulted in, later) makes no ordering: its place in the order is told,
// not known.

// orderHintOff turns withoutOrderHints off, for measuring what it changes.
var orderHintOff bool

// orderHints are the words and phrases of general English that place an
// event against another: "the first appeal", "the final test" and
// "following the Castle Bravo test" name no other item of an ordering
// and stay (round 14 CTBT Q6, Q12: good).
var orderHints = []string{
	"shortly after", "soon after", "after the", "before the", "followed by", "the end of", "resulted in",
	"led to", "later", "subsequently", "eventually", "thereafter", "previously", "in response to",
}

// sequenceWords are the words of general English that place an event in
// a series, first or last or again, so that its ordering item gives its
// place away (round 18 CTBT Q9: "negotiations began", "returned to
// negotiations", "the final atmospheric test", in that order). Round 14
// judged "the first appeal" good; round 18's reviewer, stricter, did not.
var sequenceWords = []string{
	"first", "firstly", "initial", "initially", "began", "begun", "begin", "begins", "started", "start of", "beginning of",
	"final", "finally", "last", "ended", "again", "once more", "anew", "returned to", "return to", "resumed", "restarted",
	"renewed", "reopened", "revived", "re-established", "reestablished", "second", "third", "no longer", "still",
}

// tellsItsPlace reports a sentence that places its event against another
// or in a series, in the words its ordering item would show.
func tellsItsPlace(item string) bool {
	t := " " + strings.ToLower(item) + " "
	t = strings.NewReplacer(",", " ", ".", " ", ";", " ", ":", " ", "“", " ", "”", " ", "\"", " ", "(", " ", ")", " ").Replace(t)
	for _, h := range orderHints {
		if strings.Contains(t, " "+h+" ") {
			return true
		}
	}
	if !sequenceWordsOff {
		for _, h := range sequenceWords {
			if strings.Contains(t, " "+h+" ") {
				return true
			}
		}
	}
	return false
}

// sequenceWordsOff turns sequenceWords off, for measuring what they change.
var sequenceWordsOff bool

// withoutToldPlaces are the dates whose ordering items would not tell
// their place (tellsItsPlace): an ordering is drawn from other events
// rather than thrown away when one of its items tells.
func withoutToldPlaces(dates []Fact) []Fact {
	if orderHintOff {
		return dates
	}
	var out []Fact
	for _, f := range dates {
		if !tellsItsPlace(withoutDate(f.Sentence, f.Text)) {
			out = append(out, f)
		}
	}
	return out
}

// tellsAnyPlace reports an ordering of which an item tells its place
// (tellsItsPlace).
func tellsAnyPlace(items []string) bool {
	if orderHintOff {
		return false
	}
	for _, it := range items {
		if tellsItsPlace(it) {
			return true
		}
	}
	return false
}
