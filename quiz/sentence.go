package quiz

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) in a block's text.
type Span struct{ Start, End int }

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"no": true, "nos": true, "vs": true, "etc": true, "e.g": true, "i.e": true, "cf": true, "al": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "gov": true, "sen": true, "rep": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "u.n": true, "p": true,
	"pp": true, "vol": true, "ed": true, "fig": true, "approx": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "dept": true, "est": true, "n.k": true, "s.k": true, "mt": true, "ft": true, "ave": true,
}

// Sentences splits a paragraph into whole sentences. A sentence ends at
// '.', '?' or '!' (with any closing quotes or brackets) followed by a space
// and a capital letter, digit or opening quote, unless the full stop ends a
// known abbreviation or an initial.
func Sentences(text string) []Span {
	var out []Span
	start := skipSpace(text, 0)
	for i := 0; i < len(text); {
		// ASCII is read without decoding: most of a paragraph
		r, size := rune(text[i]), 1
		if r < utf8.RuneSelf {
			if r != '.' && r != '?' && r != '!' {
				i++
				continue
			}
		} else if r, size = utf8.DecodeRuneInString(text[i:]); r != '…' {
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

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func trimRightSpace(s string, end int) int {
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}

// isAbbreviation reports whether the text before a full stop ends with an
// abbreviation or a single-letter initial ("James A. Baker").
func isAbbreviation(before string, digitNext bool) bool {
	j := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '“' })
	word := before[j+1:]
	if j >= 0 {
		_, size := utf8.DecodeRuneInString(before[j:])
		word = before[j+size:]
	}
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	w := strings.ToLower(word)
	if numericAbbreviations[w] {
		return digitNext
	}
	return abbreviations[w]
}

// numericAbbreviations stand before a number: "No. 5", "pp. 12".
var numericAbbreviations = map[string]bool{"no": true, "nos": true, "p": true, "pp": true, "vol": true, "fig": true}

// IsWholeSentence reports whether s starts like a sentence and ends with
// closing punctuation, so that nothing was cut from either end.
func IsWholeSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("“\"‘'(", r) {
		return false
	}
	return endsSentence(s)
}

// fieldCount is len(strings.Fields(s)), without making the list: the
// cards ask it of every sentence and list item of a book.
func fieldCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
		i += size
	}
	return n
}

// leadingFields is strings.Fields(s) cut to its first n fields (all of
// them when there are fewer), without splitting the rest of s.
func leadingFields(s string, n int) []string {
	var out []string
	start := -1
	for i := 0; i < len(s) && len(out) < n; {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 && len(out) < n {
		out = append(out, s[start:])
	}
	return out
}
