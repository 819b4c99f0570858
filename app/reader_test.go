package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// newTestUI starts the UI on a real database in a temporary folder and
// waits until the article is on screen.
func newTestUI(t *testing.T, path string) (*UI, *data.Store) {
	return startTestUI(t, path, Options{})
}

// startTestUI is newTestUI with options (a clock, a random source).
func startTestUI(t *testing.T, path string, opts Options) (*UI, *data.Store) {
	t.Helper()
	a := test.NewTempApp(t)
	if path == "" {
		path = filepath.Join(t.TempDir(), "ui.db")
	}
	store, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	opts.Builtin = assets.Article
	opts.Manual = true
	u := New(a, store, opts)
	t.Cleanup(func() {
		u.Shutdown()
		store.Close()
	})
	u.Start()
	<-u.Ready()
	u.Sync()
	return u, store
}

// leafText is the text a widget shows, if it is one that shows text.
func leafText(o fyne.CanvasObject) (string, bool) {
	switch w := o.(type) {
	case *widget.RichText:
		return w.String(), true
	case *widget.Label:
		return w.Text, true
	case *widget.Button:
		return w.Text, true
	case *widget.Check:
		return w.Text, true
	case *canvas.Text:
		return w.Text, true
	}
	return "", false
}

// texts collects the visible text of a tree of containers.
func texts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if s, ok := leafText(o); ok {
			out = append(out, s)
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, x := range c.Objects {
				walk(x)
			}
		}
	}
	walk(o)
	return out
}

func pageText(u *UI) string { return strings.Join(texts(u.reader.page), "\n") }

func findButton(t *testing.T, o fyne.CanvasObject, prefix string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Button:
			if strings.HasPrefix(w.Text, prefix) && found == nil {
				found = w
			}
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no button %q on the page", prefix)
	}
	return found
}

func TestReaderOpensBuiltinArticleAtFirstChapter(t *testing.T) {
	u, _ := newTestUI(t, "")
	if !strings.HasPrefix(u.w.Title(), "The 21st Century Mongol Conquest") {
		t.Errorf("window title = %q", u.w.Title())
	}
	got := pageText(u)
	if !strings.HasPrefix(got, "Introduction\nBy NKR Intern Alex Vega\nWith each headline") {
		t.Errorf("first page = %.120q", got)
	}
	if u.reader.progress.Text != "0 of 10 chapters read" {
		t.Errorf("progress = %q", u.reader.progress.Text)
	}
	if n := u.reader.listLength(); n != 11 {
		t.Errorf("chapter list has %d rows, want 10 chapters and Works Cited", n)
	}
}

func TestSelectingAChapterShowsItsText(t *testing.T) {
	u, _ := newTestUI(t, "")
	u.reader.list.Select(4)
	got := pageText(u)
	if !strings.HasPrefix(got, "Economic Incentives\nThere have been several instances") {
		t.Errorf("page = %.100q", got)
	}
	if !strings.Contains(got, "“We reiterate the significance") {
		t.Error("the quotation is missing")
	}
	u.reader.list.Select(10)
	if got := pageText(u); !strings.HasPrefix(got, "Works Cited\n") || !strings.Contains(got, "https://doi.org/10.1525/as.2006.46.2.275") {
		t.Errorf("references page = %.200q", got)
	}
}

func TestNextAndPreviousMoveAndMarkRead(t *testing.T) {
	u, store := newTestUI(t, "")
	test.Tap(findButton(t, u.reader.page, shortTitle(u.reader.doc.art.Chapters[1].Title)))
	if u.reader.current != 1 {
		t.Fatalf("current = %d after Next", u.reader.current)
	}
	if !strings.HasPrefix(pageText(u), "Mongolia’s Geopolitical Vulnerability") {
		t.Errorf("page after Next = %.60q", pageText(u))
	}
	if u.reader.progress.Text != "1 of 10 chapters read" {
		t.Errorf("progress = %q", u.reader.progress.Text)
	}
	// The keyboard: Ctrl+1 shows the article, Right moves on and marks
	// read, Left goes back.
	shortcut(u, fyne.Key1)
	u.w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyRight})
	if u.reader.current != 2 || u.reader.progress.Text != "2 of 10 chapters read" {
		t.Errorf("after Right: chapter %d, %q", u.reader.current, u.reader.progress.Text)
	}
	u.w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyLeft})
	test.Tap(findButton(t, u.reader.page, "Previous"))
	if u.reader.current != 0 {
		t.Errorf("after Left and Previous: chapter %d", u.reader.current)
	}
	if u.reader.progress.Text != "2 of 10 chapters read" {
		t.Errorf("going back changed the ticks: %q", u.reader.progress.Text)
	}
	// The tick box clears a tick.
	u.reader.list.Select(1)
	test.Tap(u.reader.readCheck)
	if u.reader.progress.Text != "1 of 10 chapters read" {
		t.Errorf("after unticking: %q", u.reader.progress.Text)
	}
	u.Sync()
	prog, err := store.Progress(u.profile.ID, u.reader.doc.item.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !prog.Read[0] || prog.Read[1] || prog.ReadCount(10) != 1 {
		t.Errorf("database ticks = %v", prog.Read)
	}
	if prog.Current != 1 {
		t.Errorf("database current chapter = %d", prog.Current)
	}
}

func TestReopenReturnsToChapterAndTicks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "reopen.db")
	func() {
		u, store := newTestUI(t, path)
		u.reader.next()
		u.reader.next()
		u.reader.list.Select(6)
		u.Shutdown()
		store.Close()
	}()
	u, _ := newTestUI(t, path)
	if u.reader.current != 6 {
		t.Errorf("reopened at chapter %d, want 6", u.reader.current)
	}
	if u.reader.progress.Text != "2 of 10 chapters read" {
		t.Errorf("reopened progress = %q", u.reader.progress.Text)
	}
}

func TestOpeningABadFileKeepsTheArticle(t *testing.T) {
	u, store := newTestUI(t, "")
	before := u.reader.doc.item.ID
	u.background(func() { u.openData("/tmp/photo.jpg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00")) })
	u.Sync()
	if u.reader.doc.item.ID != before {
		t.Error("a bad file replaced the open article")
	}
	if u.w.Canvas().Overlays().Top() == nil {
		t.Error("no message was shown")
	}
	lib, _ := store.Library()
	if len(lib) != 1 {
		t.Errorf("library has %d articles after a bad file", len(lib))
	}
}

func TestOpeningAMarkdownArticle(t *testing.T) {
	u, store := newTestUI(t, "")
	md := "# Rivers of Europe\n\n## The Rhine\n\nThe Rhine flows north.\n\n## The Danube\n\nThe Danube flows east.\n"
	u.background(func() { u.openData("/tmp/rivers.md", []byte(md)) })
	u.Sync()
	if u.reader.doc.art.Title != "Rivers of Europe" || !strings.HasPrefix(pageText(u), "The Rhine\nThe Rhine flows north.") {
		t.Errorf("opened %q: %.60q", u.reader.doc.art.Title, pageText(u))
	}
	if !strings.HasPrefix(u.w.Title(), "Rivers of Europe") {
		t.Errorf("window title = %q", u.w.Title())
	}
	lib, _ := store.Library()
	if len(lib) != 2 {
		t.Errorf("library = %d articles", len(lib))
	}
}

func TestTextSizeChangesAndPersists(t *testing.T) {
	u, _ := newTestUI(t, "")
	base := u.prefs.textScale()
	u.changeTextScale(textScaleStep)
	u.changeTextScale(textScaleStep)
	if got := u.prefs.textScale(); got < base+0.19 {
		t.Errorf("scale = %v after two steps up from %v", got, base)
	}
	th, ok := u.a.Settings().Theme().(*studyTheme)
	if !ok || th.textScale != u.prefs.textScale() {
		t.Errorf("theme not updated: %#v", u.a.Settings().Theme())
	}
	for i := 0; i < 30; i++ {
		u.changeTextScale(-textScaleStep)
	}
	if got := u.prefs.textScale(); got != minTextScale {
		t.Errorf("scale = %v, want the minimum %v", got, minTextScale)
	}
}

func TestFindOpensTheParagraph(t *testing.T) {
	u, _ := newTestUI(t, "")
	u.showFind()
	var entry *widget.Entry
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok {
			entry = e
		}
	})
	if entry == nil {
		t.Fatal("no find field")
	}
	// a word from the last chapter's first paragraph
	last := len(u.reader.doc.art.Chapters) - 1
	word := strings.Fields(u.reader.doc.art.Chapters[last].Blocks[0].Text)[3]
	entry.SetText(word)
	if shown := strings.Join(textsAll(u.w.Canvas().Overlays().Top()), " "); !strings.Contains(shown, " place") {
		t.Fatalf("no count shown for %q", word)
	}
	matches := quiz.Find(u.reader.doc.art, word)
	entry.OnSubmitted(word)
	u.Sync()
	if u.current != sectionRead || u.reader.current != matches[0].Chapter || u.w.Canvas().Overlays().Top() != nil {
		t.Errorf("Enter did not open chapter %d: at %d", matches[0].Chapter, u.reader.current)
	}
}

func TestMarkedTextKeepsTheWordsAndMarksTheTerms(t *testing.T) {
	text := `Talks began in 1998 under the "Sunshine Policy" of Seoul.`
	i, j := strings.Index(text, "1998"), strings.Index(text, "Sunshine Policy")
	rt := markedText("", text, []quiz.Span{{Start: i, End: i + 4}, {Start: j, End: j + len("Sunshine Policy")}})
	if rt.String() != text {
		t.Fatalf("text changed: %q", rt.String())
	}
	var marked []string
	for _, s := range rt.Segments {
		if ts, ok := s.(*widget.TextSegment); ok && ts.Style.ColorName == theme.ColorNamePrimary {
			marked = append(marked, ts.Text)
		}
	}
	if strings.Join(marked, "|") != `1998|"Sunshine Policy"` {
		t.Errorf("marked = %q (quotes go with the term)", marked)
	}
}
