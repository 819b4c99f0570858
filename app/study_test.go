package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
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
	var decks []string
	run := u.run
	u.run = func(fn func()) {
		run(func() {
			fn()
			got = append(got, seen{u.reader.progress.Text, u.reader.bar.Value / u.reader.bar.Max})
			decks = append(decks, u.flash.deckInfo.Text)
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
	for _, want := range []string{"Reading chapter 1 of 60…", "Reading chapter 30 of 60…", "Reading chapter 60 of 60…"} {
		if !slices.Contains(texts, want) {
			t.Errorf("the window never said %q; it said %q", want, texts)
		}
	}
	if !slices.Contains(decks, "Making the flashcards of “A generated history in many chapters”…") {
		t.Errorf("Flashcards never said it was making the cards: %q", decks)
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

// chapterRow is the chapter list's row i as the list shows it.
func chapterRow(t *testing.T, u *UI, i int) *widget.Label {
	t.Helper()
	row := u.reader.newListItem()
	u.reader.updateListItem(i, row)
	label, _ := listRowParts(row.(*fyne.Container))
	return label
}

func TestTheReaderShowsTheTitleAndWholeChapterTitles(t *testing.T) {
	u, _ := startTestUI(t, "", Options{ArticlePath: "book.md", ArticleData: generatedBook(10)})
	shortcut(u, fyne.Key1)
	if got := u.reader.title.Text; got != "A generated history in many chapters" {
		t.Errorf("the reader's title says %q", got)
	}
	long := chapterRow(t, u, 4) // every fifth chapter has a long title
	if long.Wrapping != fyne.TextWrapWord || long.Truncation != fyne.TextTruncateOff {
		t.Error("a long chapter title is cut instead of wrapped")
	}
	if !strings.HasSuffix(long.Text, "for trade and travel") {
		t.Errorf("the row says %q, not the whole title", long.Text)
	}
	u.w.Resize(fyne.NewSize(1100, 720))
	row := u.reader.newListItem()
	u.reader.updateListItem(4, row)
	row.Resize(fyne.NewSize(u.reader.list.Size().Width, row.MinSize().Height))
	longH := row.MinSize().Height
	u.reader.updateListItem(0, row)
	row.Resize(fyne.NewSize(u.reader.list.Size().Width, row.MinSize().Height))
	if longH <= row.MinSize().Height {
		t.Errorf("the long title's row is %v high, no higher than a one-line row (%v)", longH, row.MinSize().Height)
	}
}

func TestABookOfThousandsOfChaptersCutsItsTitles(t *testing.T) {
	u, _ := startTestUI(t, "", Options{ArticlePath: "book.md", ArticleData: generatedBook(mostWrappedTitles + 10)})
	if l := chapterRow(t, u, 4); l.Truncation != fyne.TextTruncateEllipsis || l.Wrapping != fyne.TextWrapOff {
		t.Error("a book's chapter titles wrap, which would measure every row on each resize")
	}
}

func TestAnArticleThatCannotBeReadKeepsTheOpenOne(t *testing.T) {
	u, store := newTestUI(t, "")
	before := u.doc
	// a library row whose text is not an article (written by hand, or
	// damaged): opening it says so and the open article stays
	item, err := store.AddArticle("Empty", "empty.txt", false, []byte("   \n\n  "))
	if err != nil {
		t.Fatal(err)
	}
	var told int
	u.onArticle(func(*document) { told++ })
	u.background(func() { u.openItem(item) })
	u.Sync()
	if u.doc != before || u.reader.doc != before {
		t.Error("an article that cannot be read replaced the open one")
	}
	if told != 0 {
		t.Errorf("the screens were told %d times of an article that did not open", told)
	}
	if !strings.Contains(overlayText(u), "Could not read Empty") {
		t.Errorf("the message says %q", overlayText(u))
	}
}

// TestWorkAsideLetsSavesThrough: a book's cards are made beside the
// worker, so a tick saved meanwhile is not held up, and Sync still waits
// for the cards.
func TestWorkAsideLetsSavesThrough(t *testing.T) {
	u, _ := newTestUI(t, "")
	release := make(chan struct{})
	var order []string
	u.aside(func() { <-release }, func() { order = append(order, "cards") })
	saved := make(chan struct{})
	u.background(func() { order = append(order, "tick"); close(saved) })
	within(t, "a save while cards are made", func() { <-saved })
	synced := make(chan struct{})
	go func() { u.Sync(); close(synced) }()
	select {
	case <-synced:
		t.Fatal("Sync returned while the cards were still being made")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	within(t, "Sync after the cards", func() { <-synced })
	if strings.Join(order, " ") != "tick cards" {
		t.Errorf("order = %v, want the tick first", order)
	}
}
