package quiz

import (
	"strings"
	"testing"
)

// TestNegatedBlank: a blank in a clause that "not", "never" or "n't"
// negates; "not only", a negation in another clause, or none is no such
// blank.
func TestNegatedBlank(t *testing.T) {
	for _, tt := range []struct {
		sentence, term string
		want           bool
	}{
		{"During the democratization process in the 1990s, Mongolia began to develop relationships that were not marked by “ideology-driven friendship.”", "ideology-driven friendship", true},
		{"The Soviet Union never joined the Marshall Plan.", "Marshall Plan", true},
		{"The United States has not ratified the Comprehensive Nuclear-Test-Ban Treaty.", "Comprehensive Nuclear-Test-Ban Treaty", true},
		{"Yugoslavia didn't join the Warsaw Pact.", "Warsaw Pact", true},
		// counter-examples
		{"Mongolia is not only a member of the ASEAN Regional Forum but also hosts talks.", "ASEAN Regional Forum", false},
		{"The treaty was not ratified, but the Partial Test Ban Treaty was.", "Partial Test Ban Treaty", false},
		{"Gorbachev introduced the Law on Cooperatives in May 1988.", "Law on Cooperatives", false},
	} {
		i := strings.Index(tt.sentence, tt.term)
		f := Fact{Kind: PolicyFact, Text: tt.term, Value: tt.term, Sentence: tt.sentence, Start: i, End: i + len(tt.term)}
		if got := negatedBlank(f); got != tt.want {
			t.Errorf("negatedBlank(%q in %q) = %v; want %v", tt.term, tt.sentence, got, tt.want)
		}
	}
}

// TestPositiveNaming: a negated cloze asks its term from the sentence
// that names it, with the sentence before when it opens on "This"; a
// term no other sentence names so gives nothing.
func TestPositiveNaming(t *testing.T) {
	for _, tt := range []struct {
		body, negated, term, want string
	}{
		{"As the Mongolian People’s Republic was established in the mid-1920s, the MPR was eager to pursue relations with the DPRK as a fellow socialist state. This period is often labeled as “ideology-driven friendship” by scholars. " +
			"In the 1990s, Mongolia began to develop relationships that were not marked by “ideology-driven friendship.”",
			"In the 1990s, Mongolia began to develop relationships that were not marked by “ideology-driven friendship.”", "ideology-driven friendship",
			"Which term completes the passage?\n“As the Mongolian People’s Republic was established in the mid-1920s, the MPR was eager to pursue relations with the DPRK as a fellow socialist state. This period is often labeled as “_____” by scholars.”"},
		{"The Soviet alternative to the aid programme became known as the Molotov Plan. Finland never joined the Molotov Plan.",
			"Finland never joined the Molotov Plan.", "Molotov Plan",
			"Which term completes the passage?\n“The Soviet alternative to the aid programme became known as the _____.”"},
		// counter-examples
		{"Stalin proposed the Molotov Plan in 1947. Finland never joined the Molotov Plan.",
			"Finland never joined the Molotov Plan.", "Molotov Plan", ""}, // no sentence names it
		{"This approach is often called the “third-neighbor policy.” Mongolia did not abandon the “third-neighbor policy.”",
			"Mongolia did not abandon the “third-neighbor policy.”", "third-neighbor policy", ""}, // "This" with nothing before it
	} {
		a := mustParse(t, []byte("A Test Article\n\nIntroduction\n\n"+tt.body+"\n"))
		g := indexedGenerator(a, Extract(a)).fork(nil)
		got, ok := g.positiveNaming(Fact{Kind: PolicyFact, Text: tt.term, Value: tt.term, Sentence: tt.negated})
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("positiveNaming(%q) = %q; want %q", tt.term, got, tt.want)
		}
	}
}
