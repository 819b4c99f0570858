package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
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

	// a deck: a chapter with cards read, Down to its deck (after the whole
	// article's) then Enter starts it
	ch := showChapterWithCards(t, u)
	u.reader.markRead(ch, true)
	u.Sync()
	shortcut(u, fyne.Key2)
	u.Sync()
	for i := 0; i <= ch+1; i++ {
		press(u, fyne.KeyDown)
	}
	press(u, fyne.KeyReturn)
	if want := fmt.Sprintf("%d. ", ch+1); !u.flash.studying() || !strings.HasPrefix(u.flash.title.Text, want) {
		t.Fatalf("Enter on chapter %d's deck: studying %v, %q", ch+1, u.flash.studying(), u.flash.title.Text)
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

func TestAKeyListHandsOtherKeysToTheWindow(t *testing.T) {
	test.NewTempApp(t)
	var opened []int
	rows := []string{"one", "two", "three"}
	l := newKeyList(func() int { return len(rows) }, func() fyne.CanvasObject { return widget.NewLabel("row") },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(rows[id]) })
	l.OnSelected = func(id widget.ListItemID) { opened = append(opened, id) }
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(200, 200))
	var keys []fyne.KeyName
	var runes []rune
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { keys = append(keys, ev.Name) })
	w.Canvas().SetOnTypedRune(func(r rune) { runes = append(runes, r) })
	w.Canvas().Focus(l)
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyUp, fyne.KeyReturn, fyne.KeyEscape, fyne.KeyRight} {
		w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
	w.Canvas().Focused().TypedRune('b')
	if len(opened) != 1 || opened[0] != 1 {
		t.Errorf("Down, Down, Up, Enter opened %v, want row 1", opened)
	}
	if len(keys) != 2 || keys[0] != fyne.KeyEscape || keys[1] != fyne.KeyRight {
		t.Errorf("the window got keys %v, want Escape and Right", keys)
	}
	if string(runes) != "b" {
		t.Errorf("the window got runes %q, want b", string(runes))
	}
}

func TestKeyButtonsMoveWithUpAndDownAndPressWithEnter(t *testing.T) {
	test.NewTempApp(t)
	var pressed []string
	var buttons []fyne.CanvasObject
	for _, name := range []string{"Ann", "Ben", "Cy"} {
		buttons = append(buttons, newKeyButton(name, func() { pressed = append(pressed, name) }))
	}
	w := test.NewTempWindow(t, container.NewVBox(buttons...))
	c := w.Canvas()
	c.Focus(buttons[0].(fyne.Focusable))
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyReturn, fyne.KeyUp, fyne.KeyEnter} {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
	if strings.Join(pressed, ",") != "Cy,Ben" {
		t.Errorf("pressed %v, want Cy then Ben", pressed)
	}
}

func TestProgressLineFillsItsShareOfMax(t *testing.T) {
	test.NewTempApp(t)
	p := newProgressLine()
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(200, 40))
	p.Resize(fyne.NewSize(100, 6))
	tests := []struct{ max, value, fill float64 }{
		{10, 0, 0}, {10, 5, 50}, {10, 10, 100}, {10, 20, 100}, {0, 3, 0},
	}
	for _, tt := range tests {
		p.Max = tt.max
		p.SetValue(tt.value)
		r := test.WidgetRenderer(p).(*thinBarRenderer)
		if got := float64(r.fill.Size().Width); got != tt.fill {
			t.Errorf("%v of %v fills %v of 100, want %v", tt.value, tt.max, got, tt.fill)
		}
		if p.Value != tt.value {
			t.Errorf("Value = %v, want %v", p.Value, tt.value)
		}
	}
}

func TestTheKeyboardLeavesWithItsScreen(t *testing.T) {
	u, _ := newTestUI(t, "")
	shortcut(u, fyne.Key2)
	u.Sync()
	press(u, fyne.KeyDown)
	if u.w.Canvas().Focused() == nil {
		t.Fatal("Down did not give the deck list the keyboard")
	}
	shortcut(u, fyne.Key1)
	if f := u.w.Canvas().Focused(); f != nil {
		t.Errorf("the hidden deck list kept the keyboard: %T", f)
	}
	// Esc with the Library's list focused closes the Library
	shortcut(u, fyne.KeyL)
	u.Sync()
	if u.w.Canvas().Overlays().Top() == nil || u.w.Canvas().Focused() == nil {
		t.Fatal("the Library is not open with its list focused")
	}
	press(u, fyne.KeyEscape)
	if u.w.Canvas().Overlays().Top() != nil {
		t.Error("Esc in the Library's list left it open")
	}
}
