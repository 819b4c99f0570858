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
	if settinglessOff || subj == "" || !bareNounPhrase(subj) || g.isSubject(subj) || g.subjectIsNamed(subj) {
		return false
	}
	if strings.ContainsAny(sa.prompt, "0123456789") {
		return false // "Why did prices rise in 1990?"
	}
	w := strings.Fields(sa.prompt)
	for _, x := range w[1:] {
		if capitalised(strings.Trim(x, "“”\"'‘’?,")) {
			return false // a name: "… in Europe", "… lead to the First Opium War?"
		}
	}
	return true
}

// bareNounPhrase reports a noun phrase without an article, a possessive,
// a name or a figure: "tax revenues", "fear of a nuclear war".
func bareNounPhrase(p string) bool {
	w := strings.Fields(p)
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
