package quiz

import "testing"

// TestStatisticInList: a card answered by one count of a list of three
// or more counts is trivia; a count alone, two figures, a year or a name
// are not.
func TestStatisticInList(t *testing.T) {
	for _, tt := range []struct {
		back, sentence string
		want           bool
	}{
		{"215 atmospheric tests.", "Between 1945 and 1963, the US conducted 215 atmospheric tests, the Soviet Union conducted 219, the UK conducted 21, and France conducted three.", true},
		{"Three.", "By 1952 Britain received 12 shipments, France received 9, Italy received 4, and Spain received three.", true},
		{"$13 billion.", "The Marshall Plan provided $13 billion in aid to Western Europe.", false},
		{"16 countries.", "In 1948, 16 countries joined the organisation and agreed on the plan.", false},
		{"The Soviet Union.", "The US conducted 215 tests, the Soviet Union conducted 219, the UK conducted 21.", false}, // the answer is no count
	} {
		c := Card{Kind: CardQuestion, Back: tt.back + "\n“" + tt.sentence + "”", Sentence: tt.sentence}
		if got := statisticInList(c); got != tt.want {
			t.Errorf("statisticInList(%q in %q) = %v; want %v", tt.back, tt.sentence, got, tt.want)
		}
	}
}

// TestDefinitionKeepsItsPlace: a definition card that says what the term
// is keeps its place beside a question card of its sentence whose answer
// it shows, and the question goes; a definition that is its sentence
// pasted gives way as before.
func TestDefinitionKeepsItsPlace(t *testing.T) {
	s := "The Test Ban Treaty is a multilateral treaty that bans all nuclear explosions in all environments."
	def := Card{Key: "d", Kind: CardDefine, Front: "What is the Test Ban Treaty?", Back: "A multilateral treaty that bans all nuclear explosions in all environments.", Sentence: s, Phrase: "Test Ban Treaty"}
	q := Card{Key: "q", Kind: CardQuestion, Front: "What does the Test Ban Treaty ban?", Back: "All nuclear explosions.\n“" + s + "”", Sentence: s, Phrase: "all nuclear explosions"}
	got := dropRetold([]Card{q, def})
	if len(got) != 1 || got[0].Key != "d" {
		t.Errorf("a teaching definition beside its question: kept %+v, want the definition", got)
	}
	def.Back = s // pasted: the question card asks it better
	got = dropRetold([]Card{q, def})
	if len(got) != 1 || got[0].Key != "q" {
		t.Errorf("a pasted definition beside its question: kept %+v, want the question", got)
	}
}
