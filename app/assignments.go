package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// studentStore is what a student's assignments need from the database.
type studentStore interface {
	ReceiveAssignment(profileID int64, a assign.Assignment) error
	ReceivedAssignments(profileID int64) ([]data.Received, error)
	StartAssignment(profileID int64, assignmentID string, quizID int64) error
	MarkSubmitted(profileID int64, assignmentID string, at time.Time) error
	ArticleByHash(hash string) (quiz.LibraryItem, error)
	AddArticle(title, source string, builtin bool, content []byte) (quiz.LibraryItem, error)
}

// assignmentsBox is the "Assignments" part of the Quiz home.
type assignmentsBox struct {
	q    *quizTab
	box  *fyne.Container
	list []data.Received
}

func newAssignmentsBox(q *quizTab) *assignmentsBox {
	return &assignmentsBox{q: q, box: container.NewVBox()}
}

// refresh reads the received assignments (worker).
func (b *assignmentsBox) refresh() {
	list, err := b.q.store.ReceivedAssignments(b.q.profile())
	if err != nil {
		b.q.do(func() { b.q.showError(userMessage("Could not list your assignments", err), err) })
		return
	}
	b.q.doAndWait(func() {
		b.list = list
		b.render()
	})
}

func (b *assignmentsBox) render() {
	u := b.q
	openBtn := widget.NewButtonWithIcon("Open assignment file…  A", theme.FolderOpenIcon(), b.q.openAssignmentDialog)
	head := newBorder(nil, nil, widget.NewLabelWithStyle("Assignments", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), openBtn)
	b.box.Objects = []fyne.CanvasObject{head}
	if len(b.list) == 0 {
		l := widget.NewLabel("No assignments. When your teacher sends you a .cwquiz file, open it here or drop it on the window.")
		l.Wrapping = fyne.TextWrapWord
		b.box.Add(l)
	}
	now := u.now()
	for i, r := range b.list {
		key := ""
		if i == b.next() {
			key = "  S"
		}
		status := "new"
		switch {
		case !r.Submitted.IsZero():
			status = "submitted " + r.Submitted.Local().Format("2 Jan 15:04")
		case r.QuizID != 0:
			status = "in progress"
		}
		due := "no due date"
		if d := r.Assignment.Due; d != nil {
			due = "due " + d.Local().Format("Mon 2 Jan 15:04")
			if r.Submitted.IsZero() && now.After(*d) {
				due += " (overdue)"
			}
		}
		label := widget.NewLabel(fmt.Sprintf("%s · %d questions · %s · %s", r.Assignment.Title, len(r.Assignment.Questions), due, status))
		label.Wrapping = fyne.TextWrapWord
		var action *widget.Button
		switch {
		case r.QuizID == 0:
			action = widget.NewButtonWithIcon("Start"+key, theme.MediaPlayIcon(), func() { b.q.startAssignment(r) })
			action.Importance = widget.HighImportance
		default:
			action = widget.NewButtonWithIcon("Continue"+key, theme.MediaPlayIcon(), func() { b.q.continueAssignment(r) })
		}
		b.box.Add(newBorder(nil, nil, nil, action, label))
	}
	b.box.Refresh()
}

// next is the assignment S starts: the soonest due not handed in (-1:
// none).
func (b *assignmentsBox) next() int {
	for i, r := range b.list {
		if r.Submitted.IsZero() {
			return i
		}
	}
	return -1
}

// startNext starts or continues the next assignment.
func (b *assignmentsBox) startNext() {
	i := b.next()
	if i < 0 {
		return
	}
	if r := b.list[i]; r.QuizID == 0 {
		b.q.startAssignment(r)
	} else {
		b.q.continueAssignment(r)
	}
}

// openAssignmentDialog chooses a .cwquiz file.
func (q *quizTab) openAssignmentDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		q.openAssignments([]fyne.URI{r.URI()})
	}, q.window)
	d.SetFilter(regularFiles(".cwquiz"))
	fitFileDialog(d, q.window, fyne.NewSize(800, 560))
	d.Show()
}

// openAssignments reads assignment files from another person in one job,
// however many were given: each is strictly decoded, checked against the
// library's articles and kept; then one message says what was added and
// one what was not.
func (q *quizTab) openAssignments(uris []fyne.URI) {
	u := q
	u.background(func() {
		var added []assign.Assignment
		var failed []error
		var item quiz.LibraryItem
		for _, uri := range uris {
			a, it, err := q.receiveAssignment(uri)
			if err != nil {
				failed = append(failed, err)
				continue
			}
			added, item = append(added, a), it
		}
		if len(added) > 0 {
			var doc *document
			u.doAndWait(func() { doc = u.screenContext.doc() })
			if doc == nil || doc.item.ID != item.ID {
				u.act.openItem(item)
			}
			q.assignments.refresh()
		}
		u.do(func() {
			if len(added) > 0 {
				u.act.show(sectionQuiz)
				q.setView(q.home)
				q.reportAdded(added)
			}
			reportFailed(u, "assignment files", len(uris), failed)
		})
	})
}

// receiveAssignment reads, checks and keeps one assignment file, with the
// library article it is about (worker). The error is a userError.
func (q *quizTab) receiveAssignment(uri fyne.URI) (assign.Assignment, quiz.LibraryItem, error) {
	u := q
	raw, err := readURI(uri, assign.MaxAssignmentBytes)
	var a assign.Assignment
	if err == nil {
		a, err = assign.DecodeAssignment(bytes.NewReader(raw))
	}
	if errors.Is(err, assign.ErrNotRegular) || errors.Is(err, assign.ErrSlowFile) {
		return a, quiz.LibraryItem{}, userError{userMessage("Could not open "+uri.Name(), err), err}
	}
	if err != nil {
		return a, quiz.LibraryItem{}, userError{"Could not open " + uri.Name() + ": " + assign.Explain(err) + ".", err}
	}
	item, err := u.store.ArticleByHash(a.Article.Hash)
	if errors.Is(err, data.ErrNotFound) && a.Article.Text != "" {
		art, perr := quiz.ParseArticle([]byte(a.Article.Text))
		if perr != nil {
			err = perr
		} else {
			item, err = u.store.AddArticle(art.Title, "assignment "+uri.Name(), false, []byte(a.Article.Text))
		}
	}
	if err != nil {
		msg := fmt.Sprintf("“%s” is about the article “%s”, which is not in your library. Ask your teacher for the article file and open it first (Ctrl+O).",
			a.Title, a.Article.Title)
		return a, item, userError{msg, err}
	}
	if err := u.store.ReceiveAssignment(u.profile(), a); err != nil {
		return a, item, userError{userMessage("Could not keep the assignment", err), err}
	}
	return a, item, nil
}

// reportAdded says which assignments were added.
func (q *quizTab) reportAdded(added []assign.Assignment) {
	if len(added) == 1 {
		a := added[0]
		showInformation("Assignment added", fmt.Sprintf("“%s” from %s is under Assignments in the Quiz section.", a.Title, teacherName(a)), q.window)
		return
	}
	titles := make([]string, len(added))
	for i, a := range added {
		titles[i] = "“" + a.Title + "”"
	}
	showInformation(fmt.Sprintf("%d assignments added", len(added)),
		"These are under Assignments in the Quiz section: "+strings.Join(titles, ", ")+".", q.window)
}

func teacherName(a assign.Assignment) string {
	if a.Teacher == "" {
		return "your teacher"
	}
	return a.Teacher
}

// startAssignment makes the quiz of an assignment and starts it.
func (q *quizTab) startAssignment(r data.Received) {
	u := q
	a := r.Assignment
	pid := u.profile()
	u.background(func() {
		item, err := u.store.ArticleByHash(a.Article.Hash)
		if err != nil {
			u.do(func() { u.showError(userMessage("The assignment's article is not in your library", err), err) })
			return
		}
		spec, qs := assign.ForTaking(a, rand.Uint64())
		now := u.now()
		id, err := u.store.StartQuiz(pid, item.ID, spec, qs, now)
		if err == nil {
			err = u.store.StartAssignment(pid, a.ID, id)
		}
		if err != nil {
			u.do(func() { u.showError(userMessage("Could not start the assignment", err), err) })
			return
		}
		started := data.Quiz{ID: id, ProfileID: pid, ArticleID: item.ID, Spec: spec, Questions: qs, Started: now}
		u.doAndWait(func() {
			u.act.show(sectionQuiz)
			q.take.begin(started)
		})
	})
}

// continueAssignment resumes an assignment, or shows its results when it
// is finished.
func (q *quizTab) continueAssignment(r data.Received) {
	u := q
	u.background(func() {
		qz, err := u.store.LoadQuiz(r.QuizID)
		u.do(func() {
			if err != nil {
				u.showError(userMessage("Could not load the assignment", err), err)
				return
			}
			u.act.show(sectionQuiz)
			if qz.Finished.IsZero() {
				q.take.begin(qz)
				return
			}
			q.showResults(qz)
		})
	})
}

// assignmentOf finds the received assignment a quiz belongs to.
func (q *quizTab) assignmentOf(qz data.Quiz) (assign.Assignment, bool) {
	for _, r := range q.assignments.list {
		if r.Assignment.ID == qz.Spec.AssignmentID {
			return r.Assignment, true
		}
	}
	return assign.Assignment{}, false
}

// submitAssignment writes the result file for the teacher.
func (q *quizTab) submitAssignment(qz data.Quiz) {
	u := q
	a, ok := q.assignmentOf(qz)
	if !ok {
		u.showError("This assignment is no longer in your list.", errors.New("assignment not found"))
		return
	}
	u.act.saveAs(fileName(a.Title+" - "+u.act.profileName())+".cwresult", []string{".cwresult"}, "The result file was not written",
		func(w io.Writer) error {
			err := q.handIn(w, a, qz)
			q.assignments.refresh()
			return err
		},
		func(file string) {
			showInformation("Ready to hand in", "Send "+file+" to "+teacherName(a)+".", u.window)
		})
}

// handIn writes the result of a taken assignment and records that it
// was handed in (worker).
func (q *quizTab) handIn(w io.Writer, a assign.Assignment, qz data.Quiz) error {
	now := q.now()
	res, err := assign.BuildResult(a, qz.Spec, qz.Answers, q.act.profileName(), qz.Started, now)
	if err != nil {
		return err
	}
	if err := assign.Encode(w, res); err != nil {
		return err
	}
	return q.store.MarkSubmitted(q.profile(), a.ID, now)
}

// openDropped handles files dropped on the window (or named on the
// command line): assignments, results for a teacher, and articles.
func (u *UI) openDropped(uris []fyne.URI) {
	var assignments, results, articles []fyne.URI
	for _, uri := range uris {
		switch strings.ToLower(uri.Extension()) {
		case ".cwquiz":
			assignments = append(assignments, uri)
		case ".cwresult":
			results = append(results, uri)
		case ".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml", ".epub", ".pdf":
			articles = append(articles, uri)
		default:
			u.showError("Chapterwise opens articles (.txt, .md, .html, .epub, .pdf), assignments (.cwquiz) and results (.cwresult), not "+uri.Name()+".", errors.New("unknown file type"))
		}
	}
	if len(assignments) > 0 {
		u.quiz.openAssignments(assignments)
	}
	if len(articles) > 0 {
		u.openArticles(articles)
	}
	if len(results) > 0 {
		if u.profile.Role != quiz.Teacher {
			u.showError("Result files are imported by a teacher profile. Switch to your teacher profile first.", errors.New("not a teacher"))
			return
		}
		u.unlockTeach(func() {
			u.show(sectionTeach)
			u.teach.importResults(results)
		})
	}
}
