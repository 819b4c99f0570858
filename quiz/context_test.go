package quiz

import (
	"strings"
	"testing"
)

func TestLeansOnContext(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		// openers that go on from the sentence before
		{"That is, any threat to socialist rule in any state was a threat to all of them.", true},
		{"However, once the President resigned as head of the party in January 1968, the reforms began.", true},
		{"In result, they were sent away from the capital.", true},
		{"These reforms were meant to make the economy more efficient.", true},
		{"As a result, the treaty was never ratified.", true},
		{"Moreover, the talks broke down in 1962.", true},
		{"Both sides refused to compromise.", true},
		{"Both were sent away from the capital in 1950.", true},
		// "Both X and Y" names the two
		{"Both the PRC and ROC make it a prerequisite for diplomatic relations that a country does not recognize the other party.", false},
		{"Both East and West regarded Greece as a nation within the sphere of influence of Britain.", false},
		{"Both efforts occurred in large socialist countries attempting to modernize their economies.", true},
		{"The section also agreed that the fleet would be divided.", true},
		{"The details were settled later that year.", true},
		{"The case was heard by the court in 2004.", true},
		{"Thereafter, the directive was supplanted by a new one.", true},
		{"Replacing an earlier proposal for a Morgenthau Plan, it operated for four years.", true},
		{"On July 12, a larger meeting was convened in Paris.", true},
		{"Eager to avoid a similar fate, the leader reassured Moscow.", true},
		{"Establishment of a Council of Foreign Ministers, also including France and China.", true},
		{"Conclusion on peace treaties and admission to the United Nations organization.", true},
		// an agenda item whose only verb comes after its semicolon
		{"Establishment of a Council of Foreign Ministers, also including France and China; tasked the preparation of a peace settlement, to be accepted once a government had been established.", true},
		// "follow" with no object goes on from an event told before
		{"Italy and Belgium would follow by the end of 1948.", true},
		// a definite subject of one common noun before a relative clause
		{"The plan, which would serve as the basis for United States nuclear policy, was rejected by the Soviet Union.", true},
		{"The Baruch Plan, which would serve as the basis for nuclear policy, was rejected by the Soviet Union.", false},
		{"Poland soon followed suit and left the talks.", true},
		{"The largest recipient was the United Kingdom, followed by France and West Germany.", false},
		{"Elections in Poland would follow the signing of the treaty in 1947.", false},
		{"State Department officials, however, knew that Stalin would not take part.", true},
		{"The Soviets, in turn, founded the Cominform.", true},
		// a time counted from another sentence's
		{"Just this year, the government opened two new embassies.", true},
		{"The ministers met again the following year in Paris.", true},
		{"The agreement confirmed this reality for the whole bloc.", true},
		{"Those reforms were reversed by his successor.", true},
		{"The latter refused to sign the protocol.", true},
		// lines that steer the reader about the page
		{"For the history to 1800 see Foreign relations of Imperial China.", true},
		{"See also Sino-Soviet split.", true},
		{"The dispute is covered elsewhere (see Border conflict).", true},
		// counter-examples: sentences that stand on their own
		{"The Marshall Plan was signed by President Truman on April 3, 1948.", false},
		{"Those who resisted collectivisation were deported to Siberia.", false},
		{"Stalin died in March 1953, and Khrushchev became First Secretary.", false},
		{"The Soviet delegation walked out of the conference in 1950.", false},
		{"The former Soviet Union broke into fifteen states in 1991.", false},
		{"In 1947 the United States announced the Truman Doctrine.", false},
		{"Mongolia hosted the talks in Ulaanbaatar in 2007.", false},
		{"The treaty of 1842 opened five ports to foreign trade.", false},
		{"Theodore Roosevelt mediated between Russia and Japan.", false},
		{"Shortly after the war ended, the Allies divided Germany into four zones.", false},
		{"In 1948, it was Truman who signed the act.", true},
		{"The second conference was larger than the first and met in Paris.", false},
		{"In 1949, the Soviet Union tested its first atomic bomb.", false},
		{"Despite the long rivalry, it is unlikely that the relationship will be severed.", false},
		{"Following the USSR, Mongolia was the second nation that recognized the new state.", false},
		{"Recognition of the new state came from Mongolia in 1949.", false},
		{"The plan, however modest, was accepted by the Senate in 1948.", false},
	} {
		if got := leansOnContext(c.s); got != c.want {
			t.Errorf("leansOnContext(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// dateIn makes the date fact of the first match of text in sentence.
func dateIn(t *testing.T, sentence, text string) Fact {
	t.Helper()
	for _, f := range Extract(mustParse(t, []byte("# T\n\n## C\n\n"+sentence+"\n"))) {
		if f.Kind == DateFact && f.Text == text {
			return f
		}
	}
	t.Fatalf("no date %q found in %q", text, sentence)
	return Fact{}
}

func TestDatesThatOnlyLabel(t *testing.T) {
	for _, c := range []struct {
		sentence, date string
		label, own     bool
	}{
		{"Germany lost a quarter of its 1937 territory to Poland and the Soviet Union.", "1937", true, false},
		{"Poland's western border moved far west of the 1937 border of Germany in August 1945.", "1937", true, false},
		{"Collectivisation followed the 1928 end of the New Economic Policy in the countryside.", "1928", true, false},
		// the base a figure is measured against
		{"For all recipients, output in 1951 was at least 35% higher than in 1938.", "1938", true, false},
		{"Exports were twice as large compared with 1913 in the report.", "1913", true, false},
		// the year a measure is taken in
		{"The $17 billion was in the context of a US GDP of $258 billion in 1948, on top of earlier aid.", "1948", true, false},
		{"Dubček reassured Brezhnev that the reforms were not on a similar path to those seen in 1956 in Hungary.", "1956", false, false},
		{"Although the party had won the elections of 1946, the king refused to appoint its leader.", "1946", false, false},
		{"When the new government turned to Soviet support in 1960, Cuba became the centre of the anti-American forces.", "1960", false, true},
		// counter-examples: the year dates the sentence's event
		{"Before Singapore was chosen, the 2018 summit was to be held in Ulaanbaatar.", "2018", false, true},
		{"The Soviet Union invaded Afghanistan in 1979.", "1979", false, true},
		{"In 1948 the Congress passed the Economic Cooperation Act.", "1948", false, true},
	} {
		f := dateIn(t, c.sentence, c.date)
		if got := labelDate(f); got != c.label {
			t.Errorf("labelDate(%q in %q) = %v, want %v", c.date, c.sentence, got, c.label)
		}
		g := &generator{facts: []Fact{f}}
		g.kindAt = map[FactKind][]int32{DateFact: {0}}
		if got := g.ownDate(f); got != c.own {
			t.Errorf("ownDate(%q in %q) = %v, want %v", c.date, c.sentence, got, c.own)
		}
	}
}

func TestDatesToTypeOrSwap(t *testing.T) {
	for _, c := range []struct {
		sentence, date string
		precise, asked bool
	}{
		{"During the 1980s and 1990s the President pledged solidarity with Gorbachev.", "the 1980s and 1990s", false, true},
		{"The province was evacuated in winter 1945 and annexed soon after.", "winter 1945", false, true},
		{"The country has kept expanding its trade since the 1990s.", "the 1990s", false, false},
		{"The war in Europe (1939–45) ended in 1945 with Germany's surrender.", "1945", true, false},
		{"Aid was delivered from July 1945 through June 1946 by the relief agency.", "from July 1945 through June 1946", false, true},
		{"Aid continued until June 1946 in most countries.", "June 1946", true, false},
		// counter-examples
		{"The Marshall Plan was signed on April 3, 1948, by President Truman.", "April 3, 1948", true, true},
		{"Stalin died in 1953 at his dacha.", "1953", true, true},
	} {
		f := dateIn(t, c.sentence, c.date)
		if got := preciseDate(f); got != c.precise {
			t.Errorf("preciseDate(%q in %q) = %v, want %v", c.date, c.sentence, got, c.precise)
		}
		g := &generator{}
		if got := g.askedDate(f); got != c.asked {
			t.Errorf("askedDate(%q in %q) = %v, want %v", c.date, c.sentence, got, c.asked)
		}
	}
}

func TestMixedKinds(t *testing.T) {
	g := &generator{kindAt: map[FactKind][]int32{}}
	person := func(v string) Fact { return Fact{Kind: PersonFact, Value: v} }
	place := func(v string) Fact { return Fact{Kind: PlaceFact, Value: v} }
	g.names = []Fact{person("Mao Zedong"), place("Mao"), person("Beijing"), place("Beijing"), person("Zhou Enlai"), place("Shanghai"), person("France")}
	g.facts = g.names
	for i, f := range g.names {
		g.kindAt[f.Kind] = append(g.kindAt[f.Kind], int32(i))
	}
	for _, c := range []struct {
		value string
		kind  FactKind
		want  bool
	}{
		{"Mao", PlaceFact, true},      // a person's name asked as a place
		{"Beijing", PersonFact, true}, // found as a place too
		{"France", PersonFact, true},  // a country is no person
		{"Zhou Enlai", PersonFact, false},
		{"Shanghai", PlaceFact, false},
		{"Mao Zedong", PersonFact, false},
	} {
		if got := g.mixedKind(c.value, c.kind); got != c.want {
			t.Errorf("mixedKind(%q, %s) = %v, want %v", c.value, c.kind, got, c.want)
		}
	}
}

// TestHygieneSentencesStandAlone: no question over the corpus is made
// from a sentence that leans on the one before it or steers the reader.
func TestHygieneSentencesStandAlone(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			for _, s := range sourceSentences(q) {
				if leansOnContext(s) && !(q.Kind == ClauseFact && standsAloneAsShown(g, s)) {
					t.Errorf("%s question from a sentence that needs its context: %q", q.Type, s)
				}
			}
		}
	})
}

// standsAloneAsShown reports a sentence that leans on the one before only
// as the article writes it: a phrase question shows it resolved
// (inContext), "Thus, …" without its connective, "It" or "The treaty"
// as the article's subject, and so resolved it stands alone.
func standsAloneAsShown(g *generator, s string) bool {
	i := g.sentenceIndex(s)
	if i < 0 {
		return false
	}
	shown, ok := g.inContext(i)
	return ok && !leansOnContext(shown)
}

// TestHygieneDateAnswersAreEventDates: a date typed, chosen or swapped
// is the sentence's own event date, and a typed or swapped one is exact.
func TestHygieneDateAnswersAreEventDates(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Kind != DateFact || q.Type == Ordering || q.Type == Matching {
				continue
			}
			f, _ := g.factByKey(q.FactKeys[0])
			if labelDate(f) || !g.askedDate(f) {
				t.Errorf("%s on a date that is not its event's own: %q in %q", q.Type, f.Text, f.Sentence)
			}
			if (q.Type == FillIn || q.Type == TrueFalse) && !preciseDate(f) {
				t.Errorf("%s on a vague date: %q in %q", q.Type, f.Text, f.Sentence)
			}
			if strings.Contains(f.Text, " and ") {
				t.Errorf("%s on two dates as one: %q", q.Type, f.Text)
			}
		}
	})
}

// TestHygieneOptionsOfOneKind: no person is offered where a place is
// asked, nor a place where a person is.
func TestHygieneOptionsOfOneKind(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != MultipleChoice || (q.Kind != PersonFact && q.Kind != PlaceFact) {
				continue
			}
			for _, o := range q.Options {
				if g.mixedKind(o, q.Kind) {
					t.Errorf("%s question offers %q, which the article uses as another kind", q.Kind, o)
				}
			}
		}
	})
}

// TestHygieneOrderingOnDatesWithTheirYears: the events of an ordering or
// matching question are written with their years and placed by their
// own dates.
func TestHygieneOrderingOnDatesWithTheirYears(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if (q.Type != Ordering && q.Type != Matching) || q.Kind != DateFact {
				continue
			}
			for _, k := range q.FactKeys {
				f, _ := g.factByKey(k)
				if !reYear.MatchString(f.Text) || !g.askedDate(f) {
					t.Errorf("%s item on a date without its year or not its event's own: %q in %q", q.Type, f.Text, f.Sentence)
				}
			}
		}
	})
}

// TestHygieneTrueFalseNotMostlyTrue: over the corpus at most half of the
// true/false statements are true, so that "True" is no safe guess (a
// statement is made false three times in four where a plainly false swap
// exists, and a word-for-word true copy ranks below one with a swap;
// before these rules 62 % were true).
func TestHygieneTrueFalseNotMostlyTrue(t *testing.T) {
	total, truths := 0, 0
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type == TrueFalse {
				total++
				if q.Answer[0] == "True" {
					truths++
				}
			}
		}
	})
	if total >= 100 && 2*truths > total {
		t.Errorf("%d of %d true/false statements are true", truths, total)
	}
}

// TestQuestionsNeedWholeQuotesAndRealPeople: a sentence whose quotation
// marks do not pair is cut or garbled (round 4: "… a stable and productive
// Germany.\"" copied into a true/false statement), and a "person" made of
// number words is a title (seed 7: "Who is missing? … the classic dystopia
// _____" with Nineteen Eighty-Four among Kennan and Truman).
func TestQuestionsNeedWholeQuotesAndRealPeople(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{`Truman enacted JCS 1779, which decreed that an orderly Europe requires a stable and productive Germany."`, true},
		{`Stalin had respected the "percentages agreement" with Winston Churchill.`, false},
		{"Mongolia’s “third-neighbor policy” was adopted in the 1990s.", false},
		{"Mongolia’s “third-neighbor policy was adopted in the 1990s.", true},
	} {
		if got := unbalancedQuotes(c.s); got != c.want {
			t.Errorf("unbalancedQuotes(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for name, want := range map[string]bool{"Nineteen Eighty-Four": true, "Catch-22": true, "George Orwell": false, "Kim Il Sung": false} {
		if got := numberWordName(name); got != want {
			t.Errorf("numberWordName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestEditedAndYearlessSentences: a capitalised function word between
// lower-case words is the trace of a lost word ("desperately As for"),
// and a day without its year ("on March 21") is no date to ask.
func TestEditedAndYearlessSentences(t *testing.T) {
	for s, want := range map[string]bool{
		"When East Germany desperately As for Soviet troops to put down unrest in 1989, Gorbachev refused.": true,
		"The article appeared in The Times in 1989.":                                                        false,
		"As the war ended, the troops went home in 1945.":                                                   false,
		"On March 31, 1854, the or was the first treaty between the United States and Japan.":               true,
		"The treaty was signed by the two powers and ratified in 1855.":                                     false,
	} {
		if got := reGarbledCase.MatchString(s) || reLostWord.MatchString(s); got != want {
			t.Errorf("garbled %q = %v, want %v", s, got, want)
		}
	}
	g := generatorFor(t, "The reforms of 1968 began in Prague in the spring. The minister sought clarification from the president on March 21, with the Politburo convened.")
	for _, f := range g.ofKind(DateFact) {
		if reYear.MatchString(f.Text) {
			continue
		}
		for _, ty := range []QuestionType{MultipleChoice, FillIn, TrueFalse} {
			if q, ok := g.single(ty, f); ok {
				t.Errorf("a %s question on the yearless date %q: %q", ty, f.Text, q.Prompt)
			}
		}
	}
	for _, c := range MakeCards(g.a, g.facts) {
		if (c.Kind == CardWhen || c.Kind == CardWhatWhen) && !reYear.MatchString(c.Phrase) {
			t.Errorf("a %s card on a yearless date: %q", c.Kind, c.Front)
		}
	}
}

// TestYearlessDateFound keeps TestEditedAndYearlessSentences honest: its
// article has a date without its year.
func TestYearlessDateFound(t *testing.T) {
	dates := 0
	for _, f := range generatorFor(t, "The reforms of 1968 began in Prague in the spring. The minister sought clarification from the president on March 21, with the Politburo convened.").ofKind(DateFact) {
		if !reYear.MatchString(f.Text) {
			dates++
		}
	}
	if dates == 0 {
		t.Error("no yearless date found for TestEditedAndYearlessSentences to test")
	}
}

// TestPlaceThatActsAsAPerson: a one-word "place" that promises, admires
// or resigns in the article is a person the extractor took for a place
// (seed 7: "Which country completes the sentence? _____ was only
// interested in what alliances could do for China" answered by Mao).
func TestPlaceThatActsAsAPerson(t *testing.T) {
	g := generatorFor(t, "Zhou promised Marshall the Communists would give up armed revolution in 1946. "+
		"Zhou had long admired the United States. "+
		"The capital moved to Nanking in 1928, and Nanking grew quickly. "+
		"In 1944, Chiang acceded to Roosevelt's request that an American general take charge. "+
		"Japan's army took Manchuria in 1931.")
	// round 5: "Roosevelt" (found as a place) offered for "the capital in _____"
	for name, want := range map[string]bool{"Zhou": true, "Nanking": false, "Roosevelt": true, "Japan": false} {
		if got := g.actsAsPerson(name); got != want {
			t.Errorf("actsAsPerson(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestLeansOnContextReferences: round 5 (seed 13) showed sentences whose
// noun phrases point at something another sentence names: "the two",
// "then", "that hope", a possessive before any name, and (in askable) a
// definite event or body the sentence never names.
func TestLeansOnContextReferences(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"In the 2000s, the two agreed to aid each other in areas related to economy, culture, and education.", true},
		{"In April 1976, the two states reached agreement on the Peaceful Nuclear Explosions Treaty (PNET).", true},
		{"He talked endlessly with both sides for over a year.", true},
		{"Tensions between the two Koreas rose in 2010.", false},
		{"Under the direction of Prime Minister John Howard, Australia then sent the text to the United Nations.", true},
		{"It was signed by 71 States, including five of the eight then nuclear-capable states.", true}, // "It" leans anyway
		{"The CTBT was signed by 71 States, including five of the eight then nuclear-capable states.", false},
		{"Since then, Mongolia has hosted many meetings.", false},
		{"When that hope was seen as illusory, China became much less important to Washington.", true},
		{"Historians agree that the blockade failed.", false},
		{"After his death, authorities led by Deng Xiaoping began instigating reforms.", true},
		{"Since its establishment in 1949, the People's Republic of China has sought recognition.", false},
		{"With the adoption of its Foreign Policy Concept, Mongolia listed the US, Japan and Germany.", false},
		{"Japan after 1860 modernized its military after Western models.", false},
		{"The resulting Marshall Plan policy foresaw returning Germany to a pastoral state.", true},
		{"The ensuing war lasted three years.", true},
		{"U.S. officials quickly moved to escalate and expand containment.", true},
		{"The Soviet Union moved its troops to the border in 1968.", false},
	} {
		if got := leansOnContext(c.s); got != c.want {
			t.Errorf("leansOnContext(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s, want string
	}{
		{"Although it no longer seems to be the case, following the meeting Japanese Prime Minister Fumio Kishida indicated that he was willing.", "case"},
		{"The new government abolished the unequal treaties in 1928.", "government"},
		{"Original signatories of the initiative included China and Mongolia.", "initiative"},
		{"The directive comported with the view of General Lucius D. Clay.", "directive"},
		// named in the sentence, or said which one it is
		{"Before Singapore was chosen for the 2018 North Korea-United States Summit, Ulaanbaatar was cited as a location for the summit.", ""},
		{"The Communists took over the government of Czechoslovakia in 1948.", ""},
		{"Refugees, predominantly from the government and business community, fled to Taiwan.", ""},
		{"The treaty between India and Pakistan was signed in 1960.", ""},
	} {
		if got := bareDefinite(c.s); got != c.want {
			t.Errorf("bareDefinite(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
