package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// TestImportResultsCommand imports a good and a bad result file from the
// command line: the good one is graded, the bad one reported, exit 1.
func TestImportResultsCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.DefaultProfile()
	teacher, _ := s.CreateProfile("Ms K", quiz.Teacher)
	a := assign.Assignment{Format: assign.AssignmentFormat, Version: assign.Version, ID: "hw", Title: "HW", Created: time.Now().UTC(),
		PassMark: 50, Feedback: assign.FeedbackAfterSubmit, Article: assign.ArticleRef{Title: "T", Hash: "h", Builtin: true},
		Questions: []assign.Question{{ID: "q1", Type: quiz.TrueFalse, Prompt: "T?", Options: []string{"True", "False"}, Answer: []string{"True"}}}}
	if err := s.SaveAssignment(teacher.ID, a); err != nil {
		t.Fatal(err)
	}
	s.Close()
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
	s, _ = data.Open(db)
	defer s.Close()
	book, _ := s.Gradebook(teacher.ID)
	if len(book) != 1 || book[0].Student != "Ana" || book[0].Percent != 100 {
		t.Errorf("gradebook = %+v", book)
	}
	if code := runImportResults([]string{"--db", db, "--profile", "Nobody", good}); code == 0 {
		t.Error("an unknown teacher profile was accepted")
	}
}
