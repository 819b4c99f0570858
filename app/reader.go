package app

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// readerStore is what the Read screen saves: the chapter ticks and where
// the reader is.
type readerStore interface {
	MarkRead(profileID, articleID int64, chapter int, read bool) error
	OpenChapter(profileID, articleID int64, chapter int) error
}

// readerActions are what the Read screen asks of the others.
type readerActions struct {
	studyChapter func(chapter int) // a flashcard session on the chapter
	quizChapter  func(chapter int) // a short practice quiz on it
	openFile     func()            // the open-article dialog
	addButtons   fyne.CanvasObject // paste, web page…
}

// readerActions are the UI's.
func (u *UI) readerActions() readerActions {
	return readerActions{
		studyChapter: func(ch int) {
			u.show(sectionFlashcards)
			u.flash.startDeck(ch)
		},
		quizChapter: func(ch int) { u.quiz.quickChapter(ch) },
		openFile:    u.openFileDialog,
		addButtons:  u.addArticleButtons(nil, true),
	}
}

// readerTab is the Read screen: chapters on the left, the chapter on the right.
type readerTab struct {
	screenContext
	store readerStore
	act   readerActions
	doc   *document // the article shown (the listener's, not screenContext.doc)

	current   int
	root      fyne.CanvasObject
	list      *keyList
	title     *widget.Label // the article's title
	progress  *widget.Label
	bar       *progressLine
	busyBar   *widget.ProgressBarInfinite
	page      *fyne.Container
	scroll    *container.Scroll
	readCheck *widget.Check
	blocks    []fyne.CanvasObject
	marks     []*canvas.Rectangle
}

func newReaderTab(store readerStore, ctx screenContext, act readerActions) *readerTab {
	r := &readerTab{screenContext: ctx, store: store, act: act}
	r.progress = widget.NewLabel("Loading the article…")
	r.bar = newProgressLine()
	r.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.title.Wrapping = fyne.TextWrapWord
	r.busyBar = widget.NewProgressBarInfinite()
	r.busyBar.Hide()
	r.list = newKeyList(r.listLength, r.newListItem, r.updateListItem)
	r.list.OnSelected = func(id widget.ListItemID) {
		if r.doc != nil && id != r.current {
			r.showChapter(id)
		}
	}
	r.page = container.NewVBox(widget.NewProgressBarInfinite())
	r.scroll = container.NewVScroll(container.New(&columnLayout{}, r.page))
	open := widget.NewButtonWithIcon("Open…  Ctrl+O", theme.FolderOpenIcon(), act.openFile)
	left := newBorder(container.NewVBox(r.title, r.progress, container.NewStack(r.bar, r.busyBar)), container.NewVBox(open, act.addButtons), nil, nil, r.list)
	split := container.NewHSplit(left, r.scroll)
	split.Offset = 0.26
	r.root = split
	return r
}

func (r *readerTab) content() fyne.CanvasObject { return r.root }

func (r *readerTab) listLength() int {
	if r.doc == nil {
		return 0
	}
	return r.doc.pages()
}

func (r *readerTab) newListItem() fyne.CanvasObject {
	l := widget.NewLabel("Chapter title")
	l.Truncation = fyne.TextTruncateEllipsis
	// the icon, moved right by a sub-section's depth
	lead := container.New(layout.NewCustomPaddedLayout(0, 0, 0, 0), widget.NewIcon(theme.ConfirmIcon()))
	return newBorder(nil, nil, lead, nil, l)
}

// listRowParts finds a chapter row's title and the container that holds
// its icon (and its indent).
func listRowParts(row *fyne.Container) (label *widget.Label, lead *fyne.Container) {
	for _, o := range row.Objects {
		switch w := o.(type) {
		case *widget.Label:
			label = w
		case *fyne.Container:
			lead = w
		}
	}
	return label, lead
}

// chapterIndent is how far a chapter's row moves right per level of
// nesting: a sub-section sits under the chapter that holds it.
func chapterIndent(level int) float32 {
	return float32(level) * theme.IconInlineSize()
}

// mostWrappedTitles is how many chapters a list may have for its titles
// to wrap: each row is measured when the list changes width, which a
// book of thousands of chapters would make slow.
const mostWrappedTitles = 400

// wrapTitles says the chapter titles wrap rather than end in "…".
func (r *readerTab) wrapTitles() bool { return r.doc != nil && r.doc.pages() <= mostWrappedTitles }

// fitTitles gives each chapter row the height its wrapped title needs.
func (r *readerTab) fitTitles() {
	if !r.wrapTitles() {
		return
	}
	width := r.list.Size().Width
	if width <= 0 {
		return
	}
	row := r.newListItem()
	for i := range r.doc.pages() {
		r.updateListItem(i, row)
		row.Resize(fyne.NewSize(width, row.MinSize().Height))
		r.list.SetItemHeight(i, row.MinSize().Height)
	}
}

func (r *readerTab) updateListItem(id widget.ListItemID, obj fyne.CanvasObject) {
	label, lead := listRowParts(obj.(*fyne.Container))
	icon := lead.Objects[0].(*widget.Icon)
	level := 0
	if id < len(r.doc.art.Chapters) {
		level = r.doc.art.Chapters[id].Level
	}
	if r.wrapTitles() {
		label.Truncation, label.Wrapping = fyne.TextTruncateOff, fyne.TextWrapWord
	} else {
		label.Truncation, label.Wrapping = fyne.TextTruncateEllipsis, fyne.TextWrapOff
	}
	lead.Layout = layout.NewCustomPaddedLayout(0, 0, chapterIndent(level), 0)
	lead.Refresh()
	if id >= len(r.doc.art.Chapters) {
		label.SetText(r.doc.art.ReferencesHeading)
		icon.SetResource(theme.ListIcon())
		return
	}
	label.SetText(fmt.Sprintf("%d. %s", id+1, r.doc.art.Chapters[id].Title))
	if r.doc.progress.Read[id] {
		icon.SetResource(theme.ConfirmIcon())
	} else {
		icon.SetResource(theme.NewDisabledResource(theme.RadioButtonIcon()))
	}
}

func (r *readerTab) apply(doc *document) {
	r.doc = doc
	r.window.SetTitle(doc.art.Title + " — Chapterwise")
	r.title.SetText(doc.art.Title)
	r.list.OnResized = r.fitTitles
	r.fitTitles()
	r.current = -1
	r.list.UnselectAll()
	r.list.Refresh()
	start := doc.progress.Current
	if start < 0 || start >= doc.pages() {
		start = 0
	}
	r.showChapter(start)
}

func (r *readerTab) updateProgress() {
	n := len(r.doc.art.Chapters)
	read := r.doc.progress.ReadCount(n)
	r.progress.SetText(fmt.Sprintf("%d of %d chapters read", read, n))
	r.bar.Max = float64(n)
	r.bar.SetValue(float64(read))
}

// showChapter renders page i: a chapter, or the references after the last.
func (r *readerTab) showChapter(i int) {
	if r.doc == nil || i < 0 || i >= r.doc.pages() {
		return
	}
	r.current = i
	r.doc.progress.Current = i
	r.list.Select(i)
	r.updateProgress()
	if i < len(r.doc.art.Chapters) {
		r.page.Objects = r.chapterObjects(i)
	} else {
		r.page.Objects = r.referenceObjects()
	}
	r.page.Refresh()
	r.scroll.ScrollToTop()
	doc := r.doc
	pid := r.profile()
	r.background(func() {
		if err := r.store.OpenChapter(pid, doc.item.ID, i); err != nil {
			r.do(func() { r.showError(userMessage("Could not save your place in the article", err), err) })
		}
	})
}

func (r *readerTab) chapterObjects(i int) []fyne.CanvasObject {
	ch := r.doc.art.Chapters[i]
	objs := []fyne.CanvasObject{heading(ch.Title)}
	if i == 0 && r.doc.art.Byline != "" {
		objs = append(objs, plainText(r.doc.art.Byline, widget.RichTextStyleEmphasis))
	}
	r.readCheck = widget.NewCheck("I have read this chapter", func(v bool) { r.markRead(i, v) })
	r.readCheck.Checked = r.doc.progress.Read[i]
	r.blocks, r.marks = r.blocks[:0], r.marks[:0]
	for bi, b := range ch.Blocks {
		mark := canvas.NewRectangle(color.Transparent)
		mark.CornerRadius = theme.InputRadiusSize()
		w := container.NewStack(mark, blockWidget(b, r.doc.study.Highlights(i, bi)))
		r.blocks = append(r.blocks, w)
		r.marks = append(r.marks, mark)
		objs = append(objs, w)
	}
	study := widget.NewButtonWithIcon("Study this chapter", theme.GridIcon(), func() {
		r.markRead(i, true)
		r.act.studyChapter(i)
	})
	quizMe := widget.NewButtonWithIcon("Quiz this chapter", theme.QuestionIcon(), func() {
		r.markRead(i, true)
		r.act.quizChapter(i)
	})
	objs = append(objs, widget.NewSeparator(), r.readCheck, newFlow(study, quizMe), r.navRow())
	return objs
}

func (r *readerTab) navRow() fyne.CanvasObject {
	prev := widget.NewButtonWithIcon("Previous  Left", theme.NavigateBackIcon(), r.prev)
	if r.current == 0 {
		prev.Disable()
	}
	label := "Mark as read  Right"
	if r.current+1 < r.doc.pages() {
		label = shortTitle(r.pageTitle(r.current+1)) + "  Right"
	}
	next := widget.NewButtonWithIcon(label, theme.NavigateNextIcon(), r.next)
	next.IconPlacement = widget.ButtonIconTrailingText
	next.Importance = widget.HighImportance
	if r.current >= len(r.doc.art.Chapters) {
		next.Disable()
	}
	return newPair(prev, next)
}

// shortTitle is a chapter title cut to fit on a button.
func shortTitle(s string) string {
	const most = 13 // with "  Right", it fits the column at the largest text
	if r := []rune(s); len(r) > most {
		return strings.TrimSpace(string(r[:most-1])) + "…"
	}
	return s
}

func (r *readerTab) pageTitle(i int) string {
	if i < len(r.doc.art.Chapters) {
		return r.doc.art.Chapters[i].Title
	}
	return r.doc.art.ReferencesHeading
}

func (r *readerTab) referenceObjects() []fyne.CanvasObject {
	a := r.doc.art
	objs := []fyne.CanvasObject{heading(a.ReferencesHeading)}
	for _, n := range a.Notes {
		objs = append(objs, plainText(n, widget.RichTextStyleEmphasis))
	}
	for _, ref := range a.References {
		objs = append(objs, referenceWidget(ref))
	}
	objs = append(objs, widget.NewSeparator(), r.navRow())
	return objs
}

// markRead sets a chapter's tick at once and saves it on the worker.
func (r *readerTab) markRead(i int, read bool) {
	if r.doc == nil || i >= len(r.doc.art.Chapters) || r.doc.progress.Read[i] == read {
		return
	}
	r.doc.progress.Read[i] = read
	if i == r.current && r.readCheck != nil && r.readCheck.Checked != read {
		r.readCheck.Checked = read
		r.readCheck.Refresh()
	}
	r.list.RefreshItem(i)
	r.updateProgress()
	doc := r.doc
	pid := r.profile()
	r.background(func() {
		if err := r.store.MarkRead(pid, doc.item.ID, i, read); err != nil {
			r.do(func() { r.showError(userMessage("Could not save the chapter's tick", err), err) })
		}
	})
}

// next marks the chapter read and moves on.
func (r *readerTab) next() {
	if r.doc == nil || r.current >= len(r.doc.art.Chapters) {
		return
	}
	r.markRead(r.current, true)
	if r.current+1 < r.doc.pages() {
		r.showChapter(r.current + 1)
	}
}

func (r *readerTab) prev() {
	if r.doc != nil && r.current > 0 {
		r.showChapter(r.current - 1)
	}
}

// typedKey turns pages: Right or Page Down goes on (marking the chapter
// read), Left or Page Up goes back.
func (r *readerTab) typedKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyRight, fyne.KeyPageDown:
		r.next()
	case fyne.KeyLeft, fyne.KeyPageUp:
		r.prev()
	default:
		return pickFrom(r.window, r.list, ev)
	}
	return true
}

// showFailed says that the article could not be shown, in place of it.
func (r *readerTab) showFailed(summary string) {
	r.progress.SetText(summary)
	r.page.Objects = []fyne.CanvasObject{widget.NewLabel(summary + ". See the details in the message.")}
	r.page.Refresh()
}

// setBusy says what is being loaded, with a moving bar: reading and
// studying a long article takes a moment.
func (r *readerTab) setBusy(msg string) {
	r.progress.SetText(msg)
	r.bar.Hide()
	r.busyBar.Show()
	r.busyBar.Start()
}

// showLoading tells how far opening an article has come: which chapter
// is being read, on a bar that fills as it goes.
func (r *readerTab) showLoading(p quiz.StudyProgress) {
	r.progress.SetText(p.String())
	r.busyBar.Stop()
	r.busyBar.Hide()
	r.bar.Max = 1
	r.bar.SetValue(p.Fraction())
	r.bar.Show()
}

// idle puts the reading progress back after loading.
func (r *readerTab) idle() {
	r.busyBar.Stop()
	r.busyBar.Hide()
	r.bar.Show()
	if r.doc != nil {
		r.updateProgress()
	}
}

// scrollToBlock scrolls the page so that a paragraph is at the top.
func (r *readerTab) scrollToBlock(block int) {
	if block < 0 || block >= len(r.blocks) {
		return
	}
	r.scroll.Refresh()
	y := r.blocks[block].Position().Y
	r.scroll.ScrollToOffset(fyne.NewPos(0, y-theme.Padding()))
	r.flash(block)
}

// flash briefly highlights a paragraph, so the eye finds it after a jump.
func (r *readerTab) flash(block int) {
	mark := r.marks[block]
	from := theme.Color(theme.ColorNameSelection)
	mark.FillColor = from
	mark.Refresh()
	fade := canvas.NewColorRGBAAnimation(from, color.Transparent, 2*time.Second, func(c color.Color) {
		mark.FillColor = c
		mark.Refresh()
	})
	fade.Curve = fyne.AnimationEaseIn
	fade.Start()
}
