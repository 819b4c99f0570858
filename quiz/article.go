// Package quiz is the study domain of Chapterwise in plain Go: articles and
// their chapters, the facts found in them, the flashcards and quiz questions
// built from those facts, grading of answers and review scheduling.
//
// Nothing in this package knows about windows or databases; the app and data
// packages adapt it to Fyne and SQLite.
package quiz

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// MaxArticleBytes is the largest article Chapterwise accepts.
const MaxArticleBytes = 20 << 20

// BlockKind says how a block of a chapter is set.
type BlockKind int

// The kinds of block a chapter holds.
const (
	Paragraph BlockKind = iota
	Quotation
	ListItem
	TableRow // a row of a table or an infobox line
	Caption  // a caption, hatnote or other short line that is not a sentence
)

// String names the kind for JSON and debugging.
func (k BlockKind) String() string {
	switch k {
	case Quotation:
		return "quotation"
	case ListItem:
		return "list item"
	case TableRow:
		return "table row"
	case Caption:
		return "caption"
	default:
		return "paragraph"
	}
}

// Block is one paragraph, quotation, list item, table row or caption of a
// chapter.
type Block struct {
	Kind BlockKind
	Text string
}

// Prose reports whether the block's sentences may carry facts, cards and
// questions: paragraphs and quotations do, a list item does when it is a
// whole clause, table rows and captions never do.
func (b Block) Prose() bool {
	switch b.Kind {
	case Paragraph, Quotation:
		return true
	case ListItem:
		return IsWholeSentence(b.Text) && !strings.HasSuffix(strings.TrimSpace(b.Text), ":") && fieldCount(b.Text) >= 6
	}
	return false
}

// Chapter is a titled section of an article. Level is its depth: 0 for a
// chapter, 1 for a section of the nearest chapter before it of level 0,
// and so on. A chapter whose section holds only sections has no blocks.
type Chapter struct {
	Title  string
	Level  int
	Blocks []Block
}

// Reference is one entry of the article's works-cited list.
type Reference struct {
	Text string
	URL  string // the first http(s) address in Text, if any
}

// Article is a parsed article: its title, byline, notes such as a
// disclaimer, its chapters in order and its references.
type Article struct {
	Title             string
	Byline            string
	Notes             []string
	Chapters          []Chapter
	ReferencesHeading string
	References        []Reference
}

// Errors returned for input that is not an article.
var (
	ErrEmpty       = errors.New("the file is empty")
	ErrBinary      = errors.New("the file is not text (it looks like a binary file)")
	ErrInvalidUTF8 = errors.New("the file is not valid UTF-8 text")
	ErrTooLarge    = fmt.Errorf("the file is larger than %d MB", MaxArticleBytes>>20)
	ErrNoContent   = errors.New("no readable paragraphs were found in the file")
)

// ReadArticle reads at most MaxArticleBytes from r and parses it.
func ReadArticle(r io.Reader) (*Article, []byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return nil, nil, fmt.Errorf("read article: %w", err)
	}
	a, err := ParseArticle(data)
	if err != nil {
		return nil, nil, err
	}
	return a, data, nil
}

// CheckText reports why data cannot be an article, or nil.
func CheckText(data []byte) error {
	switch {
	case len(data) > MaxArticleBytes:
		return ErrTooLarge
	case len(bytes.TrimSpace(data)) == 0:
		return ErrEmpty
	case bytes.IndexByte(data, 0) >= 0:
		return ErrBinary
	case !utf8.Valid(data):
		return ErrInvalidUTF8
	}
	ctrl := 0
	for _, r := range string(data) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		}
	}
	if ctrl*100 > len(data) {
		return ErrBinary
	}
	return nil
}

// ParseArticle parses plain text copied from a web page, or Markdown with
// '#' headings, into an Article. It drops page chrome and citation marks
// and keeps the paragraph text otherwise as written.
func ParseArticle(data []byte) (*Article, error) {
	data, err := DecodeText(data)
	if err == nil {
		err = CheckText(data)
	}
	if err != nil {
		return nil, err
	}
	// the input is read as a string without a copy (19 MB of a 19 MB
	// book's peak while it is parsed): the parse only reads it, and
	// detach leaves the article no string that points into it, so the
	// caller may reuse data afterwards (TestParseArticleKeepsNoInput)
	text := unsafe.String(unsafe.SliceData(data), len(data))
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	lines := strings.Split(text, "\n")
	var a *Article
	if isMarkdown(lines) {
		a = parseMarkdown(lines)
	} else {
		a = parsePlain(lines)
	}
	if len(a.Chapters) == 0 {
		return nil, ErrNoContent
	}
	if a.Title == "" {
		a.Title = "Untitled article"
	}
	detach(a, text)
	return a, nil
}

// detach copies the article's strings that are still slices of the
// decoded input into one block of their own, so that the input (as large
// as the article) is not kept alive by a chapter title or a paragraph that
// needed no cleaning next to the cleaned copies of the others: the article
// then holds its text once, not about twice.
func detach(a *Article, text string) {
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	var shared []*string
	size := 0
	visit := func(s *string) {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(*s))); len(*s) > 0 && p >= lo && p < hi {
			shared = append(shared, s)
			size += len(*s)
		}
	}
	visit(&a.Title)
	visit(&a.Byline)
	visit(&a.ReferencesHeading)
	for i := range a.Notes {
		visit(&a.Notes[i])
	}
	for ci := range a.Chapters {
		c := &a.Chapters[ci]
		visit(&c.Title)
		for bi := range c.Blocks {
			visit(&c.Blocks[bi].Text)
		}
	}
	for i := range a.References {
		visit(&a.References[i].Text)
		visit(&a.References[i].URL)
	}
	var sb strings.Builder
	sb.Grow(size)
	for _, s := range shared {
		sb.WriteString(*s)
	}
	all := sb.String()
	for _, s := range shared {
		n := len(*s)
		*s, all = all[:n], all[n:]
	}
}

// Paragraphs counts the blocks of all chapters.
func (a *Article) Paragraphs() int {
	n := 0
	for _, c := range a.Chapters {
		n += len(c.Blocks)
	}
	return n
}

// ChapterIndex returns the index of the chapter titled title, or -1.
func (a *Article) ChapterIndex(title string) int {
	for i, c := range a.Chapters {
		if c.Title == title {
			return i
		}
	}
	return -1
}

// builder collects chapters while the parser walks the lines.
type builder struct {
	a      *Article
	cur    *Chapter
	inRefs bool
}

// heading starts a chapter. The chapter before it stays even with no
// blocks when the new one is its section.
func (b *builder) heading(title string, level int) {
	if b.cur != nil && len(b.cur.Blocks) == 0 && level > b.cur.Level {
		b.a.Chapters = append(b.a.Chapters, *b.cur)
		b.cur = nil
	}
	b.flush()
	b.cur = &Chapter{Title: chapterTitle(title), Level: level}
}

// reHeadingNumber is the numbering of a heading: "III. ", "2 ", "2.1 ",
// "4) ". The app numbers chapters itself.
var reHeadingNumber = regexp.MustCompile(`^(?:(?:[IVXL]{1,6}|\d{1,2})[.):]|\d{1,2}(?:\.\d{1,2})+\.?)\s+(\p{Lu}|\d)`)

func chapterTitle(title string) string {
	if m := reHeadingNumber.FindStringSubmatchIndex(title); m != nil {
		return title[m[2]:]
	}
	return title
}

func (b *builder) add(kind BlockKind, text string) {
	if text == "" {
		return
	}
	if b.cur == nil {
		b.cur = &Chapter{Title: "Introduction"}
	}
	b.cur.Blocks = append(b.cur.Blocks, Block{Kind: kind, Text: text})
}

func (b *builder) flush() {
	if b.cur != nil && len(b.cur.Blocks) > 0 {
		b.a.Chapters = append(b.a.Chapters, *b.cur)
	}
	b.cur = nil
}

func (b *builder) reference(line string) {
	line = strings.TrimSpace(strings.TrimLeft(line, "^*•·-–—0123456789.) "))
	if line == "" {
		return
	}
	b.a.References = append(b.a.References, Reference{Text: line, URL: firstURL(line)})
}

// line is one logical line of the input with its leading markup removed.
type line struct {
	text   string // trimmed, citation marks removed
	raw    string // trimmed original
	edit   bool   // carried an [edit] mark, as encyclopedia headings do
	gap    bool   // a blank line (or the start) comes before it
	list   bool
	quote  bool // Markdown '>' quotation
	chrome bool
}

func parsePlain(raw []string) *Article {
	lines := joinWrapped(raw)
	for i := range lines {
		lines[i].chrome = isChrome(lines[i].raw) || lines[i].text != lines[i].raw && isChrome(lines[i].text)
	}
	o := newOutline(lines)
	b := &builder{a: &Article{}}
	titleDone := false
	// without a Contents block: the level of the last heading that holds
	// sections, and whether it came just before
	parent, justParent := -1, false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !o.content(i) {
			continue
		}
		if !titleDone {
			titleDone = true
			if looksLikeHeading(l.text) || len(l.text) < 200 && !strings.HasSuffix(l.text, ".") {
				b.a.Title = l.text
				continue
			}
		}
		if b.meta(l.text) {
			continue
		}
		if h := referencesHeading(l.text); h != "" {
			b.flush()
			b.inRefs = true
			if b.a.ReferencesHeading == "" {
				b.a.ReferencesHeading = h
			}
			continue
		}
		if endMatterHeading(l.text) {
			b.flush()
			b.inRefs = true
			continue
		}
		if b.inRefs {
			if isReferenceLine(l.text) {
				b.reference(l.text)
			}
			continue
		}
		if level, ok := o.heading(i); ok {
			if level < 0 || len(o.toc) == 0 {
				level, parent, justParent = nestedLevel(o.holdsSections(i), justParent, parent)
			}
			b.heading(l.text, level)
			continue
		}
		justParent = false
		b.add(o.kinds[i], l.text)
	}
	b.flush()
	return b.a
}

// meta takes bylines and disclaimers out of the running text.
func (b *builder) meta(text string) bool {
	if t := strings.Trim(text, "*_ "); b.a.Byline == "" && isByline(t) {
		b.a.Byline = t
		return true
	}
	if isNote(text) {
		b.a.Notes = append(b.a.Notes, strings.TrimSpace(strings.TrimLeft(text, "*† ")))
		return true
	}
	// a publication date on its own line before the text ("June 12, 2022",
	// "Updated 3 May 2021") is not a chapter
	if len(b.a.Chapters) == 0 && b.cur == nil && isDateLine(text) {
		if b.a.Byline != "" {
			b.a.Byline += " · " + strings.TrimSpace(text)
		}
		return true
	}
	return false
}

// isDateLine reports a line that is only a date, maybe with "Published",
// "Updated" or "Posted" before it.
func isDateLine(text string) bool {
	t := strings.TrimSpace(reDatePrefix.ReplaceAllString(text, ""))
	if t == "" || len(t) > 40 {
		return false
	}
	ds := FindDates(t)
	return len(ds) == 1 && ds[0].Start <= 1 && ds[0].End >= len(strings.TrimRight(t, ". "))-1
}

var reDatePrefix = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|date)\s*(?:on)?:?\s*`)

// joinWrapped turns raw lines into logical lines: a line that continues in
// lower case on the next line (hard-wrapped text) is joined to it.
func joinWrapped(raw []string) []line {
	var out []line
	var parts []string
	gap, nextGap := true, true
	flush := func() {
		if len(parts) > 0 {
			l := newLine(strings.Join(parts, " "))
			l.gap = gap
			out = append(out, l)
			parts = parts[:0]
		}
	}
	for _, r := range raw {
		t := strings.TrimSpace(r)
		if t == "" {
			flush()
			nextGap = true
			continue
		}
		if len(parts) > 0 && continues(parts[len(parts)-1], t) {
			parts = append(parts, t)
			continue
		}
		flush()
		gap, nextGap = nextGap, false
		parts = append(parts, t)
	}
	flush()
	return out
}

func continues(prev, next string) bool {
	if len(prev) < 50 || endsSentence(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

func newLine(t string) line {
	l := line{raw: t}
	body := t
	if m := bulletPrefix(body); m > 0 {
		l.list = true
		body = strings.TrimSpace(body[m:])
	}
	l.edit = editMark.MatchString(body)
	l.text = cleanText(body)
	return l
}

// bulletPrefix returns the byte length of a leading list bullet, or 0.
func bulletPrefix(s string) int {
	for _, p := range []string{"• ", "· ", "- ", "* ", "– ", "— ", "▪ ", "◦ "} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	if m := numberedItem.FindStringIndex(s); m != nil {
		return m[1]
	}
	return 0
}

// nextIsBody reports whether line j, the one after a candidate heading, is
// running text, which separates a heading from a short line inside a list
// of short lines.
func nextIsBody(lines []line, j int) bool {
	if j >= len(lines) {
		return false
	}
	n := lines[j]
	if referencesHeading(n.text) != "" || endMatterHeading(n.text) || n.edit || isByline(n.text) {
		return false
	}
	return !looksLikeHeading(n.text) || n.list
}

// looksLikeHeading reports whether s reads like a section heading: short,
// capitalised, not a sentence.
func looksLikeHeading(s string) bool {
	if s == "" || len(s) > 100 || strings.Count(s, " ") > 12 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if strings.ContainsAny(s[len(s)-1:], ".,;:") || strings.HasSuffix(s, "…") {
		return false
	}
	if strings.Contains(s, ". ") && !abbrevOnly(s) {
		return false
	}
	if isQuotation(s) || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") {
		return false
	}
	if strings.Contains(s, "://") {
		return false
	}
	return true
}

// abbrevOnly reports whether every ". " in s follows a short abbreviation
// such as "U.S." or "Dr.".
func abbrevOnly(s string) bool {
	for _, f := range strings.Fields(s) {
		if strings.HasSuffix(f, ".") && len(f) > 4 && !strings.Contains(f[:len(f)-1], ".") {
			return false
		}
	}
	return true
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "”’\"')]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") ||
		strings.HasSuffix(s, ":") || strings.HasSuffix(s, "…")
}

// isQuotation reports whether a paragraph is a quotation set off on its
// own: it opens with a quotation mark and closes with one.
func isQuotation(s string) bool {
	if len(s) < 60 {
		return false
	}
	open, _ := utf8.DecodeRuneInString(s)
	if open != '“' && open != '"' && open != '«' && open != '„' {
		return false
	}
	tail := strings.TrimRight(s, ".…) 0123456789[]")
	closeR, _ := utf8.DecodeLastRuneInString(tail)
	if closeR != '”' && closeR != '"' && closeR != '»' && closeR != '“' {
		return false
	}
	inner := strings.Count(s, "”") + strings.Count(s, "\"")
	return inner <= 2
}

func isByline(s string) bool {
	if len(s) > 120 {
		return false
	}
	return bylinePattern.MatchString(s) || authorRole.MatchString(s)
}

// authorRole is an author line without "By": "Li Wen, Senior Fellow".
var authorRole = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3}, (?:[\p{L}-]+ ){0,3}(?:Fellow|Analyst|Researcher|Professor|Director|Editor|Correspondent|Associate|Intern|Scholar|Lecturer|Reporter|Writer|Contributor|Journalist|Chair)\b[^.]{0,60}$`)

func isNote(s string) bool {
	if strings.HasPrefix(s, "***") || strings.HasPrefix(s, "†") {
		return true
	}
	if len(s) > 400 {
		return false
	}
	low := strings.ToLower(s)
	return strings.HasPrefix(low, "disclaimer") ||
		strings.Contains(low, "do not necessarily reflect") ||
		strings.Contains(low, "does not necessarily reflect") ||
		strings.Contains(low, "do not necessarily represent")
}

// isReferenceLine reports whether a line in a references section is an
// entry rather than page furniture.
func isReferenceLine(s string) bool {
	if isChrome(s) {
		return false
	}
	if strings.Contains(s, "://") || strings.Contains(s, "doi.org") {
		return true
	}
	return len(s) >= 25 && strings.ContainsAny(s, "0123456789.")
}

func firstURL(s string) string {
	m := urlPattern.FindString(s)
	return strings.TrimRight(m, ".,;)]”\"'")
}
