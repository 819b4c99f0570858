package app

import (
	"archive/zip"
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/chapterwise/chapterwise/quiz"
)

const harbourPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Harbour Town</title>
<script>document.write("tracked")</script></head><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
<article><h1>The Harbour Town</h1><h2>Early years</h2>
<p>The town was founded by fishermen who came from the north in search of calm water for their boats.</p>
<img src="/picture.png"><p>The harbour was dug out by hand over twenty years, and the first pier was finished in 1851 by the council.</p>
<h2>Schools</h2><p>The first school opened in a barn in 1860; the second opened in the church hall ten years later.</p>
</article></body></html>`

// harbourSite serves the page at /harbour, waits at /slow until the
// request is dropped, and counts every request.
func harbourSite(t *testing.T) (*httptest.Server, *atomic.Int32) {
	var asked atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		switch r.URL.Path {
		case "/harbour":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(harbourPage))
		case "/slow":
			select {
			case <-r.Context().Done():
			case <-time.After(20 * time.Second):
			}
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &asked
}

// TestOpenWebPageByKeys: Ctrl+Shift+O, an address and Enter fetch the
// page (only the page) and open its article with the address as source.
func TestOpenWebPageByKeys(t *testing.T) {
	srv, asked := harbourSite(t)
	u, store := newTestUI(t, "")
	pressShortcut(u, fyne.KeyO, fyne.KeyModifierShift)
	entry := overlayEntry(t, u)
	for _, r := range srv.URL + "/harbour" {
		entry.TypedRune(r)
	}
	// Enter submits (OnSubmitted), called directly: the entry goes on
	// refreshing itself after it returns while the test driver applies the
	// opening's results on another goroutine
	entry.OnSubmitted(entry.Text)
	it := waitLibrary(t, u, store, "The Harbour Town")
	if it.Source != srv.URL+"/harbour" {
		t.Errorf("source %q, want the address", it.Source)
	}
	if n := asked.Load(); n != 1 {
		t.Errorf("%d requests, want 1 (the page, not its picture)", n)
	}
	u.Sync()
	if !strings.HasPrefix(u.w.Title(), "The Harbour Town") {
		t.Errorf("window title %q", u.w.Title())
	}
}

// TestOpenWebPageFails: a page that is not there says so, and nothing
// is stored.
func TestOpenWebPageFails(t *testing.T) {
	srv, _ := harbourSite(t)
	u, store := newTestUI(t, "")
	before, _ := store.Library()
	u.openWebPage(srv.URL + "/gone")
	deadline := time.Now().Add(10 * time.Second)
	for {
		u.Sync()
		got := strings.Join(textsAll(u.w.Canvas().Overlays().Top()), " ")
		if strings.Contains(got, "not found (404)") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no message that the page was not found: %q", got)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if after, _ := store.Library(); len(after) != len(before) {
		t.Errorf("%d articles stored, was %d", len(after), len(before))
	}
}

// TestOpenWebPageCancel: Cancel on the progress dialog stops the fetch
// and stores nothing.
func TestOpenWebPageCancel(t *testing.T) {
	srv, asked := harbourSite(t)
	u, store := newTestUI(t, "")
	before, _ := store.Library()
	u.openWebPage(srv.URL + "/slow")
	for asked.Load() == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	findButtonAll(t, u.w.Canvas().Overlays().Top(), "Cancel").OnTapped()
	time.Sleep(50 * time.Millisecond)
	u.Sync()
	if top := u.w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog is still open: %q", textsAll(top))
	}
	if after, _ := store.Library(); len(after) != len(before) {
		t.Errorf("%d articles stored, was %d", len(after), len(before))
	}
}

// TestOpenFilesWebAndSaved: files named on the command line may be web
// addresses or saved pages.
func TestOpenFilesWebAndSaved(t *testing.T) {
	srv, _ := harbourSite(t)
	u, store := newTestUI(t, "")
	saved := filepath.Join(t.TempDir(), "schools.html")
	page := strings.ReplaceAll(harbourPage, "The Harbour Town", "The Town Schools")
	if err := os.WriteFile(saved, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	// the worker waits while OpenFiles runs here, as the UI goroutine
	// would run it: the test driver applies the worker's results on the
	// worker, which would touch the reader's bar meanwhile
	held(u, func() { u.OpenFiles([]string{srv.URL + "/harbour", saved}) })
	waitLibrary(t, u, store, "The Harbour Town")
	it := waitLibrary(t, u, store, "The Town Schools")
	content, err := store.ArticleContent(it.ID)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(content), "tracked") || strings.Contains(string(content), "<p>") {
		t.Errorf("stored text holds markup or scripts:\n%s", content)
	}
}

// sixtyChapterBook is an EPUB of 60 chapters, one document each.
func sixtyChapterBook(t *testing.T) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files := map[string]string{
		"META-INF/container.xml": `<container><rootfiles><rootfile full-path="book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
	}
	var manifest, spine, nav strings.Builder
	for i := 1; i <= 60; i++ {
		name := fmt.Sprintf("c%d.xhtml", i)
		fmt.Fprintf(&manifest, `<item id="c%d" href="%s" media-type="application/xhtml+xml"/>`, i, name)
		fmt.Fprintf(&spine, `<itemref idref="c%d"/>`, i)
		fmt.Fprintf(&nav, `<li><a href="%s">Voyage number %d</a></li>`, name, i)
		files[name] = fmt.Sprintf(`<html><body><h1>Voyage number %d</h1><p>On voyage %d the boats sailed north along the coast for nine days and came back with a full catch.</p></body></html>`, i, i)
	}
	files["book.opf"] = `<package><metadata><title>Sixty Voyages</title></metadata><manifest>` + manifest.String() +
		`<item id="nav" href="nav.xhtml" properties="nav" media-type="application/xhtml+xml"/></manifest><spine>` + spine.String() + `</spine></package>`
	files["nav.xhtml"] = `<html><body><nav epub:type="toc"><ol>` + nav.String() + `</ol></nav></body></html>`
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestOpenEPUB: a book of 60 chapters opens with its chapters, its
// progress shown on the reader's bar as it is read.
func TestOpenEPUB(t *testing.T) {
	u, store := newTestUI(t, "")
	path := filepath.Join(t.TempDir(), "voyages.epub")
	if err := os.WriteFile(path, sixtyChapterBook(t), 0o644); err != nil {
		t.Fatal(err)
	}
	u.OpenFiles([]string{path})
	it := waitLibrary(t, u, store, "Sixty Voyages")
	content, err := store.ArticleContent(it.ID)
	if err != nil {
		t.Fatal(err)
	}
	a, err := quiz.ParseArticle(content)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Chapters) != 60 || a.Chapters[59].Title != "Voyage number 60" {
		t.Errorf("%d chapters", len(a.Chapters))
	}
}

func TestConvertFileShowsProgress(t *testing.T) {
	u, _ := newTestUI(t, "")
	if _, err := u.convertFile("voyages.epub", sixtyChapterBook(t)); err != nil {
		t.Fatal(err)
	}
	u.Sync()
	if got := u.reader.progress.Text; got != "Reading part 60 of 60 of voyages.epub…" || u.reader.bar.Value != 1 {
		t.Errorf("progress %q at %v", got, u.reader.bar.Value)
	}
}

// TestLibraryFetchesAgain: the Library offers to fetch the open web
// article's page again, and does.
func TestLibraryFetchesAgain(t *testing.T) {
	srv, asked := harbourSite(t)
	u, store := newTestUI(t, "")
	u.openWebPage(srv.URL + "/harbour")
	waitLibrary(t, u, store, "The Harbour Town")
	u.Sync()
	u.library.show()
	u.Sync()
	findButtonAll(t, u.w.Canvas().Overlays().Top(), "Fetch “The Harbour Town” again").OnTapped()
	deadline := time.Now().Add(10 * time.Second)
	for asked.Load() < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("the page was fetched %d times", asked.Load())
		}
		time.Sleep(10 * time.Millisecond)
	}
	u.Sync()
}
