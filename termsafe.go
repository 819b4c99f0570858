package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// printable is how every command prints text that came from a file (an
// article, an assignment, a result, the database): control characters,
// line breaks and bidirectional overrides are shown as escapes such as
// \x1b, \n or \u202e, and invalid UTF-8 bytes as \xff, so that a name
// cannot move the cursor, recolour the terminal or forge a line such as
// "Imported 99 of 99". Other text, accents and emoji included, is
// unchanged.
func printable(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\\':
			b.WriteString(`\\`)
		case r < 0x100 && unicode.IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// printableLines is printable for a text of several lines: each line is
// escaped, the line breaks between them are kept.
func printableLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = printable(l)
	}
	return strings.Join(lines, "\n")
}

// needsEscape reports whether printable would change s. A backslash
// alone does not count: it is escaped only with something else, so that
// plain Windows paths print as they are.
func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r < 0x100 && unicode.IsControl(r) || unsafeRune(r) {
			return true
		}
		i += size
	}
	return false
}

// unsafeRune is a character outside Latin-1 that changes how a terminal
// lays text out: bidirectional embeddings, overrides and isolates, and
// the line and paragraph separators.
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// writePrintable runs write into a buffer and copies its text to w with
// printableLines: for reports made of text from a file.
func writePrintable(w io.Writer, write func(io.Writer) error) error {
	var b strings.Builder
	if err := write(&b); err != nil {
		return err
	}
	_, err := io.WriteString(w, printableLines(b.String()))
	return err
}

// printableArgs passes the strings, errors and Stringers among a through
// printable, for a message whose format is ours and whose arguments may
// come from a file (fail's).
func printableArgs(a []any) []any {
	out := make([]any, len(a))
	for i, v := range a {
		switch x := v.(type) {
		case string:
			out[i] = printable(x)
		case error:
			out[i] = printable(x.Error())
		case fmt.Stringer:
			out[i] = printable(x.String())
		default:
			out[i] = v
		}
	}
	return out
}

// printableJSON escapes, as \uXXXX, the characters encoding/json leaves
// raw that a terminal would act on: DEL, the C1 controls and the
// bidirectional controls. In JSON output they can only stand inside
// strings, where the escape means the same character, so the JSON
// decodes to the same value.
func printableJSON(b []byte) []byte {
	if !bytes.ContainsFunc(b, func(r rune) bool { return r == 0x7f || r >= 0x80 && r < 0xa0 || unsafeRune(r) }) {
		return b
	}
	var out bytes.Buffer
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == 0x7f || r >= 0x80 && r < 0xa0 || unsafeRune(r) {
			fmt.Fprintf(&out, `\u%04x`, r)
		} else {
			out.Write(b[:size])
		}
		b = b[size:]
	}
	return out.Bytes()
}

// jsonTerminal is standard output for a json.Encoder, which writes each
// value in one Write: the value goes out through printableJSON.
type jsonTerminal struct{ w io.Writer }

func (j jsonTerminal) Write(p []byte) (int, error) {
	if _, err := j.w.Write(printableJSON(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}
