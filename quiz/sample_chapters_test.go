package quiz

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// A quiz reads every chosen chapter of an essay, but only a sample of a
// book's: enough facts to choose well, the lead always among them.
func TestSampleChaptersBoundsTheFactsRead(t *testing.T) {
	g := &generator{rng: rand.New(rand.NewPCG(1, 2)), byChapter: map[int][]int32{}}
	var all []int
	for ch := 0; ch < 500; ch++ {
		all = append(all, ch)
		g.byChapter[ch] = make([]int32, 12)
	}
	essay := all[:20] // 240 facts: under the budget of a 10-question quiz
	if got := g.sampleChapters(essay, 10); len(got) != len(essay) {
		t.Fatalf("an essay's 20 chapters were cut to %d", len(got))
	}
	got := g.sampleChapters(all, 20)
	facts := 0
	for _, ch := range got {
		facts += len(g.byChapter[ch])
	}
	budget := factsPerQuestion * 20
	if facts < budget || facts >= budget+12 {
		t.Errorf("the sample holds %d facts, want the budget %d (plus at most one chapter)", facts, budget)
	}
	if got[0] != 0 {
		t.Errorf("the lead chapter is missing from the sample %v", got[:5])
	}
	if !sort.IntsAreSorted(got) {
		t.Errorf("the sample is not in article order")
	}
}

func BenchmarkGenerateQuizOnABook(b *testing.B) {
	a := mustParse(b, bigArticle(b, 4<<20))
	facts := Extract(a)
	b.ResetTimer()
	for range b.N {
		GenerateQuiz(a, facts, QuizOptions{Count: 20, Seed: 1})
	}
}
