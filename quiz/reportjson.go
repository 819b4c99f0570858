package quiz

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// WriteReportJSON writes BuildReport(a, facts, cards, qs) as JSON, byte for
// byte as a json.Encoder with SetIndent("", "  ") and SetEscapeHTML(false)
// writes it, without holding the whole report or its text in memory: the
// facts, cards and questions are converted and written a few hundred at a
// time. On a book the output is as large as the input, and an encoder
// holds it twice (the value, then its indented copy) before writing.
//
// Every Write holds whole elements, so whole characters.
func WriteReportJSON(w io.Writer, a *Article, facts []Fact, cards []Card, qs []Question) error {
	return WriteReportJSONAsMade(w, a, facts, func() []Card { return cards }, func() []Question { return qs })
}

// WriteReportJSONAsMade is WriteReportJSON with the cards and the questions
// asked for only when their lists are reached, so the report's head and
// its facts are written while they are still being made (generate: a
// book's facts are most of the output, and writing them took a core
// for a quarter of a second after the cards and the quiz). The bytes are
// WriteReportJSON's.
func WriteReportJSONAsMade(w io.Writer, a *Article, facts []Fact, cards func() []Card, qs func() []Question) error {
	// the report without its lists gives every other field, in order and
	// encoded as the encoder encodes them; the lists are written where
	// their empty "[]" stands
	var head bytes.Buffer
	if err := encodeIndented(&head, BuildReport(a, nil, nil, nil), ""); err != nil {
		return err
	}
	out := &chunkWriter{w: w}
	rest := head.Bytes()
	for _, l := range []string{"facts", "cards", "questions"} {
		field := []byte("\n  \"" + l + "\": []") // a string holds no raw new line: this is the field
		k := bytes.Index(rest, field)
		if k < 0 {
			return fmt.Errorf("write report: no %q list in the report", l)
		}
		out.add(rest[:k+len(field)-1])
		rest = rest[k+len(field)-1:] // from its closing "]"
		var err error
		switch l {
		case "facts":
			err = writeList(out, len(facts), func(i, j int) []ReportFact { return BuildReport(a, facts[i:j], nil, nil).Facts })
		case "cards":
			if err := out.flush(); err != nil { // all before it written while the cards are made
				return err
			}
			cards := cards()
			err = writeList(out, len(cards), func(i, j int) []ReportCard { return BuildReport(a, nil, cards[i:j], nil).Cards })
		case "questions":
			if err := out.flush(); err != nil {
				return err
			}
			qs := qs()
			err = writeList(out, len(qs), func(i, j int) []ReportQ { return BuildReport(a, nil, nil, qs[i:j]).Questions })
		}
		if err != nil {
			return err
		}
	}
	out.add(rest)
	return out.flush()
}

// reportChunk is how many elements of a list are converted at a time.
const reportChunk = 256

// chunkWriter gathers whole elements and writes them in blocks.
type chunkWriter struct {
	w   io.Writer
	buf bytes.Buffer
	err error
}

func (c *chunkWriter) add(b []byte) {
	c.buf.Write(b)
	if c.buf.Len() >= 64<<10 {
		_ = c.flush()
	}
}

func (c *chunkWriter) flush() error {
	if c.err == nil && c.buf.Len() > 0 {
		_, c.err = c.w.Write(c.buf.Bytes())
	}
	c.buf.Reset()
	if c.err != nil {
		return fmt.Errorf("write report: %w", c.err)
	}
	return nil
}

// writeList writes the n elements of a list, after its opening "[" (already
// written), one per line at the depth of a top-level field's elements,
// converting reportChunk of them at a time.
func writeList[T any](c *chunkWriter, n int, chunk func(i, j int) []T) error {
	var one bytes.Buffer
	for i := 0; i < n; i += reportChunk {
		for k, e := range chunk(i, min(i+reportChunk, n)) {
			one.Reset()
			if err := encodeIndented(&one, e, "    "); err != nil {
				return err
			}
			if i+k > 0 {
				c.add([]byte(","))
			}
			c.add([]byte("\n    "))
			c.add(bytes.TrimSuffix(one.Bytes(), []byte("\n")))
		}
		if c.err != nil {
			return c.flush()
		}
	}
	if n > 0 {
		c.add([]byte("\n  "))
	}
	return nil
}

// encodeIndented encodes v as printJSON's encoder does.
func encodeIndented(w io.Writer, v any, prefix string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
