package app

import (
	"reflect"
	"testing"

	"github.com/chapterwise/chapterwise/quiz"
)

// TestRightAnswer: a typed question that takes any one part of a list
// shows "Any one of: …"; any other question shows its answers as they are.
func TestRightAnswer(t *testing.T) {
	oneOf := quiz.Question{Type: quiz.FillIn, Prompt: "“The council was set up to carry out the aims.” Name one of them.\nThe article names more than one: give one (the key words are enough).",
		Answer: []string{"Disarmament, Reform and Decentralization"}, Accept: []string{"Disarmament", "Reform", "Decentralization"}}
	typed := quiz.Question{Type: quiz.FillIn, Prompt: "Who wrote the note?", Answer: []string{"George Kennan"}, Accept: []string{"Kennan"}}
	order := quiz.Question{Type: quiz.Ordering, Prompt: "Put in order.", Answer: []string{"first", "second"}}
	for _, tt := range []struct {
		q    quiz.Question
		want []string
	}{
		{oneOf, []string{"Any one of: Disarmament; Reform; Decentralization"}},
		{typed, []string{"George Kennan"}},
		{order, []string{"first", "second"}},
	} {
		if got := rightAnswer(tt.q); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("rightAnswer(%q) = %q; want %q", tt.q.Prompt, got, tt.want)
		}
	}
}
