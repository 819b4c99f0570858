package quiz

import "testing"

// TestStockObjectWhen: a what-did card answered by an object its verb
// gives away (relations, ties, talks) asks when instead; any other
// answer, a front with no date, or a sentence with its date twice stays.
func TestStockObjectWhen(t *testing.T) {
	for _, tt := range []struct {
		front, answer, sentence, want string
	}{
		{"What did Japan establish with the PRC in 1972?", "Diplomatic relations",
			"Japan established diplomatic relations with the PRC in 1972, following the Joint Communiqué, and the United States did so in 1979.",
			"When did Japan establish diplomatic relations with the PRC?"},
		{"What did the US resume with the Soviet Union in October 1977? (chapter “History of CTBT”)", "Talks",
			"The US resumed talks with the Soviet Union in October 1977.",
			"When did the US resume talks with the Soviet Union? (chapter “History of CTBT”)"},
		{"What did Mongolia establish in 1990?", "Full diplomatic ties",
			"Mongolia established full diplomatic ties in 1990.",
			"When did Mongolia establish full diplomatic ties?"},
		// counter-examples
		{"What did Vietnam depose in 1979?", "The Khmer Rouge", "Vietnam deposed the Khmer Rouge in 1979.", ""},                                                     // a name is learnt
		{"What did Japan establish with the PRC?", "Diplomatic relations", "Japan established diplomatic relations with the PRC.", ""},                              // no date to ask
		{"What did China restore with India in 1976?", "Relations", "China restored relations with India in 1976 after the war of 1962 and the break of 1976.", ""}, // the date twice
		{"What did Japan establish with the PRC in 1972?", "Diplomatic relations", "In 1972, Japan established diplomatic relations with the PRC.", ""},             // the front does not read the sentence's words
	} {
		c := Card{Kind: CardQuestion, Front: tt.front, Back: tt.answer + ".\n“" + tt.sentence + "”", Sentence: tt.sentence, Phrase: tt.answer}
		got, ok := stockObjectWhen(c)
		if !ok {
			got.Front = ""
		}
		if got.Front != tt.want {
			t.Errorf("stockObjectWhen(%q → %q) = %q; want %q", tt.front, tt.answer, got.Front, tt.want)
		}
	}
}
