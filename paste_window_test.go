package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// TestPasteUnderXvfb puts an article on the X clipboard with xclip,
// presses Ctrl+Shift+V and Enter in the real window, and finds the
// article stored with its chapters.
func TestPasteUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	if _, err := exec.LookPath("xclip"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("xclip is missing; make test installs it")
		}
		t.Skip("xclip is missing; run make test to install it")
	}
	x, a, db := startWindowTest(t, "paste.db")
	text := "Notes on the Harbour Town\n\nEarly years\n\nThe town was founded by fishermen who came from the north in search of calm water for their boats.\n\nSchools\n\nThe first school opened in a barn in 1860; the second opened in the church hall ten years later.\n"
	clip := x.command("xclip", "-selection", "clipboard", "-i")
	clip.Stdin = strings.NewReader(text)
	if err := clip.Run(); err != nil { // xclip stays behind to serve it until Xvfb ends
		t.Fatalf("xclip: %v", err)
	}
	a.keys(t, x, "ctrl+shift+v")
	time.Sleep(time.Second) // the text is read off the UI goroutine, then the dialog shows
	a.keys(t, x, "Return")
	waitTitles(t, a, db, []string{"Notes on the Harbour Town"})
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	items, err := s.Library()
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.Title != "Notes on the Harbour Town" {
			continue
		}
		content, err := s.ArticleContent(it.ID)
		if err != nil {
			t.Fatal(err)
		}
		art, err := quiz.ParseArticle(content)
		if err != nil {
			t.Fatal(err)
		}
		if art.ChapterIndex("Early years") < 0 || art.ChapterIndex("Schools") < 0 || it.Source != "Pasted text" {
			t.Errorf("chapters %+v, source %q", art.Chapters, it.Source)
		}
	}
	s.Close()
	if err := a.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, a.out.String())
	}
	checkFyneThreading(t, a.out.String())
}

// TestOpenWebAddressUnderXvfb: `chapterwise open URL` starts the window,
// which fetches the page and stores its article with the address as its
// source.
func TestOpenWebAddressUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	needX(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(webPage))
	}))
	defer srv.Close()
	x := startXvfb(t)
	db := filepath.Join(t.TempDir(), "web.db")
	a, _ := startApp(t, x, "open", "--db", db, srv.URL+"/harbour")
	waitTitles(t, a, db, []string{"The Harbour Town"})
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	items, err := s.Library()
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range items {
		found = found || it.Title == "The Harbour Town" && it.Source == srv.URL+"/harbour"
	}
	if !found {
		t.Errorf("library %+v", items)
	}
	if err := a.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, a.out.String())
	}
}
