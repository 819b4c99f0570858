package quiz

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// tfKindOf names what a true/false question tests: "true", or the kind
// of the value swapped to make it false ("date", "person", "policy",
// "number", …).
func tfKindOf(q Question) string {
	if q.Answer[0] == "True" {
		return "true:" + string(q.Kind)
	}
	switch q.Kind {
	case DateFact:
		return "date"
	case NumberFact:
		return "number"
	}
	return "name:" + string(q.Kind)
}

// TestMeasureTrueFalse writes, over seeds 223–262 (or 40 from TF_FROM,
// never the review's 400–499) of the eight reviewed
// articles, every true/false statement with what it tests to TF_MEASURE
// (a file, for diff between two commits) and logs the share of each
// kind (true, date swap, name swap, number swap) and of each question
// type; a measurement, not a check.
func TestMeasureTrueFalse(t *testing.T) {
	out := os.Getenv("TF_MEASURE")
	if out == "" {
		t.Skip("set TF_MEASURE=FILE to write the true/false statements of seeds 223–262")
	}
	from := uint64(223) // TF_FROM=500: seeds 500–539, for reading samples
	if v, err := strconv.ParseUint(os.Getenv("TF_FROM"), 10, 64); err == nil && (v < 400 || v > 499) {
		from = v
	}
	swapOff = os.Getenv("TF_OFF") != ""
	defer func() { swapOff = false }()
	var sb, all strings.Builder
	kinds, types := map[string]int{}, map[string]int{}
	total, tfs := 0, 0
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		n := 0
		for seed := from; seed < from+40; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			for _, q := range qs {
				types[string(q.Type)]++
				if q.Type != TrueFalse {
					continue
				}
				tfs++
				k := tfKindOf(q)
				kinds[k]++
				fmt.Fprintf(&sb, "%s %d [%s] %s\n", h.name, seed, k, strings.ReplaceAll(q.Prompt, "\n", " "))
			}
			for _, q := range qs {
				fmt.Fprintf(&all, "%s %d [%s/%s] %s => %s\n", h.name, seed, q.Type, q.Kind, strings.ReplaceAll(q.Prompt, "\n", " "), q.ShownAnswer())
			}
		}
		total += n
		t.Logf("%s: %.2f questions a quiz", h.name, float64(n)/40)
	}
	report := func(m map[string]int, of int) string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		var parts []string
		for _, k := range ks {
			parts = append(parts, fmt.Sprintf("%s %d (%.1f %%)", k, m[k], 100*float64(m[k])/float64(max(of, 1))))
		}
		return strings.Join(parts, ", ")
	}
	t.Logf("all: %d questions (%.2f a quiz); types: %s", total, float64(total)/320, report(types, total))
	t.Logf("true/false %d: %s", tfs, report(kinds, tfs))
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out+".all", []byte(all.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHygieneTrueFalseSwapsWholeNames: over the corpus and 20 seeds, a
// statement made false by a name swaps a whole name (never the part of
// a longer one: "East Asia" inside "North East Asia" would leave the
// statement true), and the name swapped in is one the article names as
// the same kind as the one it replaced (a person for a person, a
// country for a country, a policy for a policy), a figure a figure of
// the same unit.
func TestHygieneTrueFalseSwapsWholeNames(t *testing.T) {
	swaps := 0
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != TrueFalse || q.swapped == "" || len(q.FactKeys) == 0 {
				continue
			}
			f, ok := g.factByKey(q.FactKeys[0])
			if !ok {
				continue
			}
			swaps++
			if f.Kind == DateFact {
				continue
			}
			if g.insideLongerName(f.Sentence, f.Text) {
				t.Errorf("%q swapped inside a longer name: %q", f.Text, q.Prompt)
			}
			if f.Kind == NumberFact {
				a, ok1 := parseQuantity(f.Text)
				b, ok2 := parseQuantity(q.swapped)
				if !ok1 || !ok2 || a.unit != b.unit {
					t.Errorf("figure %q swapped for %q of another unit: %q", f.Text, q.swapped, q.Prompt)
				}
				continue
			}
			same := false
			for _, o := range g.ofKind(f.Kind) {
				if o.Value == q.swapped {
					same = true
					break
				}
			}
			if !same {
				t.Errorf("%s %q swapped for %q, which the article names as no %s: %q", f.Kind, f.Text, q.swapped, f.Kind, q.Prompt)
			}
			if f.Kind == PlaceFact && g.placeSort(f.Value) != g.placeSort(q.swapped) {
				t.Errorf("%s %q swapped for the %s %q: %q", g.placeSort(f.Value), f.Text, g.placeSort(q.swapped), q.swapped, q.Prompt)
			}
		}
	})
	if swaps == 0 {
		t.Log("no swaps seen (no corpus?)")
	}
}
