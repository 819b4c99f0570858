package quiz

import (
	"fmt"
	"testing"
	"time"
)

func sittingQuestions(n int) []Question {
	qs := make([]Question, n)
	for i := range qs {
		qs[i] = Question{Type: FillIn, Prompt: fmt.Sprint("Q", i+1), Answer: []string{"x"}}
	}
	return qs
}

// sittingState renders a sitting as "cur answered feedback last done".
func sittingState(s *Sitting) string {
	i, _, ok := s.Current()
	if !ok {
		i = -1
	}
	return fmt.Sprintf("q%d %d/%d fb=%v last=%v done=%v", i+1, s.Answered(), len(s.Questions), s.Feedback(), s.LastOne(), s.Done())
}

func TestSitting(t *testing.T) {
	tests := []struct {
		name  string
		mode  Mode
		saved []int  // indexes answered before this sitting
		steps string // a: answer saved, n: next
		want  string
	}{
		{"a new practice quiz starts at the first question", Practice, nil, "", "q1 0/3 fb=false last=false done=false"},
		{"practice shows feedback after an answer", Practice, nil, "a", "q1 1/3 fb=true last=false done=false"},
		{"next leaves the feedback for the next question", Practice, nil, "an", "q2 1/3 fb=false last=false done=false"},
		{"a test moves on at once", Test, nil, "a", "q2 1/3 fb=false last=false done=false"},
		{"the last question knows it is last", Practice, nil, "anan", "q3 2/3 fb=false last=true done=false"},
		{"after the last answer a test is done", Test, nil, "aaa", "q0 3/3 fb=false last=false done=true"},
		{"a practice quiz is done after the last feedback", Practice, nil, "ananan", "q0 3/3 fb=false last=false done=true"},
		{"a resumed quiz starts at the first question not answered", Test, []int{0, 1}, "", "q3 2/3 fb=false last=true done=false"},
		{"answers saved out of order are skipped", Test, []int{1}, "a", "q3 2/3 fb=false last=true done=false"},
		{"everything answered: done at once", Test, []int{0, 1, 2}, "", "q0 3/3 fb=false last=false done=true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var saved []Answer
			for _, i := range tt.saved {
				saved = append(saved, Answer{Index: i, Duration: time.Second})
			}
			s := NewSitting(sittingQuestions(3), tt.mode, 0, saved)
			for _, st := range tt.steps {
				switch st {
				case 'a':
					if i, _, ok := s.Current(); ok && s.CanAnswer() {
						s.Saved(Answer{Index: i})
					}
				case 'n':
					s.Next()
				}
			}
			if got := sittingState(s); got != tt.want {
				t.Errorf("sitting = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSittingTimeCountsEarlierSittings(t *testing.T) {
	s := NewSitting(sittingQuestions(3), Test, 10*time.Minute, []Answer{{Index: 0, Duration: 40 * time.Second}, {Index: 1, Duration: 20 * time.Second}})
	if got := s.Remaining(30 * time.Second); got != 8*time.Minute+30*time.Second {
		t.Errorf("remaining = %v, want 8m30s", got)
	}
	if got := s.Share(); got < 0.66 || got > 0.67 {
		t.Errorf("share = %v, want 2/3", got)
	}
}
