package quiz

import "testing"

// TestForceBesideState: an armed force blanked beside a country is that
// country's army (round 18 cold war Q15/C7); beside another force, a
// person or no coordination, or a body that is no force, it is not.
func TestForceBesideState(t *testing.T) {
	for _, c := range []struct {
		prompt, answer string
		want           bool
	}{
		{"Type the missing term.\n“The burdens the _____ and the Soviet Union endured had earned it massive respect.”", "Red Army", true}, // cold war
		{"“Britain and the _____ fought on in 1940.”", "Royal Navy", true},
		{"“The _____ crossed into China in 1950.”", "Korean People's Army", false},    // no coordination
		{"“The _____ and the Wehrmacht fought at Stalingrad.”", "Red Army", false},    // two forces
		{"“The _____ and Stalin's government agreed in 1945.”", "Red Army", false},    // not a country's name
		{"“Berlin was occupied by the _____ during its advance.”", "Red Army", false}, // Potsdam: no coordination
		{"“The _____ and the Soviet Union signed the pact.”", "Warsaw Pact", false},   // no force
	} {
		f := Fact{Kind: OrgFact, Value: c.answer, Text: c.answer}
		if got := forceBesideState(c.prompt, f); got != c.want {
			t.Errorf("forceBesideState(%q, %q) = %v, want %v", c.prompt, c.answer, got, c.want)
		}
	}
}
