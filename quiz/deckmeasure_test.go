package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMeasureDecks writes, when DECK_MEASURE names a folder, every article's
// whole deck (kind, front, back, sentence) and a summary line per article:
// cards, back length (mean words, backs over 25 words) and the gold key
// dates and policies no card names (the gold is read here to measure,
// never by the rules):
//
//	DECK_MEASURE=/tmp/decks go test ./quiz -run TestMeasureDecks -v
func TestMeasureDecks(t *testing.T) {
	dir := os.Getenv("DECK_MEASURE")
	if dir == "" {
		t.Skip("set DECK_MEASURE to a folder to write the decks")
	}
	var sum strings.Builder
	var all [4]int
	for _, ar := range goldArticles(t) {
		g, a := ar.read(t)
		cards := StudyOf(a, nil).Cards()
		var sb strings.Builder
		var texts []string
		words, over := 0, 0
		kinds := map[CardKind]int{}
		for i, c := range cards {
			kinds[c.Kind]++
			texts = append(texts, scoreNorm(c.Sentence+" "+c.Front+" "+c.Back))
			n := len(strings.Fields(c.Back))
			words += n
			if n > 25 {
				over++
			}
			fmt.Fprintf(&sb, "C%d [%s] (ch %d)\n  FRONT: %s\n  BACK: %s\n  SENT: %s\n\n", i+1, c.Kind, c.Chapter, strings.ReplaceAll(c.Front, "\n", " / "), strings.ReplaceAll(c.Back, "\n", " / "), c.Sentence)
		}
		named := func(names ...string) bool {
			for _, n := range names {
				n = scoreNorm(n)
				for _, t := range texts {
					if n != "" && strings.Contains(t, n) {
						return true
					}
				}
			}
			return false
		}
		var d, dn, p, pn int
		sb.WriteString("== GOLD NOT NAMED ==\n")
		for _, x := range g.Dates {
			if x.Optional {
				continue
			}
			dn++
			if named(x.Text) {
				d++
			} else {
				fmt.Fprintf(&sb, "date %s\n", x.Text)
			}
		}
		for _, x := range g.Policies {
			if x.Optional {
				continue
			}
			pn++
			if named(append([]string{x.Name}, x.Aliases...)...) {
				p++
			} else {
				fmt.Fprintf(&sb, "policy %s\n", x.Name)
			}
		}
		all = [4]int{all[0] + d, all[1] + dn, all[2] + p, all[3] + pn}
		line := fmt.Sprintf("%-40s cards %3d  back mean %.1f words, %d over 25  dates %d/%d  policies %d/%d  kinds %v\n",
			ar.name, len(cards), float64(words)/float64(max(1, len(cards))), over, d, dn, p, pn, kinds)
		sum.WriteString(line)
		if err := os.WriteFile(filepath.Join(dir, ar.name+".deck.txt"), []byte(line+"\n"+sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fmt.Fprintf(&sum, "all: dates %d/%d policies %d/%d\n", all[0], all[1], all[2], all[3])
	if err := os.WriteFile(filepath.Join(dir, "summary.txt"), []byte(sum.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + sum.String())
}
