// Opening articles: the built-in one at start, files chosen, dropped or
// named on the command line, each checked and added to the library
// before the study pipeline (study.go) opens it.

package app

import (
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/source"
)

// libraryStore is what opening articles needs from the database.
type libraryStore interface {
	Progress(profileID, articleID int64) (quiz.ReadingProgress, error)
	DefaultProfile() (quiz.Profile, error)
	AddArticle(title, source string, builtin bool, content []byte) (quiz.LibraryItem, error)
	Library() ([]quiz.LibraryItem, error)
	ArticleContent(id int64) ([]byte, error)
	SetCurrentArticle(profileID, articleID int64) error
	CurrentArticle(profileID int64) (quiz.LibraryItem, error)
}

// loadInitial runs on the worker: it registers the built-in article and
// opens the article named on the command line, or the last one read.
func (u *UI) loadInitial() {
	defer u.markReady()
	p, err := u.store.DefaultProfile()
	if err != nil {
		u.failed("Chapterwise could not read its database", err)
		return
	}
	if id := u.prefs.lastProfile(); id != 0 {
		if last, err := u.store.Profile(id); err == nil {
			p = last
		}
	}
	u.doAndWait(func() { u.setProfile(p) })
	builtin, err := quiz.ParseArticle(u.opts.Builtin)
	if err != nil {
		u.failed("The built-in article could not be read", err)
		return
	}
	item, err := u.store.AddArticle(builtin.Title, "built-in", true, u.opts.Builtin)
	if err != nil {
		u.failed("Chapterwise could not save to its database", err)
		return
	}
	if u.opts.ArticleData != nil {
		u.openData(u.opts.ArticlePath, u.opts.ArticleData)
		return
	}
	if cur, err := u.store.CurrentArticle(p.ID); err == nil {
		item = cur
	}
	u.openItem(item)
}

func (u *UI) failed(summary string, err error) {
	u.doAndWait(func() {
		u.reader.showFailed(summary)
		u.showError(summary, err)
	})
}

// openData parses an article the user chose and opens it; on bad input it
// says why and leaves the current article open. It runs on the worker.
func (u *UI) openData(source string, data []byte) {
	item, art, err := u.addArticle(source, data)
	if err != nil {
		u.do(func() { u.showError(err.Error(), errors.Unwrap(err)) })
		return
	}
	u.openParsed(item, art)
}

// addArticle checks an article file's text and keeps it in the library,
// as UTF-8 whatever encoding it came in. The error says what failed for
// the user and wraps the cause. It runs on the worker.
func (u *UI) addArticle(source string, data []byte) (quiz.LibraryItem, *quiz.Article, error) {
	name := filepath.Base(source)
	text, err := quiz.DecodeText(data)
	var art *quiz.Article
	if err == nil {
		art, err = quiz.ParseArticle(text)
	}
	if err != nil {
		return quiz.LibraryItem{}, nil, userError{userMessage("Could not open "+name, err), err}
	}
	item, err := u.store.AddArticle(art.Title, source, false, text)
	if err != nil {
		return quiz.LibraryItem{}, nil, userError{userMessage("Could not add "+name+" to the library", err), err}
	}
	return item, art, nil
}

// openArticles reads article files (dropped on the window, named on the
// command line or chosen in the dialog) in one job: each is added to the
// library, the first one added is opened, and one message tells what
// could not be added. One job, however many files, so that the queue
// never holds a job per file.
func (u *UI) openArticles(uris []fyne.URI) {
	if len(uris) == 1 {
		u.reader.setBusy("Opening " + uris[0].Name() + "…")
	} else {
		u.reader.setBusy(fmt.Sprintf("Opening %d articles…", len(uris)))
	}
	u.background(func() {
		defer u.do(u.reader.idle)
		var added []quiz.LibraryItem
		var first *quiz.Article
		var failed []error
		for _, uri := range uris {
			data, err := readArticleURI(uri)
			if err == nil {
				data, err = u.convertFile(uri.Name(), data) // a web page, book or PDF becomes text
			}
			if err != nil {
				failed = append(failed, userError{userMessage("Could not open "+uri.Name(), err), err})
				continue
			}
			item, art, err := u.addArticle(uri.Path(), data)
			if err != nil {
				failed = append(failed, err)
				continue
			}
			if len(added) == 0 {
				first = art
			}
			added = append(added, item)
		}
		if len(added) > 0 {
			u.openParsed(added[0], first)
		}
		u.do(func() { u.reportOpened(len(uris), added, failed) })
	})
}

// reportOpened says what openArticles could not add, and where to find
// the articles when it added more than one.
func (u *UI) reportOpened(given int, added []quiz.LibraryItem, failed []error) {
	if len(added) > 1 {
		showInformation("Articles added",
			fmt.Sprintf("%d articles were added to your library. “%s” is open; find the others in the Library (Ctrl+L).", len(added), added[0].Title), u.w)
	}
	reportFailed(u, "article files", given, failed)
}

// openFileDialog chooses an article file; it is read like a dropped one.
func (u *UI) openFileDialog() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError("The file could not be opened.", err)
			return
		}
		if rc == nil {
			return
		}
		rc.Close()
		u.openArticles([]fyne.URI{rc.URI()})
	}, u.w)
	d.SetFilter(regularFiles(source.Extensions...))
	fitFileDialog(d, u.w, fyne.NewSize(800, 560))
	d.Show()
}
