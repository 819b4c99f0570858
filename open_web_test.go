package main

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chapterwise/chapterwise/quiz/source"
)

const webPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Harbour Town</title>
<script>document.write("tracked")</script></head><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
<article><h1>The Harbour Town</h1><h2>Early years</h2>
<p>The town was founded by fishermen who came from the north in search of calm water for their boats.</p>
<p>The harbour was dug out by hand over twenty years, and the first pier was finished in 1851 by the council.</p>
<h2>Schools</h2><p>The first school opened in a barn in 1860; the second opened in the church hall ten years later.</p>
</article></body></html>`

// TestReadArticleFromTheWeb: --article takes a saved page or a web
// address, as generate and the window read it.
func TestReadArticleFromTheWeb(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/harbour" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(webPage))
	}))
	defer srv.Close()
	dir := t.TempDir()
	saved := filepath.Join(dir, "harbour.html")
	if err := os.WriteFile(saved, []byte(webPage), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, path string }{
		{"a saved page", saved},
		{"a web address", srv.URL + "/harbour"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, text, err := readArticleFile(tc.path)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "The Harbour Town" || a.ChapterIndex("Early years") < 0 || a.ChapterIndex("Schools") < 0 {
				t.Errorf("title %q, %d chapters", a.Title, len(a.Chapters))
			}
			if strings.Contains(string(text), "tracked") || strings.Contains(string(text), "Shop") {
				t.Errorf("page furniture came through:\n%s", text)
			}
		})
	}
	t.Run("a page that is not there", func(t *testing.T) {
		_, _, err := readArticleFile(srv.URL + "/gone")
		if !errors.Is(err, source.ErrNotFound) || !strings.Contains(err.Error(), "not found") {
			t.Errorf("error %v", err)
		}
	})
	t.Run("a file address", func(t *testing.T) {
		_, _, err := readArticleFile("file://" + saved)
		if !errors.Is(err, source.ErrScheme) {
			t.Errorf("error %v", err)
		}
	})
}
