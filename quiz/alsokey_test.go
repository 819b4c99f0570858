package quiz

import (
	"strings"
	"testing"
)

func TestAlsoPoints(t *testing.T) {
	cases := []struct {
		answer, key, sentence string
		want                  []string
	}{
		// the means a cut key left out (built-in article, round 17 Q6)
		{"Mongolian actions in maintaining peaceful relations with all nations by adopting a policy of neutrality",
			"Mongolian actions in maintaining peaceful relations with all nations", "", []string{"a policy of neutrality"}},
		// the further aim, two points of it (built-in article, round 17 Q9)
		{"to weave a network of unilateral, bilateral, and multilateral relationships to protect Mongolian security and interests while also keeping Russia and China at equal distances",
			"to weave a network of unilateral, bilateral, and multilateral relationships", "",
			[]string{"to protect Mongolian security and interests", "keeping Russia and China at equal distances"}},
		// perestroika: an aim's further aim
		{"to make socialism work more efficiently to better meet the needs of Soviet citizens",
			"to make socialism work more efficiently", "", []string{"to better meet the needs of Soviet citizens"}},
		// an aim led by "in order to" (Marshall Plan-like)
		{"the reduction of trade barriers in order to revive European industry",
			"the reduction of trade barriers", "", []string{"to revive European industry"}},
		// counter-examples: a tail of circumstance is no answer on its own
		{"republic and local governments withheld tax revenues from the central government under the growing spirit of regional autonomy",
			"republic and local governments withheld tax revenues from the central government", "", nil},
		{"the breakdown in traditional supply-demand relationships without contributing to the formation of new ones",
			"the breakdown in traditional supply-demand relationships", "", nil},
		// "to" as a preposition, not an aim (China)
		{"the transfer of the seat to the People's Republic", "the transfer of the seat", "", nil},
		// the key whole, or not the answer's opening
		{"a policy of neutrality", "a policy of neutrality", "", nil},
		{"by adopting a policy of neutrality", "a policy of neutrality", "", nil},
		// the answer cut before a point its sentence goes on to give
		{"to weave a network of unilateral, bilateral, and multilateral relationships to protect Mongolian security and interests",
			"to weave a network of unilateral, bilateral, and multilateral relationships",
			"Mongolia’s goal in adopting the “third-neighbor policy” was to weave a network of unilateral, bilateral, and multilateral relationships to protect Mongolian security and interests while also keeping Russia and China at equal distances.",
			[]string{"to protect Mongolian security and interests", "keeping Russia and China at equal distances"}},
		// a tail of circumstance in the sentence adds nothing to a key with no aim or means cut (perestroika)
		{"the breakdown in traditional supply-demand relationships", "the breakdown in traditional supply-demand relationships",
			"The elimination of central control led to the breakdown in traditional supply-demand relationships while also causing shortages.", nil},
	}
	for _, c := range cases {
		got := alsoPoints(c.answer, c.key, c.sentence)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("alsoPoints(%q, %q) = %q, want %q", c.answer, c.key, got, c.want)
		}
	}
}

func TestGradeAlsoAccepted(t *testing.T) {
	q := Question{Type: FillIn, Kind: ClauseFact,
		Prompt: "Why has Mongolia been considered several times as a location for peace talks to take place?\n" + keyWordsHint,
		Answer: []string{"Mongolian actions in maintaining peaceful relations with all nations"},
		Accept: []string{"a policy of neutrality"}}
	aim := Question{Type: FillIn, Kind: ClauseFact,
		Prompt: "What was Mongolia's goal in adopting the third-neighbor policy?\n" + keyWordsHint,
		Answer: []string{"to weave a network of unilateral, bilateral, and multilateral relationships"},
		Accept: []string{"to protect Mongolian security and interests", "keeping Russia and China at equal distances"}}
	cases := []struct {
		q     Question
		given string
		right bool
		note  string
	}{
		{q, "its neutrality", true, "gives that too"},
		{q, "peaceful relations with all nations", true, ""},
		{q, "its geography", false, ""},
		{aim, "to balance Russia and China", true, "gives that too"},
		{aim, "to protect its security", true, "gives that too"},
		{aim, "to join NATO", false, ""},
	}
	for _, c := range cases {
		v := c.q.Grade([]string{c.given})
		if v.Correct != c.right || !strings.Contains(v.Note, c.note) {
			t.Errorf("%q: correct %v note %q, want %v %q", c.given, v.Correct, v.Note, c.right, c.note)
		}
	}
	if got, want := q.ShownAnswer(), "Mongolian actions in maintaining peaceful relations with all nations (also accepted: a policy of neutrality)"; got != want {
		t.Errorf("ShownAnswer = %q, want %q", got, want)
	}
	// a spelled-out name is no point of its own
	abbr := Question{Type: FillIn, Kind: ClauseFact, Prompt: "Who? \n" + keyWordsHint, Answer: []string{"the ROC"}, Accept: []string{"Republic of China"}}
	if got := abbr.ShownAnswer(); got != "the ROC" {
		t.Errorf("ShownAnswer = %q, want the key alone", got)
	}
}
