// Package assign is the teacher's loop in plain Go: the assignment and
// result file formats (strictly decoded, because they come from other
// people), grading a result with the teacher's key, and the gradebook's
// statistics. docs/formats.md documents the files.
package assign

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chapterwise/chapterwise/quiz"
)

// The file formats and the versions this build reads and writes.
const (
	AssignmentFormat = "chapterwise-assignment"
	ResultFormat     = "chapterwise-result"
	Version          = 1
)

// Limits on untrusted files. Every count and string is capped.
const (
	MaxAssignmentBytes = quiz.MaxArticleBytes + 4<<20 // the article text may travel inside
	MaxResultBytes     = 2 << 20
	MaxQuestions       = 200
	MaxOptions         = 12
	MaxText            = 4000 // prompt, option, answer, explanation
	MaxShortText       = 200  // titles, names, ids
	MaxInstructions    = 10000
	MaxTimeLimit       = 24 * 60 * 60 // seconds
)

// Feedback says when students see whether they were right.
type Feedback string

// The feedback settings.
const (
	FeedbackImmediate   Feedback = "immediate"    // after each answer (the file holds the key)
	FeedbackAfterSubmit Feedback = "after_submit" // when the student submits (the file holds the key)
	FeedbackTeacherOnly Feedback = "teacher_only" // only in the teacher's grading: no key in the file
)

// ArticleRef names the article an assignment is about.
type ArticleRef struct {
	Title   string `json:"title"`
	Hash    string `json:"hash"` // sha256 of the article file, hex
	Builtin bool   `json:"builtin"`
	Text    string `json:"text,omitempty"` // the article itself when it is not built in
}

// Question is one question of an assignment. Answer is empty in a file
// whose feedback is teacher_only.
type Question struct {
	ID          string            `json:"id"`
	Type        quiz.QuestionType `json:"type"`
	Prompt      string            `json:"prompt"`
	Options     []string          `json:"options,omitempty"`
	Choices     []string          `json:"choices,omitempty"`
	Answer      []string          `json:"answer,omitempty"`
	Accept      []string          `json:"accept,omitempty"`  // other right forms of a typed answer ("ERP")
	Grading     string            `json:"grading,omitempty"` // GradingKeyWords, GradingDate, or empty: the answer's words as a whole
	Explanation string            `json:"explanation,omitempty"`
	Chapter     int               `json:"chapter"`
	FactKeys    []string          `json:"fact_keys,omitempty"`
}

// GradingKeyWords marks a typed question answered by a phrase: an answer
// is right when it names enough of the phrase's key words (quiz.Question
// grades it so), not only when it is the phrase.
const GradingKeyWords = "key_words"

// GradingDate marks a typed question answered by a date: the same day
// written otherwise is right, and the year alone where the prompt says so.
const GradingDate = "date"

// Assignment is a quiz a teacher hands out.
type Assignment struct {
	Format          string     `json:"format"`
	Version         int        `json:"version"`
	ID              string     `json:"id"`
	Title           string     `json:"title"`
	Instructions    string     `json:"instructions,omitempty"`
	Teacher         string     `json:"teacher,omitempty"`
	Created         time.Time  `json:"created"`
	Due             *time.Time `json:"due,omitempty"`
	TimeLimitSec    int        `json:"time_limit_seconds,omitempty"`
	PassMark        float64    `json:"pass_mark"` // percent
	ShuffleQuestion bool       `json:"shuffle_questions"`
	ShuffleOptions  bool       `json:"shuffle_options"`
	Feedback        Feedback   `json:"feedback"`
	Article         ArticleRef `json:"article"`
	Questions       []Question `json:"questions"`
}

// HasKey reports whether the assignment carries its answer key.
func (a Assignment) HasKey() bool { return a.Feedback != FeedbackTeacherOnly }

// ForStudents is the assignment as it is handed out: without the key when
// feedback is for the teacher only.
func (a Assignment) ForStudents() Assignment {
	out := a
	out.Questions = slices.Clone(a.Questions)
	if !a.HasKey() {
		for i := range out.Questions {
			out.Questions[i].Answer, out.Questions[i].Accept = nil, nil
			out.Questions[i].Explanation = ""
		}
	}
	return out
}

// Answer is one answer in a result file.
type Answer struct {
	QuestionID string    `json:"question_id"`
	Given      []string  `json:"given"`
	AnsweredAt time.Time `json:"answered_at"`
	Seconds    float64   `json:"seconds"`
}

// ClaimedScore is the score a student's app computed. It is shown to the
// student where allowed and never trusted by the teacher's app.
type ClaimedScore struct {
	Points float64 `json:"points"`
	Max    int     `json:"max"`
}

// Result is a student's submission of an assignment.
type Result struct {
	Format       string        `json:"format"`
	Version      int           `json:"version"`
	AssignmentID string        `json:"assignment_id"`
	Student      string        `json:"student"`
	Started      time.Time     `json:"started"`
	Submitted    time.Time     `json:"submitted"`
	Answers      []Answer      `json:"answers"`
	Score        *ClaimedScore `json:"score,omitempty"`
}

// ErrInvalid marks every reason a file is refused.
var ErrInvalid = errors.New("not a valid file")

// InvalidError is why a file, or a part of it, is refused: Reason says
// it in words for the user. It is ErrInvalid.
type InvalidError struct {
	Reason string
}

func (e *InvalidError) Error() string { return ErrInvalid.Error() + ": " + e.Reason }

// Is makes every InvalidError ErrInvalid.
func (e *InvalidError) Is(target error) bool { return target == ErrInvalid }

func invalid(format string, a ...any) error {
	return &InvalidError{Reason: fmt.Sprintf(format, a...)}
}

// QuestionError is a question of an assignment that is refused; N counts
// from 1.
type QuestionError struct {
	N   int
	Err error
}

func (e *QuestionError) Error() string { return fmt.Sprintf("question %d: %v", e.N, e.Err) }
func (e *QuestionError) Unwrap() error { return e.Err }

// Explain says why err refused a file in words for the user: the reason
// without "not a valid file", and which question, if it was one. Other
// errors are given as they are.
func Explain(err error) string {
	var qe *QuestionError
	if errors.As(err, &qe) {
		return fmt.Sprintf("question %d: %s", qe.N, Explain(qe.Err))
	}
	var ie *InvalidError
	if errors.As(err, &ie) {
		return ie.Reason
	}
	return err.Error()
}

// ReadLimited reads all of r, refusing more than limit bytes before it
// has read them.
func ReadLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, sizeError{limit}
	}
	return data, nil
}

// decodeStrict reads at most limit bytes of JSON into v: valid UTF-8, no
// unknown fields, one value only.
func decodeStrict(r io.Reader, limit int64, v any, kind string) error {
	data, err := ReadLimited(r, limit)
	if err != nil {
		return fmt.Errorf("read %s: %w", kind, err)
	}
	if !utf8.Valid(data) {
		return invalid("the %s file is not valid UTF-8 text", kind)
	}
	// Check the format and version first, so an unknown version says so
	// rather than complaining about a field.
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return invalid("the %s file is not Chapterwise JSON (%v)", kind, err)
	}
	want := AssignmentFormat
	if kind == "result" {
		want = ResultFormat
	}
	if head.Format != want {
		return invalid("this is not a Chapterwise %s file (format %q)", kind, trim(head.Format))
	}
	if head.Version != Version {
		return invalid("this %s file is version %d; this Chapterwise reads version %d (update Chapterwise to open newer files)", kind, head.Version, Version)
	}
	if err := checkKeys(data, reflect.TypeOf(v)); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return invalid("the %s file has a field this Chapterwise does not know or of the wrong type (%v)", kind, err)
	}
	return nil
}

// trim shortens s to 40 characters for a message.
func trim(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		return string([]rune(s)[:40]) + "…"
	}
	return s
}

// DecodeAssignment reads and validates an assignment file.
func DecodeAssignment(r io.Reader) (Assignment, error) {
	var a Assignment
	if err := decodeStrict(r, MaxAssignmentBytes, &a, "assignment"); err != nil {
		return Assignment{}, err
	}
	if err := a.Validate(); err != nil {
		return Assignment{}, err
	}
	return a, nil
}

// DecodeResult reads and validates a result file (on its own; Check
// tests it against its assignment).
func DecodeResult(r io.Reader) (Result, error) {
	var res Result
	if err := decodeStrict(r, MaxResultBytes, &res, "result"); err != nil {
		return Result{}, err
	}
	if err := res.Validate(); err != nil {
		return Result{}, err
	}
	return res, nil
}

// Encode writes v as indented JSON.
func Encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func checkText(what, s string, max int, required bool) error {
	if required && strings.TrimSpace(s) == "" {
		return invalid("%s is empty", what)
	}
	if utf8.RuneCountInString(s) > max {
		return invalid("%s is longer than %d characters", what, max)
	}
	if strings.ContainsRune(s, 0) {
		return invalid("%s contains a NUL character", what)
	}
	return nil
}

// Validate checks every field of an assignment file: with the key when
// students get feedback, without it when only the teacher grades.
func (a Assignment) Validate() error { return a.validate(a.HasKey()) }

// ValidateFull checks the teacher's own copy, which always has the key.
func (a Assignment) ValidateFull() error { return a.validate(true) }

func (a Assignment) validate(withKey bool) error {
	if a.Format != AssignmentFormat || a.Version != Version {
		return invalid("unknown format %q version %d", trim(a.Format), a.Version)
	}
	for _, c := range []struct {
		what string
		s    string
		max  int
		req  bool
	}{
		{"the assignment id", a.ID, MaxShortText, true},
		{"the title", a.Title, MaxShortText, true},
		{"the teacher's name", a.Teacher, MaxShortText, false},
		{"the instructions", a.Instructions, MaxInstructions, false},
		{"the article title", a.Article.Title, MaxShortText * 2, true},
		{"the article hash", a.Article.Hash, 64, true},
	} {
		if err := checkText(c.what, c.s, c.max, c.req); err != nil {
			return err
		}
	}
	if len(a.Article.Text) > quiz.MaxArticleBytes {
		return invalid("the article text is larger than %d MB", quiz.MaxArticleBytes>>20)
	}
	if a.Article.Text != "" && quiz.ContentHash([]byte(a.Article.Text)) != a.Article.Hash {
		return invalid("the article text does not match its hash")
	}
	if a.TimeLimitSec < 0 || a.TimeLimitSec > MaxTimeLimit {
		return invalid("the time limit must be between 0 and %d seconds", MaxTimeLimit)
	}
	if a.PassMark < 0 || a.PassMark > 100 {
		return invalid("the pass mark must be a percentage from 0 to 100")
	}
	switch a.Feedback {
	case FeedbackImmediate, FeedbackAfterSubmit, FeedbackTeacherOnly:
	default:
		return invalid("unknown feedback setting %q", trim(string(a.Feedback)))
	}
	if len(a.Questions) == 0 {
		return invalid("the assignment has no questions")
	}
	if len(a.Questions) > MaxQuestions {
		return invalid("the assignment has %d questions; at most %d are allowed", len(a.Questions), MaxQuestions)
	}
	ids := map[string]bool{}
	for i, q := range a.Questions {
		if err := q.validate(withKey); err != nil {
			return &QuestionError{N: i + 1, Err: err}
		}
		if ids[q.ID] {
			return invalid("question id %q is used twice", trim(q.ID))
		}
		ids[q.ID] = true
	}
	return nil
}

// Validate checks one question on its own, with its answer, as the
// teacher writes it; the error is an InvalidError.
func (q Question) Validate() error { return q.validate(true) }

func (q Question) validate(withKey bool) error {
	if err := checkText("the question id", q.ID, MaxShortText, true); err != nil {
		return err
	}
	if err := checkText("the prompt", q.Prompt, MaxText, true); err != nil {
		return err
	}
	if err := checkText("the explanation", q.Explanation, MaxText, false); err != nil {
		return err
	}
	if q.Chapter < 0 || q.Chapter > 10000 {
		return invalid("chapter %d is out of range", q.Chapter)
	}
	if len(q.Options) > MaxOptions || len(q.Choices) > MaxOptions || len(q.Answer) > MaxOptions || len(q.Accept) > MaxOptions || len(q.FactKeys) > MaxOptions {
		return invalid("more than %d options", MaxOptions)
	}
	if (len(q.Accept) > 0 || q.Grading != "") && q.Type != quiz.FillIn {
		return invalid("only a fill-in question has accepted forms or a way of grading")
	}
	if q.Grading != "" && q.Grading != GradingKeyWords && q.Grading != GradingDate {
		return invalid("unknown grading %q", trim(q.Grading))
	}
	for _, list := range [][]string{q.Options, q.Choices, q.Answer, q.Accept, q.FactKeys} {
		for _, s := range list {
			if err := checkText("an option", s, MaxText, false); err != nil {
				return err
			}
		}
	}
	distinct := func(xs []string) bool {
		seen := map[string]bool{}
		for _, x := range xs {
			if seen[x] || strings.TrimSpace(x) == "" {
				return false
			}
			seen[x] = true
		}
		return true
	}
	switch q.Type {
	case quiz.MultipleChoice, quiz.TrueFalse:
		if len(q.Options) < 2 || !distinct(q.Options) {
			return invalid("a choice question needs at least two different options")
		}
		if q.Type == quiz.TrueFalse && len(q.Options) != 2 {
			return invalid("a true/false question has exactly two options, not %d", len(q.Options))
		}
		if withKey && (len(q.Answer) != 1 || !slices.Contains(q.Options, q.Answer[0])) {
			return invalid("the answer is not one of the options")
		}
	case quiz.FillIn:
		if len(q.Options) != 0 {
			return invalid("a fill-in question has no options")
		}
		if withKey && (len(q.Answer) != 1 || strings.TrimSpace(q.Answer[0]) == "") {
			return invalid("a fill-in question needs one answer")
		}
	case quiz.Ordering:
		if len(q.Options) < 2 || !distinct(q.Options) {
			return invalid("an ordering question needs at least two different items")
		}
		if withKey && !samePermutation(q.Answer, q.Options) {
			return invalid("the answer of an ordering question must be its items in order")
		}
	case quiz.Matching:
		if len(q.Options) < 2 || len(q.Choices) != len(q.Options) || !distinct(q.Options) || !distinct(q.Choices) {
			return invalid("a matching question needs as many different choices as items")
		}
		if withKey && !samePermutation(q.Answer, q.Choices) {
			return invalid("the answer of a matching question must use each choice once")
		}
	default:
		return invalid("unknown question type %q", trim(string(q.Type)))
	}
	if !withKey && (len(q.Answer) > 0 || len(q.Accept) > 0 || q.Explanation != "") {
		return invalid("a teacher_only file holds an answer or an explanation; it must hold neither")
	}
	return nil
}

func samePermutation(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// Validate checks a result on its own.
func (r Result) Validate() error {
	if r.Format != ResultFormat || r.Version != Version {
		return invalid("unknown format %q version %d", trim(r.Format), r.Version)
	}
	if err := checkText("the assignment id", r.AssignmentID, MaxShortText, true); err != nil {
		return err
	}
	if err := checkText("the student's name", r.Student, MaxShortText, true); err != nil {
		return err
	}
	if len(r.Answers) > MaxQuestions {
		return invalid("the result has %d answers; at most %d are allowed", len(r.Answers), MaxQuestions)
	}
	if r.Submitted.IsZero() {
		return invalid("the result has no submission time")
	}
	seen := map[string]bool{}
	for _, a := range r.Answers {
		if err := checkText("a question id", a.QuestionID, MaxShortText, true); err != nil {
			return err
		}
		if seen[a.QuestionID] {
			return invalid("question %q is answered twice", trim(a.QuestionID))
		}
		seen[a.QuestionID] = true
		if len(a.Given) > MaxOptions {
			return invalid("an answer has more than %d parts", MaxOptions)
		}
		for _, g := range a.Given {
			if err := checkText("an answer", g, MaxText, false); err != nil {
				return err
			}
		}
		if a.Seconds < 0 || a.Seconds > 7*24*3600 {
			return invalid("an answer took an impossible time")
		}
	}
	return nil
}

// ToQuiz turns an assignment question into a quiz question.
func (q Question) ToQuiz() quiz.Question {
	out := quiz.Question{Type: q.Type, Prompt: q.Prompt, Options: slices.Clone(q.Options), Choices: slices.Clone(q.Choices),
		Answer: slices.Clone(q.Answer), Accept: slices.Clone(q.Accept), Explanation: q.Explanation, Chapter: q.Chapter,
		FactKeys: slices.Clone(q.FactKeys)}
	switch q.Grading {
	case GradingKeyWords:
		out.Kind = quiz.ClauseFact
	case GradingDate:
		out.Kind = quiz.DateFact
	}
	return out
}

// FromQuiz makes an assignment question from a generated one, with the
// forms and the way its typed answer is graded, so a student's answer is
// marked as it would be in a practice quiz.
func FromQuiz(id string, q quiz.Question) Question {
	out := Question{ID: id, Type: q.Type, Prompt: q.Prompt, Options: slices.Clone(q.Options), Choices: slices.Clone(q.Choices),
		Answer: slices.Clone(q.Answer), Explanation: q.Explanation, Chapter: q.Chapter, FactKeys: slices.Clone(q.FactKeys)}
	if q.Type == quiz.FillIn {
		out.Accept = slices.Clone(q.Accept)
		switch q.Kind {
		case quiz.ClauseFact:
			out.Grading = GradingKeyWords
		case quiz.DateFact:
			out.Grading = GradingDate
		}
	}
	return out
}
