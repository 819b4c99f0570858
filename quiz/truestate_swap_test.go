package quiz

import (
	"strings"
	"testing"
)

// swapFactIn makes a fact of kind on the first occurrence of value in s.
func swapFactIn(s, value string, kind FactKind) Fact {
	i := strings.Index(s, value)
	return Fact{Kind: kind, Text: value, Value: value, Sentence: s, SentSpan: Span{0, len(s)}, Start: i, End: i + len(value)}
}

// TestActorSlotAndNameRun (round 16, issue 18): a country is swapped in a
// false statement only where it acts (a subject before its verb, an agent
// after "by") and only as a whole name, never inside a longer run of
// capitalised words; examples from four articles.
func TestActorSlotAndNameRun(t *testing.T) {
	for _, c := range []struct {
		s, name    string
		actor, run bool
	}{
		{"The final non-underground test was conducted by China in 1980.", "China", true, false},
		{"Japan took Korea and the Ryukyus; France took Vietnam; Britain took Upper Burma and Nepal.", "France", true, false},
		{"Poland had rejected the aid.", "Poland", true, false},
		{"Both East and West regarded Greece as a nation well within the sphere of influence of Britain.", "Britain", false, false},
		{"The government of Austria was to be decided after British and American forces entered Vienna.", "Austria", false, false},
		{"There is the illusion that the New Germany left after the annexations can be reduced to a pastoral state.", "Germany", true, true},
		{"Stalin approved a plan to invade U.S.-supported South Korea on June 25, 1950.", "South Korea", false, true},
		{"The anti-Japan riots spread quickly.", "Japan", false, true},
	} {
		f := swapFactIn(c.s, c.name, PlaceFact)
		if got := actorSlot(f); got != c.actor {
			t.Errorf("actorSlot(%q in %q) = %v, want %v", c.name, c.s, got, c.actor)
		}
		if got := inNameRun(f); got != c.run {
			t.Errorf("inNameRun(%q in %q) = %v, want %v", c.name, c.s, got, c.run)
		}
	}
	// a person's title is no longer name
	f := swapFactIn("President Harry S. Truman signed the Marshall Plan on April 3, 1948.", "Harry S. Truman", PersonFact)
	f.Detail = "President"
	if inNameRun(f) {
		t.Errorf("inNameRun: a title before a person is no longer name")
	}
}

// TestVerbAfter reads the verb that follows a subject, past adverbs and
// auxiliaries, and none where a noun follows.
func TestVerbAfter(t *testing.T) {
	for s, want := range map[string]string{
		"Stalin eventually forbade Soviet Eastern bloc countries from accepting aid.": "forbid",
		"Japan had seized Manchuria.":                      "seize",
		"India was invaded in 1962.":                       "invade",
		"Austria was to be decided later.":                 "",
		"France and Italy agreed to attend.":               "",
		"China conducted its first test in 1964.":          "conduct",
		"Poland held free elections in 1989.":              "hold",
		"Britain, France and the US signed the treaty.":    "",
		"Gorbachev refused to use military force.":         "refuse",
		"Mongolia's foreign policy is cautious.":           "",
		"Truman signed the Marshall Plan on April 3, 1948": "sign",
	} {
		first := strings.Fields(s)[0]
		if got := verbAfter(s, len(strings.TrimRight(first, ","))); got != want {
			t.Errorf("verbAfter(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSwapNotSaidElsewhere (round 16, issue 18): a name swapped into a
// false statement is refused when another sentence of the article says it
// does the same (a verb of the statement's kind beside one of its other
// names), kept when the article never says so; two articles' shapes.
func TestSwapNotSaidElsewhere(t *testing.T) {
	for _, c := range []struct {
		text, sentence, answer, option string
		said                           bool
	}{
		{"China conducted its last atmospheric test in 1980. In 1998 Pakistan conducted tests after India conducted tests in the Thar desert.",
			"China conducted its last atmospheric test in 1980.", "China", "Pakistan", false},
		{"Pakistan conducted tests in the Chagai Hills in 1998. India later conducted tests near the Chagai Hills.",
			"Pakistan conducted tests in the Chagai Hills in 1998.", "Pakistan", "India", true},
		{"Japan seized Manchuria in 1931. The Soviet Union occupied Manchuria in 1945.",
			"Japan seized Manchuria in 1931.", "Japan", "Soviet Union", true},
		{"Japan seized Manchuria in 1931. The Soviet Union signed a pact with Japan.",
			"Japan seized Manchuria in 1931.", "Japan", "Soviet Union", false},
	} {
		g := generatorFor(t, c.text)
		var f Fact
		for _, o := range g.facts {
			if o.Value == c.answer && o.Sentence == c.sentence {
				f = o
			}
		}
		if f.Sentence == "" {
			f = swapFactIn(c.sentence, c.answer, PlaceFact)
			f.SentSpan = g.sents[0].span
		}
		if got := g.saidOfSwap(f, c.option); got != c.said {
			t.Errorf("saidOfSwap(%q for %q in %q) = %v, want %v", c.option, c.answer, c.sentence, got, c.said)
		}
	}
}

// TestCircularAndSecondPredicate (round 16): a statement that defines its
// subject by itself is no true/false statement (cold war 2X-Q18), and a
// second predicate after ", and " that holds nothing asked is cut
// (Brezhnev 7X-Q2); counter-examples from three articles.
func TestCircularAndSecondPredicate(t *testing.T) {
	for s, want := range map[string]bool{
		"The Cold War (1947–1953) is the period within the Cold War from the Truman Doctrine in 1947 to the conclusion of the Korean War in 1953.": true,
		"The Marshall Plan was an American initiative to aid Western Europe, larger than any Marshall Plan before.":                                true,
		"The PTBT has been seen as a step towards the Nuclear Non-proliferation Treaty of 1968, which directly made reference to the PTBT.":        false,
		"The Korean Armistice Agreement was signed in July 1953 after the death of Stalin.":                                                        false,
		"The Dixie Mission, which began in 1943, was the first official American contact with the Communists.":                                     false,
	} {
		if got := circular(s); got != want {
			t.Errorf("circular(%q) = %v, want %v", s, got, want)
		}
	}
	for _, c := range []struct{ s, keep, want string }{
		{"Nagy was quickly overthrown by Rákosi in 1955, and stripped of his political livelihood.", "1955", "Nagy was quickly overthrown by Rákosi in 1955."},
		{"Mikhail Gorbachev refused to use military force when Poland held free elections in 1989, and Solidarity defeated the party.", "1989", "Mikhail Gorbachev refused to use military force when Poland held free elections in 1989, and Solidarity defeated the party."},
		{"After 1724 Christian propaganda was prohibited, and after 1757 international trade was confined to the port of Canton.", "Canton", "After 1724 Christian propaganda was prohibited, and after 1757 international trade was confined to the port of Canton."},
		{"The treaty was signed by the two powers in 1854, and ratified in 1855.", "1855", "The treaty was signed by the two powers in 1854, and ratified in 1855."},
	} {
		if got := toTheClaim(c.s, c.keep); got != c.want {
			t.Errorf("toTheClaim(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestPersonSwapKeepsTheTitlesPeople (round 16): a person swapped under
// a title must be able to hold it: roles of two peoples do not swap, a
// bare title swaps with any of its kind.
func TestPersonSwapKeepsTheTitlesPeople(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Soviet Foreign Minister", "French Foreign Minister", false},
		{"Soviet Leader", "Khalq leader", false},
		{"Soviet Foreign Minister", "Soviet deputy foreign minister", true},
		{"President", "US President", true},
		{"Prime Minister", "Prime Minister", true},
		{"US Secretary of State", "Secretary of State", true},
		{"Japanese Prime Minister", "Prime Minister", true},
	} {
		if got := sameQualifier(c.a, c.b); got != c.want {
			t.Errorf("sameQualifier(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestTitleBefore reads the title a sentence writes before a name.
func TestTitleBefore(t *testing.T) {
	for _, c := range []struct{ s, name, want string }{
		{"In a 1947 speech to the United Nations, Soviet deputy foreign minister Andrei Vyshinsky said so.", "Andrei Vyshinsky", "Soviet deputy foreign minister"},
		{"President Harry Truman signed the Marshall Plan on April 3, 1948.", "Harry Truman", "President"},
		{"In 1954, Nehru of India issued the first appeal.", "Nehru", ""},
		{"In the view of the State Department under President Harry S Truman, aid was needed.", "Harry S Truman", "President"},
	} {
		if got := titleBefore(swapFactIn(c.s, c.name, PersonFact)); got != c.want {
			t.Errorf("titleBefore(%q in %q) = %q, want %q", c.name, c.s, got, c.want)
		}
	}
	if !inNameRun(swapFactIn("The United States President George H. W. Bush pledged solidarity.", "Bush", PersonFact)) {
		t.Errorf("inNameRun: an initial before a surname is a longer name")
	}
	if sameQualifier("minister", titleBefore(swapFactIn("Soviet deputy foreign minister Georges Bidault said so.", "Georges Bidault", PersonFact))) != true {
		t.Errorf("a bare role swaps under any title")
	}
	if sameQualifier("French Foreign Minister", "Soviet deputy foreign minister") {
		t.Errorf("a French minister under a Soviet title")
	}
}

// TestSecondClaimFigure: a figure in a leaning second part of its
// sentence is not swapped; one in the first part, or in a part that
// stands alone, is.
func TestSecondClaimFigure(t *testing.T) {
	for _, c := range []struct {
		s, figure string
		want      bool
	}{
		{"The Marshall Plan was replaced by the Mutual Security Plan at the end of 1951; that new plan gave away about $7.5 billion annually until 1961.", "$7.5 billion", true},
		{"The treaty banned underground tests with yields above 150 kilotons; it was ratified in 1990.", "150 kilotons", false},
		{"The plan was adopted in 1948; the United States gave about $13 billion to sixteen countries over four years.", "$13 billion", false},
		{"Between 1945 and 1963, the US conducted 215 atmospheric tests.", "215 atmospheric tests", false},
	} {
		if got := secondClaimFigure(swapFactIn(c.s, c.figure, NumberFact)); got != c.want {
			t.Errorf("secondClaimFigure(%q in %q) = %v, want %v", c.figure, c.s, got, c.want)
		}
	}
}
