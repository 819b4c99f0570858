package quiz

import (
	"strings"
	"testing"
)

// TestDropChained: of two effect cards on consecutive sentences of one
// paragraph, the second goes; effect cards apart, in two paragraphs, or
// beside a card of another kind all stay.
func TestDropChained(t *testing.T) {
	const (
		s1 = "The elimination of central control over production decisions led to the breakdown in traditional supply-demand relationships."
		s2 = "Thus, instead of streamlining the system, Gorbachev's decentralisation caused new production bottlenecks."
		s3 = "The Berlin Blockade led to the Berlin Airlift."
		s4 = "The success of the airlift caused the Soviets to lift their blockade in May 1949."
		s5 = "The Soviet Union tested its first atomic bomb in August 1949."
	)
	q := func(front, sent string) Card {
		return Card{Key: front, Kind: CardQuestion, Front: front, Back: "…", Sentence: sent}
	}
	for _, tt := range []struct {
		name, body string
		cards      []Card
		want       []string // the fronts kept
	}{
		{"one chain, one paragraph", s1 + " " + s2,
			[]Card{q("What did the elimination of central control over production decisions lead to?", s1), q("What did Gorbachev's decentralisation cause? (chapter “Economic reforms”)", s2)},
			[]string{"What did the elimination of central control over production decisions lead to?"}},
		{"another article's chain", s3 + " " + s4,
			[]Card{q("What did the Berlin Blockade lead to?", s3), q("What did the success of the airlift cause?", s4)},
			[]string{"What did the Berlin Blockade lead to?"}},
		// counter-examples
		{"two paragraphs", s1 + "\n\n" + s2,
			[]Card{q("What did the elimination of central control over production decisions lead to?", s1), q("What did Gorbachev's decentralisation cause?", s2)},
			[]string{"What did the elimination of central control over production decisions lead to?", "What did Gorbachev's decentralisation cause?"}},
		{"a sentence between", s3 + " " + s5 + " " + s4,
			[]Card{q("What did the Berlin Blockade lead to?", s3), q("What did the success of the airlift cause?", s4)},
			[]string{"What did the Berlin Blockade lead to?", "What did the success of the airlift cause?"}},
		{"not an effect card", s3 + " " + s4,
			[]Card{q("What did the Berlin Blockade lead to?", s3), q("When did the Soviets lift their blockade?", s4)},
			[]string{"What did the Berlin Blockade lead to?", "When did the Soviets lift their blockade?"}},
	} {
		a := mustParse(t, []byte("A Test Article\n\nIntroduction\n\n"+tt.body+"\n"))
		g := indexedGenerator(a, Extract(a)).fork(nil)
		var got []string
		for _, c := range g.dropChained(tt.cards) {
			got = append(got, c.Front)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: kept %q; want %q", tt.name, got, tt.want)
		}
	}
}
