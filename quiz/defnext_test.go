package quiz

import "testing"

// TestNextSays: a definition's back gathers the sentence after it when
// that sentence goes on about the term (opens on its name, or its main
// clause has "it" for subject and the definition ends on or opens with
// the term), in the same paragraph and in at most 30 words.
func TestNextSays(t *testing.T) {
	for _, tt := range []struct {
		body, def, term, want string
	}{
		{`Truman articulated a presentation of the ideological struggle that became known as the "Truman Doctrine." Although based on a simplistic analysis of internal strife in Greece and Turkey, it became the single dominating influence over U.S. policy until at least the Vietnam War.`,
			`Truman articulated a presentation of the ideological struggle that became known as the "Truman Doctrine."`, "Truman Doctrine",
			"Although based on a simplistic analysis of internal strife in Greece and Turkey, it became the single dominating influence over U.S. policy until at least the Vietnam War."},
		{"Perestroika was a political movement for reformation within the Communist Party of the Soviet Union during the 1980s. It is widely associated with Soviet leader Mikhail Gorbachev.",
			"Perestroika was a political movement for reformation within the Communist Party of the Soviet Union during the 1980s.", "Perestroika",
			"It is widely associated with Soviet leader Mikhail Gorbachev."},
		{"The Marshall Plan was an American initiative enacted in 1948 to provide foreign aid to Western Europe. The Marshall Plan provided $13 billion in economic recovery programs.",
			"The Marshall Plan was an American initiative enacted in 1948 to provide foreign aid to Western Europe.", "Marshall Plan",
			"The Marshall Plan provided $13 billion in economic recovery programs."},
		// counter-examples
		{"Perestroika was a political movement within the Communist Party of the Soviet Union.\n\nIt is widely associated with Soviet leader Mikhail Gorbachev.",
			"Perestroika was a political movement within the Communist Party of the Soviet Union.", "Perestroika", ""}, // another paragraph
		{"The Soviet Union proposed the Molotov Plan as an alternative to the Marshall Plan. It was rejected by the governments of Western Europe.",
			"The Soviet Union proposed the Molotov Plan as an alternative to the Marshall Plan.", "Molotov Plan", ""}, // "it" may be the Marshall Plan
		{"Perestroika was a political movement within the Communist Party of the Soviet Union. Gorbachev introduced it at the party congress in 1986.",
			"Perestroika was a political movement within the Communist Party of the Soviet Union.", "Perestroika", ""}, // about Gorbachev
		{"The Brezhnev Doctrine was a Soviet foreign policy. It was proclaimed in order to justify the Soviet-led occupation of Czechoslovakia earlier in 1968, with the overthrow of the reform government there and the arrest of many of its leaders in Prague and Bratislava.",
			"The Brezhnev Doctrine was a Soviet foreign policy.", "Brezhnev Doctrine", ""}, // over 30 words
	} {
		a := mustParse(t, []byte("A Test Article\n\nIntroduction\n\n"+tt.body+"\n"))
		g := indexedGenerator(a, Extract(a)).fork(nil)
		got, ok := g.nextSays(Fact{Sentence: tt.def}, tt.term)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("nextSays(%q, %q) = %q; want %q", tt.def, tt.term, got, tt.want)
		}
	}
	// withNext: the definition keeps to itself the sentence another card
	// asks ("Why was the Brezhnev Doctrine proclaimed?")
	next := "It was proclaimed in order to justify the occupation of Czechoslovakia."
	def := Card{Key: "d", Kind: CardDefine, Front: "What is the Brezhnev Doctrine?", Back: "A Soviet foreign policy."}
	why := Card{Key: "w", Kind: CardQuestion, Front: "Why was the Brezhnev Doctrine proclaimed?", Back: "To justify …", Sentence: next}
	if got := withNext([]Card{def}, map[string]string{"d": next}); got[0].Back != "A Soviet foreign policy.\n"+next {
		t.Errorf("withNext alone: back %q", got[0].Back)
	}
	if got := withNext([]Card{def, why}, map[string]string{"d": next}); got[0].Back != "A Soviet foreign policy." {
		t.Errorf("withNext beside a card that asks the sentence: back %q", got[0].Back)
	}
}
