package quiz

import "testing"

// TestSpeculates: a counterfactual, a chance, a prediction or hearsay is
// no fact to ask (round 18 Cold War Q15, CTBT C20); a hedged judgement
// is ranked down, not left out; a hedge in brackets or opening an aside
// on a participle leaves the statement standing.
func TestSpeculates(t *testing.T) {
	for _, c := range []struct {
		s          string
		spec, hedg bool
	}{
		// Cold War (1947–1953), CTBT, Potsdam, Brezhnev, the built-in article
		{"The burdens the Red Army and the Soviet Union endured had earned it massive respect which, had it been fully exploited by Joseph Stalin, had a good chance of resulting in a communist Europe.", true, false},
		{"The first successful North Korean hydrogen bomb test supposedly took place in September 2017.", true, false},
		{"A North Korean test is believed to have taken place in January 2016, evidenced by an artificial earthquake.", true, false},
		{"This would have left the two nations, in particular Greece, on the brink of a communist-led revolution.", true, false},
		{"In theory, that German ethnic population could have been expelled to the Polish administered territories of Silesia.", true, false},
		{"Throughout recent history, Mongolia has repeatedly sought friendly relations with the DPRK, and will likely continue to do so.", true, false},
		{"The Soviets were threatened because the Americans might have been able to make a first strike possible.", false, false},
		// facts, though one clause or bracket hedges
		{"Urged by Stalin, the UK and the US gave in to put the German territories east of the Oder–Neisse line under Polish administration; allegedly confusing the Lusatian Neisse and the Glatzer Neisse.", false, false},
		{"On the other hand, nuclear proliferation was not halted entirely (though it may have been slowed) and nuclear testing continued.", false, false},
		{"The Law on Cooperatives, enacted in May 1988, was perhaps the most radical of the economic reforms during the early part of the Gorbachev era.", false, true},
		{"Perestroika reforms went far enough to create new bottlenecks in the Soviet economy but arguably did not go far enough.", false, true},
		{"The Marshall Plan provided $13 billion in economic recovery programs to Western European economies.", false, false},
		{"The treaty was opened for signature in September 1996 and had 71 signatories on its first day.", false, false},
		{"In 1968 the Soviet Union invaded Czechoslovakia, and had it not been for the invasion the reforms would have gone on.", true, false},
		{"Kim Il Sung visited Mongolia in 1986 as North Korea's relationship with the USSR was increasingly tarnished.", false, false},
	} {
		if got := speculates(c.s); got != c.spec {
			t.Errorf("speculates(%q) = %v, want %v", c.s, got, c.spec)
		}
		if got := Speculative(c.s); got != c.spec {
			t.Errorf("Speculative(%q) = %v, want %v", c.s, got, c.spec)
		}
		if got := hedgedClaim(c.s); got != c.hedg {
			t.Errorf("hedgedClaim(%q) = %v, want %v", c.s, got, c.hedg)
		}
	}
}
