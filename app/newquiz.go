// The new-quiz dialog: chapters, size, types, mode and time limit.

package app

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// showNewQuiz asks for the chapters, size, types, mode and time limit.
func (q *quizTab) showNewQuiz() {
	doc := q.doc
	if doc == nil {
		return
	}
	var titles []string
	var read []int
	for i, ch := range doc.art.Chapters {
		titles = append(titles, fmt.Sprintf("%d. %s", i+1, ch.Title))
		if doc.progress.Read[i] {
			read = append(read, i)
		}
	}
	chapters := newChapterPicker(titles, read)
	count := widget.NewSlider(quiz.MinQuestions, quiz.MaxQuestions)
	count.Step = 1
	count.SetValue(10)
	countLabel := widget.NewLabel("")
	count.OnChanged = func(v float64) { countLabel.SetText(fmt.Sprintf("%.0f questions", v)) }
	count.OnChanged(count.Value)
	// the types wrap like words: two rows in a wide dialog, more when narrow
	var types []fyne.CanvasObject
	for _, t := range quiz.AllQuestionTypes {
		c := widget.NewCheck(typeLabel(t), nil)
		c.SetChecked(true)
		types = append(types, c)
	}
	mode := widget.NewRadioGroup([]string{"Practice: feedback after each answer", "Test: feedback at the end"}, nil)
	mode.SetSelected(mode.Options[0])
	mode.Required = true
	limits := []string{"No time limit", "5 minutes", "10 minutes", "15 minutes", "20 minutes", "30 minutes", "45 minutes", "60 minutes"}
	limit := widget.NewSelect(limits, nil)
	limit.SetSelectedIndex(0)
	items := []*widget.FormItem{
		widget.NewFormItem("Chapters", chapters.content()),
		widget.NewFormItem("Questions", newBorder(nil, nil, nil, countLabel, count)),
		widget.NewFormItem("Types", newFlow(types...)),
		widget.NewFormItem("Mode", mode),
		widget.NewFormItem("Time", limit),
	}
	d := newForm("New quiz", "Start", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		spec := quiz.QuizSpec{Title: "Quiz", Count: int(count.Value), Mode: quiz.Practice}
		if strings.HasPrefix(mode.Selected, "Test") {
			spec.Mode = quiz.Test
		}
		chs, err := chapters.chapters()
		switch {
		case errors.Is(err, errNoChapterRead):
			q.showError("You have not marked any chapter read yet. Choose the whole article or some chapters, or read a chapter first (Next marks it read).", err)
			return
		case err != nil:
			q.showError("Choose at least one chapter, or the whole article.", err)
			return
		}
		spec.Chapters = chs
		switch {
		case len(chs) == 1:
			spec.Title = titles[chs[0]]
		case len(chs) > 1 && chapters.mode.Selected == chapters.readOpt:
			spec.Title = "Chapters I have read"
		case len(chs) > 1:
			spec.Title = fmt.Sprintf("%d chapters", len(chs))
		default:
			spec.Title = "Whole article"
		}
		for i, c := range types {
			if c.(*widget.Check).Checked {
				spec.Types = append(spec.Types, quiz.AllQuestionTypes[i])
			}
		}
		if len(spec.Types) == 0 {
			q.showError("Choose at least one question type.", fmt.Errorf("no question type chosen"))
			return
		}
		if i := limit.SelectedIndex(); i > 0 {
			var m int
			fmt.Sscanf(limits[i], "%d", &m)
			spec.TimeLimit = time.Duration(m) * time.Minute
		}
		q.start(spec)
	}, q.window)
	chapters.OnResized = d.refit
	d.Resize(fyne.NewSize(720, 0))
	d.Show()
	d.SetOnEnter(d.Submit) // Enter starts the quiz with what is chosen
}
