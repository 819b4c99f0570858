package assign

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

func sampleAssignment() Assignment {
	due := time.Date(2026, 3, 10, 17, 0, 0, 0, time.UTC)
	text := "# A small article\n\nIt began in 1990."
	return Assignment{Format: AssignmentFormat, Version: Version, ID: "a1", Title: "Week 1", Instructions: "Answer all.",
		Teacher: "Ms K", Created: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), Due: &due, TimeLimitSec: 600, PassMark: 60,
		Feedback: FeedbackAfterSubmit,
		Article:  ArticleRef{Title: "A small article", Hash: quiz.ContentHash([]byte(text)), Text: text},
		Questions: []Question{
			{ID: "q1", Type: quiz.MultipleChoice, Prompt: "When?", Options: []string{"1990", "1991", "1992"}, Answer: []string{"1990"}},
			{ID: "q2", Type: quiz.TrueFalse, Prompt: "True?", Options: []string{"True", "False"}, Answer: []string{"False"}},
			{ID: "q3", Type: quiz.FillIn, Prompt: "Who?", Answer: []string{"Kim Dae-jung"}},
			{ID: "q4", Type: quiz.Ordering, Prompt: "Order", Options: []string{"b", "a", "c"}, Answer: []string{"a", "b", "c"}},
			{ID: "q5", Type: quiz.Matching, Prompt: "Match", Options: []string{"x", "y"}, Choices: []string{"Y", "X"}, Answer: []string{"X", "Y"}},
		},
	}
}

func encode(t testing.TB, v any) []byte {
	var b bytes.Buffer
	if err := Encode(&b, v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestAssignmentRoundTripAndKeyStripping(t *testing.T) {
	a := sampleAssignment()
	got, err := DecodeAssignment(bytes.NewReader(encode(t, a)))
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != a.ID || len(got.Questions) != 5 || got.Questions[4].Answer[1] != "Y" || !got.Due.Equal(*a.Due) {
		t.Errorf("round trip = %+v", got)
	}
	a.Feedback = FeedbackTeacherOnly
	student := a.ForStudents()
	raw := encode(t, student)
	if bytes.Contains(raw, []byte(`"answer"`)) || bytes.Contains(raw, []byte("Kim Dae-jung")) {
		t.Error("a teacher-only file holds the key")
	}
	if _, err := DecodeAssignment(bytes.NewReader(raw)); err != nil {
		t.Errorf("a keyless file is refused: %v", err)
	}
	if a.Questions[2].Answer == nil {
		t.Error("ForStudents changed the teacher's copy")
	}
}

// A generated question handed out grades a student's answer as a practice
// quiz does: a phrase by its key words, a date by its day or, where the
// prompt says so, its year, a name by its short form. Without the fields
// an assignment marked "to stop the reform spreading" wrong for a
// question whose article answer was a longer phrase.
func TestHandedOutQuestionsGradeAsPractice(t *testing.T) {
	generated := []quiz.Question{
		{Type: quiz.FillIn, Kind: quiz.ClauseFact, Prompt: "Why did Moscow send troops?",
			Answer: []string{"to stop the reforms from spreading into Ukraine"}},
		{Type: quiz.FillIn, Kind: quiz.DateFact, Prompt: "When was the treaty signed? (the year alone is enough)",
			Answer: []string{"16 October 1962"}},
		{Type: quiz.FillIn, Kind: quiz.PolicyFact, Prompt: "Which programme …?",
			Answer: []string{"European Recovery Program"}, Accept: []string{"ERP"}},
	}
	given := []string{"to stop reforms spreading to Ukraine", "1962", "ERP"}
	a := sampleAssignment()
	a.Questions = nil
	for i, q := range generated {
		a.Questions = append(a.Questions, FromQuiz(fmt.Sprintf("g%d", i), q))
	}
	got, err := DecodeAssignment(bytes.NewReader(encode(t, a)))
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range got.Questions {
		if v := q.ToQuiz().Grade([]string{given[i]}); !v.Correct {
			t.Errorf("%q for %q (%s) is marked wrong: %s", given[i], q.Prompt, q.Grading, v.Note)
		}
		if v := generated[i].Grade([]string{given[i]}); !v.Correct {
			t.Errorf("the practice quiz marks %q wrong: the test's answer is not right", given[i])
		}
	}
	a.Feedback = FeedbackTeacherOnly
	if raw := encode(t, a.ForStudents()); bytes.Contains(raw, []byte("ERP")) {
		t.Error("a teacher-only file holds an accepted answer")
	}
}

// TestHostileAssignmentFiles: each bad file is refused with the message
// the user sees.
func TestHostileAssignmentFiles(t *testing.T) {
	good := string(encode(t, sampleAssignment()))
	many := sampleAssignment()
	for i := 0; i < 100000; i++ {
		many.Questions = append(many.Questions, Question{ID: "x" + string(rune('a'+i%26)) + strings.Repeat("i", i%7), Type: quiz.FillIn, Prompt: "p", Answer: []string{"a"}})
	}
	dup := sampleAssignment()
	dup.Questions[1].ID = "q1"
	wrongKey := sampleAssignment()
	wrongKey.Questions[0].Answer = []string{"2001"}
	badHash := sampleAssignment()
	badHash.Article.Text += "!"
	for _, tc := range []struct {
		name, file, want string
	}{
		{"empty", "", "not Chapterwise JSON"},
		{"huge", `{"format":"chapterwise-assignment","version":1,"title":"` + strings.Repeat("x", MaxAssignmentBytes) + `"}`, "larger than"},
		{"deeply nested", strings.Repeat("[", 100000) + strings.Repeat("]", 100000), "not Chapterwise JSON"},
		{"wrong types", strings.Replace(good, `"pass_mark": 60`, `"pass_mark": "sixty"`, 1), "wrong type"},
		{"invalid UTF-8", strings.Replace(good, "Week 1", "Week \xff", 1), "not valid UTF-8"},
		{"100,000 questions", string(encode(t, many)), "at most 200"},
		{"duplicate ids", string(encode(t, dup)), "used twice"},
		{"unknown field", strings.Replace(good, `"title"`, `"evil": 1, "title"`, 1), "does not know"},
		{"newer version", strings.Replace(good, `"version": 1`, `"version": 2`, 1), "version 2"},
		{"result file", strings.Replace(good, AssignmentFormat, ResultFormat, 1), "not a Chapterwise assignment"},
		{"answer not an option", string(encode(t, wrongKey)), "not one of the options"},
		{"article does not match its hash", string(encode(t, badHash)), "does not match its hash"},
		{"two values", good + good, "not Chapterwise JSON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeAssignment(strings.NewReader(tc.file))
			if err == nil || !errors.Is(err, ErrInvalid) && tc.name != "huge" || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to say %q", err, tc.want)
			}
		})
	}
}

func sampleResult() Result {
	at := time.Date(2026, 3, 9, 10, 0, 0, 0, time.UTC)
	return Result{Format: ResultFormat, Version: Version, AssignmentID: "a1", Student: "Bo", Started: at.Add(-5 * time.Minute), Submitted: at,
		Answers: []Answer{
			{QuestionID: "q1", Given: []string{"1990"}, AnsweredAt: at, Seconds: 10},
			{QuestionID: "q2", Given: []string{"True"}, AnsweredAt: at, Seconds: 5},
			{QuestionID: "q3", Given: []string{"kim dae jung"}, AnsweredAt: at, Seconds: 20},
			{QuestionID: "q4", Given: []string{"a", "c", "b"}, AnsweredAt: at, Seconds: 30},
		},
		Score: &ClaimedScore{Points: 5, Max: 5}, // a lie: never trusted
	}
}

func TestGradeIgnoresTheClaimedScore(t *testing.T) {
	a := sampleAssignment()
	r := sampleResult()
	got, err := DecodeResult(bytes.NewReader(encode(t, r)))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Grade(a, got)
	if err != nil {
		t.Fatal(err)
	}
	// q1 right, q2 wrong, q3 right (spelling tolerated), q4 1 of 3 in
	// place (0.33), q5 unanswered: 2.33 of 5 = 46.6 %, below 60: fail.
	if g.Points != 2.33 || g.Max != 5 || g.Passed || g.Late || math.Abs(g.Percent-46.6) > 0.01 {
		t.Errorf("graded = %+v", g)
	}
	if g.Answers[4].Answered || !g.Answers[2].Correct || g.Answers[3].Points != 0.33 {
		t.Errorf("answers = %+v", g.Answers)
	}
	late := r
	late.Submitted = a.Due.Add(time.Minute)
	if g, _ := Grade(a, late); !g.Late {
		t.Error("a submission after the due time is not late")
	}
	for _, tc := range []struct {
		name string
		edit func(*Result)
		want string
	}{
		{"another assignment", func(r *Result) { r.AssignmentID = "zz" }, "another assignment"},
		{"unknown question", func(r *Result) { r.Answers[0].QuestionID = "q9" }, "does not have"},
		{"answer not an option", func(r *Result) { r.Answers[0].Given = []string{"2001"} }, "does not fit"},
		{"ordering with other items", func(r *Result) { r.Answers[3].Given = []string{"a", "b", "z"} }, "does not fit"},
	} {
		bad := sampleResult()
		tc.edit(&bad)
		if _, err := Grade(a, bad); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v", tc.name, err)
		}
	}
}

func TestHostileResultFiles(t *testing.T) {
	good := string(encode(t, sampleResult()))
	dup := sampleResult()
	dup.Answers[1].QuestionID = "q1"
	for _, tc := range []struct{ name, file, want string }{
		{"huge", `{"format":"chapterwise-result","version":1,"student":"` + strings.Repeat("x", MaxResultBytes) + `"}`, "larger than"},
		{"duplicate answers", string(encode(t, dup)), "answered twice"},
		{"no student", strings.Replace(good, `"student": "Bo"`, `"student": ""`, 1), "name is empty"},
		{"wrong type", strings.Replace(good, `"seconds": 10`, `"seconds": "ten"`, 1), "wrong type"},
		{"assignment file", strings.Replace(good, ResultFormat, AssignmentFormat, 1), "not a Chapterwise result"},
	} {
		if _, err := DecodeResult(strings.NewReader(tc.file)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

// TestItemAnalysisHandWorked: 10 students, 4 questions; groups of 3
// (27 % of 10). Worked by hand in the comments.
func TestItemAnalysisHandWorked(t *testing.T) {
	// q1 all right; q2 s0-s4 right; q3 s7-s9 right; q4 s0-s5 right.
	// Totals: s0-s4 = 3, s5 = 2, s6 = 1, s7-s9 = 2. Ranked: s0 s1 s2 s3
	// s4 s5 s7 s8 s9 s6. Top: s0 s1 s2; bottom: s6 s9 s8.
	p := make([][]float64, 10)
	for s := range p {
		p[s] = []float64{1, 0, 0, 0}
		if s <= 4 {
			p[s][1] = 1
		}
		if s >= 7 {
			p[s][2] = 1
		}
		if s <= 5 {
			p[s][3] = 1
		}
	}
	items := Analyse([]string{"q1", "q2", "q3", "q4"}, p)
	want := []struct {
		fac, disc float64
		verdict   string
	}{
		{1, 0, "too easy"},
		{0.5, 1, "good"},
		{0.3, -2.0 / 3, "misleading: weaker students did better"},
		{0.6, 1, "good"},
	}
	for i, w := range want {
		it := items[i]
		if math.Abs(it.Facility-w.fac) > 1e-9 || math.Abs(it.Discrimination-w.disc) > 1e-9 || it.Verdict() != w.verdict {
			t.Errorf("%s = %+v %q, want facility %v discrimination %v %q", it.QuestionID, it, it.Verdict(), w.fac, w.disc, w.verdict)
		}
	}
	if got := Analyse([]string{"q"}, nil); got[0].Verdict() != "no answers yet" {
		t.Errorf("empty class = %+v", got)
	}
}

func FuzzDecodeAssignment(f *testing.F) {
	f.Add(encode(f, sampleAssignment()))
	a := sampleAssignment()
	a.Feedback = FeedbackTeacherOnly
	f.Add(encode(f, a.ForStudents()))
	f.Add([]byte(`{"format":"chapterwise-assignment","version":1}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeAssignment(bytes.NewReader(data))
		if err != nil {
			return
		}
		// whatever is accepted is valid and survives a round trip
		if err := a.Validate(); err != nil {
			t.Fatalf("accepted an invalid assignment: %v", err)
		}
		if _, err := DecodeAssignment(bytes.NewReader(encode(t, a))); err != nil {
			t.Fatalf("an accepted assignment does not round-trip: %v", err)
		}
	})
}

func FuzzDecodeResult(f *testing.F) {
	f.Add(encode(f, sampleResult()))
	f.Add([]byte(`{"format":"chapterwise-result","version":1,"answers":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeResult(bytes.NewReader(data))
		if err != nil {
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("accepted an invalid result: %v", err)
		}
		// grading an accepted result never panics
		_, _ = Grade(sampleAssignment(), r)
	})
}

func TestWorksheetPDFHasTheExpectedPages(t *testing.T) {
	a := sampleAssignment()
	var buf bytes.Buffer
	n, err := WorksheetPDF(&buf, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	// five short questions fit on one page; the key is on its own page
	if n != 2 {
		t.Errorf("pages = %d, want 2", n)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) || bytes.Count(buf.Bytes(), []byte("/Type /Page\n")) != n {
		t.Errorf("not a %d-page PDF: %d page objects", n, bytes.Count(buf.Bytes(), []byte("/Type /Page\n")))
	}
	// 60 questions run over several pages, and the key starts a new one
	for i := 0; len(a.Questions) < 60; i++ {
		q := a.Questions[i%5]
		q.ID = q.ID + "-" + string(rune('a'+i%26)) + strings.Repeat("x", i/26)
		a.Questions = append(a.Questions, q)
	}
	buf.Reset()
	n, err = WorksheetPDF(&buf, a, nil)
	if err != nil || n < 5 {
		t.Errorf("60 questions: %d pages, %v", n, err)
	}
	if got := keyText(a.Questions[4]); !strings.Contains(got, "1 → B (X)") {
		t.Errorf("matching key = %q", got)
	}
}
