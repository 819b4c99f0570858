package names

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// tokenizeRuneByRune is tokenize as it was first written: every
// character decoded (tokenize now reads ASCII bytes without decoding).
func tokenizeRuneByRune(s string) []token {
	out := make([]token, 0, len(s)/6+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) || r == '-' || r == '.' || r == '’' || r == '\'' {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r2) {
				break
			}
			j += s2
		}
		w := s[i:j]
		for strings.HasSuffix(w, ".") && !isAbbrevToken(w) || strings.HasSuffix(w, "-") || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") {
			_, last := utf8.DecodeLastRuneInString(w)
			w = w[:len(w)-last]
			j -= last
		}
		if w != "" {
			out = append(out, token{w, i, j})
		}
		if j == i {
			j = i + size
		}
		i = j
	}
	return out
}

// speedCases are sentences with what the byte-level shortcuts must get
// right: non-ASCII letters and apostrophes, no-break spaces, curly quotes,
// abbreviations, a broken byte.
var speedCases = []string{
	"",
	"The U.S. and the Soviet Union signed the Partial Test Ban Treaty (PTBT) in 1963.",
	"Kim Il-sung’s “Juche” policy; Willy Brandt's Ostpolitik of the 1970s.",
	"President\u00a0Harry S. Truman met Chancellor Konrad Adenauer in Bonn.",
	"Gorbachev’s glasnost — “openness” — and perestroika (“restructuring”).",
	"São Paulo, Zürich and Dvořák\xff\xfe' - . ’",
	"Workers' Party \"Four Ds\" (the\t“New Look”)",
}

func TestTokenizeSameAsDecoding(t *testing.T) {
	for _, s := range speedCases {
		if got, want := tokenize(s), tokenizeRuneByRune(s); !reflect.DeepEqual(got, want) {
			t.Errorf("tokenize(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range speedCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tokenize(s), tokenizeRuneByRune(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("tokenize(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestLastWordBreak(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"Soviet Union", 6},
		{"the “Four", 4},
		{"Kim\u00a0Il-sung", 3},
		{"(PTBT", 0},
		{"\"a\tb", 2},
		{"Bonn", -1},
		{"\x80\x9c", -1}, // the last bytes of "“" without its first
		{"\xa0x", -1},
	}
	for _, tt := range tests {
		if got := lastWordBreak(tt.s); got != tt.want {
			t.Errorf("lastWordBreak(%q) = %d, want %d", tt.s, got, tt.want)
		}
		if got, want := lastWordBreak(tt.s), strings.LastIndexAny(tt.s, " \t\u00a0(“\""); got != want {
			t.Errorf("lastWordBreak(%q) = %d, LastIndexAny says %d", tt.s, got, want)
		}
	}
	for _, s := range speedCases {
		if got, want := lastWordBreak(s), strings.LastIndexAny(s, " \t\u00a0(“\""); got != want {
			t.Errorf("lastWordBreak(%q) = %d, LastIndexAny says %d", s, got, want)
		}
	}
}

func FuzzLastWordBreak(f *testing.F) {
	for _, s := range speedCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastWordBreak(s), strings.LastIndexAny(s, " \t\u00a0(“\""); got != want {
			t.Fatalf("lastWordBreak(%q) = %d, LastIndexAny says %d", s, got, want)
		}
	})
}

func TestCapitalised(t *testing.T) {
	for _, w := range []string{"", "A", "a", "Zed", "zed", "É", "é", "1", "'A", "Ωmega", "\xff"} {
		r, _ := utf8.DecodeRuneInString(w)
		want := w != "" && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
		if got := capitalised(w); got != want {
			t.Errorf("capitalised(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWordClasses checks that a token's classes are the sets holding it,
// for every word of every set and for words of none.
func TestWordClasses(t *testing.T) {
	words := []string{"Treaty", "of", "the", "policy-maker", "", "Policy", "government's"}
	for _, cs := range classSets {
		for w := range cs.words {
			words = append(words, w)
		}
	}
	toks := make([]token, len(words))
	for i, w := range words {
		toks[i] = token{text: w}
	}
	cls := classesOf(toks)
	for i, w := range words {
		for _, cs := range classSets {
			if got := cls[i]&cs.class != 0; got != cs.words[w] {
				t.Errorf("%q in class %b: %v, the set says %v", w, cs.class, got, cs.words[w])
			}
		}
	}
	if len(classSets) != 7 || cls[0] != 0 || cls[len(words)-1] == 0 {
		t.Errorf("classes %v of %q", cls, words)
	}
}

// quotedCases hold what quotedSpans must read as reQuoted does: quotes
// of every kind, runs of 2, 3, 70 and 71 characters, an opening quote
// closing nothing, a quote inside a run, broken bytes.
var quotedCases = []string{
	`He called it "change through rapprochement" and the “Four Ds”.`,
	`"ab" "abc" “abc“ “abc" "abc” ”abc"`,
	`"` + strings.Repeat("x", 70) + `" and "` + strings.Repeat("é", 70) + `"`,
	`"` + strings.Repeat("x", 71) + `" then "short one"`,
	`a "b “c” d" e`,
	`"\xff\xfe\xfd" “\xe2\x80” "x`,
	`“”“”"""`,
	"the \"open river\npolicy\" ",
}

func quotedByRegexp(s string) [][4]int {
	var out [][4]int
	for _, m := range reQuoted.FindAllStringSubmatchIndex(s, -1) {
		out = append(out, [4]int{m[0], m[1], m[2], m[3]})
	}
	return out
}

func TestQuotedSpans(t *testing.T) {
	found := 0
	for _, s := range quotedCases {
		got, want := quotedSpans(s), quotedByRegexp(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("quotedSpans(%q) = %v, reQuoted finds %v", s, got, want)
		}
		found += len(want)
	}
	if found < 8 {
		t.Errorf("the cases hold %d quotes", found)
	}
}

func FuzzQuotedSpans(f *testing.F) {
	for _, s := range quotedCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := quotedSpans(s), quotedByRegexp(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("quotedSpans(%q) = %v, reQuoted finds %v", s, got, want)
		}
	})
}
