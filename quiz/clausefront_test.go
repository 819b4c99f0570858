package quiz

import (
	"strings"
	"testing"
)

// TestClauseFront: a long quoted front is cut to the clause holding the
// blank; a short one, a passage, a cut that would drop a figure, and a
// blank in the trailing clause stay as written.
func TestClauseFront(t *testing.T) {
	const who, when = "Who is missing from the sentence?\n“", "When did this happen?\n“"
	for _, tc := range []struct{ front, want string }{
		// a relative clause after the blank goes (cold war)
		{who + "In Hungary, when the Soviets installed a communist government, _____ was appointed General Secretary of the Hungarian Communist Party, which began one of the harshest dictatorships in Europe under the People's Republic of Hungary.”",
			who + "In Hungary, when the Soviets installed a communist government, _____ was appointed General Secretary of the Hungarian Communist Party.”"},
		// a ", but" clause goes (cold war)
		{"Which term completes the sentence?\n“Stalin had respected the \"_____\" with Winston Churchill to not intervene, but Yugoslavia and Albania defied the USSR's policy and sent supplies during the Greek Civil War to the army of the Communist Party of Greece, the DSE.”",
			"Which term completes the sentence?\n“Stalin had respected the \"_____\" with Winston Churchill to not intervene.”"},
		// a trailing list goes (Marshall Plan)
		{who + "After Marshall's appointment in January 1947, administration officials met with Soviet Foreign Minister _____ and others to press for an economically self-sufficient Germany, including a detailed accounting of the industrial plants, goods and infrastructure already removed by the Soviets in their occupied zone.”",
			who + "After Marshall's appointment in January 1947, administration officials met with Soviet Foreign Minister _____ and others to press for an economically self-sufficient Germany.”"},
		// a fronted circumstance goes when the rest is still long (cold war)
		{when + "After disagreements between Yugoslavian leader Josip Broz Tito and the Soviet Union regarding Greece and the People's Republic of Albania, a Tito–Stalin Split occurred, followed by Yugoslavia being expelled from the Cominform in _____ and a brief failed Soviet putsch in Belgrade.”",
			when + "A Tito–Stalin Split occurred, followed by Yugoslavia being expelled from the Cominform in _____ and a brief failed Soviet putsch in Belgrade.”"},
		// a date's relative without its comma (Brezhnev Doctrine)
		{"Which date completes the sentence?\n“After three months of negotiations, agreements, and rising tensions between Moscow and Czechoslovakia, the Soviet/Warsaw Pact invasion began on the night of _____ which was to be met with great Czechoslovak discontent and resistance for many months into 1970.”",
			"Which date completes the sentence?\n“After three months of negotiations, agreements, and rising tensions between Moscow and Czechoslovakia, the Soviet/Warsaw Pact invasion began on the night of _____.”"},
		// the clause cut keeps a bracket whole, and a later clause goes (cold war "3 times YES")
		{"Which term completes the sentence?\n“In the non-USSR annexed portion of Poland, less than a third of Poland's population voted in favor of massive communist land reforms and industry nationalizations in a policies referendum known as \"_____\" (3 razy TAK; 3xTAK), whereupon a second vote rigged election was held to get the desired result.”",
			"Which term completes the sentence?\n“In the non-USSR annexed portion of Poland, less than a third of Poland's population voted in favor of massive communist land reforms and industry nationalizations in a policies referendum known as \"_____\".”"},
		// an initial is no sentence break (Marshall Plan)
		{"Which organisation completes the sentence?\n“The Plan was largely the creation of _____ officials, especially William L. Clayton and George F. Kennan, with help from the Brookings Institution, as requested by Senator Arthur H. Vandenberg, chairman of the Senate Foreign Relations Committee.”",
			"Which organisation completes the sentence?\n“The Plan was largely the creation of _____ officials.”"},
		// a non-restrictive "who" after a name (Potsdam Agreement)
		{who + "The signatories were General Secretary _____, President Harry S. Truman, and Prime Minister Clement Attlee, who, as a result of the British general election of 1945, had replaced Winston Churchill as the UK's representative.”",
			who + "The signatories were General Secretary _____, President Harry S. Truman, and Prime Minister Clement Attlee.”"},
		// counter-examples: a clause holding a figure stays (Marshall Plan: the amount is a point)
		{when + "The Marshall Plan was an American initiative passed in _____ to aid Western Europe, in which the United States gave over $12 billion in economic assistance to help rebuild Western European economies after the end of World War II.”", ""},
		// a short front (CTBT)
		{when + "In _____, negotiations on a test ban restarted, followed by a joint US-Soviet program to research underground-test detection in December 1987.”", ""},
		// the blank in the trailing clause, and the lead clause with no opener (perestroika)
		{"Which organisation completes the sentence?\n“The Soviet Union's dual nature, part supranational union of republics and part unitary state, played a part in the difficulty of controlling the pace of restructuring, especially once the new _____ was formed and posed a challenge to the primacy of the CPSU.”", ""},
		// a passage (built-in article)
		{"Which term completes the passage?\n“As the Mongolian People’s Republic was established in the mid-1920s, the MPR was eager to pursue relations with the newly founded DPRK as a fellow socialist state. This period is often labeled as “_____” by scholars, which is a long enough tail to pass the limit of words here.”", ""},
	} {
		got, ok := clauseFront(tc.front)
		if tc.want == "" {
			if ok || got != tc.front {
				t.Errorf("clauseFront(%q) = %q, want it unchanged", tc.front, got)
			}
			continue
		}
		if !ok || got != tc.want {
			t.Errorf("clauseFront(%q)\n = %q, %v\nwant %q", tc.front, got, ok, tc.want)
		}
	}
}

// TestHedgedCards: a card on a sentence that speculates or reports
// hearsay (CTBT C20 "supposedly took place in _____") goes when another
// card shows its date; a card that alone shows its date stays, asking to
// complete the sentence rather than when the event happened; a plain
// sentence's card is untouched. Two made-up articles.
func TestHedgedCards(t *testing.T) {
	for _, tc := range []struct {
		text, sentence, date, other string
		want                        string // the front kept, "" for gone
	}{
		{"# Test Ban\n\nThe treaty opened for signature in New York in September 1996. The first hydrogen bomb test of the North supposedly took place in September 2017. The treaty has not entered into force.\n",
			"The first hydrogen bomb test of the North supposedly took place in September 2017.", "September 2017", "",
			"Which date completes the sentence?\n“The first hydrogen bomb test of the North supposedly took place in _____.”"},
		{"# Test Ban\n\nThe treaty opened for signature in New York in September 1996. The first hydrogen bomb test of the North supposedly took place in September 2017. The North tested again in September 2017.\n",
			"The first hydrogen bomb test of the North supposedly took place in September 2017.", "September 2017", "The North tested again in September 2017.",
			""},
		{"# Aid Plan\n\nThe Aid Plan was passed in 1948. The plan is believed to have saved the economy of Italy in 1950. The plan ended in 1952.\n",
			"The plan is believed to have saved the economy of Italy in 1950.", "1950", "",
			"Which date completes the sentence?\n“The plan is believed to have saved the economy of Italy in _____.”"},
		// counter-example: no hedge
		{"# Aid Plan\n\nThe Aid Plan was passed in 1948. The plan saved the economy of Italy in 1950. The plan ended in 1952.\n",
			"The plan saved the economy of Italy in 1950.", "1950", "",
			"When did this happen?\n“The plan saved the economy of Italy in _____.”"},
	} {
		a := mustParse(t, []byte(tc.text))
		g := indexedGenerator(a, Extract(a))
		cards := []Card{{Key: "x", Kind: CardWhen, Sentence: tc.sentence, Front: whenPrompt + "“" + strings.Replace(tc.sentence, tc.date, "_____", 1) + "”", Back: tc.date}}
		if tc.other != "" {
			cards = append(cards, Card{Key: "y", Kind: CardQuestion, Sentence: tc.other, Front: "What did the North do again?", Back: "Tested."})
		}
		got := ""
		for _, c := range g.reviewCards(cards) {
			if c.Key == "x" {
				got = c.Front
			}
		}
		if got != tc.want {
			t.Errorf("reviewCards(%q) kept %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
