package quiz

import (
	"regexp"
	"strings"
)

// Round 18 (issue 18): "The burdens the _____ and the Soviet Union
// endured …" → Red Army (cold war Q15 and C7, awkward: "trivial,
// guessable"): an armed force blanked beside the state it serves is the
// state's army, which the neighbour names. A blank whose answer is an
// armed force (its head word Army, Navy, Forces …) coordinated with a
// country ("the _____ and the Soviet Union", "Britain and the _____") is
// not asked with its blank shown; two forces side by side ("the Red Army
// and the Wehrmacht") or a force beside a person are.

// forceNeighbourOff turns forceBesideState off, for measuring.
var forceNeighbourOff bool

// forceHeads are the last words of the names of armed forces.
var forceHeads = map[string]bool{"Army": true, "Armies": true, "Navy": true, "Forces": true, "Force": true, "Guard": true,
	"Guards": true, "Fleet": true, "Corps": true, "Legion": true, "Militia": true}

// reForceStateAfter and reForceStateBefore find a capitalised name coordinated with
// the blank: " and the Soviet Union", "Britain and the ".
var (
	reForceStateAfter  = regexp.MustCompile(`^\s*(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)`)
	reForceStateBefore = regexp.MustCompile(`(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s*(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?$`)
)

// forceBesideState reports a prompt whose blank, an armed force, stands
// coordinated with a country's name.
func forceBesideState(prompt string, f Fact) bool {
	if forceNeighbourOff || f.Kind == DateFact || f.Kind == NumberFact {
		return false
	}
	w := strings.Fields(f.Value)
	if len(w) < 2 || !forceHeads[w[len(w)-1]] {
		return false
	}
	i := strings.Index(prompt, "_____")
	if i < 0 {
		return false
	}
	before, after := prompt[:i], prompt[i+len("_____"):]
	if m := reForceStateAfter.FindStringSubmatch(after); m != nil && isCountryName(m[1]) {
		return true
	}
	if m := reForceStateBefore.FindStringSubmatch(before); m != nil && isCountryName(lastNameOf(m[1])) {
		return true
	}
	return false
}

// isCountryName reports a name CLDR (or the names layer) knows as a
// country: "Soviet Union", "Britain", "East Germany".
func isCountryName(n string) bool {
	return placeKind(n) == "country" || continentOfName(n) != ""
}
