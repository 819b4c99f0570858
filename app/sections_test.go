package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

func TestEverySectionOpensOnItsKeyAndShowsIt(t *testing.T) {
	u, store := newTestUI(t, "")
	teacher, err := store.CreateProfile("Ms K", quiz.Teacher)
	if err != nil {
		t.Fatal(err)
	}
	u.switchProfile(teacher) // no PIN: Teach opens
	u.Sync()
	for i, s := range u.sectionTable() {
		sec := section(i)
		t.Run(s.name, func(t *testing.T) {
			shortcut(u, s.key)
			u.Sync()
			if u.current != sec {
				t.Fatalf("Ctrl+%s opened %s, want %s", s.key, u.current, s.name)
			}
			if u.body.Objects[0] != s.screen() {
				t.Error("the window does not show the section's screen")
			}
			b := u.railBtn[sec]
			if b.Importance != widget.HighImportance {
				t.Error("the section's rail button is not highlighted")
			}
			if !strings.HasPrefix(b.Text, s.name) || !strings.HasSuffix(b.Text, "Ctrl+"+string(s.key)) {
				t.Errorf("rail button %q does not name the section and its key", b.Text)
			}
			for other, ob := range u.railBtn {
				if other != sec && ob.Importance == widget.HighImportance {
					t.Errorf("%s is highlighted too", other)
				}
			}
		})
	}
	// Home goes back to Today from anywhere without a text field
	shortcut(u, fyne.Key4)
	u.Sync()
	key(u, fyne.KeyHome)
	u.Sync()
	if u.current != sectionToday {
		t.Errorf("Home opened %s", u.current)
	}
}

func TestTeachIsHiddenFromStudents(t *testing.T) {
	u, _ := newTestUI(t, "")
	if u.railBtn[sectionTeach].Visible() {
		t.Error("a student sees Teach in the rail")
	}
	shortcut(u, fyne.Key5)
	u.Sync()
	if u.current == sectionTeach {
		t.Error("Ctrl+5 opened Teach for a student")
	}
}

func TestSectionNames(t *testing.T) {
	tests := []struct {
		s    section
		want string
	}{
		{sectionToday, "Today"}, {sectionRead, "Read"}, {sectionFlashcards, "Flashcards"},
		{sectionQuiz, "Quiz"}, {sectionProgress, "Progress"}, {sectionTeach, "Teach"}, {sectionCount, "section?"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("section %d is %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestTheKeysListNamesEverySectionKey: F1's list and the rail agree.
func TestTheKeysListNamesEverySectionKey(t *testing.T) {
	u, _ := newTestUI(t, "")
	key(u, fyne.KeyF1)
	list := overlayText(u)
	if list == "" {
		t.Fatal("F1 showed nothing")
	}
	for _, s := range u.sectionTable() {
		if want := "Ctrl+" + string(s.key); !strings.Contains(list, want) {
			t.Errorf("the keys list does not name %s for %s", want, s.name)
		}
	}
	for _, want := range []string{"Home", "Ctrl+Shift+0", "Ctrl+L", "Ctrl+Shift+B", "Ctrl+Shift+P"} {
		if !strings.Contains(list, want) {
			t.Errorf("the keys list does not name %s", want)
		}
	}
	closeOverlays(u)
	// the text size key moved to Ctrl+Shift+0; Ctrl+0 is Today
	u.changeTextScale(textScaleStep)
	shortcut(u, fyne.Key0, fyne.KeyModifierShift)
	if got := u.prefs.textScale(); got != 1 {
		t.Errorf("Ctrl+Shift+0 left the text at %v", got)
	}
}
