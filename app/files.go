package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
	"github.com/chapterwise/chapterwise/quiz/source"
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
			u.do(func() {
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
	fitFileDialog(d, u.w, fyne.NewSize(800, 560))
	d.Show()
}

// readURI reads at most limit bytes of a file: a local one through
// assign.ReadFile, so that only an ordinary file is read (never a named
// pipe or a device, which could stop the worker for good) and within a
// deadline.
func readURI(u fyne.URI, limit int64) ([]byte, error) {
	if u.Scheme() == "file" {
		return assign.ReadFile(u.Path(), limit)
	}
	r, err := storage.Reader(u)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return assign.ReadLimited(r, limit)
}

// readArticleURI reads an article file; a file over the limit is
// quiz.ErrTooLarge.
func readArticleURI(u fyne.URI) ([]byte, error) {
	b, err := readURI(u, source.ReadLimit(u.Name()))
	if errors.Is(err, assign.ErrTooLarge) {
		return nil, quiz.ErrTooLarge
	}
	return b, err
}

// regularFiles is a file dialog filter that lists only ordinary files
// with one of exts. Fyne's open dialog opens the chosen file itself, on
// the UI goroutine, and opening a named pipe there would wait for a
// writer for good.
func regularFiles(exts ...string) storage.FileFilter {
	return regularFileFilter{storage.NewExtensionFileFilter(exts)}
}

type regularFileFilter struct{ exts storage.FileFilter }

func (f regularFileFilter) Matches(u fyne.URI) bool {
	if !f.exts.Matches(u) {
		return false
	}
	if u.Scheme() != "file" {
		return true
	}
	st, err := os.Stat(u.Path())
	return err == nil && st.Mode().IsRegular()
}

// reportFailed shows why files could not be opened: the one reason when
// one file was given, otherwise a count with each file's reason behind
// Details. what names the files ("articles"). Call it on the UI
// goroutine.
func reportFailed(u interface{ showError(string, error) }, what string, given int, failed []error) {
	switch {
	case len(failed) == 0:
	case given == 1:
		u.showError(failed[0].Error(), errors.Unwrap(failed[0]))
	default:
		lines := make([]string, len(failed))
		for i, e := range failed {
			lines[i] = e.Error()
		}
		u.showError(fmt.Sprintf("%d of %d %s could not be added; the others were.", len(failed), given, what),
			errors.New(strings.Join(lines, "\n")))
	}
}

// userError is a sentence for the user with the error behind it.
type userError struct {
	msg string
	err error
}

func (e userError) Error() string { return e.msg }
func (e userError) Unwrap() error { return e.err }
