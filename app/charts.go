package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The charts are drawn with Fyne's own vector primitives (lines,
// rectangles, text) rather than a plotting library rendered to an image:
// they stay sharp at any size and text scale, take their colours from the
// theme (so light and dark both work and switch live), and need no extra
// dependency. Each chart redraws its objects whenever it is resized or
// refreshed.

// chart is a widget whose objects are drawn for its current size.
type chart struct {
	widget.BaseWidget
	min  fyne.Size
	draw func(size fyne.Size) []fyne.CanvasObject
}

func newChart(min fyne.Size, draw func(fyne.Size) []fyne.CanvasObject) *chart {
	c := &chart{min: min, draw: draw}
	c.ExtendBaseWidget(c)
	return c
}

func (c *chart) CreateRenderer() fyne.WidgetRenderer { return &chartRenderer{c: c} }

type chartRenderer struct {
	c    *chart
	objs []fyne.CanvasObject
	size fyne.Size
}

func (r *chartRenderer) Layout(s fyne.Size) {
	r.size = s
	r.objs = r.c.draw(s)
}
func (r *chartRenderer) MinSize() fyne.Size           { return r.c.min }
func (r *chartRenderer) Refresh()                     { r.Layout(r.c.Size()); canvas.Refresh(r.c) }
func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *chartRenderer) Destroy()                     {}

func themeColor(n fyne.ThemeColorName) color.Color { return theme.Color(n) }

// chartText is a small label placed at (x, y); align -1 left, 0 centre,
// 1 right of x.
func chartText(s string, x, y float32, align int, col fyne.ThemeColorName) *canvas.Text {
	t := canvas.NewText(s, themeColor(col))
	t.TextSize = theme.CaptionTextSize()
	w := fyne.MeasureText(s, t.TextSize, t.TextStyle).Width
	switch align {
	case 0:
		x -= w / 2
	case 1:
		x -= w
	}
	t.Move(fyne.NewPos(x, y))
	return t
}

func hline(x1, x2, y float32, col fyne.ThemeColorName, width float32) *canvas.Line {
	l := canvas.NewLine(themeColor(col))
	l.StrokeWidth = width
	l.Position1, l.Position2 = fyne.NewPos(x1, y), fyne.NewPos(x2, y)
	return l
}

// emptyChart says there is nothing to draw yet, and what to do.
func emptyChart(s fyne.Size, msg string) []fyne.CanvasObject {
	t := chartText(msg, s.Width/2, s.Height/2-theme.CaptionTextSize(), 0, theme.ColorNamePlaceHolder)
	return []fyne.CanvasObject{t}
}

// lineChart draws values (0–100) left to right with gridlines at 0, 50
// and 100 and the first and last labels under the axis.
func lineChart(values []float64, first, last string) func(fyne.Size) []fyne.CanvasObject {
	return func(s fyne.Size) []fyne.CanvasObject {
		if len(values) == 0 {
			return emptyChart(s, "No quizzes yet: your scores appear here.")
		}
		cap := theme.CaptionTextSize()
		left, right, top, bottom := cap*3, theme.Padding(), cap, s.Height-cap*2
		w, h := s.Width-left-right, bottom-top
		var objs []fyne.CanvasObject
		for _, g := range []float64{0, 50, 100} {
			y := bottom - float32(g/100)*h
			objs = append(objs, hline(left, s.Width-right, y, theme.ColorNameSeparator, 1),
				chartText(fmt.Sprintf("%.0f%%", g), left-theme.Padding(), y-cap*0.7, 1, theme.ColorNamePlaceHolder))
		}
		pt := func(i int) fyne.Position {
			x := left + w/2
			if len(values) > 1 {
				x = left + w*float32(i)/float32(len(values)-1)
			}
			return fyne.NewPos(x, bottom-float32(values[i]/100)*h)
		}
		for i := 1; i < len(values); i++ {
			l := canvas.NewLine(themeColor(theme.ColorNamePrimary))
			l.StrokeWidth = 2
			l.Position1, l.Position2 = pt(i-1), pt(i)
			objs = append(objs, l)
		}
		if len(values) <= 60 {
			r := theme.Padding() * 0.75
			for i := range values {
				dot := canvas.NewCircle(themeColor(theme.ColorNamePrimary))
				p := pt(i)
				dot.Move(fyne.NewPos(p.X-r, p.Y-r))
				dot.Resize(fyne.NewSize(2*r, 2*r))
				objs = append(objs, dot)
			}
		}
		objs = append(objs, chartText(first, left, bottom+cap*0.3, -1, theme.ColorNamePlaceHolder),
			chartText(last, s.Width-right, bottom+cap*0.3, 1, theme.ColorNamePlaceHolder))
		return objs
	}
}

// hBarChart draws one horizontal bar (0–1) per label, with its value in
// percent at the end.
func hBarChart(labels []string, values []float64) func(fyne.Size) []fyne.CanvasObject {
	return func(s fyne.Size) []fyne.CanvasObject {
		if len(values) == 0 {
			return emptyChart(s, "No chapters.")
		}
		cap := theme.CaptionTextSize()
		labelW := min(s.Width*0.42, cap*22)
		valueW := cap * 3.2
		rowH := s.Height / float32(len(values))
		barH := min(rowH*0.6, cap*1.4)
		var objs []fyne.CanvasObject
		for i, v := range values {
			y := rowH * float32(i)
			label := fitText(labels[i], cap, labelW-theme.Padding())
			objs = append(objs, chartText(label, 0, y+(rowH-cap*1.3)/2, -1, theme.ColorNameForeground))
			track := canvas.NewRectangle(themeColor(theme.ColorNameInputBackground))
			track.Move(fyne.NewPos(labelW, y+(rowH-barH)/2))
			track.Resize(fyne.NewSize(s.Width-labelW-valueW, barH))
			track.CornerRadius = barH / 4
			bar := canvas.NewRectangle(themeColor(masteryColour(v)))
			bar.Move(track.Position())
			bar.Resize(fyne.NewSize((s.Width-labelW-valueW)*float32(min(1, max(0, v))), barH))
			bar.CornerRadius = barH / 4
			objs = append(objs, track, bar, chartText(fmt.Sprintf("%.0f%%", 100*v), s.Width, y+(rowH-cap*1.3)/2, 1, theme.ColorNameForeground))
		}
		return objs
	}
}

func masteryColour(v float64) fyne.ThemeColorName {
	switch {
	case v >= 0.8:
		return theme.ColorNameSuccess
	case v >= 0.5:
		return theme.ColorNamePrimary
	case v > 0:
		return theme.ColorNameWarning
	}
	return theme.ColorNameDisabled
}

// dayBars draws stacked daily bars: reviews (accent) under answers
// (warning colour), with the busiest day's total as the scale.
func dayBars(reviews, answers []int, first, last string) func(fyne.Size) []fyne.CanvasObject {
	return func(s fyne.Size) []fyne.CanvasObject {
		peak := 0
		for i := range reviews {
			peak = max(peak, reviews[i]+answers[i])
		}
		if peak == 0 {
			return emptyChart(s, "No reviews or answers in this period yet.")
		}
		cap := theme.CaptionTextSize()
		left, bottom := cap*3, s.Height-cap*2
		h := bottom - cap
		slot := (s.Width - left) / float32(len(reviews))
		gap := max(1, slot*0.2)
		objs := []fyne.CanvasObject{hline(left, s.Width, bottom, theme.ColorNameSeparator, 1),
			hline(left, s.Width, bottom-h, theme.ColorNameSeparator, 1),
			chartText(fmt.Sprint(peak), left-theme.Padding(), bottom-h-cap*0.7, 1, theme.ColorNamePlaceHolder),
			chartText("0", left-theme.Padding(), bottom-cap*0.7, 1, theme.ColorNamePlaceHolder)}
		for i := range reviews {
			x := left + slot*float32(i) + gap/2
			rh := h * float32(reviews[i]) / float32(peak)
			ah := h * float32(answers[i]) / float32(peak)
			if rh > 0 {
				r := canvas.NewRectangle(themeColor(theme.ColorNamePrimary))
				r.Move(fyne.NewPos(x, bottom-rh))
				r.Resize(fyne.NewSize(slot-gap, rh))
				objs = append(objs, r)
			}
			if ah > 0 {
				a := canvas.NewRectangle(themeColor(theme.ColorNameWarning))
				a.Move(fyne.NewPos(x, bottom-rh-ah))
				a.Resize(fyne.NewSize(slot-gap, ah))
				objs = append(objs, a)
			}
		}
		objs = append(objs, chartText(first, left, bottom+cap*0.3, -1, theme.ColorNamePlaceHolder),
			chartText(last, s.Width, bottom+cap*0.3, 1, theme.ColorNamePlaceHolder))
		return objs
	}
}

// fitText shortens s with an ellipsis until it fits in width.
func fitText(s string, size, width float32) string {
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if t := string(r) + "…"; fyne.MeasureText(t, size, fyne.TextStyle{}).Width <= width {
			return t
		}
	}
	return "…"
}
