package quiz

import (
	"strings"
	"testing"
)

func TestVagueEffect(t *testing.T) {
	cases := []struct {
		effect string
		vague  bool
	}{
		{"a realization in Washington that a new policy was needed", true}, // Marshall Plan, round 17 Q18
		{"a sense in Moscow that some change was unavoidable", true},
		{"a feeling that new measures were required", true},
		{"an understanding that changes were needed", true},
		// counter-examples: the outcome says what it is
		{"the First Opium War", false},                                                   // China
		{"an end to negotiations ahead of Ronald Reagan's inauguration", false},          // CTBT
		{"a realization that the blockade had failed", false},                            // cold war
		{"the breakdown in traditional supply-demand relationships", false},              // perestroika
		{"a belief that the Soviet Union would intervene in any socialist state", false}, // Brezhnev
		{"the recognition that a new policy was needed", false},                          // definite: its antecedent is named before
	}
	for _, c := range cases {
		if got := vagueEffect(c.effect); got != c.vague {
			t.Errorf("vagueEffect(%q) = %v, want %v", c.effect, got, c.vague)
		}
	}
	// over the corpus: no "What led to …?" stem on such an outcome
	for _, h := range hygieneArticles(t) {
		for _, q := range GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: 223}) {
			if rest, ok := strings.CutPrefix(firstLine(strings.SplitN(q.Prompt, "\n", 2)[0]), "What led to "); ok && vagueEffect(strings.TrimSuffix(rest, "?")) {
				t.Errorf("%s: %q asks what led to an outcome that does not say what", h.name, q.Prompt)
			}
		}
	}
}
