package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// browseView lists every card of the article with search and a chapter
// filter, and edits, suspends, resets and adds cards.
type browseView struct {
	f        *flashTab
	root     fyne.CanvasObject
	search   *widget.Entry
	chapter  *widget.Select
	list     *widget.List
	count    *widget.Label
	shown    []int // indexes into f.cards
	selected string
	detail   *fyne.Container
}

const allChapters = "All chapters"

func newBrowseView(f *flashTab) *browseView {
	b := &browseView{f: f}
	b.search = widget.NewEntry()
	b.search.SetPlaceHolder("Search cards  /")
	b.search.OnChanged = func(string) { b.refresh() }
	b.chapter = widget.NewSelect([]string{allChapters}, func(string) { b.refresh() })
	b.chapter.SetSelectedIndex(0)
	b.count = widget.NewLabel("")
	b.list = widget.NewList(func() int { return len(b.shown) }, b.newRow, b.updateRow)
	b.list.OnSelected = func(id widget.ListItemID) {
		if id < len(b.shown) {
			b.selected = b.f.cards[b.shown[id]].Card.Key
			b.showDetail()
		}
	}
	back := widget.NewButtonWithIcon("Decks  Esc", theme.NavigateBackIcon(), f.leave)
	add := widget.NewButtonWithIcon("Add card  N", theme.ContentAddIcon(), b.addCard)
	filters := newBorder(nil, nil, nil, container.NewHBox(b.chapter, add, b.newTransferButtons()), b.search)
	top := container.NewVBox(newBorder(nil, nil, back, b.count,
		widget.NewLabelWithStyle("Browse cards", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})), filters, widget.NewSeparator())
	b.detail = container.NewVBox()
	split := container.NewHSplit(b.list, container.NewVScroll(container.NewPadded(b.detail)))
	split.Offset = 0.45
	b.root = newBorder(top, nil, nil, nil, split)
	return b
}

func (f *flashTab) browsing() bool {
	return len(f.root.Objects) > 0 && f.root.Objects[0] == f.browse.root
}

func (f *flashTab) showBrowse() {
	if f.doc == nil {
		return
	}
	f.root.Objects = []fyne.CanvasObject{f.browse.root}
	f.root.Refresh()
	f.browse.refresh()
	f.window.Canvas().Focus(f.browse.search)
}

func (b *browseView) newRow() fyne.CanvasObject {
	front := widget.NewLabel("front")
	front.Truncation = fyne.TextTruncateEllipsis
	status := widget.NewLabel("status")
	status.SizeName = theme.SizeNameCaptionText
	status.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(front, status)
}

func (b *browseView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(b.shown) {
		return
	}
	c := b.f.cards[b.shown[id]]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(firstLine(c.Card.Front))
	box.Objects[1].(*widget.Label).SetText(b.status(c))
}

// firstLine puts a card side on one line for the list.
func firstLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// status says where a card stands: chapter, schedule and flags.
func (b *browseView) status(c quiz.DeckCard) string {
	s := fmt.Sprintf("Ch. %d · ", c.Card.Chapter+1)
	now := b.f.now()
	switch c.Sched.State {
	case fsrs.New:
		s += "new"
	case fsrs.Learning, fsrs.Relearning:
		s += "learning"
	default:
		if c.Sched.Due.After(now) {
			s += "due in " + fsrs.FormatInterval(c.Sched.Due.Sub(now))
		} else {
			s += "due now"
		}
	}
	if c.Card.Kind == quiz.CardOwn {
		s += " · own card"
	} else if c.Card.Edited {
		s += " · edited"
	}
	if c.Suspended {
		s += " · suspended"
	}
	if c.Leech {
		s += " · leech"
	}
	return s
}

// refresh applies the search and the chapter filter, keeping the selected
// card selected.
func (b *browseView) refresh() {
	f := b.f
	if f.doc == nil {
		return
	}
	opts := []string{allChapters}
	for i, ch := range f.doc.art.Chapters {
		opts = append(opts, fmt.Sprintf("%d. %s", i+1, ch.Title))
	}
	if len(b.chapter.Options) != len(opts) || b.chapter.Options[len(opts)-1] != opts[len(opts)-1] {
		b.chapter.Options = opts
		b.chapter.SetSelectedIndex(0)
	}
	plain := make([]quiz.Card, len(f.cards))
	for i, c := range f.cards {
		plain[i] = c.Card
	}
	b.shown = quiz.SearchCards(plain, b.search.Text, b.chapter.SelectedIndex()-1)
	b.count.SetText(fmt.Sprintf("%d of %d cards", len(b.shown), len(f.cards)))
	b.list.UnselectAll()
	b.list.Refresh()
	for id, i := range b.shown {
		if f.cards[i].Card.Key == b.selected {
			b.list.Select(id)
			return
		}
	}
	b.selected = ""
	b.showDetail()
}

func (b *browseView) current() (quiz.DeckCard, bool) {
	i, ok := b.f.byKey[b.selected]
	if !ok || b.selected == "" {
		return quiz.DeckCard{}, false
	}
	return b.f.cards[i], true
}

func (b *browseView) showDetail() {
	c, ok := b.current()
	if !ok {
		hint := widget.NewLabel("Choose a card to see it, edit it, suspend it or reset its schedule. Press N to write a card of your own.")
		hint.Wrapping = fyne.TextWrapWord
		b.detail.Objects = []fyne.CanvasObject{hint}
		b.detail.Refresh()
		return
	}
	f := b.f
	front := plainText(c.Card.Front, widget.RichTextStyleSubHeading)
	back := plainText(c.Card.Back, widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}})
	objs := []fyne.CanvasObject{widget.NewLabel(b.status(c)), front, widget.NewSeparator(), back}
	if showsSource(c.Card.Back, c.Card.Sentence) {
		objs = append(objs, widget.NewSeparator(), sourceSentence(c.Card.Sentence, c.Card.Phrase))
	}
	if c.Sched.Reps > 0 {
		objs = append(objs, widget.NewLabel(fmt.Sprintf("Reviewed %d times, forgotten %d; last %s.", c.Sched.Reps, c.Sched.Lapses,
			c.Sched.LastReview.Local().Format("2 Jan 2006"))))
	}
	edit := widget.NewButtonWithIcon("Edit  E", theme.DocumentCreateIcon(), b.editSelected)
	suspendText := "Suspend  S"
	if c.Suspended {
		suspendText = "Unsuspend  S"
	}
	suspend := widget.NewButtonWithIcon(suspendText, theme.MediaPauseIcon(), b.toggleSuspend)
	reset := widget.NewButtonWithIcon("Reset schedule", theme.MediaReplayIcon(), b.resetSelected)
	if c.Sched.State == fsrs.New {
		reset.Disable()
	}
	open := widget.NewButtonWithIcon("Open in chapter", theme.DocumentIcon(), func() { f.act.openInChapter(c.Card.Chapter, c.Card.Block) })
	buttons := container.NewGridWithColumns(2, edit, suspend, reset, open)
	objs = append(objs, buttons)
	if c.Card.Edited {
		label := "Undo my edit"
		if c.Card.Kind == quiz.CardOwn {
			label = "Delete this card"
		}
		objs = append(objs, container.NewHBox(widget.NewButtonWithIcon(label, theme.DeleteIcon(), b.deleteSelected)))
	}
	b.detail.Objects = objs
	b.detail.Refresh()
}

// change runs a store operation on the worker, then reloads the deck.
func (b *browseView) change(what string, op func(pid, aid int64) error) {
	f := b.f
	doc, pid := f.doc, f.profile()
	f.background(func() {
		if err := op(pid, doc.item.ID); err != nil {
			f.do(func() { f.showError(userMessage(what, err), err) })
			return
		}
		f.load(doc)
	})
}

func (b *browseView) toggleSuspend() {
	c, ok := b.current()
	if !ok {
		return
	}
	b.change("The card could not be suspended", func(pid, aid int64) error {
		return b.f.store.SetSuspended(pid, aid, c.Card.Key, c.Card.Chapter, !c.Suspended)
	})
}

func (b *browseView) resetSelected() {
	c, ok := b.current()
	if !ok || c.Sched.State == fsrs.New {
		return
	}
	showConfirm("Reset this card?", "It becomes a new card again and its schedule starts over. Its past reviews stay in your history.",
		func(yes bool) {
			if yes {
				b.change("The card could not be reset", func(pid, aid int64) error { return b.f.store.ResetCard(pid, aid, c.Card.Key) })
			}
		}, b.f.window)
}

func (b *browseView) deleteSelected() {
	c, ok := b.current()
	if !ok || !c.Card.Edited {
		return
	}
	msg := "The card goes back to the text Chapterwise made for it."
	if c.Card.Kind == quiz.CardOwn {
		msg = "Your card and its schedule are deleted."
	}
	showConfirm("Are you sure?", msg, func(yes bool) {
		if yes {
			b.change("The card could not be changed", func(pid, aid int64) error { return b.f.store.DeleteCardEdit(pid, aid, c.Card.Key) })
		}
	}, b.f.window)
}

func (b *browseView) editSelected() {
	if c, ok := b.current(); ok {
		b.f.editCard(c.Card, nil)
	}
}

// addCard writes a card of the user's own in the filtered chapter (or the
// first).
func (b *browseView) addCard() {
	f := b.f
	if f.doc == nil {
		return
	}
	ch := max(0, b.chapter.SelectedIndex()-1)
	key := "own-" + strconv.FormatInt(f.now().UnixNano(), 36) + strconv.FormatInt(int64(f.act.rand()*1e9), 36)
	f.editCard(quiz.Card{Key: key, Kind: quiz.CardOwn, Chapter: ch, Block: -1}, func(e quiz.CardEdit) { b.selected = e.Key })
}

func (b *browseView) typedKey(ev *fyne.KeyEvent) bool {
	if ev.Name == fyne.KeyEscape {
		b.f.leave()
		return true
	}
	return false
}

func (b *browseView) typedRune(r rune) bool {
	switch r {
	case 'e', 'E':
		b.editSelected()
	case 's', 'S':
		b.toggleSuspend()
	case 'n', 'N':
		b.addCard()
	case '/':
		b.f.window.Canvas().Focus(b.search)
	default:
		return false
	}
	return true
}

// editCard shows the card editor; saved is called on the UI goroutine
// once the edit is committed (it may be nil).
func (f *flashTab) editCard(c quiz.Card, saved func(quiz.CardEdit)) {
	own := c.Kind == quiz.CardOwn
	front, back := widget.NewMultiLineEntry(), widget.NewMultiLineEntry()
	front.Wrapping, back.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	front.SetMinRowsVisible(3)
	back.SetMinRowsVisible(3)
	front.SetText(c.Front)
	back.SetText(c.Back)
	var titles []string
	for i, ch := range f.doc.art.Chapters {
		titles = append(titles, fmt.Sprintf("%d. %s", i+1, ch.Title))
	}
	chapter := widget.NewSelect(titles, nil)
	chapter.SetSelectedIndex(c.Chapter)
	items := []*widget.FormItem{widget.NewFormItem("Front", front), widget.NewFormItem("Back", back)}
	if own {
		items = append(items, widget.NewFormItem("Chapter", chapter))
	}
	title := "Edit card"
	if own && c.Front == "" {
		title = "New card"
	}
	doc := f.doc
	d := newForm(title, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		e := quiz.CardEdit{Key: c.Key, Own: own, Chapter: c.Chapter, Block: c.Block, Front: front.Text, Back: back.Text}
		if own {
			e.Chapter = chapter.SelectedIndex()
			if e.Chapter != c.Chapter {
				e.Block = -1
			}
		}
		if err := e.Validate(len(doc.art.Chapters)); err != nil {
			f.showError("The card was not saved: "+err.Error()+".", err)
			return
		}
		pid := f.profile()
		f.background(func() {
			if err := f.store.SaveCardEdit(pid, doc.item.ID, e); err != nil {
				f.do(func() { f.showError(userMessage("The card could not be saved", err), err) })
				return
			}
			f.doAndWait(func() {
				if saved != nil {
					saved(e)
				}
			})
			if !f.studying() {
				f.load(doc)
			}
		})
	}, f.window)
	d.Resize(fyne.NewSize(560, 420))
	d.Show()
	f.window.Canvas().Focus(front)
}

// showSettings edits desired retention and the daily limits.
func (f *flashTab) showSettings() {
	st := f.settings
	retention := widget.NewSlider(70, 97)
	retention.Step = 1
	retention.SetValue(st.Retention * 100)
	retLabel := widget.NewLabel("")
	retLabel.Wrapping = fyne.TextWrapWord
	showRet := func(v float64) { retLabel.SetText(fmt.Sprintf("%.0f%% of cards remembered when they come due", v)) }
	retention.OnChanged = showRet
	showRet(retention.Value)
	newPer, revPer := widget.NewEntry(), widget.NewEntry()
	newPer.SetText(strconv.Itoa(st.NewPerDay))
	revPer.SetText(strconv.Itoa(st.ReviewsPerDay))
	number := func(s string) error {
		if n, err := strconv.Atoi(s); err != nil || n < 0 {
			return fmt.Errorf("enter a whole number, 0 or more")
		}
		return nil
	}
	newPer.Validator, revPer.Validator = number, number
	help := widget.NewLabel("Higher retention means more reviews and fewer lapses. 90% suits most people.")
	help.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		widget.NewFormItem("Desired retention", container.NewVBox(retention, retLabel)),
		widget.NewFormItem("New cards a day", newPer),
		widget.NewFormItem("Reviews a day", revPer),
		widget.NewFormItem("", help),
	}
	d := newForm("Study settings", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		n, _ := strconv.Atoi(newPer.Text)
		r, _ := strconv.Atoi(revPer.Text)
		next := quiz.StudySettings{Retention: retention.Value / 100, NewPerDay: n, ReviewsPerDay: r}.Clamp()
		pid := f.profile()
		f.background(func() {
			if err := f.store.SaveStudySettings(pid, next); err != nil {
				f.do(func() { f.showError(userMessage("The settings could not be saved", err), err) })
				return
			}
			f.do(func() {
				f.settings = next
				f.setScheduler()
				f.refreshDecks()
			})
		})
	}, f.window)
	d.Resize(fyne.NewSize(520, 360))
	d.Show()
}
