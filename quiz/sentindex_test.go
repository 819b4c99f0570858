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

// appendedIndex is newSentenceIndex's byWord as it was first built: each
// word's list grown by appending.
func appendedIndex(sents []sentenceRef) map[string][]int32 {
	byWord := map[string][]int32{}
	for i, s := range sents {
		eachWord(s.text, func(w string) {
			l := byWord[w]
			if n := len(l); n == 0 || l[n-1] != int32(i) {
				byWord[w] = append(l, int32(i))
			}
		})
	}
	return byWord
}

// TestSentenceIndexLists checks that the lists cut from one array are the
// lists appending gives, and that appending to one leaves the next alone.
func TestSentenceIndexLists(t *testing.T) {
	tests := []struct {
		name  string
		sents []sentenceRef
	}{
		{"none", nil},
		{"empty sentence", []sentenceRef{{text: ""}, {text: "a b a"}}},
		{"repeats", []sentenceRef{{text: "the Plan, the plan"}, {text: "— —"}, {text: "Plan of the Plan"}, {text: "naïve café plan"}}},
		{"built-in article", articleSentences(mustParse(t, builtinText(t)))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := newSentenceIndex(tt.sents)
			want := appendedIndex(tt.sents)
			if len(ix.byWord) != len(want) {
				t.Fatalf("%d words, want %d", len(ix.byWord), len(want))
			}
			for w, l := range want {
				if got := ix.byWord[w]; !reflect.DeepEqual(got, l) {
					t.Fatalf("byWord[%q] = %v, want %v", w, got, l)
				}
			}
			for w, l := range ix.byWord {
				if len(l) != cap(l) {
					t.Fatalf("byWord[%q] has room for %d more: an append would write the next list", w, cap(l)-len(l))
				}
			}
		})
	}
}
