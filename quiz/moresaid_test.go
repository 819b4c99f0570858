package quiz

import (
	"strings"
	"testing"
)

// TestMoreSaidAsksForOne: a what-did card on a subject its paragraph says
// more of asks for one and gives the others on its back (perestroika: the
// Law on State Enterprise, round 16 X-C7, Y-C7); what-did cards whose
// paragraph says nothing more of their subject stay (the Law on
// Cooperatives, the PTBT, the Marshall Plan).
func TestMoreSaidAsksForOne(t *testing.T) {
	tests := []struct {
		article, front string
		want           string // the front after the rule; "" when it stays
		backHas        []string
	}{
		{"perestroika", "What did the Law on State Enterprise stipulate?", "Name one thing the Law on State Enterprise stipulated.",
			[]string{"free to determine output levels", "Also: Under the law, enterprises became self-financing.", "The law shifted control over the enterprise operations"}},
		// counter-examples
		{"perestroika", "What did the Law on Cooperatives permit?", "", nil},
		{"comprehensive_nuclear_test_ban_treaty", "What did the PTBT ban?", "", nil},
		{"marshall_plan", "What did the Marshall Plan require or encourage?", "", nil},
	}
	decks := map[string][]Card{}
	for _, ar := range goldArticles(t) {
		_, a := ar.read(t)
		decks[ar.name] = MakeCards(a, Extract(a))
	}
	for _, tt := range tests {
		deck, ok := decks[tt.article]
		if !ok {
			t.Skipf("no %s in the corpus", tt.article)
		}
		var was Card
		for _, c := range deck {
			if c.Front == tt.front || tt.want != "" && c.Front == tt.want {
				was = c
			}
		}
		if was.Front == "" {
			t.Errorf("%s: no card %q", tt.article, tt.front)
			continue
		}
		if tt.want == "" {
			if was.Front != tt.front || strings.Contains(was.Back, "Also:") {
				t.Errorf("%s: %q changed to %q / %q", tt.article, tt.front, was.Front, was.Back)
			}
			continue
		}
		if was.Front != tt.want {
			t.Errorf("%s: front %q; want %q", tt.article, was.Front, tt.want)
		}
		for _, h := range tt.backHas {
			if !strings.Contains(was.Back, h) {
				t.Errorf("%s: back %q lacks %q", tt.article, was.Back, h)
			}
		}
	}
}

// TestWithinAskedIsOneEvent: a date inside (or holding) a date its
// sentence's card already asks is the same event's time (Potsdam: the
// protocol of 1 August 1945 within the conference of 17 July – 2 August
// 1945); dates that do not meet are two events.
func TestWithinAskedIsOneEvent(t *testing.T) {
	conf := DateValue{Year: 1945, YearEnd: 1945, Month: 7, Day: 17, EndMonth: 8, EndDay: 2, Granularity: Day}
	tests := []struct {
		date  DateValue
		asked []DateValue
		want  bool
	}{
		{DateValue{Year: 1945, YearEnd: 1945, Month: 8, Day: 1, Granularity: Day}, []DateValue{conf}, true},
		{DateValue{Year: 1945, YearEnd: 1945, Month: 8, Granularity: Month}, []DateValue{{Year: 1945, YearEnd: 1945, Month: 8, Day: 1, Granularity: Day}}, true},
		{DateValue{Year: 1948, YearEnd: 1948, Granularity: Year}, []DateValue{{Year: 1948, YearEnd: 1948, Month: 6, Granularity: Month}}, true},
		// counter-examples: another time of the sentence
		{DateValue{Year: 1945, YearEnd: 1945, Month: 8, Day: 7, Granularity: Day}, []DateValue{conf}, false},
		{DateValue{Year: 1949, YearEnd: 1949, Granularity: Year}, []DateValue{{Year: 1947, YearEnd: 1947, Granularity: Year}}, false},
		{DateValue{Year: 1854, YearEnd: 1854, Month: 3, Day: 31, Granularity: Day}, nil, false},
	}
	for _, tt := range tests {
		if got := withinAsked(Fact{Kind: DateFact, Date: tt.date}, tt.asked); got != tt.want {
			t.Errorf("withinAsked(%v, %v) = %v; want %v", tt.date, tt.asked, got, tt.want)
		}
	}
}

// TestMutualRepeatsGo: a card whose front shows an earlier card's answer
// while that card's front shows its own goes (cold war: NATO both ways);
// a one-way showing, a clause answer and an edited card stay.
func TestMutualRepeatsGo(t *testing.T) {
	nato := Card{Key: "a", Front: "When was NATO formed?", Back: "1949"}
	tests := []struct {
		name  string
		cards []Card
		want  []string // the keys kept
	}{
		{"both ways", []Card{nato, {Key: "b", Front: "“The United States joined Britain … in 1949 to form the _____, …”", Back: "North Atlantic Treaty Organization (NATO)"}}, []string{"a"}},
		{"both ways, a date and a treaty", []Card{{Key: "a", Front: "When was the Treaty of Kanagawa signed?", Back: "March 31, 1854"}, {Key: "b", Front: "“On March 31, 1854, Perry signed the _____.”", Back: "Treaty of Kanagawa."}}, []string{"a"}},
		// counter-examples
		{"one way", []Card{nato, {Key: "b", Front: "“In 1949, the Soviet Union tested its first _____.”", Back: "atomic bomb"}}, []string{"a", "b"}},
		{"a clause answer", []Card{{Key: "a", Front: "What did the Marshall Plan require?", Back: "A reduction of interstate barriers and a dropping of many regulations."}, {Key: "b", Front: "“The _____ required a reduction of interstate barriers and a dropping of many regulations.”", Back: "Marshall Plan"}}, []string{"a", "b"}},
		{"edited", []Card{nato, {Key: "b", Front: "“… in 1949 to form the _____ (NATO)”", Back: "North Atlantic Treaty Organization (NATO)", Edited: true}}, []string{"a", "b"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range mutualRepeats(tt.cards) {
			got = append(got, c.Key)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: kept %v; want %v", tt.name, got, tt.want)
		}
	}
}
