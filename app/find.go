package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// showFind is Ctrl+F: search the open article; Enter or a click opens
// the paragraph, scrolled to and highlighted.
func (u *UI) showFind() {
	doc := u.doc
	if doc == nil {
		return
	}
	var matches []quiz.Match
	var d *fitDialog
	count := widget.NewLabel("Type a word or phrase.")
	list := widget.NewList(func() int { return len(matches) }, func() fyne.CanvasObject {
		return findRow("chapter", "snippet")
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		m := matches[id]
		box := o.(*fyne.Container)
		box.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%d. %s", m.Chapter+1, doc.art.Chapters[m.Chapter].Title))
		box.Objects[1].(*widget.Label).SetText(m.Snippet)
	})
	open := func(i int) {
		if i < 0 || i >= len(matches) {
			return
		}
		m := matches[i]
		d.Hide()
		u.openInChapter(m.Chapter, m.Block)
	}
	list.OnSelected = func(id widget.ListItemID) { open(id) }
	entry := widget.NewEntry()
	entry.SetPlaceHolder("Find in the article")
	entry.OnChanged = func(s string) {
		matches = quiz.Find(doc.art, s)
		switch {
		case s == "":
			count.SetText("Type a word or phrase.")
		case len(matches) == 0:
			count.SetText("Not found.")
		case len(matches) >= quiz.MaxMatches:
			count.SetText(fmt.Sprintf("The first %d places. Enter opens the first.", len(matches)))
		case len(matches) == 1:
			count.SetText("1 place. Enter opens it.")
		default:
			count.SetText(fmt.Sprintf("%d places. Enter opens the first; or choose one.", len(matches)))
		}
		fitRows(list, len(matches), func(i int) fyne.CanvasObject {
			return findRow(fmt.Sprintf("%d. %s", matches[i].Chapter+1, doc.art.Chapters[matches[i].Chapter].Title), matches[i].Snippet)
		})
		list.UnselectAll()
		list.Refresh()
	}
	entry.OnSubmitted = func(string) { open(0) }
	d = newCustom("Find", "Close", newBorder(container.NewVBox(entry, count), nil, nil, nil, list), u.w)
	d.Resize(fyne.NewSize(640, 520))
	d.Show()
	u.w.Canvas().Focus(entry)
}

// findRow is one place found: the chapter, and the words around the match.
func findRow(where, snippet string) *fyne.Container {
	w := widget.NewLabel(where)
	w.TextStyle.Bold = true
	w.Truncation = fyne.TextTruncateEllipsis
	snip := widget.NewLabel(snippet)
	snip.Wrapping = fyne.TextWrapWord
	return container.NewVBox(w, snip)
}
