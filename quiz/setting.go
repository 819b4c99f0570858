package quiz

import "strings"

// Stems that carry their setting (issue 18, round 14: "What did X lead
// to?" and "Why did X decline?" with no place or time, perestroika Q13,
// Marshall Q16). A stem whose subject is a bare noun phrase — no article,
// no name, no possessive: "tax revenues", "unemployment and food
// shortages" — reads as a general statement that holds in many places and
// times; the sentence's setting (whose revenues, in which years) was in a
// clause the stem left out or in the sentences before. The quiz asks such
// a why or what-led-to question only when its stem keeps a date or a name
// of its own. (The cards' questions are K2's and keep theirs: a card
// shows its chapter.)

// settinglessOff switches settinglessStem off, for measuring what it
// changes (TestMeasureSettingless).
var settinglessOff = false

// settinglessStem reports a phrase question whose subject names nothing
// and whose stem holds no date and no name.
func (g *generator) settinglessStem(sa structAnswer) bool {
	subj := g.lowerCommon(sa.subj)
	if settinglessOff || subj == "" || !bareNounPhrase(subj) || g.isSubject(subj) {
		return false
	}
	if g.subjectIsNamed(subj) && (settinglessAimOff || !demonymLike(firstWord(subj))) {
		return false // named for its adjective of origin alone: "European commercial interests" names no one
	}
	if strings.ContainsAny(sa.prompt, "0123456789") {
		return false // "Why did prices rise in 1990?"
	}
	own := map[string]bool{}
	for _, x := range strings.Fields(subj) {
		own[strings.ToLower(x)] = true
	}
	w := strings.Fields(sa.prompt)
	for _, x := range w[1:] {
		if x := strings.Trim(x, "“”\"'‘’?,"); capitalised(x) && !own[strings.ToLower(x)] {
			return false // a name: "… in Europe", "… lead to the First Opium War?"
		}
	}
	return true
}

// bareNounPhrase reports a noun phrase without an article, a possessive,
// a name or a figure: "tax revenues", "fear of a nuclear war".
func bareNounPhrase(p string) bool {
	w := strings.Fields(p)
	if len(w) > 1 && !settinglessAimOff && demonymLike(w[0]) {
		w = w[1:] // "European commercial interests": an adjective of origin names no one (round 16 China Q16)
	}
	if len(w) == 0 || determiners[strings.ToLower(w[0])] || !isLowerWord(w[0]) {
		return false
	}
	for _, x := range w {
		if capitalised(x) || strings.Contains(x, "'s") || strings.Contains(x, "’s") || isNumber(x) {
			return false
		}
	}
	return true
}

// settinglessAimOff turns off what round 16 added to settinglessStem (an
// aim's stem, a subject led by an adjective of origin), for measuring.
var settinglessAimOff bool

// demonymLike reports a capitalised adjective of origin: "European",
// "British", "Chinese", "American", "Iraqi" (endings of English
// demonyms; not a bare "-an", which names too: "Truman", "Japan").
func demonymLike(w string) bool {
	if !capitalised(w) || strings.ContainsAny(w, "'’-") {
		return false
	}
	for _, suf := range []string{"ean", "ian", "can", "ese", "ish", "ic", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
