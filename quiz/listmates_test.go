package quiz

import (
	"slices"
	"strings"
	"testing"
)

// TestListMates: the other members of the list a name stands in, from
// four articles; a name in no list has none.
func TestListMates(t *testing.T) {
	cases := []struct {
		sentence, name string
		want           []string
	}{
		{"The Three Governments, having considered the question in all its aspects, recognize that the transfer to Germany of German populations, or elements thereof, remaining in Poland, Czechoslovakia and Hungary, will have to be undertaken.",
			"Czechoslovakia", []string{"Poland", "Hungary"}},
		{"Though the Potsdam Agreement only refers to Poland, Czechoslovakia and Hungary, expulsions also occurred in Romania.", "Hungary", []string{"Czechoslovakia", "Poland"}},
		{"The treaty was signed by the United States, the Soviet Union and the United Kingdom.", "Soviet Union", nil}, // "the" opens no member here
		{"Japan took Korea and the Ryukyus; France took Vietnam; Britain took Upper Burma and Nepal.", "Upper Burma", []string{"Nepal"}},
		{"Stalin, Truman and Churchill met at Potsdam.", "Truman", []string{"Stalin", "Churchill"}},
		{"Marshall gave the address at Harvard University on June 5, 1947.", "Harvard University", nil},
		{"In 1968, Czechoslovakia was invaded.", "Czechoslovakia", nil}, // a year is no member
		{"Mongolia presents itself as a perfect ally in rehabilitating North Korea.", "North Korea", nil},
	}
	for _, c := range cases {
		got := listMates(c.sentence, c.name)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("listMates(%q, %q) = %q, want %q", c.sentence, c.name, got, want)
		}
	}
}

// TestNoListOrWhoGivesAway: over every corpus article and 20 seeds, no
// other question states a chosen name together with every other member
// of its list (round 17 Potsdam Q4: "Poland, Czechoslovakia and
// Hungary"), and none states the surname of a who-question's person
// (round 17 Marshall Q21: "After Marshall's appointment").
func TestNoListOrWhoGivesAway(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for i, q := range qs {
			if q.Type != MultipleChoice && q.Type != FillIn || q.Kind == DateFact || len(q.Answer) == 0 {
				continue
			}
			for j, o := range qs {
				if i == j {
					continue
				}
				stated := statedBy(o)
				if q.Type == MultipleChoice {
					for _, s := range sourceSentences(q) {
						mates := listMates(s, q.Answer[0])
						if len(mates) >= 2 && showsAny(stated, q.Answer) && allShown(stated, mates) {
							t.Errorf("%q: the list %q of the answer %q is written by %q", q.Prompt, mates, q.Answer[0], stated)
						}
					}
				}
				if q.Type == FillIn && strings.HasPrefix(q.Prompt, "Who ") {
					if s := surnameOf(q.Answer[0]); len(s) >= 4 && g.isSurname(s) && showsAny(stated, []string{s}) {
						t.Errorf("%q: the surname %q is stated by %q", q.Prompt, s, stated)
					}
				}
			}
		}
	})
}

func allShown(text string, names []string) bool {
	for _, n := range names {
		if !showsAny(text, []string{n}) {
			return false
		}
	}
	return true
}

// TestSamePool: two date multiple choices that offer two or more of the
// same dates give each other away; one shared date, a name question or a
// typed date does not.
func TestSamePool(t *testing.T) {
	mc := func(opts ...string) Question { return Question{Type: MultipleChoice, Kind: DateFact, Options: opts} }
	cases := []struct {
		name string
		o, q Question
		want bool
	}{
		{"perestroika Q6/Q9", mc("June 1987", "January 1986", "May 1985", "May 1988"), mc("May 1985", "May 1988", "June 1987", "February 1983"), true},
		{"CTBT: one date shared", mc("1963", "1974", "1996", "1954"), mc("1996", "1998", "2006", "2017"), false},
		{"China: two years shared", mc("1983", "1985", "1986", "1987"), mc("1986", "1985", "1988", "1979"), true},
		{"a name question", Question{Type: MultipleChoice, Kind: PlaceFact, Options: []string{"1983", "1985"}}, mc("1983", "1985", "1986"), false},
		{"a typed date", Question{Type: FillIn, Kind: DateFact, Answer: []string{"1983"}}, mc("1983", "1985", "1986"), false},
	}
	for _, c := range cases {
		if got := samePool(c.o, c.q); got != c.want {
			t.Errorf("%s: samePool = %v, want %v", c.name, got, c.want)
		}
	}
}
