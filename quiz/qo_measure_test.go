package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// qoArticles are the eight articles of the blind reviews.
var qoArticles = map[string]bool{"builtin": true, "cold_war_1947_1953": true, "comprehensive_nuclear_test_ban_treaty": true,
	"foreign_relations_of_china": true, "marshall_plan": true, "perestroika": true, "brezhnev_doctrine": true, "potsdam_agreement": true}

// reYearIn finds the years a text writes.
var reYearIn = regexp.MustCompile(`\b(1[0-9]{3}|20[0-9]{2})s?\b`)

// cueSeen is the test's own, plain reading of the cue rule: which
// questions of a quiz have their answer shown by their chapter's title
// or by another question. Names: the answer, its accepted forms, a
// person's surname and a place's adjective, anywhere for a typed answer
// and beside a shared name for a choice; dates: the answer's year (any
// year of its decade for a decade) beside a shared name. True/false: the
// value the statement swapped out, shown by the chapter's title.
func cueSeen(a *Article, qs []Question) (label, other []string) {
	for i, q := range qs {
		title := a.Chapters[q.Chapter].Title
		var forms []string
		switch {
		case q.Type == TrueFalse && q.Answer[0] == "False":
			for _, y := range reYearIn.FindAllString(q.Explanation, -1) {
				if !strings.Contains(q.Prompt, y) {
					forms = append(forms, y)
				}
			}
			if showsAny(title, forms) {
				label = append(label, fmt.Sprintf("%s | %s", title, q.Prompt))
			}
			continue
		case q.Type != MultipleChoice && q.Type != FillIn:
			continue
		case q.Kind == DateFact:
			forms = reYearIn.FindAllString(q.Answer[0], -1)
		default:
			forms = append(append(forms, q.Answer...), q.Accept...)
			if w := strings.Fields(q.Answer[0]); q.Kind == PersonFact && len(w) >= 2 && len(w[len(w)-1]) >= 4 {
				forms = append(forms, w[len(w)-1])
			}
		}
		if len(forms) == 0 {
			continue
		}
		if showsAny(title, forms) || q.Kind == PlaceFact && adjectiveShown(title, q.Answer[0]) {
			label = append(label, fmt.Sprintf("%s | %s", title, q.Answer[0]))
		}
		for j, o := range qs {
			if i == j {
				continue
			}
			text := statedBy(o)
			shows := showsAny(text, forms) || q.Kind == PlaceFact && adjectiveShown(text, q.Answer[0])
			if q.Kind == DateFact {
				shows = decadeShown(text, q.Answer[0]) && sharesName(text, q.Explanation, forms)
			} else if q.Type == MultipleChoice {
				shows = shows && sharesName(text, q.Explanation, forms)
			}
			if shows {
				other = append(other, fmt.Sprintf("%s [%s] ← %s", q.Answer[0], q.Type, firstLine(o.Prompt)))
				break
			}
		}
	}
	return label, other
}

// statedBy is what a question states as so: its prompt, and the items of
// an ordering or matching (a choice's options are offered, not stated).
func statedBy(q Question) string {
	if q.Type == Ordering || q.Type == Matching {
		return q.shown()
	}
	return q.Prompt
}

func firstLine(s string) string {
	if i := strings.LastIndex(s, "\n"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// adjectiveShown reports a capitalised word of text that is place's adjective.
func adjectiveShown(text, place string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ",.;:()“”\"'‘’")
		if len(w) >= 4 && capitalised(w) && adjectiveOf(w, place) {
			return true
		}
	}
	return false
}

// decadeShown reports text showing the answer's year, or a year of the
// answer's decade when the answer is a decade.
func decadeShown(text, answer string) bool {
	for _, y := range reYearIn.FindAllString(answer, -1) {
		if strings.HasSuffix(y, "0s") {
			if regexp.MustCompile(`\b` + y[:3] + `[0-9]s?\b`).MatchString(text) {
				return true
			}
		} else if showsAny(text, []string{y}) {
			return true
		}
	}
	return false
}

// sharesName reports a capitalised word of four letters or more, not the
// answer's and not a sentence's first, that both texts write.
func sharesName(a, b string, answer []string) bool {
	caps := func(s string) map[string]bool {
		out := map[string]bool{}
		ws := strings.Fields(s)
		for i, w := range ws {
			w = strings.Trim(w, ",.;:()“”\"'‘’_")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if i == 0 || len(w) < 4 || !capitalised(w) || showsAny(w, answer) || strings.HasSuffix(ws[i-1], ".") || strings.HasPrefix(ws[i-1], "“") && false {
				continue
			}
			out[w] = true
		}
		return out
	}
	ca := caps(a)
	for w := range caps(b) {
		if ca[w] && w != "True" && w != "False" && w != "When" && w != "Which" && w != "Type" {
			return true
		}
	}
	return false
}

// TestMeasureQO prints, over seeds 223–262 of the eight reviewed
// articles, quiz lengths, the date-answered share and the cross-question
// cues the test's own reading finds (QO_MEASURE=1; QO_DUMP=dir also writes
// every quiz and every cue found; a measurement, not a check).
func TestMeasureQO(t *testing.T) {
	if os.Getenv("QO_MEASURE") == "" {
		t.Skip("set QO_MEASURE=1 to measure quiz lengths and cues over seeds 223–262")
	}
	dump := os.Getenv("QO_DUMP")
	off := os.Getenv("QO_OFF")
	cueOff = strings.Contains(off, "cue")
	for _, r := range strings.Split(off, ",") {
		cueRuleOff[r] = true
	}
	keepsItsPlaceOff = strings.Contains(off, "place")
	dateSpreadOff = strings.Contains(off, "spread")
	orderHintOff = strings.Contains(off, "order")
	listCompanyOff = strings.Contains(off, "list")
	swapEraOff = strings.Contains(off, "era")
	acronymBalanceOff = strings.Contains(off, "acronym")
	lengthBalanceOff = strings.Contains(off, "length")
	claimCutOff = strings.Contains(off, "tothe")
	blocGroupOff = strings.Contains(off, "blocgroup")
	signedBodyOff = strings.Contains(off, "signedbody")
	bodyAnswerOff = strings.Contains(off, "bodyanswer")
	enactedOff = strings.Contains(off, "enacted")
	subjectAsideOff = strings.Contains(off, "subjaside")
	ownYearOff = strings.Contains(off, "ownyear")
	eraSkipOff = strings.Contains(off, "tfskip")
	defer func() {
		cueOff, cueRuleOff, keepsItsPlaceOff, dateSpreadOff, orderHintOff, listCompanyOff, swapEraOff = false, map[string]bool{}, false, false, false, false, false
		acronymBalanceOff, lengthBalanceOff, claimCutOff, blocGroupOff, signedBodyOff, bodyAnswerOff, enactedOff = false, false, false, false, false, false, false
		subjectAsideOff, ownYearOff, eraSkipOff = false, false, false
	}()
	total, dates, labels, others := 0, 0, 0, 0
	for _, h := range hygieneArticles(t) {
		if !qoArticles[h.name] {
			continue
		}
		var sb strings.Builder
		n, nd, nl, no, tf, tfd, ord := 0, 0, 0, 0, 0, 0, 0
		for seed := uint64(223); seed <= 262; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			for _, q := range qs {
				if q.Kind == DateFact && (q.Type == MultipleChoice || q.Type == FillIn) {
					nd++
				}
				if q.Type == Ordering {
					ord++
				}
				if q.Type == TrueFalse {
					tf++
					if q.Kind == DateFact && q.Answer[0] == "False" {
						tfd++
					}
				}
			}
			l, o := cueSeen(h.a, qs)
			nl += len(l)
			no += len(o)
			if dump != "" {
				fmt.Fprintf(&sb, "== seed %d (%d questions)\n", seed, len(qs))
				for i, q := range qs {
					fmt.Fprintf(&sb, "Q%d [%s/%v] (%s) %s\n   OPTIONS %s\n   ANSWER %s\n", i+1, q.Type, q.Kind, h.a.Chapters[q.Chapter].Title,
						strings.ReplaceAll(q.Prompt, "\n", " "), strings.Join(q.Options, " | "), strings.Join(q.Answer, " | "))
				}
				for _, x := range l {
					fmt.Fprintf(&sb, "CUE label: %s\n", x)
				}
				for _, x := range o {
					fmt.Fprintf(&sb, "CUE other: %s\n", x)
				}
			}
		}
		if dump != "" {
			if err := os.WriteFile(filepath.Join(dump, h.name+".txt"), []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%-40s len %.2f, date-answered %d (%.0f %%), cues: label %d, other %d; true/false %d, false dates %d; orderings %d", h.name, float64(n)/40, nd, 100*float64(nd)/float64(max(n, 1)), nl, no, tf, tfd, ord)
		total, dates, labels, others = total+n, dates+nd, labels+nl, others+no
	}
	t.Logf("all: %d questions (%.2f a quiz), date-answered %.1f %%, cues: label %d, other %d", total, float64(total)/320, 100*float64(dates)/float64(max(total, 1)), labels, others)
}
