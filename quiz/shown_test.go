package quiz

import "testing"

func TestShownAnswer(t *testing.T) {
	tests := []struct {
		name string
		q    Question
		want string
	}{
		{"list, any one part", Question{Type: FillIn, Prompt: "“The Council was set up to execute the resolutions.” Name one of them.\n" + oneOfHint,
			Answer: []string{"Denazification, Demilitarization and Decentralization"}, Accept: []string{"Denazification", "Demilitarization", "Decentralization"}},
			"Any one of: Denazification; Demilitarization; Decentralization"},
		{"list with a spelled-out form", Question{Type: FillIn, Prompt: "What were the aims of the plan?\n" + oneOfHint,
			Answer: []string{"to aid the economic recovery of nations and to reduce the influence of Communist parties"},
			Accept: []string{"European Recovery Program", "to aid the economic recovery of nations", "to reduce the influence of Communist parties"}},
			"Any one of: to aid the economic recovery of nations; to reduce the influence of Communist parties"},
		{"typed, one answer", Question{Type: FillIn, Prompt: "What did the council pass?\n" + keyWordsHint,
			Answer: []string{"a law on cooperatives"}, Accept: []string{"cooperatives"}}, "a law on cooperatives"},
		{"no hint: the parts are short forms", Question{Type: FillIn, Prompt: "Who signed?",
			Answer: []string{"France and Britain"}, Accept: []string{"France", "Britain"}}, "France and Britain"},
		{"ordering", Question{Type: Ordering, Prompt: "Put in order.", Answer: []string{"a", "b"}}, "a | b"},
	}
	for _, tt := range tests {
		if got := tt.q.ShownAnswer(); got != tt.want {
			t.Errorf("%s: ShownAnswer() = %q; want %q", tt.name, got, tt.want)
		}
	}
}
