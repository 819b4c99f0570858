package quiz

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestMeasureW2 prints, over seeds 223–262 of the eight reviewed
// articles, quiz lengths, the share of each question kind, the
// date-answered share and how many typed questions accept a point their
// cut key left out (alsokey.go) or ask for one of what a paragraph says
// more of (moreSaidQ) (W2_MEASURE=1; W2_OFF=alsokey,moreq,vague,namedaim turns
// the rules
// off; W2_DUMP=file writes every question and its shown answer; a
// measurement, not a check).
func TestMeasureW2(t *testing.T) {
	if os.Getenv("W2_MEASURE") == "" {
		t.Skip("set W2_MEASURE=1 to measure typed keys over seeds 223–262")
	}
	off := os.Getenv("W2_OFF")
	alsoKeyOff = strings.Contains(off, "alsokey")
	moreQOff = strings.Contains(off, "moreq")
	vagueEffectOff = strings.Contains(off, "vague")
	namedAimOff = strings.Contains(off, "namedaim")
	defer func() { alsoKeyOff, moreQOff, vagueEffectOff, namedAimOff = false, false, false, false }()
	var dump strings.Builder
	kinds := map[string]int{}
	total, dates, also, more := 0, 0, 0, 0
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		n, na, nm := 0, 0, 0
		for seed := uint64(223); seed <= 262; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			for _, q := range qs {
				fmt.Fprintf(&dump, "%s %d %s | %s\n", h.name, seed, strings.ReplaceAll(q.Prompt, "\n", " "), q.ShownAnswer())
				k := string(q.Type)
				switch {
				case q.Type == FillIn && q.Kind == ClauseFact && strings.HasPrefix(q.Prompt, "Why"):
					k += "/why"
				case q.Type == FillIn && q.Kind == ClauseFact:
					k += "/what"
				case q.Type == FillIn || q.Type == MultipleChoice:
					k += "/" + string(q.Kind)
				}
				kinds[k]++
				if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
					dates++
				}
				if q.alsoAccepted() != nil {
					na++
				}
				if strings.HasPrefix(q.Prompt, "Name one thing ") {
					nm++
				}
			}
		}
		t.Logf("%-40s len %.2f, also-accepted %d, name-one-thing %d", h.name, float64(n)/40, na, nm)
		total, also, more = total+n, also+na, more+nm
	}
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var sb strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&sb, "%s %.1f%%; ", k, 100*float64(kinds[k])/float64(max(total, 1)))
	}
	t.Logf("all: %d questions (%.2f a quiz), date-answered %.1f %%, also-accepted %d, name-one-thing %d", total, float64(total)/320, 100*float64(dates)/float64(max(total, 1)), also, more)
	t.Logf("kinds: %s", sb.String())
	if p := os.Getenv("W2_DUMP"); p != "" {
		if err := os.WriteFile(p, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
