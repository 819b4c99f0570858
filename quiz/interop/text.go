// Package interop writes and reads the files other study tools use: tab-
// separated text for Anki's text import and Quizlet, CSV for
// spreadsheets, GIFT and Moodle XML for learning platforms' question
// banks, and a Kahoot-style questions sheet. Readers take files from
// other people: they cap sizes, accept UTF-8 (and UTF-16 with a
// byte-order mark) only, refuse XML with a DTD, keep formulas and markup
// as plain text, and name the line of the first problem. docs/formats.md
// describes each format as written.
package interop

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/chapterwise/chapterwise/quiz"
)

// Limits on files from other people.
const (
	MaxImportBytes = 8 << 20 // a deck or a question bank
	MaxCards       = 20000
	MaxQuestions   = 2000
	MaxText        = quiz.MaxCardText // a field, a prompt, an option
)

// Errors a reader returns, wrapped with the line they concern.
var (
	ErrTooLarge = fmt.Errorf("the file is larger than %d MB", MaxImportBytes>>20)
	ErrBinary   = errors.New("the file is not text (it looks like a binary file)")
	ErrNotUTF8  = errors.New("the text is not UTF-8 (save it as UTF-8 and try again)")
	ErrEmpty    = errors.New("the file holds nothing to import")
	ErrDTD      = errors.New("the XML declares a DTD or entities, which are not accepted")
)

// LineError is a problem at a line of an imported file.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

func lineErr(line int, format string, args ...any) error {
	return &LineError{Line: line, Err: fmt.Errorf(format, args...)}
}

// decode checks an imported file's size and encoding and returns it as
// UTF-8 without a byte-order mark and with Windows line ends made plain.
func decode(data []byte) ([]byte, error) {
	if len(data) > MaxImportBytes {
		return nil, ErrTooLarge
	}
	b, err := quiz.DecodeText(data)
	if err != nil {
		return nil, &LineError{Line: 1, Err: fmt.Errorf("%w: %w", ErrNotUTF8, err)}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return nil, &LineError{Line: lineAt(b, i), Err: ErrBinary}
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return nil, &LineError{Line: lineAt(b, i), Err: ErrNotUTF8}
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return b, nil
}

// lineAt is the 1-based line of byte offset i.
func lineAt(b []byte, i int) int { return bytes.Count(b[:i], []byte("\n")) + 1 }

// checkText reports a field too long or holding control characters other
// than newlines and tabs.
func checkText(line int, what, s string) error {
	if len(s) > MaxText {
		return lineErr(line, "%s is longer than %d characters", what, MaxText)
	}
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' {
			return &LineError{Line: line, Err: fmt.Errorf("%s: %w", what, ErrBinary)}
		}
	}
	return nil
}

var (
	reBreak = regexp.MustCompile(`(?i)<br\s*/?>|</p>\s*<p[^>]*>|</div>\s*<div[^>]*>|<div[^>]*>`)
	reTag   = regexp.MustCompile(`<[^>]*>`)
)

// htmlToText turns a field written as HTML into plain text: breaks and
// paragraphs become newlines, other tags are dropped (never run) and
// entities are decoded.
func htmlToText(s string) string {
	s = reBreak.ReplaceAllString(s, "\n")
	s = reTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	return strings.TrimSpace(s)
}

// textToHTML writes plain text as HTML: escaped, newlines as <br>.
func textToHTML(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}

// formulaStarts are the first characters with which a spreadsheet reads
// a cell as a formula (OWASP's list for CSV injection).
const formulaStarts = "=+-@\t\r"

// SafeCell neutralises a cell a spreadsheet would run as a formula: one
// that starts with = + - @, a tab or a carriage return gets a leading
// apostrophe, which spreadsheets show as text (as data.SafeCell does for
// the app's reports).
func SafeCell(s string) string {
	if s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// unsafeCell undoes SafeCell on a cell read back.
func unsafeCell(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.IndexByte(formulaStarts, s[1]) >= 0 {
		return s[1:]
	}
	return s
}
