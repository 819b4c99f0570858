package quiz

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Round 13 (blind review, seed 97): a place's blank given away by the
// adjective of that place elsewhere in its sentence: "when _____ held free
// elections … defeated the Polish United Workers' Party" (Poland).

// demonymSuffixes are the endings English adds to a place's name, whole or
// without its last letter, to make its adjective: Cuba → Cuban, Hungary →
// Hungarian, China → Chinese, Iraq → Iraqi, Germany → German.
// demonymOff turns demonymInStem off, for measuring what it changes.
var demonymOff bool

var demonymSuffixes = []string{"n", "an", "ian", "ese", "ish", "i", "ic"}

var (
	languageAdjOnce sync.Once
	languageAdjs    map[string][]string // a country's name → the English names of its languages
)

// loadLanguageAdjs reads from CLDR (golang.org/x/text) the languages whose
// likely country is one sharing their first letters: Polish → Poland,
// French → France, Korean → South Korea; English (United States) and
// Persian (Iran) are no adjective of their country's name and are left out.
func loadLanguageAdjs() {
	languageAdjs = map[string][]string{}
	langs, regions := display.English.Languages(), display.English.Regions()
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			base, err := language.ParseBase(string([]rune{a, b}))
			if err != nil {
				continue
			}
			t, err := language.Compose(base)
			if err != nil {
				continue
			}
			r, _ := t.Region()
			name, country := langs.Name(base), regions.Name(r)
			if strings.ContainsAny(name, " -") || len(name) < 4 {
				continue
			}
			for _, n := range regionNamesOf(country) {
				for _, w := range strings.Fields(n) {
					if len(w) >= 4 && strings.EqualFold(w[:2], name[:2]) {
						languageAdjs[n] = append(languageAdjs[n], name)
						break
					}
				}
			}
		}
	}
}

// regionNamesOf gives the plain forms of a CLDR region name: "Myanmar
// (Burma)" gives Myanmar and Burma, "Congo - Kinshasa" gives Congo.
func regionNamesOf(n string) []string {
	var out []string
	if i := strings.Index(n, " ("); i > 0 {
		out = append(out, strings.TrimSuffix(n[i+2:], ")"))
		n = n[:i]
	}
	if i := strings.Index(n, " - "); i > 0 {
		n = n[:i]
	}
	return append(out, n)
}

// adjectiveOf reports whether word is an adjective of place: the name of
// its language (CLDR) or a word of the name with a demonym ending.
func adjectiveOf(word, place string) bool {
	languageAdjOnce.Do(loadLanguageAdjs)
	for _, l := range languageAdjs[strings.TrimPrefix(place, "the ")] {
		if word == l {
			return true
		}
	}
	for _, p := range strings.Fields(place) {
		if len(p) < 4 || compassWords[strings.ToLower(p)] || !capitalised(p) {
			continue
		}
		for _, base := range []string{p, p[:len(p)-1]} {
			if rest, ok := strings.CutPrefix(word, base); ok && rest != "" {
				for _, s := range demonymSuffixes {
					if rest == s {
						return true
					}
				}
			}
		}
	}
	return false
}

// demonymInStem reports a place's blank whose sentence writes the place's
// adjective elsewhere, capitalised: "the Polish United Workers' Party"
// beside "_____ held free elections" (Poland), "the Korean War" beside
// "_____ invaded" (South Korea).
func demonymInStem(f Fact) bool {
	if demonymOff || f.Kind != PlaceFact {
		return false
	}
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if rel < 0 || end > len(f.Sentence) || rel > end {
		return false
	}
	rest := f.Sentence[:rel] + " " + f.Sentence[end:]
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '–' || r == '/' }) {
		w = strings.Trim(w, ",.;:()“”\"'‘’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if len(w) >= 4 && capitalised(w) && (adjectiveOf(w, f.Value) || adjectiveOf(strings.TrimSuffix(w, "s"), f.Value)) {
			return true
		}
	}
	return false
}
