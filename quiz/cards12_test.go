package quiz

import (
	"strings"
	"testing"
)

// factIn is a fact of kind on name in sentence s, placed as the
// extractor places one.
func factIn(s, name string, kind FactKind) Fact {
	i := strings.Index(s, name)
	return Fact{Kind: kind, Text: name, Value: name, Sentence: s, SentSpan: Span{0, len(s)}, Start: i, End: i + len(name)}
}

// TestSubjectNameAndAfterPreposition: a name that a verb follows is its
// clause's subject; one a preposition ties on is beside the point; an
// object is neither.
func TestSubjectNameAndAfterPreposition(t *testing.T) {
	for _, tt := range []struct {
		s, name        string
		subject, aside bool
	}{
		{"After World War II, in 1947, industrialist Lewis H. Brown wrote a report on Germany.", "Lewis H. Brown", true, false},
		{"In July 1987, the Supreme Soviet passed the Law on State Enterprise.", "Supreme Soviet", true, false},
		{"Molotov was summoned to Moscow.", "Molotov", true, false},
		{"He wrote at the request of General Lucius D. Clay, a report on Germany.", "Lucius D. Clay", false, true},
		{"The Plan was made with help from the Brookings Institution, as requested.", "Brookings Institution", false, true},
		{"Marshall spoke in his address at Harvard University in June 1947.", "Harvard University", false, true},
		{"The United States joined Britain in 1949 to form the North Atlantic Treaty Organization.", "North Atlantic Treaty Organization", false, false},
		{"Truman, the president, signed it.", "Truman", false, false},
		{"In 1844, King William II of the Netherlands sent a letter.", "William II", false, false},
	} {
		f := factIn(tt.s, tt.name, PersonFact)
		if got := subjectName(f); got != tt.subject {
			t.Errorf("subjectName(%q in %q) = %v, want %v", tt.name, tt.s, got, tt.subject)
		}
		if got := afterPreposition(f); got != tt.aside {
			t.Errorf("afterPreposition(%q in %q) = %v, want %v", tt.name, tt.s, got, tt.aside)
		}
	}
}

// TestSeparatePart: two phrases in parts a semicolon joins are two
// statements; two in one part, or a phrase across the semicolon, are not.
func TestSeparatePart(t *testing.T) {
	s := "The region's trade flows had been disrupted in 1946; millions were in refugee camps living on aid from UNRRA."
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"1946", "UNRRA", true},
		{"trade flows", "1946", false},
		{"UNRRA", "refugee camps", false},
		{"1946; millions", "UNRRA", false},
		{"", "UNRRA", false},
	} {
		if got := separatePart(s, tt.a, tt.b); got != tt.want {
			t.Errorf("separatePart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if separatePart("The United States joined Britain in 1949 to form NATO.", "1949", "NATO") {
		t.Error("a sentence of one statement has no separate parts")
	}
}

// TestOnePerPoint: of the cards on one sentence the deck keeps the one
// that asks its point, a card per statement of a sentence that makes two,
// and every card of a sentence of its own (round 11: Cold War "NATO" and
// "NATO 1949", the airlift and "May 1949"; builtin "What is Khaan
// Quest?" and its 2003).
func TestOnePerPoint(t *testing.T) {
	nato := "The United States joined Britain and France in 1949 to form the North Atlantic Treaty Organization."
	airlift := "The success of the airlift eventually caused the Soviets to lift their blockade in May 1949."
	khaan := "Established in 2003, Khaan Quest is the only military exercise where the nations take part."
	baruch := "In 1947, Bernard Baruch, the adviser to presidents from Woodrow Wilson to Harry S. Truman, coined the term."
	two := "The region's trade had been disrupted in 1946; millions were in refugee camps living on aid from UNRRA."
	alone := "Marshall spoke at Harvard University."
	facts := []Fact{factIn(nato, "North Atlantic Treaty Organization", OrgFact), factIn(baruch, "Harry S. Truman", PersonFact),
		factIn(two, "UNRRA", OrgFact), factIn(alone, "Harvard University", OrgFact)}
	g := &generator{byKey: map[string]Fact{}}
	for _, f := range facts {
		g.byKey[f.Key()] = f
	}
	card := func(key string, kind CardKind, s, phrase string, f *Fact) Card {
		c := Card{Key: key, Kind: kind, Sentence: s, Phrase: phrase}
		if f != nil {
			c.FactKey = f.Key()
		}
		return c
	}
	cards := []Card{
		card("nato-org", CardCloze, nato, "North Atlantic Treaty Organization", &facts[0]),
		card("nato-1949", CardWhen, nato, "1949", nil),
		card("airlift-q", CardQuestion, airlift, "lift their blockade", nil),
		card("airlift-may", CardWhatWhen, airlift, "May 1949", nil),
		card("khaan-2003", CardWhen, khaan, "2003", nil),
		card("khaan-def", CardDefine, khaan, "Khaan Quest", nil),
		card("baruch-truman", CardCloze, baruch, "Harry S. Truman", &facts[1]),
		card("baruch-1947", CardWhen, baruch, "1947", nil),
		card("two-1946", CardWhen, two, "1946", nil),
		card("two-unrra", CardCloze, two, "UNRRA", &facts[2]),
		card("alone", CardCloze, alone, "Harvard University", &facts[3]),
		{Key: "own", Kind: CardOwn, Front: "f", Back: "b"},
		{Key: "own2", Kind: CardOwn, Front: "f2", Back: "b2"},
	}
	var got []string
	for _, c := range g.onePerPoint(cards) {
		got = append(got, c.Key)
	}
	want := "nato-org,airlift-q,khaan-def,baruch-1947,two-1946,two-unrra,alone,own,own2"
	if strings.Join(got, ",") != want {
		t.Errorf("onePerPoint kept %v, want %s", got, want)
	}
}

// TestWrongBlank: a cloze on one member of a list, or on a name its owner
// labels, blanks something beside the sentence's point; a subject, an
// object, a name after an opening place or beside its title does not.
func TestWrongBlank(t *testing.T) {
	for _, tt := range []struct {
		s, name string
		kind    FactKind
		want    bool
	}{
		// round 11 Cold War C3, C19; perestroika C15
		{"In 1947, Bernard Baruch, the adviser to presidents from Woodrow Wilson to Harry S. Truman, coined the term.", "Harry S. Truman", PersonFact, true},
		{"In June 1950, Kim Il-sung's North Korean People's Army invaded South Korea.", "North Korean People's Army", OrgFact, true},
		{"There was strong opposition at many levels, including foreign-policy conservatives, the U.S. Congress, and the American public at large.", "U.S. Congress", OrgFact, true},
		{"The United States joined Britain, France, Canada, Denmark and Portugal in 1949.", "Canada", OrgFact, true},
		{"The United States joined Britain, France, Canada, Denmark and Portugal in 1949.", "Portugal", OrgFact, true},
		{"Truman, Stalin and Churchill met at Potsdam.", "Truman", PersonFact, true},
		{"It traded with such nations as China, Iran and Japan.", "Iran", OrgFact, true},
		{`A series of "unequal treaties", including the Treaty of Nanking and the Beijing Conventions, forced China to open ports.`, "Beijing Conventions", PolicyFact, true},
		{"Several leaders, such as Tito or Nagy, defied Moscow.", "Nagy", PersonFact, true},
		{`A series of "unequal treaties", including the Treaty of Nanking (1842), the treaties of Tianjin (1858), and the Beijing Conventions (1860), forced China to open ports.`, "Beijing Conventions", PolicyFact, true},
		// the point of the sentence, or a name beside no list
		{"The United States joined Britain and France in 1949 to form the North Atlantic Treaty Organization.", "North Atlantic Treaty Organization", OrgFact, false},
		{"In Hungary, Mátyás Rákosi was appointed General Secretary of the party.", "Mátyás Rákosi", PersonFact, false},
		{"Administration officials met with Vyacheslav Molotov, Foreign Minister of the Soviet Union, in Moscow.", "Vyacheslav Molotov", PersonFact, false},
		{"Today, Mongolia’s “third-neighbor policy” is widely praised.", "third-neighbor policy", PolicyFact, false},
		{"In a 1947 speech, Soviet deputy foreign minister Andrei Vyshinsky said the plan violated the Charter.", "Andrei Vyshinsky", PersonFact, false},
		{"The United States joined Britain, France, and Italy in 1949 to form the North Atlantic Treaty Organization, the United States' first alliance in 170 years.", "North Atlantic Treaty Organization", OrgFact, false},
		{"In the view of the State Department under President Harry S Truman, the United States needed to adopt a definite position.", "Harry S Truman", PersonFact, false},
		{"Congress amended the Chinese Exclusion Act and Roosevelt moved to end the unequal treaties.", "Chinese Exclusion Act", PolicyFact, false},
		{"China Hands such as Joseph Stilwell argued that it was in American interest to talk to the Communists.", "Joseph Stilwell", PersonFact, false},
		{"Millions were in refugee camps living on aid from the United Nations Relief and Rehabilitation Administration and other agencies.", "United Nations Relief and Rehabilitation Administration", OrgFact, false},
		{"Officials met with Soviet Foreign Minister Vyacheslav Molotov and others to press for a self-sufficient Germany.", "Vyacheslav Molotov", PersonFact, false},
		{"Marshall spoke of an urgent need to help the European recovery in his address at Harvard University.", "Harvard University", OrgFact, false},
	} {
		if got := wrongBlank(factIn(tt.s, tt.name, tt.kind)); got != tt.want {
			t.Errorf("wrongBlank(%q in %q) = %v, want %v", tt.name, tt.s, got, tt.want)
		}
	}
}

// TestShortBack: a long sentence on a back loses its asides and a clause
// that goes on past its point, never what the card asks or answers; a
// short sentence stays whole.
func TestShortBack(t *testing.T) {
	for _, tt := range []struct {
		s    string
		keep []string
		want string
	}{
		// round 11 Cold War C6
		{`In the non-USSR annexed portion of Poland, less than a third of Poland's population voted in favor of massive communist land reforms and industry nationalizations in a policies referendum known as "3 times YES" (3 razy TAK; 3xTAK), whereupon a second vote rigged election was held to get the desired result.`,
			[]string{"3 times YES"},
			`In the non-USSR annexed portion of Poland, less than a third of Poland's population voted in favor of massive communist land reforms and industry nationalizations in a policies referendum known as "3 times YES".`},
		{"In June 1946, Bernard Baruch, an emissary of President Harry S. Truman, proposed the Baruch Plan before the United Nations Atomic Energy Commission, which called for an international system of controls on the production of atomic energy.",
			[]string{"Baruch Plan"},
			"In June 1946, Bernard Baruch proposed the Baruch Plan before the United Nations Atomic Energy Commission, which called for an international system of controls on the production of atomic energy."},
		{"Gorbachev's extension of regional autonomy removed the suppression from existing ethnic-regional tension, while Deng's reforms did not alter the tight grip of the central government on any of their so-called autonomous regions.",
			[]string{"the suppression from existing ethnic-regional tension"},
			"Gorbachev's extension of regional autonomy removed the suppression from existing ethnic-regional tension."},
		// what the card asks stays
		{"In June 1946, Bernard Baruch, an emissary of President Harry S. Truman, proposed the Baruch Plan before the United Nations Atomic Energy Commission, which called for an international system of controls on the production of atomic energy.",
			[]string{"Harry S. Truman"},
			"In June 1946, Bernard Baruch, an emissary of President Harry S. Truman, proposed the Baruch Plan before the United Nations Atomic Energy Commission, which called for an international system of controls on the production of atomic energy."},
		// an opening phrase is no aside; a relative clause on a thing tells what it is
		{"In 1947, the United States joined Britain, France, Canada, Denmark, Portugal, Norway, Belgium, Iceland, Luxembourg, Italy, and the Netherlands to form the North Atlantic Treaty Organization.",
			[]string{"1947"},
			"In 1947, the United States joined Britain, France, Canada, Denmark, Portugal, Norway, Belgium, Iceland, Luxembourg, Italy, and the Netherlands to form the North Atlantic Treaty Organization."},
		{`The Soviet Union's "alternative" to the Marshall plan, which was purported to involve Soviet subsidies and trade with western Europe, became known as the Molotov Plan, and later, the Comecon.`,
			[]string{"Molotov Plan"},
			`The Soviet Union's "alternative" to the Marshall plan, which was purported to involve Soviet subsidies and trade with western Europe, became known as the Molotov Plan, and later, the Comecon.`},
		// a title between commas is the object, not an aside
		{"After World War II, in 1947, industrialist Lewis H. Brown wrote at the request of General Lucius D. Clay, A Report on Germany, which served as a detailed recommendation for the reconstruction of post-war Germany.",
			[]string{"_____"},
			"After World War II, in 1947, industrialist Lewis H. Brown wrote at the request of General Lucius D. Clay, A Report on Germany, which served as a detailed recommendation for the reconstruction of post-war Germany."},
		// short: whole
		{"Kim Il Sung (the leader) visited Mongolia in 1986, while the talks went on.", []string{"1986"},
			"Kim Il Sung (the leader) visited Mongolia in 1986, while the talks went on."},
	} {
		if got := shortBack(tt.s, tt.keep); got != tt.want {
			t.Errorf("shortBack(%q)\n got %q\nwant %q", tt.s, got, tt.want)
		}
	}
}

// TestRestates: a question card's back leaves out a sentence that only
// says its front and answer again, and keeps one that adds to them.
func TestRestates(t *testing.T) {
	for _, tt := range []struct {
		s, front, answer string
		want             bool
	}{
		{"The purpose of the Marshall Plan was to aid in the economic recovery of nations after WWII.", "What was the purpose of the Marshall Plan?", "To aid in the economic recovery of nations after WWII.", true},
		{"Tax revenues declined because republic and local governments withheld tax revenues.", "Why did tax revenues decline?", "Republic and local governments withheld tax revenues.", true},
		{"Mongolia’s goal in adopting the “third-neighbor policy” was to weave a network of relationships while also keeping Russia and China at equal distances.", "What was Mongolia’s goal in adopting the “third-neighbor policy”?", "To weave a network of relationships.", false},
		{"For the first time since Lenin's New Economic Policy was abolished in 1928, the law permitted private ownership of businesses.", "What did the Law on Cooperatives permit?", "Private ownership of businesses.", false},
	} {
		if got := restates(tt.s, tt.front, tt.answer); got != tt.want {
			t.Errorf("restates(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestDeckBacksAreShort: the deck's backs go through shortBacks; the
// card's Sentence stays whole for the study screen.
func TestDeckBacksAreShort(t *testing.T) {
	long := `In the annexed portion of Poland, less than a third of the population voted in favor of massive communist land reforms and industry nationalizations in a policies referendum known as "3 times YES" (3 razy TAK; 3xTAK), whereupon a second vote rigged election was held to get the desired result.`
	cards := cardsFor(t, "Tax revenues declined because republic and local governments withheld tax revenues from the central government. "+long)
	seen := 0
	for _, c := range cards {
		if strings.Contains(c.Back, "whereupon") || strings.Contains(c.Back, "3xTAK") {
			t.Errorf("a back with the sentence's asides: %q", c.Back)
		}
		if c.Kind == CardQuestion && strings.HasPrefix(c.Front, "Why did tax revenues decline") {
			seen++
			if strings.Contains(c.Back, "“") {
				t.Errorf("a back that says its front again: %q", c.Back)
			}
		}
		if strings.Contains(c.Sentence, "3 times YES") {
			seen++
			if c.Sentence != long {
				t.Errorf("the card's sentence was cut: %q", c.Sentence)
			}
		}
	}
	if seen < 2 {
		t.Errorf("no card on both sentences: %d", seen)
	}
	// a cloze or date card's front loses the asides around its blank
	for _, c := range cardsFor(t, "In 1947, Bernard Baruch, the multimillionaire financier and adviser to presidents from Woodrow Wilson to Harry S. Truman, coined the term “Cold War” to describe the increasingly chilly relations between the United States and the Soviet Union.") {
		if c.Kind == CardWhen && c.Front != "When did this happen?\n“In _____, Bernard Baruch coined the term “Cold War” to describe the increasingly chilly relations between the United States and the Soviet Union.”" {
			t.Errorf("a date card's front with its asides: %q", c.Front)
		}
	}
}

// TestVagueAnswer: an answer that names nothing of its own is no card;
// one with a name, a number or a thing done is.
func TestVagueAnswer(t *testing.T) {
	for a, want := range map[string]bool{
		// round 11: Marshall Plan C9, C15, C16; Cold War C8
		"each of the obstacles to postwar recovery":                                             true,
		"a realization in Washington that a new policy was needed":                              true,
		"a series of humanitarian and relief efforts almost wholly funded by the United States": true,
		"supreme authority": true,
		"What led to a realization in Washington that a new policy was needed?": true,
		"The Khmer Rouge":       false,
		"the ROC":               false,
		"nuclear-free policies": false,
		"lift their blockade":   false,
		"undisputed control over the government of Czechoslovakia":                                  false,
		"private ownership of businesses in the services, manufacturing, and foreign-trade sectors": false,
		"$13 billion":                      false,
		"What led to the First Opium War?": false,
	} {
		if got := vagueAnswer(a); got != want {
			t.Errorf("vagueAnswer(%q) = %v, want %v", a, got, want)
		}
	}
}

// TestWithYears: a day in a question card's front takes the year its
// sentence writes with it; a front with its year, or a sentence without
// one, stays.
func TestWithYears(t *testing.T) {
	for _, tt := range []struct{ front, sentence, want string }{
		{"Who signed the Marshall Plan on April 3?", "President Harry Truman signed the Marshall Plan on April 3, 1948, granting aid.", "Who signed the Marshall Plan on April 3, 1948?"},
		{"What did the Assembly adopt on 10 September?", "On 10 September 1996 the Assembly adopted the treaty.", "What did the Assembly adopt on 10 September 1996?"},
		{"Who announced the initiative on 23 March 1983?", "Reagan announced the initiative on 23 March 1983.", "Who announced the initiative on 23 March 1983?"},
		{"Who sought clarification from Dubček on March 21?", "On March 21, Brezhnev sought clarification from Dubček.", "Who sought clarification from Dubček on March 21?"},
		{"What happened in May 1949?", "The blockade was lifted in May 1949.", "What happened in May 1949?"},
	} {
		if got := withYears(tt.front, tt.sentence); got != tt.want {
			t.Errorf("withYears(%q) = %q, want %q", tt.front, got, tt.want)
		}
	}
}

// TestDefineCardGloss: a definition card shows what the term's name
// means when another sentence says it; a term no sentence glosses, or a
// gloss of another word, adds nothing.
func TestDefineCardGloss(t *testing.T) {
	cards := cardsFor(t, `Perestroika was a political movement for reformation within the Communist Party of the Soviet Union during the 1980s. `+
		`The literal meaning of perestroika is "restructuring", referring to the restructuring of the Soviet political and economic system. `+
		`Ostpolitik was a policy of normalizing relations with Eastern Europe, led by Willy Brandt and his glasnost (meaning "openness") policy.`)
	backs := map[string]string{}
	for _, c := range cards {
		if c.Kind == CardDefine {
			backs[c.Front] = c.Back
		}
	}
	if b, ok := backs["What is Perestroika?"]; !ok || !strings.HasSuffix(b, "\nMeaning “restructuring”.") {
		t.Errorf("the definition of perestroika: %q (cards %v)", b, backs)
	}
	if b, ok := backs["What is Ostpolitik?"]; ok && strings.Contains(b, "Meaning") {
		t.Errorf("the definition of Ostpolitik took another word's gloss: %q", b)
	}
	a := mustParse(t, []byte("T\n\nIntro\n\nUskoreniye came first. Gorbachev talked about uskoreniye (\"acceleration\"). He introduced perestroika (restructuring).\n"))
	ix := indexedGenerator(a, Extract(a)).ix
	for term, want := range map[string]string{"Uskoreniye": "acceleration", "perestroika": "restructuring", "Gorbachev": "", "Marshall Plan": ""} {
		if got, _ := glossOf(ix, term); got != want {
			t.Errorf("glossOf(%q) = %q, want %q", term, got, want)
		}
	}
}

// TestCountryClozeLabel: a cloze on a state asks for a country, not an
// organisation (round 11 Marshall Plan C2, "the _____ refused Plan
// benefits" for the Soviet Union).
func TestCountryClozeLabel(t *testing.T) {
	cards := cardsFor(t, "The Marshall Plan gave aid to Europe. "+
		"Although offered participation, the Soviet Union refused Plan benefits, and also blocked benefits to Eastern Bloc countries, such as Hungary and Poland. "+
		"Although offered participation, the Cominform Secretariat refused the benefits, and also blocked benefits to other parties.")
	labels := map[string]string{}
	for _, c := range cards {
		if c.Kind == CardCloze {
			labels[c.Phrase], _, _ = strings.Cut(c.Front, "\n")
		}
	}
	if labels["Soviet Union"] != "Which country completes the sentence?" {
		t.Errorf("the Soviet Union's cloze asks %q (cards %v)", labels["Soviet Union"], labels)
	}
	if l, ok := labels["Cominform Secretariat"]; ok && l != "Which organisation completes the sentence?" {
		t.Errorf("an organisation's cloze asks %q", l)
	}
}

// TestShownByDefinition: a card asking about a defined term what the
// definition's back shows is left out; a card on another term, or one
// whose answer the back does not show, stays.
func TestShownByDefinition(t *testing.T) {
	cards := []Card{
		{Key: "def", Kind: CardDefine, Front: "What is Perestroika?", Phrase: "Perestroika", Back: "Perestroika was a political movement.\nMeaning “restructuring”."},
		{Key: "gloss", Kind: CardQuestion, Front: "What is the literal meaning of “perestroika”?", Phrase: "restructuring", Back: "Restructuring."},
		{Key: "other", Kind: CardCloze, Front: "Which term completes the sentence?\n“The emerging doctrine of _____ argued …”", Phrase: "restructuring", Back: "restructuring"},
		{Key: "goal", Kind: CardQuestion, Front: "What was the goal of perestroika?", Phrase: "to make socialism work more efficiently", Back: "To make socialism work more efficiently."},
		{Key: "own", Kind: CardOwn, Front: "Perestroika?", Back: "b"},
		{Key: "who", Kind: CardWho, Front: "Who pursued Perestroika?", Phrase: "Perestroika", Back: "Soviet leader Mikhail Gorbachev"},
		{Key: "may", Kind: CardWhatWhen, Front: "What happened in May 1988? (chapter “Perestroika”)", Phrase: "political movement", Back: "…"},
	}
	var got []string
	for _, c := range shownByDefinition(cards) {
		got = append(got, c.Key)
	}
	if strings.Join(got, ",") != "def,other,goal,own,who,may" {
		t.Errorf("shownByDefinition kept %v, want def, other, goal, own, who, may", got)
	}
}

// TestDeckInArticleOrder: a deck's cards follow the article's chapters,
// a definition found in a later chapter than the term's first mention
// among its own chapter's cards (round 11: "What is the Molotov Plan?"
// from chapter 10 stood among the Marshall Plan's introduction cards,
// "What is the Truman Doctrine?" from chapter 4 first in the Cold War's).
func TestDeckInArticleOrder(t *testing.T) {
	for _, h := range hygieneArticles(t) {
		last := 0
		for i, c := range MakeCards(h.a, h.facts) {
			if c.Chapter < last {
				t.Errorf("%s: card %d (%s, chapter %d) after a card of chapter %d: %q", h.name, i+1, c.Kind, c.Chapter, last, c.Front)
			}
			last = max(last, c.Chapter)
		}
	}
}

// TestCommonplaceSentenceMakesNoCard: a sentence that says it tells what
// is true of most countries is guessed, not learnt (round 11 China C3).
func TestCommonplaceSentenceMakesNoCard(t *testing.T) {
	for _, c := range cardsFor(t, "Like most other nations, China's foreign policy is carried out by the Ministry of Foreign Affairs. "+
		"The foreign policy of China is decided by the Foreign Affairs Leading Group of the Communist Party.") {
		if commonplace(c.Sentence) {
			t.Errorf("a card on a commonplace: %q", c.Front)
		}
	}
}

// FuzzShortBack: trimming a back never panics, never keeps more than the
// sentence (and a closing full stop), and never loses what it keeps.
func FuzzShortBack(f *testing.F) {
	f.Add("In June 1946, Bernard Baruch, an emissary of President Harry S. Truman, proposed the Baruch Plan before the United Nations Atomic Energy Commission, which called for an international system of controls on the production of atomic energy.", "Baruch Plan")
	f.Add(`less than a third voted in a policies referendum known as "3 times YES" (3 razy TAK; 3xTAK), whereupon a second vote rigged election was held to get the desired result, and then a b c d e f g h i j.`, "3 times YES")
	f.Add("a, b, c, d; e — f, the g h, i (j) k l m n o p q r s t u v w x y z a b c.", "_____")
	f.Fuzz(func(t *testing.T, s, keep string) {
		got := shortBack(s, []string{keep})
		if len(got) > len(s)+1 {
			t.Errorf("shortBack grew %q to %q", s, got)
		}
		if keep != "" && strings.Contains(s, keep) && !strings.Contains(got, keep) {
			t.Errorf("shortBack(%q) lost %q: %q", s, keep, got)
		}
	})
}

// TestWithoutInitialsOf: a cloze's sentence loses the bracket that spells
// its blank's initials, and keeps any other.
func TestWithoutInitialsOf(t *testing.T) {
	for _, tt := range []struct{ s, answer, want string }{
		{"Following the proposal, the _____ began in November 1969 (SALT I).", "Strategic Arms Limitation Talks", "Following the proposal, the _____ began in November 1969."},
		{"The _____ (NATO) was formed in 1949.", "North Atlantic Treaty Organization", "The _____ was formed in 1949."},
		{"The final non-underground (atmospheric or underwater) test was conducted by _____.", "China", "The final non-underground (atmospheric or underwater) test was conducted by _____."},
		{"The _____ was adopted (CTBT) by the Assembly.", "Partial Test Ban Treaty", "The _____ was adopted (CTBT) by the Assembly."},
		{"The _____ met in Moscow (USSR).", "Allied Reparations Commission", "The _____ met in Moscow (USSR)."},
	} {
		if got := withoutInitialsOf(tt.s, tt.answer); got != tt.want {
			t.Errorf("withoutInitialsOf(%q, %q) = %q, want %q", tt.s, tt.answer, got, tt.want)
		}
	}
}

// TestNoDateCardOnACount: the date of an estimate or of a state of
// affairs is no event to date (round 11 Cold War, "In _____, US military
// intelligence experts estimated that the Soviets had about 485,000
// troops"); an event keeps its date card; a side clause's date gives none
// (round 12 builtin C6: the Korean War's year, Mongolia's act in the
// stem; datepoint.go).
func TestNoDateCardOnACount(t *testing.T) {
	cards := cardsFor(t, "In 1948, US intelligence experts estimated that the Soviets had about 485,000 troops in their zone and in Poland. "+
		"The MPR sent resources to the Northern regime in 1951. "+
		"As the Korean War manifested in 1950, the MPR was quick to send a hospital to the Northern regime.")
	var dated []string
	for _, c := range cards {
		if c.Kind == CardWhen || c.Kind == CardWhatWhen {
			dated = append(dated, c.Phrase)
		}
	}
	if strings.Join(dated, ",") != "1951" {
		t.Errorf("date cards on %v, want 1951 alone", dated)
	}
}

// TestElideAnswer: a long answer stands once on a question card's back,
// its sentence showing "…" in its place; a short answer stays in its
// sentence.
func TestElideAnswer(t *testing.T) {
	for _, tt := range []struct{ sentence, answer, want string }{
		{"Mongolia’s goal was to weave a network of unilateral, bilateral, and multilateral relationships while also keeping Russia and China at equal distances.",
			"To weave a network of unilateral, bilateral, and multilateral relationships",
			"Mongolia’s goal was … while also keeping Russia and China at equal distances."},
		{"The PTBT, joined by 123 states, banned detonations for military and civilian purposes underwater, in the atmosphere, and in outer space.",
			"Detonations for military and civilian purposes underwater, in the atmosphere, and in outer space",
			"The PTBT, joined by 123 states, banned …"},
		{"The success of the airlift eventually caused the Soviets to lift their blockade in May 1949.", "Lift their blockade",
			"The success of the airlift eventually caused the Soviets to lift their blockade in May 1949."},
		{"Tax revenues declined.", "Republic and local governments withheld tax revenues from the central government", "Tax revenues declined."},
	} {
		if got := elideAnswer(tt.sentence, tt.answer); got != tt.want {
			t.Errorf("elideAnswer(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
