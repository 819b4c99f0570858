package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// newClockUI starts the UI with a fixed clock and no fuzz randomness.
func newClockUI(t *testing.T, now *time.Time) (*UI, *data.Store) {
	return startTestUI(t, "", Options{Now: func() time.Time { return *now }, Rand: func() float64 { return 0 }})
}

func key(u *UI, k fyne.KeyName) { u.w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

func TestStudySessionByKeys(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)
	f := u.flash
	// Unread chapters give no new cards: the deck is empty.
	f.startDeck(-1)
	if f.studying() {
		t.Fatal("a session started with no chapter read")
	}
	u.w.Canvas().Overlays().Remove(u.w.Canvas().Overlays().Top())
	// Read the first chapter, then study it from the reader's invitation.
	test.Tap(findButton(t, u.reader.page, "Study this chapter's cards"))
	if u.current != sectionFlashcards || !f.studying() {
		t.Fatalf("no session: section %q", u.current)
	}
	total := len(f.queue)
	if total == 0 || !strings.Contains(f.left.Text, "left") {
		t.Fatalf("queue %d, label %q", total, f.left.Text)
	}
	first := f.queue[0].Card
	if f.front.String() != first.Front {
		t.Errorf("front = %q, want %q", f.front.String(), first.Front)
	}
	// Rating before the answer is shown does nothing.
	test.TypeOnCanvas(u.w.Canvas(), "3")
	u.Sync()
	if f.cur != 0 {
		t.Fatal("rated before the answer was shown")
	}
	key(u, fyne.KeySpace)
	if !f.shown || !strings.Contains(f.rateBtns[2].Text, "Good  3") || !strings.Contains(f.rateBtns[0].Text, "1m") {
		t.Fatalf("answer not shown or buttons wrong: %q", f.rateBtns[0].Text)
	}
	if !strings.Contains(texts(f.back)[0], first.Back[:min(20, len(first.Back))]) {
		t.Errorf("back = %q", texts(f.back))
	}
	test.TypeOnCanvas(u.w.Canvas(), "4") // Easy: graduates the card
	u.Sync()
	if f.cur != 1 || f.shown {
		t.Fatalf("after rating: cur %d shown %v", f.cur, f.shown)
	}
	st, err := store.CardStates(u.profile.ID, f.doc.item.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := st[first.Key].Card; got.State != fsrs.Review || got.Reps != 1 {
		t.Fatalf("stored state after Easy = %+v", got)
	}
	// Undo brings the card back and the database with it.
	test.TypeOnCanvas(u.w.Canvas(), "u")
	u.Sync()
	if f.cur != 0 || f.queue[0].Card.Key != first.Key {
		t.Fatalf("undo: cur %d", f.cur)
	}
	st, _ = store.CardStates(u.profile.ID, f.doc.item.ID)
	if got := st[first.Key].Card; got.State != fsrs.New || got.Reps != 0 {
		t.Errorf("stored state after undo = %+v", got)
	}
	// Again keeps the card in the session for its learning step.
	key(u, fyne.KeyReturn)
	test.TypeOnCanvas(u.w.Canvas(), "1")
	u.Sync()
	if len(f.queue) != total+1 {
		t.Errorf("Again did not requeue: %d, was %d", len(f.queue), total)
	}
	// Finish the session with Good on everything.
	for i := 0; i < 50 && f.cur < len(f.queue); i++ {
		key(u, fyne.KeySpace)
		test.TypeOnCanvas(u.w.Canvas(), "4")
		u.Sync()
	}
	if !strings.Contains(f.title.Text, "done") || !strings.Contains(texts(f.back)[0], "cards studied") {
		t.Errorf("no summary: %q %q", f.title.Text, texts(f.back))
	}
	log, _ := store.ReviewLog(u.profile.ID, f.doc.item.ID)
	if len(log) != f.studied+1 { // +1: the undone rating stays in the log
		t.Errorf("log has %d entries, session studied %d", len(log), f.studied)
	}
	key(u, fyne.KeyEscape)
	if f.studying() {
		t.Error("Esc did not leave the session")
	}
}

func TestEditCardDuringSession(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)
	f := u.flash
	test.Tap(findButton(t, u.reader.page, "Study this chapter's cards"))
	if !f.studying() {
		t.Fatal("no session")
	}
	key(u, fyne.KeySpace)
	test.TypeOnCanvas(u.w.Canvas(), "e")
	entries := overlayEntries(t, u)
	entries[1].SetText("A clearer answer")
	tapOverlay(t, u, "Save")
	u.Sync()
	if !f.shown || !strings.Contains(texts(f.back)[0], "A clearer answer") {
		t.Errorf("back after edit = %q", texts(f.back))
	}
	edits, _ := store.CardEdits(u.profile.ID, f.doc.item.ID)
	if len(edits) != 1 || edits[0].Back != "A clearer answer" || edits[0].Key != f.queue[0].Card.Key {
		t.Errorf("stored edits = %+v", edits)
	}
	test.TypeOnCanvas(u.w.Canvas(), "3")
	u.Sync()
	if f.cur != 1 {
		t.Error("rating after an edit did not move on")
	}
}
