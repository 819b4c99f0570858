package quiz

import "testing"

func TestNamedAim(t *testing.T) {
	cases := []struct {
		prompt, key string
		named       bool
	}{
		// Marshall Plan, round 17 Q13: "Relief" in the name says the aim
		{"Why was the United Nations Relief and Rehabilitation Administration founded in 1943?", "to provide relief to areas liberated from Germany", true},
		{"Why was the Committee for European Economic Co-operation set up?", "to coordinate the economic co-operation of European states", true},
		{"Why was the European Coal and Steel Community created?", "to pool the coal and steel production of its members", true},
		// counter-examples: the stem does not name the aim's object
		{"Why was the Marshall Plan launched?", "to aid in the economic recovery of nations after WWII", false},
		{"What was Mongolia's goal in adopting the third-neighbor policy?", "to weave a network of relationships", false},         // built-in: no why
		{"Why did the Soviet Union create the Cominform?", "to coordinate the actions of communist parties", false},               // cold war
		{"Why did Gorbachev introduce glasnost?", "to make socialism work more efficiently", false},                               // perestroika
		{"Why did the Warsaw Pact invade Czechoslovakia?", "because Dubček's reforms threatened socialism", false},                // Brezhnev: a reason, not an aim
		{"Why was the Comprehensive Nuclear-Test-Ban Treaty Organization founded?", "to verify the treaty's ban on tests", false}, // CTBT
	}
	for _, c := range cases {
		if got := namedAim(c.prompt, c.key); got != c.named {
			t.Errorf("namedAim(%q, %q) = %v, want %v", c.prompt, c.key, got, c.named)
		}
	}
}
