package source

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/responses"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Limits on a PDF: pages read and time spent.
const (
	maxPDFPages = 3000
	maxPDFTime  = 3 * time.Minute
)

// Errors for a PDF that gives no article.
var (
	ErrNotPDF      = errors.New("it is not a PDF Chapterwise can read (damaged, or protected by a password)")
	ErrNoTextLayer = errors.New("the PDF has no text, only pictures of pages (a scan); Chapterwise cannot read it. Open a copy with a text layer (made with OCR), or paste the text")
	ErrPDFTooLong  = fmt.Errorf("the PDF has more than %d pages", maxPDFPages)
	ErrPDFTooSlow  = fmt.Errorf("reading the PDF took longer than %v", maxPDFTime)
)

// PDFium runs as WebAssembly in wazero: no system library, and the PDF
// is read in a sandbox that sees no files. It starts on the first PDF.
var (
	pdfOnce sync.Once
	pdfPool pdfium.Pool
	pdfErr  error
	// pdfInterpreter starts PDFium in wazero's interpreter, which starts
	// in about a second where the compiler takes several (a minute and
	// more under the race detector) but runs slower; tests use it.
	pdfInterpreter bool
)

func pdfInstance() (pdfium.Pdfium, error) {
	pdfOnce.Do(func() {
		rc := wazero.NewRuntimeConfig()
		if pdfInterpreter {
			rc = wazero.NewRuntimeConfigInterpreter()
		} else if dir, err := os.UserCacheDir(); err == nil {
			// the compiled module is kept, so later starts are quick
			if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "chapterwise", "pdfium")); err == nil {
				rc = rc.WithCompilationCache(cache)
			}
		}
		rc = rc.WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
		pdfPool, pdfErr = webassembly.Init(webassembly.Config{
			MinIdle: 0, MaxIdle: 1, MaxTotal: 1,
			FSConfig:      wazero.NewFSConfig(), // no files at all
			RuntimeConfig: rc,
		})
	})
	if pdfErr != nil {
		return nil, fmt.Errorf("start the PDF reader: %w", pdfErr)
	}
	return pdfPool.GetInstance(maxPDFTime)
}

// pdfLine is one line of text on a page.
type pdfLine struct {
	text        string
	size        float64 // font size, points
	top, bottom float64
	left        float64
	page        int
	bold        bool
}

// FromPDF reads a PDF's text in reading order: headings are found from
// its bookmarks where it has them, otherwise from font size; page
// headers, footers and page numbers are dropped. progress, if not nil,
// is told after each page. Cancelling ctx stops it between pages.
func FromPDF(ctx context.Context, data []byte, progress func(done, total int)) (*Document, error) {
	if len(data) > MaxBookBytes {
		return nil, ErrTooLarge
	}
	ctx, cancel := context.WithTimeout(ctx, maxPDFTime)
	defer cancel()
	inst, err := pdfInstance()
	if err != nil {
		return nil, err
	}
	defer inst.Close()
	opened, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotPDF, err)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: opened.Document})
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: opened.Document})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotPDF, err)
	}
	if count.PageCount > maxPDFPages {
		return nil, ErrPDFTooLong
	}
	var lines []pdfLine
	for i := 0; i < count.PageCount; i++ {
		if err := ctx.Err(); err != nil {
			if errors.Is(err, context.DeadlineExceeded) {
				return nil, ErrPDFTooSlow
			}
			return nil, err
		}
		page, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{
			Page:                   requests.Page{ByIndex: &requests.PageByIndex{Document: opened.Document, Index: i}},
			Mode:                   requests.GetPageTextStructuredModeRects,
			CollectFontInformation: true,
		})
		if err != nil {
			return nil, fmt.Errorf("%w: page %d: %w", ErrNotPDF, i+1, err)
		}
		lines = append(lines, pageLines(page.Rects, i)...)
		if progress != nil {
			progress(i+1, count.PageCount)
		}
	}
	chars := 0
	for _, l := range lines {
		chars += utf8.RuneCountInString(strings.TrimSpace(l.text))
	}
	if chars < 20 {
		return nil, ErrNoTextLayer
	}
	doc := &Document{Title: metaText(inst, opened.Document, "Title"), Byline: metaText(inst, opened.Document, "Author")}
	var marks []bookmark
	if bm, err := inst.GetBookmarks(&requests.GetBookmarks{Document: opened.Document}); err == nil {
		marks = flattenBookmarks(bm.Bookmarks, 1, nil)
	}
	w := newWriter()
	w.title = doc.Title
	writePDF(w, dropRunningLines(lines, count.PageCount), marks)
	if doc.Title == "" {
		doc.Title = w.firstHeading
	}
	if err := doc.finish(w); err != nil {
		return nil, err
	}
	return doc, nil
}

func metaText(inst pdfium.Pdfium, d references.FPDF_DOCUMENT, tag string) string {
	r, err := inst.FPDF_GetMetaText(&requests.FPDF_GetMetaText{Document: d, Tag: tag})
	if err != nil {
		return ""
	}
	return oneLine(r.Value)
}

type bookmark struct {
	title string
	depth int
	page  int // -1 when it points nowhere
}

func flattenBookmarks(bs []responses.GetBookmarksBookmark, depth int, out []bookmark) []bookmark {
	for _, b := range bs {
		page := -1
		if b.DestInfo != nil {
			page = b.DestInfo.PageIndex
		}
		if t := oneLine(b.Title); t != "" && depth <= 4 {
			out = append(out, bookmark{title: t, depth: depth, page: page})
		}
		out = flattenBookmarks(b.Children, depth+1, out)
	}
	return out
}

// pageLines joins a page's runs of text that sit on one line.
func pageLines(rects []*responses.GetPageTextStructuredRect, page int) []pdfLine {
	var lines []pdfLine
	for _, r := range rects {
		t := strings.ReplaceAll(r.Text, "\u0000", "")
		if strings.TrimSpace(t) == "" {
			continue
		}
		size, bold := 0.0, false
		if f := r.FontInformation; f != nil {
			size = f.Size
			bold = f.Weight >= 600 || strings.Contains(strings.ToLower(f.Name), "bold")
		}
		p := r.PointPosition
		// PDF's y goes up the page; lines here are measured down it
		top, bottom := -max(p.Top, p.Bottom), -min(p.Top, p.Bottom)
		if n := len(lines); n > 0 {
			last := &lines[n-1]
			mid := (top + bottom) / 2
			if mid > last.top && mid < last.bottom { // the same line
				sep := " "
				if strings.HasSuffix(last.text, " ") || strings.HasPrefix(t, " ") {
					sep = ""
				}
				last.text += sep + t
				last.size = max(last.size, size)
				last.bold = last.bold && bold
				last.top, last.bottom = min(last.top, top), max(last.bottom, bottom)
				continue
			}
		}
		lines = append(lines, pdfLine{text: t, size: size, top: top, bottom: bottom, left: p.Left, page: page, bold: bold})
	}
	for i := range lines {
		lines[i].text = oneLine(lines[i].text)
	}
	return lines
}

var pageNumber = regexp.MustCompile(`^(?i:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$`)

// dropRunningLines drops page numbers, and the headers and footers that
// repeat on many pages: lines at the top or bottom of a page found on a
// third of the pages or more — numbers aside for lines no larger than
// the body, word for word for larger ones (chapter headings differ in
// their numbers only).
func dropRunningLines(lines []pdfLine, pages int) []pdfLine {
	body := bodySize(lines)
	key := func(l pdfLine) string {
		if l.size > body+0.5 {
			return "\x00" + strings.ToLower(l.text)
		}
		return strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return -1
			}
			return unicode.ToLower(r)
		}, l.text)
	}
	edge := make([]bool, len(lines)) // among the first or last two lines of its page
	for i := range lines {
		for _, d := range []int{-2, -1, 1, 2} {
			j := i + d
			if j < 0 || j >= len(lines) || lines[j].page != lines[i].page {
				edge[i] = true
			}
		}
	}
	seen := map[string]map[int]bool{}
	for i, l := range lines {
		if !edge[i] {
			continue
		}
		k := key(l)
		if seen[k] == nil {
			seen[k] = map[int]bool{}
		}
		seen[k][l.page] = true
	}
	var out []pdfLine
	for i, l := range lines {
		if pageNumber.MatchString(l.text) {
			continue
		}
		if edge[i] && pages >= 4 && len(seen[key(l)])*3 >= pages && utf8.RuneCountInString(l.text) < 120 {
			continue
		}
		out = append(out, l)
	}
	return out
}

// writePDF writes the lines as headings, paragraphs and list items.
func writePDF(w *writer, lines []pdfLine, marks []bookmark) {
	body := bodySize(lines)
	headingAt := headingsBySize(lines, body)
	if len(marks) > 0 {
		headingAt = headingsByBookmarks(lines, marks)
	}
	gap := typicalGap(lines)
	for i, l := range lines {
		if lvl, ok := headingAt[i]; ok {
			if i > 0 {
				if plvl, ok := headingAt[i-1]; ok && plvl == lvl && lines[i-1].page == l.page && l.top-lines[i-1].bottom < gap*2 {
					continue // the heading's second line, joined below
				}
			}
			text := l.text
			for j := i + 1; j < len(lines); j++ {
				if nl, ok := headingAt[j]; !ok || nl != lvl || lines[j].page != l.page || lines[j].top-lines[j-1].bottom >= gap*2 {
					break
				}
				text += " " + lines[j].text
			}
			w.heading(lvl, text)
			continue
		}
		bullet := strings.HasPrefix(l.text, "•") || strings.HasPrefix(l.text, "◦") || strings.HasPrefix(l.text, "▪")
		if i > 0 && !newParagraph(lines[i-1], l, gap) && !bullet {
			prev := w.inline.String()
			switch {
			case strings.HasSuffix(prev, "-") && startsLower(l.text):
				w.inline.Reset()
				w.inline.WriteString(strings.TrimSuffix(prev, "-")) // a word broken at the line's end
			default:
				w.inline.WriteByte(' ')
			}
			w.inline.WriteString(l.text)
			continue
		}
		w.flush()
		if bullet {
			w.prefix = "- "
			w.inline.WriteString(strings.TrimSpace(strings.TrimLeft(l.text, "•◦▪")))
			continue
		}
		w.inline.WriteString(l.text)
	}
	w.flush()
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// newParagraph reports whether line l starts a paragraph after prev: a
// wider gap than between lines, or a change of font size.
func newParagraph(prev, l pdfLine, gap float64) bool {
	if l.page != prev.page {
		return endsSentence(prev.text) && !startsLower(l.text) && l.left > prev.left+2
	}
	if d := l.size - prev.size; d > 0.5 || d < -0.5 {
		return true
	}
	return l.top-prev.bottom > gap*1.6+0.5 || l.top < prev.top // a new column goes up
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "”’\"')]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":")
}

// bodySize is the font size most of the text is set in.
func bodySize(lines []pdfLine) float64 {
	count := map[float64]int{}
	for _, l := range lines {
		count[round(l.size)] += len(l.text)
	}
	best, n := 0.0, 0
	for s, c := range count {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

func round(f float64) float64 { return float64(int(f*2+0.5)) / 2 }

// headingsBySize finds headings as short lines set larger than the body
// (or bold at the body's size, standing alone); the largest size is a
// chapter, the next ones its sections.
func headingsBySize(lines []pdfLine, body float64) map[int]int {
	isHeading := func(l pdfLine) bool {
		n := utf8.RuneCountInString(l.text)
		return body > 0 && l.size >= body*1.15 && n <= 150 && n >= 2 && !strings.HasSuffix(l.text, ",")
	}
	sizes := map[float64]bool{}
	for _, l := range lines {
		if isHeading(l) {
			sizes[round(l.size)] = true
		}
	}
	var order []float64
	for s := range sizes {
		order = append(order, s)
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(order)))
	level := map[float64]int{}
	for i, s := range order {
		level[s] = min(i+1, 3)
	}
	out := map[int]int{}
	for i, l := range lines {
		if isHeading(l) {
			out[i] = level[round(l.size)]
		}
	}
	return out
}

// headingsByBookmarks marks the line each bookmark names, on its page or
// after it.
func headingsByBookmarks(lines []pdfLine, marks []bookmark) map[int]int {
	out := map[int]int{}
	from := 0
	for _, m := range marks {
		for i := from; i < len(lines); i++ {
			if m.page >= 0 && lines[i].page < m.page {
				continue
			}
			if sameTitle(lines[i].text, m.title) && utf8.RuneCountInString(lines[i].text) <= 2*utf8.RuneCountInString(m.title)+10 {
				out[i] = m.depth
				from = i + 1
				break
			}
			if m.page >= 0 && lines[i].page > m.page+1 {
				break // not on its page: left out
			}
		}
	}
	return out
}

// typicalGap is the usual space between two lines of a paragraph.
func typicalGap(lines []pdfLine) float64 {
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if lines[i].page == lines[i-1].page {
			if g := lines[i].top - lines[i-1].bottom; g >= 0 {
				gaps = append(gaps, g)
			}
		}
	}
	if len(gaps) == 0 {
		return 2
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/4] // the lower quartile: lines within paragraphs outnumber breaks
}
