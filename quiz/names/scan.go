package names

import "strings"

// Hand scanners for patterns that the regexp package tries at every byte
// of a sentence; each is compared with its expression by a Fuzz target
// (scan_test.go), which keeps the expression as the oracle.

// knownAsAdverbs are the words reKnownAs allows before "known as".
var knownAsAdverbs = []string{"formally", "formerly", "also", "originally", "officially", "previously", "commonly"}

// knownAsSpans is reKnownAs.FindAllStringIndex(text, -1): each "known as
// " with the adverb before it, if one stands there, and "the " after it.
func knownAsSpans(text string) [][2]int {
	var out [][2]int
	for pos := 0; ; {
		k := strings.Index(text[pos:], "known as ")
		if k < 0 {
			return out
		}
		k += pos
		start := k
		if k > pos && text[k-1] == ' ' {
			for _, a := range knownAsAdverbs {
				if s := k - 1 - len(a); s >= pos && text[s:k-1] == a {
					start = s
					break
				}
			}
		}
		end := k + len("known as ")
		if strings.HasPrefix(text[end:], "the ") {
			end += len("the ")
		}
		out = append(out, [2]int{start, end})
		pos = end
	}
}

// roleWords are the roles reRoleBefore finds before a comma.
var roleWords = []string{"successor", "predecessor", "adviser", "advisor", "aide", "deputy", "spokesperson",
	"spokesman", "spokeswoman", "rival", "opponent", "envoy", "wife", "husband", "son", "daughter", "father",
	"mother", "brother", "sister"}

// roleBefore is reRoleBefore's role in s: a role word, whole, just before
// the comma that ends s but for white space ("His successor, ").
func roleBefore(s string) (string, bool) {
	s = strings.TrimRight(s, reSpace)
	w, ok := strings.CutSuffix(s, ",")
	if !ok {
		return "", false
	}
	for _, r := range roleWords {
		if strings.HasSuffix(w, r) && (len(w) == len(r) || !asciiWordByte(w[len(w)-len(r)-1])) {
			return r, true
		}
	}
	return "", false
}

// asciiWordByte reports a byte of `\w`: an ASCII letter, digit or "_".
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
