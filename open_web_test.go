package main

import (
	"archive/zip"
	"bytes"
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

// TestReadArticleFromEPUB: --article takes an EPUB book.
func TestReadArticleFromEPUB(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"META-INF/container.xml": `<container><rootfiles><rootfile full-path="book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
		"book.opf": `<package><metadata><title>The Harbour Book</title></metadata><manifest>
<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/><item id="b" href="b.xhtml" media-type="application/xhtml+xml"/>
<item id="nav" href="nav.xhtml" properties="nav" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="a"/><itemref idref="b"/></spine></package>`,
		"nav.xhtml": `<html><body><nav epub:type="toc"><ol><li><a href="a.xhtml">Early years</a></li><li><a href="b.xhtml">Schools</a></li></ol></nav></body></html>`,
		"a.xhtml":   `<html><body><p>The town was founded by fishermen who came from the north in search of calm water for their boats.</p></body></html>`,
		"b.xhtml":   `<html><body><p>The first school opened in a barn in 1860; the second opened in the church hall ten years later.</p></body></html>`,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	path := filepath.Join(t.TempDir(), "harbour.epub")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	a, _, err := readArticleFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "The Harbour Book" || len(a.Chapters) != 2 || a.Chapters[0].Title != "Early years" || a.Chapters[1].Title != "Schools" {
		t.Errorf("title %q, chapters %+v", a.Title, a.Chapters)
	}
}
