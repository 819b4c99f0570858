package app

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// layoutConfig is a window size and a text scale to lay the app out at.
type layoutConfig struct {
	size  fyne.Size
	scale float32
}

func (c layoutConfig) String() string {
	return fmt.Sprintf("%.0fx%.0f_text%.1f", c.size.Width, c.size.Height, c.scale)
}

// rect is a rectangle on the canvas.
type rect struct{ x0, y0, x1, y1 float32 }

func rectOf(pos fyne.Position, size fyne.Size) rect {
	return rect{pos.X, pos.Y, pos.X + size.Width, pos.Y + size.Height}
}

func (r rect) intersect(o rect) rect {
	return rect{max(r.x0, o.x0), max(r.y0, o.y0), min(r.x1, o.x1), min(r.y1, o.y1)}
}

func (r rect) empty() bool { return r.x1-r.x0 <= 1 || r.y1-r.y0 <= 1 }

// inside allows half a pixel of rounding.
func (r rect) inside(o rect) bool {
	const e = 0.5
	return r.x0 >= o.x0-e && r.y0 >= o.y0-e && r.x1 <= o.x1+e && r.y1 <= o.y1+e
}

func (r rect) String() string {
	return fmt.Sprintf("(%.0f,%.0f %.0fx%.0f)", r.x0, r.y0, r.x1-r.x0, r.y1-r.y0)
}

// placedWidget is an interactive widget where it is drawn: its whole
// rectangle, the part its scrolls let show, and the interactive widgets
// it lies in (a check inside a list).
type placedWidget struct {
	o       fyne.CanvasObject
	whole   rect
	shown   rect
	parents []fyne.CanvasObject
}

// interactive says whether a user taps, types into or focuses o.
func interactive(o fyne.CanvasObject) bool {
	if _, ok := o.(*widget.PopUp); ok {
		return false
	}
	if strings.Contains(fmt.Sprintf("%T", o), "scrollBar") {
		return false // a scroll's own bar, drawn over what it scrolls by design
	}
	if _, ok := o.(*container.Scroll); ok {
		return true // checked for being cut off, not for overlaps
	}
	_, tap := o.(fyne.Tappable)
	_, focus := o.(fyne.Focusable)
	return tap || focus
}

// placeWidgets walks a tree of objects and lists the visible interactive
// widgets with their places on the canvas. Scrolls clip what they hold.
func placeWidgets(o fyne.CanvasObject) []placedWidget {
	var out []placedWidget
	var walk func(o fyne.CanvasObject, origin fyne.Position, clip rect, parents []fyne.CanvasObject)
	walk = func(o fyne.CanvasObject, origin fyne.Position, clip rect, parents []fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		pos := origin.Add(o.Position())
		r := rectOf(pos, o.Size())
		if interactive(o) {
			out = append(out, placedWidget{o: o, whole: r, shown: r.intersect(clip), parents: parents})
			parents = append(append([]fyne.CanvasObject(nil), parents...), o)
		}
		if _, ok := o.(*container.Scroll); ok {
			clip = clip.intersect(r)
		}
		for _, k := range childrenOf(o) {
			walk(k, pos, clip, parents)
		}
	}
	walk(o, fyne.NewPos(0, 0), rect{-1e9, -1e9, 1e9, 1e9}, nil)
	return out
}

// describe names a widget for a failure message.
func describe(o fyne.CanvasObject) string {
	name := fmt.Sprintf("%T", o)
	if s, ok := leafText(o); ok && s != "" {
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		name += fmt.Sprintf(" %q", s)
	}
	if e, ok := o.(*widget.Entry); ok && e.PlaceHolder != "" {
		name += fmt.Sprintf(" (%q)", e.PlaceHolder)
	}
	return name
}

// layoutProblems lists the visible interactive widgets of a tree that lie
// outside bounds, are squeezed below their minimum size, or overlap one
// another.
func layoutProblems(root fyne.CanvasObject, bounds rect) []string {
	var out []string
	ws := placeWidgets(root)
	var seen []placedWidget
	for _, w := range ws {
		if w.shown.empty() {
			continue // scrolled out of view
		}
		if !w.shown.inside(bounds) {
			out = append(out, fmt.Sprintf("%s at %v lies outside %v", describe(w.o), w.shown, bounds))
		}
		min, size := w.o.MinSize(), w.o.Size()
		if s, ok := w.o.(*container.Scroll); ok && s.Direction == container.ScrollVerticalOnly {
			if size.Width < min.Width-1 {
				out = append(out, fmt.Sprintf("a vertical scroll at %v is %.0f wide, its content needs %.0f and is cut off at the right",
					w.shown, size.Width, min.Width))
			}
			continue
		}
		if (size.Width < min.Width-1 || size.Height < min.Height-1) && !insideEntry(w) {
			out = append(out, fmt.Sprintf("%s is squeezed to %.0fx%.0f, below its minimum %.0fx%.0f",
				describe(w.o), size.Width, size.Height, min.Width, min.Height))
		}
		seen = append(seen, w)
	}
	for i, a := range seen {
		for _, b := range seen[i+1:] {
			if isScroll(a.o) || isScroll(b.o) || related(a, b) {
				continue
			}
			if !a.shown.intersect(b.shown).empty() {
				out = append(out, fmt.Sprintf("%s at %v overlaps %s at %v", describe(a.o), a.shown, describe(b.o), b.shown))
			}
		}
	}
	return out
}

// insideEntry says whether a widget is part of an entry (its reveal
// button), which the entry lays out itself.
func insideEntry(w placedWidget) bool {
	for _, p := range w.parents {
		if _, ok := p.(*widget.Entry); ok {
			return true
		}
	}
	return false
}

func isScroll(o fyne.CanvasObject) bool {
	_, ok := o.(*container.Scroll)
	return ok
}

// related says whether one widget lies inside the other.
func related(a, b placedWidget) bool {
	for _, p := range a.parents {
		if p == b.o {
			return true
		}
	}
	for _, p := range b.parents {
		if p == a.o {
			return true
		}
	}
	return false
}

// checkLayout checks the window's content and every dialog open on it.
func checkLayout(t *testing.T, u *UI) {
	t.Helper()
	c := u.w.Canvas()
	win := rectOf(fyne.NewPos(0, 0), c.Size())
	if m := c.Content().MinSize(); m.Width > c.Size().Width+0.5 || m.Height > c.Size().Height+0.5 {
		t.Errorf("the window's content needs %.0fx%.0f, more than the window's %.0fx%.0f", m.Width, m.Height, c.Size().Width, c.Size().Height)
	}
	overlays := c.Overlays().List()
	if len(overlays) == 0 {
		for _, p := range layoutProblems(c.Content(), win) {
			t.Error("window: " + p)
		}
		return
	}
	for _, o := range overlays {
		bounds := win
		if p, ok := o.(*widget.PopUp); ok {
			bounds = rectOf(p.Content.Position(), p.Content.Size())
			if !bounds.inside(win) {
				t.Errorf("dialog %v lies outside the window %v", bounds, win)
			}
		}
		for _, p := range layoutProblems(o, bounds) {
			t.Error("dialog: " + p)
		}
	}
}

// relayout lays every container and widget out again at its size, from
// the top down, as a real window does on its next frame after objects
// were shown, hidden or changed.
func relayout(o fyne.CanvasObject) {
	if o == nil || !o.Visible() {
		return
	}
	switch w := o.(type) {
	case *fyne.Container:
		if w.Layout != nil {
			w.Layout.Layout(w.Objects, w.Size())
		}
		for _, k := range w.Objects {
			relayout(k)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(w)
		r.Layout(w.Size())
		for _, k := range r.Objects() {
			relayout(k)
		}
	}
}

// closeAll closes every dialog and goes back to the reader.
func closeAll(u *UI) {
	for {
		top := u.w.Canvas().Overlays().Top()
		if top == nil {
			break
		}
		if d := dialogOf(top); d != nil {
			d.Dismiss()
		} else {
			top.Hide()
		}
	}
}

// held runs fn on the test goroutine while the worker waits, then lets
// the worker run what fn queued and waits for it. The test driver runs
// fyne.Do on the calling goroutine, so a job that fn queues would
// otherwise touch widgets while fn is still building them.
func held(u *UI, fn func()) {
	release := make(chan struct{})
	u.background(func() { <-release })
	fn()
	close(release)
	u.Sync()
}

// layoutCase opens one screen or dialog.
type layoutCase struct {
	name string
	open func(t *testing.T, u *UI)
}

func layoutCases() []layoutCase {
	quizOf := func(types ...quiz.QuestionType) func(t *testing.T, u *UI) {
		return func(t *testing.T, u *UI) {
			held(u, u.quiz.open)
			startSpec(t, u, quiz.QuizSpec{Title: "Layout", Count: 5, Mode: quiz.Practice, Seed: 7, Types: types})
		}
	}
	return []layoutCase{
		{"today", func(t *testing.T, u *UI) { held(u, u.today.open) }},
		{"read first chapter", func(t *testing.T, u *UI) { u.show(sectionRead); u.reader.showChapter(0) }},
		{"read a long-titled chapter", func(t *testing.T, u *UI) { u.show(sectionRead); u.reader.showChapter(bookChapters - 1) }},
		{"flashcards", func(t *testing.T, u *UI) { held(u, u.flash.open) }},
		{"flashcards study", func(t *testing.T, u *UI) { held(u, u.flash.open); u.flash.startDeck(-1); u.flash.showAnswer() }},
		{"flashcards browse", func(t *testing.T, u *UI) { held(u, u.flash.open); held(u, u.flash.showBrowse) }},
		{"quiz home", func(t *testing.T, u *UI) { held(u, u.quiz.open) }},
		{"quiz multiple choice", quizOf(quiz.MultipleChoice)},
		{"quiz true/false", quizOf(quiz.TrueFalse)},
		{"quiz fill in", quizOf(quiz.FillIn)},
		{"quiz ordering", quizOf(quiz.Ordering)},
		{"quiz matching", quizOf(quiz.Matching)},
		{"quiz feedback", func(t *testing.T, u *UI) { quizOf(quiz.MultipleChoice)(t, u); answerByKeys(t, u) }},
		{"quiz results", func(t *testing.T, u *UI) {
			quizOf(quiz.MultipleChoice)(t, u)
			for i := 0; i < 5 && u.quiz.showing(u.quiz.take.root); i++ {
				answerByKeys(t, u)
				key(u, fyne.KeyReturn)
				u.Sync()
			}
		}},
		{"progress", func(t *testing.T, u *UI) { held(u, u.prog.open) }},
		{"New quiz", func(t *testing.T, u *UI) { held(u, u.quiz.open); u.quiz.showNewQuiz() }},
		{"New quiz choosing chapters", func(t *testing.T, u *UI) {
			held(u, u.quiz.open)
			u.quiz.showNewQuiz()
			tapRadio(t, u, "Choose chapters")
		}},
		{"leave the quiz", func(t *testing.T, u *UI) { quizOf(quiz.MultipleChoice)(t, u); u.quiz.take.askLeave() }},
		{"study settings", func(t *testing.T, u *UI) { held(u, u.flash.open); u.flash.showSettings() }},
		{"new card", func(t *testing.T, u *UI) {
			held(u, u.flash.open)
			u.flash.editCard(quiz.Card{Key: "own-layout", Kind: quiz.CardOwn, Chapter: bookChapters - 1, Block: -1}, nil)
		}},
		{"difficult card", func(t *testing.T, u *UI) {
			held(u, u.flash.open)
			u.flash.showLeech(quiz.DeckCard{Card: quiz.Card{Chapter: 1, Block: 0}})
		}},
		{"find", func(t *testing.T, u *UI) {
			u.showFind()
			test.Type(u.w.Canvas().Focused().(*widget.Entry), "region")
		}},
		{"library", func(t *testing.T, u *UI) { held(u, u.library.show) }},
		{"profiles", func(t *testing.T, u *UI) { held(u, u.showProfiles) }},
		{"new profile", func(t *testing.T, u *UI) { u.newProfileDialog() }},
		{"PIN", func(t *testing.T, u *UI) { u.presentPINForm(u.profile.ID, true) }},
		{"ask for the PIN", func(t *testing.T, u *UI) { u.askPIN(u.profile.ID, "Teach is locked", "Unlock", func() {}) }},
		{"backups", func(t *testing.T, u *UI) { held(u, u.showBackups) }},
		{"open an article", func(t *testing.T, u *UI) { u.openFileDialog() }},
		{"open an assignment", func(t *testing.T, u *UI) { u.quiz.openAssignmentDialog() }},
		{"save a file", func(t *testing.T, u *UI) {
			u.saveAs("chapterwise-history.csv", []string{".csv"}, "The history could not be exported", func(io.Writer) error { return nil }, nil)
		}},
		{"restore a backup", func(t *testing.T, u *UI) {
			u.confirmRestore(data.Backup{Path: "/home/student/.local/share/chapterwise/backups/daily-2026-03-01.db", Time: time.Now()})
		}},
		{"fresh database", func(t *testing.T, u *UI) {
			u.showRecovery(&data.Recovery{MovedTo: "/home/student/.local/share/chapterwise/chapterwise.db.damaged-20260302",
				Reason: errors.New("file is not a database")})
		}},
		{"keyboard shortcuts", func(t *testing.T, u *UI) { u.showShortcuts() }},
		{"error", func(t *testing.T, u *UI) {
			u.showError(userMessage("Could not save the card", errors.New("database is locked")), errors.New("save card: database is locked"))
		}},
		{"information", func(t *testing.T, u *UI) {
			showInformation("No questions", "Chapterwise found no facts to ask about in these chapters with these question types. Choose more chapters or types.", u.w)
		}},
		{"damaged database", func(t *testing.T, u *UI) {
			u.showRecovery(&data.Recovery{MovedTo: "/home/student/.local/share/chapterwise/chapterwise.db.damaged-20260302",
				Reason: errors.New("file is not a database"), Backup: &data.Backup{Path: "/tmp/b.db", Time: time.Now()}})
		}},
	}
}

// teachLayoutCases open the teacher's screens and dialogs; they run with
// a teacher profile.
func teachLayoutCases() []layoutCase {
	sub := data.Submission{Student: "Ana Maria de los Santos Oliveira", Percent: 75}
	a := assign.Assignment{Title: "The long negotiations over the northern border, a test"}
	for i := range 12 {
		q := assign.Question{ID: fmt.Sprint(i), Type: quiz.MultipleChoice, Prompt: fmt.Sprintf("In which year did the council of region %d sign the treaty with the Republic of Westland?", i),
			Options: []string{"1901", "1902", "1903", "1904"}, Answer: []string{"1901"}}
		a.Questions = append(a.Questions, q)
		sub.Answers = append(sub.Answers, assign.GradedAnswer{QuestionID: q.ID, Given: []string{"1902"}, Answered: true})
	}
	return []layoutCase{
		{"teach assignments", func(t *testing.T, u *UI) { held(u, u.teach.open) }},
		{"teach editor", func(t *testing.T, u *UI) { held(u, u.teach.open); u.teach.newAssignment() }},
		{"teach gradebook", func(t *testing.T, u *UI) { held(u, u.teach.open); u.teach.tabs.SelectIndex(1) }},
		{"question bank", func(t *testing.T, u *UI) {
			held(u, u.teach.open)
			u.teach.newAssignment()
			held(u, u.teach.pickFromBank)
		}},
		{"own question", func(t *testing.T, u *UI) { held(u, u.teach.open); u.teach.newAssignment(); u.teach.editQuestion(-1) }},
		{"a student's answers", func(t *testing.T, u *UI) { held(u, u.teach.open); u.teach.showStudent(a, sub) }},
		{"import summary", func(t *testing.T, u *UI) {
			var out []data.ImportOutcome
			for i := range 30 {
				out = append(out, data.ImportOutcome{File: fmt.Sprintf("/home/teacher/Documents/Class 7b/results/student-%02d.cwresult", i),
					Student: "Student " + fmt.Sprint(i), Title: a.Title, Percent: 60})
			}
			out = append(out, data.ImportOutcome{File: "/tmp/broken.cwresult", Err: &assign.InvalidError{Reason: "the key is missing"}})
			u.teach.showImportSummary(out)
		}},
	}
}

// TestEveryScreenAndDialogFits opens every screen and dialog with a
// 60-chapter article at the smallest window and at the largest text
// size, and fails when an interactive widget lies outside its window or
// dialog, is squeezed, or overlaps another.
func TestEveryScreenAndDialogFits(t *testing.T) {
	configs := []layoutConfig{
		{fyne.NewSize(800, 600), 1},
		{fyne.NewSize(800, 600), maxTextScale},
		{fyne.NewSize(1100, 720), maxTextScale},
	}
	book := generatedBook(bookChapters)
	for _, cfg := range configs {
		t.Run(cfg.String(), func(t *testing.T) {
			now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
			u, store := startTestUI(t, "", Options{ArticlePath: "book.md", ArticleData: book,
				Now: func() time.Time { return now }, Rand: func() float64 { return 0 }})
			if n := len(u.reader.doc.art.Chapters); n != bookChapters {
				t.Fatalf("the generated book has %d chapters", n)
			}
			held(u, func() {
				for i := 0; i < 7; i++ {
					u.reader.markRead(i*3, true)
				}
			})
			u.setTextScale(cfg.scale)
			u.w.Resize(cfg.size)
			if m := u.w.Canvas().Content().MinSize(); m.Width < minWindowSize.Width || m.Height < minWindowSize.Height {
				t.Errorf("the window can shrink to %v, below %v", m, minWindowSize)
			}
			cases := layoutCases()
			cases = append(cases, layoutCase{"switch to a teacher", func(t *testing.T, u *UI) {
				teacher, err := store.CreateProfile("Ms Kowalczyk-Henderson", quiz.Teacher)
				if err != nil {
					t.Fatal(err)
				}
				held(u, func() { u.switchProfile(teacher) })
			}})
			cases = append(cases, teachLayoutCases()...)
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					c.open(t, u)
					u.w.Resize(cfg.size)
					relayout(u.w.Canvas().Content())
					for _, o := range u.w.Canvas().Overlays().List() {
						relayout(o)
					}
					checkLayout(t, u)
					closeAll(u)
					if u.quiz.showing(u.quiz.take.root) {
						u.quiz.leaveToHome()
						u.Sync()
					}
					if u.flash.studying() {
						u.flash.leave()
					}
				})
			}
		})
	}
}

// The check itself: Fyne's own dialog with 60 ticks in an 800x600 window
// grows past it and draws its button over the ticks, which the check
// reports; the fitting dialog with the same ticks passes.
func TestLayoutCheckCatchesAnOverflowingDialog(t *testing.T) {
	test.NewTempApp(t)
	ticks := func() fyne.CanvasObject {
		box := container.NewVBox()
		for i := range bookChapters {
			box.Add(widget.NewCheck(fmt.Sprintf("Chapter %d", i+1), nil))
		}
		return box
	}
	problems := func(show func(w fyne.Window)) []string {
		w := test.NewWindow(widget.NewLabel("window"))
		defer w.Close()
		w.Resize(minWindowSize)
		show(w)
		c := w.Canvas()
		top := c.Overlays().Top().(*widget.PopUp)
		relayout(top)
		bounds := rectOf(top.Content.Position(), top.Content.Size())
		out := layoutProblems(top, bounds)
		if !bounds.inside(rectOf(fyne.NewPos(0, 0), c.Size())) {
			out = append(out, "the dialog lies outside the window")
		}
		return out
	}
	if p := problems(func(w fyne.Window) { dialog.NewCustom("Chapters", "Close", ticks(), w).Show() }); len(p) == 0 {
		t.Error("the check passes Fyne's overflowing dialog")
	}
	if p := problems(func(w fyne.Window) { newCustom("Chapters", "Close", ticks(), w).Show() }); len(p) > 0 {
		t.Errorf("the fitting dialog has problems: %v", p)
	}
}
