package quiz

import (
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"
)

// x2Rules switch the session 9 country-option rules off by name.
var x2Rules = map[string]*bool{"clue": &placeClueOff, "group": &groupOff, "role": &roleOff}

// TestMeasureX2 prints, over seeds 223–262 of the eight reviewed
// articles, the share of each question type and answer kind, the country
// questions asked as a choice and typed, and for each rule of X2_RULES
// (default: all) how many items turning it off changes, with those items
// (X2_MEASURE=1; a measurement, not a check).
func TestMeasureX2(t *testing.T) {
	if os.Getenv("X2_MEASURE") == "" {
		t.Skip("set X2_MEASURE=1 to measure the country and name option rules over seeds 223–262")
	}
	run := func() map[string]string {
		out := map[string]string{} // article/seed/position → the item
		for _, h := range hygieneArticles(t) {
			if !qoArticles[h.name] {
				continue
			}
			for seed := uint64(223); seed <= 262; seed++ {
				for i, q := range GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed}) {
					out[fmt.Sprintf("%s/%d/%02d", h.name, seed, i)] = fmt.Sprintf("%v|%v|%s|%s|%s", q.Type, q.Kind, strings.ReplaceAll(q.Prompt, "\n", " / "), strings.Join(q.Options, "; "), strings.Join(q.Answer, "; "))
				}
			}
		}
		return out
	}
	shares := func(name string, qs map[string]string) {
		byType, byKind, byArticle := map[string]int{}, map[string]int{}, map[string]int{}
		for k := range qs {
			byArticle[strings.SplitN(k, "/", 2)[0]]++
		}
		countryMC, countryTyped := 0, 0
		for _, v := range qs {
			p := strings.SplitN(v, "|", 5)
			byType[p[0]]++
			byKind[p[1]]++
			if strings.Contains(p[2], "Which country") && p[0] == fmt.Sprint(MultipleChoice) {
				countryMC++
			}
			if strings.Contains(p[2], "missing country") {
				countryTyped++
			}
		}
		t.Logf("%s: %d items; types %v; kinds %v; country choice %d (%.1f %%), country typed %d; by article %v", name, len(qs), byType, byKind,
			countryMC, 100*float64(countryMC)/float64(len(qs)), countryTyped, byArticle)
	}
	now := run()
	shares("all rules on", now)
	rules := strings.Split(os.Getenv("X2_RULES"), ",")
	if rules[0] == "" {
		rules = nil
		for r := range x2Rules {
			rules = append(rules, r)
		}
		sort.Strings(rules)
	}
	for _, r := range rules {
		*x2Rules[r] = true
		off := run()
		*x2Rules[r] = false
		changed := lostItems(off, now)
		sort.Strings(changed)
		shares(r+" off", off)
		t.Logf("%s: %d country items of the rule-off quizzes change", r, len(changed))
		for _, c := range changed {
			t.Log("  " + c)
		}
	}
	all := map[string]bool{}
	for _, r := range x2Rules {
		all[fmt.Sprint(r)] = *r
		*r = true
	}
	shares("all X2 rules off", run())
	for _, r := range x2Rules {
		*r = false
	}
}

// lostItems are the country items of a's quizzes that b's quizzes of the
// same article and seed do not hold, counted once per stem.
func lostItems(a, b map[string]string) []string {
	quiz := func(k string) string { return k[:strings.LastIndex(k, "/")] }
	inB := map[string]bool{}
	for k, v := range b {
		inB[quiz(k)+"|"+v] = true
	}
	seen := map[string]int{}
	for k, v := range a {
		if !inB[quiz(k)+"|"+v] && strings.Contains(v, "country") {
			seen[strings.SplitN(k, "/", 2)[0]+": "+v]++
		}
	}
	var out []string
	for v, n := range seen {
		out = append(out, fmt.Sprintf("%dx %s", n, v))
	}
	sort.Strings(out)
	return out
}

// TestMeasureX2Facts prints, for each rule of X2_RULES (default: all),
// the country blanks of the eight reviewed articles whose choice
// question it changes: its options, or choice to typed, or to none
// (X2_MEASURE=1; read per fact, so no quiz's redraw blurs it).
func TestMeasureX2Facts(t *testing.T) {
	if os.Getenv("X2_MEASURE") == "" {
		t.Skip("set X2_MEASURE=1 to measure the country option rules per fact")
	}
	state := func(g *generator, f Fact) string {
		if g.typedCountry(f) {
			return "typed"
		}
		ds := optionsNotInStem(f, g.distractors(f, 3, false))
		if len(ds) < 3 {
			return "none"
		}
		sort.Strings(ds)
		return "choice: " + strings.Join(ds, "; ")
	}
	rules := strings.Split(os.Getenv("X2_RULES"), ",")
	if rules[0] == "" {
		rules = nil
		for r := range x2Rules {
			rules = append(rules, r)
		}
		sort.Strings(rules)
	}
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		base := indexedGenerator(h.a, h.facts)
		for _, f := range base.facts {
			if !base.countryBlank(f) {
				continue
			}
			g := base.fork(rand.New(rand.NewPCG(1, 2)))
			on := state(g, f)
			for _, r := range rules {
				*x2Rules[r] = true
				g := base.fork(rand.New(rand.NewPCG(1, 2)))
				off := state(g, f)
				*x2Rules[r] = false
				if off != on {
					t.Logf("%s %s: %q (%s)\n      off: %s\n      on:  %s", r, h.name, f.Sentence, f.Value, off, on)
				}
			}
		}
	}
}
