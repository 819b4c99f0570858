package quiz

import "testing"

// TestBareSubjectNamedByItsComplement: "The <noun> were <Name> …" says who
// or what they were and stands alone; a bare subject that goes on with
// anything else leans on the sentence before.
func TestBareSubjectNamedByItsComplement(t *testing.T) {
	tests := []struct {
		s     string
		leans bool
	}{
		// the complement names what the subject stands for (two articles)
		{"The signatories were General Secretary Joseph Stalin, President Harry S. Truman, and Prime Minister Clement Attlee.", false},
		{"The sites were Moscow for the USSR and the North Dakota Safeguard Complex for the US, which was already under construction.", false},
		{"The winner was France, which took the cup in the final.", false},
		// counter-examples: what the subject did or was, of ones told before
		{"The section also agreed that a tenth of the plants should be handed over within two years.", true},
		{"The details were discussed later that year at the conference of ministers.", true},
		{"The treaties were signed in 1947 at the peace conference in the capital.", true},
		{"The plan was The Economist's idea, as the paper itself later wrote.", true},
		{"The result was A long dispute over the border that lasted for years.", true},
		{"The ministers were Their own advisers in all but name.", true},
	}
	for _, tc := range tests {
		if got := leansOnContext(tc.s); got != tc.leans {
			t.Errorf("leansOnContext(%q) = %v, want %v", tc.s, got, tc.leans)
		}
	}
}
