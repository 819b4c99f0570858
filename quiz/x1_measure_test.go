package quiz

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// reFalseSwap reads a false statement's explanation: "False: the article
// says X, not Y."
var reFalseSwap = regexp.MustCompile(`^False: the article says (.*?), not (.*?)\. “`)

// TestMeasureDateOptions measures, over seeds 223–262 and the eight
// review articles, how far the false dates of true/false statements and
// the date options of multiple choice lie from the key (in years), and
// the share of each question kind. Set X1_MEASURE=1.
func TestMeasureDateOptions(t *testing.T) {
	if os.Getenv("X1_MEASURE") == "" {
		t.Skip("set X1_MEASURE=1 to measure date options over seeds 223–262")
	}
	firstYear := func(s string) int {
		m := reYearIn.FindStringSubmatch(s)
		if m == nil {
			return 0
		}
		y, _ := strconv.Atoi(m[1])
		return y
	}
	tfDist, mcDist := map[int]int{}, map[int]int{}
	kinds := map[string]int{}
	changed := map[string]int{} // true/false statements the round-18 cuts changed, by answer
	total, dated, tfTrue, tfFalse, tfVerbatim := 0, 0, 0, 0, 0
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		for seed := uint64(223); seed <= 262; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			total += len(qs)
			if os.Getenv("X1_OFF") == "claim" {
				claimOrderOff = true
				old := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
				claimOrderOff = false
				prompts := map[string]bool{}
				for _, q := range old {
					prompts[q.Prompt] = true
				}
				for _, q := range qs {
					if q.Type == TrueFalse && !prompts[q.Prompt] {
						changed[q.Answer[0]]++
						if seed < 226 {
							t.Logf("CUT %s: %s", h.name, q.Prompt)
						}
					}
				}
			}
			for _, q := range qs {
				k := string(q.Type)
				if q.Type == TrueFalse {
					k += "/" + q.Answer[0]
					if q.Answer[0] == "True" {
						tfTrue++
						st := strings.TrimSuffix(strings.SplitN(q.Prompt, "\n“", 2)[1], "”")
						if strings.Contains(articleText(h.a), st) {
							tfVerbatim++
							if os.Getenv("X1_DUMP") != "" && seed < 228 {
								t.Logf("TRUE %s: %s", h.name, st)
							}
						}
					} else {
						tfFalse++
						if q.Kind == DateFact {
							if m := reFalseSwap.FindStringSubmatch(q.Explanation); m != nil {
								a, b := firstYear(m[1]), firstYear(m[2])
								if a > 0 && b > 0 {
									tfDist[absInt(a-b)]++
								}
							}
						}
					}
				}
				kinds[k]++
				if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
					dated++
				}
				if q.Type == MultipleChoice && q.Kind == DateFact && len(q.Answer) == 1 {
					a := firstYear(q.Answer[0])
					for _, o := range q.Options {
						if o == q.Answer[0] {
							continue
						}
						if b := firstYear(o); a > 0 && b > 0 {
							mcDist[absInt(a-b)]++
						}
					}
				}
			}
		}
	}
	hist := func(m map[int]int) string {
		var ks []int
		n := 0
		for k, v := range m {
			ks = append(ks, k)
			n += v
		}
		sort.Ints(ks)
		var sb strings.Builder
		for _, k := range ks {
			fmt.Fprintf(&sb, " %d:%d", k, m[k])
		}
		return fmt.Sprintf("n=%d%s", n, sb.String())
	}
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var sb strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&sb, " %s %d (%.1f %%)", k, kinds[k], 100*float64(kinds[k])/float64(total))
	}
	t.Logf("questions %d, date-answered %d (%.1f %%), kinds:%s", total, dated, 100*float64(dated)/float64(total), sb.String())
	t.Logf("true/false: true %d, false %d; true statements verbatim in the article %d", tfTrue, tfFalse, tfVerbatim)
	t.Logf("false dates |Δyear|: %s", hist(tfDist))
	if len(changed) > 0 {
		t.Logf("statements cut to the main claim (claimcut.go): true %d, false %d", changed["True"], changed["False"])
	}
	t.Logf("mcq date options |Δyear|: %s", hist(mcDist))
}

// articleText is the article's blocks, one a line.
func articleText(a *Article) string {
	var sb strings.Builder
	for _, c := range a.Chapters {
		for _, b := range c.Blocks {
			sb.WriteString(b.Text)
			sb.WriteString("\n")
		}
	}
	return sb.String()
}
