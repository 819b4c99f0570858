package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

func teachAssignment(feedback assign.Feedback) assign.Assignment {
	due := time.Date(2026, 3, 10, 17, 0, 0, 0, time.UTC)
	return assign.Assignment{Format: assign.AssignmentFormat, Version: assign.Version, ID: "hw1", Title: "Homework 1",
		Created: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), Due: &due, PassMark: 50, Feedback: feedback,
		Article: assign.ArticleRef{Title: "T", Hash: quiz.ContentHash([]byte("x")), Builtin: true},
		Questions: []assign.Question{
			{ID: "q1", Type: quiz.MultipleChoice, Prompt: "When?", Options: []string{"1990", "1992"}, Answer: []string{"1992"}, FactKeys: []string{"f1"}},
			{ID: "q2", Type: quiz.FillIn, Prompt: "Who?", Answer: []string{"Kim"}, Chapter: 1},
			{ID: "q3", Type: quiz.TrueFalse, Prompt: "T?", Options: []string{"True", "False"}, Answer: []string{"True"}, Chapter: 1},
		}}
}

func resultFile(t testing.TB, student string, at time.Time, given ...string) []byte {
	r := assign.Result{Format: assign.ResultFormat, Version: assign.Version, AssignmentID: "hw1", Student: student,
		Started: at.Add(-time.Minute), Submitted: at, Score: &assign.ClaimedScore{Points: 3, Max: 3}}
	for i, g := range given {
		if g != "-" {
			r.Answers = append(r.Answers, assign.Answer{QuestionID: fmt.Sprint("q", i+1), Given: []string{g}, AnsweredAt: at, Seconds: 4})
		}
	}
	var b bytes.Buffer
	if err := assign.Encode(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestProfilesAndPIN(t *testing.T) {
	s, _ := newTestStore(t)
	me, _ := s.DefaultProfile()
	teacher, err := s.CreateProfile("Ms K", quiz.Teacher)
	if err != nil || teacher.Role != quiz.Teacher {
		t.Fatal(teacher, err)
	}
	if _, err := s.CreateProfile(" Ms K ", quiz.Student); !errors.Is(err, ErrNameTaken) {
		t.Errorf("duplicate name: %v", err)
	}
	if _, err := s.CreateProfile("", quiz.Student); !errors.Is(err, ErrProfileName) {
		t.Errorf("empty name: %v", err)
	}
	list, _ := s.Profiles()
	if len(list) != 2 || list[0].ID != me.ID {
		t.Errorf("profiles = %+v", list)
	}
	if err := s.SetPIN(teacher.ID, "", "12a4"); !errors.Is(err, ErrPINFormat) {
		t.Errorf("letters in a PIN: %v", err)
	}
	if err := s.CheckPIN(teacher.ID, "anything"); err != nil {
		t.Errorf("no PIN set yet: %v", err)
	}
	if err := s.SetPIN(teacher.ID, "", "4821"); err != nil {
		t.Fatal(err)
	}
	var hash string
	s.db.Raw("SELECT pin_hash FROM profiles WHERE id = ?", teacher.ID).Scan(&hash)
	if !strings.HasPrefix(hash, "$2a$11$") || strings.Contains(hash, "4821") {
		t.Errorf("stored PIN hash = %q, want a salted bcrypt hash", hash)
	}
	if err := s.CheckPIN(teacher.ID, "4820"); !errors.Is(err, ErrWrongPIN) {
		t.Errorf("wrong PIN: %v", err)
	}
	if err := s.CheckPIN(teacher.ID, "4821"); err != nil {
		t.Errorf("right PIN: %v", err)
	}
	if has, _ := s.HasPIN(me.ID); has {
		t.Error("the student has a PIN")
	}
}

// TestPINChangeNeedsCurrentPIN: once a profile has a PIN, nobody can
// change or remove it without giving it.
func TestPINChangeNeedsCurrentPIN(t *testing.T) {
	s, _ := newTestStore(t)
	teacher, _ := s.CreateProfile("Ms K", quiz.Teacher)
	if err := s.SetPIN(teacher.ID, "", "4821"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, current, pin string
	}{
		{"remove without the PIN", "", ""},
		{"remove with a wrong PIN", "1111", ""},
		{"change without the PIN", "", "9999"},
		{"change with a wrong PIN", "4820", "9999"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := s.SetPIN(teacher.ID, c.current, c.pin); !errors.Is(err, ErrWrongPIN) {
				t.Errorf("SetPIN = %v, want ErrWrongPIN", err)
			}
			if has, _ := s.HasPIN(teacher.ID); !has {
				t.Fatal("the PIN is gone")
			}
			s.pins.succeeded(teacher.ID) // these guesses are not what this test is about
		})
	}
	if err := s.SetPIN(teacher.ID, "4821", "2468"); err != nil {
		t.Fatalf("change with the PIN: %v", err)
	}
	if err := s.CheckPIN(teacher.ID, "2468"); err != nil {
		t.Fatalf("the new PIN: %v", err)
	}
	if err := s.SetPIN(teacher.ID, "2468", ""); err != nil {
		t.Fatalf("remove with the PIN: %v", err)
	}
	if has, _ := s.HasPIN(teacher.ID); has {
		t.Error("the PIN was not removed")
	}
}

// TestWrongPINsWaitLonger: after the free guesses each wrong PIN makes
// the next guess wait longer; a guess that comes too soon is refused
// without being checked, even when it is right; the right PIN after the
// wait clears the count. The clock is the Store's, so nothing sleeps.
func TestWrongPINsWaitLonger(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	s, err := Open(filepath.Join(t.TempDir(), "pin.db"), WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	teacher, _ := s.CreateProfile("Ms K", quiz.Teacher)
	if err := s.SetPIN(teacher.ID, "", "4821"); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= FreePINGuesses; i++ {
		if err := s.CheckPIN(teacher.ID, "0000"); !errors.Is(err, ErrWrongPIN) {
			t.Fatalf("free guess %d: %v", i, err)
		}
	}
	var last time.Duration
	for n := FreePINGuesses + 1; n <= FreePINGuesses+4; n++ {
		if err := s.CheckPIN(teacher.ID, "0000"); !errors.Is(err, ErrWrongPIN) {
			t.Fatalf("guess %d after waiting: %v", n, err)
		}
		var wait *PINWaitError
		if err := s.CheckPIN(teacher.ID, "4821"); !errors.As(err, &wait) || !errors.Is(err, ErrPINWait) {
			t.Fatalf("the right PIN right after wrong guess %d: %v, want a wait", n, err)
		}
		if wait.Wait != PINDelay(n) || wait.Wait <= last {
			t.Errorf("wait after %d wrong = %v, want %v and longer than %v", n, wait.Wait, PINDelay(n), last)
		}
		last = wait.Wait
		now = now.Add(wait.Wait)
	}
	if err := s.CheckPIN(teacher.ID, "4821"); err != nil {
		t.Fatalf("the right PIN after the wait: %v", err)
	}
	if err := s.CheckPIN(teacher.ID, "0000"); !errors.Is(err, ErrWrongPIN) {
		t.Fatalf("after a right PIN the count starts again: %v", err)
	}
	if PINDelay(1000) != 15*time.Minute {
		t.Errorf("PINDelay(1000) = %v, want the 15 minute cap", PINDelay(1000))
	}
}

// TestImportResultsGradebookAndCSV imports four files: two good, one
// duplicate and one for an unknown assignment, and checks the gradebook
// against hand-computed figures.
func TestImportResultsGradebookAndCSV(t *testing.T) {
	s, _ := newTestStore(t)
	teacher, _ := s.CreateProfile("Ms K", quiz.Teacher)
	if err := s.SaveAssignment(teacher.ID, teachAssignment(assign.FeedbackTeacherOnly)); err != nil {
		t.Fatal(err)
	}
	onTime := time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)
	late := time.Date(2026, 3, 11, 12, 0, 0, 0, time.UTC)
	other := bytes.Replace(resultFile(t, "Cy", onTime, "1992"), []byte(`"hw1"`), []byte(`"hw9"`), 1)
	files := []ResultFile{
		{"ana.cwresult", resultFile(t, "Ana", onTime, "1992", "kim", "True")}, // 3/3
		{"bo.cwresult", resultFile(t, "Bo", late, "1990", "-", "True")},       // 1/3, late
		{"bo-2.cwresult", resultFile(t, "Bo", late, "1990", "-", "True")},     // the same again
		{"cy.cwresult", other},
		{"junk.cwresult", []byte("{not json")},
		{"wrong.cwresult", resultFile(t, "Di", onTime, "2001")}, // not an option
	}
	out := s.ImportResults(teacher.ID, files)
	got := map[string]error{}
	for _, o := range out {
		got[o.File] = o.Err
	}
	if got["ana.cwresult"] != nil || !errors.Is(got["bo.cwresult"], nil) && !errors.Is(got["bo-2.cwresult"], nil) {
		t.Errorf("outcomes = %+v", out)
	}
	dups := 0
	for _, f := range []string{"bo.cwresult", "bo-2.cwresult"} {
		if errors.Is(got[f], ErrDuplicateResult) {
			dups++
		}
	}
	if dups != 1 {
		t.Errorf("duplicate detection: %v / %v", got["bo.cwresult"], got["bo-2.cwresult"])
	}
	if got["cy.cwresult"] == nil || !strings.Contains(got["cy.cwresult"].Error(), "not in your Chapterwise") {
		t.Errorf("unknown assignment: %v", got["cy.cwresult"])
	}
	if got["junk.cwresult"] == nil || got["wrong.cwresult"] == nil || !strings.Contains(got["wrong.cwresult"].Error(), "does not fit") {
		t.Errorf("bad files: %v / %v", got["junk.cwresult"], got["wrong.cwresult"])
	}
	book, err := s.Gradebook(teacher.ID)
	if err != nil || len(book) != 2 {
		t.Fatalf("gradebook = %+v, %v", book, err)
	}
	ana, bo := book[0], book[1]
	if ana.Student != "Ana" || ana.Points != 3 || !ana.Passed || ana.Late || ana.Percent != 100 {
		t.Errorf("Ana = %+v", ana)
	}
	if bo.Points != 1 || bo.Passed || !bo.Late || math.Abs(bo.Percent-100.0/3) > 1e-9 {
		t.Errorf("Bo = %+v (claimed 3/3 must be ignored)", bo)
	}
	subs, _ := s.SubmissionsOf(teacher.ID, "hw1")
	if len(subs) != 2 || len(subs[1].Answers) != 3 || subs[1].Answers[1].Answered || !subs[1].Answers[2].Correct {
		t.Fatalf("Bo's answers = %+v", subs)
	}
	var buf bytes.Buffer
	if err := WriteGradebookCSV(&buf, teachAssignment(assign.FeedbackTeacherOnly), subs); err != nil {
		t.Fatal(err)
	}
	recs, _ := csv.NewReader(&buf).ReadAll()
	if len(recs) != 3 || len(recs[0]) != 3+3+5 || recs[2][0] != "Bo" || recs[2][3] != "0" || recs[2][5] != "1" || recs[2][10] != "true" {
		t.Errorf("csv = %v", recs)
	}
}

// TestForgedSubmissionTime: a result claiming to be submitted in 9999
// is refused, so Ana's real later submission counts; when an earlier
// import claims a later time than the one imported last, the last import
// counts and the gradebook carries the other for the teacher to see.
func TestForgedSubmissionTime(t *testing.T) {
	now := time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)
	s, err := Open(filepath.Join(t.TempDir(), "forged.db"), WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	teacher, _ := s.CreateProfile("Ms K", quiz.Teacher)
	if err := s.SaveAssignment(teacher.ID, teachAssignment(assign.FeedbackTeacherOnly)); err != nil {
		t.Fatal(err)
	}
	future := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	out := s.ImportResults(teacher.ID, []ResultFile{{"forged.cwresult", resultFile(t, "Ana", future, "-", "-", "-")}})
	if out[0].Err == nil || !strings.Contains(out[0].Err.Error(), "after it was imported") {
		t.Fatalf("a result from 9999 was taken: %+v", out)
	}
	now = now.Add(time.Hour)
	s.ImportResults(teacher.ID, []ResultFile{{"ana.cwresult", resultFile(t, "Ana", now.Add(-time.Minute), "1992", "kim", "True")}})
	book, _ := s.Gradebook(teacher.ID)
	if len(book) != 1 || book[0].Percent != 100 || book[0].ClaimsLater != nil {
		t.Fatalf("gradebook = %+v, want Ana at 100 %%", book)
	}
	// Bo's clock runs 10 minutes fast (within the skew): his first result
	// claims 12:09; his second, imported later, claims 12:05.
	now = now.Add(time.Minute)
	s.ImportResults(teacher.ID, []ResultFile{{"bo1.cwresult", resultFile(t, "Bo", now.Add(9*time.Minute), "1992", "kim", "True")}})
	now = now.Add(time.Minute)
	s.ImportResults(teacher.ID, []ResultFile{{"bo2.cwresult", resultFile(t, "Bo", now.Add(-time.Minute), "1990", "-", "-")}})
	book, _ = s.Gradebook(teacher.ID)
	bo := book[1]
	if bo.Student != "Bo" || bo.Points != 0 || !bo.Imported.Equal(now) {
		t.Fatalf("Bo = %+v, want the last import (0 points)", bo)
	}
	if bo.ClaimsLater == nil || bo.ClaimsLater.Points != 3 || !bo.ClaimsLater.Submitted.After(bo.Submitted) {
		t.Errorf("Bo's earlier import with the later time is not shown: %+v", bo.ClaimsLater)
	}
}

// TestSameNamedResultFilesFromTwoFolders: two files called ana.cwresult
// in two folders are two files, both imported and both counted.
func TestSameNamedResultFilesFromTwoFolders(t *testing.T) {
	s, _ := newTestStore(t)
	teacher, _ := s.CreateProfile("Ms K", quiz.Teacher)
	if err := s.SaveAssignment(teacher.ID, teachAssignment(assign.FeedbackTeacherOnly)); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)
	out := s.ImportResults(teacher.ID, []ResultFile{
		{"/class-a/ana.cwresult", resultFile(t, "Ana", at, "1992")},
		{"/class-b/ana.cwresult", resultFile(t, "Ana Li", at, "1990")},
	})
	if len(out) != 2 || out[0].Err != nil || out[1].Err != nil || out[0].File == out[1].File {
		t.Fatalf("outcomes = %+v", out)
	}
	if book, _ := s.Gradebook(teacher.ID); len(book) != 2 {
		t.Errorf("gradebook = %+v", book)
	}
}

// TestCSVCellsNeverRunAsFormulas: every CSV the app writes (the gradebook
// and the history) neutralises cells a spreadsheet would run.
func TestCSVCellsNeverRunAsFormulas(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`=HYPERLINK("http://x","y")`, `'=HYPERLINK("http://x","y")`},
		{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"+1+1", "'+1+1"},
		{"-2+3", "'-2+3"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"Ana", "Ana"},
		{"a=b", "a=b"},
		{"", ""},
		{"3.5", "3.5"},
	} {
		if got := SafeCell(c.in); got != c.want {
			t.Errorf("SafeCell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	s, _ := newTestStore(t)
	teacher, _ := s.CreateProfile("Ms K", quiz.Teacher)
	a := teachAssignment(assign.FeedbackTeacherOnly)
	s.SaveAssignment(teacher.ID, a)
	at := time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)
	out := s.ImportResults(teacher.ID, []ResultFile{
		{"1", resultFile(t, `=HYPERLINK("http://evil","Ana")`, at, "1992")},
		{"2", resultFile(t, "@SUM(1+1)", at, "1992")},
	})
	for _, o := range out {
		if o.Err != nil {
			t.Fatal(o.Err)
		}
	}
	subs, _ := s.SubmissionsOf(teacher.ID, a.ID)
	var buf bytes.Buffer
	if err := WriteGradebookCSV(&buf, a, subs); err != nil {
		t.Fatal(err)
	}
	recs, _ := csv.NewReader(&buf).ReadAll()
	assertNoFormula(t, "gradebook", recs)
	if len(recs) != 3 || !strings.HasPrefix(recs[1][0], "'") {
		t.Errorf("gradebook = %q", recs)
	}
	// The history: an article titled like a formula, one quiz answer.
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("=1+1", "x", false, []byte("x"))
	qs := []quiz.Question{{Type: quiz.FillIn, Prompt: "Who?", Answer: []string{"-x"}, FactKeys: []string{"@k"}}}
	id, _ := s.StartQuiz(p.ID, art.ID, quiz.QuizSpec{Title: "+quiz", Count: 1, Mode: quiz.Test}, qs, at)
	if err := s.RecordAnswer(id, qs[0], quiz.GradeAnswer(qs[0], 0, []string{"-x"}, at, time.Second)); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := s.ExportHistory(p.ID, &buf); err != nil {
		t.Fatal(err)
	}
	recs, _ = csv.NewReader(&buf).ReadAll()
	assertNoFormula(t, "history", recs)
	if len(recs) != 2 || recs[1][2] != "'=1+1" {
		t.Errorf("history = %q", recs)
	}
}

func assertNoFormula(t *testing.T, what string, recs [][]string) {
	t.Helper()
	for _, rec := range recs {
		for _, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("%s: cell %q would run as a formula", what, cell)
			}
		}
	}
}

func TestReceivedAssignmentsKeepProgress(t *testing.T) {
	s, _ := newTestStore(t)
	p, _ := s.DefaultProfile()
	a := teachAssignment(assign.FeedbackAfterSubmit)
	if err := s.ReceiveAssignment(p.ID, a); err != nil {
		t.Fatal(err)
	}
	art, _ := s.AddArticle("T", "x", true, []byte("x"))
	spec, qs := assign.ForTaking(a, 7)
	id, _ := s.StartQuiz(p.ID, art.ID, spec, qs, time.Now())
	if err := s.StartAssignment(p.ID, a.ID, id); err != nil {
		t.Fatal(err)
	}
	if err := s.ReceiveAssignment(p.ID, a); err != nil { // opened again
		t.Fatal(err)
	}
	list, _ := s.ReceivedAssignments(p.ID)
	if len(list) != 1 || list[0].QuizID != id || !list[0].Submitted.IsZero() {
		t.Fatalf("received = %+v", list)
	}
	at := time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)
	s.MarkSubmitted(p.ID, a.ID, at)
	list, _ = s.ReceivedAssignments(p.ID)
	if !list[0].Submitted.Equal(at) {
		t.Errorf("submitted = %v", list[0].Submitted)
	}
	qz, _ := s.LoadQuiz(id)
	if qz.Spec.AssignmentID != a.ID || len(qz.Spec.QuestionIDs) != 3 {
		t.Errorf("stored spec = %+v", qz.Spec)
	}
}

// BenchmarkImport200ResultsAndGradebook imports 200 result files of a
// 50-question assignment and then reads the gradebook and the answers
// for the item analysis.
func BenchmarkImport200ResultsAndGradebook(b *testing.B) {
	a := teachAssignment(assign.FeedbackTeacherOnly)
	a.Questions = nil
	for i := 0; i < 50; i++ {
		a.Questions = append(a.Questions, assign.Question{ID: fmt.Sprint("q", i+1), Type: quiz.MultipleChoice, Prompt: "P?",
			Options: []string{"a", "b", "c", "d"}, Answer: []string{"abcd"[i%4 : i%4+1]}, Chapter: i % 10})
	}
	at := time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)
	var files []ResultFile
	for s := 0; s < 200; s++ {
		r := assign.Result{Format: assign.ResultFormat, Version: assign.Version, AssignmentID: a.ID, Student: fmt.Sprint("Student ", s),
			Started: at.Add(-time.Hour), Submitted: at}
		for q := 0; q < 50; q++ {
			r.Answers = append(r.Answers, assign.Answer{QuestionID: fmt.Sprint("q", q+1), Given: []string{"abcd"[(q+s)%4 : (q+s)%4+1]}, AnsweredAt: at, Seconds: 9})
		}
		var buf bytes.Buffer
		assign.Encode(&buf, r)
		files = append(files, ResultFile{fmt.Sprint(s, ".cwresult"), buf.Bytes()})
	}
	for b.Loop() {
		b.StopTimer()
		s, _ := newTestStore(b)
		teacher, _ := s.CreateProfile("T", quiz.Teacher)
		s.SaveAssignment(teacher.ID, a)
		b.StartTimer()
		for _, o := range s.ImportResults(teacher.ID, files) {
			if o.Err != nil {
				b.Fatal(o.Err)
			}
		}
		if book, _ := s.Gradebook(teacher.ID); len(book) != 200 {
			b.Fatal("gradebook incomplete")
		}
		subs, _ := s.SubmissionsOf(teacher.ID, a.ID)
		points := make([][]float64, len(subs))
		for i, sub := range subs {
			for _, ans := range sub.Answers {
				points[i] = append(points[i], ans.Points)
			}
		}
		ids := make([]string, 50)
		for i := range ids {
			ids[i] = a.Questions[i].ID
		}
		assign.Analyse(ids, points)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}
