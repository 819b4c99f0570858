package quiz

import (
	"slices"
	"testing"
)

// TestRoleNoun: the noun a country's blank owns ("the sphere of
// influence of _____", "_____'s occupation zone", "the invasion of
// _____") casts it in a role; a noun of quantity, part or place ("most
// of", "the north of", "the government of") and no noun cast none.
func TestRoleNoun(t *testing.T) {
	for _, c := range []struct{ s, value, want string }{
		{"Both East and West regarded Greece as a nation well within the sphere of influence of Britain.", "Britain", "influence"}, // cold war
		{"Anxiety grew after the Soviet Union's December 1979 invasion of Afghanistan.", "Afghanistan", "invasion"},                // China
		{"Berlin lay deep inside France's occupation zone in 1946.", "France", "occupation"},
		{"The Red Army occupied most of Poland by 1945.", "Poland", ""},
		{"The government of Japan protested in 1972.", "Japan", ""},
		{"Aid flowed to Greece and Turkey in 1947.", "Turkey", ""},
		{"Stalin showed reluctance to withdraw from Iran in 1946.", "Iran", "withdraw"}, // cold war
		{"Economic aid from France arrived in 1950.", "France", ""},                     // "aid from": where it came from
	} {
		if got, _ := roleNoun(blankIn(c.s, c.value)); got != c.want {
			t.Errorf("roleNoun(%q in %q) = %q, want %q", c.value, c.s, got, c.want)
		}
	}
}

// TestInRole: an option stays when another sentence writes the role's
// noun of it, its possessive or its adjective before the noun; one the
// article never casts in the role goes (two made-up articles).
func TestInRole(t *testing.T) {
	for _, c := range []struct {
		chapters        []string
		sentence, value string
		options, want   []string
	}{
		{[]string{"The Soviet sphere of influence grew in 1946. France's influence waned in 1947. Poland and Czechoslovakia held elections in 1947.",
			"Greece lay well within the sphere of influence of Britain in 1946."},
			"Greece lay well within the sphere of influence of Britain in 1946.", "Britain",
			[]string{"Czechoslovakia", "Poland", "France", "Soviet Union"}, []string{"France", "Soviet Union"}},
		{[]string{"The invasion of Hungary came in 1956. Japan traded with Vietnam in 1978. The 1968 invasion of Czechoslovakia followed.",
			"Anxiety grew after the December 1979 invasion of Afghanistan."},
			"Anxiety grew after the December 1979 invasion of Afghanistan.", "Afghanistan",
			[]string{"Japan", "Hungary", "Vietnam", "Czechoslovakia"}, []string{"Hungary", "Czechoslovakia"}},
		{[]string{"Japan traded with Vietnam in 1978.", "Aid flowed to Greece and Turkey in 1947."},
			"Aid flowed to Greece and Turkey in 1947.", "Turkey",
			[]string{"Japan", "Vietnam"}, []string{"Japan", "Vietnam"}}, // no role: options unchanged
	} {
		g := mainPointGenerator(t, "Powers", "This article is about powers.", c.chapters...)
		if got := g.inRole(blankIn(c.sentence, c.value), c.options); !slices.Equal(got, c.want) {
			t.Errorf("inRole(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}
