package quiz

import "time"

// Sitting is a quiz being taken: the question on screen, the answers
// given, whether the current question's feedback is showing, and the
// time used in earlier sittings. It does no I/O and reads no clock: the
// screen saves each answer and then tells the sitting, so the sitting
// only ever holds what is saved.
type Sitting struct {
	Questions []Question
	Mode      Mode
	TimeLimit time.Duration // 0: none

	answered map[int]Answer
	cur      int
	feedback bool
	used     time.Duration
}

// NewSitting starts taking a quiz, or resumes one with the answers
// already saved: it stands at the first question not answered.
func NewSitting(qs []Question, mode Mode, limit time.Duration, saved []Answer) *Sitting {
	s := &Sitting{Questions: qs, Mode: mode, TimeLimit: limit, answered: map[int]Answer{}, cur: -1}
	for _, a := range saved {
		s.answered[a.Index] = a
		s.used += a.Duration
	}
	s.advance()
	return s
}

// advance moves to the next question not answered after the current one;
// past the last, the sitting is done.
func (s *Sitting) advance() {
	s.feedback = false
	for i := s.cur + 1; i < len(s.Questions); i++ {
		if _, done := s.answered[i]; !done {
			s.cur = i
			return
		}
	}
	s.cur = len(s.Questions)
}

// Done says no question is left to answer.
func (s *Sitting) Done() bool { return s.cur >= len(s.Questions) }

// Current is the question on screen and its index; false once done.
func (s *Sitting) Current() (int, Question, bool) {
	if s.Done() {
		return s.cur, Question{}, false
	}
	return s.cur, s.Questions[s.cur], true
}

// Answered is how many questions have a saved answer.
func (s *Sitting) Answered() int { return len(s.answered) }

// Share is the part of the quiz answered, from 0 to 1.
func (s *Sitting) Share() float64 {
	if len(s.Questions) == 0 {
		return 1
	}
	return float64(len(s.answered)) / float64(len(s.Questions))
}

// Feedback says the current question's feedback is on screen (practice).
func (s *Sitting) Feedback() bool { return s.feedback }

// CanAnswer says an answer to the current question would be taken now.
func (s *Sitting) CanAnswer() bool { return !s.Done() && !s.feedback }

// Saved records the saved answer to the current question. In
// practice the feedback then shows and Next moves on; in a test the
// sitting moves on at once. It reports whether feedback is to show.
func (s *Sitting) Saved(a Answer) bool {
	s.answered[s.cur] = a
	if s.Mode == Practice {
		s.feedback = true
		return true
	}
	s.advance()
	return false
}

// Next leaves the feedback for the next question not answered.
func (s *Sitting) Next() { s.advance() }

// LastOne says the current question is the last one left, so that
// going on from it shows the results.
func (s *Sitting) LastOne() bool {
	for i := range s.Questions {
		if _, done := s.answered[i]; !done && i != s.cur {
			return false
		}
	}
	return !s.Done()
}

// Remaining is the time left on a timed quiz after this sitting has run
// for elapsed.
func (s *Sitting) Remaining(elapsed time.Duration) time.Duration {
	return s.TimeLimit - s.used - elapsed
}
