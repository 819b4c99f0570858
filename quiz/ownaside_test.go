package quiz

import (
	"slices"
	"testing"
)

// TestKeptSubjectAside: the aside right after a statement's subject stays
// when it holds a span of years or the subject's head comes back later;
// other asides go (examples from the cold war, China, CTBT, Marshall Plan,
// perestroika and containment sentences).
func TestKeptSubjectAside(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// the review's case: without its years the subject is part of itself
		{"The Cold War (1947–1953) is the period within the Cold War from the Truman Doctrine in 1947 to the conclusion of the Korean War in 1953.",
			"The Cold War (1947–1953) is the period within the Cold War from the Truman Doctrine in 1947 to the conclusion of the Korean War in 1953."},
		// a span of years qualifies the subject
		{"The Boxer Rebellion (1897–1901) was an anti-foreigner movement in China.", "The Boxer Rebellion (1897–1901) was an anti-foreigner movement in China."},
		// the head comes back: the later asides still go
		{"The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is a multilateral treaty that bans all nuclear explosions (civil or military).",
			"The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is a multilateral treaty that bans all nuclear explosions."},
		// counter-examples: no span, the head does not come back
		{"The Marshall Plan (officially the European Recovery Program, ERP) was an American initiative passed in 1948 to aid Western Europe.",
			"The Marshall Plan was an American initiative passed in 1948 to aid Western Europe."},
		// a lower-case subject and an opening adverbial are no named subject
		{"The emerging doctrine of containment (as opposed to rollback) argued that the doctrine held.", "The emerging doctrine of containment argued that the doctrine held."},
		{"During the initial period (1985–87) of Mikhail Gorbachev's time in power, he talked about modifying central planning.",
			"During the initial period of Mikhail Gorbachev's time in power, he talked about modifying central planning."},
		// an aside later in the sentence is no subject's
		{"Stalin approved the plan to invade (in 1950) the South.", "Stalin approved the plan to invade the South."},
		{"No aside here.", "No aside here."},
	} {
		if got := keptSubjectAside(c.in); got != c.want {
			t.Errorf("keptSubjectAside(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
	subjectAsideOff = true
	defer func() { subjectAsideOff = false }()
	if got := keptSubjectAside("The Cold War (1947–1953) is the period within the Cold War."); got != "The Cold War is the period within the Cold War." {
		t.Errorf("off: %q", got)
	}
}

// TestOwnYearsOfASwap: a treaty the article writes with its year ("the
// 1939 German–Soviet Commercial Agreement", "the Treaty of Nanking
// (1842)") belongs to that year, not to the year of a later sentence that
// names it in passing; a false statement of 1953 does not swap it in.
// A name written with no year of its own keeps its sentences' years.
func TestOwnYearsOfASwap(t *testing.T) {
	g := generatorFor(t, "The Korean Armistice Agreement was signed in July 1953 after the death of Stalin. "+
		"In January 1948, the State Department published documents about the 1939 German–Soviet Commercial Agreement. "+
		"In 1950, historians compared the Treaty of Nanking (1842) with later treaties. "+
		"The Marshall Plan began in 1948. The Truman Doctrine was announced in 1947.")
	for _, c := range []struct {
		name string
		want []int
	}{
		{"German–Soviet Commercial Agreement", []int{1939}},
		{"Treaty of Nanking", []int{1842}},
		{"Marshall Plan", nil},
	} {
		if got := g.ownYears(c.name); !slices.Equal(got, c.want) {
			t.Errorf("ownYears(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	for _, f := range g.facts {
		if f.Value != "Korean Armistice Agreement" {
			continue
		}
		names := []string{"German–Soviet Commercial Agreement", "Treaty of Nanking", "Marshall Plan", "Truman Doctrine"}
		if got := g.swapOfTheEra(f, names); !slices.Equal(got, []string{"Marshall Plan", "Truman Doctrine"}) {
			t.Errorf("swapOfTheEra(1953) = %v, want [Marshall Plan Truman Doctrine]", got)
		}
		ownYearOff = true
		got := g.swapOfTheEra(f, names)
		ownYearOff = false
		if !slices.Contains(got, "German–Soviet Commercial Agreement") {
			t.Errorf("off: swapOfTheEra(1953) = %v, want the agreement named in 1948 kept", got)
		}
		return
	}
	t.Errorf("no Korean Armistice Agreement among %v", factTexts(g.facts))
}
