package quiz

import (
	"strings"
	"unicode/utf8"
)

// Match is one place a search found in an article.
type Match struct {
	Chapter int
	Block   int // -1: the chapter title
	Snippet string
}

// MaxMatches caps a search's results.
const MaxMatches = 200

// Find searches the article's chapter titles and paragraphs for query,
// ignoring case, and returns each match with a snippet around it.
func Find(a *Article, query string) []Match {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" || a == nil {
		return nil
	}
	var out []Match
	for ci, ch := range a.Chapters {
		if strings.Contains(strings.ToLower(ch.Title), q) {
			out = append(out, Match{Chapter: ci, Block: -1, Snippet: ch.Title})
		}
		for bi, b := range ch.Blocks {
			lower := strings.ToLower(b.Text)
			from := 0
			for len(out) < MaxMatches {
				k := strings.Index(lower[from:], q)
				if k < 0 {
					break
				}
				k += from
				out = append(out, Match{Chapter: ci, Block: bi, Snippet: snippet(b.Text, lower, k, len(q))})
				from = k + len(q)
			}
		}
	}
	return out
}

// snippet is about 40 characters either side of text[k:k+n], cut at
// word boundaries. lower is text in lower case (same byte offsets for the
// texts articles hold; when lowering changed the length it falls back to
// the start of the text).
func snippet(text, lower string, k, n int) string {
	if len(lower) != len(text) {
		k = 0
	}
	start, end := max(0, k-40), min(len(text), k+n+40)
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	s := text[start:end]
	if start > 0 {
		if i := strings.IndexByte(s, ' '); i >= 0 && i < 15 {
			s = s[i+1:]
		}
		s = "…" + s
	}
	if end < len(text) {
		if i := strings.LastIndexByte(s, ' '); i > len(s)-15 {
			s = s[:i]
		}
		s += "…"
	}
	return s
}
