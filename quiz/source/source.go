// Package source turns the forms an article comes in — a web page, a saved
// HTML file, an EPUB book — into the Markdown-like text quiz.ParseArticle
// reads: the title as a "#" heading, the page's headings as chapters,
// paragraphs, list items, tables as tab-separated rows and the references
// as a References section; a book's chapters come from its table of
// contents, a PDF's from its bookmarks or font sizes. Nothing in a page runs or loads: scripts,
// styles, images, frames and fonts are dropped and links keep only their
// words.
package source

import (
	"context"
	"errors"
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

// Document is an article converted to text, with what is known of where
// it came from.
type Document struct {
	Text      []byte    // what quiz.ParseArticle reads
	Title     string    // the page's or book's title
	Byline    string    // its author, as the page gives it
	Site      string    // the site or publisher's name
	Published time.Time // zero when the page does not say
	URL       string    // the address it was fetched from, if it was
}

// Errors for input that is not an article; each says what happened in
// words a user can read.
var (
	ErrNotArticle = errors.New("no article text was found in it")
	ErrTooLarge   = fmt.Errorf("it is larger than %d MB", quiz.MaxArticleBytes>>20)
)

// Kind is the form an article file is in, found from its name.
type Kind int

// The forms an article file comes in.
const (
	Text Kind = iota // plain text or Markdown, read as it is
	HTML
	EPUB
	PDF
)

// KindOf tells the form of an article file from its name's extension.
func KindOf(name string) Kind {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".epub":
		return EPUB
	case ".pdf":
		return PDF
	}
	return Text
}

// MaxBookBytes is the largest EPUB or PDF file read: books carry
// pictures, which are never unpacked.
const MaxBookBytes = 100 << 20

// ReadLimit is the largest file of this name that is read.
func ReadLimit(name string) int64 {
	if k := KindOf(name); k == EPUB || k == PDF {
		return MaxBookBytes
	}
	return quiz.MaxArticleBytes
}

// Extensions are the file name extensions of the articles Chapterwise
// opens, text first.
var Extensions = []string{".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml", ".epub", ".pdf"}

// Convert turns an article file's bytes into article text by its name:
// HTML and EPUB are converted, text is returned as it is.
func Convert(name string, data []byte) ([]byte, error) {
	var doc *Document
	var err error
	switch KindOf(name) {
	case HTML:
		doc, err = FromHTML(data, "", nil)
	case EPUB:
		doc, err = FromEPUB(data, nil)
	case PDF:
		doc, err = FromPDF(context.Background(), data, nil)
	default:
		return data, nil
	}
	if err != nil {
		return nil, err
	}
	return doc.Text, nil
}
