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
