package source

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/chapterwise/chapterwise/quiz"
)

// maxPageBytes is the largest page read: pages carry far more markup
// than text, so it is the article cap itself.
const maxPageBytes = quiz.MaxArticleBytes

// FromHTML finds the main content of a web page (a readability pass drops
// menus, share bars, comments and ads) and converts it to article text.
// contentType is the page's Content-Type header, which may name its
// character set, or ""; pageURL is where it came from, or nil.
func FromHTML(data []byte, contentType string, pageURL *url.URL) (*Document, error) {
	if len(data) > maxPageBytes {
		return nil, ErrTooLarge
	}
	root, err := parseHTML(data, contentType)
	if err != nil {
		return nil, err
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(root, pageURL)
	if err != nil || art.Node == nil {
		return nil, ErrNotArticle
	}
	doc := &Document{
		Title:  oneLine(art.Title()),
		Byline: strings.TrimSpace(strings.TrimPrefix(oneLine(art.Byline()), "By ")),
		Site:   oneLine(art.SiteName()),
	}
	if pageURL != nil {
		doc.URL = pageURL.String()
	}
	if t, err := art.PublishedTime(); err == nil {
		doc.Published = t.UTC()
	}
	w := newWriter()
	w.title = doc.Title
	w.walk(art.Node)
	if err := doc.finish(w); err != nil {
		return nil, err
	}
	return doc, nil
}

// parseHTML decodes data by its declared or detected character set and
// parses it.
func parseHTML(data []byte, contentType string) (*html.Node, error) {
	var r io.Reader = bytes.NewReader(data)
	// a page that declares nothing is read as UTF-8 when it is valid
	// UTF-8 throughout, not only in the first kilobyte the sniffer reads
	if enc, _, certain := charset.DetermineEncoding(data, contentType); certain || !utf8.Valid(data) {
		r = transform.NewReader(r, enc.NewDecoder())
	}
	root, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("read the page: %w", err)
	}
	return root, nil
}

// finish writes the title and metadata lines before the converted body
// and checks that there is an article in it.
func (d *Document) finish(w *writer) error {
	w.flush()
	if w.notes.Len() > 0 {
		w.heading(2, "References")
		w.out.WriteString(w.notes.String())
	}
	body := w.out.String()
	if w.words < 20 {
		return ErrNotArticle
	}
	if d.Title == "" {
		d.Title = w.firstHeading
	}
	var b strings.Builder
	if d.Title != "" {
		b.WriteString("# " + d.Title + "\n\n")
	}
	if d.Byline != "" && utf8.RuneCountInString(d.Byline) <= 100 {
		line := "By " + d.Byline
		if d.Site != "" && !strings.Contains(d.Byline, d.Site) && utf8.RuneCountInString(d.Site) <= 40 {
			line += " · " + d.Site // where it was published
		}
		b.WriteString(line + "\n\n")
	}
	if !d.Published.IsZero() {
		b.WriteString("Published " + d.Published.Format("January 2, 2006") + "\n\n")
	}
	b.WriteString(body)
	if b.Len() > quiz.MaxArticleBytes {
		return ErrTooLarge
	}
	d.Text = []byte(b.String())
	return nil
}

// writer turns a cleaned-up DOM into article text, block by block.
type writer struct {
	out          strings.Builder
	inline       strings.Builder // the running text of the current block
	prefix       string          // what the current block starts with: "", "- ", "> "
	title        string          // the page title, dropped when the body repeats it
	firstHeading string
	inRefs       bool            // a references or footnotes section has been opened
	notes        strings.Builder // footnotes, written at the end
	shift        int             // added to heading levels (a book's chapter under its contents entry)
	dropTitle    bool            // drop a first heading that repeats title (a book's chapter)
	words        int
}

func newWriter() *writer { return &writer{} }

// skipped are elements whose content is never text of the article: they
// run, load or lay out something, or are page furniture.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Frame: true, atom.Frameset: true, atom.Object: true, atom.Embed: true,
	atom.Img: true, atom.Picture: true, atom.Svg: true, atom.Math: true, atom.Video: true, atom.Audio: true,
	atom.Canvas: true, atom.Source: true, atom.Track: true, atom.Map: true,
	atom.Nav: true, atom.Form: true, atom.Button: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Label: true, atom.Link: true, atom.Meta: true, atom.Head: true,
	atom.Figcaption: true, atom.Dialog: true, atom.Menu: true,
}

// blocks are elements that end the running text before and after them.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figure: true, atom.Footer: true, atom.Header: true, atom.Hgroup: true,
	atom.Hr: true, atom.Html: true, atom.Li: true, atom.Main: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true,
	atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
	atom.Caption: true,
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// walk writes n and what is inside it.
func (w *writer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		// a line break in the page's source is a space; only <br> breaks
		w.inline.WriteString(strings.NewReplacer("\r", " ", "\n", " ").Replace(n.Data))
		return
	case html.DocumentNode:
		w.children(n)
		return
	case html.ElementNode:
	default:
		return
	}
	if skipped[n.DataAtom] || hidden(n) || isContents(n) {
		return
	}
	if lvl := headingLevel(n.DataAtom); lvl > 0 {
		w.heading(lvl, textOf(n))
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.inline.WriteByte('\n')
		return
	case atom.Li, atom.Dt, atom.Dd:
		w.flush()
		w.prefix = "- "
		w.children(n)
		w.flush()
		return
	case atom.Blockquote:
		w.flush()
		w.quote(n)
		return
	case atom.Table:
		w.flush()
		w.table(n)
		return
	case atom.Pre:
		w.flush()
		for _, l := range strings.Split(textWithBreaks(n), "\n") {
			w.inline.WriteString(l)
			w.flush()
		}
		return
	}
	if isFootnotes(n) && !w.inRefs {
		// notes go after the text, wherever the page has them
		sub := newWriter()
		sub.inRefs = true
		sub.children(n)
		sub.flush()
		w.notes.WriteString(sub.out.String())
		return
	}
	if !blocks[n.DataAtom] {
		w.children(n)
		return
	}
	w.flush()
	w.children(n)
	w.flush()
}

func (w *writer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// flush ends the running block: each line of it (lines come from <br>)
// is a paragraph, or an item when the block is one.
func (w *writer) flush() {
	raw := w.inline.String()
	w.inline.Reset()
	prefix := w.prefix
	w.prefix = ""
	for _, l := range strings.Split(raw, "\n") {
		t := oneLine(l)
		if t == "" {
			continue
		}
		w.words += len(strings.Fields(t))
		w.out.WriteString(prefix + escapeLine(t) + "\n\n")
		w.dropTitle = false
	}
}

// heading writes a chapter heading: quiz.ParseArticle makes the body's
// highest heading level a chapter and lower ones its sections.
func (w *writer) heading(lvl int, text string) {
	w.flush()
	text = strings.TrimSpace(strings.TrimSuffix(oneLine(text), "[edit]"))
	if text == "" || isContentsTitle(text) {
		return
	}
	if w.firstHeading == "" {
		w.firstHeading = text
		if strings.EqualFold(text, w.title) && w.out.Len() == 0 {
			return // the title again, at the top of the body
		}
	}
	if w.dropTitle && sameTitle(text, w.title) {
		w.dropTitle = false
		w.shift-- // what comes under it comes under the entry
		return
	}
	lvl += w.shift
	w.inRefs = w.inRefs || isReferencesTitle(text)
	// '#' is the title: the body's headings start at '##'
	hashes := strings.Repeat("#", min(6, lvl+1))
	w.out.WriteString(hashes + " " + text + "\n\n")
}

// quote writes a quotation's paragraphs, each marked "> ".
func (w *writer) quote(n *html.Node) {
	sub := newWriter()
	sub.children(n)
	sub.flush()
	for _, l := range strings.Split(sub.out.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			w.words += len(strings.Fields(l))
			w.out.WriteString("> " + strings.TrimPrefix(l, "- ") + "\n\n")
		}
	}
}

// table writes a table of data as tab-separated rows. A table that lays
// out a page (one column, or cells holding paragraphs) is read as the
// blocks inside it.
func (w *writer) table(n *html.Node) {
	rows := tableRows(n)
	wide, filled := 0, 0
	layout := false
	for _, r := range rows {
		cells := 0
		for _, c := range r {
			if hasBlocks(c) {
				layout = true
			}
			if oneLine(textOf(c)) != "" {
				cells++
			}
		}
		if cells > 0 {
			filled++
		}
		if cells >= 2 {
			wide++
		}
	}
	// a table of data has rows of two cells or more, of short text
	layout = layout || wide == 0 || wide*2 < filled
	if layout {
		w.children(n)
		w.flush()
		return
	}
	if c := find(n, atom.Caption); c != nil {
		w.inline.WriteString(textOf(c))
		w.flush()
	}
	for _, r := range rows {
		cells := make([]string, 0, len(r))
		empty := true
		for _, c := range r {
			t := strings.ReplaceAll(oneLine(textOf(c)), "\t", " ")
			if t != "" {
				empty = false
			}
			if t == "" {
				t = "–"
			}
			cells = append(cells, t)
		}
		if empty || len(cells) < 2 {
			continue // a row of one cell spans the table: a picture or a title
		}
		w.words += len(cells)
		w.out.WriteString(strings.Join(cells, "\t") + "\n")
	}
	w.out.WriteString("\n")
}

// tableRows are the cells of a table's own rows, not of tables inside it.
func tableRows(t *html.Node) [][]*html.Node {
	var rows [][]*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				visit(c)
			case atom.Tr:
				var cells []*html.Node
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type == html.ElementNode && (d.DataAtom == atom.Td || d.DataAtom == atom.Th) {
						cells = append(cells, d)
					}
				}
				rows = append(rows, cells)
			}
		}
	}
	visit(t)
	return rows
}

// hasBlocks reports whether a cell holds paragraphs, lists or tables,
// which a row of data does not.
func hasBlocks(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.Table, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.Pre:
			return true
		}
		if hasBlocks(c) {
			return true
		}
	}
	return false
}

func find(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

// textOf is the text inside n, without what walk skips.
func textOf(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] || hidden(n) {
				return
			}
			if n.DataAtom == atom.Li && strings.TrimSpace(b.String()) != "" {
				b.WriteString("; ") // the items of a list in a table cell
			} else if blocks[n.DataAtom] || n.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

// textWithBreaks is the text of a <pre>, its lines kept.
func textWithBreaks(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

// hidden reports an element the page does not show.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// isContents reports a page's table of contents: marked as one, or a
// list whose every item is a link within the page.
func isContents(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "id" && strings.EqualFold(a.Val, "toc")) || (a.Key == "role" && a.Val == "doc-toc") {
			return true
		}
	}
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	items, inPage := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			continue
		}
		items++
		if a := firstElement(c); a != nil && a.DataAtom == atom.A && strings.HasPrefix(attr(a, "href"), "#") {
			inPage++
		}
	}
	return items >= 3 && inPage == items
}

func isContentsTitle(s string) bool {
	switch strings.ToLower(s) {
	case "contents", "table of contents", "on this page", "in this article":
		return true
	}
	return false
}

func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// isFootnotes reports a footnotes section that comes without a heading.
func isFootnotes(n *html.Node) bool {
	for _, a := range n.Attr {
		v := strings.ToLower(a.Val)
		switch a.Key {
		case "role":
			if v == "doc-endnotes" || v == "doc-footnotes" || v == "doc-bibliography" {
				return true
			}
		case "epub:type":
			if v == "footnotes" || v == "endnotes" || v == "rearnotes" || v == "bibliography" {
				return true
			}
		case "id", "class":
			if v == "footnotes" || v == "endnotes" {
				return true
			}
		}
	}
	return false
}

func isReferencesTitle(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "references", "notes", "footnotes", "endnotes", "sources", "bibliography", "works cited", "citations", "notes and references":
		return true
	}
	return false
}

// sameTitle reports whether two headings name the same thing, one
// one maybe longer ("Loomings" and "Chapter 1. Loomings").
func sameTitle(a, b string) bool {
	key := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	ka, kb := key(a), key(b)
	return ka != "" && kb != "" && (strings.Contains(ka, kb) || strings.Contains(kb, ka))
}

// oneLine collapses runs of white space, line breaks included.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// escapeLine keeps a paragraph that starts like Markdown markup ("# ",
// "> ", "- ", "* ") from being read as a heading, quotation or item.
func escapeLine(s string) string {
	for _, p := range []string{"#", "> ", "- ", "* ", "+ "} {
		if strings.HasPrefix(s, p) {
			return "\u2060" + s // a word joiner: invisible, and not markup
		}
	}
	return s
}
