package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz/source"
)

// webFetcher fetches the pages the window opens; tests shorten its
// timeouts.
var webFetcher source.Fetcher

// showOpenWebPage asks for a web address and opens the article on that
// page (Ctrl+Shift+O).
func (u *UI) showOpenWebPage() {
	entry := widget.NewEntry()
	entry.SetPlaceHolder("https://…")
	entry.Validator = func(s string) error {
		_, err := source.CheckAddress(webAddress(s))
		return err
	}
	hint := messageLabel("The article on the page is kept; menus, advertisements and comments are left out. Nothing on the page runs.")
	d := newForm("Open a web page", "Open", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Address", entry),
		widget.NewFormItem("", hint),
	}, func(ok bool) {
		if ok {
			u.openWebPage(webAddress(entry.Text))
		}
	}, u.w)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.want.Width = 600
	d.Show()
	u.w.Canvas().Focus(entry)
}

// webAddress is what was typed, with https:// before an address typed
// without a scheme ("example.org/page").
func webAddress(s string) string {
	s = strings.TrimSpace(s)
	if s != "" && !strings.Contains(s, "://") && !strings.Contains(s, ":") {
		return "https://" + s
	}
	return s
}

// openWebPage fetches a web page while a dialog shows that it is being
// fetched, with Cancel, then stores and opens its article. Call it on the
// UI goroutine. Nothing is stored when the fetch fails or is cancelled.
func (u *UI) openWebPage(addr string) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	d := newCustom("Opening a web page", "Cancel", container.NewVBox(messageLabel("Fetching "+addr+" …"), bar), u.w)
	d.SetOnClosed(func() {
		cancel()
		bar.Stop()
	})
	d.Show()
	var (
		doc *source.Document
		err error
	)
	// aside: the fetch may take long and must not hold up the worker; its
	// result is applied after it, in order with other work
	u.aside(func() { doc, err = webFetcher.Fetch(ctx, addr) }, func() {
		u.do(func() {
			cancelled := d.closed
			d.Hide()
			switch {
			case cancelled || errors.Is(err, context.Canceled):
				return
			case err != nil:
				u.showError(userMessage("Could not open "+addr, err), err)
				return
			}
			u.reader.setBusy("Opening " + doc.Title + "…")
			u.background(func() {
				defer u.do(u.reader.idle)
				u.openData(addr, doc.Text)
			})
		})
	})
}

// openWebPages opens the web addresses among paths (named on the command
// line) and returns the other paths.
func (u *UI) openWebPages(paths []string) []string {
	var files []string
	for _, p := range paths {
		if source.IsWebAddress(p) {
			u.openWebPage(p)
			continue
		}
		files = append(files, p)
	}
	return files
}

// sourceHints say what to do after each way a web page or saved page
// fails to give an article.
var sourceHints = []struct {
	err  error
	hint string
}{
	{source.ErrNoNetwork, "Check the address and the internet connection, then try again."},
	{source.ErrTimeout, "Try again later, or save the page from your browser and open the saved file."},
	{source.ErrNotFound, "Check the address."},
	{source.ErrNotWebPage, "Open an article's web page, or save the file and open it."},
	{source.ErrNotArticle, "Select the article's text in your browser, copy it and paste it here with Ctrl+Shift+V."},
	{source.ErrPageTooLarge, "Save the part you need as a text file and open that."},
	{source.ErrTooLarge, "Save the part you need as a text file and open that."},
	{source.ErrScheme, "Type an address that starts with https://."},
	{source.ErrTooManyHops, "Open the page in your browser and copy the address it ends at."},
}

// sourceMessage is the message for an error from reading a web page,
// saved page or book, and false for any other error.
func sourceMessage(action string, err error) (string, bool) {
	var status source.StatusError
	if errors.As(err, &status) {
		return fmt.Sprintf("%s: %v. Try again later.", action, status), true
	}
	for _, h := range sourceHints {
		if errors.Is(err, h.err) {
			return fmt.Sprintf("%s: %v. %s", action, h.err, h.hint), true
		}
	}
	return "", false
}

// webShortcuts are the keys of this file's commands.
func (u *UI) webShortcuts(add func(k fyne.KeyName, mod fyne.KeyModifier, fn func())) {
	ctrl := fyne.KeyModifierShortcutDefault
	add(fyne.KeyO, ctrl|fyne.KeyModifierShift, u.showOpenWebPage)
	add(fyne.KeyV, ctrl|fyne.KeyModifierShift, u.pasteArticle)
}

// addArticleButtons are the ways to add an article other than a file:
// paste one, or open a web page, and in the Library (across, not
// vertical) fetch the open web article again. close runs first (a
// dialog that holds the buttons closes); it may be nil.
func (u *UI) addArticleButtons(close func(), vertical bool) *fyne.Container {
	then := func(fn func()) func() {
		return func() {
			if close != nil {
				close()
			}
			fn()
		}
	}
	paste := widget.NewButtonWithIcon("Paste…  Ctrl+Shift+V", theme.ContentPasteIcon(), then(u.pasteArticle))
	web := widget.NewButtonWithIcon("Web page…  Ctrl+Shift+O", theme.DownloadIcon(), then(u.showOpenWebPage))
	if vertical {
		// the reader's chapter column is narrow at the largest text
		// (without icons: the words and keys say it)
		paste = widget.NewButton("Paste…  Ctrl+Shift+V", then(u.pasteArticle))
		web = widget.NewButton("Web page…  Ctrl+Shift+O", then(u.showOpenWebPage))
		return container.NewVBox(paste, web)
	}
	row := newFlow(paste, web) // wraps when the text is large
	// the Library offers to fetch the open article's page again, as it is
	// now (a changed page is kept as a new article; the old one keeps its
	// progress)
	if doc := u.doc; doc != nil && source.IsWebAddress(doc.item.Source) {
		addr := doc.item.Source
		title := []rune(doc.item.Title)
		if len(title) > 30 {
			title = append(title[:30], '…')
		}
		row.Add(widget.NewButtonWithIcon("Fetch “"+string(title)+"” again", theme.ViewRefreshIcon(), then(func() { u.openWebPage(addr) })))
	}
	return row
}

// convertFile turns an article file's bytes into article text: a saved
// web page, an EPUB book or a PDF is converted, a book and a PDF showing
// how far they have come on the reader's bar. It runs on the worker.
func (u *UI) convertFile(name string, data []byte) ([]byte, error) {
	last := -1
	progress := func(unit string) func(done, total int) {
		return func(done, total int) {
			pct := done * 100 / max(total, 1)
			if pct == last {
				return
			}
			last = pct
			msg := fmt.Sprintf("Reading %s %d of %d of %s…", unit, done, total, name)
			u.do(func() { u.reader.showConverting(msg, float64(done)/float64(max(total, 1))) })
		}
	}
	var doc *source.Document
	var err error
	switch source.KindOf(name) {
	case source.EPUB:
		doc, err = source.FromEPUB(data, progress("part"))
	case source.PDF:
		doc, err = source.FromPDF(context.Background(), data, progress("page"))
	default:
		return source.Convert(name, data)
	}
	if err != nil {
		return nil, err
	}
	return doc.Text, nil
}

// showConverting shows how far converting a book has come.
func (r *readerTab) showConverting(msg string, fraction float64) {
	r.progress.SetText(msg)
	r.busyBar.Stop()
	r.busyBar.Hide()
	r.bar.Max = 1
	r.bar.SetValue(fraction)
	r.bar.Show()
}
