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

// takeView is the screen of a quiz being taken: one question at a time.
type takeView struct {
	q    *quizTab
	root fyne.CanvasObject

	qz      data.Quiz
	sit     *quiz.Sitting // where the quiz stands; the widgets show it
	busy    bool
	shownAt time.Time
	sitting time.Time // when this sitting began
	stop    chan struct{}

	counter  *widget.Label
	clock    *widget.Label
	bar      *thinBar
	prompt   *widget.RichText
	area     *fyne.Container // the answer controls
	feedBox  *fyne.Container
	submit   *widget.Button
	answerUI answerUI
}

// Paragraph styles for feedback: each segment on its own line.
var (
	blockStrong   = widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}
	blockEmphasis = widget.RichTextStyle{TextStyle: fyne.TextStyle{Italic: true}}
)

func newTakeView(q *quizTab) *takeView {
	t := &takeView{q: q}
	t.counter = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	t.clock = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true})
	t.bar = newThinBar()
	leave := widget.NewButtonWithIcon("Leave  Esc", theme.NavigateBackIcon(), t.askLeave)
	top := container.NewVBox(newBorder(nil, nil, leave, t.clock, t.counter), t.bar)
	t.prompt = widget.NewRichText()
	t.prompt.Wrapping = fyne.TextWrapWord
	t.area = container.NewVBox()
	t.feedBox = container.NewVBox()
	t.submit = widget.NewButton("Check  Enter", t.enter)
	t.submit.Importance = widget.HighImportance
	body := container.NewVScroll(container.New(columnLayout{}, container.NewVBox(t.prompt, widget.NewSeparator(), t.area, t.feedBox)))
	t.root = newBorder(container.NewVBox(top, widget.NewSeparator()), container.NewPadded(t.submit), nil, nil, body)
	return t
}

// begin shows a new or resumed quiz at its first unanswered question.
func (t *takeView) begin(qz data.Quiz) {
	t.stopTimer()
	t.qz = qz
	t.sit = quiz.NewSitting(qz.Questions, qz.Spec.Mode, qz.Spec.TimeLimit, qz.Answers)
	t.sitting = t.q.now()
	t.q.setView(t.root)
	t.showCurrent()
	if qz.Spec.TimeLimit > 0 {
		t.tick()
		if !t.q.act.manualClock {
			t.startTimer()
		}
	} else {
		t.clock.SetText("")
	}
}

// remaining is the time left on a timed quiz.
func (t *takeView) remaining() time.Duration {
	return t.sit.Remaining(t.q.now().Sub(t.sitting))
}

func (t *takeView) startTimer() {
	stop := make(chan struct{})
	t.stop = stop
	go func() {
		tk := time.NewTicker(time.Second)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				t.q.do(func() {
					if t.stop == stop {
						t.tick()
					}
				})
			}
		}
	}()
}

// tick updates the countdown and ends the quiz when time is up.
func (t *takeView) tick() {
	left := t.remaining()
	if left <= 0 {
		t.clock.SetText("0:00")
		t.stopTimer()
		showInformation("Time is up", "The time limit is reached. Your answers so far are saved and scored.", t.q.window)
		t.finish()
		return
	}
	secs := int(left.Round(time.Second) / time.Second)
	t.clock.SetText(fmt.Sprintf("%d:%02d left", secs/60, secs%60))
	if left < time.Minute {
		t.clock.Importance = widget.DangerImportance
	} else {
		t.clock.Importance = widget.MediumImportance
	}
	t.clock.Refresh()
}

func (t *takeView) stopTimer() {
	if t.stop != nil {
		close(t.stop)
		t.stop = nil
	}
}

// showCurrent shows the sitting's question, or finishes when none is left.
func (t *takeView) showCurrent() {
	i, qq, ok := t.sit.Current()
	if !ok {
		t.finish()
		return
	}
	n := len(t.qz.Questions)
	t.counter.SetText(fmt.Sprintf("%s  ·  Question %d of %d", t.qz.Spec.Title, i+1, n))
	t.bar.SetValue(t.sit.Share())
	t.prompt.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: qq.Prompt, Style: widget.RichTextStyleSubHeading}}
	t.prompt.Refresh()
	t.answerUI = newAnswerUI(t, qq)
	t.area.Objects = []fyne.CanvasObject{t.answerUI.objects()}
	t.area.Refresh()
	t.feedBox.Objects = nil
	t.feedBox.Refresh()
	t.submit.SetText("Check  Enter")
	t.submit.Enable()
	t.shownAt = t.q.now()
	if fi, ok := t.answerUI.(*fillInUI); ok {
		t.q.window.Canvas().Focus(fi.entry)
	} else {
		t.q.window.Canvas().Unfocus()
	}
}

// enter submits the answer, or moves on from the feedback.
func (t *takeView) enter() {
	if t.busy || t.sit.Done() {
		return
	}
	if t.sit.Feedback() {
		t.sit.Next()
		t.showCurrent()
		return
	}
	t.answer()
}

// answer grades the given answer and commits it; the next question (or
// the feedback) shows only once it is saved.
func (t *takeView) answer() {
	i, qq, _ := t.sit.Current()
	now := t.q.now()
	a := quiz.GradeAnswer(qq, i, t.answerUI.given(), now, now.Sub(t.shownAt))
	t.busy = true
	t.submit.Disable()
	id := t.qz.ID
	t.q.background(func() {
		err := t.q.store.RecordAnswer(id, qq, a)
		t.q.do(func() {
			t.busy = false
			t.submit.Enable()
			if err != nil {
				t.q.showError(userMessage("Your answer could not be saved", err), err)
				return
			}
			t.qz.Answers = append(t.qz.Answers, a)
			if t.sit.Saved(a) {
				t.bar.SetValue(t.sit.Share())
				t.showFeedback(qq, a)
				return
			}
			t.showCurrent()
		})
	})
}

// showFeedback says right or wrong, the right answer, what differed, the
// source sentence and where it is in the article.
func (t *takeView) showFeedback(qq quiz.Question, a quiz.Answer) {
	t.answerUI.disable()
	verdict, colour := "✗ Wrong", theme.ColorNameError
	switch {
	case a.Correct:
		verdict, colour = "✓ Right!", theme.ColorNameSuccess
	case a.Points > 0:
		verdict, colour = fmt.Sprintf("◐ Partly right: %s of 1 point", fmtPoints(a.Points)), theme.ColorNameWarning
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: verdict,
		Style: widget.RichTextStyle{SizeName: theme.SizeNameSubHeadingText, TextStyle: fyne.TextStyle{Bold: true}, ColorName: colour}}}
	if !a.Correct {
		segs = append(segs, answerSegments("The answer", qq, rightAnswer(qq))...)
	}
	// A typed, ordered or matched answer says what differed; for a choice
	// the right answer says it all.
	if a.Note != "" && qq.Type != quiz.MultipleChoice && qq.Type != quiz.TrueFalse && !strings.HasPrefix(a.Note, "The answer is") {
		segs = append(segs, &widget.TextSegment{Text: a.Note, Style: blockEmphasis})
	}
	if qq.Explanation != "" {
		segs = append(segs, &widget.TextSegment{Text: qq.Explanation, Style: widget.RichTextStyleParagraph})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	t.feedBox.Objects = []fyne.CanvasObject{widget.NewSeparator(), rt}
	if open := t.q.openButton(qq, t.qz.ArticleID); open != nil {
		t.feedBox.Add(container.NewHBox(open))
	}
	t.feedBox.Refresh()
	if t.sit.LastOne() {
		t.submit.SetText("See results  Enter")
	} else {
		t.submit.SetText("Next question  Enter")
	}
	t.q.window.Canvas().Unfocus()
}

// finish scores the quiz in the database and shows the results.
func (t *takeView) finish() {
	t.stopTimer()
	id := t.qz.ID
	t.busy = true
	t.q.background(func() {
		_, err := t.q.store.FinishQuiz(id, t.q.now())
		var qz data.Quiz
		if err == nil {
			qz, err = t.q.store.LoadQuiz(id)
		}
		t.q.do(func() {
			t.busy = false
			if err != nil {
				t.q.showError(userMessage("Could not score the quiz", err), err)
				return
			}
			t.q.showResults(qz)
		})
	})
}

// askLeave leaves the quiz after asking; nothing is lost either way.
func (t *takeView) askLeave() {
	d := newConfirm("Leave the quiz?", "Your answers so far are saved. You can resume this quiz later from the Quiz section.",
		func(yes bool) {
			if yes {
				t.q.leaveToHome()
			}
		}, t.q.window)
	d.SetConfirmText("Leave")
	d.SetDismissText("Stay")
	d.Show()
}

func (t *takeView) typedKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		t.enter()
		return true
	case fyne.KeyEscape:
		t.askLeave()
		return true
	}
	if t.sit.CanAnswer() && t.answerUI != nil {
		return t.answerUI.key(ev)
	}
	return false
}

func (t *takeView) typedRune(r rune) bool {
	if !t.sit.CanAnswer() || t.answerUI == nil {
		return false
	}
	return t.answerUI.rune(r)
}
