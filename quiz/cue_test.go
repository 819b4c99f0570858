package quiz

import (
	"strings"
	"testing"
)

// TestNoQuestionCuesAnother: over every corpus article and 20 seeds, no
// question's chapter label shows its name answer (or a person's surname,
// or a place's adjective) or the year a false statement swapped out; no
// other question states a typed name (or its surname); no false
// statement swaps in another question's answer; no stem writes another
// question's day or month whole. The test reads the quizzes itself
// (reYearIn, showsAny), not through cue.go's functions.
func TestNoQuestionCuesAnother(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for i, q := range qs {
			title := h.a.Chapters[q.Chapter].Title
			var forms []string
			if (q.Type == MultipleChoice || q.Type == FillIn) && q.Kind != DateFact {
				forms = append(append(forms, q.Answer...), q.Accept...)
				if w := strings.Fields(q.Answer[0]); q.Kind == PersonFact && len(w) >= 2 && len(w[len(w)-1]) >= 4 {
					forms = append(forms, w[len(w)-1])
				}
				if showsAny(title, forms) || q.Kind == PlaceFact && adjectiveShown(title, q.Answer[0]) {
					t.Errorf("the chapter label %q shows the answer %q of %q", title, q.Answer[0], q.Prompt)
				}
			}
			if q.Type == TrueFalse && q.Answer[0] == "False" && strings.HasPrefix(q.Explanation, "False: the article says ") {
				said, rest, _ := strings.Cut(strings.TrimPrefix(q.Explanation, "False: the article says "), ", not ")
				swapped, _, _ := strings.Cut(rest, ". “")
				for _, y := range reYearIn.FindAllString(said, -1) {
					if showsAny(title, []string{y}) {
						t.Errorf("the chapter label %q shows the year %s a false statement swapped out: %q", title, y, q.Prompt)
					}
				}
				for _, o := range qs {
					if (o.Type == MultipleChoice || o.Type == FillIn) && normAnswer(o.Answer[0]) == normAnswer(swapped) {
						t.Errorf("a false statement swaps in %q, the answer of %q", swapped, o.Prompt)
					}
				}
			}
			for j, o := range qs {
				if i == j {
					continue
				}
				stated := statedBy(o)
				if q.Type == FillIn && q.Kind != DateFact && showsAny(stated, forms) {
					t.Errorf("the typed answer %q of %q is stated by %q", q.Answer[0], q.Prompt, stated)
				}
				if (q.Type == MultipleChoice || q.Type == FillIn) && q.Kind == DateFact && reMonthName.MatchString(q.Answer[0]) && showsAny(stated, q.Answer) {
					t.Errorf("the date %q of %q is stated by %q", q.Answer[0], q.Prompt, stated)
				}
			}
		}
	})
}

func TestPlaceAdjectiveIn(t *testing.T) {
	for _, c := range []struct {
		text, place string
		want        bool
	}{
		{"Korean War", "South Korea", true},                                   // cold war: the label over "invade _____"
		{"Yugoslavian leader Josip Broz Tito", "Yugoslavia", true},            // cold war
		{"the Polish United Workers' Party", "Poland", true},                  // Brezhnev
		{"The Doctrine seen in action in Afghanistan", "Poland", false},       // another place
		{"Japanese Joint Communiqué", "China", false},                         // China: another country's adjective
		{"Yugoslavia being expelled from the Cominform", "Yugoslavia", false}, // the name itself is givesAway's
		{"korean war", "South Korea", false},                                  // not capitalised
	} {
		if got := placeAdjectiveIn(c.text, c.place); got != c.want {
			t.Errorf("placeAdjectiveIn(%q, %q) = %v, want %v", c.text, c.place, got, c.want)
		}
	}
}

func TestYearOrDecadeIn(t *testing.T) {
	decade := Fact{Date: DateValue{Year: 1980, Granularity: Decade}}
	year := Fact{Date: DateValue{Year: 1979, Granularity: Year}}
	for _, c := range []struct {
		line string
		f    Fact
		want bool
	}{
		{"Mikhail Gorbachev refused to use military force when Poland held free elections in 1989", decade, true}, // Brezhnev Q8/Q14
		{"reforms of the 1980s", decade, true},
		{"the Solidarity crisis of 1979", decade, false},
		{"the Soviet Union's December 1979 invasion of Afghanistan", year, true}, // China
		{"talks resumed in 1977", year, false},                                   // CTBT
	} {
		if got := yearOrDecadeIn(c.line, c.f); got != c.want {
			t.Errorf("yearOrDecadeIn(%q, %d %s) = %v, want %v", c.line, c.f.Date.Year, c.f.Date.Granularity, got, c.want)
		}
	}
}

func TestStatedTextLeavesOffersOut(t *testing.T) {
	mcq := Question{Type: MultipleChoice, Prompt: "Which country completes the sentence?\n“_____ held free elections.”", Options: []string{"Poland", "Hungary"}}
	if strings.Contains(statedText(mcq), "Hungary") {
		t.Errorf("a choice's options are offered, not stated: %q", statedText(mcq))
	}
	ord := Question{Type: Ordering, Prompt: "Put these events in order.", Options: []string{"Stalin died.", "Dubček replaced Novotný."}}
	if !strings.Contains(statedText(ord), "Novotný") {
		t.Errorf("an ordering's items are stated: %q", statedText(ord))
	}
	match := Question{Type: Matching, Prompt: "Match each event to its date.", Options: []string{"The Law on Cooperatives was enacted."}, Choices: []string{"May 1988"}}
	if strings.Contains(statedText(match), "1988") || !strings.Contains(statedText(match), "Cooperatives") {
		t.Errorf("a matching states its items, not its choices: %q", statedText(match))
	}
	if surnameOf("Harry S. Truman") != "Truman" || surnameOf("Novotný") != "" {
		t.Errorf("surnameOf: %q, %q", surnameOf("Harry S. Truman"), surnameOf("Novotný"))
	}
	if !sameAnswer("November 1952", "november  1952") || sameAnswer("November 1952", "May 1949") {
		t.Error("sameAnswer")
	}
}

// dateFactText is the date fact whose text is text.
func dateFactText(t *testing.T, g *generator, text string) Fact {
	t.Helper()
	for _, f := range g.facts {
		if f.Kind == DateFact && f.Text == text {
			return f
		}
	}
	t.Fatalf("no date %q", text)
	return Fact{}
}

// TestFalseDatesKeepTheirPlace: a false date may not move a statement
// past another date its chapter gives, nor swap a year its heading
// writes (round 14: the armistice "in December 1949" beside the invasion
// of June 1950; "Afghanistan in 1970" under "… Afghanistan in 1979").
func TestFalseDatesKeepTheirPlace(t *testing.T) {
	war := mainPointGenerator(t, "A war in Asia", "This article is about a war and its end.",
		"In June 1950, the Northern Army invaded Southland. The Northern Armistice Agreement was signed in July 1953 after the death of the old leader.")
	treaty := mainPointGenerator(t, "A test ban", "This article is about treaties on nuclear tests.",
		"The Partial Test Ban Treaty was signed in August 1963. The Threshold Test Ban Treaty was signed by Washington and Moscow in July 1974. Test ban talks between Washington and Moscow resumed in October 1977 and failed in 1980.")
	apart := mainPointGenerator(t, "Ruritania as mediator", "This article is about Ruritania.",
		"In 2012, Ruritania hosted talks between Japanese and Korean officials. In 2013, Ruritania established its Capital Dialogue on Security.")
	for _, c := range []struct {
		g     *generator
		date  string
		false []string
		want  []string
	}{
		{war, "July 1953", []string{"December 1949", "July 1962", "March 1952"}, []string{"July 1962", "March 1952"}}, // 1949 lies before the invasion of 1950
		{war, "June 1950", []string{"January 1947", "June 1956"}, []string{"January 1947"}},                           // 1956 lies past the armistice of 1953
		{treaty, "July 1974", []string{"July 1960", "July 1971", "July 1979"}, []string{"July 1971"}},                 // 1960 past 1963, 1979 past 1977
		{treaty, "August 1963", []string{"August 1960", "August 1966"}, []string{"August 1960", "August 1966"}},       // no date between
		{apart, "2013", []string{"2009", "2017"}, []string{"2009", "2017"}},                                           // 2012's talks share no name but the subject's
	} {
		f := dateFactText(t, c.g, c.date)
		if got := c.g.keepsItsPlace(f, c.false); !equalStrings(got, c.want) {
			t.Errorf("keepsItsPlace(%s, %v) = %v, want %v", c.date, c.false, got, c.want)
		}
	}
	heading := mainPointGenerator(t, "A doctrine", "This article is about a doctrine.",
		"The doctrine was used again for an intervention in 1979. It was renounced in 1989.")
	f := dateFactText(t, heading, "1979")
	if got := heading.keepsItsPlace(f, []string{"1970", "1984"}); len(got) != 2 {
		t.Errorf("without the year in the heading, both stay: %v", got)
	}
	heading.a.Chapters[f.Chapter].Title = "The doctrine in action: 1975-1985"
	if got := heading.keepsItsPlace(f, []string{"1970", "1982"}); !equalStrings(got, []string{"1982"}) {
		t.Errorf("a false year outside the heading's span: %v, want [1982]", got)
	}
	heading.a.Chapters[f.Chapter].Title = "The doctrine in action in 1979"
	if got := heading.keepsItsPlace(f, []string{"1970", "1984"}); len(got) != 0 {
		t.Errorf("a false year under a heading that writes the true one: %v", got)
	}
}

func TestOrderingItemsDoNotTellTheirPlace(t *testing.T) {
	for _, c := range []struct {
		item string
		want bool
	}{
		{"North Korean-Mongolian relations were established shortly after the creation of the DPRK.", true},                         // builtin Q8
		{"Fraudulent Polish elections held resulted in Poland's official transformation to the People's Republic of Poland.", true}, // cold war Q10
		{"The armistice was signed after the death of Stalin.", true},
		{"The success of the airlift eventually caused the Soviets to lift their blockade.", true},
		{"Li Xiannian was the first president of China to visit the United States.", true},                            // round 18: "first" reads as early
		{"In 1954, following the Castle Bravo test, Nehru issued the first appeal for a standstill agreement.", true}, // CTBT Q12, good in round 14, a give-away by round 18's standard
		{"Albania was declared the People's Republic of Albania.", false},
		{"The US, UK, and Soviet Union returned to negotiations over a test ban.", true}, // round 18 CTBT Q9
		{"Kim Il Sung visited Mongolia as North Korea’s relationship with the USSR and PRC was increasingly tarnished.", false},
		{"The Afterlife Treaty was signed.", false}, // a word that begins with a hint
	} {
		if got := tellsItsPlace(c.item); got != c.want {
			t.Errorf("tellsItsPlace(%q) = %v, want %v", c.item, got, c.want)
		}
	}
}

// TestSwapOfTheEra: a false statement swaps in a name of its own time,
// not one the article dates decades away (round 14 Brezhnev Q4: Joseph
// Stalin as a faction's leader in 1979).
func TestSwapOfTheEra(t *testing.T) {
	g := mainPointGenerator(t, "A doctrine", "This article is about a doctrine and its leaders.",
		"Joseph Stalin died in 1953. Nikita Khrushchev denounced him in 1956.",
		"In 1979, Babrak Karmal led the Parcham faction. Hafizullah Amin was killed in December 1979.")
	var f Fact
	for _, x := range g.facts {
		if x.Kind == PersonFact && x.Value == "Babrak Karmal" {
			f = x
		}
	}
	if f.Value == "" {
		t.Skip("no person fact Babrak Karmal in the made-up article")
	}
	got := g.swapOfTheEra(f, []string{"Joseph Stalin", "Hafizullah Amin"})
	if !equalStrings(got, []string{"Hafizullah Amin"}) {
		t.Errorf("swapOfTheEra = %v, want [Hafizullah Amin]", got)
	}
	if d := (Fact{Kind: DateFact}); len(g.swapOfTheEra(d, []string{"1950"})) != 1 {
		t.Error("dates pass unchanged")
	}
}
