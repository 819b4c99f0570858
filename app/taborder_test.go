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

	"github.com/chapterwise/chapterwise/quiz"
)

// focusStop is a widget Tab stopped at, and where it is drawn.
type focusStop struct {
	name string
	at   rect
}

// focusName says which widget has the focus, as a user would name it.
func focusName(f fyne.Focusable) string {
	switch w := f.(type) {
	case *widget.Button:
		if w.Text == "" {
			return "icon button"
		}
		return "button “" + w.Text + "”"
	case *widget.Check:
		return "check “" + w.Text + "”"
	case *widget.Entry:
		if w.PlaceHolder != "" {
			return "entry “" + w.PlaceHolder + "”"
		}
		return "entry “" + w.Text + "”"
	case *widget.Select:
		return "select “" + w.Selected + "”"
	}
	return strings.TrimPrefix(fmt.Sprintf("%T", f), "*")
}

// tabStops presses Tab from nothing focused until the focus comes back
// to the first widget, and returns the widgets in the order they got it.
// A widget scrolled out of view counts as at the edge of its scroll,
// where the eye meets it.
func tabStops(c fyne.Canvas) []focusStop {
	root := c.Content()
	if top := c.Overlays().Top(); top != nil {
		root = top
	}
	places := map[fyne.CanvasObject]rect{}
	var walk func(o fyne.CanvasObject, origin fyne.Position, clip rect)
	walk = func(o fyne.CanvasObject, origin fyne.Position, clip rect) {
		if o == nil || !o.Visible() {
			return
		}
		pos := origin.Add(o.Position())
		r := rectOf(pos, o.Size())
		if _, ok := o.(fyne.Focusable); ok {
			places[o] = clampInto(r, clip)
		}
		if _, ok := o.(*container.Scroll); ok {
			clip = clip.intersect(r)
		}
		for _, k := range childrenOf(o) {
			walk(k, pos, clip)
		}
	}
	walk(root, fyne.NewPos(0, 0), rect{-1e9, -1e9, 1e9, 1e9})
	c.Unfocus()
	var stops []focusStop
	var first fyne.Focusable
	for range 400 {
		test.FocusNext(c)
		f := c.Focused()
		if f == nil || f == first {
			break
		}
		if first == nil {
			first = f
		}
		stops = append(stops, focusStop{focusName(f), places[f.(fyne.CanvasObject)]})
	}
	c.Unfocus()
	return stops
}

// clampInto moves a rectangle vertically into clip, keeping its height
// within it: a widget below a scroll's view is read at its bottom.
func clampInto(r, clip rect) rect {
	if r.y0 >= clip.y1 {
		return rect{r.x0, clip.y1 - 1, r.x1, clip.y1}
	}
	if r.y1 <= clip.y0 {
		return rect{r.x0, clip.y0, r.x1, clip.y0 + 1}
	}
	return r
}

// readingOrderProblems names each step of Tab that goes against reading
// order: on the same row Tab moves right; otherwise it moves down, or up
// only into a column to the right (the chapter after the chapter list).
func readingOrderProblems(stops []focusStop) []string {
	const e = 1
	var out []string
	for i := 1; i < len(stops); i++ {
		a, b := stops[i-1].at, stops[i].at
		sameRow := b.y0 < a.y1-e && a.y0 < b.y1-e
		ok := false
		switch {
		case sameRow:
			ok = b.x0 >= a.x0-e
		case b.y0 >= a.y1-e:
			ok = true
		default: // b is above a
			ok = b.x0 >= a.x1-e
		}
		if !ok {
			out = append(out, fmt.Sprintf("Tab goes from %s %v back to %s %v", stops[i-1].name, a, stops[i].name, b))
		}
	}
	return out
}

// The check itself: a row walked right to left, or a list above its
// buttons reached first, is reported; a column then the next column is
// not.
func TestReadingOrderCheck(t *testing.T) {
	at := func(x, y, w, h float32) rect { return rect{x, y, x + w, y + h} }
	tests := []struct {
		name  string
		stops []focusStop
		bad   int
	}{
		{"a row left to right, then the next row", []focusStop{{"a", at(0, 0, 50, 20)}, {"b", at(60, 0, 50, 20)}, {"c", at(0, 30, 50, 20)}}, 0},
		{"a column, then the column to its right", []focusStop{{"list", at(0, 0, 100, 300)}, {"open", at(0, 310, 100, 20)}, {"page", at(110, 0, 400, 400)}}, 0},
		{"a row right to left", []focusStop{{"b", at(60, 0, 50, 20)}, {"a", at(0, 0, 50, 20)}}, 1},
		{"a list before the buttons above it", []focusStop{{"list", at(0, 40, 500, 300)}, {"browse", at(400, 0, 80, 30)}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readingOrderProblems(tt.stops); len(got) != tt.bad {
				t.Errorf("%d problems, want %d: %q", len(got), tt.bad, got)
			}
		})
	}
}

// TestTabFollowsReadingOrder walks every main screen and dialog with Tab
// and fails when the focus jumps against reading order: back up and to
// the left, or leftwards along a row. It also checks that a dialog's
// buttons show their keys: Esc on the one that dismisses it, Enter on the
// one Enter confirms.
func TestTabFollowsReadingOrder(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, store := startTestUI(t, "", Options{ArticlePath: "book.md", ArticleData: generatedBook(bookChapters),
		Now: func() time.Time { return now }, Rand: func() float64 { return 0 }})
	held(u, func() { u.reader.markRead(0, true) })
	size := fyne.NewSize(1100, 720)
	u.w.Resize(size)
	cases := layoutCases()
	cases = append(cases, layoutCase{"switch to a teacher", func(t *testing.T, u *UI) {
		teacher, err := store.CreateProfile("Ms Kowalczyk", quiz.Teacher)
		if err != nil {
			t.Fatal(err)
		}
		held(u, func() { u.switchProfile(teacher) })
	}})
	cases = append(cases, teachLayoutCases()...)
	cases = append(cases,
		layoutCase{"open a web page", func(t *testing.T, u *UI) { u.showOpenWebPage() }},
		layoutCase{"paste an article", func(t *testing.T, u *UI) {
			u.a.Clipboard().SetContent("# Pasted\n\n## One\n\nThe council met in the hall in 1901.\n")
			held(u, u.pasteArticle)
		}})
	// Fyne's own file dialogs put their file grid before the folder path
	// above it; they are Fyne's to fix.
	fyneDialogs := map[string]bool{"open an article": true, "open an assignment": true, "save a file": true}
	for _, c := range cases {
		if fyneDialogs[c.name] {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			c.open(t, u)
			u.w.Resize(size)
			relayout(u.w.Canvas().Content())
			for _, o := range u.w.Canvas().Overlays().List() {
				relayout(o)
			}
			stops := tabStops(u.w.Canvas())
			if len(stops) == 0 {
				t.Fatal("Tab reaches nothing")
			}
			for _, p := range readingOrderProblems(stops) {
				t.Error(p)
			}
			if t.Failed() || testing.Verbose() {
				names := make([]string, len(stops))
				for i, s := range stops {
					names[i] = s.name + " " + s.at.String()
				}
				t.Logf("Tab order:\n%s", strings.Join(names, "\n"))
			}
			checkDialogKeys(t, u)
			closeAll(u)
			u.quiz.endSitting()
			u.flash.endSession()
			u.Sync()
		})
	}
}

// checkDialogKeys fails when the dialog on top does not show Esc on its
// dismiss button, or shows Enter on its confirm button other than when
// Enter confirms it.
func checkDialogKeys(t *testing.T, u *UI) {
	t.Helper()
	top := u.w.Canvas().Overlays().Top()
	if top == nil {
		return
	}
	d := dialogOf(top)
	if d == nil {
		return
	}
	if !strings.HasSuffix(d.dismiss.Text, "  Esc") {
		t.Errorf("the dismiss button says %q, without Esc", d.dismiss.Text)
	}
	if d.confirm != nil && strings.HasSuffix(d.confirm.Text, "  Enter") != (d.onEnter != nil) {
		t.Errorf("the confirm button says %q; Enter confirms: %v", d.confirm.Text, d.onEnter != nil)
	}
}

func TestDialogButtonsShowTheirKeys(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("t")
	w.Resize(fyne.NewSize(800, 600))
	var said []bool
	d := newConfirm("Leave?", "Your answers are saved.", func(ok bool) { said = append(said, ok) }, w)
	d.SetConfirmText("Leave")
	d.SetDismissText("Stay")
	d.Show()
	if d.confirm.Text != "Leave" || d.dismiss.Text != "Stay  Esc" {
		t.Errorf("buttons %q and %q", d.dismiss.Text, d.confirm.Text)
	}
	d.SetOnEnter(d.Confirm)
	if d.confirm.Text != "Leave  Enter" {
		t.Errorf("with Enter: %q", d.confirm.Text)
	}
	d.SetConfirmText("Go")
	if d.confirm.Text != "Go  Enter" {
		t.Errorf("renamed: %q", d.confirm.Text)
	}
	d.onEnter()
	if len(said) != 1 || !said[0] {
		t.Errorf("Enter answered %v", said)
	}
}
