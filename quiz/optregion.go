package quiz

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Round 11: a country among options from another part of the world gives
// the answer away ("Communist parties had come to power in Romania,
// Bulgaria, Albania, and _____": Japan, Taiwan; "to Europe and _____":
// France, Italy, Poland for Japan; "U.S.-supported _____ … 1950": East
// Germany and France for South Korea). A country is offered only beside
// countries of the answer's continent (UN M49, from CLDR), when both are
// known; a state CLDR no longer names takes the continent of the
// countries the article lists it with.

// continentCodes are the M49 continents: Africa, the Americas, Asia,
// Europe, Oceania.
var continentCodes = []string{"002", "019", "142", "150", "009"}

// formerCountryNames are English names of countries CLDR spells
// otherwise, besides countryAliases' short names.
var formerCountryNames = map[string]string{"England": "GB", "Scotland": "GB", "Wales": "GB", "Holland": "NL",
	"Burma": "MM", "Persia": "IR", "Siam": "TH", "Ceylon": "LK", "Formosa": "TW"}

var (
	continentsOnce sync.Once
	countryCont    map[string]string // English country name → M49 continent code
	// headCont maps the last word of CLDR's two-word names of a compass
	// point to their continent when all such names lie on one ("Korea":
	// North Korea, South Korea), "" when they do not
	headCont map[string]string
)

// headContOff turns headCont off, for measuring what it changes.
var headContOff bool

func loadCountryContinents() {
	countryCont, headCont = map[string]string{}, map[string]string{}
	names := display.English.Regions()
	var conts []language.Region
	for _, c := range continentCodes {
		conts = append(conts, language.MustParseRegion(c))
	}
	contOf := func(r language.Region) string {
		for i, c := range conts {
			if c.Contains(r) {
				return continentCodes[i]
			}
		}
		return ""
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			c := contOf(r)
			if c == "" {
				continue
			}
			n := names.Name(r)
			if i := strings.Index(n, " ("); i > 0 {
				countryCont[strings.TrimSuffix(n[i+2:], ")")] = c
				n = n[:i]
			}
			countryCont[n] = c
			if w := strings.Fields(n); compassPair(n) {
				if prev, ok := headCont[w[1]]; ok && prev != c {
					c = ""
				}
				headCont[w[1]] = c
			}
		}
	}
	for n, code := range formerCountryNames {
		if r, err := language.ParseRegion(code); err == nil {
			countryCont[n] = contOf(r)
		}
	}
	for _, group := range countryAliases {
		if c, ok := countryCont[group[0]]; ok {
			for _, n := range group[1:] {
				countryCont[n] = c
			}
		}
	}
}

// continentOfName is the M49 continent of a country's English name, of
// the country its last words name ("East Germany", "South Vietnam"), or
// of the countries whose names end in it ("Korea"); "" when CLDR knows
// none.
func continentOfName(name string) string {
	continentsOnce.Do(loadCountryContinents)
	name = strings.TrimPrefix(name, "the ")
	if c, ok := countryCont[name]; ok {
		return c
	}
	w := strings.Fields(name)
	for i := 1; i < len(w); i++ {
		if c, ok := countryCont[strings.Join(w[i:], " ")]; ok {
			return c
		}
	}
	if len(w) == 1 && !headContOff {
		return headCont[name] // round 16 China Q4: "Korea" is in Asia, not among Sweden and Germany
	}
	return ""
}

// readPlaceContinent is continentOfName, or for a state CLDR no longer
// names (Yugoslavia, Czechoslovakia) the continent most of the countries
// the article lists next to it lie in (placeContinent: once per name).
func (g *generator) readPlaceContinent(name string) string {
	if c := continentOfName(name); c != "" {
		return c
	}
	votes := map[string]int{}
	for _, si := range g.ix.mentioning(name) {
		s := g.sents[si].text
		for at := findWord(s, name, 0); at >= 0; at = findWord(s, name, at+len(name)) {
			// a list of three or more, not a pair of rivals ("the US
			// and the Soviet Union")
			if m := reListBefore.FindStringSubmatch(s[:at]); m != nil && strings.Contains(m[0], ",") {
				votes[continentOfName(lastNameOf(m[1]))]++
			}
			if m := reListAfter.FindStringSubmatch(s[at+len(name):]); m != nil && strings.Contains(m[0], ",") {
				votes[continentOfName(m[1])]++
			}
		}
	}
	best, n := "", 0
	for c, v := range votes {
		if c != "" && (v > n || v == n && c < best) {
			best, n = c, v
		}
	}
	return best
}

// lastNameOf is the longest tail of words that names a country, or the
// words themselves ("joined Britain" gives "Britain").
func lastNameOf(words string) string {
	w := strings.Fields(words)
	for i := range w {
		if continentOfName(strings.Join(w[i:], " ")) != "" {
			return strings.Join(w[i:], " ")
		}
	}
	return words
}

// reBodyAfter finds what names a body right after a name: "Comecon, their
// version of the Marshall Plan", "X, an alliance of …"; at most two words
// before the head ("Yugoslavia, the only communist state outside the
// Soviet bloc" is a state).
var reBodyAfter = regexp.MustCompile(`^,? (?:their|its|his|her|the|a|an) (?:[\p{L}'’-]+ ){0,2}?(?:plan|version|organi[sz]ation|alliance|council|pact|treaty|programme|program|agreement|committee|bank|party|movement|body|group)\b`)

// reBodyBefore finds what names a body right before a name: "members of
// the", "membership in", "joined the".
var reBodyBefore = mustTailGate(`(?i)\b(?:members?|membership|member (?:states|countries|nations)) (?:of|in) (?:the )?$|\bjoined the $`, "", true, "the ", "of ", "in ", "joined ")

// reBodyOwner finds a body's parts after its name: "X's council".
var reBodyOwner = regexp.MustCompile(`^(?:'s|’s) (?:members|council|charter|secretariat|headquarters|member states)\b`)

// readUsedAsBody reports a name the article uses as a body, not a place
// ("integrating the economies of their nations in Comecon, their version
// of the Marshall Plan", "members of Comecon"): it is never a place
// option (usedAsBody: once per name).
func (g *generator) readUsedAsBody(name string) bool {
	if continentOfName(name) != "" {
		return false
	}
	for _, si := range g.ix.mentioning(name) {
		s := g.sents[si].text
		for at := findWord(s, name, 0); at >= 0; at = findWord(s, name, at+len(name)) {
			if reBodyBefore.MatchString(s[:at]) || reBodyAfter.MatchString(s[at+len(name):]) || reBodyOwner.MatchString(s[at+len(name):]) {
				return true
			}
		}
	}
	return false
}

// readNamedInChapter reports whether a sentence of chapter ch names name
// (namedInChapter: from the chapters naming it, found once per name).
func (g *generator) readNamedInChapter(name string, ch int) bool {
	for _, si := range g.ix.mentioning(name) {
		if g.sents[si].chapter == ch && findWord(g.sents[si].text, name, 0) >= 0 {
			return true
		}
	}
	return false
}

// mostOnItsContinent orders place options so that those on the answer's
// continent come first, and gives none when no option is: the answer is
// never the one option of its part of the world (round 11: Yugoslavia
// among Japan, Taiwan and Turkey; Japan among France, Italy and Poland
// "to Europe and _____"). Options of unknown continent count as
// elsewhere; an answer of unknown continent keeps its options.
func (g *generator) mostOnItsContinent(answer string, options []string) []string {
	a := g.placeContinent(answer)
	if a == "" {
		return options
	}
	var near, far []string
	for _, o := range options {
		if g.placeContinent(o) == a {
			near = append(near, o)
		} else {
			far = append(far, o)
		}
	}
	if len(near) == 0 {
		return nil
	}
	return append(near, far...)
}
