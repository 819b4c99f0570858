package assign

import (
	"math"
	"slices"
	"sort"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

// GradedAnswer is one question of a graded result.
type GradedAnswer struct {
	QuestionID string
	Given      []string
	Answered   bool
	Correct    bool
	Points     float64
	Seconds    float64
}

// Graded is a result graded with the teacher's key.
type Graded struct {
	Student   string
	Submitted time.Time
	Answers   []GradedAnswer // in the assignment's question order
	Points    float64
	Max       int
	Percent   float64
	Passed    bool
	Late      bool
}

// Grade grades a result with the assignment's key. The student's claimed
// score is ignored. A result for another assignment, an answer to a
// question the assignment does not have, or an answer whose shape does
// not fit its question is refused as a whole.
func Grade(a Assignment, r Result) (Graded, error) {
	for _, q := range a.Questions {
		if len(q.Answer) == 0 {
			return Graded{}, invalid("the assignment has no answer key")
		}
	}
	if r.AssignmentID != a.ID {
		return Graded{}, invalid("this result is for another assignment (%s)", trim(r.AssignmentID))
	}
	byID := map[string]Answer{}
	index := map[string]int{}
	for i, q := range a.Questions {
		index[q.ID] = i
	}
	for _, ans := range r.Answers {
		i, ok := index[ans.QuestionID]
		if !ok {
			return Graded{}, invalid("the result answers question %q, which the assignment does not have", trim(ans.QuestionID))
		}
		if err := fits(a.Questions[i], ans.Given); err != nil {
			return Graded{}, err
		}
		byID[ans.QuestionID] = ans
	}
	g := Graded{Student: r.Student, Submitted: r.Submitted, Max: len(a.Questions)}
	for _, q := range a.Questions {
		ans, ok := byID[q.ID]
		ga := GradedAnswer{QuestionID: q.ID, Given: ans.Given, Answered: ok, Seconds: ans.Seconds}
		if ok {
			qq := q.ToQuiz()
			v := qq.Grade(ans.Given)
			ga.Correct, ga.Points = v.Correct, quiz.Points(qq, v, ans.Given)
		}
		g.Points += ga.Points
		g.Answers = append(g.Answers, ga)
	}
	g.Points = math.Round(g.Points*100) / 100
	g.Percent = quiz.Score{Points: g.Points, Max: g.Max}.Percent()
	g.Passed = g.Percent >= a.PassMark
	g.Late = a.Due != nil && r.Submitted.After(*a.Due)
	return g, nil
}

// fits checks that a given answer has the shape of its question.
func fits(q Question, given []string) error {
	bad := func() error { return invalid("the answer to question %q does not fit the question", trim(q.ID)) }
	switch q.Type {
	case quiz.MultipleChoice, quiz.TrueFalse:
		if len(given) > 1 || (len(given) == 1 && given[0] != "" && !slices.Contains(q.Options, given[0])) {
			return bad()
		}
	case quiz.FillIn:
		if len(given) > 1 {
			return bad()
		}
	case quiz.Ordering:
		if len(given) != 0 && !samePermutation(given, q.Options) {
			return bad()
		}
	case quiz.Matching:
		if len(given) == 0 {
			return nil
		}
		if len(given) != len(q.Options) {
			return bad()
		}
		for _, g := range given {
			if g != "" && !slices.Contains(q.Choices, g) {
				return bad()
			}
		}
	}
	return nil
}

// Item is the analysis of one question over a class.
type Item struct {
	QuestionID     string
	Facility       float64 // share of the marks earned: 1 = everyone right
	Discrimination float64 // top group's facility minus the bottom group's
	Answered       int
}

// Verdict says in words what the figures suggest.
func (it Item) Verdict() string {
	switch {
	case it.Answered == 0:
		return "no answers yet"
	case it.Discrimination < 0:
		return "misleading: weaker students did better"
	case it.Facility > 0.9:
		return "too easy"
	case it.Facility < 0.3:
		return "too hard"
	case it.Discrimination < 0.2:
		return "does not tell students apart"
	}
	return "good"
}

// GroupShare is the share of the class in the top and in the bottom group
// for the discrimination index (Kelley's 27 %).
const GroupShare = 0.27

// Analyse computes facility and discrimination for each question from a
// class's graded results (points[s][q] for student s and question q).
// Students are ranked by total; the top and bottom groups are each 27 %
// of the class, at least one student.
func Analyse(ids []string, points [][]float64) []Item {
	n := len(points)
	items := make([]Item, len(ids))
	for q, id := range ids {
		items[q].QuestionID = id
	}
	if n == 0 {
		return items
	}
	order := make([]int, n)
	totals := make([]float64, n)
	for s := range points {
		order[s] = s
		for _, p := range points[s] {
			totals[s] += p
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return totals[order[i]] > totals[order[j]] })
	g := max(1, int(math.Round(GroupShare*float64(n))))
	if 2*g > n {
		g = n / 2
	}
	for q := range ids {
		sum := 0.0
		for s := range points {
			if q < len(points[s]) {
				sum += points[s][q]
			}
		}
		items[q].Facility = sum / float64(n)
		items[q].Answered = n
		if g == 0 {
			continue
		}
		top, bottom := 0.0, 0.0
		for k := 0; k < g; k++ {
			top += points[order[k]][q]
			bottom += points[order[n-1-k]][q]
		}
		items[q].Discrimination = (top - bottom) / float64(g)
	}
	return items
}
