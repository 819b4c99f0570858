package app

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// quizStore is what the Quiz screen needs from the database.
type quizStore interface {
	StartQuiz(profileID, articleID int64, spec quiz.QuizSpec, qs []quiz.Question, at time.Time) (int64, error)
	RecordAnswer(quizID int64, q quiz.Question, a quiz.Answer) error
	FinishQuiz(quizID int64, at time.Time) (quiz.Score, error)
	AbandonQuiz(quizID int64, at time.Time) error
	LoadQuiz(quizID int64) (data.Quiz, error)
	UnfinishedQuiz(profileID int64) (data.Quiz, bool, error)
	RecentQuizzes(profileID int64, n int) ([]data.QuizSummary, error)
}

// quizTab is the Quiz screen: new quiz, the unfinished one, past results;
// taking a quiz; its results.
type quizTab struct {
	u   *UI
	doc *document

	root       *fyne.Container
	home       fyne.CanvasObject
	resumeBox  *fyne.Container
	recent     []data.QuizSummary
	recentList *widget.List
	homeInfo   *widget.Label

	assignments *assignmentsBox

	// taking a quiz
	take     *takeView
	results  fyne.CanvasObject
	resultsQ data.Quiz
}

func newQuizTab(u *UI) *quizTab {
	q := &quizTab{u: u}
	newQuiz := widget.NewButtonWithIcon("New quiz  N", theme.ContentAddIcon(), q.showNewQuiz)
	newQuiz.Importance = widget.HighImportance
	quick := widget.NewButtonWithIcon("Quick practice  P", theme.MediaPlayIcon(), q.quickPractice)
	q.homeInfo = widget.NewLabel("Open an article to take quizzes on it.")
	q.homeInfo.Wrapping = fyne.TextWrapWord
	q.resumeBox = container.NewVBox()
	q.assignments = newAssignmentsBox(q)
	q.recentList = widget.NewList(func() int { return len(q.recent) }, func() fyne.CanvasObject {
		title := widget.NewLabel("title")
		title.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, nil, widget.NewLabel("100%"), title)
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		c := o.(*fyne.Container)
		r := q.recent[id]
		c.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%s · %s · %s", r.Finished.Local().Format("2 Jan 15:04"), r.Title, r.Mode))
		c.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%s / %d  ·  %.0f%%", fmtPoints(r.Points), r.Questions, r.Percent()))
	})
	q.recentList.OnSelected = func(id widget.ListItemID) {
		q.recentList.UnselectAll()
		q.openResults(q.recent[id].ID)
	}
	head := widget.NewLabelWithStyle("Quiz", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(quick, newQuiz), head)
	recentHead := widget.NewLabelWithStyle("Your results", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.home = container.NewBorder(container.NewVBox(bar, q.homeInfo, q.resumeBox, widget.NewSeparator(), q.assignments.box,
		widget.NewSeparator(), recentHead), nil, nil, nil, q.recentList)
	q.take = newTakeView(q)
	q.root = container.NewStack(q.home)
	return q
}

func (q *quizTab) content() fyne.CanvasObject { return q.root }

// open shows the section.
func (q *quizTab) open() {
	q.u.show(sectionQuiz)
	if q.showing(q.home) {
		q.u.background(q.refresh)
	}
}

func (q *quizTab) showing(o fyne.CanvasObject) bool {
	return len(q.root.Objects) > 0 && q.root.Objects[0] == o
}

func (q *quizTab) setView(o fyne.CanvasObject) {
	q.root.Objects = []fyne.CanvasObject{o}
	q.root.Refresh()
	q.u.w.Canvas().Unfocus()
}

// load runs on the worker when an article opens: it remembers the
// article and offers an unfinished quiz for resumption.
func (q *quizTab) load(doc *document) {
	q.u.doAndWait(func() { q.doc = doc })
	q.refresh()
}

// refresh reads the unfinished quiz, the assignments and the recent
// results (worker).
func (q *quizTab) refresh() {
	q.assignments.refresh()
	pid := q.u.profile.ID
	open, ok, err := q.u.store.UnfinishedQuiz(pid)
	if err != nil {
		q.u.do(func() { q.u.showError(userMessage("Could not look for an unfinished quiz", err), err) })
		return
	}
	recent, err := q.u.store.RecentQuizzes(pid, 200)
	if err != nil {
		q.u.do(func() { q.u.showError(userMessage("Could not list your results", err), err) })
		return
	}
	q.u.doAndWait(func() {
		q.recent = recent
		q.recentList.Refresh()
		if q.doc != nil {
			q.homeInfo.SetText(fmt.Sprintf("Quizzes on “%s”. Practice shows the answer after each question; a test shows them at the end. Every answer is saved as you give it.", q.doc.art.Title))
		}
		if len(recent) == 0 {
			q.homeInfo.SetText(q.homeInfo.Text + " No results yet: start with New quiz (N) or Quick practice (P).")
		}
		q.showResume(open, ok)
	})
}

// showResume shows the unfinished quiz, if any, with Resume and Discard.
func (q *quizTab) showResume(open data.Quiz, ok bool) {
	q.resumeBox.Objects = nil
	if ok {
		msg := widget.NewLabel(fmt.Sprintf("Unfinished: “%s”, %d of %d answered, started %s.", open.Spec.Title, len(open.Answers),
			len(open.Questions), open.Started.Local().Format("2 Jan 15:04")))
		msg.Wrapping = fyne.TextWrapWord
		resume := widget.NewButtonWithIcon("Resume  R", theme.MediaPlayIcon(), func() { q.resume(open) })
		resume.Importance = widget.HighImportance
		discard := widget.NewButton("Finish it as it is", func() { q.endUnfinished(open) })
		q.resumeBox.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil, container.NewHBox(discard, resume), msg)}
	}
	q.resumeBox.Refresh()
}

// offerResume asks at start whether to resume an unfinished quiz (worker).
func (q *quizTab) offerResume() {
	open, ok, err := q.u.store.UnfinishedQuiz(q.u.profile.ID)
	if err != nil || !ok {
		return
	}
	q.u.do(func() {
		msg := fmt.Sprintf("You have an unfinished quiz, “%s”: %d of %d questions answered. Your answers are saved. Resume it now?",
			open.Spec.Title, len(open.Answers), len(open.Questions))
		var d *fitDialog
		resume := func() {
			q.u.show(sectionQuiz)
			q.resume(open)
		}
		d = newConfirm("Resume your quiz?", msg+" (Enter: resume, Esc: later)", func(yes bool) {
			if yes {
				resume()
			}
		}, q.u.w)
		d.SetConfirmText("Resume")
		d.SetDismissText("Later")
		d.SetOnEnter(d.Confirm)
		d.Show()
	})
}

func (q *quizTab) endUnfinished(open data.Quiz) {
	q.u.background(func() {
		if _, err := q.u.store.FinishQuiz(open.ID, q.u.now()); err != nil {
			q.u.do(func() { q.u.showError(userMessage("Could not finish the quiz", err), err) })
			return
		}
		q.refresh()
	})
}

// quickPractice starts a 10-question practice quiz on the chapters read
// (or the whole article when none is read yet).
func (q *quizTab) quickPractice() {
	if q.doc == nil {
		return
	}
	var chs []int
	for i := range q.doc.art.Chapters {
		if q.doc.progress.Read[i] {
			chs = append(chs, i)
		}
	}
	q.start(quiz.QuizSpec{Title: "Quick practice", Chapters: chs, Count: 10, Mode: quiz.Practice})
}

// quickChapter starts a 5-question practice quiz on one chapter.
func (q *quizTab) quickChapter(ch int) {
	if q.doc == nil || ch < 0 || ch >= len(q.doc.art.Chapters) {
		return
	}
	q.u.show(sectionQuiz)
	q.start(quiz.QuizSpec{Title: "Chapter " + fmt.Sprint(ch+1) + ": " + q.doc.art.Chapters[ch].Title, Chapters: []int{ch},
		Count: quiz.MinQuestions, Mode: quiz.Practice})
}

// start generates the quiz, stores it, and shows the first question.
func (q *quizTab) start(spec quiz.QuizSpec) {
	doc := q.doc
	if doc == nil {
		return
	}
	if spec.Seed == 0 {
		spec.Seed = rand.Uint64()
	}
	if err := spec.Validate(len(doc.art.Chapters)); err != nil {
		q.u.showError("This quiz cannot be made: "+err.Error()+".", err)
		return
	}
	pid := q.u.profile.ID
	q.u.background(func() {
		qs := doc.study.Quiz(spec.Options())
		if len(qs) == 0 {
			q.u.do(func() {
				showInformation("No questions", "Chapterwise found no facts to ask about in these chapters with these question types. Choose more chapters or types.", q.u.w)
			})
			return
		}
		spec.Count = len(qs)
		now := q.u.now()
		id, err := q.u.store.StartQuiz(pid, doc.item.ID, spec, qs, now)
		if err != nil {
			q.u.do(func() { q.u.showError(userMessage("Could not start the quiz", err), err) })
			return
		}
		started := data.Quiz{ID: id, ProfileID: pid, ArticleID: doc.item.ID, Spec: spec, Questions: qs, Started: now}
		q.u.doAndWait(func() {
			q.u.show(sectionQuiz)
			q.take.begin(started)
		})
	})
}

func (q *quizTab) resume(open data.Quiz) {
	q.take.begin(open)
}

// openResults loads a finished quiz and shows its results.
func (q *quizTab) openResults(id int64) {
	q.u.background(func() {
		qz, err := q.u.store.LoadQuiz(id)
		q.u.do(func() {
			if err != nil {
				q.u.showError(userMessage("Could not load the quiz", err), err)
				return
			}
			q.showResults(qz)
		})
	})
}

// leaveToHome goes back to the Quiz home and refreshes it.
func (q *quizTab) leaveToHome() {
	q.take.stopTimer()
	q.setView(q.home)
	q.u.background(q.refresh)
}

func (q *quizTab) typedKey(ev *fyne.KeyEvent) bool {
	switch {
	case q.showing(q.take.root):
		return q.take.typedKey(ev)
	case q.results != nil && q.showing(q.results):
		if ev.Name == fyne.KeyEscape {
			q.leaveToHome()
			return true
		}
	}
	return false
}

func (q *quizTab) typedRune(r rune) bool {
	switch {
	case q.showing(q.take.root):
		return q.take.typedRune(r)
	case q.results != nil && q.showing(q.results):
		switch r {
		case 'h', 'H':
			if q.resultsQ.Spec.AssignmentID != "" {
				q.submitAssignment(q.resultsQ)
			}
			return true
		case 'r', 'R':
			q.retryMissed()
			return true
		case 'n', 'N':
			q.showNewQuiz()
			return true
		}
	case q.showing(q.home):
		switch r {
		case 'n', 'N':
			q.showNewQuiz()
			return true
		case 'p', 'P':
			q.quickPractice()
			return true
		case 'a', 'A':
			q.openAssignmentDialog()
			return true
		case 's', 'S':
			q.assignments.startNext()
			return true
		case 'r', 'R':
			q.u.background(func() {
				open, ok, err := q.u.store.UnfinishedQuiz(q.u.profile.ID)
				if err == nil && ok {
					q.u.do(func() { q.resume(open) })
				}
			})
			return true
		}
	}
	return false
}

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
		widget.NewFormItem("Questions", container.NewBorder(nil, nil, nil, countLabel, count)),
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
			q.u.showError("You have not marked any chapter read yet. Choose the whole article or some chapters, or read a chapter first (Next marks it read).", err)
			return
		case err != nil:
			q.u.showError("Choose at least one chapter, or the whole article.", err)
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
			q.u.showError("Choose at least one question type.", fmt.Errorf("no question type chosen"))
			return
		}
		if i := limit.SelectedIndex(); i > 0 {
			var m int
			fmt.Sscanf(limits[i], "%d", &m)
			spec.TimeLimit = time.Duration(m) * time.Minute
		}
		q.start(spec)
	}, q.u.w)
	chapters.OnResized = d.refit
	d.Resize(fyne.NewSize(720, 0))
	d.Show()
	d.SetOnEnter(d.Submit) // Enter starts the quiz with what is chosen
}

func typeLabel(t quiz.QuestionType) string {
	switch t {
	case quiz.MultipleChoice:
		return "Multiple choice"
	case quiz.TrueFalse:
		return "True/false"
	case quiz.FillIn:
		return "Fill in the blank"
	case quiz.Ordering:
		return "Ordering"
	case quiz.Matching:
		return "Matching"
	}
	return string(t)
}

func fmtPoints(p float64) string {
	if p == float64(int(p)) {
		return fmt.Sprint(int(p))
	}
	return fmt.Sprintf("%.2g", p)
}

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
		&widget.TextSegment{Text: strings.ReplaceAll(qq.Prompt, "\n", " "), Style: widget.RichTextStyleParagraph},
	}
	if answered && (!a.Correct || keyless) {
		segs = append(segs, answerSegments("Your answer", qq, a.Given)...)
	}
	if !keyless {
		segs = append(segs, answerSegments("Right answer", qq, qq.Answer)...)
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
	b := widget.NewButtonWithIcon("Open in chapter", theme.DocumentIcon(), func() { q.u.openInChapter(qq.Chapter, block) })
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
		showInformation("Another article", "This quiz was on another article. Open it from the Library (Ctrl+L) to retry.", q.u.w)
		return
	}
	spec := quiz.QuizSpec{Title: "Retry: " + qz.Spec.Title, Count: min(quiz.MaxQuestions, max(quiz.MinQuestions, len(missed))),
		Mode: quiz.Practice, FactKeys: missed, Types: qz.Spec.Types}
	q.start(spec)
}
