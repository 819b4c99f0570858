package quiz

import (
	"strings"
	"testing"
)

func TestGradeFillInYearAndShortForms(t *testing.T) {
	day := Question{Type: FillIn, Kind: DateFact, Prompt: fillPrompt(Fact{Kind: DateFact, Text: "16 October 1962", Date: DateValue{Granularity: Day}}) + "\n“On _____ the council met.”",
		Answer: []string{"16 October 1962"}}
	name := Question{Type: FillIn, Kind: PersonFact, Prompt: "Type the missing name.", Answer: []string{"Georges Bidault"}, Accept: []string{"Bidault"}}
	pol := Question{Type: FillIn, Kind: PolicyFact, Prompt: "Type the missing term.", Answer: []string{"European Recovery Program"}, Accept: []string{"ERP"}}
	tests := []struct {
		q     Question
		given string
		want  bool
		note  string
	}{
		{day, "1962", true, "the year is enough"},
		{day, "October 16, 1962", true, "same date"},
		{day, "1963", false, "One year off"},
		{name, "Bidault", true, "short for Georges Bidault"},
		{name, "Bidalt", true, "short for"},
		{name, "Georges", false, ""},
		{pol, "ERP", true, "short for European Recovery Program"},
		{pol, "the European Recovery Program", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.q.Answer[0]+"/"+tt.given, func(t *testing.T) {
			v := tt.q.Grade([]string{tt.given})
			if v.Correct != tt.want {
				t.Errorf("correct = %v, want %v (%s)", v.Correct, tt.want, v.Note)
			}
			if tt.note != "" && !strings.Contains(v.Note, tt.note) {
				t.Errorf("note = %q, want it to say %q", v.Note, tt.note)
			}
		})
	}
	// a year-only answer stays short of a full date when the prompt asks
	// for the date itself
	strict := day
	strict.Prompt = "Type the missing date."
	if v := strict.Grade([]string{"1962"}); v.Correct {
		t.Error("a year was right where the question did not accept it")
	}
}

// TestShortFormsAreUnique: a surname shared by two people of the article
// is no answer for either.
func TestShortFormsAreUnique(t *testing.T) {
	a := mustParse(t, []byte("Two brothers\n\nIntroduction\n\nPresident John Adams met the envoy in Paris in 1797. His son, Secretary of State John Quincy Adams, wrote the treaty in 1819. Foreign Minister Georges Bidault answered in 1947.\n"))
	facts := Extract(a)
	g := &generator{a: a, facts: facts}
	g.index()
	for _, f := range facts {
		if f.Kind != PersonFact {
			continue
		}
		for _, s := range g.shortForms(f) {
			if s == "Adams" {
				t.Errorf("%q accepts the shared surname Adams", f.Value)
			}
		}
		if f.Value == "Georges Bidault" && !contains(g.shortForms(f), "Bidault") {
			t.Errorf("Georges Bidault does not accept Bidault: %q", g.shortForms(f))
		}
	}
}

// TestShortTitles: a formal title is right in its everyday short form and
// initials ("Non-Proliferation Treaty", "NPT" for the Treaty on the
// Non-Proliferation of Nuclear Weapons), and the bracketed abbreviation or
// the name alone for "Partial Test Ban Treaty (PTBT)".
func TestShortTitles(t *testing.T) {
	for _, c := range []struct {
		given, expected string
		want            bool
	}{
		{"Non-Proliferation Treaty", "Treaty on the Non-Proliferation of Nuclear Weapons", true},
		{"NPT", "Treaty on the Non-Proliferation of Nuclear Weapons", true},
		{"the non proliferation treaty", "Treaty on the Non-Proliferation of Nuclear Weapons", true},
		{"Test Ban Treaty", "Treaty on the Non-Proliferation of Nuclear Weapons", false},
		{"PTBT", "Partial Test Ban Treaty (PTBT)", true},
		{"Partial Test Ban Treaty", "Partial Test Ban Treaty (PTBT)", true},
		{"Comprehensive Test Ban Treaty", "Partial Test Ban Treaty (PTBT)", false},
	} {
		if got := GradeText(c.given, c.expected); got.Correct != c.want {
			t.Errorf("GradeText(%q, %q) = %v (%s), want %v", c.given, c.expected, got.Correct, got.Note, c.want)
		}
	}
}
