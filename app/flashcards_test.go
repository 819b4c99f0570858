package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// newClockUI starts the UI with a fixed clock and no fuzz randomness.
func newClockUI(t *testing.T, now *time.Time) (*UI, *data.Store) {
	return startTestUI(t, "", Options{Now: func() time.Time { return *now }, Rand: func() float64 { return 0 }})
}

func key(u *UI, k fyne.KeyName) { u.w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

// cardsLeft is the "N left" a session shows.
func cardsLeft(t *testing.T, f *flashTab) int {
	t.Helper()
	var n int
	if _, err := fmt.Sscanf(f.left.Text, "%d left", &n); err != nil {
		t.Fatalf("the session shows %q, not how many cards are left", f.left.Text)
	}
	return n
}

// cardOnScreen is the card whose front the session shows.
func cardOnScreen(t *testing.T, f *flashTab) quiz.Card {
	t.Helper()
	for _, c := range f.cards {
		if c.Card.Front == f.front.String() {
			return c.Card
		}
	}
	t.Fatalf("no card has the front on screen, %q", f.front.String())
	return quiz.Card{}
}

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
	// Read a chapter, then study it from the reader's invitation.
	showChapterWithCards(t, u)
	test.Tap(findButton(t, u.reader.page, "Study this chapter"))
	if u.current != sectionFlashcards || !f.studying() {
		t.Fatalf("no session: section %q", u.current)
	}
	total := cardsLeft(t, f)
	if total == 0 {
		t.Fatalf("label %q", f.left.Text)
	}
	first := cardOnScreen(t, f)
	// Rating before the answer is shown does nothing.
	test.TypeOnCanvas(u.w.Canvas(), "3")
	u.Sync()
	if cardsLeft(t, f) != total || cardOnScreen(t, f).Key != first.Key {
		t.Fatal("rated before the answer was shown")
	}
	key(u, fyne.KeySpace)
	if !f.rateRow.Visible() || !strings.Contains(f.rateBtns[2].Text, "Good  3") || !strings.Contains(f.rateBtns[0].Text, "1m") {
		t.Fatalf("answer not shown or buttons wrong: %q", f.rateBtns[0].Text)
	}
	if !strings.Contains(texts(f.back)[0], first.Back[:min(20, len(first.Back))]) {
		t.Errorf("back = %q", texts(f.back))
	}
	test.TypeOnCanvas(u.w.Canvas(), "4") // Easy: graduates the card
	u.Sync()
	// the card leaves the session, and with it any sibling it buries (a
	// card from the same sentence), which the card rules may give it
	if left := cardsLeft(t, f); left >= total || left < total-1-len(siblings(f, first)) || f.rateRow.Visible() {
		t.Fatalf("after rating: %q, rating buttons shown %v", f.left.Text, f.rateRow.Visible())
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
	if cardsLeft(t, f) != total || cardOnScreen(t, f).Key != first.Key {
		t.Fatalf("undo: %q, front %q", f.left.Text, f.front.String())
	}
	st, _ = store.CardStates(u.profile.ID, f.doc.item.ID)
	if got := st[first.Key].Card; got.State != fsrs.New || got.Reps != 0 {
		t.Errorf("stored state after undo = %+v", got)
	}
	// Again keeps the card in the session for its learning step.
	key(u, fyne.KeyReturn)
	test.TypeOnCanvas(u.w.Canvas(), "1")
	u.Sync()
	if cardsLeft(t, f) != total {
		t.Errorf("Again did not requeue: %q, was %d", f.left.Text, total)
	}
	// Finish the session with Good on everything.
	for i := 0; i < 50 && !strings.HasSuffix(f.title.Text, "done"); i++ {
		key(u, fyne.KeySpace)
		test.TypeOnCanvas(u.w.Canvas(), "4")
		u.Sync()
	}
	if !strings.Contains(f.title.Text, "done") || !strings.Contains(texts(f.back)[0], "cards studied") {
		t.Errorf("no summary: %q %q", f.title.Text, texts(f.back))
	}
	log, _ := store.ReviewLog(u.profile.ID, f.doc.item.ID)
	var studied int
	fmt.Sscanf(texts(f.back)[0], "%d cards studied", &studied)
	if len(log) != studied+1 { // +1: the undone rating stays in the log
		t.Errorf("log has %d entries, the summary says %d studied", len(log), studied)
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
	showChapterWithCards(t, u)
	test.Tap(findButton(t, u.reader.page, "Study this chapter"))
	if !f.studying() {
		t.Fatal("no session")
	}
	key(u, fyne.KeySpace)
	test.TypeOnCanvas(u.w.Canvas(), "e")
	entries := overlayEntries(t, u)
	entries[1].SetText("A clearer answer")
	tapOverlay(t, u, "Save")
	u.Sync()
	if !f.rateRow.Visible() || !strings.Contains(texts(f.back)[0], "A clearer answer") {
		t.Errorf("back after edit = %q", texts(f.back))
	}
	edits, _ := store.CardEdits(u.profile.ID, f.doc.item.ID)
	if len(edits) != 1 || edits[0].Back != "A clearer answer" || edits[0].Key != cardOnScreen(t, f).Key {
		t.Errorf("stored edits = %+v", edits)
	}
	test.TypeOnCanvas(u.w.Canvas(), "3")
	u.Sync()
	if log, _ := store.ReviewLog(u.profile.ID, f.doc.item.ID); len(log) != 1 || f.rateRow.Visible() {
		t.Errorf("rating after an edit: %d reviews saved, still on the answer %v", len(log), f.rateRow.Visible())
	}
}

// siblings are the other cards of a card's sentence in the deck, which
// rating it buries for the session.
func siblings(f *flashTab, c quiz.Card) []quiz.Card {
	var out []quiz.Card
	for _, d := range f.cards {
		same := strings.Join(strings.Fields(d.Card.Sentence), " ") == strings.Join(strings.Fields(c.Sentence), " ")
		if d.Card.Key != c.Key && c.Sentence != "" && same {
			out = append(out, d.Card)
		}
	}
	return out
}
