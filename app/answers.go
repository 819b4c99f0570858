// The answer widgets of the quiz screen, one per question type, and the
// option rows they are made of.

package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// answerUI is the controls of one question type.
type answerUI interface {
	objects() fyne.CanvasObject
	given() []string
	key(ev *fyne.KeyEvent) bool
	rune(r rune) bool
	disable()
}

func newAnswerUI(t *takeView, qq quiz.Question) answerUI {
	switch qq.Type {
	case quiz.FillIn:
		return newFillInUI(t)
	case quiz.Ordering:
		return newOrderingUI(qq)
	case quiz.Matching:
		return newMatchingUI(qq)
	default:
		return newChoiceUI(qq)
	}
}

// choiceUI is multiple choice and true/false: one button per option.
type choiceUI struct {
	qq      quiz.Question
	buttons []*optionRow
	picked  int
	box     *fyne.Container
	off     bool // answered: the colours show right and wrong
}

func newChoiceUI(qq quiz.Question) *choiceUI {
	c := &choiceUI{qq: qq, picked: -1, box: container.NewVBox()}
	for i, o := range qq.Options {
		b := newOptionRow(optionLabel(qq, i, o), func() { c.pick(i) })
		c.buttons = append(c.buttons, b)
		c.box.Add(b)
	}
	return c
}

func optionLabel(qq quiz.Question, i int, o string) string {
	if qq.Type == quiz.TrueFalse {
		return fmt.Sprintf("%s   (%c or %d)", o, o[0], i+1)
	}
	return fmt.Sprintf("%c   %s", 'A'+i, o)
}

func (c *choiceUI) pick(i int) {
	if c.off || i < 0 || i >= len(c.buttons) {
		return
	}
	c.picked = i
	for j, b := range c.buttons {
		if j == i {
			b.setImportance(widget.HighImportance)
		} else {
			b.setImportance(widget.MediumImportance)
		}
	}
}

func (c *choiceUI) objects() fyne.CanvasObject { return c.box }

func (c *choiceUI) given() []string {
	if c.picked < 0 {
		return nil
	}
	return []string{c.qq.Options[c.picked]}
}

func (c *choiceUI) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown:
		c.pick(min(len(c.buttons)-1, c.picked+1))
	case fyne.KeyUp:
		c.pick(max(0, c.picked-1))
	default:
		return false
	}
	return true
}

func (c *choiceUI) rune(r rune) bool {
	switch {
	case r >= '1' && r <= '9':
		c.pick(int(r - '1'))
	case c.qq.Type == quiz.TrueFalse && (r == 't' || r == 'T' || r == 'f' || r == 'F'):
		for i, o := range c.qq.Options {
			if strings.EqualFold(o[:1], string(r)) {
				c.pick(i)
			}
		}
	case c.qq.Type != quiz.TrueFalse && r >= 'a' && r <= 'z':
		c.pick(int(r - 'a'))
	case c.qq.Type != quiz.TrueFalse && r >= 'A' && r <= 'Z':
		c.pick(int(r - 'A'))
	default:
		return false
	}
	return true
}

func (c *choiceUI) disable() {
	c.off = true
	for i, b := range c.buttons {
		switch {
		case c.qq.Options[i] == c.qq.Answer[0]:
			b.setImportance(widget.SuccessImportance)
		case i == c.picked:
			b.setImportance(widget.DangerImportance)
		default:
			b.setImportance(widget.LowImportance)
		}
	}
}

// fillInUI is a text entry; Enter submits.
type fillInUI struct {
	entry *widget.Entry
}

func newFillInUI(t *takeView) *fillInUI {
	e := widget.NewEntry()
	e.SetPlaceHolder("Type your answer, then press Enter")
	e.OnSubmitted = func(string) { t.enter() }
	return &fillInUI{entry: e}
}

func (f *fillInUI) objects() fyne.CanvasObject { return f.entry }

func (f *fillInUI) given() []string { return []string{f.entry.Text} }

func (f *fillInUI) key(ev *fyne.KeyEvent) bool { return false }

func (f *fillInUI) rune(r rune) bool { return false }

func (f *fillInUI) disable() { f.entry.Disable() }

// orderingUI puts items in order: pick one (click or its number), move it
// with the buttons or Up/Down.
type orderingUI struct {
	items []string
	sel   int
	box   *fyne.Container
	off   bool
}

func newOrderingUI(qq quiz.Question) *orderingUI {
	o := &orderingUI{items: append([]string(nil), qq.Options...), box: container.NewVBox()}
	o.render()
	return o
}

func (o *orderingUI) render() {
	o.box.Objects = nil
	help := widget.NewLabel("Put these in order, earliest first: pick an item (click or its number), then move it with Up and Down.")
	help.Wrapping = fyne.TextWrapWord
	o.box.Add(help)
	for i, it := range o.items {
		pick := newOptionRow(fmt.Sprintf("%d   %s", i+1, it), func() {
			if !o.off {
				o.sel = i
				o.render()
			}
		})
		if i == o.sel {
			pick.importance = widget.HighImportance
		}
		up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { o.sel = i; o.move(-1) })
		down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { o.sel = i; o.move(1) })
		if i == 0 || o.off {
			up.Disable()
		}
		if i == len(o.items)-1 || o.off {
			down.Disable()
		}
		o.box.Add(newBorder(nil, nil, nil, container.NewHBox(up, down), pick))
	}
	o.box.Refresh()
}

func (o *orderingUI) move(d int) {
	j := o.sel + d
	if o.off || j < 0 || j >= len(o.items) {
		return
	}
	o.items[o.sel], o.items[j] = o.items[j], o.items[o.sel]
	o.sel = j
	o.render()
}

func (o *orderingUI) objects() fyne.CanvasObject { return o.box }

func (o *orderingUI) given() []string { return append([]string(nil), o.items...) }

func (o *orderingUI) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyUp:
		o.move(-1)
	case fyne.KeyDown:
		o.move(1)
	default:
		return false
	}
	return true
}

func (o *orderingUI) rune(r rune) bool {
	if r >= '1' && r <= '9' && int(r-'1') < len(o.items) {
		o.sel = int(r - '1')
		o.render()
		return true
	}
	return false
}

func (o *orderingUI) disable() { o.off = true; o.render() }

// matchingUI picks a right-hand item for each left-hand one.
type matchingUI struct {
	qq      quiz.Question
	selects []*widget.Select
	box     *fyne.Container
}

func newMatchingUI(qq quiz.Question) *matchingUI {
	m := &matchingUI{qq: qq}
	// The choices can be whole sentences: they are listed in full, and
	// each drop-down offers only their numbers, so nothing is cut off and
	// the window never grows to fit a sentence.
	nums := make([]string, len(qq.Choices))
	list := container.NewVBox()
	for i, c := range qq.Choices {
		nums[i] = fmt.Sprint(i + 1)
		l := widget.NewLabel(fmt.Sprintf("%d.  %s", i+1, c))
		l.Wrapping = fyne.TextWrapWord
		list.Add(l)
	}
	form := container.NewVBox()
	for _, left := range qq.Options {
		s := widget.NewSelect(nums, nil)
		s.PlaceHolder = "No."
		m.selects = append(m.selects, s)
		l := widget.NewLabel(left)
		l.Wrapping = fyne.TextWrapWord
		form.Add(newBorder(nil, nil, nil, s, l))
	}
	help := widget.NewLabel("Match each item with one of the numbered answers below: choose its number.")
	help.Wrapping = fyne.TextWrapWord
	m.box = container.NewVBox(help, form, widget.NewSeparator(), list)
	return m
}

func (m *matchingUI) objects() fyne.CanvasObject { return m.box }

func (m *matchingUI) given() []string {
	out := make([]string, len(m.selects))
	for i, s := range m.selects {
		if k := s.SelectedIndex(); k >= 0 && k < len(m.qq.Choices) {
			out[i] = m.qq.Choices[k]
		}
	}
	return out
}

func (m *matchingUI) key(ev *fyne.KeyEvent) bool { return false }

func (m *matchingUI) rune(r rune) bool { return false }

func (m *matchingUI) disable() {
	for _, s := range m.selects {
		s.Disable()
	}
}

// optionRow is a tappable answer option whose text wraps, so long options
// never widen the window (a Button's text does not wrap).
type optionRow struct {
	widget.BaseWidget
	text       string
	importance widget.Importance
	onTap      func()
}

func newOptionRow(text string, onTap func()) *optionRow {
	o := &optionRow{text: text, onTap: onTap}
	o.ExtendBaseWidget(o)
	return o
}

// Tapped picks the option.
func (o *optionRow) Tapped(*fyne.PointEvent) {
	if o.onTap != nil {
		o.onTap()
	}
}

func (o *optionRow) setImportance(i widget.Importance) {
	o.importance = i
	o.Refresh()
}

func (o *optionRow) colours() (bg, fg fyne.ThemeColorName) {
	switch o.importance {
	case widget.HighImportance:
		return theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary
	case widget.SuccessImportance:
		return theme.ColorNameSuccess, theme.ColorNameForegroundOnSuccess
	case widget.DangerImportance:
		return theme.ColorNameError, theme.ColorNameForegroundOnError
	case widget.LowImportance:
		return theme.ColorNameBackground, theme.ColorNameDisabled
	}
	return theme.ColorNameButton, theme.ColorNameForeground
}

func (o *optionRow) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameButton))
	bg.CornerRadius = theme.InputRadiusSize()
	rt := widget.NewRichText()
	rt.Wrapping = fyne.TextWrapWord
	r := &optionRenderer{o: o, bg: bg, text: rt}
	r.Refresh()
	return r
}

type optionRenderer struct {
	o    *optionRow
	bg   *canvas.Rectangle
	text *widget.RichText
}

func (r *optionRenderer) Layout(s fyne.Size) {
	r.bg.Resize(s)
	r.text.Move(fyne.NewPos(theme.Padding(), 0))
	r.text.Resize(fyne.NewSize(s.Width-2*theme.Padding(), s.Height))
}

func (r *optionRenderer) MinSize() fyne.Size {
	return r.text.MinSize().AddWidthHeight(2*theme.Padding(), 0)
}

func (r *optionRenderer) Refresh() {
	bg, fg := r.o.colours()
	r.bg.FillColor = theme.Color(bg)
	// the colour is never the only sign: a mark and a word say it too
	text := r.o.text
	switch r.o.importance {
	case widget.SuccessImportance:
		text += "   ✓ the answer"
	case widget.DangerImportance:
		text += "   ✗ your answer"
	}
	r.text.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: text,
		Style: widget.RichTextStyle{ColorName: fg, TextStyle: fyne.TextStyle{Bold: true}}}}
	r.bg.Refresh()
	r.text.Refresh()
}

func (r *optionRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }

func (r *optionRenderer) Destroy() {}
