package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

func TestUpDownAndEnterPickAndOpen(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := newClockUI(t, &now)

	// a chapter: Ctrl+1, then Down moves in the chapter list and Enter opens
	shortcut(u, fyne.Key1)
	press(u, fyne.KeyDown) // the list takes the keyboard
	press(u, fyne.KeyDown)
	press(u, fyne.KeyDown)
	press(u, fyne.KeyReturn)
	u.Sync()
	if !strings.HasPrefix(pageText(u), u.reader.doc.art.Chapters[2].Title) {
		t.Errorf("Down, Down, Enter opened %.40q, want chapter 3", pageText(u))
	}
	// letters still reach the screen while the list has the keyboard
	press(u, fyne.KeyRight)
	if u.reader.current != 3 {
		t.Errorf("Right with the list focused: chapter %d, want 4", u.reader.current+1)
	}

	// a deck: the first chapter read, Down then Enter starts its deck
	u.reader.markRead(0, true)
	u.Sync()
	shortcut(u, fyne.Key2)
	u.Sync()
	press(u, fyne.KeyDown)
	press(u, fyne.KeyDown)
	press(u, fyne.KeyReturn)
	if !u.flash.studying() || !strings.HasPrefix(u.flash.title.Text, "1. ") {
		t.Fatalf("Enter on the second deck: studying %v, %q", u.flash.studying(), u.flash.title.Text)
	}
	press(u, fyne.KeyEscape)

	// an article in the Library: Down, Enter opens the second one
	other := []byte("# Rivers of Europe\n\n## The Rhine\n\nThe Rhine flows north.\n")
	if _, err := store.AddArticle("Rivers of Europe", "rivers.md", false, other); err != nil {
		t.Fatal(err)
	}
	shortcut(u, fyne.KeyL)
	u.Sync()
	if u.w.Canvas().Focused() == nil {
		t.Fatal("the Library does not give its list the keyboard")
	}
	items, _ := store.Library()
	press(u, fyne.KeyDown)
	press(u, fyne.KeyReturn)
	u.Sync()
	if u.reader.doc.item.ID != items[1].ID || u.current != sectionRead {
		t.Errorf("Enter in the Library opened %q, want %q", u.reader.doc.art.Title, items[1].Title)
	}
}
