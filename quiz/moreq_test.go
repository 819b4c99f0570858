package quiz

import (
	"strings"
	"testing"
)

func TestMoreSaidQAsksForOne(t *testing.T) {
	arts := map[string]hygieneArticle{}
	for _, h := range hygieneArticles(t) {
		arts[h.name] = h
	}
	tests := []struct {
		article, source string // the question's source sentence opens so
		stem            string // the stem after the rule ("" when it stays a what-did)
		right, wrong    []string
	}{
		{"perestroika", "The law stipulated that state enterprises", "Name one thing the Law on State Enterprise stipulated.",
			[]string{"enterprises became self-financing", "free to determine output levels", "control shifted to elected workers' collectives"},
			[]string{"Gosplan", "the state kept the means of production"}},
	}
	for _, tt := range tests {
		h, ok := arts[tt.article]
		if !ok {
			t.Skipf("no %s in the corpus", tt.article)
		}
		var q Question
		for seed := uint64(223); seed < 226 && q.Prompt == ""; seed++ {
			for _, o := range GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed}) {
				if o.Type == FillIn && strings.HasPrefix(o.Explanation, tt.source) {
					q = o
				}
			}
		}
		if q.Prompt == "" {
			t.Errorf("%s: no typed question from %q", tt.article, tt.source)
			continue
		}
		if !strings.HasPrefix(q.Prompt, tt.stem+"\n"+oneOfHint) {
			t.Errorf("%s: prompt %q, want %q and the give-one hint", tt.article, q.Prompt, tt.stem)
		}
		if parts := q.AnyOneOf(); len(parts) < 3 {
			t.Errorf("%s: shown %q, want any one of three provisions", tt.article, q.ShownAnswer())
		}
		for _, g := range tt.right {
			if v := q.Grade([]string{g}); !v.Correct {
				t.Errorf("%s: %q marked wrong (%s)", tt.article, g, v.Note)
			}
		}
		for _, g := range tt.wrong {
			if v := q.Grade([]string{g}); v.Correct {
				t.Errorf("%s: %q marked right (%s)", tt.article, g, v.Note)
			}
		}
	}
	// counter-examples: a what-did question whose paragraph says nothing
	// more of its subject keeps its stem (CTBT, Marshall Plan, built-in)
	for _, name := range []string{"comprehensive_nuclear_test_ban_treaty", "marshall_plan", "builtin", "potsdam_agreement"} {
		h, ok := arts[name]
		if !ok {
			continue
		}
		for _, o := range GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: 223}) {
			if strings.HasPrefix(o.Prompt, "Name one thing ") {
				t.Errorf("%s: %q asks for one, but its paragraph says no more of it", name, o.Prompt)
			}
		}
	}
}

func TestSplitSentencesLowerFirst(t *testing.T) {
	if got := splitSentences("Enterprises became self-financing. The law shifted control. Gosplan's role shrank."); len(got) != 3 || got[1] != "The law shifted control." {
		t.Errorf("splitSentences = %q", got)
	}
	if got := splitSentences("It cost $1.5 billion. U.S. aid grew."); len(got) != 2 {
		t.Errorf("splitSentences split inside a figure or kept two as one: %q", got)
	}
	cases := []struct{ s, source, want string }{
		{"Enterprises became self-financing", "that state enterprises were free", "enterprises became self-financing"},
		{"The law shifted control", "", "the law shifted control"},
		{"Gosplan's responsibilities were narrowed", "Gosplan set targets", "Gosplan's responsibilities were narrowed"},
		{"USSR aid ended", "", "USSR aid ended"},
	}
	for _, c := range cases {
		if got := lowerFirst(c.s, c.source); got != c.want {
			t.Errorf("lowerFirst(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestMoreReasonsTakesTheNextSentences(t *testing.T) {
	arts := map[string]hygieneArticle{}
	for _, h := range hygieneArticles(t) {
		arts[h.name] = h
	}
	h, ok := arts["foreign_relations_of_china"]
	if !ok {
		t.Skip("no foreign_relations_of_china in the corpus")
	}
	var q Question
	for _, o := range GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: 223}) {
		if o.Type == FillIn && strings.HasPrefix(o.Explanation, "Westad says the Communists won") {
			q = o
		}
	}
	if q.Prompt == "" {
		t.Fatal("no typed question on Westad's reasons")
	}
	if parts := q.AnyOneOf(); len(parts) != 4 {
		t.Errorf("shown %q, want any one of four reasons", q.ShownAnswer())
	}
	for _, g := range []string{"Chiang antagonized interest groups", "his party was weakened in the war against the Japanese", "the Communists promised farmers a better life", "Mao made fewer military mistakes"} {
		if v := q.Grade([]string{g}); !v.Correct {
			t.Errorf("%q marked wrong (%s)", g, v.Note)
		}
	}
	for _, g := range []string{"Soviet aid", "the United States left"} {
		if v := q.Grade([]string{g}); v.Correct {
			t.Errorf("%q marked right (%s)", g, v.Note)
		}
	}
	// counter-examples: a why question's list elsewhere takes only its
	// own sentence's parts when no sentence after it adds a reason
	for _, name := range []string{"builtin", "cold_war_1947_1953", "marshall_plan", "perestroika", "potsdam_agreement", "brezhnev_doctrine"} {
		h, ok := arts[name]
		if !ok {
			continue
		}
		for _, o := range GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: 223}) {
			for _, p := range o.AnyOneOf() {
				if strings.HasPrefix(o.Prompt, "Why ") && !strings.Contains(o.Explanation, p) {
					t.Errorf("%s: %q takes %q, which its sentence does not give", name, firstLine(o.Prompt), p)
				}
			}
		}
	}
}
