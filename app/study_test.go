package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestOpeningABookShowsProgressByChapter(t *testing.T) {
	u, _ := newTestUI(t, "")
	path := filepath.Join(t.TempDir(), "book.md")
	if err := os.WriteFile(path, generatedBook(60), 0o600); err != nil {
		t.Fatal(err)
	}
	// what the chapter list's heading and bar say after each update the
	// window receives while the book opens
	type seen struct {
		text string
		bar  float64
	}
	var got []seen
	run := u.run
	u.run = func(fn func()) {
		run(func() {
			fn()
			got = append(got, seen{u.reader.progress.Text, u.reader.bar.Value / u.reader.bar.Max})
		})
	}
	u.OpenFiles([]string{path})
	u.Sync()
	u.run = run

	var texts []string
	last := -1.0
	for _, s := range got {
		texts = append(texts, s.text)
		if len(s.text) > 8 && s.text[:8] == "Reading " {
			if !u.reader.bar.Visible() {
				t.Error("the bar is hidden while the book is read")
			}
			if s.bar < last {
				t.Errorf("the bar went back from %.2f to %.2f at %q", last, s.bar, s.text)
			}
			last = s.bar
		}
	}
	for _, want := range []string{"Reading chapter 1 of 60…", "Reading chapter 30 of 60…", "Reading chapter 60 of 60…", "Making flashcards…"} {
		if !slices.Contains(texts, want) {
			t.Errorf("the window never said %q; it said %q", want, texts)
		}
	}
	if last <= 0 {
		t.Error("the bar never moved while the book was read")
	}
	if got := u.reader.progress.Text; got != "0 of 60 chapters read" {
		t.Errorf("after opening the heading says %q, want the reading progress", got)
	}
	if u.reader.doc.art.Title != "A generated history in many chapters" {
		t.Errorf("the book is not the open article: %q", u.reader.doc.art.Title)
	}
}
