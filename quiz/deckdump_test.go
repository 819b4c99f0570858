package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestWriteDecks writes every article's whole deck, card by card, with
// the count of each card template, when CHAPTERWISE_DECKS names a folder
// (to measure a change to the card rules before and after):
//
//	CHAPTERWISE_DECKS=/tmp/decks go test ./quiz -run TestWriteDecks
func TestWriteDecks(t *testing.T) {
	dir := os.Getenv("CHAPTERWISE_DECKS")
	if dir == "" {
		t.Skip("set CHAPTERWISE_DECKS to a folder to write every article's deck")
	}
	var summary strings.Builder
	total := 0
	for _, h := range hygieneArticles(t) {
		cards := MakeCards(h.a, h.facts)
		kinds := map[CardKind]int{}
		var sb strings.Builder
		for i, c := range cards {
			kinds[c.Kind]++
			fmt.Fprintf(&sb, "C%d [%s] ch%d\n  FRONT: %s\n  BACK: %s\n\n", i+1, c.Kind, c.Chapter,
				strings.ReplaceAll(c.Front, "\n", "\n         "), strings.ReplaceAll(c.Back, "\n", "\n        "))
		}
		if err := os.WriteFile(filepath.Join(dir, h.name+".deck.txt"), []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		var ks []string
		for k, n := range kinds {
			ks = append(ks, fmt.Sprintf("%s=%d", k, n))
		}
		sort.Strings(ks)
		total += len(cards)
		fmt.Fprintf(&summary, "%-40s %3d  %s\n", h.name, len(cards), strings.Join(ks, " "))
	}
	fmt.Fprintf(&summary, "%-40s %3d\n", "total", total)
	if err := os.WriteFile(filepath.Join(dir, "summary.txt"), []byte(summary.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
