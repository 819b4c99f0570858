package app

import (
	"strings"
	"testing"

	"github.com/chapterwise/chapterwise/quiz"
)

// TestOwnQuestionIsCheckedOnItsOwn: the editor refuses a question whose
// answer is not among its options with the reason alone, keeps the
// dialog's work, and takes it once it is right.
func TestOwnQuestionIsCheckedOnItsOwn(t *testing.T) {
	u, store := newTestUI(t, "")
	teacher, err := store.CreateProfile("Ms K", quiz.Teacher)
	if err != nil {
		t.Fatal(err)
	}
	u.switchProfile(teacher)
	u.Sync()
	u.teach.open()
	u.Sync()
	if u.current != sectionTeach {
		t.Fatal("Teach did not open for a teacher without a PIN")
	}
	u.teach.newAssignment()
	u.teach.editQuestion(-1)
	entries := overlayEntries(t, u)
	if len(entries) < 3 {
		t.Fatalf("the question dialog has %d text fields", len(entries))
	}
	entries[0].SetText("When was the treaty signed?")
	entries[1].SetText("1990\n1992")
	entries[2].SetText("1991")
	tapOverlay(t, u, "Keep")
	u.Sync()
	got := overlayText(u)
	if !strings.Contains(got, "The question was not kept: the answer is not one of the options.") {
		t.Errorf("the refusal says %q", got)
	}
	for _, line := range strings.Split(got, "\n") {
		if strings.HasPrefix(line, "The question was not kept") && (strings.Contains(line, "not a valid file") || strings.Contains(line, "question 1")) {
			t.Errorf("the refusal speaks of files: %q", line)
		}
	}
	if len(u.teach.cur.Questions) != 0 {
		t.Fatal("a refused question was kept")
	}
	closeOverlays(u)
	u.teach.editQuestion(-1)
	entries = overlayEntries(t, u)
	entries[0].SetText("When was the treaty signed?")
	entries[1].SetText("1990\n1992")
	entries[2].SetText("1992")
	tapOverlay(t, u, "Keep")
	u.Sync()
	if n := len(u.teach.cur.Questions); n != 1 {
		t.Fatalf("%d questions after keeping a right one", n)
	}
	if q := u.teach.cur.Questions[0]; q.Prompt != "When was the treaty signed?" || q.Answer[0] != "1992" {
		t.Errorf("kept %+v", q)
	}
}
