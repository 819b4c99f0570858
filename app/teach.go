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
	SaveAssignment(profileID int64, a assign.Assignment) error
	Assignments(profileID int64) ([]assign.Assignment, error)
	ImportResults(profileID int64, files []data.ResultFile) []data.ImportOutcome
	Gradebook(profileID int64) ([]data.Submission, error)
	SubmissionsOf(profileID int64, assignmentID string) ([]data.Submission, error)
}

// teachTab is the Teach screen for teacher profiles: build assignments,
// hand them out and print them, and collect and grade the results.
type teachTab struct {
	u    *UI
	root *fyne.Container
	tabs *container.AppTabs

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

func newTeachTab(u *UI) *teachTab {
	t := &teachTab{u: u, selQ: -1}
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
	t.u.unlockTeach(func() {
		t.u.show(sectionTeach)
		t.u.background(t.reload)
	})
}

// reload reads the assignments and the gradebook (worker).
func (t *teachTab) reload() {
	pid := t.u.profile.ID
	list, err := t.u.store.Assignments(pid)
	if err != nil {
		t.u.do(func() { t.u.showError(userMessage("Could not list your assignments", err), err) })
		return
	}
	book, err := t.u.store.Gradebook(pid)
	if err != nil {
		t.u.do(func() { t.u.showError(userMessage("Could not read the gradebook", err), err) })
		return
	}
	t.u.doAndWait(func() {
		t.list, t.book = list, book
		t.listW.Refresh()
		t.renderBook()
	})
}
