package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// reviewArticles are the eight articles of the blind reviews.
var reviewArticles = []string{"builtin", "cold_war_1947_1953", "comprehensive_nuclear_test_ban_treaty", "foreign_relations_of_china",
	"marshall_plan", "perestroika", "brezhnev_doctrine", "potsdam_agreement"}

// TestMeasureMainPoints (CHAPTERWISE_MEASURE=1) prints, per review
// article over seeds 223–262, with the main-point score in the rank and
// without it: the quiz length, the share of questions from a chapter
// lead or a sentence on what a named policy did, the share of chapters
// asked about, the share answered by a date, and how many questions
// differ. With MAINPOINT_DUMP=dir it writes every quiz's prompts and
// answers there (on.ARTICLE.txt, off.ARTICLE.txt), to search for the
// points a review lists.
//
//	CHAPTERWISE_MEASURE=1 go test ./quiz -run TestMeasureMainPoints -v
func TestMeasureMainPoints(t *testing.T) {
	if os.Getenv("CHAPTERWISE_MEASURE") == "" {
		t.Skip("set CHAPTERWISE_MEASURE=1 to measure the main-point rank")
	}
	dump := os.Getenv("MAINPOINT_DUMP")
	defer func(v bool) { mainPointRankOff = v }(mainPointRankOff)
	for _, h := range hygieneArticles(t) {
		if !slices.Contains(reviewArticles, h.name) {
			continue
		}
		type figures struct {
			qs, main, dates, chapters, withQ int
			keys                             []map[string]bool
			text                             strings.Builder
		}
		var res [2]figures
		for k, off := range []bool{true, false} {
			mainPointRankOff = off
			r := &res[k]
			for seed := uint64(223); seed <= 262; seed++ {
				g := indexedGenerator(h.a, h.facts)
				qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
				keys := map[string]bool{}
				asked := map[int]bool{}
				for _, q := range qs {
					keys[q.Key()] = true
					asked[q.Chapter] = true
					r.qs++
					if q.Kind == DateFact {
						r.dates++
					}
					if q.Type != Ordering && q.Type != Matching && g.mainSentence(q.Explanation) {
						r.main++
					}
					fmt.Fprintf(&r.text, "%d [%s] %s => %s\n", seed, q.Type, strings.ReplaceAll(q.Prompt, "\n", " / "), strings.Join(q.Answer, " | "))
				}
				r.keys = append(r.keys, keys)
				chs := 0
				for ch := range h.a.Chapters {
					if len(g.byChapter[ch]) > 0 {
						chs++
					}
				}
				r.chapters += chs
				r.withQ += len(asked)
			}
			if dump != "" {
				name := map[bool]string{true: "off", false: "on"}[off]
				if err := os.WriteFile(filepath.Join(dump, name+"."+h.name+".txt"), []byte(r.text.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		differ := 0
		for s := range res[0].keys {
			for k := range res[1].keys[s] {
				if !res[0].keys[s][k] {
					differ++
				}
			}
		}
		pct := func(a, b int) float64 { return 100 * float64(a) / float64(max(1, b)) }
		t.Logf("%-38s quiz %.2f → %.2f; main %.0f%% → %.0f%%; chapters asked %.0f%% → %.0f%%; dates %.0f%% → %.0f%%; questions differ %d of %d",
			h.name, float64(res[0].qs)/40, float64(res[1].qs)/40, pct(res[0].main, res[0].qs), pct(res[1].main, res[1].qs),
			pct(res[0].withQ, res[0].chapters), pct(res[1].withQ, res[1].chapters), pct(res[0].dates, res[0].qs), pct(res[1].dates, res[1].qs),
			differ, res[1].qs)
	}
}

// TestMeasureSettingless (CHAPTERWISE_MEASURE=1) prints, per review
// article over seeds 223–262, the quiz length and the questions that
// differ with settinglessStem off and on, and lists the stems it keeps
// out of the quizzes.
func TestMeasureSettingless(t *testing.T) {
	if os.Getenv("CHAPTERWISE_MEASURE") == "" {
		t.Skip("set CHAPTERWISE_MEASURE=1 to measure the settingless stems")
	}
	defer func(v bool) { settinglessOff = v }(settinglessOff)
	for _, h := range hygieneArticles(t) {
		if !slices.Contains(reviewArticles, h.name) {
			continue
		}
		var n [2]int
		var keys [2][]map[string]string
		for k, off := range []bool{true, false} {
			settinglessOff = off
			for seed := uint64(223); seed <= 262; seed++ {
				m := map[string]string{}
				for _, q := range GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed}) {
					m[q.Key()] = strings.SplitN(q.Prompt, "\n", 2)[0]
					n[k]++
				}
				keys[k] = append(keys[k], m)
			}
		}
		gone := map[string]int{}
		differ := 0
		for s := range keys[0] {
			for k, p := range keys[0][s] {
				if _, ok := keys[1][s][k]; !ok {
					differ++
					gone[p]++
				}
			}
		}
		t.Logf("%-38s quiz %.2f → %.2f; questions differ %d", h.name, float64(n[0])/40, float64(n[1])/40, differ)
		for p, c := range gone {
			if strings.HasPrefix(p, "Why") || strings.HasPrefix(p, "What did") || strings.HasPrefix(p, "What led") {
				t.Logf("    %2d× %s", c, p)
			}
		}
	}
}
