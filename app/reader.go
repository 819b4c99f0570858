package app

import (
	"errors"
	"fmt"
	"image/color"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/source"
)

// libraryStore is what opening articles needs from the database.
type libraryStore interface {
	DefaultProfile() (quiz.Profile, error)
	AddArticle(title, source string, builtin bool, content []byte) (quiz.LibraryItem, error)
	Library() ([]quiz.LibraryItem, error)
	ArticleContent(id int64) ([]byte, error)
	SetCurrentArticle(profileID, articleID int64) error
	CurrentArticle(profileID int64) (quiz.LibraryItem, error)
}

// readerStore is what reading needs from the database.
type readerStore interface {
	Progress(profileID, articleID int64) (quiz.ReadingProgress, error)
	MarkRead(profileID, articleID int64, chapter int, read bool) error
	OpenChapter(profileID, articleID int64, chapter int) error
}

// readerTab is the Read screen: chapters on the left, the chapter on the right.
type readerTab struct {
	u   *UI
	doc *document

	current   int
	root      fyne.CanvasObject
	list      *widget.List
	progress  *widget.Label
	bar       *widget.ProgressBar
	busyBar   *widget.ProgressBarInfinite
	page      *fyne.Container
	scroll    *container.Scroll
	readCheck *widget.Check
	blocks    []fyne.CanvasObject
	marks     []*canvas.Rectangle
}

func newReaderTab(u *UI) *readerTab {
	r := &readerTab{u: u}
	r.progress = widget.NewLabel("Loading the article…")
	r.bar = widget.NewProgressBar()
	r.bar.TextFormatter = func() string { return "" }
	r.busyBar = widget.NewProgressBarInfinite()
	r.busyBar.Hide()
	r.list = widget.NewList(r.listLength, r.newListItem, r.updateListItem)
	r.list.OnSelected = func(id widget.ListItemID) {
		if r.doc != nil && id != r.current {
			r.showChapter(id)
		}
	}
	r.page = container.NewVBox(widget.NewProgressBarInfinite())
	r.scroll = container.NewVScroll(container.New(&columnLayout{}, r.page))
	open := widget.NewButtonWithIcon("Open…  Ctrl+O", theme.FolderOpenIcon(), r.openFileDialog)
	left := container.NewBorder(container.NewVBox(r.progress, container.NewStack(r.bar, r.busyBar)), container.NewVBox(open, r.u.addArticleButtons(nil, true)), nil, nil, r.list)
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
	return container.NewBorder(nil, nil, lead, nil, l)
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

func (r *readerTab) updateListItem(id widget.ListItemID, obj fyne.CanvasObject) {
	label, lead := listRowParts(obj.(*fyne.Container))
	icon := lead.Objects[0].(*widget.Icon)
	level := 0
	if id < len(r.doc.art.Chapters) {
		level = r.doc.art.Chapters[id].Level
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

// loadInitial runs on the worker: it registers the built-in article and
// opens the article named on the command line, or the last one read.
func (r *readerTab) loadInitial() {
	defer r.u.markReady()
	u := r.u
	p, err := u.store.DefaultProfile()
	if err != nil {
		r.failed("Chapterwise could not read its database", err)
		return
	}
	if id := u.prefs.lastProfile(); id != 0 {
		if last, err := u.store.Profile(id); err == nil {
			p = last
		}
	}
	r.u.doAndWait(func() { u.setProfile(p) })
	builtin, err := quiz.ParseArticle(u.opts.Builtin)
	if err != nil {
		r.failed("The built-in article could not be read", err)
		return
	}
	item, err := u.store.AddArticle(builtin.Title, "built-in", true, u.opts.Builtin)
	if err != nil {
		r.failed("Chapterwise could not save to its database", err)
		return
	}
	if u.opts.ArticleData != nil {
		r.openData(u.opts.ArticlePath, u.opts.ArticleData)
		return
	}
	if cur, err := u.store.CurrentArticle(p.ID); err == nil {
		item = cur
	}
	u.openItem(item)
}

func (r *readerTab) failed(summary string, err error) {
	r.u.doAndWait(func() {
		r.progress.SetText(summary)
		r.page.Objects = []fyne.CanvasObject{widget.NewLabel(summary + ". See the details in the message.")}
		r.page.Refresh()
		r.u.showError(summary, err)
	})
}

// openData parses an article the user chose and opens it; on bad input it
// says why and leaves the current article open. It runs on the worker.
func (r *readerTab) openData(source string, data []byte) {
	item, art, err := r.addArticle(source, data)
	if err != nil {
		r.u.do(func() { r.u.showError(err.Error(), errors.Unwrap(err)) })
		return
	}
	r.u.openParsed(item, art)
}

// addArticle checks an article file's text and keeps it in the library,
// as UTF-8 whatever encoding it came in. The error says what failed for
// the user and wraps the cause. It runs on the worker.
func (r *readerTab) addArticle(source string, data []byte) (quiz.LibraryItem, *quiz.Article, error) {
	name := filepath.Base(source)
	text, err := quiz.DecodeText(data)
	var art *quiz.Article
	if err == nil {
		art, err = quiz.ParseArticle(text)
	}
	if err != nil {
		return quiz.LibraryItem{}, nil, userError{userMessage("Could not open "+name, err), err}
	}
	item, err := r.u.store.AddArticle(art.Title, source, false, text)
	if err != nil {
		return quiz.LibraryItem{}, nil, userError{userMessage("Could not add "+name+" to the library", err), err}
	}
	return item, art, nil
}

// openArticles reads article files (dropped on the window, named on the
// command line or chosen in the dialog) in one job: each is added to the
// library, the first one added is opened, and one message tells what
// could not be added. One job, however many files, so that the queue
// never holds a job per file.
func (r *readerTab) openArticles(uris []fyne.URI) {
	if len(uris) == 1 {
		r.setBusy("Opening " + uris[0].Name() + "…")
	} else {
		r.setBusy(fmt.Sprintf("Opening %d articles…", len(uris)))
	}
	r.u.background(func() {
		defer r.u.do(r.idle)
		var added []quiz.LibraryItem
		var first *quiz.Article
		var failed []error
		for _, uri := range uris {
			data, err := readArticleURI(uri)
			if err == nil {
				data, err = r.convertFile(uri.Name(), data) // a web page, book or PDF becomes text
			}
			if err != nil {
				failed = append(failed, userError{userMessage("Could not open "+uri.Name(), err), err})
				continue
			}
			item, art, err := r.addArticle(uri.Path(), data)
			if err != nil {
				failed = append(failed, err)
				continue
			}
			if len(added) == 0 {
				first = art
			}
			added = append(added, item)
		}
		if len(added) > 0 {
			r.u.openParsed(added[0], first)
		}
		r.u.do(func() { r.reportOpened(len(uris), added, failed) })
	})
}

// reportOpened says what openArticles could not add, and where to find
// the articles when it added more than one.
func (r *readerTab) reportOpened(given int, added []quiz.LibraryItem, failed []error) {
	if len(added) > 1 {
		showInformation("Articles added",
			fmt.Sprintf("%d articles were added to your library. “%s” is open; find the others in the Library (Ctrl+L).", len(added), added[0].Title), r.u.w)
	}
	reportFailed(r.u, "article files", given, failed)
}

func (r *readerTab) apply(doc *document) {
	r.doc = doc
	r.u.w.SetTitle(doc.art.Title + " — Chapterwise")
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
	r.u.background(func() {
		if err := r.u.store.OpenChapter(r.u.profile.ID, doc.item.ID, i); err != nil {
			r.u.do(func() { r.u.showError(userMessage("Could not save your place in the article", err), err) })
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
	study := widget.NewButtonWithIcon("Study this chapter's cards", theme.GridIcon(), func() {
		r.markRead(i, true)
		r.u.show(sectionFlashcards)
		r.u.flash.startDeck(i)
	})
	quizMe := widget.NewButtonWithIcon("Quiz me on this chapter", theme.QuestionIcon(), func() {
		r.markRead(i, true)
		r.u.quiz.quickChapter(i)
	})
	objs = append(objs, widget.NewSeparator(), r.readCheck, newFlow(study, quizMe), r.navRow())
	return objs
}

func (r *readerTab) navRow() fyne.CanvasObject {
	prev := widget.NewButtonWithIcon("Previous", theme.NavigateBackIcon(), r.prev)
	if r.current == 0 {
		prev.Disable()
	}
	label := "Finish: mark as read"
	if r.current+1 < r.doc.pages() {
		label = "Next: " + shortTitle(r.pageTitle(r.current+1))
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
	const most = 20
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
	r.u.background(func() {
		if err := r.u.store.MarkRead(r.u.profile.ID, doc.item.ID, i, read); err != nil {
			r.u.do(func() { r.u.showError(userMessage("Could not save the chapter's tick", err), err) })
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
		return false
	}
	return true
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

// openFileDialog chooses an article file; it is read like a dropped one.
func (r *readerTab) openFileDialog() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			r.u.showError("The file could not be opened.", err)
			return
		}
		if rc == nil {
			return
		}
		rc.Close()
		r.openArticles([]fyne.URI{rc.URI()})
	}, r.u.w)
	d.SetFilter(regularFiles(source.Extensions...))
	fitFileDialog(d, r.u.w, fyne.NewSize(800, 560))
	d.Show()
}

// heading is a chapter title.
func heading(text string) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyleHeading})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// plainText shows text as it is: never parsed as Markdown, so an article
// cannot make the app load images or open links.
func plainText(text string, style widget.RichTextStyle) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: text, Style: style})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// blockWidget shows a paragraph, quotation or list item, with its key
// dates and policies in the accent colour: a light mark, so that reading
// comes first.
func blockWidget(b quiz.Block, marks []quiz.Span) fyne.CanvasObject {
	switch b.Kind {
	case quiz.Quotation:
		style := widget.RichTextStyleBlockquote
		style.TextStyle.Italic = true
		return plainText(b.Text, style)
	case quiz.ListItem:
		return markedText("•  ", b.Text, marks)
	}
	return markedText("", b.Text, marks)
}

func markedText(prefix, text string, marks []quiz.Span) *widget.RichText {
	if len(marks) == 0 {
		return plainText(prefix+text, widget.RichTextStyleParagraph)
	}
	plain := widget.RichTextStyleInline
	accent := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary}
	segs := []widget.RichTextSegment{}
	if prefix != "" {
		segs = append(segs, &widget.TextSegment{Text: prefix, Style: plain})
	}
	at := 0
	for _, m := range marks {
		if m.Start < at || m.End > len(text) {
			continue
		}
		// keep quotation marks with the term, so a line never breaks
		// between “ and the word
		for _, q := range []string{"“", "\"", "‘"} {
			if strings.HasSuffix(text[at:m.Start], q) {
				m.Start -= len(q)
			}
		}
		for _, q := range []string{"”", "\"", "’"} {
			if strings.HasPrefix(text[m.End:], q) {
				m.End += len(q)
			}
		}
		if m.Start > at {
			segs = append(segs, &widget.TextSegment{Text: text[at:m.Start], Style: plain})
		}
		segs = append(segs, &widget.TextSegment{Text: text[m.Start:m.End], Style: accent})
		at = m.End
	}
	segs = append(segs, &widget.TextSegment{Text: text[at:], Style: widget.RichTextStyleParagraph})
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// referenceWidget shows a reference with its https address as a link; other
// schemes stay plain text.
func referenceWidget(ref quiz.Reference) fyne.CanvasObject {
	if ref.URL == "" || !strings.HasPrefix(ref.URL, "https://") {
		return plainText(ref.Text, widget.RichTextStyleParagraph)
	}
	u, err := url.Parse(ref.URL)
	if err != nil {
		return plainText(ref.Text, widget.RichTextStyleParagraph)
	}
	before, after, _ := strings.Cut(ref.Text, ref.URL)
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: before, Style: widget.RichTextStyleInline},
		&widget.HyperlinkSegment{Text: ref.URL, URL: u},
	}
	if strings.TrimSpace(after) != "" {
		segs = append(segs, &widget.TextSegment{Text: after, Style: widget.RichTextStyleInline})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// columnLayout centres its one child in a column about 75 characters wide,
// a comfortable measure for reading.
type columnLayout struct{}

func (columnLayout) maxWidth() float32 {
	size := theme.TextSize()
	w := fyne.MeasureText("abcdefghijklmnopqrstuvwxyz ", size, fyne.TextStyle{}).Width / 27
	return 75*w + 4*theme.Padding()
}

func (l columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Min(size.Width, l.maxWidth())
	x := (size.Width - w) / 2
	for _, o := range objs {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, fyne.Max(size.Height, o.MinSize().Height)))
	}
}

func (l columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(2*theme.Padding(), 2*theme.Padding())
}

var _ fyne.Layout = columnLayout{}

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
