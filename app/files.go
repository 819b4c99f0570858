package app

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// saveAs asks where to save a file, then writes it on the worker. what
// names the action for an error ("The worksheet was not written"); done,
// if not nil, runs on the UI goroutine with the file's name once it is
// written and closed.
func (u *UI) saveAs(name string, exts []string, what string, write func(io.Writer) error, done func(file string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError("The file could not be chosen", err)
			return
		}
		if w == nil {
			return // cancelled
		}
		u.background(func() {
			err := write(w)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			fyne.Do(func() {
				if err != nil {
					u.showError(userMessage(what, err), err)
					return
				}
				if done != nil {
					done(w.URI().Name())
				}
			})
		})
	}, u.w)
	d.SetFileName(name)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.Show()
}
