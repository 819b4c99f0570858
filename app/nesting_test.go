package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// A sub-section's row in the chapter list sits to the right of the
// chapter that holds it.
func TestChapterListShowsNesting(t *testing.T) {
	u, _ := newTestUI(t, "")
	md := []byte("# Rivers of the North\n\n## Geography\n\nThe rivers run north into the sea, and the valleys are wide.\n\n" +
		"### The upper valleys\n\nThe upper valleys were settled in 1820 by farmers from the south.\n\n" +
		"## History\n\nThe first bridge was built in 1901 after a long dispute.\n")
	u.background(func() { u.openData("rivers.md", md) })
	u.Sync()
	r := u.reader
	levels := map[string]int{}
	for _, c := range r.doc.art.Chapters {
		levels[c.Title] = c.Level
	}
	if levels["The upper valleys"] <= levels["Geography"] {
		t.Fatalf("parsed levels %v: the sub-section should be deeper than its chapter", levels)
	}
	iconX := func(id int) (string, float32) {
		row := r.newListItem().(*fyne.Container)
		r.updateListItem(id, row)
		label, lead := listRowParts(row)
		lead.Resize(lead.MinSize())
		return label.Text, lead.Objects[0].Position().X
	}
	x := map[string]float32{}
	for id := range r.doc.art.Chapters {
		text, pos := iconX(id)
		x[r.doc.art.Chapters[id].Title] = pos
		if text == "" {
			t.Fatalf("row %d has no title", id)
		}
	}
	if !(x["The upper valleys"] > x["Geography"]) || x["Geography"] != x["History"] {
		t.Fatalf("icon positions %v: the sub-section should be indented, chapters of one level aligned", x)
	}
}
