package quiz

import (
	"slices"
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

// wildcardMatch matches s against a pattern in which * stands for any
// run of characters, the whole of s, as Moodle's short answer does.
func wildcardMatch(pattern, s string) bool {
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	for i, p := range parts[1:] {
		if i == len(parts)-2 {
			return strings.HasSuffix(s, p)
		}
		j := strings.Index(s, p)
		if j < 0 {
			return false
		}
		s = s[j+len(p):]
	}
	return s == ""
}

// KeyWordSets gives another system's patterns what the grader takes:
// each set, typed, is right; one word fewer is wrong; the article's own
// answer matches every set as a * pattern; a figure is in every set.
func TestKeyWordSetsAgreeWithTheGrader(t *testing.T) {
	tests := []struct {
		q        Question
		sets     int
		inEvery  string
		mustFail string
	}{
		{Question{Type: FillIn, Kind: ClauseFact, Prompt: "Why did tax revenues decline?",
			Answer: []string{"republic and local governments withheld tax revenues from the central government"}}, 10, "", "local"},
		{Question{Type: FillIn, Kind: ClauseFact, Prompt: "What did the Marshall Plan provide?",
			Answer: []string{"$13 billion in economic recovery programs"}}, 4, "13", "economic recovery"},
		{Question{Type: FillIn, Kind: ClauseFact, Prompt: "What did the treaty ban?", Answer: []string{"nuclear tests"}}, 2, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q.Prompt, func(t *testing.T) {
			sets := tt.q.KeyWordSets()
			if len(sets) != tt.sets {
				t.Fatalf("%d sets, want %d: %q", len(sets), tt.sets, sets)
			}
			article := normAnswer(tt.q.Answer[0])
			for _, set := range sets {
				if v := tt.q.Grade([]string{strings.Join(set, " ")}); !v.Correct {
					t.Errorf("the set %q typed is graded wrong: %s", set, v.Note)
				}
				if p := "*" + strings.Join(set, "*") + "*"; !wildcardMatch(p, article) {
					t.Errorf("the article's answer %q does not match %q", article, p)
				}
				if tt.inEvery != "" && !slices.Contains(set, tt.inEvery) {
					t.Errorf("the set %q leaves out the figure %q", set, tt.inEvery)
				}
			}
			if tt.mustFail != "" {
				if v := tt.q.Grade([]string{tt.mustFail}); v.Correct {
					t.Errorf("%q is graded right, but it names too few key words", tt.mustFail)
				}
			}
		})
	}
	if sets := (Question{Type: FillIn, Kind: DateFact, Answer: []string{"1947"}}).KeyWordSets(); sets != nil {
		t.Errorf("a date question has key word sets: %q", sets)
	}
}

// A typed answer may write the article's numbers in digits or in words:
// "8 states haven't ratified it" names "eight specific states have not
// ratified the treaty" (round 12's CTBT why-question was graded wrong).
func TestKeyWordsTakeNumbersInDigitsOrWords(t *testing.T) {
	why := Question{Type: FillIn, Kind: ClauseFact, Prompt: "Why has the Comprehensive Nuclear-Test-Ban Treaty not entered into force?",
		Answer: []string{"eight specific states have not ratified the treaty"}}
	force := Question{Type: FillIn, Kind: ClauseFact, Prompt: "When will the treaty enter into force?",
		Answer: []string{"180 days after forty-four states have ratified it"}}
	tests := []struct {
		q     Question
		given string
		right bool
	}{
		{why, "8 states haven't ratified it", true},
		{why, "eight states have not ratified", true},
		{why, "Eight specific states did not ratify", true},
		{why, "9 states haven't ratified it", false}, // a number must be the article's
		{why, "seven states have not ratified", false},
		{why, "the eighth state has not ratified", false}, // an ordinal is no cardinal
		{force, "180 days after 44 states ratify it", true},
		{force, "one hundred eighty days after forty four states ratify", false}, // "hundred" is not read as a number
		{force, "180 days after forty-four states ratify", true},
		{force, "180 days after 45 states ratify", false},
	}
	for _, tt := range tests {
		if v := tt.q.Grade([]string{tt.given}); v.Correct != tt.right {
			t.Errorf("%q for %q: correct = %v, want %v (%s)", tt.given, tt.q.Answer[0], v.Correct, tt.right, v.Note)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"forty four states", "44 states"},
		{"twenty", "20"},
		{"the eighth state", "the eighth state"},
		{"one of ninety nine", "1 of 99"},
		{"twenty zero", "20 0"},
	} {
		if got := strings.Join(numbersAsDigits(strings.Fields(c.in)), " "); got != c.want {
			t.Errorf("numbersAsDigits(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
