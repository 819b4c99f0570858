package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// libraryLister is what the Library reads from the database.
type libraryLister interface {
	Library() ([]quiz.LibraryItem, error)
}

// libraryActions are what the Library does with the article chosen, and
// the buttons that add new ones.
type libraryActions struct {
	open       func(quiz.LibraryItem)                // open it in the reader (UI goroutine)
	addButtons func(closed func()) fyne.CanvasObject // paste, web page…; closed closes the Library
}

// libraryScreen lists the articles opened before so the user can switch
// back to one.
type libraryScreen struct {
	screenContext
	store libraryLister
	act   libraryActions
}

func newLibraryScreen(store libraryLister, ctx screenContext, act libraryActions) *libraryScreen {
	return &libraryScreen{screenContext: ctx, store: store, act: act}
}

// libraryActions are the UI's: a chosen article opens in the reader.
func (u *UI) libraryActions() libraryActions {
	return libraryActions{
		open: func(it quiz.LibraryItem) {
			u.show(sectionRead)
			u.reader.setBusy("Opening " + it.Title + "…")
			u.background(func() {
				defer u.do(u.reader.idle)
				u.openItem(it)
			})
		},
		addButtons: func(closed func()) fyne.CanvasObject { return u.addArticleButtons(closed, false) },
	}
}

// show loads the library off the UI goroutine and then shows it.
func (l *libraryScreen) show() {
	l.background(func() {
		items, err := l.store.Library()
		l.do(func() {
			if err != nil {
				l.showError(userMessage("Could not list your articles", err), err)
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
		d.Hide()
		l.act.open(items[id])
	}
	hint := widget.NewLabel("Choose an article to continue reading it. Open new ones with Ctrl+O.")
	hint.Wrapping = fyne.TextWrapWord
	d = newCustom("Library", "Close", newBorder(hint, l.act.addButtons(func() { d.Hide() }), nil, nil, list), l.window)
	d.Resize(fyne.NewSize(640, 460))
	d.Show()
	// Up, Down and Enter choose an article at once
	l.window.Canvas().Focus(list)
}
