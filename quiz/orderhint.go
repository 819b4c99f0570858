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
	return false
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
