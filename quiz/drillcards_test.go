package quiz

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSinceClause: a dated name in a clause opened by "since", "until" or
// "unlike" only sets the scene of the sentence's event.
func TestSinceClause(t *testing.T) {
	tests := []struct {
		front, sentence string
		want            bool
	}{
		{"When was Lenin's New Economic Policy abolished?", "For the first time since Vladimir Lenin's New Economic Policy was abolished in 1928, the law permitted private ownership.", true},
		{"When was the Treaty of Nanking signed?", "Until the Treaty of Nanking was signed in 1842, Canton was the only port open to trade.", true},
		{"When was the Korean Armistice Agreement signed?", "The Korean Armistice Agreement was signed in July 1953 after the death of Stalin.", false},
		{"When was the Treaty on the Final Settlement with Respect to Germany signed?", "It was superseded by the Treaty on the Final Settlement with Respect to Germany signed on 12 September 1990.", false},
		{"When did this happen?\n“_____”", "Since 1990, Mongolia has pursued nuclear-free policies.", false}, // no dated-name front
	}
	for _, tt := range tests {
		if got := sinceClause(Card{Kind: CardWhen, Front: tt.front, Sentence: tt.sentence}); got != tt.want {
			t.Errorf("sinceClause(%q) = %v; want %v", tt.front, got, tt.want)
		}
	}
}

// TestByTheWay: a name a preposition puts by the way, its date hanging on
// it with no verb of its own.
func TestByTheWay(t *testing.T) {
	tests := []struct {
		sentence, name, date string
		want                 bool
	}{
		{"After the war, the Allies by the Berlin Declaration of June 5, 1945, had assumed supreme authority over Germany.", "Berlin Declaration", "June 5, 1945", true},
		{"The Three Governments regard as war criminals those whose crimes under the Moscow Declaration of October 1943 have no particular geographical localization.", "Moscow Declaration", "October 1943", true},
		{"Before Singapore was selected as the location for the 2018 North Korea-United States Summit, Ulaanbaatar was cited as a possible location.", "North Korea-United States Summit", "2018", true},
		{"A series of unequal treaties, including the Treaty of Nanking (1842), forced China to open new treaty ports.", "Treaty of Nanking", "1842", false},
		{"It was superseded by the Treaty on the Final Settlement with Respect to Germany signed on 12 September 1990.", "Treaty on the Final Settlement with Respect to Germany", "12 September 1990", false},
		{"The Korean Armistice Agreement was signed in July 1953 after the death of Stalin.", "Korean Armistice Agreement", "July 1953", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.sentence, tt.name)
		if got := byTheWay(tt.sentence, at, tt.name, tt.date); got != tt.want {
			t.Errorf("byTheWay(%q, %q) = %v; want %v", tt.sentence, tt.name, got, tt.want)
		}
	}
}

// TestClauseAround: a date card's back shows the clause its name stands
// in, cut six words before the name at most.
func TestClauseAround(t *testing.T) {
	tests := []struct{ sentence, name, want string }{
		{"After the end of World War II in Europe (1939–45), and the decisions of the earlier Tehran, Casablanca and Yalta Conferences, the Allies by the Berlin Declaration of June 5, 1945, had assumed supreme authority over Germany.", "Berlin Declaration",
			"…the Allies by the Berlin Declaration of June 5, 1945, had assumed supreme authority over Germany."},
		{"Before Singapore was selected as the location for the 2018 North Korea-United States Summit, Ulaanbaatar was cited as a possible location for the summit.", "North Korea-United States Summit",
			"…as the location for the 2018 North Korea-United States Summit, Ulaanbaatar was cited as a possible location for the summit."},
		{"Under the Peace Treaty of 1947 Finland ceded Petsamo.", "Peace Treaty", "Under the Peace Treaty of 1947 Finland ceded Petsamo."},
		{"The Allies agreed under the Moscow Declaration of October 1943 " + strings.Repeat("to try the war criminals in many places ", 4) + "at once.", "Moscow Declaration", ""}, // too long to show
	}
	for _, tt := range tests {
		if got := clauseAround(tt.sentence, strings.Index(tt.sentence, tt.name)); got != tt.want {
			t.Errorf("clauseAround(%q) = %q; want %q", tt.name, got, tt.want)
		}
	}
}

// TestNameGivesAim: a why card on a founding whose answer's object is a
// word of the body's name asks the founding's date, or goes.
func TestNameGivesAim(t *testing.T) {
	tests := []struct {
		front, back     string
		give            bool
		whenFront, date string // the when card it becomes; "" when it goes
	}{
		{"Why was the United Nations Relief and Rehabilitation Administration founded in 1943?", "To provide relief to areas liberated from Germany.", true,
			"When was the United Nations Relief and Rehabilitation Administration founded?", "1943"},
		{"Why was the Peace Force established?", "To keep the peace between the two states.", true, "", ""},
		{"Why was the Committee of European Economic Co-operation created?", "To coordinate the European response to the offer.", false, "", ""},
		{"Why was the Brezhnev Doctrine proclaimed?", "To justify the Soviet-led occupation of Czechoslovakia.", false, "", ""},
		{"Why was the Allied Control Council constituted?", "To execute the Allied resolutions.", false, "", ""},
		{"Why was the International Monitoring System set up?", "To detect nuclear tests.", false, "", ""},
	}
	for _, tt := range tests {
		c := Card{Kind: CardQuestion, Front: tt.front, Back: tt.back}
		if got := nameGivesAim(c); got != tt.give {
			t.Errorf("nameGivesAim(%q) = %v; want %v", tt.front, got, tt.give)
			continue
		}
		if !tt.give {
			continue
		}
		w, ok := foundedWhen(c)
		if ok != (tt.whenFront != "") || ok && (w.Front != tt.whenFront || w.Back != tt.date || w.Kind != CardWhen) {
			t.Errorf("foundedWhen(%q) = %q → %q, %v; want %q → %q", tt.front, w.Front, w.Back, ok, tt.whenFront, tt.date)
		}
	}
}

// TestShortDefinition: a long definition back is cut before its aside.
func TestShortDefinition(t *testing.T) {
	long := "A political movement for reformation within the Communist Party of the Soviet Union during the 1980s and 1990s, widely associated with Soviet leader Mikhail Gorbachev and his glasnost policy reform.\nMeaning “restructuring”."
	truman := `A presentation of the ideological struggle, articulated by Truman, calling on congressional approval for the United States to "support free peoples who are resisting attempted subjugation by armed minorities or by outside pressures," or in short a policy of "containment".`
	tests := []struct{ back, want string }{
		{long, "A political movement for reformation within the Communist Party of the Soviet Union during the 1980s and 1990s.\nMeaning “restructuring”."},
		{truman, truman}, // no aside to cut before
		{"A multilateral treaty that bans all nuclear explosions, which covers civilian and military purposes.", "A multilateral treaty that bans all nuclear explosions, which covers civilian and military purposes."}, // short
		{"A pact, which " + strings.Repeat("was signed by many states in many places ", 4) + "and ratified.", "A pact, which " + strings.Repeat("was signed by many states in many places ", 4) + "and ratified."},       // under ten words left
	}
	for _, tt := range tests {
		if got := shortDefinition(Card{Kind: CardDefine, Back: tt.back}); got != tt.want {
			t.Errorf("shortDefinition(%q) = %q; want %q", tt.back, got, tt.want)
		}
	}
}

// TestAimTwice: beside a card on the aim of the article's subject, a card
// on another subject's aim goes; without one, every aim card stays.
func TestAimTwice(t *testing.T) {
	deck := []Card{
		{Key: "1", Kind: CardQuestion, Front: "What were the goals of the United States? (article “Marshall Plan”)", Back: "To rebuild war-torn regions."},
		{Key: "2", Kind: CardQuestion, Front: "What was the purpose of the Marshall Plan?", Back: "To aid in the economic recovery of nations."},
		{Key: "3", Kind: CardQuestion, Front: "What did the Marshall Plan require?", Back: "A reduction of barriers."},
	}
	keys := func(cs []Card) string {
		var k []string
		for _, c := range cs {
			k = append(k, c.Key)
		}
		return strings.Join(k, ",")
	}
	for _, tt := range []struct{ title, want string }{
		{"Marshall Plan", "2,3"},
		{"Perestroika", "1,2,3"}, // no card asks the subject's aim
	} {
		g := &generator{a: &Article{Title: tt.title}}
		if got := keys(g.drillCards(append([]Card(nil), deck...))); got != tt.want {
			t.Errorf("%s: drillCards kept %s; want %s", tt.title, got, tt.want)
		}
	}
}

// TestDrillCardsOnCorpus: on the corpus, a formal title the article
// glosses in brackets with the name it uses again says that name, and a
// document named once in passing shows what its sentence has it do.
func TestDrillCardsOnCorpus(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpusDir, "potsdam_agreement.txt"))
	if err != nil {
		t.Skipf("no corpus: %v", err)
	}
	a := mustParse(t, b)
	glossed, shown := false, false
	for _, c := range MakeCards(a, Extract(a)) {
		if c.Kind != CardWhen {
			continue
		}
		if strings.Contains(c.Front, " (the ") && strings.HasSuffix(c.Front, " held?") {
			glossed = true
		}
		if strings.HasPrefix(c.Front, "When was ") && strings.Contains(c.Back, "\n“") {
			shown = true
		}
	}
	if !glossed || !shown {
		t.Errorf("glossed alias %v, clause on a bare date's back %v; want both", glossed, shown)
	}
}

// TestLongNameCloze: a name cloze over maxClozeWords words goes when the
// dates, terms and bodies of its sentence are shown on other cards.
func TestLongNameCloze(t *testing.T) {
	long := "After World War II, in 1947, industrialist _____ wrote at the request of General Lucius D. Clay, A Report on Germany, which served as a detailed recommendation for the reconstruction of post-war Germany, and served as a basis for the Marshall Plan."
	longOrg := "The Soviet Union's dual nature, part supranational union of republics and part unitary state, played a part in the difficulty of controlling the pace of restructuring, especially once the new _____ was formed and posed a challenge to the primacy of the CPSU."
	short := "Administration officials met with Soviet Foreign Minister _____ and others to press for an economically self-sufficient Germany."
	tests := []struct {
		front, sentence string
		want            bool
	}{
		{"Who is missing from the sentence?\n“" + long + "”", long, true},
		{"Which organisation completes the sentence?\n“" + longOrg + "”", longOrg, true},
		{"Who is missing from the sentence?\n“" + short + "”", short, false},
		{"Which term completes the sentence?\n“" + long + "”", long, false}, // a term, not a name
	}
	for _, tt := range tests {
		if got := longNameCloze(Card{Kind: CardCloze, Front: tt.front, Sentence: tt.sentence}); got != tt.want {
			t.Errorf("longNameCloze(%.40q) = %v; want %v", tt.front, got, tt.want)
		}
	}
	// shown elsewhere: the sentence's date and term on another card, or not
	sentence := "In 1947, the long cloze asks for _____ beside the Marshall Plan and many more words to make it long enough here."
	facts := []Fact{{Kind: DateFact, Text: "1947", Sentence: sentence}, {Kind: PolicyFact, Text: "Marshall Plan", Sentence: sentence}}
	cloze := Card{Kind: CardCloze, Front: "Who is missing from the sentence?", Sentence: strings.Repeat(sentence+" ", 2)}
	facts[0].Sentence, facts[1].Sentence = cloze.Sentence, cloze.Sentence
	g := &generator{a: &Article{Title: "T"}, facts: facts}
	for _, tt := range []struct {
		others []Card
		want   bool
	}{
		{[]Card{{Front: "When was the Marshall Plan passed?", Back: "1947"}}, true},
		{[]Card{{Front: "What is the Marshall Plan?", Back: "An aid program."}}, false}, // 1947 on no other card
	} {
		if got := g.shownByOthers(append(tt.others, cloze))(cloze); got != tt.want {
			t.Errorf("shownByOthers with %v = %v; want %v", tt.others, got, tt.want)
		}
	}
}

// TestAbsoluteBlank: a blank in apposition to "this year" is asked as
// "in _____"; a blank after a year the sentence fixes stays.
func TestAbsoluteBlank(t *testing.T) {
	tests := []struct{ front, want string }{
		{"“Just this year, _____, there was a supposed meeting between North Korean and Japanese officials in Ulaanbaatar.”",
			"“In _____, there was a supposed meeting between North Korean and Japanese officials in Ulaanbaatar.”"},
		{"“The talks resumed; last month, _____, the envoys met in Geneva.”", "“The talks resumed; in _____, the envoys met in Geneva.”"},
		{"“In _____, Mongolia established its Ulaanbaatar Dialogue Initiative.”", "“In _____, Mongolia established its Ulaanbaatar Dialogue Initiative.”"},
		{"“That year, _____, the treaty was signed.”", "“That year, _____, the treaty was signed.”"}, // "that year" is the sentence's own
		{"“This year's summit, held in _____, failed.”", "“This year's summit, held in _____, failed.”"},
	}
	for _, tt := range tests {
		if got := absoluteBlank(tt.front); got != tt.want {
			t.Errorf("absoluteBlank(%q) = %q; want %q", tt.front, got, tt.want)
		}
	}
}

// TestPlacedWhen: a date card whose sentence names no place, no body and
// nothing of the title takes its chapter, or the article when the
// chapter's title is a bare period; a placed one, or one whose setting
// would show the year, stays as it is.
func TestPlacedWhen(t *testing.T) {
	a := &Article{Title: "Foreign relations of China", Chapters: []Chapter{{Title: ""}, {Title: "1980s"}, {Title: "War with Japan"}, {Title: "1968 Prague Spring"}}}
	g := &generator{a: a}
	tests := []struct {
		chapter          int
		sentence, phrase string
		want             string
	}{
		{1, "1986 saw the arrival of Queen Elizabeth II in an official visit.", "1986", "When did this happen? (article “Foreign relations of China”)"},
		{2, "In 1944, the general was recalled at the request of the envoy.", "1944", "When did this happen? (chapter “War with Japan”)"},
		{1, "In 1962, China had a brief war with India over a border dispute.", "1962", "When did this happen?"},                        // names the title's China
		{2, "In 1937, Mongolia established a dialogue initiative.", "1937", "When did this happen?"},                                    // names a place
		{2, "The first North Korean hydrogen bomb test took place in September 2017.", "September 2017", "When did this happen?"},       // an adjective of origin
		{3, "The invasion began on the night of August 20, 1968 and met great resistance.", "August 20, 1968", "When did this happen?"}, // the chapter shows the year
	}
	for _, tt := range tests {
		front := "When did this happen?\n“" + strings.Replace(tt.sentence, tt.phrase, "_____", 1) + "”"
		c := Card{Kind: CardWhen, Chapter: tt.chapter, Front: front, Sentence: tt.sentence, Phrase: tt.phrase}
		got := g.placedWhen(c, map[string]bool{})
		if head, _, _ := strings.Cut(got, "\n“"); head != tt.want {
			t.Errorf("placedWhen(%q) = %q; want %q", tt.sentence, head, tt.want)
		}
	}
}

// TestShortAnswer: a question's long back is cut before ", particularly"
// and the like, never before ", which" (a what-did back's substance).
func TestShortAnswer(t *testing.T) {
	china := "To balance its identification as a member of the Soviet bloc by establishing friendly relations with Pakistan and other Third World countries, particularly in Southeast Asia."
	baruch := "Proposed the Baruch Plan before the United Nations Atomic Energy Commission, which called for an international system of controls on the production of atomic energy and its peaceful uses."
	tests := []struct {
		kind       CardKind
		back, want string
	}{
		{CardQuestion, china, "To balance its identification as a member of the Soviet bloc by establishing friendly relations with Pakistan and other Third World countries."},
		{CardWhatWhen, baruch, baruch},
		{CardQuestion, "Private ownership of businesses, especially in services.", "Private ownership of businesses, especially in services."}, // short
		{CardCloze, china, china}, // a cloze's back is its blank
	}
	for _, tt := range tests {
		if got := shortDefinition(Card{Kind: tt.kind, Back: tt.back}); got != tt.want {
			t.Errorf("shortDefinition(%s, %.40q) = %q; want %q", tt.kind, tt.back, got, tt.want)
		}
	}
}
