// A finished quiz's results: score, every question with the answer
// given and the right one, and retrying the missed facts.

package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// showResults shows a finished quiz: the score, the time and every
// question with the given and the right answer.
func (q *quizTab) showResults(qz data.Quiz) {
	q.resultsQ = qz
	s := qz.Score()
	a, isAssignment := q.assignmentOf(qz)
	keyless := isAssignment && !a.HasKey()
	took := qz.Finished.Sub(qz.Started).Round(time.Second)
	title := widget.NewRichText(&widget.TextSegment{Text: qz.Spec.Title, Style: widget.RichTextStyleHeading})
	score := widget.NewRichText(&widget.TextSegment{
		Text:  fmt.Sprintf("%s / %d points  ·  %.0f%%", fmtPoints(s.Points), s.Max, s.Percent()),
		Style: widget.RichTextStyle{SizeName: theme.SizeNameSubHeadingText, TextStyle: fyne.TextStyle{Bold: true}, ColorName: scoreColour(s.Percent())},
	})
	summary := widget.NewLabel(fmt.Sprintf("%d of %d right, %d answered, in %s.", s.Correct, s.Max, s.Answered, took))
	if keyless {
		score.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: "Your teacher grades this assignment",
			Style: widget.RichTextStyle{SizeName: theme.SizeNameSubHeadingText, TextStyle: fyne.TextStyle{Bold: true}}}}
		summary.SetText(fmt.Sprintf("%d of %d answered, in %s.", s.Answered, s.Max, took))
	}
	retry := widget.NewButtonWithIcon("Retry missed questions  R", theme.ViewRefreshIcon(), q.retryMissed)
	retry.Importance = widget.HighImportance
	if s.Correct == s.Max {
		retry.Disable()
	}
	again := widget.NewButtonWithIcon("New quiz  N", theme.ContentAddIcon(), q.showNewQuiz)
	back := widget.NewButtonWithIcon("Back  Esc", theme.NavigateBackIcon(), q.leaveToHome)
	actions := newFlow(retry, again, back)
	if isAssignment {
		submit := widget.NewButtonWithIcon("Hand in: save the result file…  H", theme.MailSendIcon(), func() { q.submitAssignment(qz) })
		submit.Importance = widget.HighImportance
		actions = newFlow(submit, back)
	}
	objs := []fyne.CanvasObject{title, score, summary, actions, widget.NewSeparator()}
	given := map[int]quiz.Answer{}
	for _, a := range qz.Answers {
		given[a.Index] = a
	}
	for i, qq := range qz.Questions {
		a, ok := given[i]
		objs = append(objs, q.reviewItem(i, qq, a, ok, qz.ArticleID, keyless))
	}
	q.results = container.NewVScroll(container.New(columnLayout{}, container.NewVBox(objs...)))
	q.setView(q.results)
}

func scoreColour(pct float64) fyne.ThemeColorName {
	switch {
	case pct >= 80:
		return theme.ColorNameSuccess
	case pct >= 50:
		return theme.ColorNameWarning
	}
	return theme.ColorNameError
}

// reviewItem shows one question of a finished quiz.
func (q *quizTab) reviewItem(i int, qq quiz.Question, a quiz.Answer, answered bool, articleID int64, keyless bool) fyne.CanvasObject {
	mark, colour := "✗ wrong", theme.ColorNameError
	switch {
	case keyless:
		mark, colour = "answered", theme.ColorNameForeground
		if !answered {
			mark = "– not answered"
		}
	case !answered:
		mark = "– not answered"
	case a.Correct:
		mark, colour = "✓ right", theme.ColorNameSuccess
	case a.Points > 0:
		mark, colour = fmt.Sprintf("◐ %s of 1 point", fmtPoints(a.Points)), theme.ColorNameWarning
	}
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: fmt.Sprintf("%d. ", i+1), Style: widget.RichTextStyleStrong},
		&widget.TextSegment{Text: mark, Style: widget.RichTextStyle{Inline: true, ColorName: colour, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: " — ", Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: strings.ReplaceAll(qq.Prompt, "\n", " "), Style: widget.RichTextStyleParagraph},
	}
	if answered && (!a.Correct || keyless) {
		segs = append(segs, answerSegments("Your answer", qq, a.Given)...)
	}
	if !keyless {
		segs = append(segs, answerSegments("Right answer", qq, rightAnswer(qq))...)
	}
	if a.Note != "" && !a.Correct {
		segs = append(segs, &widget.TextSegment{Text: a.Note, Style: blockEmphasis})
	}
	if qq.Explanation != "" {
		segs = append(segs, &widget.TextSegment{Text: qq.Explanation, Style: widget.RichTextStyleParagraph})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(rt)
	if open := q.openButton(qq, articleID); open != nil {
		box.Add(container.NewHBox(open))
	}
	box.Add(widget.NewSeparator())
	return box
}

// openButton is "Open in chapter" for a question of the open article.
func (q *quizTab) openButton(qq quiz.Question, articleID int64) *widget.Button {
	if q.doc == nil || q.doc.item.ID != articleID || qq.Chapter < 0 || qq.Chapter >= len(q.doc.art.Chapters) {
		return nil
	}
	block := -1
	if len(qq.FactKeys) > 0 {
		if f, ok := q.doc.fact(qq.FactKeys[0]); ok {
			block = f.Block
		}
	}
	b := widget.NewButtonWithIcon("Open in chapter", theme.DocumentIcon(), func() { q.act.openInChapter(qq.Chapter, block) })
	b.Importance = widget.LowImportance
	return b
}

// retryMissed makes a practice quiz from the facts missed in the results
// on screen.
func (q *quizTab) retryMissed() {
	qz := q.resultsQ
	missed := quiz.MissedFacts(qz.Questions, qz.Answers)
	if len(missed) == 0 || q.doc == nil {
		return
	}
	if q.doc.item.ID != qz.ArticleID {
		showInformation("Another article", "This quiz was on another article. Open it from the Library (Ctrl+L) to retry.", q.window)
		return
	}
	spec := quiz.QuizSpec{Title: "Retry: " + qz.Spec.Title, Count: min(quiz.MaxQuestions, max(quiz.MinQuestions, len(missed))),
		Mode: quiz.Practice, FactKeys: missed, Types: qz.Spec.Types}
	q.start(spec)
}

// rightAnswer is the answer a results screen or feedback shows: for a
// question that takes any one part of a list, "Any one of: A; B; C", not
// the whole list a student reads as wrong for "name one" (round 15
// Potsdam Q5).
func rightAnswer(qq quiz.Question) []string {
	if qq.AnyOneOf() != nil {
		return []string{qq.ShownAnswer()}
	}
	return qq.Answer
}

// answerSegments shows an answer: one line for a single answer, a
// numbered list for an order, "item → match" lines for a matching.
func answerSegments(label string, qq quiz.Question, ans []string) []widget.RichTextSegment {
	if len(ans) <= 1 {
		return []widget.RichTextSegment{&widget.TextSegment{Text: label + ": " + strings.Join(ans, ""), Style: blockStrong}}
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: label + ":", Style: blockStrong}}
	for i, x := range ans {
		line := fmt.Sprintf("%d. %s", i+1, x)
		if qq.Type == quiz.Matching && i < len(qq.Options) {
			if x == "" {
				x = "(none)"
			}
			line = qq.Options[i] + " → " + x
		}
		segs = append(segs, &widget.TextSegment{Text: line, Style: widget.RichTextStyleParagraph})
	}
	return segs
}
