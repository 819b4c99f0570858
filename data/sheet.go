package data

import (
	"encoding/csv"
	"io"
	"strings"
)

// sheetWriter is the CSV writer of every export: encoding/csv with each
// cell passed through SafeCell, so that a file opened in a spreadsheet
// never runs a formula someone typed as a name, a title or an answer.
type sheetWriter struct{ *csv.Writer }

func newSheetWriter(w io.Writer) sheetWriter { return sheetWriter{csv.NewWriter(w)} }

// Write writes one record with every cell made safe.
func (s sheetWriter) Write(rec []string) error {
	safe := make([]string, len(rec))
	for i, c := range rec {
		safe[i] = SafeCell(c)
	}
	return s.Writer.Write(safe)
}

// formulaStarts are the first characters with which a spreadsheet reads
// a cell as a formula (OWASP's list for CSV injection).
const formulaStarts = "=+-@\t\r"

// SafeCell neutralises a CSV cell that a spreadsheet would run as a
// formula: one that starts with = + - @, a tab or a carriage return gets
// a leading apostrophe, which spreadsheets show as text. Other cells are
// unchanged.
func SafeCell(s string) string {
	if s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0 {
		return "'" + s
	}
	return s
}
