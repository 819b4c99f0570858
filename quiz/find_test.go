package quiz

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	a := &Article{Chapters: []Chapter{
		{Title: "Introduction", Blocks: []Block{{Text: "Mongolia borders China and Russia. Mongolia is landlocked."}}},
		{Title: "Mongolian Foreign Policy", Blocks: []Block{{Text: "The third-neighbor policy began in the early 1990s."}, {Text: "Nothing here."}}},
	}}
	got := Find(a, "  MONGOLIA ")
	if len(got) != 3 {
		t.Fatalf("matches = %+v", got)
	}
	if got[0].Chapter != 0 || got[0].Block != 0 || got[1].Block != 0 || got[2].Chapter != 1 || got[2].Block != -1 {
		t.Errorf("places = %+v", got)
	}
	if !strings.Contains(got[1].Snippet, "Mongolia is landlocked") {
		t.Errorf("snippet = %q", got[1].Snippet)
	}
	if m := Find(a, "1990s"); len(m) != 1 || m[0].Chapter != 1 || m[0].Block != 0 {
		t.Errorf("1990s = %+v", m)
	}
	if Find(a, "") != nil || Find(a, "absent") != nil || Find(nil, "x") != nil {
		t.Error("empty or absent queries found something")
	}
	long := &Article{Chapters: []Chapter{{Title: "T", Blocks: []Block{{Text: strings.Repeat("word ", 1000)}}}}}
	if m := Find(long, "word"); len(m) != MaxMatches {
		t.Errorf("matches capped at %d, got %d", MaxMatches, len(m))
	}
	// snippets never split a character
	u := &Article{Chapters: []Chapter{{Title: "T", Blocks: []Block{{Text: strings.Repeat("ö", 60) + "needle" + strings.Repeat("ü", 60)}}}}}
	if m := Find(u, "needle"); len(m) != 1 || !strings.Contains(m[0].Snippet, "needle") || strings.ContainsRune(m[0].Snippet, '\uFFFD') {
		t.Errorf("unicode snippet = %+v", m)
	}
}

func TestHighlights(t *testing.T) {
	facts := []Fact{
		{Kind: DateFact, Chapter: 1, Block: 0, Start: 20, End: 24},
		{Kind: PolicyFact, Chapter: 1, Block: 0, Start: 2, End: 10},
		{Kind: PolicyFact, Chapter: 1, Block: 0, Start: 5, End: 12},  // overlaps the one before
		{Kind: PersonFact, Chapter: 1, Block: 0, Start: 30, End: 35}, // people are not marked
		{Kind: DateFact, Chapter: 1, Block: 1, Start: 0, End: 4},     // another paragraph
	}
	got := Highlights(facts, 1, 0)
	if len(got) != 2 || got[0] != (Span{2, 10}) || got[1] != (Span{20, 24}) {
		t.Errorf("Highlights = %+v", got)
	}
}
