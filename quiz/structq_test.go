package quiz

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// structGenerator is a generator over a one-chapter article of text.
func structGenerator(t *testing.T, text string) *generator {
	t.Helper()
	a := mustParse(t, []byte("An article\n\nIntroduction\n\nThe article begins here with a sentence of its own.\n\nBody\n\n"+text+"\n"))
	g := &generator{a: a, facts: Extract(a), rng: rand.New(rand.NewPCG(1, 1))}
	g.index()
	return g
}

// wantStructQuestion checks the structure questions of one sentence in a
// made-up article, leaving out those skip names: prompt → answer must be
// among them (a question with that prompt and another answer fails), or,
// when prompt is "", none that unwanted picks out.
func wantStructQuestion(t *testing.T, text, prompt, answer string, skip func(structAnswer) bool, unwanted func(prompt string) bool) {
	t.Helper()
	g := structGenerator(t, text)
	var got []string
	found := false
	for _, sa := range g.chapterAnswers(1) {
		if skip != nil && skip(sa) {
			continue
		}
		got = append(got, sa.prompt+" → "+sa.answer)
		if prompt == "" && unwanted(sa.prompt) {
			t.Errorf("want no such question, got %q → %q", sa.prompt, sa.answer)
		}
		if sa.prompt == prompt {
			if sa.answer != answer {
				t.Errorf("%q → %q, want %q", sa.prompt, sa.answer, answer)
			} else {
				found = true
			}
		}
	}
	if prompt != "" && !found {
		t.Errorf("no %q → %q among %q", prompt, answer, got)
	}
}

// TestStructQuestions: sentences whose subject, verb and object, or whose
// cause, purpose or consequence, make a question in plain words; and the
// sentences that must make none (a pronoun or a bare "the" for subject,
// a report, a negation, an object too vague to ask for).
func TestStructQuestions(t *testing.T) {
	tests := []struct {
		text           string
		prompt, answer string // "" for no phrase question
	}{
		{"The Marshall Plan provided $13 billion in economic aid to Western Europe.", "What did the Marshall Plan provide?", "$13 billion in economic aid to Western Europe"},
		{"In 1950 the Colombo Plan required a reduction of trade barriers between member states.", "What did the Colombo Plan require in 1950?", "a reduction of trade barriers between member states"},
		{"Tax revenues declined because local governments withheld revenues from the central government.", "Why did tax revenues decline?", "local governments withheld revenues from the central government"},
		{"The Soviets were threatened because the Americans might strike first.", "Why were the Soviets threatened?", "the Americans might strike first"},
		{"Brezhnev called for an invasion of Czechoslovakia in order to stop the reforms from spreading into Ukraine.", "Why did Brezhnev call for an invasion of Czechoslovakia?", "to stop the reforms from spreading into Ukraine"},
		{"Increasing sales of opium by British traders led to the First Opium War (1839–1842).", "What did increasing sales of opium by British traders lead to?", "the First Opium War"},
		{"Increasing sales of opium by British traders led to the First Opium War.", "What led to the First Opium War?", "increasing sales of opium by British traders"},
		{"The goal of the Marshall Plan was not to punish Germany but rather to rebuild the economies of Western Europe.", "What was the goal of the Marshall Plan?", "to rebuild the economies of Western Europe"},
		{"In July 1987, the Supreme Soviet passed the Law on State Enterprise. The law stipulated that state enterprises were free to determine output levels.", "What did the Law on State Enterprise stipulate?", "that state enterprises were free to determine output levels"},
		// round 9: two acts of one subject, the key half the sentence ("What did Perestroika allow?")
		{"The Helsinki Accords allowed more independent actions from various ministries and introduced some market-like reforms.", "", ""},
		{"The Law on Cooperatives permitted private ownership of businesses in the services, manufacturing, and foreign-trade sectors.", "What did the Law on Cooperatives permit?", "private ownership of businesses in the services, manufacturing, and foreign-trade sectors"},
		{"Today, Mongolia enjoys an internationally recognized nuclear-weapon-free status within the global community.", "What does Mongolia enjoy today?", "an internationally recognized nuclear-weapon-free status within the global community"},
		// round 18 (stemtopic.go): a common cause's stock outcome is guessed
		// from the cause ("What did unemployment and food shortages lead
		// to?" → "strikes and unrest in several nations"); a definite effect
		// is asked
		{"Decisions to suspend restrictions on military activities led to re-armament by many domains and further weakened the Shogun.", "", ""},
		{"The elimination of central control over production decisions led to the breakdown in traditional supply-demand relationships.", "What did the elimination of central control over production decisions lead to?", "the breakdown in traditional supply-demand relationships"},
		{"Commodore Perry concluded the Treaty of Kanagawa with representatives of the shogun, led by plenipotentiary Hayashi and the text was endorsed by the Emperor.", "What did Commodore Perry conclude?", "the Treaty of Kanagawa with representatives of the shogun"},
		{"Because of its actions in maintaining peaceful relations with all nations, Mongolia has been considered several times as a location for peace talks.", "Why has Mongolia been considered several times as a location for peace talks?", "its actions in maintaining peaceful relations with all nations"},
		{"Mongolia’s goal in adopting the “third-neighbor policy” was to weave a network of relationships to protect Mongolian security while also keeping Russia and China at equal distance.", "What was Mongolia’s goal in adopting the “third-neighbor policy”?", "to weave a network of relationships to protect Mongolian security"},
		{"The Law on Cooperatives was enacted in May 1988. For the first time since the New Economic Policy was abolished in 1928, the law permitted private ownership of businesses in the services, manufacturing, and foreign-trade sectors.", "What did the Law on Cooperatives permit?", "private ownership of businesses in the services, manufacturing, and foreign-trade sectors"},
		{"President Antonín Novotný resigned in January 1968. Alexander Dubček replaced Novotný as head of the Czechoslovak Communist Party.", "Who did Alexander Dubček replace as head of the Czechoslovak Communist Party?", "Novotný"},
		{"Fraudulent Polish elections held in January 1947 resulted in the official transformation of Poland into a people's republic.", "What did fraudulent Polish elections held in January 1947 result in?", "the official transformation of Poland into a people's republic"},
		{"Fear of a nuclear war spurred the production of public safety films by the Civil Defense branch.", "What did fear of a nuclear war spur?", "the production of public safety films by the Civil Defense branch"},
		// a named author's view is asked as the author's (mainpoint.go)
		{"Westad says the Communists won the Civil War because Mao made fewer military mistakes.", "Why did the Communists win the Civil War, according to Westad?", "Mao made fewer military mistakes"},
		// counter-examples
		{"The Americans sent troops that resulted in a long war in Korea.", "", ""},
		{"Mongolia has been a member of the United Nations since 1961.", "", ""},
		{"Mao promised Marshall the Communists would give up armed revolution.", "", ""},
		{"Mongolia views the DPRK as an essential variable to Mongolian growth in the region.", "", ""},
		{"Any instance which caused the USSR to question its allies was punished.", "", ""},
		{"It led to the creation of the Missile Defense Agency.", "", ""},
		{"He announced that the Marshall Plan would end.", "", ""},
		{"The reforms allowed more independent actions from various ministries.", "", ""},
		{"The Soviet Union annexed several countries.", "", ""},
		{"Communist parties achieved popularity in such nations.", "", ""},
		{"Gorbachev gave a speech in Leningrad about the economy.", "", ""},
		{"Tax revenues did not decline because of the war in Korea.", "", ""},
		{"Truman proclaimed Taipei the temporary capital of the Republic of China.", "", ""},
		{"Bevin and Bidault insisted that any aid be accompanied by a unified European economy.", "", ""},
		{"The United States provided similar aid programs in Asia.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			wantStructQuestion(t, tt.text, tt.prompt, tt.answer, nil, func(string) bool { return true })
		})
	}
}

// TestWhoDidAndWhatObject: a fact that is a sentence's whole subject is
// asked with the sentence's verb ("Who announced …?"); a fact that is its
// whole object, with the subject ("What did … pass?"). A fact inside a
// longer subject, or a verb that only links, makes none.
func TestWhoDidAndWhatObject(t *testing.T) {
	tests := []struct {
		text, answer, want string
	}{
		{"In 1985, Soviet leader Mikhail Gorbachev announced a unilateral testing moratorium.", "Mikhail Gorbachev", "Who announced a unilateral testing moratorium in 1985?"},
		{"In July 1987, the Supreme Soviet of the Soviet Union passed the Law on State Enterprise.", "Law on State Enterprise", "What did the Supreme Soviet of the Soviet Union pass in July 1987?"},
		{"President Harry Truman signed the Foreign Assistance Act in April 1948.", "Harry Truman", "Who signed the Foreign Assistance Act in April 1948?"},
		{"In 1968, Soviet leader Leonid Brezhnev replaced Alexander Dubček as head of the party of Czechoslovakia.", "Alexander Dubček", "Who did Soviet leader Leonid Brezhnev replace as head of the party of Czechoslovakia in 1968?"},
		{"In June 1950, the North Korean People's Army invaded South Korea. South Korea and Japan are countries.", "South Korea", "Which country did the North Korean People's Army invade in June 1950?"},
		{"In 1948 the Communist Party of Czechoslovakia assumed undisputed control over the government of Czechoslovakia.", "Communist Party of Czechoslovakia", ""},
		{"The cabinet of Mikhail Gorbachev announced a unilateral testing moratorium.", "Mikhail Gorbachev", ""},
		{"President Harry Truman was the leader of the United States in 1948.", "Harry Truman", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			g := structGenerator(t, tt.text)
			got, seen := "", false
			for _, f := range g.facts {
				if f.Text == tt.answer && strings.HasPrefix(tt.text, f.Sentence[:10]) {
					seen = true
					got, _ = g.structQuestion(f)
				}
			}
			if !seen {
				t.Fatalf("no fact %q in %v", tt.answer, factTexts(g.facts))
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestGradeKeyWords: a typed phrase answer is right when it has enough
// of the answer's key words, in any order and any form of the word.
func TestGradeKeyWords(t *testing.T) {
	q := Question{Type: FillIn, Kind: ClauseFact, Answer: []string{"to stop the reforms from spreading into Ukraine"}}
	for given, want := range map[string]bool{
		"to stop the reforms spreading to Ukraine": true,
		"stop reform spreading":                    true,
		"Ukraine":                                  false,
		"to rebuild Europe":                        false,
		"":                                         false,
	} {
		if v := q.Grade([]string{given}); v.Correct != want {
			t.Errorf("%q: correct %v, want %v (%s)", given, v.Correct, want, v.Note)
		}
	}
	// the question's own words tell nothing
	why := Question{Type: FillIn, Kind: ClauseFact, Prompt: "Why did tax revenues decline?", Answer: []string{"local governments withheld tax revenues from the central government"}}
	for given, want := range map[string]bool{"tax revenues declined": false, "governments withheld revenues": true} {
		if v := why.Grade([]string{given}); v.Correct != want {
			t.Errorf("%q: correct %v, want %v (%s)", given, v.Correct, want, v.Note)
		}
	}
	// a number or a rank must be the article's
	for answer, cases := range map[string]map[string]bool{
		"the First Opium War":   {"First Opium War": true, "the opium war, the first": true, "the Second Opium War": false},
		"215 atmospheric tests": {"215 tests": true, "251 atmospheric tests": false},
	} {
		q := Question{Type: FillIn, Kind: ClauseFact, Answer: []string{answer}}
		for given, want := range cases {
			if v := q.Grade([]string{given}); v.Correct != want {
				t.Errorf("%q for %q: correct %v, want %v (%s)", given, answer, v.Correct, want, v.Note)
			}
		}
	}
}

// TestPhraseOptionsOfOneRole: the options of a phrase question are
// answers of the same role from other sentences (a reason among reasons,
// what was required among what was required), never one of the same
// subject's.
func TestPhraseOptionsOfOneRole(t *testing.T) {
	g := structGenerator(t, strings.Join([]string{
		"Tax revenues declined because local governments withheld revenues from the central government.",
		"The Soviets were threatened because the Americans might strike first.",
		"Prices rose sharply because state subsidies for consumer goods continued.",
		"Exports collapsed because the ruble could not be converted abroad.",
		"Perestroika allowed more independent actions from various ministries.",
		"Tax revenues fell because the republics kept their taxes.",
	}, " "))
	all := g.chapterAnswers(1)
	for _, sa := range all {
		if sa.prompt != "Why did tax revenues decline?" {
			continue
		}
		ds := g.phraseDistractors(sa, all, 3)
		if len(ds) != 3 {
			t.Errorf("options %q, want the three reasons of other subjects", ds)
		}
		for _, d := range ds {
			if strings.Contains(d, "ministries") || strings.Contains(d, "republics") {
				t.Errorf("option %q: another role, or the same subject's", d)
			}
		}
		return
	}
	t.Errorf("no why question among %v", all)
}

// TestPhraseQuestionsOverTheCorpus: every corpus article and the built-in
// one give phrase questions, and none of them shows its answer in its
// prompt or asks with a pronoun for its subject.
func TestPhraseQuestionsOverTheCorpus(t *testing.T) {
	total := 0
	for _, h := range hygieneArticles(t) {
		g := &generator{a: h.a, facts: h.facts, rng: rand.New(rand.NewPCG(1, 1))}
		g.index()
		var chapters []int
		for i := range h.a.Chapters {
			chapters = append(chapters, i)
		}
		for _, sa := range g.structAnswers(chapters) {
			total++
			if showsAny(sa.prompt, []string{sa.answer}) {
				t.Errorf("%s: %q shows its answer %q", h.name, sa.prompt, sa.answer)
			}
			if w := strings.Fields(sa.prompt); len(w) > 2 && (w[1] == "did" || w[1] == "was" || w[1] == "were") && clauseOpeners[strings.ToLower(w[2])] {
				t.Errorf("%s: %q asks about a pronoun", h.name, sa.prompt)
			}
			if os.Getenv("STRUCT_DUMP") != "" {
				t.Logf("%s [%s] %s → %s", h.name, sa.form, sa.prompt, sa.answer)
			}
		}
	}
	if len(hygieneArticles(t)) > 1 && total < 50 {
		t.Errorf("%d phrase questions over the corpus, want 50 or more", total)
	}
}

// TestCauseStatements: a true or false statement on why keeps the main
// clause as written; a false one gives another sentence's reason, never
// the sentence's own.
func TestCauseStatements(t *testing.T) {
	g := structGenerator(t, strings.Join([]string{
		"Tax revenues declined because local governments withheld revenues from the central government.",
		"The Soviets were threatened because the Americans might strike first.",
		"Prices rose sharply because state subsidies for consumer goods continued.",
	}, " "))
	all := g.chapterAnswers(1)
	seen := map[string]bool{}
	for _, sa := range all {
		if sa.prompt != "Why did tax revenues decline?" {
			continue
		}
		for i := 0; i < 40; i++ {
			q, ok := g.causeStatement(sa, all, g.phraseFact(sa))
			if !ok {
				t.Fatalf("no statement for %q", sa.prompt)
			}
			if !strings.HasPrefix(q.Prompt, "True or false?\n“Tax revenues declined because ") {
				t.Errorf("statement %q lost its main clause", q.Prompt)
			}
			own := strings.Contains(q.Prompt, "local governments withheld")
			if own != (q.Answer[0] == "True") {
				t.Errorf("%q keyed %s", q.Prompt, q.Answer[0])
			}
			seen[q.Answer[0]] = true
		}
	}
	if !seen["True"] || !seen["False"] {
		t.Errorf("statements true and false over 40 draws: %v", seen)
	}
}

// TestShortArticlesFillLongerQuizzes: the short articles, whose sentences
// gave few blanks, give more questions once their sentences' structure is
// asked about (before: perestroika 6.0, the ABM Treaty 8.4, the
// Convention of Kanagawa 8.9, the built-in article 15.0 of 25 on average
// over the hygiene seeds). The floors may only go up. Round 8 (one year
// once per quiz, figures at most 16 %, no figure "as of" a day) added
// the Brezhnev Doctrine and the CTBT, whose quizzes those rules shorten
// (18.7 → 17.0, 21.6 → 18.1), and raised the ABM Treaty's and
// Perestroika's (10.4 once its date ordering is built on years no single
// question asked, 14.7).
func TestShortArticlesFillLongerQuizzes(t *testing.T) {
	// round 9 lowered brezhnev 16.5 → 15.5, CTBT 19.0 → 16.0 and
	// perestroika 14.5 → 12.5: the questions they lost are of templates
	// the blind reviews of rounds 8 and 9 found good too seldom (a typed
	// "What is X?" 2 of 8, a true/false figure swap 1 of 9, a bare figure
	// 1 of 5, a what-did stem with several right answers: every one of the
	// 7 reviewed was awkward or wrong); docs/question-samples.md, round 9
	// Round 9 also took builtin 15.5 → 15.0: the question it lost asks
	// for "North Korea", named 30 times, among options named 4 to 9 times
	// (awkward in rounds 8 and 9 alike).
	// Round 10 took the ABM Treaty 10.0 → 9.5: true/false is made false
	// four times in five (three in four before) now that a swap the
	// article also makes true is refused, and that draw alone reshuffles
	// the quizzes (9.8 with it, 10.0 or more without; the refusal of
	// also-true options alone keeps 10.0).
	// Round 11 took builtin 15.0 → 14.5 and brezhnev_doctrine 15.5 →
	// 15.0: a true statement is set only of a main point (mainPoint), and
	// the true copies lost are side details ("Mongolia has also been an
	// avid supporter of the Greater Tumen Initiative", awkward in rounds
	// 10 and 11; "With the fall of the Brezhnev Doctrine, came the fall
	// of the man, …", a flourish with no event, cause or claim).
	// Round 11's threads (thread.go) took builtin back to 15.0: its
	// ordering and matching no longer hold four sentences each (19.4).
	// Round 13 took brezhnev_doctrine 15.0 → 14.5: a place's blank beside
	// its own adjective ("_____ held free elections … the Polish United
	// Workers' Party", judged poor in round 13, Q8; "Ukrainian … into
	// _____", "Cambodian–Vietnamese War … invasion of _____") is no
	// longer asked (demonymInStem, round13opt.go).
	// Round 13 took CTBT 16.0 → 15.5: "Under the CTBT, what does each
	// State Party undertake?" keyed on the first of Article I's two
	// undertakings (awkward as question and card, round 13 Q5, C15) is
	// no longer asked (partOfList, phrasekey.go).
	// Round 13 took builtin 15.0 → 14.5: one point is asked once
	// (samePointQ, samepoint.go); its second question, "Today, Mongolia
	// enjoys an internationally recognized _____" after "What has
	// Mongolia pursued … since the 1990s? nuclear-free policies", was
	// judged poor in round 13 (builtin Q8 repeats Q2).
	// Round 14 took brezhnev_doctrine 14.5 → 12.5 and CTBT 15.5 → 14.5:
	// a typed name another question of the quiz states leaves it
	// (dropCuedTyped, cue.go): "a new leader for the Soviets—_____"
	// beside two stems naming Mikhail Gorbachev (round 14 Q13, awkward),
	// "Who did Alexander Dubček replace?" beside "Antonín Novotný resigned"
	// (a cue round 14 names), "On the Western side … the _____ would …
	// circumvent" (Soviet Union, self-answering, round 14 CTBT Q15), the
	// PTBT typed beside stems that write it.
	// Round 16 took anti_ballistic_missile_treaty 9.5 → 9.0: a typed
	// reason, aim or claim of more than ten words that no clean cut makes
	// short is not asked (typedKey, phrasekey.go), "Why were the Soviets
	// threatened?" → "the Americans might have been able to make a nuclear
	// first strike possible" among them (judged as the reviewers judged
	// the 13- to 17-word keys of round 16: too long to type). The
	// Brezhnev Doctrine's 17-word claim is asked as a cloze on its point
	// instead (pointcloze.go). It took brezhnev_doctrine 12.0 → 11.0:
	// "Why did the First Secretary of the Ukrainian Communist Party call
	// on Moscow …?" → "to stop Dubček's "socialism with a human face"
	// from spreading into Ukraine and sparking unrest" (15 words, awkward
	// in both sets of round 16, X-Q3 and Y-Q10) is no longer asked.
	// Round 16 (Q-C) took builtin 14.5 → 12.5 and brezhnev_doctrine
	// 12.5 → 12.0 (optsetting.go): a country is not blanked where the
	// sentence says where something lies ("Snuggly positioned between
	// Russia and _____", builtin X-Q9/Y-Q9 awkward: general geography),
	// 1.5 a quiz with the picks it reshuffles; a country's options must be
	// in its setting, and with fewer than three it is typed or not asked:
	// "The Solidarity Crisis in _____" (Brezhnev X-Q10/Y-Q5 awkward,
	// Solidarity gives Poland away) and "the war in _____" (X-Q5, good,
	// but its third option, Ukraine, was no state then) leave Brezhnev.
	// Round 18 (stemtopic.go) took comprehensive_nuclear_test_ban_treaty
	// 14.5 → 14.0: "Under the NPT, what were non-nuclear weapon states
	// prohibited from?" → "possessing, manufacturing, and acquiring
	// nuclear weapons …" (awkward in round 18, Q15 and C10: the stem says
	// the thing keyed, the rest is a verb list) is no longer asked.
	floors := map[string]float64{"builtin": 12.5, "perestroika": 12.5, "anti_ballistic_missile_treaty": 9.0, "convention_of_kanagawa": 10.5,
		"brezhnev_doctrine": 11.0, "comprehensive_nuclear_test_ban_treaty": 14.0}
	for _, h := range hygieneArticles(t) {
		floor, ok := floors[h.name]
		if !ok {
			continue
		}
		n := 0
		for seed := uint64(1); seed <= hygieneSeeds; seed++ {
			n += len(GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed}))
		}
		if avg := float64(n) / hygieneSeeds; avg < floor {
			t.Errorf("%s: %.1f questions per quiz, want %.1f or more", h.name, avg, floor)
		}
	}
}

// TestLeadDefinitions: a chapter's lead sentence that says what a named
// thing is gives "What is X?" (brackets and footnotes left out); a
// circular one ("the period within the Cold War") gives none.
func TestLeadDefinitions(t *testing.T) {
	for text, want := range map[string]string{
		"The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is a multilateral treaty that bans all nuclear explosions.[1] It was adopted in 1996.": "What is the Comprehensive Nuclear-Test-Ban Treaty? → a multilateral treaty that bans all nuclear explosions",
		"The Brezhnev Doctrine was a Soviet foreign policy that justified intervention, and therefore justifies the intervention of states.":     "What was the Brezhnev Doctrine? → a Soviet foreign policy that justified intervention",
		"The Cold War (1947–1953) is the period within the Cold War from the Truman Doctrine in 1947 to the Korean War in 1953.":                 "",
	} {
		a := mustParse(t, []byte("An article\n\nIntroduction\n\n"+text+"\n"))
		g := &generator{a: a, facts: Extract(a), rng: rand.New(rand.NewPCG(1, 1))}
		g.index()
		got := ""
		for _, sa := range g.chapterAnswers(0) {
			if sa.form == "def" {
				got = sa.prompt + " → " + sa.answer
			}
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}
