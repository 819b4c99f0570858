package quiz

import (
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	data, _ := os.ReadFile("../assets/mongolia-peace-mediator.txt")
	a, err := ParseArticle(data)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("title=%q byline=%q notes=%q refsH=%q refs=%d", a.Title, a.Byline, a.Notes, a.ReferencesHeading, len(a.References))
	for _, c := range a.Chapters {
		t.Logf("== %q (%d)", c.Title, len(c.Blocks))
		for _, b := range c.Blocks {
			s := b.Text
			if len(s) > 60 {
				s = s[:60]
			}
			t.Logf("   %v %q", b.Kind, s)
		}
	}
	for _, r := range a.References {
		t.Logf("ref %q", r.URL)
	}
}
