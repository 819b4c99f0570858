package app

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// walkAll visits o and everything drawn inside it, widgets included.
func walkAll(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walkAll(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			walkAll(c, fn)
		}
	}
}

// overlayEntries returns the multi-line entries of the top dialog.
func overlayEntries(t *testing.T, u *UI) []*widget.Entry {
	t.Helper()
	top := u.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	var out []*widget.Entry
	walkAll(top, func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.MultiLine {
			out = append(out, e)
		}
	})
	return out
}

// tapOverlay taps the top dialog's button with the given text (and
// maybe its key: "Unlock" taps "Unlock  Enter").
func tapOverlay(t *testing.T, u *UI, text string) {
	t.Helper()
	var found *widget.Button
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && (b.Text == text || strings.HasPrefix(b.Text, text+"  ")) && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no %q button in the dialog", text)
	}
	test.Tap(found)
}

func TestBrowseSearchSuspendEditAndOwnCard(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)
	f := u.flash
	u.show(sectionFlashcards)
	u.w.Canvas().Unfocus()
	test.TypeOnCanvas(u.w.Canvas(), "b")
	if !f.browsing() {
		t.Fatal("B did not open Browse")
	}
	b := f.browse
	total := len(f.cards)
	if len(b.shown) != total || total < 10 || !strings.HasPrefix(b.count.Text, "") {
		t.Fatalf("browse shows %d of %d", len(b.shown), total)
	}
	// Search narrows the list to cards whose text has every word.
	word := ""
	for _, c := range f.cards[1:] { // the first answer's longest word
		for _, w := range strings.FieldsFunc(c.Card.Back, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) > len(word) {
				word = w
			}
		}
		if word != "" {
			break
		}
	}
	test.Type(b.search, word)
	u.Sync()
	if len(b.shown) == 0 || len(b.shown) >= total {
		t.Fatalf("search %q shows %d of %d", word, len(b.shown), total)
	}
	for _, i := range b.shown {
		c := f.cards[i].Card
		if !strings.Contains(strings.ToLower(c.Front+c.Back+c.Sentence), strings.ToLower(word)) {
			t.Errorf("card %q does not match %q", c.Front, word)
		}
	}
	b.search.SetText("")
	b.chapter.SetSelectedIndex(2) // chapter 2
	for _, i := range b.shown {
		if f.cards[i].Card.Chapter != 1 {
			t.Fatalf("chapter filter let through chapter %d", f.cards[i].Card.Chapter+1)
		}
	}
	b.list.Select(0)
	sel, _ := b.current()
	u.w.Canvas().Unfocus()
	// S suspends: in the store, the list and out of the queue.
	test.TypeOnCanvas(u.w.Canvas(), "s")
	u.Sync()
	st, _ := store.CardStates(u.profile.ID, f.doc.item.ID)
	if !st[sel.Card.Key].Suspended {
		t.Fatal("S did not suspend the card in the database")
	}
	if c, _ := b.current(); !c.Suspended || !strings.Contains(b.status(c), "suspended") {
		t.Errorf("selected card after suspend: %+v", c)
	}
	for _, c := range quiz.StudyQueue(f.cards, now, quiz.QueueOptions{Chapter: -1, IncludeUnread: true, NewLimit: 999, ReviewLimit: 999}) {
		if c.Card.Key == sel.Card.Key {
			t.Error("a suspended card is in the study queue")
		}
	}
	// E edits it; the edit survives a regeneration of the deck.
	test.TypeOnCanvas(u.w.Canvas(), "e")
	entries := overlayEntries(t, u)
	if len(entries) != 2 || entries[0].Text != sel.Card.Front {
		t.Fatalf("editor entries = %d", len(entries))
	}
	entries[0].SetText("My better question?")
	entries[1].SetText("My answer")
	tapOverlay(t, u, "Save")
	u.Sync()
	u.background(func() { f.load(f.doc) })
	u.Sync()
	c, ok := b.current()
	if !ok || c.Card.Front != "My better question?" || c.Card.Back != "My answer" || !c.Suspended {
		t.Errorf("after edit and reload: %+v", c)
	}
	// N adds an own card to the filtered chapter.
	u.w.Canvas().Unfocus()
	test.TypeOnCanvas(u.w.Canvas(), "n")
	entries = overlayEntries(t, u)
	entries[0].SetText("What did I learn?")
	entries[1].SetText("A lot")
	tapOverlay(t, u, "Save")
	u.Sync()
	if len(f.cards) != total+1 {
		t.Fatalf("cards = %d, want %d", len(f.cards), total+1)
	}
	own, ok := b.current()
	if !ok || own.Card.Kind != quiz.CardOwn || own.Card.Chapter != 1 || own.Card.Front != "What did I learn?" {
		t.Errorf("own card = %+v", own.Card)
	}
	edits, _ := store.CardEdits(u.profile.ID, f.doc.item.ID)
	if len(edits) != 2 {
		t.Errorf("stored edits = %+v", edits)
	}
	// An empty card is refused and nothing is saved.
	test.TypeOnCanvas(u.w.Canvas(), "n")
	tapOverlay(t, u, "Save")
	u.Sync()
	if edits, _ := store.CardEdits(u.profile.ID, f.doc.item.ID); len(edits) != 2 {
		t.Errorf("an empty card was saved: %+v", edits)
	}
	key(u, fyne.KeyEscape)
}

func TestStudySettingsChangeLimitsAndRetention(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)
	f := u.flash
	f.showSettings()
	var entries []*widget.Entry
	var slider *widget.Slider
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Entry:
			entries = append(entries, w)
		case *widget.Slider:
			slider = w
		}
	})
	if len(entries) != 2 || slider == nil || slider.Value != 90 {
		t.Fatalf("settings form: %d entries, slider %v", len(entries), slider)
	}
	slider.SetValue(85)
	entries[0].SetText("3")
	tapOverlay(t, u, "Save")
	u.Sync()
	got, _ := store.StudySettings(u.profile.ID)
	if got.Retention != 0.85 || got.NewPerDay != 3 || f.sched.P.DesiredRetention != 0.85 {
		t.Fatalf("settings = %+v, scheduler %v", got, f.sched.P.DesiredRetention)
	}
	if o := f.options(-1); o.NewLimit != 3 {
		t.Errorf("new limit = %d", o.NewLimit)
	}
	if !strings.Contains(f.deckInfo.Text, "3 new") {
		t.Errorf("deck info = %q", f.deckInfo.Text)
	}
}

func TestShowsSource(t *testing.T) {
	sentence := "In 1947, Bernard Baruch coined the term “Cold War” in a speech."
	for _, c := range []struct {
		back string
		want bool
	}{
		{"1947", true},
		{"Bernard Baruch", true},
		{sentence, false}, // a what-happened back: the sentence itself
		{"1947\nIn 1947, Bernard Baruch coined the term “Cold War” in a speech.", false},
		{"Bernard Baruch coined the term “Cold War” in a speech", false}, // trimmed of its date
		{"coined the term in 1947", true},
	} {
		if got := showsSource(c.back, sentence); got != c.want {
			t.Errorf("showsSource(%q) = %v, want %v", c.back, got, c.want)
		}
	}
	if showsSource("anything", "") {
		t.Error("an empty sentence is shown")
	}
}

// A card's detail shows its source sentence under the back only when the
// back does not already say it: a definition card read the same sentence
// twice.
func TestBrowseShowsSourceOnlyWhenItAdds(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, _ := newClockUI(t, &now)
	f := u.flash
	u.show(sectionFlashcards)
	u.w.Canvas().Unfocus()
	test.TypeOnCanvas(u.w.Canvas(), "b")
	b := f.browse
	with, without := 0, 0
	for row, i := range b.shown {
		c := f.cards[i].Card
		if c.Sentence == "" {
			continue
		}
		b.list.Select(row)
		u.Sync()
		shown := 0
		for _, o := range b.detail.Objects {
			if rt, ok := o.(*widget.RichText); ok && rt.String() == c.Sentence {
				shown++
			}
		}
		want := 0
		if c.Back == c.Sentence {
			want = 1 // the back itself
		}
		if showsSource(c.Back, c.Sentence) {
			want++
			with++
		} else {
			without++
		}
		if shown != want {
			t.Errorf("card %q (back %q): source shown %d times, want %d", c.Front, c.Back, shown, want)
		}
	}
	if with == 0 || without == 0 {
		t.Errorf("the built-in deck gave %d cards with their source and %d without: the test checks neither case", with, without)
	}
}
