package quiz

import (
	"regexp"
	"strings"

	"github.com/chapterwise/chapterwise/quiz/names"
)

// Round 10: distractors of the wrong kind — "Joint Chiefs" offered as a
// person, "the island of Romania" — make a choice question guessable.

// bodyName reports a name of a body, a group or a state, never of one
// person: "Joint Chiefs", "Central Committee", "Security Council",
// "United States". The head nouns are the names layer's (names.GroupNoun,
// names.StateName), the ones that type the article's names.
func bodyName(name string) bool {
	return names.GroupNoun(names.LastWord(name)) || names.StateName(name)
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

// readIsPlaceOfType reports whether the article names option as a place
// of the type: "the island of Hainan", "Hainan Island" (isPlaceOfType:
// once per option and type).
func (g *generator) readIsPlaceOfType(option, typ string) bool {
	for _, si := range g.ix.mentioning(option) {
		l := strings.ToLower(g.sents[si].text)
		o := strings.ToLower(option)
		if findWord(l, typ+" of "+o, 0) >= 0 || findWord(l, o+" "+typ, 0) >= 0 {
			return true
		}
	}
	return false
}

// acronymBalanceOff turns balancedAcronym off, for measuring what it
// changes.
var acronymBalanceOff bool

// reTrailingAcronym is an abbreviation in brackets closing a name:
// "Partial Test Ban Treaty (PTBT)".
var reTrailingAcronym = regexp.MustCompile(`\s+\(\p{Lu}[\p{Lu}\d.&-]+\)$`)

// balancedAcronym writes a choice's answer without its bracketed
// abbreviation when no other option carries one: the one option with an
// acronym was the answer every time (round 14 CTBT Q16; 13 of 13 such
// questions over seeds 223–262).
func balancedAcronym(answer string, others []string) string {
	if acronymBalanceOff || !reTrailingAcronym.MatchString(answer) {
		return answer
	}
	for _, o := range others {
		if reTrailingAcronym.MatchString(o) {
			return answer
		}
	}
	return reTrailingAcronym.ReplaceAllString(answer, "")
}

// lengthBalanceOff turns lengthGiveaway off, for measuring what it
// changes.
var lengthBalanceOff bool

// minLongOption is the fewest words of an option that stands out by its
// length alone beside an answer of half as many.
const minLongOption = 9

// lengthGiveaway reports an option so much longer than the answer that
// it is dropped on sight: a title of nine words or more beside an answer
// of half as many or fewer (round 14 China Q17: "Joint Communiqué of the
// Government of Japan and the Government of the People's Republic of
// China" among "Treaty on the Non-Proliferation of Nuclear Weapons",
// "Treaty of Nanking", "Warsaw Pact").
func lengthGiveaway(answer, option string) bool {
	if lengthBalanceOff {
		return false
	}
	o := len(strings.Fields(option))
	return o >= minLongOption && o >= 2*len(strings.Fields(answer))
}
