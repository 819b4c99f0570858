package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// thinBar is a slim progress bar in the accent colour: the quiz's progress
// should be visible, not loud.
type thinBar struct {
	widget.BaseWidget
	value float64
}

func newThinBar() *thinBar {
	b := &thinBar{}
	b.ExtendBaseWidget(b)
	return b
}

// SetValue sets the share done, 0 to 1.
func (b *thinBar) SetValue(v float64) {
	b.value = min(1, max(0, v))
	b.Refresh()
}

func (b *thinBar) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	fill := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	bg.CornerRadius, fill.CornerRadius = theme.Padding(), theme.Padding()
	return &thinBarRenderer{b: b, bg: bg, fill: fill}
}

type thinBarRenderer struct {
	b        *thinBar
	bg, fill *canvas.Rectangle
}

func (r *thinBarRenderer) Layout(s fyne.Size) {
	r.bg.Resize(s)
	r.fill.Resize(fyne.NewSize(s.Width*float32(r.b.value), s.Height))
}

func (r *thinBarRenderer) MinSize() fyne.Size {
	return fyne.NewSize(theme.Padding()*4, theme.Padding()*1.5)
}

func (r *thinBarRenderer) Refresh() {
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.fill.FillColor = theme.Color(theme.ColorNamePrimary)
	r.Layout(r.b.Size())
	r.bg.Refresh()
	r.fill.Refresh()
}

func (r *thinBarRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.fill} }

func (r *thinBarRenderer) Destroy() {}

// progressLine is a thin bar with widget.ProgressBar's Max and Value:
// the reading progress above the chapter list, which a full-height
// progress bar made look like an empty selected row at 0 %.
type progressLine struct {
	thinBar
	Max, Value float64
}

func newProgressLine() *progressLine {
	p := &progressLine{Max: 1}
	p.ExtendBaseWidget(p)
	return p
}

// SetValue sets how much of Max is done.
func (p *progressLine) SetValue(v float64) {
	p.Value = v
	frac := 0.0
	if p.Max > 0 {
		frac = v / p.Max
	}
	p.thinBar.SetValue(frac)
}
