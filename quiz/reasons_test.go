package quiz

import "testing"

// A why question whose sentence gives two reasons keys both, so that the
// key-word grader takes either (round 12, China Q10: the second reason
// was graded wrong); a second "because" that is no clause, or too long a
// pair, leaves the first reason alone.
func TestWhyKeysBothReasons(t *testing.T) {
	tests := []struct{ text, prompt, answer string }{
		{"Westad says the Communists won the Civil War by 1949 because Mao Zedong made fewer military mistakes than Chiang Kai-shek, and because in his search for a powerful centralized government, Chiang antagonized too many interest groups in China.",
			"Why did the Communists win the Civil War by 1949, according to Westad?",
			"Mao Zedong made fewer military mistakes than Chiang Kai-shek, and Chiang antagonized too many interest groups in China"},
		{"The Colombo Plan failed because member states distrusted each other, and because the donors withdrew their funds.",
			"Why did the Colombo Plan fail?", "member states distrusted each other, and the donors withdrew their funds"},
		{"The Colombo Plan failed because member states distrusted each other, and because of the war.",
			"Why did the Colombo Plan fail?", "member states distrusted each other"},
		{"The Colombo Plan failed because member states distrusted each other over the long and bitter disputes about the borders they shared, and because the donors who had promised most of the money for the large projects cut their funds in the years after the war.",
			"Why did the Colombo Plan fail?", "member states distrusted each other over the long and bitter disputes about the borders they shared"},
	}
	for _, tt := range tests {
		t.Run(tt.prompt, func(t *testing.T) {
			wantStructQuestion(t, tt.text, tt.prompt, tt.answer, nil, nil)
		})
	}
	q := Question{Type: FillIn, Kind: ClauseFact, Prompt: tests[0].prompt, Answer: []string{tests[0].answer}}
	for _, given := range []string{"Mao made fewer military mistakes", "Chiang antagonized too many interest groups"} {
		if v := q.Grade([]string{given}); !v.Correct {
			t.Errorf("%q graded wrong: %s", given, v.Note)
		}
	}
	if v := q.Grade([]string{"the Japanese invasion"}); v.Correct {
		t.Error("a reason the sentence does not give is graded right")
	}
}
