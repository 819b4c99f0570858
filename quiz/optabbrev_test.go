package quiz

import "testing"

// TestNamedByAbbrev: an option the paragraph writes in its short form is
// named there, as if written in full; other short forms and names are not.
func TestNamedByAbbrev(t *testing.T) {
	cases := []struct {
		block  string
		value  string
		detail string
		want   bool
	}{
		// CTBT: the stem's "PTBT" rules out the Partial Test Ban Treaty
		{"The PTBT has been seen as a step towards the Nuclear Non-proliferation Treaty (NPT) of 1968, which directly made reference to the PTBT.", "Partial Test Ban Treaty", "PTBT", true},
		// perestroika: "the CPSU" is the Communist Party of the Soviet Union
		{"Gorbachev sought to keep the primacy of the CPSU.", "Communist Party of the Soviet Union", "", true},
		// the abbreviation the article gives, though not the initials
		{"The NPT was signed in 1968.", "Nuclear Non-proliferation Treaty", "NPT", true},
		// Marshall Plan: the ERP named short
		{"Aid under the ERP went mostly to Britain and France.", "European Recovery Program", "ERP", true},
		// counter-examples: another short form, or none
		{"The PTBT has been seen as a step towards the _____ of 1968.", "Threshold Test Ban Treaty", "", false},
		{"The PTBT has been seen as a step towards the _____ of 1968.", "Baruch Plan", "", false},
		{"Aid under the ERP went mostly to Britain and France.", "Truman Doctrine", "", false},
		// initials found only inside a longer word are not the name
		{"The NATOS summit was held.", "North Atlantic Treaty Organization", "", false},
		// two capitals are too few to read as a name's initials
		{"The US signed in 1963.", "United States", "", false},
		// a detail that is no abbreviation is not looked for
		{"The treaty was signed in Moscow.", "Partial Test Ban Treaty", "Moscow", false},
	}
	for _, c := range cases {
		got := namedByAbbrev(c.block, Fact{Value: c.value, Text: c.value, Detail: c.detail})
		if got != c.want {
			t.Errorf("namedByAbbrev(%q, %q/%q) = %v, want %v", c.block, c.value, c.detail, got, c.want)
		}
	}
}

// TestNoOptionNamedShortInItsStem: over every article and the hygiene
// seeds, no wrong option of a multiple-choice name question is written in
// its stem in short form (round 16 CTBT X-Q2, "The PTBT … towards the
// _____" with the Partial Test Ban Treaty offered).
func TestNoOptionNamedShortInItsStem(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != MultipleChoice || q.Kind == DateFact || q.Kind == NumberFact || len(q.Answer) != 1 {
				continue
			}
			for _, o := range q.Options {
				if o == q.Answer[0] {
					continue
				}
				for _, f := range g.ofKind(q.Kind) {
					if f.Value == o && namedByAbbrev(q.Prompt, f) {
						t.Errorf("%s: option %q is named short in its stem: %s", h.name, o, q.Prompt)
						break
					}
				}
			}
		}
	})
}
