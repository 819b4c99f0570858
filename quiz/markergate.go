package quiz

import "strings"

// whyQuestions and consequences look for each of their markers in every
// sentence of an article (strings.Index, ten and thirteen passes over
// the text), and almost every sentence holds none. Their gates test all
// the markers in one pass first (clauseTest); a sentence that holds none
// gives neither any question.

// whyGate holds every causeMarkers marker and the same words opening a
// sentence ("Because of the war, …"), as whyQuestions reads them.
var whyGate = func() clauseTest {
	var lits []string
	for _, m := range causeMarkers {
		lead := strings.TrimSpace(m.marker)
		lits = append(lits, m.marker, strings.ToUpper(lead[:1])+lead[1:]+" ")
	}
	return newClauseTest(lits)
}()

// consequenceGate holds every consequenceVerbs marker.
var consequenceGate = func() clauseTest {
	var lits []string
	for _, m := range consequenceVerbs {
		lits = append(lits, m.marker)
	}
	return newClauseTest(lits)
}()
