package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The smallest window the screens and dialogs are laid out for; the window
// does not shrink below it.
var minWindowSize = fyne.NewSize(800, 600)

// defaultDialogWidth is the width of a dialog that asks for none.
const defaultDialogWidth = 520

// fitDialog is the one dialog of the app. Its size is bounded by the
// window it belongs to, whatever the window size and text size: its body
// scrolls between the title and the buttons, and the buttons stay visible
// at the bottom. A body that scrolls itself (a list) fills the space
// instead. It implements dialog.Dialog, with Fyne's meanings: Hide and
// Dismiss answer "no", Confirm and Submit answer "yes".
type fitDialog struct {
	w        fyne.Window
	pop      *widget.PopUp
	title    *widget.Label
	body     fyne.CanvasObject // what the caller gave
	scroll   *container.Scroll // around body, unless body scrolls itself
	buttons  *fyne.Container
	dismiss  *widget.Button
	confirm  *widget.Button
	form     *widget.Form
	want     fyne.Size
	callback func(bool)
	closed   bool
	// onEnter is what Enter does while the dialog is on top and no text
	// field takes the key; nil: nothing.
	onEnter func()
	// the buttons' names without their keys
	confirmText string
}

// SetOnEnter sets what Enter does while the dialog is on top: what the
// confirm button does, whose label then shows the key.
func (d *fitDialog) SetOnEnter(fn func()) {
	d.onEnter = fn
	if d.confirm != nil {
		d.SetConfirmText(d.confirmText)
	}
}

// Keys on the dialog's buttons: Esc always dismisses a dialog, Enter
// confirms one that set it.
const (
	escLabel   = "  Esc"
	enterLabel = "  Enter"
)

var _ dialog.Dialog = (*fitDialog)(nil)

// openDialogs maps the pop-up on screen to its dialog, so that Esc can
// dismiss it as its Cancel button would. Touched on the UI goroutine only.
var openDialogs = map[fyne.CanvasObject]*fitDialog{}

// dialogOf is the dialog drawn by an overlay, if it is one of ours.
func dialogOf(o fyne.CanvasObject) *fitDialog { return openDialogs[o] }

// newFitDialog makes a dialog without buttons; add them with setButtons.
func newFitDialog(title string, body fyne.CanvasObject, w fyne.Window) *fitDialog {
	d := &fitDialog{w: w, body: body}
	d.title = widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.title.Truncation = fyne.TextTruncateEllipsis
	inner := body
	if !scrollsItself(body) {
		d.scroll = container.NewVScroll(body)
		inner = d.scroll
	}
	d.buttons = container.NewHBox()
	content := container.New(&fitDialogLayout{}, d.title, inner, d.buttons)
	d.pop = widget.NewModalPopUp(content, w.Canvas())
	return d
}

// newCustom is dialog.NewCustom: a body and one button that closes it.
func newCustom(title, dismiss string, body fyne.CanvasObject, w fyne.Window) *fitDialog {
	d := newFitDialog(title, body, w)
	d.setButtons(dismiss, "", nil)
	return d
}

// newCustomConfirm is dialog.NewCustomConfirm: a body, a dismiss button
// and a confirm button; callback gets which one was chosen.
func newCustomConfirm(title, confirm, dismiss string, body fyne.CanvasObject, callback func(bool), w fyne.Window) *fitDialog {
	d := newFitDialog(title, body, w)
	d.setButtons(dismiss, confirm, callback)
	return d
}

// newConfirm is dialog.NewConfirm: a question in words, Yes and No.
func newConfirm(title, message string, callback func(bool), w fyne.Window) *fitDialog {
	d := newCustomConfirm(title, "Yes", "No", messageLabel(message), callback, w)
	d.want.Width = 440
	return d
}

// showConfirm shows newConfirm.
func showConfirm(title, message string, callback func(bool), w fyne.Window) {
	newConfirm(title, message, callback, w).Show()
}

// showInformation is dialog.ShowInformation: a message and OK.
func showInformation(title, message string, w fyne.Window) {
	d := newCustom(title, "OK", messageLabel(message), w)
	d.want.Width = 440
	d.Show()
}

// newForm is dialog.NewForm: labelled fields, a confirm button that is
// enabled while the fields are valid, and a dismiss button.
func newForm(title, confirm, dismiss string, items []*widget.FormItem, callback func(bool), w fyne.Window) *fitDialog {
	form := widget.NewForm(items...)
	d := newCustomConfirm(title, confirm, dismiss, form, callback, w)
	d.form = form
	form.SetOnValidationChanged(func(err error) {
		if err != nil {
			d.confirm.Disable()
		} else {
			d.confirm.Enable()
		}
	})
	if form.Validate() != nil {
		d.confirm.Disable()
	}
	return d
}

func messageLabel(message string) *widget.Label {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// setButtons sets the buttons: dismiss (Cancel, Close) and, when not
// empty, confirm; callback gets which was chosen and may be nil.
func (d *fitDialog) setButtons(dismiss, confirm string, callback func(bool)) {
	d.callback = callback
	d.dismiss = widget.NewButton(dismiss+escLabel, d.Hide)
	objs := []fyne.CanvasObject{layout.NewSpacer(), d.dismiss}
	if confirm != "" {
		d.dismiss.Icon = theme.CancelIcon()
		d.confirmText = confirm
		d.confirm = widget.NewButtonWithIcon(confirm, theme.ConfirmIcon(), d.Confirm)
		d.confirm.Importance = widget.HighImportance
		objs = append(objs, d.confirm)
	}
	d.buttons.Objects = append(objs, layout.NewSpacer())
	d.buttons.Refresh()
}

// Show shows the dialog at the width asked for and at the height asked
// for or the height its body needs, whichever is larger, never larger than
// the window.
func (d *fitDialog) Show() {
	if d.onEnter == nil && d.confirm != nil && submitsOnEnter(d.form) {
		d.SetOnEnter(d.Submit) // Enter anywhere in it, as in its field
	}
	d.closed = false
	d.pop.Resize(d.fittedSize())
	openDialogs[d.pop] = d
	d.pop.Show()
	if s := d.fittedSize(); s != d.pop.Content.Size().Add(fyne.NewSquareSize(theme.Size(theme.SizeNameInnerPadding))) {
		d.pop.Resize(s) // measured again now that the body is laid out at its width
	}
}

// fittedSize is the size asked for (or needed), bounded by the window.
func (d *fitDialog) fittedSize() fyne.Size {
	room := d.w.Canvas().Size().Subtract(fyne.NewSquareSize(4 * theme.Padding()))
	width := d.want.Width
	if width <= 0 {
		width = defaultDialogWidth
	}
	width = fyne.Min(width, room.Width)
	height := fyne.Max(d.want.Height, d.naturalHeight(width))
	return fyne.NewSize(width, fyne.Min(height, room.Height))
}

// naturalHeight is how tall the dialog is with its whole body showing at
// the given width: wrapped text is measured at that width.
func (d *fitDialog) naturalHeight(width float32) float32 {
	pad := theme.Padding()
	inner := width - 4*pad - theme.Size(theme.SizeNameInnerPadding)
	var body float32
	for range 3 { // wrapped text and flows know their height once laid out
		d.body.Resize(fyne.NewSize(inner, d.body.MinSize().Height))
		body = d.body.MinSize().Height
	}
	if d.scroll == nil {
		body = fyne.Max(body, 12*theme.TextSize())
	}
	return d.title.MinSize().Height + body + d.buttons.MinSize().Height + 5*pad + theme.Size(theme.SizeNameInnerPadding)
}

// refit sizes the dialog again after its body grew or shrank, within
// the window.
func (d *fitDialog) refit() {
	if d.pop.Visible() {
		d.pop.Resize(d.fittedSize())
	}
}

// Hide closes the dialog as its dismiss button would.
func (d *fitDialog) Hide() { d.close(false) }

// Dismiss is Hide.
func (d *fitDialog) Dismiss() { d.close(false) }

// Confirm closes the dialog as its confirm button would.
func (d *fitDialog) Confirm() {
	if d.form != nil && d.form.Validate() != nil {
		return
	}
	d.close(true)
}

// Submit is Confirm, for the form dialogs that Enter submits.
func (d *fitDialog) Submit() { d.Confirm() }

func (d *fitDialog) close(ok bool) {
	if d.closed {
		return
	}
	d.closed = true
	delete(openDialogs, d.pop)
	d.pop.Hide()
	if d.callback != nil {
		d.callback(ok)
	}
}

// SetDismissText names the dismiss button; its label shows Esc.
func (d *fitDialog) SetDismissText(label string) {
	if d.dismiss != nil {
		d.dismiss.SetText(label + escLabel)
	}
}

// SetConfirmText names the confirm button; its label shows Enter when
// Enter confirms.
func (d *fitDialog) SetConfirmText(label string) {
	if d.confirm == nil {
		return
	}
	d.confirmText = label
	if d.onEnter != nil {
		label += enterLabel
	}
	d.confirm.SetText(label)
}

// SetOnClosed adds a function called when the dialog closes either way.
func (d *fitDialog) SetOnClosed(closed func()) {
	prev := d.callback
	d.callback = func(ok bool) {
		if prev != nil {
			prev(ok)
		}
		closed()
	}
}

// Refresh redraws the dialog.
func (d *fitDialog) Refresh() { d.pop.Refresh() }

// Resize asks for a size; the window still bounds it.
func (d *fitDialog) Resize(size fyne.Size) {
	d.want = size
	if d.pop.Visible() {
		d.pop.Resize(d.fittedSize())
	}
}

// MinSize is the smallest the dialog can be.
func (d *fitDialog) MinSize() fyne.Size { return d.pop.MinSize() }

// scrollsItself says whether a body scrolls on its own (a list, a scroll,
// or a container holding one), so that it fills the dialog rather than
// being wrapped in another scroll.
func scrollsItself(o fyne.CanvasObject) bool {
	switch w := o.(type) {
	case *widget.List, *widget.Table, *widget.Tree, *widget.GridWrap, *container.Scroll:
		return true
	case *fyne.Container:
		for _, c := range w.Objects {
			if scrollsItself(c) {
				return true
			}
		}
	}
	return false
}

// fitDialogLayout puts the title at the top, the buttons at the bottom and
// the body in between, taking what is left.
type fitDialogLayout struct{}

func (fitDialogLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := 2 * theme.Padding()
	title, body, buttons := objs[0], objs[1], objs[2]
	th := title.MinSize().Height
	bh := buttons.MinSize().Height
	w := size.Width - 2*pad
	title.Move(fyne.NewPos(pad, pad/2))
	title.Resize(fyne.NewSize(w, th))
	buttons.Move(fyne.NewPos(pad, size.Height-bh-pad/2))
	buttons.Resize(fyne.NewSize(w, bh))
	top := pad/2 + th + theme.Padding()
	body.Move(fyne.NewPos(pad, top))
	body.Resize(fyne.NewSize(w, fyne.Max(0, size.Height-top-pad-bh-pad/2)))
}

func (fitDialogLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := 2 * theme.Padding()
	t, b, btn := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(fyne.Max(fyne.Max(t.Width, b.Width), btn.Width)+2*pad,
		t.Height+b.Height+btn.Height+2*pad+theme.Padding())
}

// fitFileDialog bounds one of Fyne's file dialogs by the window.
func fitFileDialog(d interface{ Resize(fyne.Size) }, w fyne.Window, want fyne.Size) {
	room := w.Canvas().Size().Subtract(fyne.NewSquareSize(4 * theme.Padding()))
	d.Resize(want.Min(room))
}

// minSizeLayout stacks its objects and never reports a minimum size below
// min, which makes min the window's minimum size when it holds the
// window's content.
type minSizeLayout struct{ min fyne.Size }

func (l minSizeLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l minSizeLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := l.min
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// fitRows gives each of the n rows of a list the height its wrapped text
// needs at the list's width; row(i) builds a copy of row i to measure.
func fitRows(list *widget.List, n int, row func(i int) fyne.CanvasObject) {
	width := list.Size().Width - theme.Padding()
	if width <= 0 {
		return
	}
	for i := 0; i < n; i++ {
		o := row(i)
		o.Resize(fyne.NewSize(width, o.MinSize().Height))
		list.SetItemHeight(i, o.MinSize().Height)
	}
}

// flowLayout puts its objects in a row at their minimum sizes and wraps
// them onto further rows when the row is full, so that a row of buttons
// reflows in a narrow window or at a large text size instead of being cut
// off. Its minimum width is the widest object; its minimum height is that
// of the rows at the width it was last laid out at.
type flowLayout struct{ width float32 }

// newFlow is a container that wraps its objects like words.
func newFlow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(&flowLayout{}, objs...)
}

func (l *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	l.place(objs, size.Width, true)
}

// place lays the objects out in rows no wider than width (when move is
// set) and returns the height the rows take.
func (l *flowLayout) place(objs []fyne.CanvasObject, width float32, move bool) float32 {
	pad := theme.Padding()
	var x, y, rowH float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > width {
			x, y, rowH = 0, y+rowH+pad, 0
		}
		if move {
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(fyne.Min(m.Width, width), m.Height))
		}
		x += m.Width + pad
		rowH = fyne.Max(rowH, m.Height)
	}
	return y + rowH
}

func (l *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var widest float32
	var row float32
	pad := theme.Padding()
	for _, o := range objs {
		if o.Visible() {
			m := o.MinSize()
			widest = fyne.Max(widest, m.Width)
			row += m.Width + pad
		}
	}
	width := l.width
	if width <= 0 {
		width = row // never laid out: one row
	}
	return fyne.NewSize(widest, l.place(objs, fyne.Max(width, widest), false))
}

// pairLayout puts two objects at the two ends of a row, like a Border
// with a leading and a trailing object, when they fit side by side; when
// they do not, the second goes on a row of its own below, at the end.
type pairLayout struct{ width float32 }

// newPair is a row with first at the start and second at the end, which
// wraps in a narrow window or at a large text size.
func newPair(first, second fyne.CanvasObject) *fyne.Container {
	return container.New(&pairLayout{}, first, second)
}

func (l *pairLayout) fits(objs []fyne.CanvasObject, width float32) bool {
	return objs[0].MinSize().Width+theme.Padding()+objs[1].MinSize().Width <= width
}

func (l *pairLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	a, b := objs[0].MinSize(), objs[1].MinSize()
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(fyne.Min(a.Width, size.Width), a.Height))
	y := float32(0)
	if !l.fits(objs, size.Width) {
		y = a.Height + theme.Padding()
	}
	w := fyne.Min(b.Width, size.Width)
	objs[1].Move(fyne.NewPos(size.Width-w, y))
	objs[1].Resize(fyne.NewSize(w, b.Height))
}

func (l *pairLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	if l.width <= 0 || l.fits(objs, l.width) { // one row (until laid out)
		return fyne.NewSize(fyne.Max(a.Width, b.Width), fyne.Max(a.Height, b.Height))
	}
	return fyne.NewSize(fyne.Max(a.Width, b.Width), a.Height+theme.Padding()+b.Height)
}

// newBorder is container.NewBorder with its objects in reading order:
// top, left, the middle, right, bottom. Fyne puts the middle first, so
// Tab would reach a list before the buttons above it; the layout is the
// same.
func newBorder(top, bottom, left, right fyne.CanvasObject, middle ...fyne.CanvasObject) *fyne.Container {
	var all []fyne.CanvasObject
	for _, o := range []fyne.CanvasObject{top, left} {
		if o != nil {
			all = append(all, o)
		}
	}
	for _, o := range middle {
		if o != nil {
			all = append(all, o)
		}
	}
	for _, o := range []fyne.CanvasObject{right, bottom} {
		if o != nil {
			all = append(all, o)
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, left, right), all...)
}

// submitsOnEnter says whether a form has a field that submits it on Enter.
func submitsOnEnter(f *widget.Form) bool {
	if f == nil {
		return false
	}
	for _, it := range f.Items {
		if e, ok := it.Widget.(*widget.Entry); ok && e.OnSubmitted != nil {
			return true
		}
	}
	return false
}
