package quiz

import "testing"

// Two questions on one outcome told twice in nearby sentences of one
// paragraph are one point (round 18 perestroika Q9/Q11); the same stems
// on sentences further apart or in other paragraphs, or other stems, are
// not.
func TestSameChain(t *testing.T) {
	const perestroika = "The elimination of central control over production decisions led to the breakdown in supply relationships. " +
		"Thus, instead of streamlining the system, Gorbachev's decentralisation caused new production bottlenecks."
	const marshall = "Unemployment and food shortages led to strikes and unrest in several nations. " +
		"Agricultural production was half its prewar level. " +
		"The harsh winter of 1946 caused fuel shortages across Europe."
	const apart = "The blockade of Berlin led to the airlift. " +
		"The airlift carried food and coal. The city held out through the winter. Crews flew day and night. " +
		"The success of the airlift caused the Soviets to lift their blockade."
	const brezhnev = "The invasion of Czechoslovakia led to protests across Europe.\n\n" +
		"The doctrine caused tension with China."
	stem := func(s string) Question {
		return Question{Type: FillIn, Kind: ClauseFact, Prompt: s + "\nAnswer in a few words."}
	}
	for _, c := range []struct {
		name, text   string
		q, o         Question
		qSent, oSent int
		want         bool
	}{
		{"perestroika Q9/Q11", perestroika, stem("What did the elimination of central control over production decisions lead to?"), stem("What did Gorbachev's decentralisation cause?"), 0, 1, true},
		{"two sentences apart", marshall, stem("What did unemployment and food shortages lead to?"), stem("What did the harsh winter of 1946 cause?"), 0, 2, true},
		{"four sentences apart", apart, stem("What did the blockade of Berlin lead to?"), stem("What did the success of the airlift cause?"), 0, 4, false},
		{"other paragraphs", brezhnev, stem("What did the invasion of Czechoslovakia lead to?"), stem("What did the doctrine cause?"), 0, 1, false},
		{"an outcome and a who", perestroika, stem("What did the elimination of central control over production decisions lead to?"), stem("Whose decentralisation caused new production bottlenecks?"), 0, 1, false},
		{"a true/false", perestroika, stem("What did the elimination of central control over production decisions lead to?"), Question{Type: TrueFalse, Prompt: "What did Gorbachev's decentralisation cause?"}, 0, 1, false},
	} {
		g := structGenerator(t, c.text)
		var body []string
		for _, s := range g.sents {
			if s.chapter == 1 {
				body = append(body, s.text)
			}
		}
		if max(c.qSent, c.oSent) >= len(body) {
			t.Fatalf("%s: %d sentences read, %v", c.name, len(body), body)
		}
		c.q.Explanation, c.o.Explanation = body[c.qSent], body[c.oSent]
		if got := g.sameChain(c.q, c.o); got != c.want {
			t.Errorf("%s: sameChain = %v, want %v", c.name, got, c.want)
		}
		if got := g.sameChain(c.o, c.q); got != c.want {
			t.Errorf("%s (the other way round): sameChain = %v, want %v", c.name, got, c.want)
		}
	}
}
