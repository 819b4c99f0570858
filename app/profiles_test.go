package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// startPINUI is a window over a store whose clock the test moves, with a
// teacher profile behind the PIN 2468.
func startPINUI(t *testing.T, now *time.Time) (*UI, *data.Store, quiz.Profile) {
	t.Helper()
	a := test.NewTempApp(t)
	store, err := data.Open(filepath.Join(t.TempDir(), "pin.db"), data.WithClock(func() time.Time { return *now }))
	if err != nil {
		t.Fatal(err)
	}
	u := New(a, store, Options{Builtin: assets.Article, Manual: true, Now: func() time.Time { return *now }})
	t.Cleanup(func() {
		u.Shutdown()
		store.Close()
	})
	u.Start()
	<-u.Ready()
	u.Sync()
	teacher, err := store.CreateProfile("Ms K", quiz.Teacher)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SetPIN(teacher.ID, "", "2468"); err != nil {
		t.Fatal(err)
	}
	return u, store, teacher
}

// passwordEntries are the password fields of the top dialog, in order.
func passwordEntries(u *UI) []*widget.Entry {
	var out []*widget.Entry
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.Password {
			out = append(out, e)
		}
	})
	return out
}

// overlayText is every text the top dialog shows.
func overlayText(u *UI) string {
	var b strings.Builder
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if s, ok := leafText(o); ok {
			b.WriteString(s + "\n")
		}
	})
	return b.String()
}

func closeOverlays(u *UI) {
	for u.w.Canvas().Overlays().Top() != nil {
		u.w.Canvas().Overlays().Remove(u.w.Canvas().Overlays().Top())
	}
}

// switchTo taps Switch on the profile row named name in the switcher.
func switchTo(t *testing.T, u *UI, name string) {
	t.Helper()
	u.showProfiles()
	u.Sync()
	var row *fyne.Container
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		c, ok := o.(*fyne.Container)
		if !ok || row != nil {
			return
		}
		for _, child := range c.Objects {
			if l, ok := child.(*widget.Label); ok && strings.HasPrefix(l.Text, name+" ·") {
				row = c
			}
		}
	})
	if row == nil {
		t.Fatalf("no profile row for %s", name)
	}
	test.Tap(findButtonAll(t, row, "Switch"))
	u.Sync()
}

// TestSwitchToTeacherAsksPIN: switching to a teacher profile behind a PIN
// asks for it; a wrong PIN keeps the student's profile, the right one
// switches and also unlocks Teach.
func TestSwitchToTeacherAsksPIN(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	u, _, teacher := startPINUI(t, &now)
	student := u.profile
	switchTo(t, u, teacher.Name)
	entries := passwordEntries(u)
	if len(entries) != 1 {
		t.Fatalf("switching to the teacher asked for no PIN (profile now %q)", u.profile.Name)
	}
	test.Type(entries[0], "1111")
	tapOverlay(t, u, "Switch")
	u.Sync()
	if u.profile.ID != student.ID {
		t.Fatalf("a wrong PIN switched to %q", u.profile.Name)
	}
	if !strings.Contains(overlayText(u), "not right") {
		t.Errorf("no word of the wrong PIN: %q", overlayText(u))
	}
	closeOverlays(u)
	switchTo(t, u, teacher.Name)
	test.Type(passwordEntries(u)[0], "2468")
	tapOverlay(t, u, "Switch")
	u.Sync()
	if u.profile.ID != teacher.ID || !u.unlocked {
		t.Fatalf("the right PIN: profile %q, unlocked %v", u.profile.Name, u.unlocked)
	}
	// Back to a student: no PIN asked.
	switchTo(t, u, student.Name)
	if u.profile.ID != student.ID {
		t.Fatalf("switching to a student asked for something: %q", overlayText(u))
	}
}

// TestSetPINNeedsCurrentPIN: on the teacher's profile, Set PIN with the
// new PIN left empty (remove) does nothing without the current PIN; with
// it, the PIN goes.
func TestSetPINNeedsCurrentPIN(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	u, store, teacher := startPINUI(t, &now)
	u.switchProfile(teacher) // as at start-up with the teacher's profile last used
	u.Sync()
	removeWith := func(current string) {
		u.showProfiles()
		u.Sync()
		tapOverlay(t, u, "Set PIN")
		u.Sync()
		entries := passwordEntries(u)
		if len(entries) != 3 {
			t.Fatalf("Set PIN shows %d PIN fields, want current, new and again", len(entries))
		}
		test.Type(entries[0], current)
		tapOverlay(t, u, "Save")
		u.Sync()
	}
	removeWith("")
	if has, _ := store.HasPIN(teacher.ID); !has {
		t.Fatal("an empty current PIN removed the PIN")
	}
	if !strings.Contains(overlayText(u), "not right") {
		t.Errorf("no word of the refusal: %q", overlayText(u))
	}
	closeOverlays(u)
	removeWith("2468")
	if has, _ := store.HasPIN(teacher.ID); has {
		t.Fatal("the right current PIN did not remove the PIN")
	}
}

// TestWrongPINsSlowDown: after the free guesses, the Teach prompt refuses
// even the right PIN until the wait is over, and says how long to wait.
func TestWrongPINsSlowDown(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	u, _, teacher := startPINUI(t, &now)
	u.switchProfile(teacher)
	u.Sync()
	guess := func(pin string) {
		closeOverlays(u)
		u.teach.open()
		u.Sync()
		test.Type(passwordEntries(u)[0], pin)
		tapOverlay(t, u, "Unlock")
		u.Sync()
	}
	for i := 0; i <= data.FreePINGuesses; i++ {
		guess("0000")
	}
	guess("2468")
	if u.unlocked || u.current == sectionTeach {
		t.Fatal("the right PIN opened Teach during the wait")
	}
	want := "Wait " + data.PINDelay(data.FreePINGuesses+1).String()
	if !strings.Contains(overlayText(u), want) {
		t.Errorf("message %q does not say %q", overlayText(u), want)
	}
	now = now.Add(data.PINDelay(data.FreePINGuesses + 1))
	guess("2468")
	if !u.unlocked || u.current != sectionTeach {
		t.Fatal("the right PIN after the wait did not open Teach")
	}
}
