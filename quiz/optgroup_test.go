package quiz

import (
	"slices"
	"strings"
	"testing"
)

// TestExcludedGroup: "non-X", "outside (the) X" and "other than (the) X"
// before a blank name the group it lies outside (round 18 Brezhnev Q7);
// a lower-case "non-" word or no such words name none.
func TestExcludedGroup(t *testing.T) {
	for before, want := range map[string]string{
		"The Soviets used it to justify their intervention in the non-Warsaw Pact nation of ": "Warsaw Pact",
		"Trade grew fastest with countries outside the European Union such as ":               "European Union",
		"Of the powers other than NATO only ":                                                 "NATO",
		"With a communist, although non-Soviet, insurgency threatening ":                      "",
		"The non-aligned nation of ":                                                          "",
		"The treaty was signed in ":                                                           "",
	} {
		if got := excludedGroup(before); got != want {
			t.Errorf("excludedGroup(%q) = %q, want %q", before, got, want)
		}
	}
}

// TestOutsideTheGroup: an option another sentence names with the group
// the stem excludes, or by its adjective, is ruled out by the stem; one
// never named with the group stays (two made-up articles: an alliance
// and a trade union of states).
func TestOutsideTheGroup(t *testing.T) {
	for _, c := range []struct {
		chapters        []string
		sentence, value string
		options, want   []string
	}{
		{[]string{"Hungary and Poland belonged to the Warsaw Pact. Calls grew for a Hungarian withdrawal from the Warsaw Pact. " +
			"Vietnam received aid in 1975. Afghanistan was invaded in 1979.",
			"The Soviets intervened in the non-Warsaw Pact nation of Afghanistan in 1979."},
			"The Soviets intervened in the non-Warsaw Pact nation of Afghanistan in 1979.", "Afghanistan",
			[]string{"Hungary", "Poland", "Vietnam"}, []string{"Vietnam"}},
		{[]string{"Norway stayed outside the Common Market. Ireland and Denmark joined the Common Market in 1973. Iceland fished.",
			"Exports rose to states outside the Common Market such as Norway."},
			"Exports rose to states outside the Common Market such as Norway.", "Norway",
			[]string{"Ireland", "Denmark", "Iceland"}, []string{"Iceland"}},
	} {
		g := mainPointGenerator(t, "Groups", "This article is about groups.", c.chapters...)
		f := blankIn(c.sentence, c.value)
		got := g.outsideTheGroup(f, c.options)
		if !slices.Equal(got, c.want) {
			t.Errorf("outsideTheGroup(%q) = %v, want %v", strings.TrimSpace(c.sentence), got, c.want)
		}
	}
}
