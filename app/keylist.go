// Lists and buttons that the keyboard can pick from: Up and Down move,
// Enter (or Space) opens; every other key goes on to the window's keys,
// so a focused list never swallows a screen's shortcuts.

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keyList is a widget.List that Enter opens as Space does.
type keyList struct {
	widget.List
	// OnResized, when set, is called after the list changes width, to
	// measure rows whose text wraps.
	OnResized func()
}

// Resize is the List's, telling OnResized when the width changed.
func (l *keyList) Resize(s fyne.Size) {
	changed := s.Width != l.Size().Width
	l.List.Resize(s)
	if changed && l.OnResized != nil {
		l.OnResized()
	}
}

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey moves with Up and Down, opens with Enter or Space and hands
// every other key to the window.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeySpace:
		l.List.TypedKey(ev)
	case fyne.KeyReturn, fyne.KeyEnter:
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	default:
		passKey(l, ev)
	}
}

// TypedRune hands letters to the window, where the screen's keys are.
func (l *keyList) TypedRune(r rune) { passRune(l, r) }

// keyButton is a button in a column of them: Enter presses it too, and Up
// and Down move to the one before or after.
type keyButton struct {
	widget.Button
}

func newKeyButton(label string, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses on Enter or Space and moves focus on Up and Down.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		b.Tapped(nil)
	case fyne.KeyDown:
		if c != nil {
			c.FocusNext()
		}
	case fyne.KeyUp:
		if c != nil {
			c.FocusPrevious()
		}
	default:
		passKey(b, ev)
	}
}

// TypedRune hands letters to the window.
func (b *keyButton) TypedRune(r rune) { passRune(b, r) }

// pickFrom gives a list the keyboard when Up or Down is pressed with
// nothing focused; it reports whether it took the key.
func pickFrom(w fyne.Window, l *keyList, ev *fyne.KeyEvent) bool {
	if ev.Name != fyne.KeyUp && ev.Name != fyne.KeyDown {
		return false
	}
	w.Canvas().Focus(l)
	return true
}

func passKey(o fyne.CanvasObject, ev *fyne.KeyEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(ev)
	}
}

func passRune(o fyne.CanvasObject, r rune) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil && c.OnTypedRune() != nil {
		c.OnTypedRune()(r)
	}
}
