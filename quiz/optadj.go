package quiz

import (
	"slices"
	"strings"
	"unicode"
)

// Round 16 (issue 18): a country the stem already names in another role
// is no option. An option the answer's paragraph names in full is never
// offered (nameDistractors); one the stem names by its adjective was:
// "The two _____ regiments in Berlin would have provided little
// resistance against a Soviet attack." (cold war, asked once
// optpoint.go freed its slot) offered the Soviet Union, as round 16 found
// the Soviet Union's 1979 invasion of Russia "absurd" (China Y-Q15, where
// the paragraph names the Soviet Union). An option goes when the stem, outside the
// blank, writes its adjective capitalised (adjectiveOf: "Polish" for
// Poland, "Chinese" for China, from CLDR or a demonym ending) or the first
// word of its name as one, before a word in lower case ("a Soviet attack",
// "the Soviet sector"); "United", "Republic" and the compass words open
// many names and say nothing of one.

// stemAdjOff turns withoutStemAdjective off, for measuring (QC_OFF=adj).
var stemAdjOff bool

// sharedFirstWords open the names of many countries.
var sharedFirstWords = map[string]bool{"united": true, "republic": true, "people's": true, "democratic": true, "new": true, "great": true, "federal": true, "kingdom": true}

// withoutStemAdjective drops the options whose adjective the blank's
// sentence writes outside the blank.
func withoutStemAdjective(f Fact, options []string) []string {
	if stemAdjOff {
		return options
	}
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if rel < 0 || end > len(f.Sentence) || rel > end {
		return options
	}
	words := strings.FieldsFunc(f.Sentence[:rel]+" _____ "+f.Sentence[end:], func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '–' || r == '/'
	})
	var out []string
	for _, o := range options {
		if !adjectiveInWords(words, o) {
			out = append(out, o)
		}
	}
	return out
}

// adjectiveInWords reports a capitalised word of words that is an
// adjective of place, or the first word of its name used as one.
func adjectiveInWords(words []string, place string) bool {
	name := strings.Fields(strings.TrimPrefix(place, "the "))
	for i, w := range words {
		w = strings.Trim(w, ",.;:()“”\"'‘’")
		if len(w) < 4 || !capitalised(w) {
			continue
		}
		if adjectiveOf(w, place) && !slices.Contains(name, w) { // "Union" is a word of the name, not "Unio"+"n"
			return true
		}
		if len(name) > 1 && w == name[0] && !sharedFirstWords[strings.ToLower(w)] && !compassWords[strings.ToLower(w)] &&
			i+1 < len(words) && isLowerWord(strings.Trim(words[i+1], ",.;:")) && !strings.HasSuffix(words[i], ",") {
			return true // "a Soviet attack": the first word of "Soviet Union" as an adjective
		}
	}
	return false
}
