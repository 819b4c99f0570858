package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// libraryScreen lists the articles opened before so the user can switch
// back to one.
type libraryScreen struct {
	u *UI
}

func newLibraryScreen(u *UI) *libraryScreen { return &libraryScreen{u: u} }

// show loads the library off the UI goroutine and then shows it.
func (l *libraryScreen) show() {
	l.u.background(func() {
		items, err := l.u.store.Library()
		l.u.do(func() {
			if err != nil {
				l.u.showError(userMessage("Could not list your articles", err), err)
				return
			}
			l.present(items)
		})
	})
}

func (l *libraryScreen) present(items []quiz.LibraryItem) {
	var d *fitDialog
	list := newKeyList(func() int { return len(items) },
		func() fyne.CanvasObject {
			t := widget.NewLabelWithStyle("Title", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			t.Truncation = fyne.TextTruncateEllipsis
			s := widget.NewLabel("source")
			s.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(t, s)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			it := items[id]
			c.Objects[0].(*widget.Label).SetText(it.Title)
			c.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%s · opened %s", it.Source, it.OpenedAt.Local().Format("2 Jan 2006 15:04")))
		})
	list.OnSelected = func(id widget.ListItemID) {
		it := items[id]
		d.Hide()
		l.u.show(sectionRead)
		l.u.reader.setBusy("Opening " + it.Title + "…")
		l.u.background(func() {
			defer l.u.do(l.u.reader.idle)
			l.u.openItem(it)
		})
	}
	hint := widget.NewLabel("Choose an article to continue reading it. Open new ones with Ctrl+O.")
	hint.Wrapping = fyne.TextWrapWord
	d = newCustom("Library", "Close", container.NewBorder(hint, l.u.addArticleButtons(func() { d.Hide() }, false), nil, nil, list), l.u.w)
	d.Resize(fyne.NewSize(640, 460))
	d.Show()
	// Up, Down and Enter choose an article at once
	l.u.w.Canvas().Focus(list)
}
