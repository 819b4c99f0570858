package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// TestImportResultsCommand imports a good and a bad result file from the
// command line: the good one is graded, the bad one reported, exit 1.
func TestImportResultsCommand(t *testing.T) {
	dir, db, teacher := homeworkDB(t, "HW")
	res := assign.Result{Format: assign.ResultFormat, Version: assign.Version, AssignmentID: "hw", Student: "Ana",
		Submitted: time.Now().UTC(), Answers: []assign.Answer{{QuestionID: "q1", Given: []string{"True"}}}}
	var buf bytes.Buffer
	assign.Encode(&buf, res)
	good, bad := filepath.Join(dir, "ana.cwresult"), filepath.Join(dir, "bad.cwresult")
	os.WriteFile(good, buf.Bytes(), 0o644)
	os.WriteFile(bad, []byte("{}"), 0o644)
	if code := runImportResults([]string{"--db", db, good, bad}); code != 1 {
		t.Errorf("exit = %d, want 1 (one bad file)", code)
	}
	s, _ := data.Open(db)
	defer s.Close()
	book, _ := s.Gradebook(teacher.ID)
	if len(book) != 1 || book[0].Student != "Ana" || book[0].Percent != 100 {
		t.Errorf("gradebook = %+v", book)
	}
	if code := runImportResults([]string{"--db", db, "--profile", "Nobody", good}); code == 0 {
		t.Error("an unknown teacher profile was accepted")
	}
}

// TestImportResultsCountsEveryFileGiven: two ana.cwresult from two
// folders are both imported, and a file named twice is counted twice
// (the second time as a duplicate).
func TestImportResultsCountsEveryFileGiven(t *testing.T) {
	dir, db, teacher := homeworkDB(t, "HW")
	var paths []string
	for _, c := range []struct{ folder, student string }{{"class-a", "Ana"}, {"class-b", "Ana Li"}} {
		res := assign.Result{Format: assign.ResultFormat, Version: assign.Version, AssignmentID: "hw", Student: c.student,
			Submitted: time.Now().UTC(), Answers: []assign.Answer{{QuestionID: "q1", Given: []string{"True"}}}}
		var buf bytes.Buffer
		assign.Encode(&buf, res)
		p := filepath.Join(dir, c.folder, "ana.cwresult")
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, buf.Bytes(), 0o644)
		paths = append(paths, p)
	}
	out := captureStdout(t, func() {
		runImportResults(append([]string{"--db", db}, paths[0], paths[1], paths[0]))
	})
	if !strings.Contains(out, "Imported 2 of 3 files") || !strings.Contains(out, "already imported") {
		t.Errorf("output:\n%s", out)
	}
	s, _ := data.Open(db)
	defer s.Close()
	if book, _ := s.Gradebook(teacher.ID); len(book) != 2 {
		t.Errorf("gradebook = %+v", book)
	}
}

// homeworkDB is a database in a temporary folder with a student, a
// teacher (Ms K) and her one-question true/false assignment "hw".
func homeworkDB(t *testing.T, title string) (dir, db string, teacher quiz.Profile) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "t.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.DefaultProfile()
	teacher, err = s.CreateProfile("Ms K", quiz.Teacher)
	if err != nil {
		t.Fatal(err)
	}
	a := assign.Assignment{Format: assign.AssignmentFormat, Version: assign.Version, ID: "hw", Title: title, Created: time.Now().UTC(),
		PassMark: 50, Feedback: assign.FeedbackAfterSubmit, Article: assign.ArticleRef{Title: "T", Hash: "h", Builtin: true},
		Questions: []assign.Question{{ID: "q1", Type: quiz.TrueFalse, Prompt: "T?", Options: []string{"True", "False"}, Answer: []string{"True"}}}}
	if err := s.SaveAssignment(teacher.ID, a); err != nil {
		t.Fatal(err)
	}
	return dir, db, teacher
}
