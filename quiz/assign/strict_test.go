package assign

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

// TestStrictDecodersRefuse: files that encoding/json alone would accept
// but that break a rule of docs/formats.md, or that two JSON readers
// would read differently.
func TestStrictDecodersRefuse(t *testing.T) {
	good := string(encode(t, sampleAssignment()))
	keyless := sampleAssignment()
	keyless.Feedback = FeedbackTeacherOnly
	keyless = keyless.ForStudents()
	withExplanation := keyless
	withExplanation.Questions = append([]Question(nil), keyless.Questions...)
	withExplanation.Questions[0].Explanation = "It began in 1990."
	threeWay := sampleAssignment()
	threeWay.Questions[1].Options = []string{"True", "False", "Maybe"}
	wide := sampleAssignment()
	wide.Title = strings.Repeat("é", MaxShortText) // 200 characters, 400 bytes
	tooWide := sampleAssignment()
	tooWide.Title = strings.Repeat("é", MaxShortText+1)
	for _, tc := range []struct {
		name, file, want string // want "" = accepted
	}{
		{"teacher_only with an explanation", string(encode(t, withExplanation)), "explanation"},
		{"teacher_only without key or explanation", string(encode(t, keyless)), ""},
		{"true/false with three options", string(encode(t, threeWay)), "exactly two options"},
		{"200 two-byte characters in a title", string(encode(t, wide)), ""},
		{"201 characters in a title", string(encode(t, tooWide)), "longer than 200 characters"},
		{"duplicate key", strings.Replace(good, `"title": "Week 1"`, `"title": "Week 1", "title": "Week 2"`, 1), "appears twice"},
		{"duplicate key in a question", strings.Replace(good, `"prompt": "When?"`, `"prompt": "When?", "prompt": "Why?"`, 1), "appears twice"},
		{"differently-cased keys", strings.Replace(good, `"title": "Week 1"`, `"title": "Week 1", "Title": "Week 2"`, 1), "differ only in case"},
		{"a key in other case", strings.Replace(good, `"pass_mark"`, `"PASS_MARK"`, 1), "must be written \"pass_mark\""},
		{"a key with the Kelvin sign", strings.Replace(good, `"feedback": "after_submit"`, `"feedbac\u212a": "immediate"`, 1), "must be written \"feedback\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeAssignment(strings.NewReader(tc.file))
			if tc.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to say %q", err, tc.want)
			}
		})
	}
}

func TestStrictResultKeys(t *testing.T) {
	good := string(encode(t, sampleResult()))
	for _, tc := range []struct{ name, file, want string }{
		{"two students", strings.Replace(good, `"student": "Bo"`, `"student": "Bo", "student": "Ana"`, 1), "appears twice"},
		{"two submitted times in other case", strings.Replace(good, `"submitted"`, `"Submitted": "9999-12-31T00:00:00Z", "submitted"`, 1), "must be written \"submitted\""},
		{"two submitted times, second in other case", strings.Replace(good, `"answers"`, `"SUBMITTED": "9999-12-31T00:00:00Z", "answers"`, 1), "differ only in case"},
		{"duplicate key inside an answer", strings.Replace(good, `"seconds": 10`, `"seconds": 10, "seconds": 11`, 1), "appears twice"},
		{"a name of 200 characters in three bytes each", strings.Replace(good, `"Bo"`, `"`+strings.Repeat("한", MaxShortText)+`"`, 1), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeResult(strings.NewReader(tc.file))
			if tc.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to say %q", err, tc.want)
			}
		})
	}
}

// TestResultTimes: a result cannot have been submitted after it is
// imported (beyond the clock skew) or started after it was submitted.
func TestResultTimes(t *testing.T) {
	imported := time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name               string
		started, submitted time.Time
		want               string
	}{
		{"an hour before", imported.Add(-2 * time.Hour), imported.Add(-time.Hour), ""},
		{"student's clock a little fast", imported.Add(-time.Hour), imported.Add(MaxClockSkew), ""},
		{"just beyond the skew", imported.Add(-time.Hour), imported.Add(MaxClockSkew + time.Second), "after it was imported"},
		{"year 9999", imported, time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), "after it was imported"},
		{"started after submitted", imported.Add(-time.Minute), imported.Add(-time.Hour), "started after"},
		{"no start time", time.Time{}, imported, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := sampleResult()
			r.Started, r.Submitted = tc.started, tc.submitted
			err := r.CheckTimes(imported)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to say %q", err, tc.want)
			}
		})
	}
}

// BenchmarkDecodeAssignmentWithArticle decodes a 200-question assignment
// that carries a 10 MB article: the cost of the key check on the largest
// files (compare BenchmarkDecodeAssignmentKeysOnly).
func BenchmarkDecodeAssignmentWithArticle(b *testing.B) {
	raw := bigAssignment(b)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := DecodeAssignment(bytes.NewReader(raw)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeAssignmentKeysOnly is the key check alone on the same file.
func BenchmarkDecodeAssignmentKeysOnly(b *testing.B) {
	raw := bigAssignment(b)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if err := checkKeys(raw, reflect.TypeOf(&Assignment{})); err != nil {
			b.Fatal(err)
		}
	}
}

func bigAssignment(b *testing.B) []byte {
	a := sampleAssignment()
	a.Article.Text = strings.Repeat("It began in 1990. Kim Dae-jung met Kim Jong-il in Pyongyang.\n", 10<<20/62)
	a.Article.Hash = quiz.ContentHash([]byte(a.Article.Text))
	for i := len(a.Questions); i < MaxQuestions; i++ {
		a.Questions = append(a.Questions, Question{ID: fmt.Sprint("x", i), Type: quiz.MultipleChoice, Prompt: "When did it begin?",
			Options: []string{"1990", "1991", "1992", "1993"}, Answer: []string{"1990"}, Explanation: "It began in 1990."})
	}
	return encode(b, a)
}
