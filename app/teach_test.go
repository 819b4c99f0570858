package app

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// enterPIN types a PIN into the open unlock dialog and submits it.
func enterPIN(t *testing.T, u *UI, pin string) {
	t.Helper()
	var entry *widget.Entry
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.Password {
			entry = e
		}
	})
	if entry == nil {
		t.Fatal("no PIN dialog")
	}
	entry.SetText(pin)
	tapOverlay(t, u, "Unlock")
	u.Sync()
}

// TestTeacherToStudentRoundTrip: a teacher builds an assignment and hands
// it out without a key; a student opens it, answers by keys and hands in
// the result; the teacher imports it and the gradebook shows the score
// worked out by hand. The PIN guards the Teach section throughout.
func TestTeacherToStudentRoundTrip(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)
	student := u.profile
	teacher, err := store.CreateProfile("Ms K", quiz.Teacher)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SetPIN(teacher.ID, "", "2468"); err != nil {
		t.Fatal(err)
	}
	// A student profile has no Teach section.
	u.teach.open()
	u.Sync()
	if u.current == sectionTeach || u.railBtn[sectionTeach].Visible() {
		t.Fatal("a student reached Teach")
	}
	u.switchProfile(teacher)
	u.Sync()
	if !u.railBtn[sectionTeach].Visible() {
		t.Fatal("no Teach section for the teacher")
	}
	// The PIN: wrong stays locked, right opens.
	u.teach.open()
	u.Sync()
	enterPIN(t, u, "1111")
	if u.current == sectionTeach || u.unlocked {
		t.Fatal("a wrong PIN opened Teach")
	}
	for u.w.Canvas().Overlays().Top() != nil {
		u.w.Canvas().Overlays().Remove(u.w.Canvas().Overlays().Top())
	}
	u.teach.open()
	u.Sync()
	enterPIN(t, u, "2468")
	if u.current != sectionTeach {
		t.Fatal("the right PIN did not open Teach")
	}
	// Build: four multiple-choice and true/false questions from the bank.
	tt := u.teach
	doc := u.reader.doc
	bank := doc.study.Quiz(quiz.QuizOptions{Count: 4, Seed: 9,
		Types: []quiz.QuestionType{quiz.MultipleChoice, quiz.TrueFalse}})
	if len(bank) != 4 {
		t.Fatalf("bank = %d", len(bank))
	}
	tt.newAssignment()
	for _, q := range bank {
		tt.cur.Questions = append(tt.cur.Questions, assign.FromQuiz(tt.nextQuestionID(), q))
	}
	tt.title.SetText("Homework 1")
	tt.pass.SetText("50")
	tt.feedback.SetSelectedIndex(2) // teacher only: no key in the file
	tt.due.SetText("2026-03-09 17:00")
	tt.save(nil)
	u.Sync()
	saved, _ := store.Assignments(teacher.ID)
	if len(saved) != 1 || saved[0].Title != "Homework 1" || len(saved[0].Questions) != 4 || saved[0].Due == nil {
		t.Fatalf("saved = %+v", saved)
	}
	a := saved[0]
	dir := t.TempDir()
	quizFile := filepath.Join(dir, "homework.cwquiz")
	var buf bytes.Buffer
	assign.Encode(&buf, a.ForStudents())
	if bytes.Contains(buf.Bytes(), []byte(`"answer"`)) {
		t.Fatal("the handed-out file holds the key")
	}
	os.WriteFile(quizFile, buf.Bytes(), 0o644)

	// The student opens it, takes it by keys and hands it in.
	u.switchProfile(student)
	u.Sync()
	u.OpenFiles([]string{quizFile})
	u.Sync()
	list := u.quiz.assignments.list
	if len(list) != 1 || list[0].Assignment.ID != a.ID {
		t.Fatalf("received = %+v", list)
	}
	if !strings.Contains(strings.Join(textsAll(u.quiz.assignments.box), " "), "Homework 1") {
		t.Error("the assignment is not listed in the Quiz section")
	}
	for u.w.Canvas().Overlays().Top() != nil {
		u.w.Canvas().Overlays().Remove(u.w.Canvas().Overlays().Top())
	}
	u.quiz.startAssignment(list[0])
	u.Sync()
	tv := u.quiz.take
	if !u.quiz.showing(tv.root) || len(tv.qz.Questions) != 4 || tv.qz.Spec.Mode != quiz.Test {
		t.Fatalf("assignment quiz = %+v", tv.qz.Spec)
	}
	for i := 0; i < 4; i++ {
		answerByKeys(t, u) // the first option, or True
	}
	u.Sync()
	if !u.quiz.showing(u.quiz.results) || !strings.Contains(strings.Join(textsAll(u.quiz.results), " "), "Your teacher grades this assignment") {
		t.Fatal("no teacher-graded results screen")
	}
	resultFile := filepath.Join(dir, "homework-me.cwresult")
	var out bytes.Buffer
	if err := u.quiz.handIn(&out, list[0].Assignment, u.quiz.resultsQ); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(resultFile, out.Bytes(), 0o644)
	if bytes.Contains(out.Bytes(), []byte(`"score"`)) {
		t.Error("a teacher-only result carries a score")
	}

	// The teacher imports it; the grade is worked out from the key.
	want := 0.0
	for _, q := range a.Questions {
		first := q.Options[0]
		if q.Type == quiz.TrueFalse {
			first = "True"
		}
		if q.Answer[0] == first {
			want++
		}
	}
	u.switchProfile(teacher)
	u.Sync()
	u.OpenFiles([]string{resultFile})
	u.Sync()
	enterPIN(t, u, "2468")
	u.Sync()
	book, _ := store.Gradebook(teacher.ID)
	if len(book) != 1 || book[0].Student != "Me" || book[0].Points != want || book[0].Late {
		t.Fatalf("gradebook = %+v, want %v points", book, want)
	}
	if math.Abs(book[0].Percent-100*want/4) > 1e-9 || book[0].Passed != (100*want/4 >= 50) {
		t.Errorf("percent/pass = %v %v", book[0].Percent, book[0].Passed)
	}
	if !strings.Contains(strings.Join(textsAll(tt.bookBox), " "), "Me") {
		t.Error("the gradebook grid does not show the student")
	}
	// Importing the same file again is refused as a duplicate.
	out2 := store.ImportResults(teacher.ID, []data.ResultFile{{Path: "again", Data: out.Bytes()}})
	if out2[0].Err == nil {
		t.Error("a duplicate result was imported")
	}
	// Select's own redraw runs after OnChanged on this goroutine, racing
	// the worker under the test driver: select quietly, then load.
	onChanged := tt.pickA.OnChanged
	tt.pickA.OnChanged = nil
	tt.pickA.SetSelectedIndex(0)
	tt.pickA.OnChanged = onChanged
	tt.showAssignmentStats()
	u.Sync()
	if len(tt.subs) != 1 || !strings.Contains(strings.Join(textsAll(tt.itemsBox), " "), "Facility") {
		t.Errorf("item analysis not shown: %v", textsAll(tt.itemsBox))
	}
}

// writeResult writes a result of the one-question assignment "hw1" for
// student, submitted at at, to path.
func writeResult(t *testing.T, path, student string, at time.Time, given string) fyne.URI {
	t.Helper()
	r := assign.Result{Format: assign.ResultFormat, Version: assign.Version, AssignmentID: "hw1", Student: student,
		Started: at.Add(-time.Minute), Submitted: at,
		Answers: []assign.Answer{{QuestionID: "q1", Given: []string{given}, AnsweredAt: at, Seconds: 3}}}
	var b bytes.Buffer
	if err := assign.Encode(&b, r); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return storage.NewFileURI(path)
}

// TestImportKeysResultsByPathAndShowsClockDisagreement: two files named
// ana.cwresult from two folders are both imported and the summary says
// 2 of 2; when a later import claims an earlier submission time than an
// earlier import, the gradebook counts the later import and says so.
func TestImportKeysResultsByPathAndShowsClockDisagreement(t *testing.T) {
	u, store := newTestUI(t, "")
	teacher, _ := store.CreateProfile("Ms K", quiz.Teacher)
	a := assign.Assignment{Format: assign.AssignmentFormat, Version: assign.Version, ID: "hw1", Title: "Homework 1",
		Created: time.Now().UTC(), PassMark: 50, Feedback: assign.FeedbackTeacherOnly,
		Article:   assign.ArticleRef{Title: "T", Hash: strings.Repeat("a", 64), Builtin: true},
		Questions: []assign.Question{{ID: "q1", Type: quiz.MultipleChoice, Prompt: "When?", Options: []string{"1990", "1992"}, Answer: []string{"1992"}}}}
	if err := store.SaveAssignment(teacher.ID, a); err != nil {
		t.Fatal(err)
	}
	u.switchProfile(teacher)
	u.Sync()
	u.teach.open()
	u.Sync()
	dir := t.TempDir()
	at := time.Now().Add(-2 * time.Hour)
	u.teach.importURIs([]fyne.URI{
		writeResult(t, filepath.Join(dir, "class-a", "ana.cwresult"), "Ana", at, "1992"),
		writeResult(t, filepath.Join(dir, "class-b", "ana.cwresult"), "Ana Li", at, "1992"),
	})
	u.Sync()
	if title := overlayText(u); !strings.Contains(title, "Imported 2 of 2 files") {
		t.Fatalf("summary = %q, want 2 of 2", title)
	}
	if book, _ := store.Gradebook(teacher.ID); len(book) != 2 {
		t.Fatalf("gradebook = %+v", book)
	}
	closeOverlays(u)
	// Bo's first file claims an hour ago, his second (imported after it)
	// two hours ago.
	u.teach.importURIs([]fyne.URI{writeResult(t, filepath.Join(dir, "bo1.cwresult"), "Bo", at.Add(time.Hour), "1992")})
	u.Sync()
	u.teach.importURIs([]fyne.URI{writeResult(t, filepath.Join(dir, "bo2.cwresult"), "Bo", at, "1990")})
	u.Sync()
	book, _ := store.Gradebook(teacher.ID)
	if len(book) != 3 || book[2].Student != "Bo" || book[2].Points != 0 {
		t.Fatalf("gradebook = %+v, want Bo's last import (0 points) to count", book)
	}
	if shown := strings.Join(textsAll(u.teach.bookBox), " "); !strings.Contains(shown, "says it was submitted later") {
		t.Errorf("the gradebook does not show the disagreement: %q", shown)
	}
}
