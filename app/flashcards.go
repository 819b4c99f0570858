package app

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// flashStore is what the Flashcards screen needs from the database.
type flashStore interface {
	CardStates(profileID, articleID int64) (map[string]data.CardState, error)
	RecordReview(r data.Review) (int64, bool, error)
	UndoReview(profileID, logID int64) (data.CardState, error)
	ReviewsSince(profileID int64, since time.Time) (reviews, newCards int, err error)
	CardEdits(profileID, articleID int64) ([]quiz.CardEdit, error)
	SaveCardEdit(profileID, articleID int64, e quiz.CardEdit) error
	DeleteCardEdit(profileID, articleID int64, key string) error
	SetSuspended(profileID, articleID int64, key string, chapter int, suspended bool) error
	ResetCard(profileID, articleID int64, key string) error
	StudySettings(profileID int64) (quiz.StudySettings, error)
	SaveStudySettings(profileID int64, st quiz.StudySettings) error
}

// flashActions are what the Flashcards screen asks of the others.
type flashActions struct {
	fileActions
	show          func(section)
	openInChapter func(chapter, block int)
	rand          func() float64 // the scheduler's fuzz
	loaded        func()         // a new article's deck is loaded (worker); may be nil
}

// flashActions are the UI's.
func (u *UI) flashActions() flashActions {
	return flashActions{
		fileActions:   u.fileActions(),
		show:          u.show,
		openInChapter: u.openInChapter,
		rand:          u.rand,
		loaded:        func() { u.do(u.today.reload) },
	}
}

// flashTab is the Flashcards screen: the decks, then a study session.
type flashTab struct {
	screenContext
	store flashStore
	act   flashActions
	sched *fsrs.Scheduler

	root          *fyne.Container
	deckView      fyne.CanvasObject
	deckList      *keyList
	deckInfo      *widget.Label
	includeUnread *widget.Check

	doc      *document // the deck's article (screenContext.doc is the open one)
	cards    []quiz.DeckCard
	byKey    map[string]int
	today    quiz.DayCounts
	settings quiz.StudySettings
	browse   *browseView

	// the session: its state is sess; the rest shows it
	studyView  fyne.CanvasObject
	sess       *quiz.Session
	started    time.Time
	cardShown  time.Time
	title      *widget.Label
	left       *widget.Label
	front      *widget.RichText
	back       *fyne.Container
	showButton *widget.Button
	rateRow    *fyne.Container
	rateBtns   [4]*widget.Button
	busy       bool
}

func newFlashTab(store flashStore, ctx screenContext, act flashActions) *flashTab {
	f := &flashTab{screenContext: ctx, store: store, act: act, settings: quiz.DefaultStudySettings()}
	f.setScheduler()
	f.deckInfo = widget.NewLabel("Open an article to study its flashcards.")
	f.deckInfo.Wrapping = fyne.TextWrapWord
	f.includeUnread = widget.NewCheck("Include new cards from chapters I have not read yet", func(bool) { f.deckList.Refresh() })
	f.deckList = newKeyList(f.deckCount, f.newDeckRow, f.updateDeckRow)
	f.deckList.OnSelected = func(id widget.ListItemID) {
		f.deckList.UnselectAll()
		f.startDeck(id - 1)
	}
	head := widget.NewLabelWithStyle("Flashcards", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	browse := widget.NewButtonWithIcon("Browse cards  B", theme.SearchIcon(), f.showBrowse)
	settings := widget.NewButtonWithIcon("Study settings", theme.SettingsIcon(), f.showSettings)
	bar := newBorder(nil, nil, nil, container.NewHBox(browse, settings), head)
	f.deckView = newBorder(container.NewVBox(bar, f.deckInfo, f.includeUnread, widget.NewSeparator()), nil, nil, nil, f.deckList)
	f.buildStudyView()
	f.browse = newBrowseView(f)
	f.root = container.NewStack(f.deckView)
	return f
}

func (f *flashTab) content() fyne.CanvasObject { return f.root }

// open shows the section and recounts today's reviews off the UI
// goroutine, so the daily limits and due counts are right after midnight
// or a long break.
func (f *flashTab) open() {
	f.act.show(sectionFlashcards)
	if f.doc != nil && !f.studying() {
		f.background(f.refreshToday)
	}
}

func (f *flashTab) deckCount() int {
	if f.doc == nil {
		return 0
	}
	return len(f.doc.art.Chapters) + 1
}

func (f *flashTab) newDeckRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("Deck", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	counts := widget.NewLabel("0 new · 0 learning · 0 due")
	return newBorder(nil, nil, nil, counts, name)
}

func (f *flashTab) options(chapter int) quiz.QueueOptions {
	fresh, reviews := f.today.Left(f.settings)
	return quiz.QueueOptions{Chapter: chapter, Read: f.doc.progress.Read, IncludeUnread: f.includeUnread.Checked,
		NewLimit: fresh, ReviewLimit: reviews}
}

func (f *flashTab) updateDeckRow(id widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	name, counts := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Label)
	name.SetText(f.deckTitle(id - 1))
	n := quiz.CountDeck(f.cards, f.now(), f.options(id-1))
	counts.SetText(fmt.Sprintf("%d new · %d learning · %d due", n.New, n.Learning, n.Due))
}

// dueNow is what the whole article holds to study now: cards due
// (learning, and reviews within today's limit), new cards left today, and
// the new cards that wait in chapters not read yet while those are left
// out (new cards come from the chapters read).
func (f *flashTab) dueNow() (due, fresh, unread int) {
	if f.doc == nil {
		return 0, 0, 0
	}
	o := f.options(-1)
	n := quiz.CountDeck(f.cards, f.now(), o)
	if !o.IncludeUnread {
		o.IncludeUnread = true
		unread = quiz.CountDeck(f.cards, f.now(), o).New - n.New
	}
	return n.Learning + min(n.Due, o.ReviewLimit), min(n.New, o.NewLimit), unread
}

func (f *flashTab) deckTitle(chapter int) string {
	if chapter < 0 {
		return "Whole article"
	}
	return fmt.Sprintf("%d. %s", chapter+1, f.doc.art.Chapters[chapter].Title)
}

// setScheduler makes the scheduler for the current settings.
func (f *flashTab) setScheduler() {
	p := fsrs.DefaultParams()
	p.DesiredRetention = f.settings.Retention
	f.sched = fsrs.NewScheduler(p, f.act.rand)
}

// load builds the article's cards with the user's edits and reads their
// schedules; it runs on the worker and applies the result on the UI
// goroutine.
func (f *flashTab) load(doc *document) {
	// a book's cards take a while: say so where they will appear, and
	// make them aside so that saving a tick or a rating need not wait
	f.do(func() { f.deckInfo.SetText("Making the flashcards of “" + doc.art.Title + "”…") })
	f.aside(func() { doc.study.Cards() }, func() { f.loadDeck(doc) })
}

// loadDeck reads the profile's edits and schedules for the article's
// cards (worker).
func (f *flashTab) loadDeck(doc *document) {
	var current *document
	f.doAndWait(func() { current = f.screenContext.doc() })
	if current != doc {
		return // another article opened while these cards were made
	}
	pid := f.profile()
	fail := func(err error) {
		f.do(func() { f.showError(userMessage("Could not load your flashcards", err), err) })
	}
	settings, err := f.store.StudySettings(pid)
	if err != nil {
		fail(err)
		return
	}
	edits, err := f.store.CardEdits(pid, doc.item.ID)
	if err != nil {
		fail(err)
		return
	}
	states, err := f.store.CardStates(pid, doc.item.ID)
	if err != nil {
		fail(err)
		return
	}
	cards := quiz.ApplyEdits(doc.study.Cards(), edits)
	deck := make([]quiz.DeckCard, len(cards))
	byKey := make(map[string]int, len(cards))
	for i, c := range cards {
		st := states[c.Key]
		deck[i] = quiz.DeckCard{Card: c, Sched: st.Card, Suspended: st.Suspended, Leech: st.Leech}
		byKey[c.Key] = i
	}
	f.doAndWait(func() {
		f.doc, f.cards, f.byKey = doc, deck, byKey
		f.settings = settings
		f.setScheduler()
		f.refreshDecks()
		f.browse.refresh()
	})
	f.refreshToday()
	if f.act.loaded != nil {
		f.act.loaded()
	}
}

// refreshToday recounts today's reviews for the daily limits.
func (f *flashTab) refreshToday() {
	reviews, fresh, err := f.store.ReviewsSince(f.profile(), f.dayStart())
	if err != nil {
		f.do(func() { f.showError(userMessage("Could not count today's reviews", err), err) })
		return
	}
	f.doAndWait(func() {
		f.today = quiz.DayCounts{Reviews: reviews, NewCards: fresh}
		f.refreshDecks()
	})
}

func (f *flashTab) refreshDecks() {
	if f.doc == nil {
		return
	}
	fresh, reviews := f.today.Left(f.settings)
	f.deckInfo.SetText(fmt.Sprintf("%d cards from “%s”. Choose a deck to study. New cards come from the chapters you have read; %d new and %d reviews left today.",
		len(f.cards), f.doc.art.Title, fresh, reviews))
	f.deckList.Refresh()
}

// dayStart is when today's study day began, by the scheduler's rollover.
func (f *flashTab) dayStart() time.Time { return f.sched.DayStart(f.now()) }

func (f *flashTab) buildStudyView() {
	f.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.left = widget.NewLabel("")
	leave := widget.NewButtonWithIcon("Leave  Esc", theme.NavigateBackIcon(), f.leave)
	undo := widget.NewButtonWithIcon("Undo  U", theme.ContentUndoIcon(), f.undoLast)
	edit := widget.NewButtonWithIcon("Edit  E", theme.DocumentCreateIcon(), f.editCurrent)
	f.title.Truncation = fyne.TextTruncateEllipsis
	top := container.NewVBox(newFlow(leave, edit, undo, f.left), f.title)
	f.front = widget.NewRichText()
	f.front.Wrapping = fyne.TextWrapWord
	f.back = container.NewVBox()
	f.showButton = widget.NewButton("Show answer  Space", f.showAnswer)
	f.showButton.Importance = widget.HighImportance
	for g := fsrs.Again; g <= fsrs.Easy; g++ {
		f.rateBtns[g-1] = widget.NewButton(g.String(), func() { f.rate(g) })
	}
	f.rateRow = container.NewGridWithColumns(4, f.rateBtns[0], f.rateBtns[1], f.rateBtns[2], f.rateBtns[3])
	card := container.NewVBox(f.front, widget.NewSeparator(), f.back)
	body := container.NewVScroll(container.New(columnLayout{}, card))
	bottom := container.NewStack(f.showButton, f.rateRow)
	f.studyView = newBorder(container.NewVBox(top, widget.NewSeparator()), container.NewPadded(bottom), nil, nil, body)
}

// startDeck starts a session on a deck (-1: the whole article).
func (f *flashTab) startDeck(chapter int) {
	if f.doc == nil {
		return
	}
	q := quiz.StudyQueue(f.cards, f.now(), f.options(chapter))
	if len(q) == 0 {
		msg := "Nothing to study in this deck right now."
		if !f.includeUnread.Checked && !f.chapterRead(chapter) {
			msg += " New cards appear once you have read the chapter; tick “Include new cards from chapters I have not read yet” to study them first."
		} else {
			msg += " Come back when cards are due."
		}
		l := widget.NewLabel(msg)
		l.Wrapping = fyne.TextWrapWord
		d := newCustom("All done", "OK", l, f.window)
		d.Resize(fyne.NewSize(460, 180))
		d.Show()
		return
	}
	f.begin(q, f.deckTitle(chapter))
}

// begin starts a session on a queue of cards.
func (f *flashTab) begin(q []quiz.DeckCard, name string) {
	f.sess = quiz.NewSession(name, q)
	f.started = f.now()
	f.root.Objects = []fyne.CanvasObject{f.studyView}
	f.root.Refresh()
	// the deck list keeps focus after a click and would take Space
	f.window.Canvas().Unfocus()
	f.showCard()
}

func (f *flashTab) chapterRead(chapter int) bool {
	if chapter >= 0 {
		return f.doc.progress.Read[chapter]
	}
	return f.doc.progress.ReadCount(len(f.doc.art.Chapters)) > 0
}

func (f *flashTab) studying() bool {
	return len(f.root.Objects) > 0 && f.root.Objects[0] == f.studyView
}

func (f *flashTab) showCard() {
	c, ok := f.sess.Current()
	if !ok {
		f.finish()
		return
	}
	f.title.SetText(f.sess.Name)
	f.left.SetText(fmt.Sprintf("%d left", f.sess.Left()))
	f.front.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: c.Card.Front, Style: widget.RichTextStyleSubHeading}}
	f.front.Refresh()
	f.cardShown = f.now()
	if f.sess.Shown() {
		f.showBack(c)
		return
	}
	f.back.Objects = nil
	f.back.Refresh()
	f.showButton.Show()
	f.rateRow.Hide()
}

func (f *flashTab) showAnswer() {
	if !f.studying() || !f.sess.ShowAnswer() {
		return
	}
	c, _ := f.sess.Current()
	f.showBack(c)
}

// showBack shows the card's answer, its source and the rating buttons.
func (f *flashTab) showBack(c quiz.DeckCard) {
	answer := widget.NewRichText(&widget.TextSegment{Text: c.Card.Back, Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}})
	answer.Wrapping = fyne.TextWrapWord
	open := widget.NewButtonWithIcon("Open in chapter", theme.DocumentIcon(), func() { f.act.openInChapter(c.Card.Chapter, c.Card.Block) })
	where := widget.NewLabel("From “" + f.doc.art.Chapters[c.Card.Chapter].Title + "”")
	f.back.Objects = []fyne.CanvasObject{answer, widget.NewSeparator(), where}
	if showsSource(c.Card.Back, c.Card.Sentence) {
		f.back.Objects = append(f.back.Objects, sourceSentence(c.Card.Sentence, c.Card.Phrase))
	}
	f.back.Objects = append(f.back.Objects, container.NewHBox(open))
	f.back.Refresh()
	preview := f.sched.Preview(c.Sched, f.now())
	for g := fsrs.Again; g <= fsrs.Easy; g++ {
		p := preview[g-1]
		f.rateBtns[g-1].SetText(fmt.Sprintf("%s  %d\n%s", g, g, fsrs.FormatInterval(p.Due.Sub(f.now()))))
	}
	f.showButton.Hide()
	f.rateRow.Show()
}

// showsSource reports whether a card's source sentence adds to its back:
// a back that already says most of the sentence (a definition, what
// happened at a date, a question card's answer with its sentence, each
// perhaps trimmed of asides) would read twice with the sentence under it.
// The sentence shows when fewer than three in four of its words are on
// the back.
func showsSource(back, sentence string) bool {
	words := strings.FieldsFunc(strings.ToLower(sentence), notWordRune)
	if len(words) == 0 {
		return false
	}
	onBack := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(back), notWordRune) {
		onBack[w] = true
	}
	shown := 0
	for _, w := range words {
		if onBack[w] {
			shown++
		}
	}
	return shown*4 < len(words)*3
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// sourceSentence shows the card's sentence with its key phrase in bold.
func sourceSentence(sentence, phrase string) *widget.RichText {
	var segs []widget.RichTextSegment
	before, after, found := strings.Cut(sentence, phrase)
	if !found || phrase == "" {
		segs = []widget.RichTextSegment{&widget.TextSegment{Text: sentence, Style: widget.RichTextStyleInline}}
	} else {
		segs = []widget.RichTextSegment{
			&widget.TextSegment{Text: before, Style: widget.RichTextStyleInline},
			&widget.TextSegment{Text: phrase, Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, ColorName: theme.ColorNamePrimary}},
			&widget.TextSegment{Text: after, Style: widget.RichTextStyleInline},
		}
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// rate records a rating; the next card shows only once it is committed.
func (f *flashTab) rate(g fsrs.Rating) {
	if !f.studying() || !f.sess.CanRate() || f.busy {
		return
	}
	f.busy = true
	now := f.now()
	c, _ := f.sess.Current()
	before := c.Sched
	after := f.sched.Review(before, g, now)
	review := data.Review{ProfileID: f.profile(), ArticleID: f.doc.item.ID, CardKey: c.Card.Key, FactKey: c.Card.FactKey, Chapter: c.Card.Chapter,
		Rating: g, Before: before, After: after, At: now, ElapsedDays: f.sched.ElapsedDays(before.LastReview, now),
		Duration: now.Sub(f.cardShown)}
	f.background(func() {
		id, leech, err := f.store.RecordReview(review)
		f.do(func() {
			f.busy = false
			if err != nil {
				f.showError(userMessage("Your rating could not be saved", err), err)
				return
			}
			f.applyRating(after, g, id, leech, before.State == fsrs.New)
		})
	})
}

func (f *flashTab) applyRating(after fsrs.Card, g fsrs.Rating, logID int64, leech, wasNew bool) {
	c := f.sess.Rated(g, after, leech, logID)
	if i, ok := f.byKey[c.Card.Key]; ok {
		f.cards[i] = c
	}
	f.today.Rated(wasNew)
	if leech {
		f.showLeech(c)
	}
	f.showCard()
}

func (f *flashTab) showLeech(c quiz.DeckCard) {
	msg := widget.NewLabel(fmt.Sprintf("You have forgotten this card %d times. It is marked as a leech: re-reading its paragraph usually helps more than more reviews.", c.Sched.Lapses))
	msg.Wrapping = fyne.TextWrapWord
	var d *fitDialog
	open := widget.NewButton("Re-read the paragraph", func() {
		d.Hide()
		f.act.openInChapter(c.Card.Chapter, c.Card.Block)
	})
	d = newCustom("A difficult card", "Keep studying", container.NewVBox(msg, open), f.window)
	d.Resize(fyne.NewSize(460, 200))
	d.Show()
}

// undoLast takes back the last rating of the session.
func (f *flashTab) undoLast() {
	if !f.studying() || f.busy {
		return
	}
	logID, ok := f.sess.LastRating()
	if !ok {
		return
	}
	f.busy = true
	pid := f.profile()
	f.background(func() {
		st, err := f.store.UndoReview(pid, logID)
		f.do(func() {
			f.busy = false
			if err != nil {
				f.showError(userMessage("The last rating could not be undone", err), err)
				return
			}
			c, wasNew := f.sess.Undone(st.Card, st.Leech)
			if i, ok := f.byKey[c.Card.Key]; ok {
				f.cards[i] = c
			}
			f.today.Undone(wasNew)
			f.showCard()
		})
	})
}

func (f *flashTab) finish() {
	took := f.now().Sub(f.started).Round(time.Second)
	f.title.SetText(f.sess.Name + ": done")
	f.left.SetText("0 left")
	f.front.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: "Session finished", Style: widget.RichTextStyleHeading}}
	f.front.Refresh()
	summary := widget.NewLabel(fmt.Sprintf("%d cards studied, %d%% answered Good or Easy, in %s.", f.sess.Studied(), f.sess.PassedPercent(), took))
	f.back.Objects = []fyne.CanvasObject{summary, container.NewHBox(widget.NewButton("Back to decks  Esc", f.leave))}
	f.back.Refresh()
	f.showButton.Hide()
	f.rateRow.Hide()
}

// endSession leaves a study session or Browse for the decks.
func (f *flashTab) endSession() {
	if f.studying() || f.browsing() {
		f.leave()
	}
}

// leave returns to the decks; every rating is already saved.
func (f *flashTab) leave() {
	f.root.Objects = []fyne.CanvasObject{f.deckView}
	f.root.Refresh()
	f.deckList.Refresh()
}

// typedKey handles the session's keys; it reports whether it used the key.
func (f *flashTab) typedKey(ev *fyne.KeyEvent) bool {
	if f.browsing() {
		return f.browse.typedKey(ev)
	}
	if !f.studying() {
		return pickFrom(f.window, f.deckList, ev)
	}
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		f.showAnswer()
	case fyne.KeyEscape:
		f.leave()
	default:
		return false
	}
	return true
}

func (f *flashTab) typedRune(r rune) bool {
	if f.browsing() {
		return f.browse.typedRune(r)
	}
	if !f.studying() {
		if r == 'b' || r == 'B' {
			f.showBrowse()
			return true
		}
		return false
	}
	switch r {
	case 'e', 'E':
		f.editCurrent()
	case '1', '2', '3', '4':
		f.rate(fsrs.Rating(r - '0'))
	case 'u', 'U':
		f.undoLast()
	case ' ':
		f.showAnswer()
	default:
		return false
	}
	return true
}

// editCurrent edits the card on screen; the session goes on with the new
// text.
func (f *flashTab) editCurrent() {
	cur, ok := f.sess.Current()
	if !f.studying() || !ok {
		return
	}
	f.editCard(cur.Card, func(e quiz.CardEdit) {
		card := cur.Card
		card.Front, card.Back, card.Edited = e.Front, e.Back, true
		f.sess.Edited(card)
		if i, ok := f.byKey[card.Key]; ok {
			f.cards[i].Card = card
		}
		f.showCard()
		f.browse.refresh()
	})
}

// studyFact starts a session on the cards of one fact (from Progress's
// weakest facts), new ones included and outside the daily limits.
func (f *flashTab) studyFact(key string) {
	if f.doc == nil {
		return
	}
	var q []quiz.DeckCard
	for _, c := range f.cards {
		if (c.Card.FactKey == key || c.Card.Key == key) && !c.Suspended {
			q = append(q, c)
		}
	}
	f.act.show(sectionFlashcards)
	if len(q) == 0 {
		showInformation("No cards", "There are no flashcards on this fact. Try a quiz on its chapter instead.", f.window)
		return
	}
	f.begin(q, "Weak fact")
}
