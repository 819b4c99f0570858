package quiz

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// qcLabel is a question's kind as the reviewers tally it: its type and,
// for a choice or a typed blank, its first prompt line.
func qcLabel(q Question) string {
	first, _, _ := strings.Cut(q.Prompt, "\n")
	switch {
	case q.Type == MultipleChoice && strings.HasPrefix(first, "Which "):
		return "mcq " + first
	case q.Type == FillIn && strings.HasPrefix(first, "Type the missing"):
		return "typed " + first
	}
	return string(q.Type)
}

// TestMeasureCountryQ writes the quizzes of seeds 223–262 × the eight
// reviewed articles (QC_MEASURE=FILE; QC_SEEDS=500-599 for others) and logs the share of each kind of
// question, the quiz lengths and the date-answered share; QC_OFF names
// the rules turned off (setting, typed, list, name, between, demonym).
func TestMeasureCountryQ(t *testing.T) {
	out := os.Getenv("QC_MEASURE")
	if out == "" {
		t.Skip("set QC_MEASURE=FILE to write the quizzes of seeds 223–262")
	}
	off := os.Getenv("QC_OFF")
	settingOff = strings.Contains(off, "setting")
	abbrevOff = strings.Contains(off, "abbrev")
	pointOffOff = strings.Contains(off, "point")
	stemAdjOff = strings.Contains(off, "adj")
	typedCountryOff = strings.Contains(off, "typed")
	defer func() {
		settingOff, typedCountryOff, abbrevOff, pointOffOff, stemAdjOff = false, false, false, false, false
	}()
	from, to := uint64(223), uint64(262)
	if r := os.Getenv("QC_SEEDS"); r != "" { // "500-599"
		a, b, _ := strings.Cut(r, "-")
		from, _ = strconv.ParseUint(a, 10, 64)
		to, _ = strconv.ParseUint(b, 10, 64)
	}
	quizzes := float64(to - from + 1)
	var sb strings.Builder
	kinds := map[string]int{}
	total, dates := 0, 0
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		n := 0
		for seed := from; seed <= to; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			for _, q := range qs {
				kinds[qcLabel(q)]++
				if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
					dates++
				}
				fmt.Fprintf(&sb, "%s %d [%s] %s {%s} => %s\n", h.name, seed, string(q.Type)+"/"+string(q.Kind), strings.ReplaceAll(q.Prompt, "\n", " "), strings.Join(q.Options, " | "), q.ShownAnswer())
			}
		}
		total += n
		t.Logf("%s: %.2f questions a quiz", h.name, float64(n)/quizzes)
	}
	t.Logf("all: %.2f questions a quiz; date-answered %.1f %%", float64(total)/(8*quizzes), 100*float64(dates)/float64(total))
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return kinds[ks[i]] > kinds[ks[j]] })
	for _, k := range ks {
		t.Logf("%5d %5.1f %%  %s", kinds[k], 100*float64(kinds[k])/float64(total), k)
	}
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
