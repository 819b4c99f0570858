package quiz

import "testing"

// TestFrameMemoAnswersAsReading: with one memo for a whole article, every
// fact's frame and every name of its kind get from alsoTrue what reading
// them afresh gives (a key that left out a part of the frame would hand
// one frame's answer to another), the memo keeps what it was asked, and
// some answers are true, so the comparison means something.
func TestFrameMemoAnswersAsReading(t *testing.T) {
	arts := hygieneArticles(t)
	allYes := 0
	for _, h := range arts[:min(3, len(arts))] {
		g := indexedGenerator(h.a, h.facts).fork(nil)
		g.frameMemo = frameAnswers{}
		asked, yes := 0, 0
		for _, f := range g.facts {
			if f.Kind == DateFact || f.Kind == NumberFact {
				continue
			}
			fr := g.frameOf(f)
			for _, p := range g.kindAt[f.Kind] {
				o := g.facts[p].Value
				want := g.readAlsoTrue(fr, o)
				for range 2 { // the second from the memo
					if got := g.alsoTrue(fr, o); got != want {
						t.Fatalf("%s: alsoTrue(%+v, %q) = %v, reading gives %v", h.name, fr, o, got, want)
					}
				}
				asked++
				if want {
					yes++
				}
			}
		}
		kept := 0
		for _, byOption := range g.frameMemo {
			kept += len(byOption)
		}
		if asked == 0 || kept == 0 || kept > asked {
			t.Errorf("%s: %d asked, %d kept", h.name, asked, kept)
		}
		t.Logf("%s: %d frames and options asked, %d kept, %d also true", h.name, asked, kept, yes)
		allYes += yes
	}
	if allYes == 0 {
		t.Error("no option was also true: the test compares only false answers")
	}
}
