package app

import (
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// progressStore is what the Progress screen needs from the database.
type progressStore interface {
	StudyProgress(profileID, articleID int64, chapters, days int, now time.Time) (quiz.Progress, error)
	ExportHistory(profileID int64, w io.Writer) error
}

// progressTab is the Progress screen: scores, mastery, activity, streak
// and the weakest facts, all read from the database off the UI goroutine.
type progressTab struct {
	screenContext
	store progressStore
	act   progressActions

	root *fyne.Container
	days int
	data quiz.Progress
	busy *widget.ProgressBarInfinite
}

// progressActions are where Progress sends the user, and how it saves.
type progressActions struct {
	show          func(section)
	openInChapter func(chapter, block int)
	studyFact     func(key string) // a flashcard session on one fact
	saveAs        func(name string, exts []string, what string, write func(io.Writer) error, done func(file string))
	inform        func(title, message string)
}

// progressActions are the UI's.
func (u *UI) progressActions() progressActions {
	return progressActions{
		show:          u.show,
		openInChapter: u.openInChapter,
		studyFact:     func(key string) { u.flash.studyFact(key) },
		saveAs:        u.saveAs,
		inform:        func(title, message string) { showInformation(title, message, u.w) },
	}
}

func newProgressTab(store progressStore, ctx screenContext, act progressActions) *progressTab {
	p := &progressTab{screenContext: ctx, store: store, act: act, days: 30}
	p.busy = widget.NewProgressBarInfinite()
	p.root = container.NewStack(container.NewCenter(widget.NewLabel("Open an article to see your progress.")))
	return p
}

func (p *progressTab) content() fyne.CanvasObject { return p.root }

// open shows the section and reloads it.
func (p *progressTab) open() {
	p.act.show(sectionProgress)
	p.reload()
}

func (p *progressTab) reload() {
	doc := p.doc()
	if doc == nil {
		return
	}
	if len(p.root.Objects) == 0 || p.root.Objects[0] == nil {
		p.root.Objects = []fyne.CanvasObject{p.busy}
	}
	pid, days := p.profile(), p.days
	p.background(func() {
		pr, err := p.store.StudyProgress(pid, doc.item.ID, len(doc.art.Chapters), days, p.now())
		p.do(func() {
			if err != nil {
				p.showError(userMessage("Could not read your progress", err), err)
				return
			}
			p.data = pr
			p.render(doc, pr)
		})
	})
}

func (p *progressTab) render(doc *document, pr quiz.Progress) {
	head := widget.NewRichText(&widget.TextSegment{Text: "Progress", Style: widget.RichTextStyleHeading})
	streak := "No study streak yet: review or answer something today to start one."
	if pr.Streak > 0 {
		streak = fmt.Sprintf("Study streak: %d day%s in a row.", pr.Streak, plural(pr.Streak))
	}
	reviews, answers := 0, 0
	for _, d := range pr.Days {
		reviews += d.Reviews
		answers += d.Answers
	}
	summary := fmt.Sprintf("%s  Mean quiz score %.0f%% over %d quiz%s. In the last %d days: %d reviews, %d answers.",
		streak, pr.MeanScore, len(pr.Scores), pluralES(len(pr.Scores)), p.days, reviews, answers)
	if len(pr.Scores) == 0 {
		summary = fmt.Sprintf("%s  No quizzes yet. In the last %d days: %d reviews, %d answers.", streak, p.days, reviews, answers)
	}
	sum := widget.NewLabel(summary)
	sum.Wrapping = fyne.TextWrapWord
	export := widget.NewButtonWithIcon("Export history as CSV", theme.DocumentSaveIcon(), p.exportCSV)

	scores := make([]float64, len(pr.Scores))
	for i, s := range pr.Scores {
		scores[i] = s.Percent
	}
	first, last := "", ""
	if len(pr.Scores) > 0 {
		first = pr.Scores[0].At.Local().Format("2 Jan")
		last = pr.Scores[len(pr.Scores)-1].At.Local().Format("2 Jan")
	}
	scoreChart := newChart(fyne.NewSize(300, 160), lineChart(scores, first, last))

	var labels []string
	var mastery []float64
	for i, c := range pr.Chapters {
		labels = append(labels, fmt.Sprintf("%d. %s", i+1, doc.art.Chapters[i].Title))
		mastery = append(mastery, c.Mastery())
	}
	rowH := theme.CaptionTextSize() * 2.2
	masteryChart := newChart(fyne.NewSize(300, rowH*float32(len(labels))), hBarChart(labels, mastery))
	masteryNote := widget.NewLabel("Mastery is the mean of your quiz accuracy and your flashcard recall in the chapter (either alone when you have only one).")
	masteryNote.Wrapping = fyne.TextWrapWord
	masteryNote.SizeName = theme.SizeNameCaptionText

	rv, an := make([]int, len(pr.Days)), make([]int, len(pr.Days))
	for i, d := range pr.Days {
		rv[i], an[i] = d.Reviews, d.Answers
	}
	dFirst, dLast := "", ""
	if len(pr.Days) > 0 {
		dFirst, dLast = shortDay(pr.Days[0].Day), "today"
	}
	activity := newChart(fyne.NewSize(300, 140), dayBars(rv, an, dFirst, dLast))
	window := widget.NewRadioGroup([]string{"30 days", "90 days"}, nil)
	window.Horizontal = true
	window.SetSelected(fmt.Sprintf("%d days", p.days))
	window.OnChanged = func(s string) {
		if s == "90 days" {
			p.days = 90
		} else {
			p.days = 30
		}
		p.reload()
	}
	legend := widget.NewRichText(
		&widget.TextSegment{Text: "■ reviews  ", Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary}},
		&widget.TextSegment{Text: "■ quiz answers", Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameWarning}})

	weak := container.NewVBox()
	if len(pr.Weakest) == 0 {
		weak.Add(widget.NewLabel("Nothing missed yet. Facts you get wrong in quizzes or forget in flashcards show here."))
	}
	for _, w := range pr.Weakest {
		weak.Add(p.weakRow(doc, w))
	}

	body := container.NewVBox(
		newBorder(nil, nil, nil, export, head), sum,
		widget.NewCard("Quiz scores", "each finished quiz, oldest to newest", scoreChart),
		widget.NewCard("Mastery by chapter", "", container.NewVBox(masteryChart, masteryNote)),
		widget.NewCard("Activity", "", container.NewVBox(newBorder(nil, nil, window, legend), activity)),
		widget.NewCard("Weakest facts", "most missed in quizzes and flashcards", weak),
	)
	p.root.Objects = []fyne.CanvasObject{container.NewVScroll(container.NewPadded(body))}
	p.root.Refresh()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func pluralES(n int) string {
	if n == 1 {
		return ""
	}
	return "zes"
}

func shortDay(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.Format("2 Jan")
}

// weakRow is one weak fact with "Open in chapter" and "Study now".
func (p *progressTab) weakRow(doc *document, w quiz.WeakFact) fyne.CanvasObject {
	text := "A card of your own"
	block := -1
	if f, ok := doc.fact(w.FactKey); ok {
		text = f.Text
		if f.Kind == quiz.DateFact {
			text = f.Text + ": " + f.Sentence
		}
		block = f.Block
	}
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel(fmt.Sprintf("Chapter %d · %d wrong of %d answers · %d lapses in %d reviews", w.Chapter+1, w.Wrong, w.Answers, w.Lapses, w.Reviews))
	detail.SizeName = theme.SizeNameCaptionText
	detail.Wrapping = fyne.TextWrapWord
	open := widget.NewButtonWithIcon("Open in chapter", theme.DocumentIcon(), func() { p.act.openInChapter(w.Chapter, block) })
	study := widget.NewButtonWithIcon("Study now", theme.GridIcon(), func() { p.act.studyFact(w.FactKey) })
	return container.NewVBox(label, detail, newFlow(open, study), widget.NewSeparator())
}

// exportCSV saves the whole history through a Save dialog.
func (p *progressTab) exportCSV() {
	pid := p.profile()
	p.act.saveAs("chapterwise-history.csv", []string{".csv"}, "The history could not be exported",
		func(w io.Writer) error { return p.store.ExportHistory(pid, w) },
		func(file string) { p.act.inform("Exported", "Your history was saved to "+file+".") })
}
