package quiz

import "strings"

// AnyOneOf are the parts of a typed question's list answer when any one
// of them is right (its prompt carries oneOfHint and its accepted answers
// hold the parts, gradeFillIn): "Denazification", "Demilitarization", … for
// "Name one of the Allied resolutions". Nil for any other question.
func (q Question) AnyOneOf() []string {
	if q.Type != FillIn || len(q.Answer) == 0 || !strings.Contains(q.Prompt, oneOfHint) {
		return nil
	}
	var parts []string
	for _, a := range q.Accept {
		if a != "" && a != q.Answer[0] && strings.Contains(q.Answer[0], a) {
			parts = append(parts, a)
		}
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// ShownAnswer is the right answer as a results screen, a review or a
// sample shows it: "Any one of: Denazification; Demilitarization; …" for a
// question that takes any one part of a list (round 15 Potsdam Q5: a key
// listing all four read as wrong for "name one"), else the answers
// joined by " | ".
func (q Question) ShownAnswer() string {
	if parts := q.AnyOneOf(); parts != nil {
		return "Any one of: " + strings.Join(parts, "; ")
	}
	if also := q.alsoAccepted(); also != nil {
		return strings.Join(q.Answer, " | ") + " (also accepted: " + strings.Join(also, "; ") + ")"
	}
	return strings.Join(q.Answer, " | ")
}
