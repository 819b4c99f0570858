package quiz

import (
	"os"
	"testing"
)

// A quiz of the types a student chose is filled to the length asked when
// the article holds enough questions of those types: the shares of dates
// and places balance the default mix, and a choice quiz of the built-in
// article gave 2 or 3 questions for the 5 asked (the app's results test
// caught it).
func TestChosenTypesFillTheLengthAsked(t *testing.T) {
	b, err := os.ReadFile(builtinGoldDir + "/mongolia-peace-mediator.txt")
	if err != nil {
		t.Skipf("no built-in article at %s: %v", builtinGoldDir, err)
	}
	a, err := ParseArticle(b)
	if err != nil {
		t.Fatal(err)
	}
	facts := Extract(a)
	for _, types := range [][]QuestionType{{MultipleChoice}, {FillIn}, {MultipleChoice, TrueFalse}} {
		for seed := uint64(1); seed <= 5; seed++ {
			most := len(GenerateQuiz(a, facts, QuizOptions{Count: 40, Seed: seed, Types: types}))
			want := min(5, most)
			if got := GenerateQuiz(a, facts, QuizOptions{Count: 5, Seed: seed, Types: types}); len(got) != want {
				t.Errorf("%v, seed %d: %d questions for the 5 asked; the article holds %d", types, seed, len(got), most)
			}
		}
	}
	// the default mix keeps its date share
	for seed := uint64(1); seed <= 5; seed++ {
		qs := GenerateQuiz(a, facts, QuizOptions{Count: 10, Seed: seed})
		dates := 0
		for _, q := range qs {
			if q.Kind == DateFact {
				dates++
			}
		}
		if dates > int(maxDateShare*float64(len(qs))) {
			t.Errorf("seed %d: %d of %d questions answered by a date", seed, dates, len(qs))
		}
	}
}
