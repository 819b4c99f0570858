package app

import (
	"testing"
)

// After the window has begun to close, work still queued runs to the end
// (what it saves is saved) but its results are not applied to the window:
// once Fyne's loop has ended, fyne.Do runs on the worker itself, where
// touching the destroyed window crashed the app. The test driver runs
// fyne.Do on the calling goroutine too, so it sees what the real driver
// does after its loop has ended.
func TestWorkAfterClosingSavesButLeavesTheWindowAlone(t *testing.T) {
	u, store := newTestUI(t, "")
	title := u.w.Title()
	before, err := store.Library()
	if err != nil {
		t.Fatal(err)
	}

	u.Closing()
	article := []byte("A Late Article\n\nThe first chapter\n\nIn 1998 the council adopted the Open Sky Policy after long talks.\n")
	u.background(func() { u.reader.openData("late.txt", article) })
	u.Sync()

	after, err := store.Library()
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before)+1 {
		t.Fatalf("library holds %d articles after closing, want %d: work queued before the close must still be saved", len(after), len(before)+1)
	}
	if got := u.w.Title(); got != title {
		t.Fatalf("window title changed to %q after Closing; results must not be applied to a closing window", got)
	}
	ran := false
	u.do(func() { ran = true })
	if u.doAndWait(func() { ran = true }) || ran {
		t.Fatal("do/doAndWait ran their function after Closing")
	}
}
