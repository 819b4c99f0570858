package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestMeasureReviewCards lists, for each rule of reviewcards.go, the deck
// cards it leaves out or changes on the corpus articles and the built-in
// one, and the share of each card kind in the samples of seeds 223–262
// with the rules off and on (REVIEW_MEASURE=1).
func TestMeasureReviewCards(t *testing.T) {
	if os.Getenv("REVIEW_MEASURE") == "" {
		t.Skip("set REVIEW_MEASURE=1 to measure reviewcards.go's rules")
	}
	names := []string{"cold_war_1947_1953", "comprehensive_nuclear_test_ban_treaty", "foreign_relations_of_china", "marshall_plan", "perestroika", "brezhnev_doctrine", "potsdam_agreement"}
	paths := map[string]string{"builtin": "../assets/mongolia-peace-mediator.txt"}
	for _, n := range names {
		paths[n] = filepath.Join(corpusDir, n+".txt")
	}
	var order []string
	for n := range paths {
		order = append(order, n)
	}
	sort.Strings(order)
	switches := []struct {
		name string
		off  *bool
	}{{"noTag", &noTagOff}, {"yearShown", &yearShownOff}, {"dateTwice", &dateTwiceOff}, {"longBack", &longBackOff}, {"nameCap", &nameCapOff}, {"clauseFront", &clauseFrontOff}, {"hedged", &hedgedOff}, {"twinBack", &twinBackOff}, {"nearBack", &nearBackOff}, {"sideAnswer", &sideAnswerOff}}
	all := func(off bool) {
		for _, s := range switches {
			*s.off = off
		}
	}
	defer all(false)
	var sb strings.Builder
	kinds := [2]map[CardKind]int{{}, {}}
	dated := [2]int{}
	total := [2]int{}
	for _, n := range order {
		b, err := os.ReadFile(paths[n])
		if err != nil {
			t.Skipf("no article %s: %v", n, err)
		}
		a := mustParse(t, b)
		facts := Extract(a)
		for i, off := range []bool{true, false} {
			all(off)
			deck := MakeCards(a, facts)
			for seed := uint64(223); seed <= 262; seed++ {
				for _, c := range sampleCards(deck, 20, seed) {
					kinds[i][c.Kind]++
					total[i]++
					if reYear.MatchString(answerLine(c.Back)) && len(strings.Fields(answerLine(c.Back))) <= 5 {
						dated[i]++
					}
				}
			}
		}
		for _, s := range switches {
			all(false)
			on := MakeCards(a, facts)
			*s.off = true
			off := MakeCards(a, facts)
			*s.off = false
			now := map[string]Card{}
			for _, c := range on {
				now[c.Key] = c
			}
			for _, c := range off {
				if d, ok := now[c.Key]; !ok {
					fmt.Fprintf(&sb, "%-10s %-12s OUT  [%s] %s | %s\n", s.name, n[:min(12, len(n))], c.Kind, firstN(strings.ReplaceAll(c.Front, "\n", " / "), 160), firstN(answerLine(c.Back), 60))
				} else if d.Front != c.Front || d.Back != c.Back {
					fmt.Fprintf(&sb, "%-10s %-12s EDIT [%s] %s → %s\n", s.name, n[:min(12, len(n))], c.Kind, firstN(strings.ReplaceAll(c.Front, "\n", " / "), 120), firstN(strings.ReplaceAll(d.Front, "\n", " / "), 120))
				}
			}
		}
	}
	for i, label := range []string{"off", "on"} {
		fmt.Fprintf(&sb, "rules %s: %d sampled cards, date-answered %d (%.0f %%);", label, total[i], dated[i], 100*float64(dated[i])/float64(max(1, total[i])))
		var ks []string
		for k := range kinds[i] {
			ks = append(ks, string(k))
		}
		sort.Strings(ks)
		for _, k := range ks {
			fmt.Fprintf(&sb, " %s %.1f %%", k, 100*float64(kinds[i][CardKind(k)])/float64(max(1, total[i])))
		}
		sb.WriteString("\n")
	}
	t.Log("\n" + sb.String())
}

// TestMeasureReviewCover prints, per rule of reviewcards.go, the gold
// dates and policies the decks name with the rule off and on, and the
// cards the rule leaves out that alone named one (REVIEW_MEASURE=1).
func TestMeasureReviewCover(t *testing.T) {
	if os.Getenv("REVIEW_MEASURE") == "" {
		t.Skip("set REVIEW_MEASURE=1 to measure reviewcards.go's rules")
	}
	switches := map[string]*bool{"noTag": &noTagOff, "yearShown": &yearShownOff, "dateTwice": &dateTwiceOff, "longBack": &longBackOff, "nameCap": &nameCapOff, "clauseFront": &clauseFrontOff, "hedged": &hedgedOff, "twinBack": &twinBackOff, "nearBack": &nearBackOff, "sideAnswer": &sideAnswerOff}
	var sb strings.Builder
	for _, ar := range goldArticles(t) {
		g, a := ar.read(t)
		cover := func() map[string]bool {
			var texts []string
			for _, c := range StudyOf(a, nil).Cards() {
				texts = append(texts, scoreNorm(c.Sentence+" "+c.Front+" "+c.Back))
			}
			out := map[string]bool{}
			for _, d := range g.Dates {
				for _, tx := range texts {
					if !d.Optional && strings.Contains(tx, scoreNorm(d.Text)) {
						out["date "+d.Text] = true
					}
				}
			}
			for _, p := range g.Policies {
				for _, n := range append([]string{p.Name}, p.Aliases...) {
					for _, tx := range texts {
						if !p.Optional && scoreNorm(n) != "" && strings.Contains(tx, scoreNorm(n)) {
							out["policy "+p.Name] = true
						}
					}
				}
			}
			return out
		}
		on := cover()
		for name, off := range switches {
			*off = true
			was := cover()
			*off = false
			for k := range was {
				if !on[k] {
					fmt.Fprintf(&sb, "%-10s %-14s lost %s\n", name, ar.name[:min(14, len(ar.name))], k)
				}
			}
		}
	}
	t.Log("\n" + sb.String())
}
