package interop

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// QuestionBank is what a question export holds: an article's questions
// with the titles that name their chapters (categories in GIFT and
// Moodle XML).
type QuestionBank struct {
	Article   string
	Chapters  []string
	Questions []quiz.Question
}

func (b QuestionBank) category(q quiz.Question) []string {
	path := []string{orDefault(b.Article, "Chapterwise")}
	if q.Chapter >= 0 && q.Chapter < len(b.Chapters) {
		path = append(path, b.Chapters[q.Chapter])
	}
	return path
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// typedAnswers are the right answers of a typed question as a system
// that compares them with the student's words takes them: the article's
// answer, its accepted short forms, and for a question graded by its key
// words a Moodle wildcard pattern per set of key words that makes an
// answer right ("*local*gover*": any answer naming them in that order),
// where the exact answer alone would fail nearly every right answer.
func typedAnswers(q quiz.Question) []string {
	out := append(append([]string(nil), q.Answer...), q.Accept...)
	for _, set := range q.KeyWordSets() {
		out = append(out, "*"+strings.Join(set, "*")+"*")
	}
	return out
}

// isWildcard reports a typed answer written as a pattern (Moodle's *):
// Chapterwise grades typed answers by their words, not by patterns.
func isWildcard(a string) bool { return strings.Contains(a, "*") }

// questionName is a short name for a question bank's list: the number
// and the prompt's start.
func questionName(i int, q quiz.Question) string {
	p := oneLine(q.Prompt)
	if utf8.RuneCountInString(p) > 60 {
		p = string([]rune(p)[:60]) + "…"
	}
	return strconv.Itoa(i+1) + ". " + p
}

// ImportedQuestion is a question read from a question bank, with the line
// it starts on and the last part of its category (a chapter's title, as
// Chapterwise writes them).
type ImportedQuestion struct {
	Line     int
	Name     string
	Category string
	Question quiz.Question
}

// Skipped is a question a reader left out whole: its type is not one
// Chapterwise asks, or it cannot be graded the way Chapterwise grades.
type Skipped struct {
	Line   int
	Name   string
	Type   string
	Reason string
}

// Imported is what a question reader returns: the questions taken and
// those skipped.
type Imported struct {
	Questions []ImportedQuestion
	Skipped   []Skipped
}

// ChapterOf is the index of the chapter whose title is the category
// (ignoring case and spacing), or -1.
func ChapterOf(category string, titles []string) int {
	want := strings.ToLower(oneLine(category))
	for i, t := range titles {
		if strings.ToLower(oneLine(t)) == want {
			return i
		}
	}
	return -1
}

// positions reports labels that are the positions 1..n in some order,
// and returns the index each label gives.
func positions(labels []string) ([]int, bool) {
	n := len(labels)
	seen := make([]bool, n)
	out := make([]int, n)
	for i, l := range labels {
		p := 0
		for _, r := range strings.TrimSpace(l) {
			if r < '0' || r > '9' || p > n {
				return nil, false
			}
			p = p*10 + int(r-'0')
		}
		if p < 1 || p > n || seen[p-1] {
			return nil, false
		}
		seen[p-1], out[i] = true, p-1
	}
	return out, n > 0
}

// matchingQuestion builds a matching question from pairs, or an ordering
// question when the right-hand sides are the positions 1..n (the way
// GIFT, which has no ordering type, carries one).
func matchingQuestion(prompt string, left, right []string) quiz.Question {
	if pos, ok := positions(right); ok && len(left) >= 2 {
		q := quiz.Question{Type: quiz.Ordering, Prompt: prompt, Options: left, Answer: make([]string, len(left))}
		for i, p := range pos {
			q.Answer[p] = left[i]
		}
		return q
	}
	choices := append([]string(nil), right...)
	sort.Strings(choices)
	return quiz.Question{Type: quiz.Matching, Prompt: prompt, Options: left, Answer: right, Choices: choices}
}

// checkQuestion reports a question too large to take, naming its line.
func checkQuestion(line int, q quiz.Question) error {
	texts := append(append(append([]string{q.Prompt, q.Explanation}, q.Options...), q.Answer...), q.Accept...)
	for _, t := range texts {
		if err := checkText(line, "a question's text", t); err != nil {
			return err
		}
	}
	if len(q.Options) > 12 {
		return lineErr(line, "a question has more than 12 options")
	}
	return nil
}

// ReadQuestions reads a question bank in Moodle XML (a file that starts
// with '<' after any byte-order mark and spaces) or else GIFT.
func ReadQuestions(data []byte) (Imported, error) {
	b, err := decode(data)
	if err != nil {
		return Imported{}, err
	}
	if strings.HasPrefix(strings.TrimSpace(string(b[:min(len(b), 1024)])), "<") {
		return ReadMoodleXML(b)
	}
	return ReadGIFT(b)
}

// AssignmentQuestions makes assignment questions of imported ones, each
// in the chapter its category names (else the first), with ids from
// nextID. A question an assignment cannot hold (two equal options, more
// than 12) is left out and listed with the skipped ones; so is any past
// room, the room an assignment has left.
func AssignmentQuestions(got Imported, chapters []string, room int, nextID func() string) ([]assign.Question, []Skipped) {
	skipped := slices.Clone(got.Skipped)
	var out []assign.Question
	for _, iq := range got.Questions {
		q := iq.Question
		q.Chapter = max(ChapterOf(iq.Category, chapters), 0)
		skip := Skipped{Line: iq.Line, Name: iq.Name, Type: string(q.Type)}
		if len(out) >= room {
			skip.Reason = fmt.Sprintf("an assignment holds at most %d questions", assign.MaxQuestions)
			skipped = append(skipped, skip)
			continue
		}
		aq := assign.FromQuiz(nextID(), q)
		if err := aq.Validate(); err != nil {
			skip.Reason = assign.Explain(err)
			skipped = append(skipped, skip)
			continue
		}
		out = append(out, aq)
	}
	return out, skipped
}
