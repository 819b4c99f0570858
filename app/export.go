package app

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
	"github.com/chapterwise/chapterwise/quiz/interop"
)

// The deck's Export and Import: cards out to Anki, Quizlet or a
// spreadsheet, and cards in from their files as own cards.

// cardImporter is what importing cards needs from the database.
type cardImporter interface {
	ImportOwnCards(profileID, articleID int64, cards []quiz.CardEdit) error
}

// cardFormat is a format the deck exports to.
type cardFormat struct {
	label, ext string
	write      func(io.Writer, interop.Deck, time.Time) error
}

// untimed adapts a writer that needs no clock.
func untimed(write func(io.Writer, interop.Deck) error) func(io.Writer, interop.Deck, time.Time) error {
	return func(w io.Writer, d interop.Deck, _ time.Time) error { return write(w, d) }
}

var cardFormats = []cardFormat{
	{"Anki package (.apkg)", ".apkg", data.WriteAPKG},
	{"Anki text import (.txt)", ".txt", untimed(interop.WriteAnkiText)},
	{"Quizlet import (.txt)", ".txt", untimed(interop.WriteQuizlet)},
	{"Spreadsheet (.csv)", ".csv", untimed(interop.WriteCardsCSV)},
}

// saveFile and openFile are the file dialogs; tests replace them.
var (
	saveFile = (*UI).saveAs
	openFile = func(u *UI, exts []string, open func(fyne.URI)) {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				u.showError("The file could not be chosen", err)
				return
			}
			if r == nil {
				return // cancelled
			}
			r.Close()
			open(r.URI())
		}, u.w)
		d.SetFilter(regularFiles(exts...))
		fitFileDialog(d, u.w, fyne.NewSize(800, 560))
		d.Show()
	}
)

// fileActions are the file dialogs a screen opens: save a file it
// writes, choose a file to read.
type fileActions struct {
	saveAs   func(name string, exts []string, what string, write func(io.Writer) error, done func(file string))
	openFile func(exts []string, open func(fyne.URI))
}

// fileActions are the UI's: saveFile and openFile.
func (u *UI) fileActions() fileActions {
	return fileActions{
		saveAs: func(name string, exts []string, what string, write func(io.Writer) error, done func(string)) {
			saveFile(u, name, exts, what, write, done)
		},
		openFile: func(exts []string, open func(fyne.URI)) { openFile(u, exts, open) },
	}
}

// newTransferButtons makes the browse view's small menu button with
// Export cards… and Import cards… (an icon only: the filter row is full
// at large text sizes).
func (b *browseView) newTransferButtons() fyne.CanvasObject {
	btn := widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), nil)
	btn.OnTapped = func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem("Export cards…", b.showExport),
			fyne.NewMenuItem("Import cards…", b.chooseImport))
		widget.ShowPopUpMenuAtRelativePosition(menu, b.f.window.Canvas(), fyne.NewPos(0, btn.Size().Height), btn)
	}
	return btn
}

// exportDeck is the deck to export: the cards of chapter (-1: all), with
// edits and own cards, suspended ones only when asked.
func (b *browseView) exportDeck(chapter int, suspended bool) interop.Deck {
	doc := b.f.doc
	d := interop.Deck{Article: doc.art.Title}
	for _, ch := range doc.art.Chapters {
		d.Chapters = append(d.Chapters, ch.Title)
	}
	for _, c := range b.f.cards {
		if (chapter < 0 || c.Card.Chapter == chapter) && (suspended || !c.Suspended) {
			d.Cards = append(d.Cards, c.Card)
		}
	}
	return d
}

// showExport asks for a format and which cards, then where to save.
func (b *browseView) showExport() {
	if b.f.doc == nil {
		return
	}
	var labels []string
	for _, f := range cardFormats {
		labels = append(labels, f.label)
	}
	format := widget.NewRadioGroup(labels, nil)
	format.SetSelected(labels[0])
	chapters := b.chapterChoices()
	chapter := widget.NewSelect(chapters, nil)
	chapter.SetSelectedIndex(max(b.chapter.SelectedIndex(), 0))
	suspended := widget.NewCheck("Include suspended cards", nil)
	schedules := widget.NewCheck("Carry my progress over (each card's schedule; Anki package only)", nil)
	note := widget.NewLabel("Anki, AnkiDroid and AnkiMobile import the package as one deck per article with a sub-deck per chapter; exporting again updates the same notes.")
	note.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(widget.NewLabel("Format"), format, widget.NewLabel("Cards"), chapter, suspended, schedules, note)
	d := newCustomConfirm("Export cards", "Export…", "Cancel", body, func(ok bool) {
		if !ok {
			return
		}
		f := cardFormats[max(indexOfString(labels, format.Selected), 0)]
		deck := b.exportDeck(chapter.SelectedIndex()-1, suspended.Checked)
		if len(deck.Cards) == 0 {
			showInformation("Nothing to export", "There are no cards to export in "+chapter.Selected+".", b.f.window)
			return
		}
		name := fileName(deck.Article) + f.ext
		now := b.f.now()
		write := func(w io.Writer) error { return f.write(w, deck, now) }
		if f.ext == ".apkg" && schedules.Checked {
			sched := b.schedules()
			write = func(w io.Writer) error { return data.WriteAPKGWithSchedules(w, deck, sched, now) }
		}
		b.f.act.saveAs(name, []string{f.ext}, "The cards were not exported", write, func(file string) {
			b.count.SetText(fmt.Sprintf("Exported %d cards to %s", len(deck.Cards), file))
		})
	}, b.f.window)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// schedules are the deck's cards' schedules by key.
func (b *browseView) schedules() map[string]fsrs.Card {
	out := make(map[string]fsrs.Card, len(b.f.cards))
	for _, c := range b.f.cards {
		out[c.Card.Key] = c.Sched
	}
	return out
}

func (b *browseView) chapterChoices() []string {
	out := []string{allChapters}
	for i, ch := range b.f.doc.art.Chapters {
		out = append(out, fmt.Sprintf("%d. %s", i+1, ch.Title))
	}
	return out
}

func indexOfString(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

// chooseImport asks for a CSV or tab-separated file and reads it on the
// worker.
func (b *browseView) chooseImport() {
	if b.f.doc == nil {
		return
	}
	f := b.f
	f.act.openFile([]string{".csv", ".tsv", ".txt"}, func(uri fyne.URI) {
		f.background(func() {
			raw, err := readURI(uri, interop.MaxImportBytes)
			if errors.Is(err, assign.ErrTooLarge) {
				err = interop.ErrTooLarge
			}
			f.do(func() {
				if err != nil {
					f.showError(userMessage("The cards were not imported", err), err)
					return
				}
				b.showImport(uri.Name(), raw)
			})
		})
	})
}

// importPreview is the Import dialog: what was detected in a file, which
// the user may change, and the first cards as they would be imported.
type importPreview struct {
	b         *browseView
	raw       []byte
	sheet     *interop.Sheet
	delimiter *widget.Select
	header    *widget.Check
	front     *widget.Select
	back      *widget.Select
	chapter   *widget.Select
	rows      *fyne.Container
	status    *widget.Label
	cards     []interop.ImportedCard
	dialog    *fitDialog
}

var delimiterLabels = []string{"Tab", "Comma", "Semicolon", "Bar |"}

// showImport shows what a file holds and imports it on confirmation.
func (b *browseView) showImport(name string, raw []byte) *importPreview {
	p := &importPreview{b: b, raw: raw, rows: container.NewVBox(), status: widget.NewLabel("")}
	p.status.Wrapping = fyne.TextWrapWord
	p.delimiter = widget.NewSelect(delimiterLabels, func(string) { p.reread(false) })
	p.header = widget.NewCheck("The first row names the columns", func(bool) { p.reread(true) })
	p.front = widget.NewSelect(nil, func(string) { p.remap() })
	p.back = widget.NewSelect(nil, func(string) { p.remap() })
	p.chapter = widget.NewSelect(b.chapterChoices()[1:], nil)
	p.chapter.SetSelectedIndex(max(b.chapter.SelectedIndex()-1, 0))
	form := widget.NewForm(
		widget.NewFormItem("Separator", p.delimiter),
		widget.NewFormItem("", p.header),
		widget.NewFormItem("Front", p.front),
		widget.NewFormItem("Back", p.back),
		widget.NewFormItem("Chapter", p.chapter))
	body := newBorder(form, p.status, nil, nil, container.NewVScroll(p.rows))
	p.dialog = newCustomConfirm("Import cards from "+name, "Import", "Cancel", body, func(ok bool) {
		if ok {
			p.importCards()
		}
	}, b.f.window)
	p.load(interop.SheetOptions{})
	p.dialog.Resize(fyne.NewSize(760, 560))
	p.dialog.Show()
	return p
}

// load reads the file with the options and shows what was detected.
func (p *importPreview) load(o interop.SheetOptions) {
	s, err := interop.ReadSheet(p.raw, o)
	p.sheet, p.cards = s, nil
	if err != nil {
		p.showProblem(err)
		return
	}
	p.setting(func() {
		p.delimiter.SetSelectedIndex(indexOfRune(interop.Delimiters, s.Delimiter))
		p.header.SetChecked(s.Header != nil)
		var cols []string
		for i := 0; i < s.Columns; i++ {
			c := fmt.Sprintf("Column %d", i+1)
			if i < len(s.Header) && strings.TrimSpace(s.Header[i]) != "" {
				c += ": " + strings.TrimSpace(s.Header[i])
			}
			cols = append(cols, c)
		}
		m := s.Guess()
		p.front.SetOptions(cols)
		p.back.SetOptions(cols)
		p.front.SetSelectedIndex(m.Front)
		p.back.SetSelectedIndex(m.Back)
	})
	p.remap()
}

// setting runs fn without the widgets' callbacks reading the file again.
func (p *importPreview) setting(fn func()) {
	d, h, f, b := p.delimiter.OnChanged, p.header.OnChanged, p.front.OnChanged, p.back.OnChanged
	p.delimiter.OnChanged, p.header.OnChanged, p.front.OnChanged, p.back.OnChanged = nil, nil, nil, nil
	fn()
	p.delimiter.OnChanged, p.header.OnChanged, p.front.OnChanged, p.back.OnChanged = d, h, f, b
}

func indexOfRune(xs []rune, r rune) int {
	for i, x := range xs {
		if x == r {
			return i
		}
	}
	return -1
}

// reread reads the file again with the separator (and header) chosen.
func (p *importPreview) reread(header bool) {
	o := interop.SheetOptions{}
	if i := p.delimiter.SelectedIndex(); i >= 0 {
		o.Delimiter = interop.Delimiters[i]
	}
	if header {
		h := p.header.Checked
		o.Header = &h
	}
	p.load(o)
}

// remap reads the cards with the columns chosen and shows the first ones.
func (p *importPreview) remap() {
	if p.sheet == nil {
		return
	}
	m := p.sheet.Guess()
	m.Front, m.Back = p.front.SelectedIndex(), p.back.SelectedIndex()
	cards, err := p.sheet.Cards(m)
	if err != nil {
		p.cards = nil
		p.showProblem(err)
		return
	}
	p.cards = cards
	p.rows.Objects = nil
	for _, c := range cards[:min(len(cards), 8)] {
		l := widget.NewLabel(firstLine(c.Front) + "  →  " + firstLine(c.Back))
		l.Truncation = fyne.TextTruncateEllipsis
		p.rows.Add(l)
	}
	p.rows.Refresh()
	p.status.SetText(fmt.Sprintf("%d cards, %s-separated. They become your own cards, scheduled like any card.",
		len(cards), interop.DelimiterName(p.sheet.Delimiter)))
}

func (p *importPreview) showProblem(err error) {
	p.rows.Objects = nil
	p.rows.Refresh()
	p.status.SetText("This file cannot be imported as it is: " + err.Error() + ". Change the separator or the columns, or fix the file.")
}

// importCards stores the cards, all or none, and reloads the deck.
func (p *importPreview) importCards() {
	b := p.b
	f, doc := b.f, b.f.doc
	if len(p.cards) == 0 {
		showInformation("Nothing imported", p.status.Text, f.window)
		return
	}
	imp, ok := f.store.(cardImporter)
	if !ok {
		f.showError("The cards were not imported: this build cannot store them", errors.New("no card importer"))
		return
	}
	var titles []string
	for _, ch := range doc.art.Chapters {
		titles = append(titles, ch.Title)
	}
	edits, err := interop.OwnCards(p.cards, titles, p.chapter.SelectedIndex())
	if err != nil {
		f.showError("The cards were not imported: "+err.Error(), err)
		return
	}
	pid, aid := f.profile(), doc.item.ID
	f.background(func() {
		if err := imp.ImportOwnCards(pid, aid, edits); err != nil {
			f.do(func() { f.showError(userMessage("The cards were not imported", err), err) })
			return
		}
		b.f.load(doc)
		f.do(func() { b.count.SetText(fmt.Sprintf("Imported %d cards", len(edits))) })
	})
}

// questionFormat is a format an assignment's questions export to.
type questionFormat struct {
	label, ext string
	write      func(io.Writer, interop.QuestionBank) (note string, err error)
}

var questionFormats = []questionFormat{
	{"Moodle XML…", ".xml", func(w io.Writer, b interop.QuestionBank) (string, error) { return "", interop.WriteMoodleXML(w, b) }},
	{"GIFT…", ".gift", func(w io.Writer, b interop.QuestionBank) (string, error) { return "", interop.WriteGIFT(w, b) }},
	{"Kahoot, Blooket or Forms sheet (.csv)…", ".csv", func(w io.Writer, b interop.QuestionBank) (string, error) {
		left, err := interop.WriteKahootCSV(w, b, 30)
		if left > 0 {
			return fmt.Sprintf(" %d questions that are not multiple choice or true/false were left out.", left), err
		}
		return "", err
	}},
}

// newQuestionTransfer makes the assignment editor's Other formats menu:
// the questions out as Moodle XML, GIFT or a Kahoot sheet, and questions
// in from GIFT or Moodle XML.
func (t *teachTab) newQuestionTransfer() fyne.CanvasObject {
	btn := widget.NewButtonWithIcon("Other formats…", theme.MoreVerticalIcon(), nil)
	btn.OnTapped = func() {
		menu := fyne.NewMenu("")
		for _, f := range questionFormats {
			menu.Items = append(menu.Items, fyne.NewMenuItem("Export as "+f.label, func() { t.exportQuestions(f) }))
		}
		menu.Items = append(menu.Items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Import questions (GIFT, Moodle XML)…", t.chooseQuestions))
		widget.ShowPopUpMenuAtRelativePosition(menu, t.window.Canvas(), fyne.NewPos(0, btn.Size().Height), btn)
	}
	return btn
}

// exportQuestions writes the assignment's questions, with their key, for
// another platform.
func (t *teachTab) exportQuestions(f questionFormat) {
	a, err := t.collect()
	if err != nil {
		t.showError("The questions were not exported: "+assign.Explain(err)+".", err)
		return
	}
	if len(a.Questions) == 0 {
		showInformation("Nothing to export", "The assignment has no questions yet.", t.window)
		return
	}
	bank := interop.QuestionBank{Article: a.Article.Title}
	if doc := t.doc(); doc != nil {
		for _, ch := range doc.art.Chapters {
			bank.Chapters = append(bank.Chapters, ch.Title)
		}
	}
	for _, q := range a.Questions {
		bank.Questions = append(bank.Questions, q.ToQuiz())
	}
	note := ""
	write := func(w io.Writer) error {
		var err error
		note, err = f.write(w, bank)
		return err
	}
	t.act.saveAs(fileName(a.Title)+f.ext, []string{f.ext}, "The questions were not exported", write, func(file string) {
		t.status.SetText(fmt.Sprintf("Exported %d questions to %s.%s", len(bank.Questions), file, note))
	})
}

// chooseQuestions asks for a GIFT or Moodle XML file and adds its
// questions to the assignment.
func (t *teachTab) chooseQuestions() {
	t.act.openFile([]string{".gift", ".txt", ".xml"}, func(uri fyne.URI) {
		t.background(func() {
			raw, err := readURI(uri, interop.MaxImportBytes)
			if errors.Is(err, assign.ErrTooLarge) {
				err = interop.ErrTooLarge
			}
			var got interop.Imported
			if err == nil {
				got, err = interop.ReadQuestions(raw)
			}
			t.do(func() {
				if err != nil {
					t.showError(userMessage("The questions were not imported", err), err)
					return
				}
				t.addImported(uri.Name(), got)
			})
		})
	})
}

// addImported adds the questions an assignment can hold and says which
// were left out.
func (t *teachTab) addImported(name string, got interop.Imported) {
	var titles []string
	if doc := t.doc(); doc != nil {
		for _, ch := range doc.art.Chapters {
			titles = append(titles, ch.Title)
		}
	}
	used := map[string]bool{}
	for _, q := range t.cur.Questions {
		used[q.ID] = true
	}
	n := len(t.cur.Questions)
	nextID := func() string {
		for n++; used[fmt.Sprintf("q%d", n)]; n++ {
		}
		return fmt.Sprintf("q%d", n)
	}
	qs, skipped := interop.AssignmentQuestions(got, titles, assign.MaxQuestions-len(t.cur.Questions), nextID)
	t.cur.Questions = append(t.cur.Questions, qs...)
	t.questions.Refresh()
	t.status.SetText(fmt.Sprintf("Added %d questions from %s (not saved yet).", len(qs), name))
	if len(skipped) == 0 {
		return
	}
	var lines []string
	for _, s := range skipped[:min(len(skipped), 12)] {
		lines = append(lines, fmt.Sprintf("Line %d, %s (%s): %s", s.Line, s.Name, s.Type, s.Reason))
	}
	if len(skipped) > 12 {
		lines = append(lines, fmt.Sprintf("… and %d more.", len(skipped)-12))
	}
	showInformation(fmt.Sprintf("%d questions left out", len(skipped)), strings.Join(lines, "\n"), t.window)
}
