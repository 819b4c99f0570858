package quiz

import (
	"reflect"
	"testing"
)

// TestWithoutStemAdjective: an option the stem names by its adjective, or
// by the first word of its name used as one, goes; others stay.
func TestWithoutStemAdjective(t *testing.T) {
	cases := []struct {
		s       string
		options []string
		want    []string
	}{
		// cold war: "a Soviet attack"
		{"The two [United States] regiments in Berlin would have provided little resistance against a Soviet attack.",
			[]string{"Soviet Union", "Canada", "South Korea"}, []string{"Canada", "South Korea"}},
		// China: "Chinese anxiety", "Soviet strategic advances"
		{"Chinese anxiety about Soviet strategic advances was heightened following the December 1979 invasion of [Afghanistan].",
			[]string{"China", "India", "Soviet Union", "Japan"}, []string{"India", "Japan"}},
		// Brezhnev: the Polish party
		{"Hungary and [Czechoslovakia] watched the Polish United Workers' Party fall.",
			[]string{"Poland", "Romania", "Bulgaria"}, []string{"Romania", "Bulgaria"}},
		// cold war: "a West German army"
		{"The U.S. planned to form a West German army, and prepared proposals for a peace treaty with [Japan].",
			[]string{"Germany", "Iran", "Turkey"}, []string{"Iran", "Turkey"}},
		// counter-examples: a shared first word, a compass word, the name
		// itself (which nameDistractors refuses when written), another
		// country's adjective
		{"The two [United States] regiments in Berlin would have provided little resistance.",
			[]string{"United Kingdom", "Canada", "France"}, []string{"United Kingdom", "Canada", "France"}},
		{"The North Korean invasion of [South Korea] began the war.",
			[]string{"North Vietnam", "Japan", "Taiwan"}, []string{"North Vietnam", "Japan", "Taiwan"}},
		{"Mongolia has been a place of talks between [Japan] and the Soviet Union.",
			[]string{"Soviet Union", "China", "Iran"}, []string{"Soviet Union", "China", "Iran"}},
		{"The Marshall Plan sent American aid to [France].",
			[]string{"Italy", "Belgium", "Netherlands"}, []string{"Italy", "Belgium", "Netherlands"}},
	}
	for _, c := range cases {
		got := withoutStemAdjective(blankFactIn(c.s, PlaceFact), c.options)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("withoutStemAdjective(%q, %v) = %v, want %v", c.s, c.options, got, c.want)
		}
	}
}
