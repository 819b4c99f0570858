package source

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Limits on an EPUB, which is a zip archive: a small file may unpack to
// far more (a zip bomb). Only the entries the book needs are read, and
// never more than these. (Variables, so that tests can lower them.)
var (
	maxEPUBEntries    = 10000
	maxEPUBEntryBytes = 16 << 20
	maxEPUBTotalBytes = 128 << 20
)

// Errors for a file that is not a readable EPUB.
var (
	ErrNotEPUB     = errors.New("it is not an EPUB book (no readable table of contents or spine)")
	ErrEPUBTooBig  = errors.New("the book unpacks to more than Chapterwise reads (a damaged or hostile file?)")
	ErrEPUBLocked  = errors.New("the book is protected by DRM and cannot be read")
	errEntryAbsent = errors.New("entry not in the book")
)

// epub reads entries of one book within the limits.
type epub struct {
	files map[string]*zip.File
	read  int64 // bytes unpacked so far
}

func (e *epub) open(name string) ([]byte, error) {
	f := e.files[name]
	if f == nil {
		return nil, fmt.Errorf("%s: %w", name, errEntryAbsent)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	// the sizes in the zip's directory may lie: count what comes out
	b, err := io.ReadAll(io.LimitReader(rc, int64(maxEPUBEntryBytes)+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	e.read += int64(len(b))
	if len(b) > maxEPUBEntryBytes || e.read > int64(maxEPUBTotalBytes) {
		return nil, ErrEPUBTooBig
	}
	return b, nil
}

// decodeXML reads an XML entry. encoding/xml never loads external
// entities or DTDs; other character sets than UTF-8 are decoded.
func decodeXML(data []byte, v any) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charset.NewReaderLabel
	d.Strict = false
	d.Entity = xml.HTMLEntity
	return d.Decode(v)
}

type opfPackage struct {
	Metadata struct {
		Titles   []string `xml:"title"`
		Creators []string `xml:"creator"`
		Dates    []string `xml:"date"`
	} `xml:"metadata"`
	Manifest []struct {
		ID         string `xml:"id,attr"`
		Href       string `xml:"href,attr"`
		MediaType  string `xml:"media-type,attr"`
		Properties string `xml:"properties,attr"`
	} `xml:"manifest>item"`
	Spine struct {
		Toc   string `xml:"toc,attr"`
		Items []struct {
			IDRef  string `xml:"idref,attr"`
			Linear string `xml:"linear,attr"`
		} `xml:"itemref"`
	} `xml:"spine"`
}

// tocEntry is one entry of the book's table of contents.
type tocEntry struct {
	title string
	file  string // the entry's document in the zip, without #fragment
	depth int
}

// FromEPUB reads an EPUB book: its chapters are the entries of its table
// of contents (the EPUB 3 nav document, or the EPUB 2 NCX), in spine
// order, each chapter's XHTML read as a web page is. progress, if not
// nil, is told after each document of the spine.
func FromEPUB(data []byte, progress func(done, total int)) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotEPUB, err)
	}
	if len(zr.File) > maxEPUBEntries {
		return nil, ErrEPUBTooBig
	}
	e := &epub{files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		e.files[f.Name] = f
	}
	if e.files["META-INF/encryption.xml"] != nil && e.files["META-INF/rights.xml"] != nil {
		return nil, ErrEPUBLocked
	}
	opfPath, err := rootFile(e)
	if err != nil {
		return nil, err
	}
	raw, err := e.open(opfPath)
	if err != nil {
		return nil, notEPUB(err)
	}
	var pkg opfPackage
	if err := decodeXML(raw, &pkg); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotEPUB, err)
	}
	base := path.Dir(opfPath)
	byID := map[string]string{}
	var navPath, ncxPath string
	for _, it := range pkg.Manifest {
		p := resolve(base, it.Href)
		byID[it.ID] = p
		if strings.Contains(" "+it.Properties+" ", " nav ") {
			navPath = p
		}
		if it.ID == pkg.Spine.Toc || it.MediaType == "application/x-dtbncx+xml" && ncxPath == "" {
			ncxPath = p
		}
	}
	var spine []string
	for _, ref := range pkg.Spine.Items {
		if p, ok := byID[ref.IDRef]; ok && ref.Linear != "no" {
			spine = append(spine, p)
		}
	}
	if len(spine) == 0 {
		return nil, ErrNotEPUB
	}
	toc, err := readTOC(e, navPath, ncxPath)
	if err != nil {
		return nil, err
	}
	doc := &Document{Title: first(pkg.Metadata.Titles), Byline: first(pkg.Metadata.Creators)}
	if t, err := time.Parse("2006-01-02", prefixOf(first(pkg.Metadata.Dates), 10)); err == nil {
		doc.Published = t
	}
	w, err := writeBook(e, spine, toc, progress)
	if err != nil {
		return nil, err
	}
	if doc.Title == "" {
		doc.Title = "Untitled book"
	}
	if err := doc.finish(w); err != nil {
		return nil, err
	}
	return doc, nil
}

// writeBook writes the spine's documents in order, each under the title
// its table of contents gives it. Documents before the first entry
// (cover, title page, copyright) are left out; a document the table does
// not name continues the chapter before it.
func writeBook(e *epub, spine []string, toc []tocEntry, progress func(done, total int)) (*writer, error) {
	titles := map[string][]tocEntry{}
	for _, t := range toc {
		titles[t.file] = append(titles[t.file], t)
	}
	w := newWriter()
	started := len(toc) == 0
	for i, p := range spine {
		entries := titles[p]
		if len(entries) > 0 {
			started = true
		}
		if started {
			raw, err := e.open(p)
			if err != nil && !errors.Is(err, errEntryAbsent) {
				return nil, err
			}
			if err == nil {
				w.chapter(raw, entries)
			}
		}
		if progress != nil {
			progress(i+1, len(spine))
		}
	}
	return w, nil
}

// chapter writes one XHTML document of a book: its table of contents
// titles as headings, then its body, whose headings come under them.
func (w *writer) chapter(raw []byte, entries []tocEntry) {
	root, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return
	}
	body := findDeep(root, atom.Body)
	if body == nil {
		return
	}
	depth := 0
	w.title = ""
	for _, t := range entries {
		w.heading(t.depth, t.title) // depth 1 is a chapter: "##"
		depth = t.depth
		w.title = t.title
	}
	// the body's top headings come under the entry
	w.shift = depth + 1 - topHeading(body)
	w.dropTitle = true
	w.children(body)
	w.flush()
	w.shift, w.dropTitle = 0, false
}

// topHeading is the highest level of heading in n, 1 when it has none.
func topHeading(n *html.Node) int {
	top := 7
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if l := headingLevel(n.DataAtom); n.Type == html.ElementNode && l > 0 {
			top = min(top, l)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	if top == 7 {
		return 1
	}
	return top
}

func findDeep(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findDeep(c, a); f != nil {
			return f
		}
	}
	return nil
}

// rootFile is the package document named by META-INF/container.xml.
func rootFile(e *epub) (string, error) {
	raw, err := e.open("META-INF/container.xml")
	if err != nil {
		return "", notEPUB(err)
	}
	var c struct {
		Rootfiles []struct {
			FullPath  string `xml:"full-path,attr"`
			MediaType string `xml:"media-type,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := decodeXML(raw, &c); err != nil {
		return "", fmt.Errorf("%w: %w", ErrNotEPUB, err)
	}
	for _, r := range c.Rootfiles {
		if r.FullPath != "" && (r.MediaType == "" || r.MediaType == "application/oebps-package+xml") {
			return path.Clean(r.FullPath), nil
		}
	}
	return "", ErrNotEPUB
}

func notEPUB(err error) error {
	if errors.Is(err, ErrEPUBTooBig) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrNotEPUB, err)
}

// readTOC reads the nav document, or else the NCX; a book with neither
// has an empty table and its documents' own headings are its chapters.
func readTOC(e *epub, navPath, ncxPath string) ([]tocEntry, error) {
	if navPath != "" {
		raw, err := e.open(navPath)
		if errors.Is(err, ErrEPUBTooBig) {
			return nil, err
		}
		if err == nil {
			if toc := navTOC(raw, path.Dir(navPath)); len(toc) > 0 {
				return toc, nil
			}
		}
	}
	if ncxPath != "" {
		raw, err := e.open(ncxPath)
		if errors.Is(err, ErrEPUBTooBig) {
			return nil, err
		}
		if err == nil {
			return ncxTOC(raw, path.Dir(ncxPath)), nil
		}
	}
	return nil, nil
}

// navTOC reads the toc <nav> of an EPUB 3 navigation document.
func navTOC(raw []byte, base string) []tocEntry {
	root, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	var nav *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if nav != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Nav && (attr(n, "epub:type") == "toc" || attr(n, "role") == "doc-toc") {
			nav = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	if nav == nil {
		nav = findDeep(root, atom.Nav)
	}
	if nav == nil {
		return nil
	}
	var toc []tocEntry
	var list func(ol *html.Node, depth int)
	list = func(ol *html.Node, depth int) {
		for li := ol.FirstChild; li != nil; li = li.NextSibling {
			if li.Type != html.ElementNode || li.DataAtom != atom.Li {
				continue
			}
			for c := li.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				switch c.DataAtom {
				case atom.A:
					if t := oneLine(textOf(c)); t != "" && attr(c, "href") != "" {
						toc = append(toc, tocEntry{title: t, file: resolve(base, attr(c, "href")), depth: depth})
					}
				case atom.Ol, atom.Ul:
					list(c, depth+1)
				}
			}
		}
	}
	if ol := findDeep(nav, atom.Ol); ol != nil {
		list(ol, 1)
	}
	return toc
}

type ncxPoint struct {
	Label   string `xml:"navLabel>text"`
	Content struct {
		Src string `xml:"src,attr"`
	} `xml:"content"`
	Points []ncxPoint `xml:"navPoint"`
}

// ncxTOC reads the navMap of an EPUB 2 NCX file.
func ncxTOC(raw []byte, base string) []tocEntry {
	var ncx struct {
		Points []ncxPoint `xml:"navMap>navPoint"`
	}
	if decodeXML(raw, &ncx) != nil {
		return nil
	}
	var toc []tocEntry
	var walk func(ps []ncxPoint, depth int)
	walk = func(ps []ncxPoint, depth int) {
		for _, p := range ps {
			if t := oneLine(p.Label); t != "" && p.Content.Src != "" {
				toc = append(toc, tocEntry{title: t, file: resolve(base, p.Content.Src), depth: depth})
			}
			if depth < 8 {
				walk(p.Points, depth+1)
			}
		}
	}
	walk(ncx.Points, 1)
	return toc
}

// resolve is an href's entry name in the zip, without its fragment. It is
// only ever looked up among the zip's names, never used as a file name.
func resolve(base, href string) string {
	href, _, _ = strings.Cut(href, "#")
	if u, err := url.PathUnescape(href); err == nil {
		href = u
	}
	return strings.TrimPrefix(path.Clean(path.Join(base, href)), "/")
}

func first(s []string) string {
	for _, x := range s {
		if x = oneLine(x); x != "" {
			return x
		}
	}
	return ""
}

func prefixOf(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
