package names

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The gazetteer is the English names of countries, territories and world
// regions from CLDR (golang.org/x/text/language/display): a maintained
// list, not one typed in from articles.
var (
	gazetteerOnce sync.Once
	gazetteer     map[string]bool
)

// CLDR region names that are a body or no place at all.
var notPlaceRegions = set("European Union", "Eurozone", "United Nations", "Unknown Region", "World")

// isGazetteerPlace reports whether name is a country, territory or world
// region in CLDR: "Japan", "North Korea", "Eastern Europe", "Burma".
func isGazetteerPlace(name string) bool {
	gazetteerOnce.Do(loadGazetteer)
	return gazetteer[strings.TrimPrefix(name, "the ")]
}

func loadGazetteer() {
	gazetteer = map[string]bool{}
	names := display.English.Regions()
	add := func(code string) {
		r, err := language.ParseRegion(code)
		if err != nil || notPlaceRegions[names.Name(r)] {
			return
		}
		for _, n := range regionNames(names.Name(r)) {
			gazetteer[n] = true
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			add(string([]rune{a, b}))
		}
	}
	for i := 2; i < 1000; i++ {
		add(fmt.Sprintf("%03d", i))
	}
}

// regionNames turns one CLDR display name into the forms prose uses:
// "Myanmar (Burma)" gives Myanmar and Burma, "Congo - Kinshasa" gives
// Congo, "St. Lucia" also Saint Lucia, "Trinidad & Tobago" also
// "Trinidad and Tobago", "Hong Kong SAR China" gives Hong Kong.
func regionNames(n string) []string {
	if n == "" {
		return nil
	}
	var out []string
	if i := strings.Index(n, " ("); i > 0 {
		out = append(out, strings.TrimSuffix(n[i+2:], ")"))
		n = n[:i]
	}
	if i := strings.Index(n, " - "); i > 0 {
		n = n[:i]
	}
	n = strings.TrimSuffix(strings.TrimSuffix(n, " China"), " SAR")
	out = append(out, n)
	if strings.Contains(n, "&") {
		out = append(out, strings.ReplaceAll(n, "&", "and"))
	}
	if strings.HasPrefix(n, "St. ") {
		out = append(out, "Saint "+n[4:])
	}
	return out
}
