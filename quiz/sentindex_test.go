package quiz

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// wordsRuneByRune is eachWord as it was written first: every character
// decoded and asked isWordRune.
func wordsRuneByRune(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func eachWordList(s string) []string {
	var out []string
	eachWord(s, func(w string) { out = append(out, w) })
	return out
}

func TestEachWord(t *testing.T) {
	for _, s := range []string{"", "a", " a-b c3 ", "Kim Il-sung’s 1986 visit", "naïve café—ok", "\xff\xfeab\xc3", "x_y z.w"} {
		if got, want := eachWordList(s), wordsRuneByRune(s); !reflect.DeepEqual(got, want) {
			t.Errorf("eachWord(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range articleSentences(mustParse(t, builtinText(t))) {
		if got, want := eachWordList(s.text), wordsRuneByRune(s.text); !reflect.DeepEqual(got, want) {
			t.Fatalf("eachWord(%q) = %q, want %q", s.text, got, want)
		}
	}
}

func FuzzEachWord(f *testing.F) {
	f.Add("Kim Il-sung’s 1986 visit")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := eachWordList(s), wordsRuneByRune(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("eachWord(%q) = %q, want %q", s, got, want)
		}
	})
}
