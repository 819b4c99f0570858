// The Teach screen's gradebook: students × assignments, item analysis,
// one student's answers, importing result files and exporting CSV.

package app

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

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
	pid := t.profile()
	t.background(func() {
		subs, err := t.store.SubmissionsOf(pid, a.ID)
		t.do(func() {
			if err != nil {
				t.showError(userMessage("Could not read the answers", err), err)
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
		b := newKeyButton(fmt.Sprintf("%s: %.0f%%, answers…", sub.Student, sub.Percent), func() { t.showStudent(a, sub) })
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
	d := newCustom(fmt.Sprintf("%s · %s · %.0f%%", sub.Student, a.Title, sub.Percent), "Close", box, t.window)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// exportCSV writes the chosen assignment's gradebook: one row per
// student, one column per question.
func (t *teachTab) exportCSV() {
	a, ok := t.selectedAssignment()
	if !ok {
		t.showError("Choose an assignment first.", fmt.Errorf("no assignment chosen"))
		return
	}
	subs := t.subs
	t.act.saveAs(fileName(a.Title)+" gradebook.csv", []string{".csv"}, "The CSV was not written",
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
			t.showError(userMessage("Could not read the folder", err), err)
			return
		}
		var found []fyne.URI
		for _, it := range items {
			if strings.EqualFold(it.Extension(), ".cwresult") {
				found = append(found, it)
			}
		}
		if len(found) == 0 {
			showInformation("No results", "There are no .cwresult files in "+dir.Name()+".", t.window)
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
			}, t.window)
		d.Resize(fyne.NewSize(520, 0))
		d.Show()
	}, t.window)
	fitFileDialog(fd, t.window, fyne.NewSize(800, 560))
	fd.Show()
}

// importResults shows the gradebook and imports result files into it.
func (t *teachTab) importResults(uris []fyne.URI) {
	t.tabs.SelectIndex(1)
	t.importURIs(uris)
}

// importURIs reads and imports result files and reports each in one
// summary.
func (t *teachTab) importURIs(uris []fyne.URI) {
	pid := t.profile()
	t.background(func() {
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
			out = append(out, t.store.ImportResults(pid, []data.ResultFile{{Path: where, Data: b}})...)
		}
		t.reload()
		t.do(func() { t.showImportSummary(out) })
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
	d := newCustom(fmt.Sprintf("Imported %d of %d files", ok, len(out)), "OK", l, t.window)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}
