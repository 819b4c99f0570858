package assign

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

// ForTaking turns an assignment into the quiz a student takes: questions
// and options shuffled when the teacher asked (with seed, so a resumed
// quiz is stored and never reshuffled), practice mode when feedback is
// immediate, and the time limit.
func ForTaking(a Assignment, seed uint64) (quiz.QuizSpec, []quiz.Question) {
	rng := rand.New(rand.NewPCG(seed, seed^0x5bd1e995))
	order := make([]int, len(a.Questions))
	for i := range order {
		order[i] = i
	}
	if a.ShuffleQuestion {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	spec := quiz.QuizSpec{Title: a.Title, Count: len(a.Questions), Mode: quiz.Test, Seed: seed,
		TimeLimit: time.Duration(a.TimeLimitSec) * time.Second, AssignmentID: a.ID}
	if a.Feedback == FeedbackImmediate {
		spec.Mode = quiz.Practice
	}
	qs := make([]quiz.Question, 0, len(order))
	for _, i := range order {
		q := a.Questions[i].ToQuiz()
		// ordering items are shuffled already; true/false keeps its order
		if a.ShuffleOptions && (q.Type == quiz.MultipleChoice) {
			rng.Shuffle(len(q.Options), func(i, j int) { q.Options[i], q.Options[j] = q.Options[j], q.Options[i] })
		}
		if a.ShuffleOptions && q.Type == quiz.Matching {
			rng.Shuffle(len(q.Choices), func(i, j int) { q.Choices[i], q.Choices[j] = q.Choices[j], q.Choices[i] })
		}
		qs = append(qs, q)
		spec.QuestionIDs = append(spec.QuestionIDs, a.Questions[i].ID)
	}
	return spec, qs
}

// BuildResult makes the result file of a taken assignment. The score is
// included only when the student may see it (the file had the key).
func BuildResult(a Assignment, spec quiz.QuizSpec, answers []quiz.Answer, student string, started, submitted time.Time) (Result, error) {
	if spec.AssignmentID != a.ID || len(spec.QuestionIDs) != len(a.Questions) {
		return Result{}, fmt.Errorf("this quiz is not assignment %s", a.ID)
	}
	r := Result{Format: ResultFormat, Version: Version, AssignmentID: a.ID, Student: student, Started: started.UTC(), Submitted: submitted.UTC()}
	answers = slices.Clone(answers)
	slices.SortFunc(answers, func(x, y quiz.Answer) int { return x.Index - y.Index })
	for _, ans := range answers {
		if ans.Index < 0 || ans.Index >= len(spec.QuestionIDs) {
			continue
		}
		r.Answers = append(r.Answers, Answer{QuestionID: spec.QuestionIDs[ans.Index], Given: ans.Given, AnsweredAt: ans.At.UTC(),
			Seconds: ans.Duration.Seconds()})
	}
	if a.HasKey() {
		s := quiz.ScoreQuiz(len(a.Questions), answers)
		r.Score = &ClaimedScore{Points: s.Points, Max: s.Max}
	}
	return r, r.Validate()
}

// NewID makes a random assignment id.
func NewID(now time.Time) string {
	return fmt.Sprintf("%s-%08x", now.UTC().Format("20060102"), rand.Uint32())
}
