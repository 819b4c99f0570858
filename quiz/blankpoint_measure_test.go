package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMeasureBlankPoint measures what the echoed-blank and passing-figure
// rules (blankpoint.go) change over seeds 223–262 of the eight review
// articles: quiz lengths, the share of each question kind, the items that
// leave and enter. BLANK_MEASURE=dir writes them there.
func TestMeasureBlankPoint(t *testing.T) {
	dir := os.Getenv("BLANK_MEASURE")
	if dir == "" {
		t.Skip("set BLANK_MEASURE=dir to measure the blank-point rules over seeds 223–262")
	}
	defer func() { echoedBlankOff, passingFigureOff, minorDateOff = false, false, false }()
	type run struct {
		items map[string]int
		types map[string]int
		n     int
	}
	gen := func(h hygieneArticle, echoOff, figOff, dateOff bool) run {
		echoedBlankOff, passingFigureOff, minorDateOff = echoOff, figOff, dateOff
		r := run{items: map[string]int{}, types: map[string]int{}}
		for seed := uint64(223); seed <= 262; seed++ {
			for _, q := range GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed}) {
				r.n++
				r.types[fmt.Sprintf("%s/%v", q.Type, q.Kind)]++
				r.items[fmt.Sprintf("[%s/%v] %s => %s", q.Type, q.Kind, strings.ReplaceAll(q.Prompt, "\n", " "), strings.Join(q.Answer, " | "))]++
			}
		}
		return r
	}
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		var sb strings.Builder
		base := gen(h, true, true, true)
		for _, c := range []struct {
			name                     string
			echoOff, figOff, dateOff bool
		}{{"echo", false, true, true}, {"figure", true, false, true}, {"date", true, true, false}, {"all", false, false, false}} {
			r := gen(h, c.echoOff, c.figOff, c.dateOff)
			left, entered := 0, 0
			fmt.Fprintf(&sb, "==== %s: %d -> %d questions\n", c.name, base.n, r.n)
			for k, v := range base.items {
				if d := v - r.items[k]; d > 0 {
					left += d
					fmt.Fprintf(&sb, "LEAVES %d× %s\n", d, k)
				}
			}
			for k, v := range r.items {
				if d := v - base.items[k]; d > 0 {
					entered += d
					fmt.Fprintf(&sb, "ENTERS %d× %s\n", d, k)
				}
			}
			t.Logf("%-40s %-6s len %.2f -> %.2f; items left %d, entered %d", h.name, c.name, float64(base.n)/40, float64(r.n)/40, left, entered)
			if c.name == "all" {
				for k, v := range base.types {
					fmt.Fprintf(&sb, "KIND %-24s %4d -> %4d\n", k, v, r.types[k])
				}
			}
		}
		if err := os.WriteFile(filepath.Join(dir, h.name+".txt"), []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
