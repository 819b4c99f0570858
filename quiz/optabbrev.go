package quiz

// namedByAbbrev reports an option the paragraph already names in its
// short form: its initials written as a word ("the PTBT" for the Partial
// Test Ban Treaty) or the abbreviation the article gives it (Detail). A
// name the paragraph writes in full is never offered (nameDistractors);
// written short it is the same name. Round 16 CTBT X-Q2: "The PTBT has
// been seen as a step towards the _____ of 1968, which directly made
// reference to the PTBT." offered the Partial Test Ban Treaty, which the
// stem itself rules out.
func namedByAbbrev(block string, o Fact) bool {
	if abbreviatedIn(block, o.Value) {
		return true
	}
	return isAbbrev(o.Detail) && findWord(block, o.Detail, 0) >= 0
}

// abbrevOff turns namedByAbbrev off, for measuring (TestMeasureCountryQ, QC_OFF=abbrev).
var abbrevOff bool
