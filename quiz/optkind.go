package quiz

import "strings"

// Round 10: distractors of the wrong kind — "Joint Chiefs" offered as a
// person, "the island of Romania" — make a choice question guessable.

// bodyHeads are the last words of a name that make it a body or a group
// of people, never one person.
var bodyHeads = map[string]bool{
	"chiefs": true, "committee": true, "council": true, "commission": true, "congress": true,
	"parliament": true, "party": true, "assembly": true, "ministry": true, "board": true,
	"staff": true, "administration": true, "government": true, "senate": true, "court": true,
	"union": true, "league": true, "office": true, "department": true, "agency": true,
	"bureau": true, "forces": true, "army": true, "navy": true, "committees": true, "councils": true,
	"cabinet": true, "politburo": true, "presidium": true, "secretariat": true, "delegation": true,
	"movement": true, "front": true, "alliance": true, "conference": true, "organization": true,
	"organisation": true, "group": true, "troops": true, "people": true, "states": true,
}

// bodyName reports a name whose head is a body or group: "Joint Chiefs",
// "Central Committee", "Security Council".
func bodyName(name string) bool {
	w := strings.Fields(name)
	if len(w) == 0 {
		return false
	}
	return bodyHeads[strings.ToLower(strings.Trim(w[len(w)-1], ",.;:()"))]
}

// placeTypes are the words of "the island of _____": an option must be a
// place of that type.
var placeTypes = map[string]bool{
	"island": true, "city": true, "port": true, "province": true, "region": true, "town": true,
	"village": true, "river": true, "peninsula": true, "lake": true, "sea": true, "state": true, "islands": true,
}

// placeTypeBefore is the place type the blank's sentence names just
// before it ("island" of "fled to the island of _____"), or "".
func placeTypeBefore(f Fact) string {
	at := f.Start - f.SentSpan.Start
	if at <= 0 || at > len(f.Sentence) {
		return ""
	}
	w := strings.Fields(strings.ToLower(f.Sentence[:at]))
	if len(w) < 2 || w[len(w)-1] != "of" || !placeTypes[w[len(w)-2]] {
		return ""
	}
	return w[len(w)-2]
}

// isPlaceOfType reports whether the article names option as a place of
// the type: "the island of Hainan", "Hainan Island".
func (g *generator) isPlaceOfType(option, typ string) bool {
	for _, si := range g.ix.mentioning(option) {
		l := strings.ToLower(g.sents[si].text)
		o := strings.ToLower(option)
		if findWord(l, typ+" of "+o, 0) >= 0 || findWord(l, o+" "+typ, 0) >= 0 {
			return true
		}
	}
	return false
}
