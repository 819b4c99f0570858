package quiz

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// gateSentences are the sentences of the built-in article and the corpus,
// and made-up ones where a case-blind regexp reads "ſ" as "s" and the
// Kelvin sign as "k".
func gateSentences(t *testing.T) []string {
	texts := [][]byte{builtinText(t)}
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, b)
	}
	out := []string{
		"He ſaid it was ſeen as ſimilar to the latter.", "\u212aept quiet by a ſimilar LARGER body, they ſoon moved.",
		"THE LATTER, THIS AND THOSE WERE SEEN. See also the list.", "It was mentioned above. The former.", "the former",
		"The plan would FOLLOW in 1950.", "When THAT hope was seen as illusory", "Main article: Cold War",
	}
	for _, text := range texts {
		for _, s := range articleSentences(mustParse(t, text)) {
			out = append(out, s.text)
		}
	}
	return out
}

// TestContextRegexpGates checks that leansOnContext's regexps are skipped
// only where they cannot match: each gate holds wherever its regexp
// matches, and reLeaning with reLatter match where the one regexp they
// replace matched.
func TestContextRegexpGates(t *testing.T) {
	before := regexp.MustCompile(`(?i)\b(?:this|these)\b|\b(?:that|the same|the following|the next|the previous|the preceding|last|next)\s+(?:year|month|week|day|decade|time|period|summer|winter|spring|autumn|fall|morning|evening|night|point|moment|date|era)\b|\b(?:later|earlier)\s+that\b|\bthe\s+(?:latter|former|above|aforementioned)(?:\s*[,.;:)]|(?-i:\s+[a-z])|$)|\b(?:mentioned|discussed|described)\s+(?:above|below|earlier)\b`)
	gates := []struct {
		re    *regexp.Regexp
		fold  bool
		words []string
	}{
		{reNavigation, true, []string{"see", "article", "information"}},
		{reLatter, true, []string{"latter", "former", "above", "aforementioned"}},
		{reComparedTo, true, []string{"similar", "larger", "smaller", "bigger", "further", "second", "subsequent"}},
		{reFollowsBare, true, []string{"follow"}},
		{reTheTwo, false, []string{"two", "three", "four", "both", "either"}},
		{reThenAdverb, false, []string{"then"}},
		{reDemonstrativeThat, true, []string{"that"}},
		{reReaction, true, []string{"quickly", "soon", "immediately", "promptly", "swiftly"}},
		{reResulting, false, []string{"resulting", "ensuing", "aforesaid", "said", "abovementioned"}},
	}
	sents := gateSentences(t)
	matched := 0
	for _, s := range sents {
		lower := strings.ToLower(s)
		for _, g := range gates {
			text := s
			if g.fold {
				text = lower
			}
			if g.re.MatchString(s) {
				matched++
				if !holds(text, g.fold && foldsToASCII(s), g.words...) {
					t.Errorf("%s matches %q, but its gate turns it away", g.re, s)
				}
			}
		}
		if got, want := reLeaning.MatchString(s) || reLatter.MatchString(s), before.MatchString(s); got != want {
			t.Errorf("reLeaning or reLatter on %q: %v, the regexp they replace: %v", s, got, want)
		}
	}
	if matched < 50 {
		t.Errorf("the regexps matched %d times in %d sentences: too few to check the gates", matched, len(sents))
	}
}

// TestYearScanAsRegexp checks that yearsIn's rescan copy of reYear finds
// what reYear finds, trying only word starts.
func TestYearScanAsRegexp(t *testing.T) {
	if !reYearScan.Fast() {
		t.Fatal("reYearScan tries every byte: rescan cannot speed reYear up")
	}
	found := 0
	for _, s := range append(gateSentences(t), "1945–46 and 1999-2000, a1986 1986b 2099–1 ’1948") {
		want := reYear.FindAllStringSubmatchIndex(s, -1)
		if got := reYearScan.FindAllStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Errorf("reYearScan on %q: %v, reYear: %v", s, got, want)
		}
		found += len(want)
	}
	if found < 100 {
		t.Errorf("%d years: too few to compare", found)
	}
}
