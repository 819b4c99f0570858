package quiz

import "testing"

// An ordering item that says its event came first, last or again gives
// its place away (round 18 CTBT Q9); words that only look alike do not.
func TestSequenceWordsTellThePlace(t *testing.T) {
	for _, c := range []struct {
		item string
		want bool
	}{
		{"The final non-underground (atmospheric or underwater) test was conducted by China.", true},                            // CTBT Q9
		{"The movement for international control of nuclear weapons began, with a call from Canada and United Kingdom.", true},  // CTBT Q9
		{"Negotiations on a test ban resumed after a pause of three years.", true},                                              // general English
		{"The Soviet Union again invaded a socialist neighbour.", true},                                                         // Brezhnev-like
		{"Marshall's plan was finally signed by Truman.", true},                                                                 // Marshall-like
		{"Relations were re-established with the Soviet Union.", true},                                                          // China-like
		{"Kim Il Sung visited Mongolia as North Korea’s relationship with the USSR and PRC was increasingly tarnished.", false}, // builtin
		{"A step towards a comprehensive test ban was made with the Threshold Test Ban Treaty (TTBT).", false},                  // CTBT
		{"74-year-old Li Xiannian became President of China, nominal head of state of China.", false},                           // China
		{"The Marshall Plan was signed into law by President Truman.", false},                                                   // "signed", not a sequence word
		{"Firstborn sons were conscripted.", false},                                                                             // a word that begins with one
		{"The lastingly divided city was blockaded.", false},                                                                    // nor one that holds one
		{"Stalin rejected the restarting schedule.", false},                                                                     // "restarting" is not "restarted"
		{"The Allied Control Council was constituted in Berlin to execute the Allied resolutions.", false},                      // Potsdam
	} {
		if got := tellsItsPlace(c.item); got != c.want {
			t.Errorf("tellsItsPlace(%q) = %v, want %v", c.item, got, c.want)
		}
	}
}

// The draw leaves out the events whose items would tell their place,
// so an ordering is drawn from the others.
func TestWithoutToldPlaces(t *testing.T) {
	dates := []Fact{
		{Kind: DateFact, Text: "1955", Sentence: "Negotiations on a test ban began in 1955."},
		{Kind: DateFact, Text: "1977", Sentence: "In 1977 the US, UK, and Soviet Union returned to negotiations."},
		{Kind: DateFact, Text: "1948", Sentence: "The Marshall Plan was signed in 1948."},
		{Kind: DateFact, Text: "1968", Sentence: "Soviet troops invaded Czechoslovakia in 1968."},
	}
	got := withoutToldPlaces(dates)
	if len(got) != 2 || got[0].Text != "1948" || got[1].Text != "1968" {
		t.Errorf("withoutToldPlaces kept %v, want the 1948 and 1968 events", got)
	}
	orderHintOff = true
	defer func() { orderHintOff = false }()
	if got := withoutToldPlaces(dates); len(got) != 4 {
		t.Errorf("with the rule off it kept %d of 4", len(got))
	}
}
