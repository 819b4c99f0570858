package quiz

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sentencesDecoding is Sentences as it was first written: every
// character decoded (Sentences now reads ASCII without decoding).
func sentencesDecoding(text string) []Span {
	var out []Span
	start := skipSpace(text, 0)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '?' && r != '!' && r != '…' {
			i += size
			continue
		}
		end := i + size
		for end < len(text) {
			c, s := utf8.DecodeRuneInString(text[end:])
			if c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '?' || c == '!' {
				end += s
				continue
			}
			break
		}
		if end >= len(text) {
			break
		}
		next := skipSpace(text, end)
		if next == end || next >= len(text) {
			i = end
			continue
		}
		nr, _ := utf8.DecodeRuneInString(text[next:])
		opens := unicode.IsUpper(nr) || unicode.IsDigit(nr) || nr == '“' || nr == '"' || nr == '‘' || nr == '('
		if !opens || (r == '.' && isAbbreviation(text[start:i], unicode.IsDigit(nr))) {
			i = end
			continue
		}
		out = append(out, Span{start, trimRightSpace(text, end)})
		start = next
		i = next
	}
	if start < len(text) {
		if e := trimRightSpace(text, len(text)); e > start {
			out = append(out, Span{start, e})
		}
	}
	return out
}

// sentenceCases hold what the byte reading must split as decoding does:
// ellipses, broken bytes, abbreviations, quotes after the stop.
var sentenceCases = []string{
	"It ended… Then it began. Mr. Smith came! Did he? “Yes.” (No.) 5. Next",
	"Kim Il-sung’s visit, 1986… the talks.\xff\xfe. A", "\xe2\x80", "…", "a.b. C", "",
}

func TestSentencesSameAsDecoding(t *testing.T) {
	paras := append([]string{}, sentenceCases...)
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		paras = append(paras, strings.Split(string(b), "\n")...)
	}
	n := 0
	for _, p := range paras {
		got, want := Sentences(p), sentencesDecoding(p)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Sentences(%q) = %v, decoding gives %v", p, got, want)
		}
		n += len(want)
	}
	if n < 10 {
		t.Errorf("%d sentences", n)
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range sentenceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Sentences(s), sentencesDecoding(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Sentences(%q) = %v, decoding gives %v", s, got, want)
		}
	})
}
