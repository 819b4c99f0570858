package quiz

import (
	"testing"
)

// TestDatedNameCard: a date its sentence ties to a named treaty,
// declaration, conference or body is asked by the name ("When was the …
// signed?"), in the four ties (a participle after the name, "X of DATE",
// "X (DATE)", "the DATE X"); a date tied to no name, to a name whose head
// noun has no dating verb, or to a possessive description gives no card.
func TestDatedNameCard(t *testing.T) {
	for _, tt := range []struct {
		sentence, date, want string
	}{
		{"The agreement was superseded by the Treaty on the Final Settlement with Respect to Germany signed on 12 September 1990.", "12 September 1990",
			"When was the Treaty on the Final Settlement with Respect to Germany signed?"},
		{"The foreign policy of the new state was sealed with the Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance signed in 1950 to oppose its chief antagonists.", "1950",
			"When was the Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance signed?"},
		{"Several unequal treaties, including the Treaty of Nanking (1842), forced China to open new treaty ports.", "1842",
			"When was the Treaty of Nanking signed?"},
		{"The Allies by the Berlin Declaration of June 5, 1945, had assumed supreme authority over Germany.", "June 5, 1945",
			"When was the Berlin Declaration issued?"},
		{"Before Singapore was selected as the location for the 2018 North Korea-United States Summit, Ulaanbaatar was cited as a possible location.", "2018",
			"When was the North Korea-United States Summit held?"},
		{"North Korean-Mongolian relations were established shortly after the creation of the DPRK in 1948.", "1948",
			"When was the DPRK created?"},
		{"This doctrine was announced to justify the invasion of Czechoslovakia in August 1968 that ended the Prague Spring.", "August 1968",
			"When was Czechoslovakia invaded?"},
		{"Already during the Potsdam Conference, on 30 July 1945, the Allied Control Council was constituted in Berlin to execute the Allied resolutions:", "30 July 1945",
			"When was the Allied Control Council constituted?"},
		{"The treaty was followed by similar agreements with the Russians (Treaty of Shimoda, February 7, 1855), and the French.", "February 7, 1855",
			"When was the Treaty of Shimoda signed?"},
		{"For the first time since Vladimir Lenin's New Economic Policy was abolished in 1928, the law permitted private ownership.", "1928",
			"When was Lenin's New Economic Policy abolished?"},
		// counter-examples
		{"George Orwell's classic dystopia Nineteen Eighty-Four was published in 1949.", "1949", ""},
		{"The Marshall Plan aid was spent mostly in 1948 on food and fuel.", "1948", ""},
		{"Speaking at the Paris Peace Conference on October 10, 1946, Molotov had already stated Soviet fears.", "October 10, 1946", ""}, // a day at the conference, not its dates
		{"In a speech at the Fifth Congress of the Polish United Workers' Party on November 13, 1968, Brezhnev outlined the doctrine.", "November 13, 1968", ""},
		{"Mongolia established the Ulaanbaatar Dialogue Initiative in 2013 and hosted talks.", "2013", ""}, // the name follows the date
		{"The creation of new ministries in 1988 slowed the reform.", "1988", ""},
		{"After the talks of May 1972, the Moscow Summit was praised by the press.", "May 1972", ""},
		{"In 1949, Germany was divided into two states.", "1949", ""},                 // one word: no name of a dated kind
		{"In June 1950, the Korean War was started by an invasion.", "June 1950", ""}, // no dating verb for a war // the date does not open the clause; no dating verb                          // no name created
	} {
		a := mustParse(t, []byte("A Test Article\n\nIntroduction\n\n"+tt.sentence+"\n"))
		facts := Extract(a)
		g := indexedGenerator(a, facts).fork(nil)
		got := ""
		found := false
		for _, f := range g.facts {
			if f.Kind == DateFact && f.Text == tt.date {
				found = true
				if c, ok := g.datedNameCard(f); ok {
					got = c.Front
					if c.Back != tt.date {
						t.Errorf("%q: back %q, want the date %q", tt.sentence, c.Back, tt.date)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: the extractor found no date %q", tt.sentence, tt.date)
		}
		if got != tt.want {
			t.Errorf("datedNameCard(%q) = %q; want %q", tt.sentence, got, tt.want)
		}
	}
}
