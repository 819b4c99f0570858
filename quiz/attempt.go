package quiz

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// Mode says when a quiz gives feedback.
type Mode string

// The quiz modes.
const (
	Practice Mode = "practice" // feedback after each answer
	Test     Mode = "test"     // feedback at the end
)

// QuizSpec is what the user chose for a quiz.
type QuizSpec struct {
	Title     string
	Chapters  []int // empty: the whole article
	Count     int
	Types     []QuestionType // empty: all
	Mode      Mode
	TimeLimit time.Duration // 0: untimed
	Seed      uint64
	FactKeys  []string // non-empty: a retry of these facts

	// An assignment being taken: its id, and the id of each question in
	// the order shown (they may be shuffled).
	AssignmentID string   `json:",omitempty"`
	QuestionIDs  []string `json:",omitempty"`
}

// Limits of a quiz.
const (
	MinQuestions = 5
	MaxQuestions = 50
	MaxTimeLimit = 3 * time.Hour
)

// Validate reports whether the spec can make a quiz.
func (s QuizSpec) Validate(chapters int) error {
	if s.Count < 1 || s.Count > MaxQuestions {
		return fmt.Errorf("a quiz has 1 to %d questions, not %d", MaxQuestions, s.Count)
	}
	if s.Mode != Practice && s.Mode != Test {
		return fmt.Errorf("unknown quiz mode %q", s.Mode)
	}
	if s.TimeLimit < 0 || s.TimeLimit > MaxTimeLimit {
		return fmt.Errorf("the time limit must be between none and %s", MaxTimeLimit)
	}
	for _, c := range s.Chapters {
		if c < 0 || c >= chapters {
			return fmt.Errorf("chapter %d does not exist", c+1)
		}
	}
	for _, t := range s.Types {
		if !slices.Contains(AllQuestionTypes, t) {
			return fmt.Errorf("unknown question type %q", t)
		}
	}
	return nil
}

// Options turns the spec into generator options.
func (s QuizSpec) Options() QuizOptions {
	return QuizOptions{Count: s.Count, Seed: s.Seed, Types: s.Types, Chapters: s.Chapters, FactKeys: s.FactKeys}
}

// Answer is one given answer with its grade.
type Answer struct {
	Index    int // the question's place in the quiz
	Given    []string
	Correct  bool
	Points   float64 // 0..1; ordering and matching earn part marks
	Note     string
	At       time.Time
	Duration time.Duration
}

// Points is what an answer to q earns: 1 when right; for ordering and
// matching, the share of items in the right place; else 0.
func Points(q Question, v Verdict, given []string) float64 {
	if v.Correct {
		return 1
	}
	if (q.Type == Ordering || q.Type == Matching) && len(given) == len(q.Answer) && len(q.Answer) > 0 {
		right := 0
		for i := range q.Answer {
			if given[i] == q.Answer[i] {
				right++
			}
		}
		return math.Round(100*float64(right)/float64(len(q.Answer))) / 100
	}
	return 0
}

// GradeAnswer grades a given answer to question index of a quiz.
func GradeAnswer(q Question, index int, given []string, at time.Time, took time.Duration) Answer {
	v := q.Grade(given)
	return Answer{Index: index, Given: given, Correct: v.Correct, Points: Points(q, v, given), Note: v.Note, At: at, Duration: took}
}

// Score sums a quiz's points. Questions without an answer earn nothing.
type Score struct {
	Points   float64
	Max      int
	Correct  int
	Answered int
}

// Percent is the score as a percentage, 0 when there are no questions.
func (s Score) Percent() float64 {
	if s.Max == 0 {
		return 0
	}
	return 100 * s.Points / float64(s.Max)
}

// ScoreQuiz scores the answers to a quiz of n questions.
func ScoreQuiz(n int, answers []Answer) Score {
	s := Score{Max: n}
	seen := map[int]bool{}
	for _, a := range answers {
		if a.Index < 0 || a.Index >= n || seen[a.Index] {
			continue
		}
		seen[a.Index] = true
		s.Answered++
		s.Points += a.Points
		if a.Correct {
			s.Correct++
		}
	}
	s.Points = math.Round(100*s.Points) / 100
	return s
}

// MissedFacts lists the facts of the questions answered wrong or not at
// all, for "Retry missed questions".
func MissedFacts(qs []Question, answers []Answer) []string {
	right := map[int]bool{}
	for _, a := range answers {
		if a.Correct {
			right[a.Index] = true
		}
	}
	var out []string
	seen := map[string]bool{}
	for i, q := range qs {
		if right[i] {
			continue
		}
		for _, k := range q.FactKeys {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// ChapterMastery combines a chapter's quiz accuracy and flashcard recall
// into one figure in [0, 1]: the mean of the two when both exist, else the
// one that exists, else 0. Recall is the share of flashcard reviews rated
// Hard, Good or Easy.
func ChapterMastery(answers int, points float64, reviews, recalled int) float64 {
	var parts []float64
	if answers > 0 {
		parts = append(parts, points/float64(answers))
	}
	if reviews > 0 {
		parts = append(parts, float64(recalled)/float64(reviews))
	}
	if len(parts) == 0 {
		return 0
	}
	sum := 0.0
	for _, p := range parts {
		sum += p
	}
	return min(1, max(0, sum/float64(len(parts))))
}

// StudyDay is the study day a moment falls in: days roll over at hour
// (4 AM) local time, as the scheduler's do. It is written "2006-01-02".
func StudyDay(t time.Time, loc *time.Location, hour int) string { return fsrs.StudyDay(t, loc, hour) }

// Streak counts the consecutive study days with activity ending today,
// or ending yesterday when today has none yet (the streak is not lost
// until the day is over). days holds the active days as StudyDay strings.
func Streak(days map[string]bool, today string) int {
	d, err := time.Parse(time.DateOnly, today)
	if err != nil {
		return 0
	}
	if !days[today] {
		d = d.AddDate(0, 0, -1)
	}
	n := 0
	for days[d.Format(time.DateOnly)] {
		n++
		d = d.AddDate(0, 0, -1)
	}
	return n
}
