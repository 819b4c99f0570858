package quiz

import "strings"

// vagueEffectOff turns vagueEffect off, for measuring (W2_OFF=vague).
var vagueEffectOff bool

// vagueEffect reports a consequence that does not say what it is about,
// so "What led to …?" on it has many fair answers: an indefinite
// outcome whose that-clause is indefinite too ("a realization in
// Washington that a new policy was needed": which policy? The article
// tells other moments when Washington saw a change was needed; round 17
// Marshall Q18). An outcome that says what ("a realization that the
// blockade had failed", "the First Opium War", "an agreement that the
// zones would merge") is asked.
func vagueEffect(effect string) bool {
	if vagueEffectOff {
		return false
	}
	w := strings.Fields(strings.ToLower(effect))
	if len(w) < 4 || w[0] != "a" && w[0] != "an" {
		return false
	}
	for i := 1; i+1 < len(w); i++ {
		if w[i] != "that" {
			continue
		}
		switch w[i+1] {
		case "a", "an", "some", "something", "change", "changes", "action", "more", "new":
			return true
		}
		return false
	}
	return false
}
