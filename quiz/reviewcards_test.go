package quiz

import (
	"reflect"
	"strings"
	"testing"
)

func TestUntagged(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		tagged   bool
	}{
		{"What did unemployment and food shortages lead to? (chapter “Slow recovery”)", "What did unemployment and food shortages lead to?", true},
		{"When did this happen? (article “Foreign relations of China”)\n“_____ saw the arrival …”", "When did this happen?\n“_____ saw the arrival …”", true},
		{"What did Gorbachev do in May 1985? (chapter “Economic reforms”)", "What did Gorbachev do in May 1985?", true},
		// counter-examples: brackets that are no tag stay
		{"What did the Three Power Conference of Berlin (the Potsdam Conference) decide?", "What did the Three Power Conference of Berlin (the Potsdam Conference) decide?", false},
		{"Which chapter (“Economic reforms”) comes first?", "Which chapter (“Economic reforms”) comes first?", false},
	} {
		got, tagged := untagged(tc.in)
		if got != tc.want || tagged != tc.tagged {
			t.Errorf("untagged(%q) = %q, %v; want %q, %v", tc.in, got, tagged, tc.want, tc.tagged)
		}
	}
}

func TestYearShown(t *testing.T) {
	when := func(front, back string) Card { return Card{Kind: CardWhen, Front: front, Back: back} }
	for _, tc := range []struct {
		c     Card
		title string
		want  bool
	}{
		// the year on the front outside the blank
		{when("Which date completes the sentence?\n“In _____, negotiations on a test ban restarted, followed by a joint program in December 1987.”", "November 1987"), "Comprehensive Nuclear-Test-Ban Treaty", true},
		{when("When did this happen?\n“Perry returned again on _____, a year after his visit of 1853.”", "February 13, 1854"), "Convention of Kanagawa", false},
		// the title's year gives a bare year away, not a day
		{when("When did this happen?\n“In _____, Bernard Baruch coined the term “Cold War” …”", "1947"), "Cold War (1947–1953)", true},
		{when("When did this happen?\n“On the morning of _____, President Truman appeared before Congress.”", "March 12, 1947"), "Cold War (1947–1953)", false},
		{when("When did this happen?\n“The armistice was signed in _____.”", "1953"), "Cold War (1947–53)", true},
		{when("When did this happen?\n“The treaty was signed in _____.”", "1972"), "Anti-Ballistic Missile Treaty", false},
		// a longer number holding the year is no year
		{when("When did this happen?\n“In _____, 19870 troops left.”", "1987"), "", false},
	} {
		if got := yearShown(tc.c, tc.title); got != tc.want {
			t.Errorf("yearShown(%q, %q, %q) = %v, want %v", tc.c.Front, tc.c.Back, tc.title, got, tc.want)
		}
	}
}

func TestDateOnce(t *testing.T) {
	when := func(key, sent, back string) Card {
		return Card{Key: key, Kind: CardWhen, Front: "When did this happen?\n“" + sent + "”", Back: back, Sentence: sent}
	}
	deck := []Card{
		// one invasion's date twice: the shorter front stays (Brezhnev Doctrine)
		when("a", "The doctrine was announced to justify the invasion of Czechoslovakia in August 1968.", "August 1968"),
		when("b", "After three months of negotiations and rising tensions, the invasion began on the night of August 20, 1968, when troops crossed.", "August 20, 1968"),
		// one month, two events that share no word in lower case (Marshall Plan)
		when("c", "Marshall spoke of an urgent need to help the European recovery in his address at Harvard University in June 1947.", "June 1947"),
		when("d", "The reconstruction plan, developed at a meeting of the participating European states, was drafted on June 5, 1947.", "June 5, 1947"),
		// two days of one month are two dates (Convention of Kanagawa)
		when("e", "The treaty was ratified on February 21, 1855.", "February 21, 1855"),
		when("f", "The treaty of friendship was signed on February 7, 1855.", "February 7, 1855"),
		// bare years are left to the other rules
		when("g", "The treaty was signed in 1972.", "1972"),
		when("h", "The treaty was ratified in 1972.", "1972"),
	}
	gone := map[int]bool{}
	dateOnce(deck, gone)
	var got []string
	for i, c := range deck {
		if !gone[i] {
			got = append(got, c.Key)
		}
	}
	if want := []string{"a", "c", "d", "e", "f", "g", "h"}; !reflect.DeepEqual(got, want) {
		t.Errorf("dateOnce kept %v, want %v", got, want)
	}
}

func TestCardNames(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []shownName
	}{
		{"When was the United Nations Relief and Rehabilitation Administration founded?", []shownName{{"United Nations Relief and Rehabilitation Administration", "UNRRA"}}},
		{"When did this happen?\n“UNRRA ceased operation of camps in Europe in _____.”", []shownName{{"UNRRA", "UNRRA"}}},
		{"What did Mao Zedong do on October 1, 1949?\nProclaimed the People's Republic of China.", []shownName{{"Mao Zedong", "Mao Zedong"}, {"People's Republic of China", "PRC"}}},
		// counter-examples: a question word, a lone capital, a sentence's first word
		{"When did this happen?\n“In _____, Khrushchev spoke.”", nil},
		{"Why did tax revenues decline?", nil},
	} {
		if got := cardNames(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("cardNames(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestReviewCardsDeck(t *testing.T) {
	a := mustParse(t, []byte("# Aid Plan\n\nThe Aid Plan was an American programme of 1948 to rebuild Europe after the war. The Aid Plan gave grants.\n\n## Relief\n\nThe Relief Office for Europe was founded in 1943. The Relief Office for Europe ran camps. The Relief Office for Europe closed its camps in 1947. The Relief Office for Europe handed its work to other agencies.\n"))
	g := &generator{a: a}
	cards := []Card{
		{Key: "1", Kind: CardQuestion, Front: "What did the Relief Office for Europe run? (chapter “Relief”)", Back: "Camps."},
		{Key: "2", Kind: CardWhen, Front: "When was the Relief Office for Europe founded?", Back: "1943"},
		{Key: "3", Kind: CardWhen, Front: "When did this happen?\n“The Relief Office for Europe closed its camps in _____.”", Back: "1947"},
		{Key: "4", Kind: CardQuestion, Front: "What did the Aid Plan give?", Back: "Grants."},
		{Key: "5", Kind: CardQuestion, Front: "What did the Aid Plan give? (chapter “Relief”)", Back: "Grants to Europe."},
		{Key: "6", Kind: CardWhen, Front: "When did this happen? (article “Aid Plan”)\n“_____ saw the arrival of a queen.”", Back: "1986"},
		{Key: "7", Kind: CardDefine, Front: "What is the Relief Office for Europe?", Back: "An office of the allies that ran the camps of the displaced persons in Europe from the end of the war until the new agencies of the United Nations took over its many tasks."},
		{Key: "8", Kind: CardDefine, Front: "What is the Aid Plan?", Back: "An American programme of 1948 that gave grants and loans to the countries of western Europe to rebuild their economies after the war, tied to the purchase of American goods and to the lowering of trade barriers."},
	}
	var got []string
	for _, c := range g.reviewCards(cards) {
		got = append(got, c.Key+":"+c.Front)
	}
	want := []string{
		"1:What did the Relief Office for Europe run?", // the tag goes
		"2:When was the Relief Office for Europe founded?",
		// 3: the side name's third card; 5: the tag told it apart from 4;
		// 6: the tag was its only setting
		"4:What did the Aid Plan give?",
		// 7: a definition past maxReviewWords words
		"8:What is the Aid Plan?", // the article's subject keeps its definition
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reviewCards kept\n%q\nwant\n%q", got, want)
	}
}

func TestTermCloze(t *testing.T) {
	def := Card{Kind: CardDefine, Front: "What is the Truman Doctrine?", Phrase: "Truman Doctrine",
		Sentence: `Calling for support of free peoples, or in short a policy of "containment", Truman articulated what became known as the "Truman Doctrine."`,
		Back:     "A presentation of the ideological struggle, articulated by Truman, calling on congressional approval …"}
	c, ok := termCloze(def)
	if !ok || c.Kind != CardCloze || c.Back != "Truman Doctrine" || !strings.Contains(c.Front, `known as the "_____."`) {
		t.Errorf("termCloze = %+v, %v", c, ok)
	}
	// the term answered by another card: the sentence's other policy
	o, ok := otherTerm(c, map[string]bool{normAnswer("Truman Doctrine"): true}, []string{"Truman Doctrine", "containment"})
	if !ok || o.Back != "containment" || !strings.Contains(o.Front, `a policy of "_____"`) || !strings.Contains(o.Front, "Truman Doctrine") {
		t.Errorf("otherTerm = %+v, %v", o, ok)
	}
	// counter-examples: no other policy; a sentence without the term
	if _, ok := otherTerm(c, map[string]bool{normAnswer("Truman Doctrine"): true}, []string{"Truman Doctrine"}); ok {
		t.Error("otherTerm made a cloze with no other policy")
	}
	khaan := Card{Kind: CardDefine, Phrase: "Khaan Quest", Sentence: "It is the only military exercise of its kind."}
	if _, ok := termCloze(khaan); ok {
		t.Error("termCloze blanked a term its sentence does not name")
	}
}

func TestKeyFactsKept(t *testing.T) {
	g := &generator{facts: []Fact{
		{Kind: DateFact, Text: "November 1987", Sentence: "In November 1987, negotiations restarted, followed by a program in December 1987."},
		{Kind: DateFact, Text: "December 1987", Sentence: "In November 1987, negotiations restarted, followed by a program in December 1987."},
		{Kind: DateFact, Text: "1947", Sentence: "UNRRA closed its camps in 1947."},
	}}
	cards := []Card{
		{Key: "a", Sentence: "In November 1987, negotiations restarted, followed by a program in December 1987.", Back: "November 1987"},
		{Key: "b", Sentence: "UNRRA closed its camps in 1947.", Back: "1947"},
		{Key: "c", Sentence: "The plan was passed in 1947.", Back: "1947"},
	}
	keep := g.keyFactsKept(cards, map[int]bool{0: true, 1: true})
	// a: its dates are on no other card; b: 1947 is on c
	if !keep[0] || keep[1] {
		t.Errorf("keyFactsKept = %v, want card 0 kept and card 1 let go", keep)
	}
}
