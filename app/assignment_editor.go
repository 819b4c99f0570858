// The Teach screen's assignment editor: the list of assignments, the
// editor of one, its questions (from the bank or written by hand), and
// handing it out as a file or a printed worksheet.

package app

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

var feedbackLabels = []struct {
	f     assign.Feedback
	label string
}{
	{assign.FeedbackImmediate, "After each answer"},
	{assign.FeedbackAfterSubmit, "When they submit"},
	{assign.FeedbackTeacherOnly, "Only in my grading (no key in the file)"},
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
	left := newBorder(newBtn, nil, nil, nil, t.listW)

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
	now := t.now()
	a := assign.Assignment{Format: assign.AssignmentFormat, Version: assign.Version, ID: assign.NewID(now), Title: "New assignment",
		Created: now.UTC(), PassMark: 60, Feedback: assign.FeedbackAfterSubmit, Teacher: t.act.profileName()}
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
			return a, fmt.Errorf("write the due date as YYYY-MM-DD HH:MM, for example %s", t.now().Format("2006-01-02 15:04"))
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
	if doc := t.doc(); doc != nil && a.Article.Hash == "" {
		a.Article = assign.ArticleRef{Title: doc.art.Title, Hash: doc.item.Hash, Builtin: doc.item.Builtin}
	}
	if a.Teacher == "" {
		a.Teacher = t.act.profileName()
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
		t.showError("The assignment was not saved: "+assign.Explain(err)+".", err)
		return
	}
	t.cur = a
	pid := t.profile()
	t.background(func() {
		if err := t.store.SaveAssignment(pid, a); err != nil {
			t.do(func() { t.showError(userMessage("The assignment was not saved", err), err) })
			return
		}
		t.reload()
		t.do(func() {
			t.status.SetText(fmt.Sprintf("Saved “%s” with %d questions at %s.", a.Title, len(a.Questions), t.now().Format("15:04")))
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
	doc := t.doc()
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
		return newBorder(nil, nil, c, nil, l)
	}, nil)
	list.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		box := o.(*fyne.Container)
		q := bank[id]
		c := box.Objects[0].(*widget.Check) // the check, then the prompt
		box.Objects[1].(*widget.Label).SetText(fmt.Sprintf("[%s] %s", typeLabel(q.Type), strings.Join(strings.Fields(q.Prompt), " ")))
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
		t.background(func() {
			qs := doc.study.Quiz(opts)
			t.do(func() {
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
		newBorder(container.NewGridWithColumns(2, chSel, tySel), nil, nil, nil, list), func(ok bool) {
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
		}, t.window)
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
			t.showError("The question was not kept: "+assign.Explain(err)+".", err)
			return
		}
		if i >= 0 {
			t.cur.Questions[i] = q
		} else {
			t.cur.Questions = append(t.cur.Questions, q)
		}
		t.questions.Refresh()
	}, t.window)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
}

// export saves the assignment, then writes the students' file.
func (t *teachTab) export() {
	t.save(func(a assign.Assignment) {
		doc := t.doc()
		write := func(w io.Writer) error {
			out := a.ForStudents()
			if !a.Article.Builtin && doc != nil && doc.item.Hash == a.Article.Hash {
				content, err := t.store.ArticleContent(doc.item.ID)
				if err != nil {
					return err
				}
				out.Article.Text = string(content)
			}
			return assign.Encode(w, out)
		}
		t.act.saveAs(fileName(a.Title)+".cwquiz", []string{".cwquiz"}, "The assignment file was not written", write, func(file string) {
			msg := "Students open " + file + " in Chapterwise (Quiz → Open assignment, or drop it on the window)."
			if !a.HasKey() {
				msg += " The file holds no answer key: the key stays here."
			}
			showInformation("Handed out", msg, t.window)
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
		t.showError("The worksheet was not made: "+assign.Explain(err)+".", err)
		return
	}
	fonts := &assign.Fonts{Regular: theme.TextFont().Content(), Bold: theme.TextBoldFont().Content()}
	pages := 0
	t.act.saveAs(fileName(a.Title)+".pdf", []string{".pdf"}, "The worksheet was not written",
		func(w io.Writer) error {
			n, err := assign.WorksheetPDF(w, a, fonts)
			pages = n
			return err
		},
		func(file string) {
			showInformation("Worksheet ready", fmt.Sprintf("%s: %d pages, the last with the answer key.", file, pages), t.window)
		})
}
