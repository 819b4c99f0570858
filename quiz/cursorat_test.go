package quiz

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// alsoTrueByText is alsoTrue as it was before holdsAt and its early
// answers (4304468): every cursor asked of every sentence with its text.
func alsoTrueByText(g *generator, fr blankFrame, option string) bool {
	if g.ix == nil || option == "" {
		return false
	}
	var subject *wordCursor
	if fr.subject != "" && fr.subject != option {
		c := g.ix.cursor(fr.subject)
		subject = &c
	}
	var mates []wordCursor
	for _, m := range fr.mates {
		if m != option && !strings.Contains(option, m) {
			mates = append(mates, g.ix.cursor(m))
		}
	}
	need := max(2, (len(fr.mates)+1)/2)
	if subject == nil && len(mates) < need {
		return false
	}
	for _, si := range g.memo.sentencesNaming(g, option) {
		if int(si) == fr.own {
			continue
		}
		text := g.sents[si].text
		if subject != nil && subject.holds(si, text) && g.memo.hasVerbOf(g, si, fr.verbs) {
			return true
		}
		if len(mates) < need {
			continue
		}
		shared := 0
		for i := range mates {
			if mates[i].holds(si, text) {
				shared++
			}
		}
		if shared >= need {
			return true
		}
	}
	return false
}

// TestAlsoTrueAsByText: on the built-in and corpus articles, alsoTrue
// answers as the walk reading every sentence's text did, for the frame of
// every place, person and organisation fact and every name of its kind
// as the option.
func TestAlsoTrueAsByText(t *testing.T) {
	texts := map[string][]byte{"builtin": builtinText(t)}
	for _, name := range []string{"marshall_plan", "cold_war_1947_1953", "foreign_relations_of_china"} {
		if b, err := os.ReadFile(filepath.Join(corpusDir, name+".txt")); err == nil {
			texts[name] = b
		}
	}
	trues, asked := 0, 0
	for name, text := range texts {
		a := mustParse(t, text)
		g := indexedGenerator(a, Extract(a))
		for _, f := range g.facts {
			if f.Kind != PlaceFact && f.Kind != PersonFact && f.Kind != OrgFact {
				continue
			}
			fr := g.frameOf(f)
			for _, o := range g.kindFacts(f.Kind) {
				got, want := g.alsoTrue(fr, o.Value), alsoTrueByText(g, fr, o.Value)
				if got != want {
					t.Errorf("%s: alsoTrue(%q) on %q = %v, by text %v", name, o.Value, f.Sentence, got, want)
				}
				asked++
				if want {
					trues++
				}
			}
		}
	}
	if trues == 0 || trues == asked {
		t.Errorf("%d of %d options also true: the test compares nothing", trues, asked)
	}
	t.Logf("%d of %d options also true", trues, asked)
}
