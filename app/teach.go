package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// teachStore is what the Teach screen needs from the database.
type teachStore interface {
	ArticleContent(id int64) ([]byte, error) // handed out with an assignment
	SaveAssignment(profileID int64, a assign.Assignment) error
	Assignments(profileID int64) ([]assign.Assignment, error)
	ImportResults(profileID int64, files []data.ResultFile) []data.ImportOutcome
	Gradebook(profileID int64) ([]data.Submission, error)
	SubmissionsOf(profileID int64, assignmentID string) ([]data.Submission, error)
}

// teachActions are what the Teach screen asks of the others.
type teachActions struct {
	fileActions
	show        func(section)
	unlock      func(then func()) // then runs once the teacher's PIN is given
	profileName func() string     // the teacher's name on an assignment
}

// teachActions are the UI's.
func (u *UI) teachActions() teachActions {
	return teachActions{
		fileActions: u.fileActions(),
		show:        u.show,
		unlock:      u.unlockTeach,
		profileName: func() string { return u.profile.Name },
	}
}

// teachTab is the Teach screen for teacher profiles: build assignments,
// hand them out and print them, and collect and grade the results.
type teachTab struct {
	screenContext
	store teachStore
	act   teachActions
	root  *fyne.Container
	tabs  *container.AppTabs

	// building
	list      []assign.Assignment
	listW     *widget.List
	cur       assign.Assignment
	editor    *container.Scroll
	title     *widget.Entry
	instr     *widget.Entry
	due       *widget.Entry
	limit     *widget.Entry
	pass      *widget.Entry
	shuffleQ  *widget.Check
	shuffleO  *widget.Check
	feedback  *widget.Select
	questions *widget.List
	selQ      int
	status    *widget.Label

	// grading
	book      []data.Submission
	bookBox   *fyne.Container
	pickA     *widget.Select
	itemsBox  *fyne.Container
	subs      []data.Submission
	studentsW *fyne.Container
}

func newTeachTab(store teachStore, ctx screenContext, act teachActions) *teachTab {
	t := &teachTab{screenContext: ctx, store: store, act: act, selQ: -1}
	t.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Assignments", theme.DocumentCreateIcon(), t.buildAssignments()),
		container.NewTabItemWithIcon("Gradebook", theme.ListIcon(), t.buildGradebook()),
	)
	t.root = container.NewStack(t.tabs)
	return t
}

func (t *teachTab) content() fyne.CanvasObject { return t.root }

// open shows the section after the PIN, when there is one.
func (t *teachTab) open() {
	t.act.unlock(func() {
		t.act.show(sectionTeach)
		t.background(t.reload)
	})
}

// reload reads the assignments and the gradebook (worker).
func (t *teachTab) reload() {
	pid := t.profile()
	list, err := t.store.Assignments(pid)
	if err != nil {
		t.do(func() { t.showError(userMessage("Could not list your assignments", err), err) })
		return
	}
	book, err := t.store.Gradebook(pid)
	if err != nil {
		t.do(func() { t.showError(userMessage("Could not read the gradebook", err), err) })
		return
	}
	t.doAndWait(func() {
		t.list, t.book = list, book
		t.listW.Refresh()
		t.renderBook()
	})
}
