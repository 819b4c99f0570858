package assign

import (
	"errors"
	"io"
	"testing"

	"github.com/chapterwise/chapterwise/quiz"
)

func TestQuestionValidatesOnItsOwn(t *testing.T) {
	tests := []struct {
		name string
		q    Question
		why  string // "" when it is valid
	}{
		{"a choice question with its answer among the options",
			Question{ID: "q1", Type: quiz.MultipleChoice, Prompt: "When?", Options: []string{"1990", "1992"}, Answer: []string{"1992"}}, ""},
		{"an answer that is not an option",
			Question{ID: "q1", Type: quiz.MultipleChoice, Prompt: "When?", Options: []string{"1990", "1992"}, Answer: []string{"1991"}}, "the answer is not one of the options"},
		{"no prompt",
			Question{ID: "q1", Type: quiz.FillIn, Answer: []string{"Kim"}}, "the prompt is empty"},
		{"a fill-in with options",
			Question{ID: "q1", Type: quiz.FillIn, Prompt: "Who?", Options: []string{"a", "b"}, Answer: []string{"Kim"}}, "a fill-in question has no options"},
		{"a fill-in graded by key words, with a short form",
			Question{ID: "q1", Type: quiz.FillIn, Prompt: "Why?", Answer: []string{"to stop the reform"}, Accept: []string{"reform"}, Grading: GradingKeyWords}, ""},
		{"an unknown way of grading",
			Question{ID: "q1", Type: quiz.FillIn, Prompt: "Why?", Answer: []string{"x"}, Grading: "regex"}, `unknown grading "regex"`},
		{"accepted forms on a choice question",
			Question{ID: "q1", Type: quiz.MultipleChoice, Prompt: "When?", Options: []string{"1990", "1992"}, Answer: []string{"1992"}, Accept: []string{"92"}},
			"only a fill-in question has accepted forms or a way of grading"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.q.Validate()
			if tt.why == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v is not ErrInvalid", err)
			}
			if got := Explain(err); got != tt.why {
				t.Errorf("Explain = %q, want %q", got, tt.why)
			}
		})
	}
}

func TestExplain(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{invalid("the assignment has no questions"), "the assignment has no questions"},
		{&QuestionError{N: 3, Err: invalid("the prompt is empty")}, "question 3: the prompt is empty"},
		{io.ErrUnexpectedEOF, "unexpected EOF"},
	}
	for _, tt := range tests {
		if got := Explain(tt.err); got != tt.want {
			t.Errorf("Explain(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
	a := sampleAssignment()
	a.Questions[1].Prompt = ""
	err := a.ValidateFull()
	var qe *QuestionError
	if !errors.As(err, &qe) || qe.N != 2 || !errors.Is(err, ErrInvalid) {
		t.Errorf("a bad second question gave %v", err)
	}
}
