package quiz

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// numberFact finds the figure of g's article whose text holds figure.
func numberFact(t *testing.T, g *generator, figure string) Fact {
	t.Helper()
	for _, f := range g.numbers {
		if strings.Contains(f.Text, figure) {
			return f
		}
	}
	t.Fatalf("no figure %q among %v", figure, factTexts(g.numbers))
	return Fact{}
}

// TestNumberOptionsRound6: round 6 offered 200 for "more than _____ have
// been certified" (also true), 780 and 1,300 where the paragraph says
// the network has 337 facilities, 370 states, 250 and 120 beside 499, and
// the series 24 %, 48 %, 72 %, 96 %.
func TestNumberOptionsRound6(t *testing.T) {
	g := generatorFor(t, "The monitoring network consists of 337 facilities located all over the globe. "+
		"As of May 2012, more than 260 facilities have been certified. "+
		"Compared to the 499 tests from 1945 to the signing of the treaty, 436 tests were conducted over the ten years following it. "+
		"The treaty was joined by 123 states following the original three parties. "+
		"Fewer than 40 inspectors took part in the exercise. "+
		"The people's own view of their country was 24% favorability.")
	values := func(opts []string) []float64 {
		var out []float64
		for _, o := range opts {
			q, ok := parseQuantity(o)
			if !ok {
				t.Fatalf("option %q is no figure", o)
			}
			out = append(out, q.value)
		}
		return out
	}
	for seed := uint64(1); seed <= 20; seed++ {
		g.rng = rand.New(rand.NewPCG(seed, seed))
		for _, v := range values(g.numberDistractors(numberFact(t, g, "260"), 3)) {
			if v <= 260 || v > 337 {
				t.Errorf("seed %d: %v offered for \"more than _____\" of 337 facilities", seed, v)
			}
		}
		for _, v := range values(g.numberDistractors(numberFact(t, g, "40 inspectors"), 3)) {
			if v >= 40 {
				t.Errorf("seed %d: %v offered for \"fewer than _____\"", seed, v)
			}
		}
		for _, o := range g.numberDistractors(numberFact(t, g, "499"), 3) {
			if sigDigits(o) != 3 {
				t.Errorf("seed %d: %q offered beside 499: rounder than the answer", seed, o)
			}
		}
		for _, v := range values(g.distractors(numberFact(t, g, "123 states"), 6, true)) {
			if v > countriesInTheWorld {
				t.Errorf("seed %d: %v states offered", seed, v)
			}
		}
		near := append(values(g.numberDistractors(numberFact(t, g, "123 states"), 3)), 123)
		for i, a := range near {
			for _, b := range near[i+1:] {
				if math.Abs(a-b) <= 0.1*math.Max(a, b) {
					t.Errorf("seed %d: options %v and %v side by side", seed, a, b)
				}
			}
		}
		pct := values(g.numberDistractors(numberFact(t, g, "24%"), 3))
		if len(pct) == 3 {
			all := append(pct, 24)
			small := all[0]
			for _, v := range all {
				small = min(small, v)
			}
			series := true
			for _, v := range all {
				if r := v / small; r != float64(int(r)) {
					series = false
				}
			}
			if series {
				t.Errorf("seed %d: 24%% with options %v, all multiples of %v", seed, pct, small)
			}
		}
	}
}

// TestMinorFiguresRankLast: a true/false statement that only changes a
// figure ("reduced to 280,000 men", "4 million refugees") ranks last in
// its chapter unless a policy's sentence or the lead states the figure
// (round 6: Cold War Q6, Q21, Q24).
func TestMinorFiguresRankLast(t *testing.T) {
	a := mustParse(t, []byte("A Test Article\n\nIntroduction\n\nThe war cost 27 million people their lives.\n\n"+
		"Aftermath\n\nBy 1948 the army had been reduced to 552,000 men. "+
		"The Marshall Plan provided $13 billion of aid to Europe.\n"))
	g := &generator{a: a, facts: Extract(a), rng: rand.New(rand.NewPCG(1, 1))}
	g.index()
	want := map[string]bool{"552,000 men": true, "27 million people": false, "$13 billion": false}
	for _, f := range g.numbers {
		w, ok := want[f.Text]
		if !ok {
			continue
		}
		delete(want, f.Text)
		if got := g.minorFigure(f); got != w {
			t.Errorf("minorFigure(%q, chapter %d) = %v, want %v", f.Text, f.Chapter, got, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("figures not found: %v among %v", want, factTexts(g.numbers))
	}
	qs := GenerateQuiz(a, g.facts, QuizOptions{Count: 10, Seed: 1, Types: []QuestionType{TrueFalse, MultipleChoice}})
	for i, q := range qs {
		if q.Type == TrueFalse && strings.Contains(q.Explanation, "552,000") {
			for _, o := range qs[i+1:] {
				if o.Chapter == q.Chapter && o.Type != TrueFalse {
					t.Errorf("the minor figure's statement %q comes before %q", q.Prompt, o.Prompt)
				}
			}
		}
	}
}

// TestTooNear: round 7's check offered 43 beside the article's 44 states.
func TestTooNear(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		seen []float64
		want bool
	}{
		{43, []float64{17, 44}, true},
		{31, []float64{17, 44}, false},
		{1300, []float64{1250}, true},
		{2.5, []float64{2}, false},
	} {
		seen := map[float64]bool{}
		for _, s := range tt.seen {
			seen[s] = true
		}
		if got := tooNear(tt.v, seen); got != tt.want {
			t.Errorf("tooNear(%v, %v) = %v, want %v", tt.v, tt.seen, got, tt.want)
		}
	}
}
