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

// TestWordCursor checks wordCursor against findWord, which it replaces
// in alsoTrue: every word of some of the built-in article's sentences and
// words that are not one word (a full stop inside, a space, an
// apostrophe) or stand only inside longer words, each asked of every
// sentence, of every third and of each sentence twice.
func TestWordCursor(t *testing.T) {
	sents := []sentenceRef{
		{text: "The U.S. and the Soviet Union signed it."},
		{text: "Britain's Labour government and Kim Il-sung met; naïve Koreans."},
		{text: "Unionists met in Il-sungs and Korea\xff."},
		{text: "Britain’s and Britain's (U.S) views: U.S.-backed, \"Soviet\" Union’s"},
	}
	sents = append(sents, articleSentences(mustParse(t, builtinText(t)))...)
	ix := newSentenceIndex(sents)
	words := []string{"U.S", "U.S.", "Soviet Union", "Union", "Britain's", "Britain", "Il", "Il-sung", "sung",
		"naïve", "Korea", "Korea\xff", "Labour", "", "it.", "Unionist", "Britain’s", "(U.S)", "’", ": ", "\"Soviet\"",
		"Union’s", "U.S.-backed"}
	for _, s := range sents[:20] {
		words = append(words, eachWordList(s.text)...)
	}
	oneWords, held := 0, 0
	for _, w := range words {
		if oneWord(w) {
			oneWords++
		}
		for _, walk := range []struct{ step, times int }{{1, 1}, {3, 1}, {1, 2}, {7, 1}} {
			c := ix.cursor(w)
			for si := 0; si < len(sents); si += walk.step {
				s := sents[si]
				want := findWord(s.text, w, 0) >= 0
				if want {
					held++
				}
				for range walk.times {
					if got := c.holds(int32(si), s.text); got != want {
						t.Fatalf("holds(%q) of %q (step %d) = %v, findWord says %v", w, s.text, walk.step, got, want)
					}
				}
			}
		}
	}
	if oneWords < 20 || oneWords == len(words) || held < 100 {
		t.Fatalf("%d of %d words are one word, %d sentences hold one: the test should try both ways", oneWords, len(words), held)
	}
}
