package app

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
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

var feedbackLabels = []struct {
	f     assign.Feedback
	label string
}{
	{assign.FeedbackImmediate, "After each answer"},
	{assign.FeedbackAfterSubmit, "When they submit"},
	{assign.FeedbackTeacherOnly, "Only in my grading (no key in the file)"},
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

func (t *teachTab) buildAssignments() fyne.CanvasObject {
	t.listW = widget.NewList(func() int { return len(t.list) }, func() fyne.CanvasObject {
		l := widget.NewLabel("title")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		a := t.list[id]
		o.(*widget.Label).SetText(fmt.Sprintf("%s (%d)", a.Title, len(a.Questions)))
	})
	t.listW.OnSelected = func(id widget.ListItemID) { t.edit(t.list[id]) }
	newBtn := widget.NewButtonWithIcon("New assignment", theme.ContentAddIcon(), t.newAssignment)
	left := container.NewBorder(newBtn, nil, nil, nil, t.listW)

	t.title = widget.NewEntry()
	t.instr = widget.NewMultiLineEntry()
	t.instr.SetMinRowsVisible(2)
	t.instr.Wrapping = fyne.TextWrapWord
	t.due = widget.NewEntry()
	t.due.SetPlaceHolder("YYYY-MM-DD HH:MM, or empty")
	t.limit = widget.NewEntry()
	t.limit.SetPlaceHolder("minutes, 0 = none")
	t.pass = widget.NewEntry()
	t.shuffleQ = widget.NewCheck("Questions", nil)
	t.shuffleO = widget.NewCheck("Options", nil)
	var labels []string
	for _, f := range feedbackLabels {
		labels = append(labels, f.label)
	}
	t.feedback = widget.NewSelect(labels, nil)
	form := widget.NewForm(
		widget.NewFormItem("Title", t.title),
		widget.NewFormItem("Instructions", t.instr),
		widget.NewFormItem("Due", t.due),
		widget.NewFormItem("Time limit", t.limit),
		widget.NewFormItem("Pass mark %", t.pass),
		widget.NewFormItem("Shuffle", newFlow(t.shuffleQ, t.shuffleO)),
		widget.NewFormItem("Feedback", t.feedback),
	)
	t.questions = widget.NewList(func() int { return len(t.cur.Questions) }, func() fyne.CanvasObject {
		l := widget.NewLabel("question")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		q := t.cur.Questions[id]
		o.(*widget.Label).SetText(fmt.Sprintf("%d. [%s] %s", id+1, typeLabel(q.Type), strings.Join(strings.Fields(q.Prompt), " ")))
	})
	t.questions.OnSelected = func(id widget.ListItemID) { t.selQ = id }
	qButtons := newFlow(
		widget.NewButtonWithIcon("From the question bank", theme.ContentAddIcon(), t.pickFromBank),
		widget.NewButtonWithIcon("Own question", theme.DocumentCreateIcon(), func() { t.editQuestion(-1) }),
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { t.moveQuestion(-1) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { t.moveQuestion(1) }),
		widget.NewButtonWithIcon("Edit", theme.DocumentCreateIcon(), func() {
			if t.selQ >= 0 {
				t.editQuestion(t.selQ)
			}
		}),
		widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), t.removeQuestion),
	)
	t.status = widget.NewLabel("")
	t.status.Wrapping = fyne.TextWrapWord
	save := widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() { t.save(nil) })
	save.Importance = widget.HighImportance
	export := widget.NewButtonWithIcon("Hand out (.cwquiz)…", theme.MailSendIcon(), t.export)
	print := widget.NewButtonWithIcon("Print worksheet (PDF)…", theme.DocumentPrintIcon(), t.printPDF)
	top := container.NewVBox(form, widget.NewSeparator(), widget.NewLabelWithStyle("Questions", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), qButtons)
	bottom := container.NewVBox(t.status, newFlow(save, export, print, t.newQuestionTransfer()))
	// one scroll for the whole editor, the question list a few rows tall in
	// it, so that a small window or large text never cuts the buttons off
	rowH := widget.NewLabel("q").MinSize().Height + theme.Padding()
	t.editor = container.NewVScroll(container.NewVBox(top, container.New(boundedHeight{height: 6 * rowH}, t.questions), bottom))
	split := container.NewHSplit(left, t.editor)
	split.Offset = 0.25
	t.newAssignment()
	return split
}

// newAssignment starts an empty assignment on the open article.
func (t *teachTab) newAssignment() {
	now := t.u.now()
	a := assign.Assignment{Format: assign.AssignmentFormat, Version: assign.Version, ID: assign.NewID(now), Title: "New assignment",
		Created: now.UTC(), PassMark: 60, Feedback: assign.FeedbackAfterSubmit, Teacher: t.u.profile.Name}
	t.edit(a)
}

// edit shows an assignment in the editor.
func (t *teachTab) edit(a assign.Assignment) {
	t.cur = a
	t.cur.Questions = slices.Clone(a.Questions)
	t.title.SetText(a.Title)
	t.instr.SetText(a.Instructions)
	t.due.SetText("")
	if a.Due != nil {
		t.due.SetText(a.Due.Local().Format("2006-01-02 15:04"))
	}
	t.limit.SetText(strconv.Itoa(a.TimeLimitSec / 60))
	t.pass.SetText(strconv.FormatFloat(a.PassMark, 'f', -1, 64))
	t.shuffleQ.SetChecked(a.ShuffleQuestion)
	t.shuffleO.SetChecked(a.ShuffleOptions)
	for i, f := range feedbackLabels {
		if f.f == a.Feedback {
			t.feedback.SetSelectedIndex(i)
		}
	}
	t.selQ = -1
	t.questions.UnselectAll()
	t.questions.Refresh()
	t.status.SetText(fmt.Sprintf("%d questions. Save keeps it in your Chapterwise; Hand out writes the file for students.", len(a.Questions)))
}

// collect reads the form into the assignment and checks it.
func (t *teachTab) collect() (assign.Assignment, error) {
	a := t.cur
	a.Title = strings.TrimSpace(t.title.Text)
	a.Instructions = t.instr.Text
	a.Due = nil
	if s := strings.TrimSpace(t.due.Text); s != "" {
		d, err := time.ParseInLocation("2006-01-02 15:04", s, time.Local)
		if err != nil {
			return a, fmt.Errorf("write the due date as YYYY-MM-DD HH:MM, for example %s", t.u.now().Format("2006-01-02 15:04"))
		}
		d = d.UTC()
		a.Due = &d
	}
	m, err := strconv.Atoi(strings.TrimSpace(t.limit.Text))
	if err != nil || m < 0 {
		return a, fmt.Errorf("the time limit is a whole number of minutes (0 for none)")
	}
	a.TimeLimitSec = m * 60
	p, err := strconv.ParseFloat(strings.TrimSpace(t.pass.Text), 64)
	if err != nil {
		return a, fmt.Errorf("the pass mark is a percentage from 0 to 100")
	}
	a.PassMark = p
	a.ShuffleQuestion, a.ShuffleOptions = t.shuffleQ.Checked, t.shuffleO.Checked
	if i := t.feedback.SelectedIndex(); i >= 0 {
		a.Feedback = feedbackLabels[i].f
	}
	if doc := t.u.doc; doc != nil && a.Article.Hash == "" {
		a.Article = assign.ArticleRef{Title: doc.art.Title, Hash: doc.item.Hash, Builtin: doc.item.Builtin}
	}
	if a.Teacher == "" {
		a.Teacher = t.u.profile.Name
	}
	if err := a.ValidateFull(); err != nil {
		return a, err
	}
	return a, nil
}

// save stores the assignment; then runs after (on the UI goroutine).
func (t *teachTab) save(after func(assign.Assignment)) {
	a, err := t.collect()
	if err != nil {
		t.u.showError("The assignment was not saved: "+assign.Explain(err)+".", err)
		return
	}
	t.cur = a
	pid := t.u.profile.ID
	t.u.background(func() {
		if err := t.u.store.SaveAssignment(pid, a); err != nil {
			t.u.do(func() { t.u.showError(userMessage("The assignment was not saved", err), err) })
			return
		}
		t.reload()
		t.u.do(func() {
			t.status.SetText(fmt.Sprintf("Saved “%s” with %d questions at %s.", a.Title, len(a.Questions), t.u.now().Format("15:04")))
			if after != nil {
				after(a)
			}
		})
	})
}

func (t *teachTab) moveQuestion(d int) {
	i, j := t.selQ, t.selQ+d
	if i < 0 || j < 0 || j >= len(t.cur.Questions) {
		return
	}
	t.cur.Questions[i], t.cur.Questions[j] = t.cur.Questions[j], t.cur.Questions[i]
	t.selQ = j
	t.questions.Refresh()
	t.questions.Select(j)
}

func (t *teachTab) removeQuestion() {
	if t.selQ < 0 || t.selQ >= len(t.cur.Questions) {
		return
	}
	t.cur.Questions = slices.Delete(t.cur.Questions, t.selQ, t.selQ+1)
	t.selQ = -1
	t.questions.UnselectAll()
	t.questions.Refresh()
}

// nextQuestionID is an id not used in the assignment yet.
func (t *teachTab) nextQuestionID() string {
	used := map[string]bool{}
	for _, q := range t.cur.Questions {
		used[q.ID] = true
	}
	for n := len(t.cur.Questions) + 1; ; n++ {
		if id := fmt.Sprintf("q%d", n); !used[id] {
			return id
		}
	}
}

// pickFromBank offers the open article's generated questions, filtered
// by chapter and type, to add to the assignment.
func (t *teachTab) pickFromBank() {
	doc := t.u.doc
	if doc == nil {
		return
	}
	chapters := []string{allChapters}
	for i, ch := range doc.art.Chapters {
		chapters = append(chapters, fmt.Sprintf("%d. %s", i+1, ch.Title))
	}
	types := []string{"All types"}
	for _, ty := range quiz.AllQuestionTypes {
		types = append(types, typeLabel(ty))
	}
	chSel, tySel := widget.NewSelect(chapters, nil), widget.NewSelect(types, nil)
	var bank []quiz.Question
	picked := map[int]bool{}
	list := widget.NewList(func() int { return len(bank) }, func() fyne.CanvasObject {
		c := widget.NewCheck("", nil)
		l := widget.NewLabel("q")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, c, nil, l)
	}, nil)
	list.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		box := o.(*fyne.Container)
		q := bank[id]
		box.Objects[0].(*widget.Label).SetText(fmt.Sprintf("[%s] %s", typeLabel(q.Type), strings.Join(strings.Fields(q.Prompt), " ")))
		c := box.Objects[1].(*widget.Check)
		c.OnChanged = nil
		c.SetChecked(picked[id])
		c.OnChanged = func(on bool) { picked[id] = on }
	}
	refresh := func() {
		opts := quiz.QuizOptions{Count: 200, Seed: 1}
		if i := chSel.SelectedIndex(); i > 0 {
			opts.Chapters = []int{i - 1}
		}
		if i := tySel.SelectedIndex(); i > 0 {
			opts.Types = []quiz.QuestionType{quiz.AllQuestionTypes[i-1]}
		}
		// generating 200 questions of a long article takes a moment
		t.u.background(func() {
			qs := doc.study.Quiz(opts)
			t.u.do(func() {
				bank = qs
				picked = map[int]bool{}
				list.Refresh()
			})
		})
	}
	chSel.OnChanged = func(string) { refresh() }
	tySel.OnChanged = func(string) { refresh() }
	chSel.SetSelectedIndex(0)
	tySel.SetSelectedIndex(0)
	d := newCustomConfirm("Question bank", "Add the ticked questions", "Cancel",
		container.NewBorder(container.NewGridWithColumns(2, chSel, tySel), nil, nil, nil, list), func(ok bool) {
			if !ok {
				return
			}
			for i, q := range bank {
				if picked[i] {
					t.cur.Questions = append(t.cur.Questions, assign.FromQuiz(t.nextQuestionID(), q))
				}
			}
			t.questions.Refresh()
			t.status.SetText(fmt.Sprintf("%d questions (not saved yet).", len(t.cur.Questions)))
		}, t.u.w)
	d.Resize(fyne.NewSize(860, 600))
	d.Show()
}

// editQuestion edits question i, or writes a new own question (i < 0):
// multiple choice, true/false or fill in.
func (t *teachTab) editQuestion(i int) {
	q := assign.Question{Type: quiz.MultipleChoice, ID: t.nextQuestionID()}
	if i >= 0 {
		q = t.cur.Questions[i]
	}
	prompt := widget.NewMultiLineEntry()
	prompt.Wrapping = fyne.TextWrapWord
	prompt.SetText(q.Prompt)
	options := widget.NewMultiLineEntry()
	options.SetPlaceHolder("one per line")
	options.SetText(strings.Join(q.Options, "\n"))
	choices := widget.NewMultiLineEntry()
	choices.SetText(strings.Join(q.Choices, "\n"))
	answer := widget.NewMultiLineEntry()
	answer.SetPlaceHolder("the right answer (for ordering and matching: one per line, in order)")
	answer.SetText(strings.Join(q.Answer, "\n"))
	explanation := widget.NewMultiLineEntry()
	explanation.Wrapping = fyne.TextWrapWord
	explanation.SetText(q.Explanation)
	kinds := []quiz.QuestionType{quiz.MultipleChoice, quiz.TrueFalse, quiz.FillIn}
	if i >= 0 {
		kinds = []quiz.QuestionType{q.Type} // a generated question keeps its type
	}
	var names []string
	for _, k := range kinds {
		names = append(names, typeLabel(k))
	}
	kind := widget.NewSelect(names, func(s string) {
		if s == typeLabel(quiz.TrueFalse) && options.Text == "" {
			options.SetText("True\nFalse")
		}
	})
	kind.SetSelected(typeLabel(q.Type))
	items := []*widget.FormItem{widget.NewFormItem("Type", kind), widget.NewFormItem("Question", prompt),
		widget.NewFormItem("Options", options)}
	if q.Type == quiz.Matching {
		items = append(items, widget.NewFormItem("Choices", choices))
	}
	items = append(items, widget.NewFormItem("Answer", answer), widget.NewFormItem("Explanation", explanation))
	title := "Edit question"
	if i < 0 {
		title = "Own question"
	}
	d := newForm(title, "Keep", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		lines := func(e *widget.Entry) []string {
			var out []string
			for _, l := range strings.Split(e.Text, "\n") {
				if l = strings.TrimSpace(l); l != "" {
					out = append(out, l)
				}
			}
			return out
		}
		q.Type = kinds[max(0, kind.SelectedIndex())]
		q.Prompt, q.Explanation = strings.TrimSpace(prompt.Text), strings.TrimSpace(explanation.Text)
		q.Options, q.Answer = lines(options), lines(answer)
		if q.Type == quiz.Matching {
			q.Choices = lines(choices)
		}
		if q.Type == quiz.FillIn {
			q.Options = nil
		}
		if err := q.Validate(); err != nil {
			t.u.showError("The question was not kept: "+assign.Explain(err)+".", err)
			return
		}
		if i >= 0 {
			t.cur.Questions[i] = q
		} else {
			t.cur.Questions = append(t.cur.Questions, q)
		}
		t.questions.Refresh()
	}, t.u.w)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
}

// export saves the assignment, then writes the students' file.
func (t *teachTab) export() {
	t.save(func(a assign.Assignment) {
		doc := t.u.doc
		write := func(w io.Writer) error {
			out := a.ForStudents()
			if !a.Article.Builtin && doc != nil && doc.item.Hash == a.Article.Hash {
				content, err := t.u.store.ArticleContent(doc.item.ID)
				if err != nil {
					return err
				}
				out.Article.Text = string(content)
			}
			return assign.Encode(w, out)
		}
		t.u.saveAs(fileName(a.Title)+".cwquiz", []string{".cwquiz"}, "The assignment file was not written", write, func(file string) {
			msg := "Students open " + file + " in Chapterwise (Quiz → Open assignment, or drop it on the window)."
			if !a.HasKey() {
				msg += " The file holds no answer key: the key stays here."
			}
			showInformation("Handed out", msg, t.u.w)
		})
	})
}

// fileName makes a title safe as a file name.
func fileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 32 {
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
	if s == "" {
		s = "assignment"
	}
	return s
}

// printPDF writes the worksheet with its answer key.
func (t *teachTab) printPDF() {
	a, err := t.collect()
	if err != nil {
		t.u.showError("The worksheet was not made: "+assign.Explain(err)+".", err)
		return
	}
	fonts := &assign.Fonts{Regular: theme.TextFont().Content(), Bold: theme.TextBoldFont().Content()}
	pages := 0
	t.u.saveAs(fileName(a.Title)+".pdf", []string{".pdf"}, "The worksheet was not written",
		func(w io.Writer) error {
			n, err := assign.WorksheetPDF(w, a, fonts)
			pages = n
			return err
		},
		func(file string) {
			showInformation("Worksheet ready", fmt.Sprintf("%s: %d pages, the last with the answer key.", file, pages), t.u.w)
		})
}

func (t *teachTab) buildGradebook() fyne.CanvasObject {
	importBtn := widget.NewButtonWithIcon("Import results…", theme.DownloadIcon(), t.chooseResults)
	importBtn.Importance = widget.HighImportance
	t.bookBox = container.NewVBox()
	t.pickA = widget.NewSelect(nil, func(string) { t.showAssignmentStats() })
	t.pickA.PlaceHolder = "Choose an assignment"
	csvBtn := widget.NewButtonWithIcon("Export CSV…", theme.DocumentSaveIcon(), t.exportCSV)
	t.itemsBox = container.NewVBox()
	t.studentsW = container.NewVBox()
	help := widget.NewLabel("Import the .cwresult files your students sent (or drop them on the window). Chapterwise grades every answer itself with your key; a student's own score is not trusted.")
	help.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(help, container.NewHBox(importBtn),
		widget.NewCard("Students × assignments", "", container.NewHScroll(t.bookBox)),
		widget.NewCard("One assignment", "", container.NewVBox(newPair(t.pickA, csvBtn), container.NewHScroll(t.itemsBox), t.studentsW)))
	return container.NewVScroll(container.NewPadded(body))
}

// renderBook draws the students × assignments grid.
func (t *teachTab) renderBook() {
	titles := map[string]string{}
	var order []string
	for _, a := range t.list {
		titles[a.ID] = a.Title
		order = append(order, a.ID)
	}
	var names []string
	for _, id := range order {
		names = append(names, titles[id])
	}
	t.pickA.Options = names
	t.pickA.Refresh()
	students := map[string]map[string]data.Submission{}
	var studentNames []string
	for _, s := range t.book {
		if students[s.Student] == nil {
			students[s.Student] = map[string]data.Submission{}
			studentNames = append(studentNames, s.Student)
		}
		students[s.Student][s.AssignmentID] = s
	}
	t.bookBox.Objects = nil
	if len(t.book) == 0 {
		t.bookBox.Add(widget.NewLabel("No results yet. Hand out an assignment, then import the students' result files here."))
		t.bookBox.Refresh()
		return
	}
	var used []string
	for _, id := range order {
		for _, s := range t.book {
			if s.AssignmentID == id {
				used = append(used, id)
				break
			}
		}
	}
	grid := container.NewGridWithColumns(len(used) + 1)
	grid.Add(widget.NewLabelWithStyle("Student", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, id := range used {
		l := widget.NewLabelWithStyle(titles[id], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		grid.Add(l)
	}
	for _, name := range studentNames {
		l := widget.NewLabel(name)
		l.Truncation = fyne.TextTruncateEllipsis
		grid.Add(l)
		for _, id := range used {
			s, ok := students[name][id]
			if !ok {
				grid.Add(widget.NewLabel("–"))
				continue
			}
			mark := "pass"
			colour := theme.ColorNameSuccess
			if !s.Passed {
				mark, colour = "fail", theme.ColorNameError
			}
			text := fmt.Sprintf("%.0f%% %s", s.Percent, mark)
			if s.Late {
				text += " · late"
			}
			cell := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyle{Inline: true, ColorName: colour}},
				&widget.TextSegment{Text: "  " + s.Submitted.Local().Format("2 Jan 15:04"), Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}})
			if c := s.ClaimsLater; c != nil {
				cell.Segments = append(cell.Segments, &widget.TextSegment{Text: claimsLaterNote(s), Style: widget.RichTextStyle{ColorName: theme.ColorNameWarning, SizeName: theme.SizeNameCaptionText}})
			}
			cell.Wrapping = fyne.TextWrapWord
			grid.Add(cell)
		}
	}
	t.bookBox.Add(grid)
	t.bookBox.Refresh()
	t.showAssignmentStats()
}

// claimsLaterNote tells the teacher that the result counted (imported
// last) says it was submitted before another result of the same student,
// so one of the two clocks was wrong.
func claimsLaterNote(s data.Submission) string {
	c := s.ClaimsLater
	return fmt.Sprintf("Imported last, so it counts; but an earlier import (%.0f%%, imported %s) says it was submitted later, on %s. Check which is right.",
		c.Percent, c.Imported.Local().Format("2 Jan 15:04"), c.Submitted.Local().Format("2 Jan 15:04"))
}

func (t *teachTab) selectedAssignment() (assign.Assignment, bool) {
	i := t.pickA.SelectedIndex()
	if i < 0 || i >= len(t.list) {
		return assign.Assignment{}, false
	}
	return t.list[i], true
}

// showAssignmentStats shows the item analysis and each student's answers
// for the chosen assignment.
func (t *teachTab) showAssignmentStats() {
	a, ok := t.selectedAssignment()
	if !ok {
		return
	}
	pid := t.u.profile.ID
	t.u.background(func() {
		subs, err := t.u.store.SubmissionsOf(pid, a.ID)
		t.u.do(func() {
			if err != nil {
				t.u.showError(userMessage("Could not read the answers", err), err)
				return
			}
			t.subs = subs
			t.renderItems(a, subs)
		})
	})
}

func (t *teachTab) renderItems(a assign.Assignment, subs []data.Submission) {
	ids := make([]string, len(a.Questions))
	for i, q := range a.Questions {
		ids[i] = q.ID
	}
	points := make([][]float64, len(subs))
	for s, sub := range subs {
		points[s] = make([]float64, len(ids))
		for q, ans := range sub.Answers {
			if q < len(ids) {
				points[s][q] = ans.Points
			}
		}
	}
	items := assign.Analyse(ids, points)
	t.itemsBox.Objects = nil
	if len(subs) == 0 {
		t.itemsBox.Add(widget.NewLabel("No results for this assignment yet."))
	} else {
		grid := container.NewGridWithColumns(4,
			widget.NewLabelWithStyle("Question", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewLabelWithStyle("Facility", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewLabelWithStyle("Discrimination", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewLabelWithStyle("What it suggests", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for i, it := range items {
			p := widget.NewLabel(fmt.Sprintf("%d. %s", i+1, strings.Join(strings.Fields(a.Questions[i].Prompt), " ")))
			p.Truncation = fyne.TextTruncateEllipsis
			grid.Add(p)
			grid.Add(widget.NewLabel(fmt.Sprintf("%.0f%% right", 100*it.Facility)))
			grid.Add(widget.NewLabel(fmt.Sprintf("%+.2f", it.Discrimination)))
			v := widget.NewLabel(it.Verdict())
			v.Wrapping = fyne.TextWrapWord // long verdicts must not widen the window
			grid.Add(v)
		}
		note := widget.NewLabel(fmt.Sprintf("Facility is the share of marks earned. Discrimination compares the top and bottom %.0f%% of the class: near +1 separates strong from weak students, below 0 misleads.", 100*assign.GroupShare))
		note.Wrapping = fyne.TextWrapWord
		note.SizeName = theme.SizeNameCaptionText
		t.itemsBox.Add(grid)
		t.itemsBox.Add(note)
	}
	t.itemsBox.Refresh()
	t.studentsW.Objects = nil
	for _, sub := range subs {
		sub := sub
		b := widget.NewButton(fmt.Sprintf("%s: %.0f%%, answers…", sub.Student, sub.Percent), func() { t.showStudent(a, sub) })
		b.Alignment = widget.ButtonAlignLeading
		t.studentsW.Add(b)
	}
	t.studentsW.Refresh()
}

// showStudent shows one student's answers question by question.
func (t *teachTab) showStudent(a assign.Assignment, sub data.Submission) {
	box := container.NewVBox()
	for i, ans := range sub.Answers {
		if i >= len(a.Questions) {
			break
		}
		q := a.Questions[i]
		mark, colour := "✗", theme.ColorNameError
		switch {
		case !ans.Answered:
			mark = "–"
		case ans.Correct:
			mark, colour = "✓", theme.ColorNameSuccess
		case ans.Points > 0:
			mark, colour = "◐", theme.ColorNameWarning
		}
		given := strings.Join(ans.Given, " → ")
		if !ans.Answered {
			given = "(no answer)"
		}
		rt := widget.NewRichText(
			&widget.TextSegment{Text: fmt.Sprintf("%d. %s ", i+1, mark), Style: widget.RichTextStyle{Inline: true, ColorName: colour, TextStyle: fyne.TextStyle{Bold: true}}},
			&widget.TextSegment{Text: strings.Join(strings.Fields(q.Prompt), " "), Style: widget.RichTextStyleParagraph},
			&widget.TextSegment{Text: "Answer: " + given, Style: widget.RichTextStyleParagraph},
			&widget.TextSegment{Text: "Key: " + strings.Join(q.Answer, " → "), Style: blockStrong},
		)
		rt.Wrapping = fyne.TextWrapWord
		box.Add(rt)
	}
	d := newCustom(fmt.Sprintf("%s · %s · %.0f%%", sub.Student, a.Title, sub.Percent), "Close", box, t.u.w)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// exportCSV writes the chosen assignment's gradebook: one row per
// student, one column per question.
func (t *teachTab) exportCSV() {
	a, ok := t.selectedAssignment()
	if !ok {
		t.u.showError("Choose an assignment first.", fmt.Errorf("no assignment chosen"))
		return
	}
	subs := t.subs
	t.u.saveAs(fileName(a.Title)+" gradebook.csv", []string{".csv"}, "The CSV was not written",
		func(w io.Writer) error { return data.WriteGradebookCSV(w, a, subs) }, nil)
}

// chooseResults picks a folder and offers its .cwresult files, all
// ticked, to import at once (Fyne's open dialog picks one file).
func (t *teachTab) chooseResults() {
	fd := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		items, err := dir.List()
		if err != nil {
			t.u.showError(userMessage("Could not read the folder", err), err)
			return
		}
		var found []fyne.URI
		for _, it := range items {
			if strings.EqualFold(it.Extension(), ".cwresult") {
				found = append(found, it)
			}
		}
		if len(found) == 0 {
			showInformation("No results", "There are no .cwresult files in "+dir.Name()+".", t.u.w)
			return
		}
		var names []string
		for _, f := range found {
			names = append(names, f.Name())
		}
		checks := widget.NewCheckGroup(names, nil)
		checks.SetSelected(names)
		d := newCustomConfirm(fmt.Sprintf("Import results from %s", dir.Name()), "Import the ticked files", "Cancel",
			checks, func(ok bool) {
				if !ok {
					return
				}
				var chosen []fyne.URI
				for _, f := range found {
					if slices.Contains(checks.Selected, f.Name()) {
						chosen = append(chosen, f)
					}
				}
				t.importURIs(chosen)
			}, t.u.w)
		d.Resize(fyne.NewSize(520, 0))
		d.Show()
	}, t.u.w)
	fitFileDialog(fd, t.u.w, fyne.NewSize(800, 560))
	fd.Show()
}

// importURIs reads and imports result files and reports each in one
// summary.
func (t *teachTab) importURIs(uris []fyne.URI) {
	pid := t.u.profile.ID
	t.u.background(func() {
		// One file at a time, read and imported before the next is
		// read: 400 files of 2 MB are never all in memory at once.
		var out []data.ImportOutcome
		for _, u := range uris {
			// The full path: two folders may each hold an ana.cwresult.
			where := uriPath(u)
			b, err := readURI(u, assign.MaxResultBytes)
			if err != nil {
				out = append(out, data.ImportOutcome{File: where, Err: err})
				continue
			}
			out = append(out, t.u.store.ImportResults(pid, []data.ResultFile{{Path: where, Data: b}})...)
		}
		t.reload()
		t.u.do(func() { t.showImportSummary(out) })
	})
}

// uriPath is the path of a file URI, or the whole URI of another kind.
func uriPath(u fyne.URI) string {
	if u.Scheme() == "file" {
		return u.Path()
	}
	return u.String()
}

func (t *teachTab) showImportSummary(out []data.ImportOutcome) {
	ok := 0
	var b bytes.Buffer
	for _, o := range out {
		if o.Err == nil {
			ok++
			fmt.Fprintf(&b, "✓ %s: %s, “%s”, %.0f%%\n", o.File, o.Student, o.Title, o.Percent)
		}
	}
	for _, o := range out {
		if o.Err != nil {
			fmt.Fprintf(&b, "✗ %s: %s\n", o.File, assign.Explain(o.Err))
		}
	}
	l := widget.NewLabel(b.String())
	l.Wrapping = fyne.TextWrapWord
	d := newCustom(fmt.Sprintf("Imported %d of %d files", ok, len(out)), "OK", l, t.u.w)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}
