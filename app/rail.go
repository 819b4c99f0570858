package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// railLayout lays out the window: the navigation rail on the left and the
// section beside it. When the window is too narrow for the rail's labels
// and the section side by side (a small window, large text), the rail
// shows its icons only, and the section gets the room.
type railLayout struct {
	rail    *fyne.Container
	labels  map[*widget.Button]string // the label of each rail button
	compact bool
}

// newRailContent is the window's content: rail, separator and body.
func newRailContent(rail *fyne.Container, body fyne.CanvasObject) *fyne.Container {
	l := &railLayout{rail: rail, labels: map[*widget.Button]string{}}
	return container.New(l, container.NewHBox(rail, widget.NewSeparator()), body)
}

// buttons are the rail's buttons, remembering a label set while compact.
func (l *railLayout) buttons() []*widget.Button {
	var out []*widget.Button
	for _, o := range l.rail.Objects {
		if b, ok := o.(*widget.Button); ok {
			if b.Text != "" {
				l.labels[b] = b.Text // new or renamed (the profile's name)
			}
			out = append(out, b)
		}
	}
	return out
}

// fullWidth is the rail's width with its labels.
func (l *railLayout) fullWidth() float32 {
	var w float32
	for _, b := range l.buttons() {
		w = fyne.Max(w, widget.NewButtonWithIcon(l.labels[b], b.Icon, nil).MinSize().Width)
	}
	return w + theme.Padding() + widget.NewSeparator().MinSize().Width
}

func (l *railLayout) setCompact(on bool) {
	for _, b := range l.buttons() {
		text := l.labels[b]
		if on {
			text = ""
		}
		if b.Text != text {
			b.SetText(text)
		}
	}
	l.compact = on
}

func (l *railLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	left, body := objs[0], objs[1]
	room := size.Width - l.fullWidth()
	l.setCompact(room < fyne.Max(body.MinSize().Width, 30*theme.TextSize()))
	lw := left.MinSize().Width
	left.Move(fyne.NewPos(0, 0))
	left.Resize(fyne.NewSize(lw, size.Height))
	body.Move(fyne.NewPos(lw+theme.Padding(), 0))
	body.Resize(fyne.NewSize(size.Width-lw-theme.Padding(), size.Height))
}

// MinSize is the compact rail beside the body's minimum.
func (l *railLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	left, body := objs[0].MinSize(), objs[1].MinSize()
	if !l.compact {
		left.Width = 0
		for _, b := range l.buttons() {
			left.Width = fyne.Max(left.Width, widget.NewButtonWithIcon("", b.Icon, nil).MinSize().Width)
		}
		left.Width += theme.Padding() + widget.NewSeparator().MinSize().Width
	}
	return fyne.NewSize(left.Width+theme.Padding()+body.Width, fyne.Max(left.Height, body.Height))
}
