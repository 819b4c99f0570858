package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The list of chapters shows at most this many rows and scrolls beyond.
const chapterRows = 6

// chapterPicker chooses the chapters of a quiz in a way that scales to a
// book: the whole article, the chapters read, or chosen ones; a filter
// box and select all / none for the chosen ones; and a one-line summary
// ("7 of 60 chapters") that stays when the list is hidden.
type chapterPicker struct {
	titles []string
	read   []int  // chapters marked read, in order
	chosen []bool // ticked in the list
	shown  []int  // chapters the filter lets through

	mode      *widget.RadioGroup
	whole     string // the mode options, as shown
	readOpt   string
	chooseOpt string

	summary *widget.Label
	toggle  *widget.Button
	filter  *widget.Entry
	all     *widget.Button
	none    *widget.Button
	list    *widget.List
	details *fyne.Container
	box     *fyne.Container

	// OnResized, if set, is called when the list is shown or hidden, so
	// that the dialog can grow or shrink with it.
	OnResized func()
	wasShown  bool
}

// newChapterPicker makes the picker for chapters with these titles, of
// which read are marked read.
func newChapterPicker(titles []string, read []int) *chapterPicker {
	p := &chapterPicker{titles: titles, read: read, chosen: make([]bool, len(titles))}
	p.whole = fmt.Sprintf("The whole article (%d chapters)", len(titles))
	p.readOpt = fmt.Sprintf("Chapters I have read (%d)", len(read))
	if len(read) == 0 {
		p.readOpt = "Chapters I have read (none yet)"
	}
	p.chooseOpt = "Choose chapters"
	p.summary = widget.NewLabel("")
	p.summary.Wrapping = fyne.TextWrapWord
	p.toggle = widget.NewButton("Show the list", p.onToggle)
	p.filter = widget.NewEntry()
	p.filter.SetPlaceHolder("Filter chapters by title or number")
	p.filter.OnChanged = func(string) { p.onFilterChanged() }
	p.all = widget.NewButtonWithIcon("Select all", theme.CheckButtonCheckedIcon(), func() { p.setShown(true) })
	p.none = widget.NewButtonWithIcon("Select none", theme.CheckButtonIcon(), func() { p.setShown(false) })
	p.list = widget.NewList(func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("chapter")
			title.Truncation = fyne.TextTruncateEllipsis
			return newBorder(nil, nil, widget.NewCheck("", nil), nil, title)
		},
		p.updateRow)
	p.list.OnSelected = func(id widget.ListItemID) { // a tap on the title ticks too
		p.list.Unselect(id)
		if id < len(p.shown) {
			ch := p.shown[id]
			p.chosen[ch] = !p.chosen[ch]
			p.list.RefreshItem(id)
			p.showSummary()
		}
	}
	rows := min(chapterRows, max(1, len(titles)))
	rowH := widget.NewCheck("chapter", nil).MinSize().Height + theme.Padding()
	sized := container.New(boundedHeight{height: float32(rows) * rowH}, p.list)
	p.details = container.NewVBox(
		newBorder(nil, nil, nil, container.NewHBox(p.all, p.none), p.filter),
		sized)
	p.details.Hide()
	p.mode = widget.NewRadioGroup([]string{p.whole, p.readOpt, p.chooseOpt}, func(string) { p.onModeChanged() })
	p.mode.Required = true
	p.box = container.NewVBox(p.mode, newBorder(nil, nil, nil, p.toggle, p.summary), p.details)
	p.applyFilter()
	p.mode.SetSelected(p.whole)
	return p
}

// content is what goes in the dialog.
func (p *chapterPicker) content() fyne.CanvasObject { return p.box }

func (p *chapterPicker) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*fyne.Container)
	var c *widget.Check
	for _, w := range row.Objects {
		switch w := w.(type) {
		case *widget.Check:
			c = w
		case *widget.Label:
			w.SetText(p.titles[p.shown[id]])
		}
	}
	ch := p.shown[id]
	c.OnChanged = nil
	c.SetChecked(p.chosen[ch])
	c.OnChanged = func(on bool) {
		p.chosen[ch] = on
		p.showSummary()
	}
}

// onModeChanged shows the list when chapters are to be chosen; choosing
// starts from the chapters read.
func (p *chapterPicker) onModeChanged() {
	if p.mode.Selected == p.chooseOpt {
		if p.count() == 0 {
			for _, ch := range p.read {
				p.chosen[ch] = true
			}
		}
		p.details.Show()
		p.list.Refresh()
	} else {
		p.details.Hide()
	}
	p.showSummary()
}

// onToggle shows or hides the list; showing it means choosing chapters.
func (p *chapterPicker) onToggle() {
	if p.details.Visible() {
		p.details.Hide()
		p.showSummary()
		return
	}
	if p.mode.Selected != p.chooseOpt {
		p.mode.SetSelected(p.chooseOpt) // shows the list
		return
	}
	p.details.Show()
	p.showSummary()
}

func (p *chapterPicker) onFilterChanged() {
	p.applyFilter()
	p.list.UnselectAll()
	p.list.ScrollToTop()
	p.list.Refresh()
	p.showSummary()
}

// resized tells the dialog when the list was shown or hidden.
func (p *chapterPicker) resized() {
	if shown := p.details.Visible(); shown != p.wasShown {
		p.wasShown = shown
		if p.OnResized != nil {
			p.OnResized()
		}
	}
}

// applyFilter keeps the chapters whose number and title hold every word
// typed in the filter.
func (p *chapterPicker) applyFilter() {
	words := strings.Fields(strings.ToLower(p.filter.Text))
	p.shown = p.shown[:0]
	for i, t := range p.titles {
		t = strings.ToLower(t)
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(t, w)
		}
		if ok {
			p.shown = append(p.shown, i)
		}
	}
}

// setShown ticks or unticks every chapter the filter shows.
func (p *chapterPicker) setShown(on bool) {
	for _, ch := range p.shown {
		p.chosen[ch] = on
	}
	p.list.Refresh()
	p.showSummary()
}

func (p *chapterPicker) count() int {
	n := 0
	for _, on := range p.chosen {
		if on {
			n++
		}
	}
	return n
}

// showSummary says how many chapters the quiz is on.
func (p *chapterPicker) showSummary() {
	defer p.resized()
	n := len(p.titles)
	var s string
	switch p.mode.Selected {
	case p.readOpt:
		s = fmt.Sprintf("%d of %d chapters: the ones you have read.", len(p.read), n)
		if len(p.read) == 0 {
			s = "You have not marked any chapter read yet: read one (Next marks it), or choose chapters."
		}
	case p.chooseOpt:
		s = fmt.Sprintf("%d of %d chapters chosen.", p.count(), n)
		if p.filter.Text != "" && p.details.Visible() {
			s += fmt.Sprintf(" The filter shows %d.", len(p.shown))
		}
	default:
		s = fmt.Sprintf("%d of %d chapters.", n, n)
	}
	p.summary.SetText(s)
	if p.details.Visible() {
		p.toggle.SetText("Hide the list")
	} else {
		p.toggle.SetText("Show the list")
	}
}

var (
	errNoChapterRead   = errors.New("no chapter is marked read")
	errNoChapterChosen = errors.New("no chapter is chosen")
)

// chapters are the chapters chosen, nil for the whole article.
func (p *chapterPicker) chapters() ([]int, error) {
	switch p.mode.Selected {
	case p.readOpt:
		if len(p.read) == 0 {
			return nil, errNoChapterRead
		}
		return append([]int(nil), p.read...), nil
	case p.chooseOpt:
		var out []int
		for i, on := range p.chosen {
			if on {
				out = append(out, i)
			}
		}
		if len(out) == 0 {
			return nil, errNoChapterChosen
		}
		return out, nil
	}
	return nil, nil
}

// boundedHeight gives its one object a fixed minimum height (and the
// object's own minimum width), for a list that scrolls inside a dialog.
type boundedHeight struct{ height float32 }

func (l boundedHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l boundedHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		w = fyne.Max(w, o.MinSize().Width)
	}
	return fyne.NewSize(w, l.height)
}
