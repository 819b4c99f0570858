package interop

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chapterwise/chapterwise/quiz"
)

// Deck is what a card export holds: an article's cards with the titles
// that name their chapters.
type Deck struct {
	Article  string
	Chapters []string // chapter titles by index
	Cards    []quiz.Card
}

// ChapterTitle is the title of chapter i, or "" when there is none.
func (d Deck) ChapterTitle(i int) string {
	if i < 0 || i >= len(d.Chapters) {
		return ""
	}
	return d.Chapters[i]
}

// WriteAnkiText writes the deck for Anki's text import (File > Import):
// front, a tab, back, one card a line, fields as HTML with newlines as
// <br>, after the header lines Anki reads (#separator, #html, #columns).
func WriteAnkiText(w io.Writer, d Deck) error {
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, "#separator:tab\n#html:true\n#columns:Front\tBack\n")
	for _, c := range d.Cards {
		fmt.Fprintf(bw, "%s\t%s\n", ankiField(c.Front), ankiField(c.Back))
	}
	return bw.Flush()
}

func ankiField(s string) string {
	return strings.ReplaceAll(textToHTML(s), "\t", " ")
}

// WriteQuizlet writes the deck for Quizlet's Import box: term, a tab,
// definition, one card a line. Quizlet takes no newline inside a field,
// so newlines and tabs become spaces.
func WriteQuizlet(w io.Writer, d Deck) error {
	bw := bufio.NewWriter(w)
	for _, c := range d.Cards {
		fmt.Fprintf(bw, "%s\t%s\n", oneLine(c.Front), oneLine(c.Back))
	}
	return bw.Flush()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cardColumns is the header of the cards CSV.
var cardColumns = []string{"Front", "Back", "Chapter", "Source sentence", "Kind"}

// WriteCardsCSV writes the deck as CSV with a header row for
// spreadsheets, each cell made safe from formula injection.
func WriteCardsCSV(w io.Writer, d Deck) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(cardColumns); err != nil {
		return err
	}
	for _, c := range d.Cards {
		rec := []string{c.Front, c.Back, d.ChapterTitle(c.Chapter), c.Sentence, string(c.Kind)}
		for i := range rec {
			rec[i] = SafeCell(rec[i])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Sheet is a table read from CSV or tab-separated text, with what was
// detected about it. Each detected choice may be changed and the table
// read again (ReadSheet with SheetOptions).
type Sheet struct {
	Delimiter rune
	Header    []string // the header row, or nil when the first row is a card
	HTML      bool     // fields are HTML (Anki's #html:true)
	Rows      [][]string
	Lines     []int // the line each row starts on
	Columns   int   // the most cells in a row
	skip      map[int]bool
	deck      int    // Anki's #deck column, 0-based; -1: none
	columns   string // Anki's #columns line
}

// SheetOptions override what ReadSheet detects.
type SheetOptions struct {
	Delimiter rune  // 0: detect among tab, comma, semicolon and |
	Header    *bool // nil: detect
}

// Delimiters are the separators ReadSheet detects, in order of preference.
var Delimiters = []rune{'\t', ',', ';', '|'}

// DelimiterName names a separator for messages and pickers.
func DelimiterName(r rune) string {
	switch r {
	case '\t':
		return "tab"
	case ',':
		return "comma"
	case ';':
		return "semicolon"
	case '|':
		return "bar"
	}
	return strconv.QuoteRune(r)
}

// ReadSheet reads CSV or tab-separated text (an Anki text export, a
// Quizlet export, a spreadsheet saved as CSV). Anki's header lines
// (#separator:, #html:, #deck column: ...) are honoured.
func ReadSheet(data []byte, o SheetOptions) (*Sheet, error) {
	b, err := decode(data)
	if err != nil {
		return nil, err
	}
	s := &Sheet{deck: -1, skip: map[int]bool{}}
	body, skipped := s.ankiHeaders(b)
	if o.Delimiter != 0 {
		s.Delimiter = o.Delimiter
	}
	if s.Delimiter == 0 {
		s.Delimiter = detectDelimiter(body)
	}
	if err := s.parse(body, skipped); err != nil {
		return nil, err
	}
	if len(s.Rows) == 0 {
		return nil, ErrEmpty
	}
	if s.Columns < 2 {
		msg := "found one column only with %s as the separator: separate front and back with a tab, a comma or a semicolon"
		if o.Delimiter != 0 {
			if d := detectDelimiter(body); d != o.Delimiter {
				msg += " (the file seems to use " + DelimiterName(d) + ")"
			}
		}
		return nil, lineErr(s.Lines[0], msg, DelimiterName(s.Delimiter))
	}
	if s.columns != "" {
		s.Header = strings.Split(s.columns, string(s.Delimiter))
	}
	header := o.Header == nil && s.columns == "" && looksLikeHeader(s.Rows[0]) || o.Header != nil && *o.Header
	if header {
		s.Header, s.Rows, s.Lines = s.Rows[0], s.Rows[1:], s.Lines[1:]
	}
	return s, nil
}

// ankiHeaders reads Anki's "#key:value" lines at the top of a file and
// returns the rest with the number of lines skipped.
func (s *Sheet) ankiHeaders(b []byte) ([]byte, int) {
	n := 0
	for len(b) > 0 && b[0] == '#' {
		line, rest, _ := bytes.Cut(b, []byte("\n"))
		key, val, ok := strings.Cut(string(line[1:]), ":")
		if !ok {
			break
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		switch key {
		case "separator":
			s.Delimiter = map[string]rune{"tab": '\t', "comma": ',', "semicolon": ';', "pipe": '|', "space": ' ', "colon": ':'}[strings.ToLower(val)]
			if s.Delimiter == 0 && len([]rune(val)) == 1 {
				s.Delimiter = []rune(val)[0]
			}
		case "html":
			s.HTML = val == "true"
		case "columns":
			s.columns = val
		case "guid column", "notetype column", "tags column", "deck column":
			if col, err := strconv.Atoi(val); err == nil && col >= 1 {
				s.skip[col-1] = true
				if key == "deck column" {
					s.deck = col - 1
				}
			}
		}
		b, n = rest, n+1
	}
	return b, n
}

// detectDelimiter picks the separator that splits the first rows into
// the same number of cells, two or more, preferring the most rows so
// split and then the order of Delimiters.
func detectDelimiter(b []byte) rune {
	sample := b
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
		if i := bytes.LastIndexByte(sample, '\n'); i > 0 {
			sample = sample[:i]
		}
	}
	best, bestScore := '\t', 0
	for _, d := range Delimiters {
		r := csv.NewReader(bytes.NewReader(sample))
		r.Comma, r.LazyQuotes, r.FieldsPerRecord = d, true, -1
		counts := map[int]int{}
		for i := 0; i < 20; i++ {
			rec, err := r.Read()
			if err != nil {
				break
			}
			if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
				continue
			}
			counts[len(rec)]++
		}
		score := 0
		for n, c := range counts {
			if n >= 2 && c > score {
				score = c
			}
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}

func (s *Sheet) parse(body []byte, skipped int) error {
	r := csv.NewReader(bytes.NewReader(body))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = s.Delimiter, true, -1
	if s.Delimiter == '"' || s.Delimiter == '\n' || s.Delimiter == '\r' {
		return lineErr(1, "%s cannot separate cells", DelimiterName(s.Delimiter))
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return lineErr(pe.StartLine+skipped, "%v", pe.Err)
		}
		if err != nil {
			return fmt.Errorf("read the table: %w", err)
		}
		line, _ := r.FieldPos(0)
		line += skipped
		if blankRecord(rec) {
			continue
		}
		if len(s.Rows) >= MaxCards+1 {
			return lineErr(line, "more than %d rows; split the file", MaxCards)
		}
		for i := range rec {
			rec[i] = unsafeCell(rec[i])
			if err := checkText(line, "a cell", rec[i]); err != nil {
				return err
			}
		}
		s.Rows = append(s.Rows, rec)
		s.Lines = append(s.Lines, line)
		s.Columns = max(s.Columns, len(rec))
	}
}

func blankRecord(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// headerNames are the header cells that mark a header row, by the field
// they name.
var headerNames = map[string]string{
	"front": "front", "term": "front", "question": "front", "word": "front", "prompt": "front",
	"back": "back", "definition": "back", "answer": "back", "meaning": "back",
	"chapter": "chapter", "deck": "chapter", "section": "chapter",
	"source sentence": "sentence", "sentence": "sentence", "context": "sentence",
}

func looksLikeHeader(row []string) bool {
	for _, c := range row {
		if _, ok := headerNames[strings.ToLower(strings.TrimSpace(c))]; ok {
			return true
		}
	}
	return false
}

// Mapping says which column holds what; -1: none.
type Mapping struct {
	Front, Back, Chapter, Sentence int
}

// Guess maps the columns from the header's names, or else takes the first
// two columns (not counting Anki's guid, note type, deck and tags
// columns) as front and back.
func (s *Sheet) Guess() Mapping {
	m := Mapping{Front: -1, Back: -1, Chapter: s.deck, Sentence: -1}
	for i, h := range s.Header {
		switch headerNames[strings.ToLower(strings.TrimSpace(h))] {
		case "front":
			m.Front = pick(m.Front, i)
		case "back":
			m.Back = pick(m.Back, i)
		case "chapter":
			m.Chapter = pick(m.Chapter, i)
		case "sentence":
			m.Sentence = pick(m.Sentence, i)
		}
	}
	free := []int{}
	for i := 0; i < s.Columns; i++ {
		if !s.skip[i] && i != m.Front && i != m.Back && i != m.Chapter && i != m.Sentence {
			free = append(free, i)
		}
	}
	if m.Front < 0 && len(free) > 0 {
		m.Front, free = free[0], free[1:]
	}
	if m.Back < 0 && len(free) > 0 {
		m.Back = free[0]
	}
	return m
}

func pick(cur, i int) int {
	if cur >= 0 {
		return cur
	}
	return i
}

// ImportedCard is a card read from a sheet, with the line it came from.
type ImportedCard struct {
	Line     int
	Front    string
	Back     string
	Chapter  string // a chapter's title as the file names it; "" for none
	Sentence string
}

// Cards reads the sheet's rows as cards with the mapping. A row without
// a front or a back is an error naming its line, so a file is taken
// whole or not at all.
func (s *Sheet) Cards(m Mapping) ([]ImportedCard, error) {
	if m.Front < 0 || m.Back < 0 || m.Front == m.Back {
		return nil, errors.New("choose one column for the front and another for the back")
	}
	out := make([]ImportedCard, 0, len(s.Rows))
	for i, row := range s.Rows {
		c := ImportedCard{Line: s.Lines[i], Front: s.cell(row, m.Front), Back: s.cell(row, m.Back),
			Chapter: s.cell(row, m.Chapter), Sentence: s.cell(row, m.Sentence)}
		if m.Chapter == s.deck && s.deck >= 0 {
			parts := strings.Split(c.Chapter, "::")
			c.Chapter = parts[len(parts)-1]
		}
		switch {
		case c.Front == "":
			return nil, lineErr(c.Line, "the front (column %d) is empty", m.Front+1)
		case c.Back == "":
			return nil, lineErr(c.Line, "the back (column %d) is empty", m.Back+1)
		}
		out = append(out, c)
	}
	return out, nil
}

func (s *Sheet) cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	if s.HTML {
		return htmlToText(row[i])
	}
	return strings.TrimSpace(row[i])
}

// ReadCards reads cards from CSV or tab-separated text with everything
// detected: the separator, a header row and the columns.
func ReadCards(data []byte) ([]ImportedCard, error) {
	s, err := ReadSheet(data, SheetOptions{})
	if err != nil {
		return nil, err
	}
	return s.Cards(s.Guess())
}

// OwnCards turns imported cards into own cards of an article: each goes
// to the chapter its file names (by title) or else to chapter, with a key
// made from its text, so importing the same file again replaces the
// cards instead of adding them twice. A card that cannot be saved fails
// the whole import with its line.
func OwnCards(cards []ImportedCard, chapters []string, chapter int) ([]quiz.CardEdit, error) {
	out := make([]quiz.CardEdit, 0, len(cards))
	seen := map[string]bool{}
	for _, c := range cards {
		ch := chapter
		if c.Chapter != "" {
			if i := ChapterOf(c.Chapter, chapters); i >= 0 {
				ch = i
			}
		}
		h := sha256.Sum256([]byte(c.Front + "\x00" + c.Back))
		e := quiz.CardEdit{Key: "own-imp-" + hex.EncodeToString(h[:8]), Own: true, Chapter: ch, Block: -1, Front: c.Front, Back: c.Back}
		if err := e.Validate(len(chapters)); err != nil {
			return nil, &LineError{Line: c.Line, Err: err}
		}
		if !seen[e.Key] {
			seen[e.Key] = true
			out = append(out, e)
		}
	}
	return out, nil
}
