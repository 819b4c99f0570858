package app

import (
	"fmt"
	"math/rand/v2"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// quizStore is what the Quiz screen needs from the database: quizzes
// taken and the assignments received (studentStore).
type quizStore interface {
	StartQuiz(profileID, articleID int64, spec quiz.QuizSpec, qs []quiz.Question, at time.Time) (int64, error)
	RecordAnswer(quizID int64, q quiz.Question, a quiz.Answer) error
	FinishQuiz(quizID int64, at time.Time) (quiz.Score, error)
	LoadQuiz(quizID int64) (data.Quiz, error)
	UnfinishedQuiz(profileID int64) (data.Quiz, bool, error)
	RecentQuizzes(profileID int64, n int) ([]data.QuizSummary, error)
	studentStore
}

// quizActions are what the Quiz screen asks of the others.
type quizActions struct {
	fileActions
	show          func(section)
	openInChapter func(chapter, block int)
	openItem      func(quiz.LibraryItem) // open an assignment's article (worker)
	profileName   func() string          // who hands in an assignment
	manualClock   bool                   // tests tick the countdown themselves
}

// quizActions are the UI's.
func (u *UI) quizActions() quizActions {
	return quizActions{
		fileActions:   u.fileActions(),
		show:          u.show,
		openInChapter: u.openInChapter,
		openItem:      u.openItem,
		profileName:   func() string { return u.profile.Name },
		manualClock:   u.opts.Manual,
	}
}

// quizTab is the Quiz screen: new quiz, the unfinished one, past results;
// taking a quiz; its results.
type quizTab struct {
	screenContext
	store quizStore
	act   quizActions
	doc   *document // the article quizzes are made on (the listener's)

	root       *fyne.Container
	home       fyne.CanvasObject
	resumeBox  *fyne.Container
	recent     []data.QuizSummary
	recentList *keyList
	homeInfo   *widget.Label

	assignments *assignmentsBox

	// taking a quiz
	take     *takeView
	results  fyne.CanvasObject
	resultsQ data.Quiz
}

func newQuizTab(store quizStore, ctx screenContext, act quizActions) *quizTab {
	q := &quizTab{screenContext: ctx, store: store, act: act}
	newQuiz := widget.NewButtonWithIcon("New quiz  N", theme.ContentAddIcon(), q.showNewQuiz)
	newQuiz.Importance = widget.HighImportance
	quick := widget.NewButtonWithIcon("Quick practice  P", theme.MediaPlayIcon(), q.quickPractice)
	q.homeInfo = widget.NewLabel("Open an article to take quizzes on it.")
	q.homeInfo.Wrapping = fyne.TextWrapWord
	q.resumeBox = container.NewVBox()
	q.assignments = newAssignmentsBox(q)
	q.recentList = newKeyList(func() int { return len(q.recent) }, func() fyne.CanvasObject {
		title := widget.NewLabel("title")
		title.Truncation = fyne.TextTruncateEllipsis
		return newBorder(nil, nil, nil, widget.NewLabel("100%"), title)
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
	bar := newBorder(nil, nil, nil, container.NewHBox(quick, newQuiz), head)
	recentHead := widget.NewLabelWithStyle("Your results", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.home = newBorder(container.NewVBox(bar, q.homeInfo, q.resumeBox, widget.NewSeparator(), q.assignments.box,
		widget.NewSeparator(), recentHead), nil, nil, nil, q.recentList)
	q.take = newTakeView(q)
	q.root = container.NewStack(q.home)
	return q
}

func (q *quizTab) content() fyne.CanvasObject { return q.root }

// open shows the section.
func (q *quizTab) open() {
	q.act.show(sectionQuiz)
	if q.showing(q.home) {
		q.background(q.refresh)
	}
}

// endSitting leaves a quiz being taken for the Quiz home; its answers are
// saved already.
func (q *quizTab) endSitting() {
	if q.showing(q.take.root) {
		q.leaveToHome()
	}
}

func (q *quizTab) showing(o fyne.CanvasObject) bool {
	return len(q.root.Objects) > 0 && q.root.Objects[0] == o
}

func (q *quizTab) setView(o fyne.CanvasObject) {
	q.root.Objects = []fyne.CanvasObject{o}
	q.root.Refresh()
	q.window.Canvas().Unfocus()
}

// load runs on the worker when an article opens: it remembers the
// article and offers an unfinished quiz for resumption.
func (q *quizTab) load(doc *document) {
	q.doAndWait(func() { q.doc = doc })
	q.refresh()
}

// refresh reads the unfinished quiz, the assignments and the recent
// results (worker).
func (q *quizTab) refresh() {
	q.assignments.refresh()
	pid := q.profile()
	open, ok, err := q.store.UnfinishedQuiz(pid)
	if err != nil {
		q.do(func() { q.showError(userMessage("Could not look for an unfinished quiz", err), err) })
		return
	}
	recent, err := q.store.RecentQuizzes(pid, 200)
	if err != nil {
		q.do(func() { q.showError(userMessage("Could not list your results", err), err) })
		return
	}
	q.doAndWait(func() {
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
		q.resumeBox.Objects = []fyne.CanvasObject{newBorder(nil, nil, nil, container.NewHBox(discard, resume), msg)}
	}
	q.resumeBox.Refresh()
}

func (q *quizTab) endUnfinished(open data.Quiz) {
	q.background(func() {
		if _, err := q.store.FinishQuiz(open.ID, q.now()); err != nil {
			q.do(func() { q.showError(userMessage("Could not finish the quiz", err), err) })
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
	q.act.show(sectionQuiz)
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
		q.showError("This quiz cannot be made: "+err.Error()+".", err)
		return
	}
	pid := q.profile()
	q.background(func() {
		qs := doc.study.Quiz(spec.Options())
		if len(qs) == 0 {
			q.do(func() {
				showInformation("No questions", "Chapterwise found no facts to ask about in these chapters with these question types. Choose more chapters or types.", q.window)
			})
			return
		}
		spec.Count = len(qs)
		now := q.now()
		id, err := q.store.StartQuiz(pid, doc.item.ID, spec, qs, now)
		if err != nil {
			q.do(func() { q.showError(userMessage("Could not start the quiz", err), err) })
			return
		}
		started := data.Quiz{ID: id, ProfileID: pid, ArticleID: doc.item.ID, Spec: spec, Questions: qs, Started: now}
		q.doAndWait(func() {
			q.act.show(sectionQuiz)
			q.take.begin(started)
		})
	})
}

func (q *quizTab) resume(open data.Quiz) {
	q.take.begin(open)
}

// openResults loads a finished quiz and shows its results.
func (q *quizTab) openResults(id int64) {
	q.background(func() {
		qz, err := q.store.LoadQuiz(id)
		q.do(func() {
			if err != nil {
				q.showError(userMessage("Could not load the quiz", err), err)
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
	q.background(q.refresh)
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
	case q.showing(q.home):
		return pickFrom(q.window, q.recentList, ev)
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
			q.background(func() {
				open, ok, err := q.store.UnfinishedQuiz(q.profile())
				if err == nil && ok {
					q.do(func() { q.resume(open) })
				}
			})
			return true
		}
	}
	return false
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
