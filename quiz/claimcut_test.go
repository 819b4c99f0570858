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
