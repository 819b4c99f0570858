package quiz

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// writesRecorder keeps every Write apart.
type writesRecorder struct{ writes [][]byte }

func (w *writesRecorder) Write(p []byte) (int, error) {
	w.writes = append(w.writes, bytes.Clone(p))
	return len(p), nil
}

// WriteReportJSON writes what an indenting encoder writes for the whole
// report, in writes of whole characters.
func TestWriteReportJSONIsTheEncodersOutput(t *testing.T) {
	inputs := map[string][]byte{
		"builtin":    builtinText(t),
		"no facts":   []byte("Plain\n\nNothing dated or named here, only words & <marks>.\n"),
		"many names": manyNamesArticle(4 << 10),
	}
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range corpus[:min(len(corpus), 3)] {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(p)] = b
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			a := mustParse(t, text)
			facts := Extract(a)
			cards := MakeCards(a, facts)
			qs := GenerateQuiz(a, facts, QuizOptions{Count: 20, Seed: 1})
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(BuildReport(a, facts, cards, qs)); err != nil {
				t.Fatal(err)
			}
			var rec writesRecorder
			if err := WriteReportJSON(&rec, a, facts, cards, qs); err != nil {
				t.Fatal(err)
			}
			got := bytes.Join(rec.writes, nil)
			if !bytes.Equal(got, want.Bytes()) {
				i := 0
				for i < len(got) && i < len(want.Bytes()) && got[i] == want.Bytes()[i] {
					i++
				}
				t.Fatalf("output differs at byte %d of %d: %q, want %q", i, want.Len(), got[max(0, i-40):min(len(got), i+40)], want.Bytes()[max(0, i-40):min(want.Len(), i+40)])
			}
			for i, w := range rec.writes {
				if !utf8.Valid(w) {
					t.Errorf("write %d cuts a character", i)
				}
			}
		})
	}
}

// BenchmarkWriteReportJSON compares the memory of writing a 1 MB book's
// report with an encoder and with WriteReportJSON.
func BenchmarkWriteReportJSON(b *testing.B) {
	data := corpusBook(b, 1<<20)
	a := mustParse(b, data)
	facts := Extract(a)
	cards := MakeCards(a, facts)
	qs := GenerateQuiz(a, facts, QuizOptions{Count: 20, Seed: 1})
	b.Run("encoder", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			enc := json.NewEncoder(discard{})
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(BuildReport(a, facts, cards, qs)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("stream", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if err := WriteReportJSON(discard{}, a, facts, cards, qs); err != nil {
				b.Fatal(err)
			}
		}
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
