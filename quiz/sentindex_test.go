package quiz

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
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

// appendedIndex is newSentenceIndex's lists as they were first built: each
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

// TestSentenceIndexLists checks that the coded lists read back as the
// lists appending gives.
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
			if len(ix.words) != len(want) {
				t.Fatalf("%d words, want %d", len(ix.words), len(want))
			}
			for w, l := range want {
				if got := indexList(ix, w); !reflect.DeepEqual(got, l) {
					t.Fatalf("list of %q = %v, want %v", w, got, l)
				}
			}
			if got := indexList(ix, "Zqxjw"); got != nil {
				t.Errorf("a word not in the index has sentences %v", got)
			}
		})
	}
}

// indexList is every sentence mentioning yields for w, with their count.
func indexList(ix *sentenceIndex, w string) []int32 {
	var out []int32
	for i, si := range ix.mentioning(w) {
		if i != len(out) {
			panic("mentioning counts wrong")
		}
		out = append(out, si)
	}
	return out
}

// TestListSeek checks seek, which jumps over blocks of a list by their
// heads, against reading the list in order: lists shorter and longer than
// a block, by one and by many blocks, every sentence asked and every
// step of sentences from 1 to 3 blocks' worth, twice each.
func TestListSeek(t *testing.T) {
	var sents []sentenceRef
	for i := range 2000 {
		text := "x"
		for _, k := range []int{1, 2, 5, 17, 300, 1999} {
			if i%k == 0 {
				text += fmt.Sprintf(" w%d", k)
			}
		}
		if i >= 100 && i < 117 || i == 1500 {
			text += " burst" // one block and a bit, then a far sentence
		}
		sents = append(sents, sentenceRef{text: text})
	}
	ix := newSentenceIndex(sents)
	for _, w := range []string{"w1", "w2", "w5", "w17", "w300", "w1999", "burst", "none"} {
		list := indexList(ix, w)
		for step := 1; step <= 3*listBlock+1; step++ {
			for _, from := range []int32{0, 7, 130} {
				r := ix.reader(w)
				for si := from; si < int32(len(sents))+3; si += int32(step) {
					for range 2 {
						i, _ := slices.BinarySearch(list, si)
						want := i < len(list)
						got := r.seek(si)
						if got != want || got && r.sent != list[i] {
							t.Fatalf("%s, step %d from %d: seek(%d) = %v at %d, want %v at %v", w, step, from, si, got, r.sent, want, list[i:min(i+1, len(list))])
						}
					}
				}
			}
		}
	}
	if ix := newSentenceIndex(nil); indexList(ix, "a") != nil || len(ix.gaps) != 0 {
		t.Error("an empty index holds something")
	}
}

// TestMentioningAtMost stops after n sentences.
func TestMentioningAtMost(t *testing.T) {
	ix := newSentenceIndex([]sentenceRef{{text: "a b"}, {text: "b"}, {text: "a"}, {text: "a a"}})
	for _, tt := range []struct {
		term string
		n    int
		want []int32
	}{
		{"a", -1, []int32{0, 2, 3}}, {"a", 2, []int32{0, 2}}, {"a b", 5, []int32{0, 2, 3}}, {"a", 0, nil}, {"b", 1, []int32{0}}, {"", -1, nil}, {"c", -1, nil},
	} {
		var got []int32
		for _, si := range ix.mentioningAtMost(tt.term, tt.n) {
			got = append(got, si)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("mentioningAtMost(%q, %d) = %v, want %v", tt.term, tt.n, got, tt.want)
		}
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

// BenchmarkWordCursor walks cursors as alsoTrue does on the 4 MB corpus
// book: for each of the first words of its names, over the sentences of
// another name's list (go test ./quiz -run '^$' -bench WordCursor).
func BenchmarkWordCursor(b *testing.B) {
	a, err := ParseArticle(corpusBook(b, 4_000_000))
	if err != nil {
		b.Fatal(err)
	}
	sents := articleSentences(a)
	ix := newSentenceIndex(sents)
	var names []string
	seen := map[string]bool{}
	for _, f := range Extract(a) {
		if w, _, _ := strings.Cut(f.Value, " "); oneWord(w) && !seen[w] && f.Kind != DateFact {
			seen[w] = true
			names = append(names, w)
		}
	}
	b.ResetTimer()
	held := 0
	for range b.N {
		for i, walk := range names {
			c := ix.cursor(names[(i+1)%len(names)])
			for _, si := range ix.mentioning(walk) {
				if c.holds(si, sents[si].text) {
					held++
				}
			}
		}
	}
	b.ReportMetric(float64(held)/float64(b.N), "held/op")
}
