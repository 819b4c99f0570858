package quiz

import (
	"strings"
	"testing"
)

// TestDateActor: the reverse date card names who acted on the date that
// opens its sentence (round 14 CTBT C13 "What happened in October 1977?",
// perestroika C4 "What happened in May 1985?"), and refuses a sentence
// whose date does not open it, whose subject names no one, is a pronoun
// or a passive, or whose verb tells what befell the subject.
func TestDateActor(t *testing.T) {
	for _, tt := range []struct {
		sentence, date, want string
	}{
		{"In October 1977, the US, UK, and Soviet Union returned to negotiations over a test ban.", "October 1977", "the US, UK, and Soviet Union"},
		{"In May 1985, Gorbachev gave a speech in Leningrad in which he admitted the slowing of economic development.", "May 1985", "Gorbachev"},
		{"In June 2002 the United States withdrew from the treaty, leading to its termination.", "June 2002", "the United States"},
		{"In June 1946, Bernard Baruch, an emissary of President Harry S. Truman, proposed the Baruch Plan before the United Nations Atomic Energy Commission.", "June 1946", "Bernard Baruch"},
		{"On October 1, 1949, Mao Zedong proclaimed the People's Republic of China.", "October 1, 1949", "Mao Zedong"},
		{"In June 1950, Kim Il-sung's North Korean People's Army invaded South Korea.", "June 1950", "Kim Il-sung's North Korean People's Army"},
		{"In March 1948, the Western powers formally announced a new currency for their zones.", "March 1948", "the Western powers"},
		// counter-examples
		{"The Korean Armistice Agreement was signed in July 1953 after the death of Stalin.", "July 1953", ""},                                // the date does not open it
		{"In the immediate aftermath of the Tiananmen Square incident in June 1989, many countries reduced their contacts.", "June 1989", ""}, // nor here
		{"In May 1988, many enterprises bought new machines.", "May 1988", ""},                                                                // names no one
		{"In August 1968, he ordered the invasion of Czechoslovakia.", "August 1968", ""},                                                     // a pronoun
		{"In June 1987, the Law on State Enterprise was passed by the Supreme Soviet.", "June 1987", ""},                                      // a passive
		{"In March 1953, Joseph Stalin died in Moscow.", "March 1953", ""},                                                                    // befell him
		{"In May 1949, following the airlift, Stalin lifted the blockade.", "May 1949", ""},                                                   // an aside before the subject
	} {
		a := mustParse(t, []byte("A Test Article\n\nIntroduction\n\n"+tt.sentence+"\n"))
		facts := Extract(a)
		g := indexedGenerator(a, facts).fork(nil)
		found := false
		got := ""
		for _, f := range g.facts {
			if f.Kind == DateFact && f.Text == tt.date {
				found = true
				got, _ = g.dateActor(f)
			}
		}
		if !found {
			t.Errorf("%q: the extractor found no date %q", tt.sentence, tt.date)
		}
		if got != tt.want {
			t.Errorf("dateActor(%q) = %q; want %q", tt.sentence, got, tt.want)
		}
	}
	// in a deck: the reverse card asks what the actor did, never "What
	// happened …?"
	asked := false
	for _, c := range cardsFor(t, "In October 1977, the US, UK, and Soviet Union returned to negotiations over a test ban. "+
		"The first successful North Korean hydrogen bomb test supposedly took place in September 2017.") {
		if strings.HasPrefix(c.Front, "What happened") {
			t.Errorf("a front that names no one: %q", c.Front)
		}
		asked = asked || strings.HasPrefix(c.Front, "What did the US, UK, and Soviet Union do in October 1977?")
	}
	if !asked {
		t.Error("no card asks what the US, UK, and Soviet Union did in October 1977")
	}
}
