package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// Helpers that drive the window as a user does: by keys and shortcuts.

// shortcut presses a key with Ctrl (Cmd on macOS) and, when given, more
// modifiers, as the window's shortcuts receive it.
func shortcut(u *UI, k fyne.KeyName, more ...fyne.KeyModifier) {
	mod := fyne.KeyModifierShortcutDefault
	for _, m := range more {
		mod |= m
	}
	u.w.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: mod})
}

// typeRunes types text where no text field has focus, one key at a time.
func typeRunes(u *UI, text string) {
	for _, r := range text {
		u.w.Canvas().OnTypedRune()(r)
	}
}

// press types one named key where the keyboard focus is: the focused
// widget, or the window when nothing has focus.
func press(u *UI, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := u.w.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	u.w.Canvas().OnTypedKey()(ev)
}

// showChapterWithCards shows the first chapter that has flashcards, as a
// reader who went to it would, and returns its index. Tests of studying
// use it instead of assuming which chapters of the built-in article the
// card rules find something in.
func showChapterWithCards(t *testing.T, u *UI) int {
	t.Helper()
	u.Sync()
	first := -1
	for _, c := range u.flash.cards {
		if first < 0 || c.Card.Chapter < first {
			first = c.Card.Chapter
		}
	}
	if first < 0 {
		t.Fatal("the built-in article has no flashcards")
	}
	u.reader.list.Select(first)
	u.Sync()
	return first
}

// childrenOf is what an object holds as the test renders it: a
// container's objects, a widget's renderer's objects.
func childrenOf(o fyne.CanvasObject) []fyne.CanvasObject {
	switch w := o.(type) {
	case *fyne.Container:
		return w.Objects
	case fyne.Widget:
		return test.WidgetRenderer(w).Objects()
	}
	return nil
}
