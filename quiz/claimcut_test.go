package quiz

import "testing"

// TestToTheClaim: a true/false statement loses a closing "which"/"who"
// clause and an opening participle clause that hold neither the fact nor
// a quotation; a "which" clause after a policy's name, a clause holding
// the fact, and an opener that sets up "either"/"both" stay (sentences of
// the CTBT, cold war, China, Marshall Plan and built-in articles).
func TestToTheClaim(t *testing.T) {
	cases := []struct{ statement, keep, want string }{
		{`In 1954, following the Castle Bravo test, Prime Minister Jawaharlal Nehru of India issued the first appeal for a standstill agreement on testing, which was soon echoed by the British Labour Party.`, "1954",
			`In 1954, following the Castle Bravo test, Prime Minister Jawaharlal Nehru of India issued the first appeal for a standstill agreement on testing.`},
		{`The Korean Armistice Agreement was signed in July 1953 after the death of Stalin, who had been insisting that the North Koreans continue fighting.`, "July 1953",
			`The Korean Armistice Agreement was signed in July 1953 after the death of Stalin.`},
		{`Fearing American political, cultural and economic penetration, Stalin eventually forbade Soviet Eastern bloc countries of the newly formed Cominform from accepting Marshall Plan aid.`, "Cominform",
			`Stalin eventually forbade Soviet Eastern bloc countries of the newly formed Cominform from accepting Marshall Plan aid.`},
		{`Established in 2003, Khaan Quest is the only military exercise where nations such as China and Japan participate.`, "Khaan Quest",
			`Khaan Quest is the only military exercise where nations such as China and Japan participate.`},
		// counter-examples
		{`The Treaty of Shimonoseki was signed between Japan and China, which ceded the Liaodong Peninsula and the island of Taiwan to Japan.`, "Treaty of Shimonoseki",
			`The Treaty of Shimonoseki was signed between Japan and China, which ceded the Liaodong Peninsula and the island of Taiwan to Japan.`},
		{`Established in 2003, Khaan Quest is the only military exercise where nations such as China and Japan participate.`, "2003",
			`Established in 2003, Khaan Quest is the only military exercise where nations such as China and Japan participate.`},
		{`Snuggly positioned between Russia and China, Mongolian foreign policy is cautious about making any moves that would be deemed hostile by either party.`, "China",
			`Snuggly positioned between Russia and China, Mongolian foreign policy is cautious about making any moves that would be deemed hostile by either party.`},
		{`Snuggly positioned between Russia and China, Mongolian foreign policy is cautious about making any moves that would be deemed hostile by either party.`, "Mongolian",
			`Snuggly positioned between Russia and China, Mongolian foreign policy is cautious about making any moves that would be deemed hostile by either party.`},
		{`During the democratization process in the 1990s, Mongolia began to develop relationships that were not marked by ideology-driven friendship.`, "Mongolia",
			`During the democratization process in the 1990s, Mongolia began to develop relationships that were not marked by ideology-driven friendship.`},
		{`Marshall's speech was given at Harvard, which awarded him an honorary degree in 1947.`, "1947",
			`Marshall's speech was given at Harvard, which awarded him an honorary degree in 1947.`},
		{`It was signed, which surprised many.`, "signed", `It was signed, which surprised many.`},
	}
	for _, c := range cases {
		if got := toTheClaim(c.statement, c.keep); got != c.want {
			t.Errorf("toTheClaim(%q, %q)\n got %q\nwant %q", c.statement, c.keep, got, c.want)
		}
	}
}

// TestOpenerEnd: the opening clause ends at the comma before the
// subject, past a list's commas.
func TestOpenerEnd(t *testing.T) {
	cases := []struct{ s, want string }{
		{"Fearing American political, cultural and economic penetration, Stalin forbade it.", "Fearing American political, cultural and economic penetration"},
		{"Fearing Britain, France and Italy, Stalin forbade it.", "Fearing Britain, France and Italy"},
		{"Fearing war, Stalin, the leader, ordered it.", "Fearing war"},
		{"Fearing that war would come soon and that nothing could stop it, one of the many generals who served under the leader ordered retreat.", ""},
	}
	for _, c := range cases {
		got := ""
		if i := openerEnd(c.s); i >= 0 {
			got = c.s[:i]
		}
		if got != c.want {
			t.Errorf("openerEnd(%q) ends %q, want %q", c.s, got, c.want)
		}
	}
}

// TestMainClaimOnly: round 18 true statements were the article's
// sentences word for word; a statement keeps its main claim, dated at
// its end, from sentences of several articles, and leaves alone what a
// cut would change or break.
func TestMainClaimOnly(t *testing.T) {
	tests := []struct {
		s, keep, want string
	}{
		// perestroika Q2: a fronted date moves behind its clause
		{"In July 1987, the Supreme Soviet of the Soviet Union passed the Law on State Enterprise.", "July 1987",
			"The Supreme Soviet of the Soviet Union passed the Law on State Enterprise in July 1987."},
		// the built-in article; a false statement's swap is moved the same way
		{"In 2011, Mongolia established its Ulaanbaatar Dialogue Initiative on Northeast Asian Security.", "2011",
			"Mongolia established its Ulaanbaatar Dialogue Initiative on Northeast Asian Security in 2011."},
		{"On 5 August 1963, the Partial Test Ban Treaty was signed in Moscow.", "5 August 1963",
			"The Partial Test Ban Treaty was signed in Moscow on 5 August 1963."},
		// CTBT: a fronted circumstance without the fact goes
		{"With strong support from the UN General Assembly, negotiations for a comprehensive test-ban treaty began in 1993.", "1993",
			"Negotiations for a comprehensive test-ban treaty began in 1993."},
		{"While Germany struggled to recover from the destruction of the War, the recovery effort began in June 1948, moving on from emergency relief.", "June 1948",
			"The recovery effort began in June 1948, moving on from emergency relief."},
		// Potsdam Q4: a trailing "whereafter" clause goes
		{"Dismantling was stopped in West Germany in 1951 according to the Truman Doctrine, whereafter East Germany had to cope with the impact alone.", "1951",
			"Dismantling was stopped in West Germany in 1951 according to the Truman Doctrine."},
		// counter-examples: the date dates two clauses; a clause that bounds
		// the claim in time; a rest that leans on the opener; the fact in the cut part
		{"In 1949, the Soviets tested a bomb and NATO was founded.", "1949", "In 1949, the Soviets tested a bomb and NATO was founded."},
		{"In 1955, Nagy, the reformer, was overthrown.", "1955", "In 1955, Nagy, the reformer, was overthrown."},
		{"When China broke with Russia around 1960, the main cause was Mao’s insistence on the true principles of communism.", "Mao",
			"When China broke with Russia around 1960, the main cause was Mao’s insistence on the true principles of communism."},
		{"While the airlift went on in 1948, it supplied West Berlin with food and coal every day.", "food",
			"While the airlift went on in 1948, it supplied West Berlin with food and coal every day."},
		{"Despite the embargo of 1950, trade with Japan grew by half within five years.", "1950",
			"Despite the embargo of 1950, trade with Japan grew by half within five years."},
		{"The treaty was signed in 1968, whereafter the states began to ratify it.", "the states",
			"The treaty was signed in 1968, whereafter the states began to ratify it."},
		{"In the 1980s, reforms began.", "the 1980s", "In the 1980s, reforms began."},
		// the fact is the body or the law, the fronted date moves all the same
		{"In July 1987, the Supreme Soviet of the Soviet Union passed the Law on State Enterprise.", "Law on State Enterprise",
			"The Supreme Soviet of the Soviet Union passed the Law on State Enterprise in July 1987."},
		{"In the wake of the war, Mongolia established its embassy in the capital.", "Mongolia",
			"In the wake of the war, Mongolia established its embassy in the capital."},
		{"In 1985, Li Xiannian was the first president of China to visit the United States.", "1985",
			"In 1985, Li Xiannian was the first president of China to visit the United States."},
	}
	for _, tt := range tests {
		if got := mainClaimOnly(tt.s, tt.keep); got != tt.want {
			t.Errorf("mainClaimOnly(%q, %q)\n = %q\nwant %q", tt.s, tt.keep, got, tt.want)
		}
	}
}
