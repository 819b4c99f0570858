package app

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// todayStore is what the Today screen reads from the database.
type todayStore interface {
	UnfinishedQuiz(profileID int64) (data.Quiz, bool, error)
	ReceivedAssignments(profileID int64) ([]data.Received, error)
	StudyProgress(profileID, articleID int64, chapters, days int, now time.Time) (quiz.Progress, error)
}

// worker is how a screen runs work off the UI goroutine and shows the
// result on it (the UI does both; see background, aside, do and
// doAndWait).
type worker interface {
	background(job func())
	aside(work, then func())
	do(fn func())
	doAndWait(fn func()) bool
	showError(summary string, err error)
}

// todayActions are what Today's items open; each shows another screen.
type todayActions struct {
	show       func(section)                   // put a section on show as it is
	open       func(section)                   // open a section as its rail button does
	read       func()                          // the reader, where the user left off
	study      func()                          // a session on the cards due now
	resume     func(data.Quiz)                 // the unfinished quiz
	newQuiz    func()                          // the new-quiz dialog
	assignment func(data.Received)             // start or continue an assignment
	cards      func() (due, fresh, unread int) // cards due now, new cards left today, new cards in unread chapters (UI goroutine)
	recount    func()                          // recount today's reviews (worker)
}

// todayActions are the UI's: each item of Today opens its screen.
func (u *UI) todayActions() todayActions {
	return todayActions{
		show: u.show,
		open: u.choose,
		read: func() { u.show(sectionRead) },
		study: func() {
			u.show(sectionFlashcards)
			u.flash.startDeck(-1)
		},
		resume: func(o data.Quiz) {
			u.show(sectionQuiz)
			u.quiz.resume(o)
		},
		newQuiz: func() {
			u.show(sectionQuiz)
			u.quiz.showNewQuiz()
		},
		assignment: func(r data.Received) {
			u.show(sectionQuiz)
			if r.QuizID == 0 {
				u.quiz.startAssignment(r)
			} else {
				u.quiz.continueAssignment(r)
			}
		},
		cards:   u.flash.dueNow,
		recount: u.flash.refreshToday,
	}
}

// todayView is what Today shows, read off the UI goroutine.
type todayView struct {
	doc      *document
	open     data.Quiz
	hasOpen  bool
	next     []data.Received // not handed in, soonest due first
	progress quiz.Progress
	due      int
	fresh    int
	unread   int // new cards in chapters not read yet, left out of the session
}

// activityDays is how many days the activity strip shows.
const activityDays = 14

// todayTab is the Today screen, the first one: where to go on reading,
// what is due, the unfinished quiz, assignments and the streak, each one
// key or click away.
type todayTab struct {
	screenContext
	store todayStore
	act   todayActions

	root *fyne.Container
	view todayView
}

func newTodayTab(store todayStore, ctx screenContext, act todayActions) *todayTab {
	t := &todayTab{screenContext: ctx, store: store, act: act}
	t.root = container.NewStack()
	t.render()
	return t
}

func (t *todayTab) content() fyne.CanvasObject { return t.root }

// open shows the section and reloads it.
func (t *todayTab) open() {
	t.act.show(sectionToday)
	t.reload()
}

// reload reads what Today shows off the UI goroutine and shows it. Call
// it on the UI goroutine.
func (t *todayTab) reload() {
	doc, pid := t.doc(), t.profile()
	t.background(func() { t.load(doc, pid) })
}

// load reads the unfinished quiz, the assignments and the activity
// (worker), then shows them.
func (t *todayTab) load(doc *document, pid int64) {
	var v todayView
	var err error
	v.doc = doc
	if v.open, v.hasOpen, err = t.store.UnfinishedQuiz(pid); err != nil {
		t.do(func() { t.showError(userMessage("Could not look for an unfinished quiz", err), err) })
		return
	}
	received, err := t.store.ReceivedAssignments(pid)
	if err != nil {
		t.do(func() { t.showError(userMessage("Could not list your assignments", err), err) })
		return
	}
	for _, r := range received {
		if r.Submitted.IsZero() {
			v.next = append(v.next, r)
		}
	}
	if doc != nil {
		v.progress, err = t.store.StudyProgress(pid, doc.item.ID, len(doc.art.Chapters), activityDays, t.now())
		if err != nil {
			t.do(func() { t.showError(userMessage("Could not read your progress", err), err) })
			return
		}
		t.act.recount()
	}
	t.doAndWait(func() {
		v.due, v.fresh, v.unread = t.act.cards()
		t.view = v
		t.render()
	})
}

// typedRune is Today's keys: one per item.
func (t *todayTab) typedRune(r rune) bool {
	v := t.view
	switch r {
	case 'r', 'R':
		if v.doc != nil {
			t.act.read()
		}
	case 's', 'S':
		if v.doc != nil {
			t.act.study()
		}
	case 'q', 'Q':
		if v.hasOpen {
			t.act.resume(v.open)
		}
	case 'n', 'N':
		if v.doc != nil {
			t.act.newQuiz()
		}
	case 'a', 'A':
		if len(v.next) > 0 {
			t.act.assignment(v.next[0])
		}
	case 'p', 'P':
		t.act.open(sectionProgress)
	default:
		return false
	}
	return true
}

func (t *todayTab) render() {
	v := t.view
	now := t.now()
	head := widget.NewRichText(&widget.TextSegment{Text: "Today", Style: widget.RichTextStyleHeading})
	date := widget.NewLabel(now.Local().Format("Monday 2 January"))
	items := []fyne.CanvasObject{newBorder(nil, nil, nil, date, head), widget.NewSeparator()}
	items = append(items, t.readingItem(v), widget.NewSeparator(), t.cardsItem(v), widget.NewSeparator(),
		t.quizItem(v), widget.NewSeparator(), t.assignmentsItem(v, now), widget.NewSeparator(), t.activityItem(v))
	t.root.Objects = []fyne.CanvasObject{container.NewVScroll(container.New(columnLayout{}, container.NewVBox(items...)))}
	t.root.Refresh()
}

// todayItem is one row of Today: an icon, a bold name, what it says, and
// the button that goes there.
func todayItem(icon fyne.Resource, name string, detail fyne.CanvasObject, action fyne.CanvasObject) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(title, detail)
	var right fyne.CanvasObject
	if action != nil {
		right = container.NewVBox(layout.NewSpacer(), action, layout.NewSpacer())
	}
	return newBorder(nil, nil, container.NewVBox(widget.NewIcon(icon)), right, body)
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (t *todayTab) readingItem(v todayView) fyne.CanvasObject {
	if v.doc == nil {
		return todayItem(theme.DocumentIcon(), "Continue reading", wrapped("Loading the article…"), nil)
	}
	d := v.doc
	n := len(d.art.Chapters)
	ch := d.progress.Current
	if ch < 0 || ch >= n {
		ch = 0
	}
	where := "the references"
	if ch < n {
		where = fmt.Sprintf("chapter %d, “%s”", ch+1, d.art.Chapters[ch].Title)
	}
	text := fmt.Sprintf("“%s”, %s · %d of %d chapters read", d.art.Title, where, d.progress.ReadCount(n), n)
	b := widget.NewButtonWithIcon("Continue reading  R", theme.NavigateNextIcon(), t.act.read)
	b.Importance = widget.HighImportance
	return todayItem(theme.DocumentIcon(), "Continue reading", wrapped(text), b)
}

func (t *todayTab) cardsItem(v todayView) fyne.CanvasObject {
	if v.doc == nil {
		return todayItem(theme.GridIcon(), "Flashcards", wrapped("Open an article to study its cards."), nil)
	}
	text := fmt.Sprintf("%d due now · %d new left today", v.due, v.fresh)
	switch {
	case v.due+v.fresh == 0 && v.unread > 0:
		text = fmt.Sprintf("%s wait in chapters you have not read yet: read on (R) and study a chapter's cards once it is read, "+
			"or tick “Include new cards from chapters I have not read yet” in Flashcards (Ctrl+2).", fmt.Sprintf("%d new card%s", v.unread, plural(v.unread)))
	case v.due+v.fresh == 0:
		text = "Nothing to study now: every card due is done and today's new cards are used. Come back tomorrow."
	}
	b := widget.NewButtonWithIcon("Study now  S", theme.MediaPlayIcon(), t.act.study)
	if v.due+v.fresh == 0 {
		b.Disable()
	}
	return todayItem(theme.GridIcon(), "Flashcards", wrapped(text), b)
}

func (t *todayTab) quizItem(v todayView) fyne.CanvasObject {
	if v.hasOpen {
		o := v.open
		text := fmt.Sprintf("Unfinished: “%s”, %d of %d answered, started %s. Your answers are saved.", o.Spec.Title,
			len(o.Answers), len(o.Questions), o.Started.Local().Format("2 Jan 15:04"))
		b := widget.NewButtonWithIcon("Resume  Q", theme.MediaPlayIcon(), func() { t.act.resume(o) })
		return todayItem(theme.QuestionIcon(), "Quiz", wrapped(text), b)
	}
	b := widget.NewButtonWithIcon("New quiz  N", theme.ContentAddIcon(), t.act.newQuiz)
	if v.doc == nil {
		b.Disable()
	}
	return todayItem(theme.QuestionIcon(), "Quiz", wrapped("No unfinished quiz."), b)
}

func (t *todayTab) assignmentsItem(v todayView, now time.Time) fyne.CanvasObject {
	if len(v.next) == 0 {
		return todayItem(theme.MailComposeIcon(), "Assignments", wrapped("No assignments to do."), nil)
	}
	lines := container.NewVBox()
	for i, r := range v.next {
		if i == 3 {
			lines.Add(wrapped(fmt.Sprintf("and %d more in Quiz (Ctrl+3)", len(v.next)-3)))
			break
		}
		lines.Add(wrapped(fmt.Sprintf("“%s” · %d questions · %s", r.Assignment.Title, len(r.Assignment.Questions), dueText(r.Assignment.Due, now))))
	}
	first := v.next[0]
	label := "Start  A"
	if first.QuizID != 0 {
		label = "Continue  A"
	}
	b := widget.NewButtonWithIcon(label, theme.MediaPlayIcon(), func() { t.act.assignment(first) })
	return todayItem(theme.MailComposeIcon(), "Assignments", lines, b)
}

// dueText says when an assignment is due, and whether that has passed.
func dueText(due *time.Time, now time.Time) string {
	if due == nil {
		return "no due date"
	}
	s := "due " + due.Local().Format("Mon 2 Jan 15:04")
	if now.After(*due) {
		s += " (overdue)"
	}
	return s
}

func (t *todayTab) activityItem(v todayView) fyne.CanvasObject {
	if v.doc == nil {
		return todayItem(theme.HistoryIcon(), "Activity", wrapped("Your streak and the last two weeks show here."), nil)
	}
	pr := v.progress
	streak := "No streak yet: review a card or answer a question today to start one."
	if pr.Streak > 0 {
		streak = fmt.Sprintf("Streak: %d day%s in a row.", pr.Streak, plural(pr.Streak))
	}
	reviews, answers := 0, 0
	for _, d := range pr.Days {
		reviews += d.Reviews
		answers += d.Answers
	}
	text := fmt.Sprintf("%s Last %d days: %d reviews, %d answers.", streak, activityDays, reviews, answers)
	b := widget.NewButtonWithIcon("Progress  P", theme.HistoryIcon(), func() { t.act.open(sectionProgress) })
	// the strip goes under the button too, so that it has the width
	indent := container.New(layout.NewCustomPaddedLayout(0, 0, theme.IconInlineSize()+theme.Padding(), 0), activityStrip(pr.Days))
	return container.NewVBox(todayItem(theme.HistoryIcon(), "Activity", wrapped(text), b), indent)
}

// activityStrip is one square per day, oldest first, filled more deeply
// the more was studied that day, with the day's initial below.
func activityStrip(days []quiz.DayActivity) fyne.CanvasObject {
	most := 0
	for _, d := range days {
		most = max(most, d.Reviews+d.Answers)
	}
	side := theme.IconInlineSize()
	cells := container.New(layout.NewGridLayoutWithColumns(max(1, len(days))))
	for i, d := range days {
		n := d.Reviews + d.Answers
		fill := theme.Color(theme.ColorNameInputBackground)
		if n > 0 {
			fill = withAlpha(theme.Color(theme.ColorNamePrimary), 0.35+0.65*float64(n)/float64(most))
		}
		sq := canvas.NewRectangle(fill)
		sq.SetMinSize(fyne.NewSize(side, side))
		sq.CornerRadius = theme.InputRadiusSize() / 2
		sq.StrokeColor = theme.Color(theme.ColorNameInputBorder)
		sq.StrokeWidth = 1
		label := "·"
		if day, err := time.Parse(time.DateOnly, d.Day); err == nil {
			label = day.Weekday().String()[:1]
		}
		txt := canvas.NewText(label, theme.Color(theme.ColorNamePlaceHolder))
		txt.TextSize = theme.CaptionTextSize()
		txt.Alignment = fyne.TextAlignCenter
		if i == len(days)-1 {
			txt.TextStyle.Bold = true
			txt.Color = theme.Color(theme.ColorNameForeground)
		}
		cells.Add(container.NewVBox(container.NewCenter(sq), txt))
	}
	return container.NewHBox(cells)
}

// withAlpha is c at opacity a (0 to 1).
func withAlpha(c color.Color, a float64) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: uint8(255 * min(1, max(0, a)))}
}
