package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// articlePage is a small page with an article in it, which links a
// picture on the server and a local file.
var articlePage = page("The Harbour Town", `<h2>Early years</h2>
<p>The town was founded by fishermen who came from the north in search of calm water.</p>
<img src="/secret.png"><img src="file:///etc/passwd"><iframe src="/frame"></iframe>`)

// site serves the test pages and counts what is asked of it.
type site struct {
	srv   *httptest.Server
	asked map[string]*atomic.Int32
}

func newSite(t *testing.T) *site {
	s := &site{asked: map[string]*atomic.Int32{}}
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(make([]byte, 8<<20)) // 8 MB of zeros in about 8 KB
	zw.Close()
	routes := map[string]http.HandlerFunc{
		"/article": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(articlePage)
		},
		"/text": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprint(w, "# Notes on the Harbour\n\n## Early years\n\nThe town was founded by fishermen who came from the north.\n")
		},
		"/hop1": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/hop2", http.StatusFound) },
		"/hop2": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/hop3", http.StatusMovedPermanently)
		},
		"/hop3": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/article", http.StatusSeeOther) },
		"/loop": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) },
		"/file": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		},
		"/gone":  http.NotFound,
		"/error": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "broken", http.StatusInternalServerError) },
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		},
		"/huge": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			chunk := bytes.Repeat([]byte("<p>words words words</p>\n"), 4096)
			for i := 0; i < 100 && r.Context().Err() == nil; i++ {
				w.Write(chunk)
			}
		},
		"/bomb": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		},
		"/pdf": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.4"))
		},
	}
	mux := http.NewServeMux()
	for path, h := range routes {
		s.asked[path] = &atomic.Int32{}
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			s.asked[path].Add(1)
			h(w, r)
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("the fetch asked for %s", r.URL.Path)
		http.NotFound(w, r)
	})
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func TestFetch(t *testing.T) {
	s := newSite(t)
	quick := Fetcher{ConnectTimeout: time.Second, Timeout: 300 * time.Millisecond, MaxBytes: 1 << 20}
	tests := []struct {
		name    string
		url     string
		fetcher Fetcher
		want    error  // nil: an article
		title   string // for an article
	}{
		{"a page", s.srv.URL + "/article", Fetcher{}, nil, "The Harbour Town"},
		{"plain text", s.srv.URL + "/text", Fetcher{}, nil, "Notes on the Harbour"},
		{"three redirects", s.srv.URL + "/hop1", Fetcher{}, nil, "The Harbour Town"},
		{"more redirects than allowed", s.srv.URL + "/hop1", Fetcher{MaxRedirects: 2}, ErrTooManyHops, ""},
		{"a redirect loop", s.srv.URL + "/loop", Fetcher{}, ErrTooManyHops, ""},
		{"a redirect to a file", s.srv.URL + "/file", Fetcher{}, ErrScheme, ""},
		{"not found", s.srv.URL + "/gone", Fetcher{}, ErrNotFound, ""},
		{"a server error", s.srv.URL + "/error", Fetcher{}, StatusError{500}, ""},
		{"a slow server", s.srv.URL + "/slow", quick, ErrTimeout, ""},
		{"a huge body", s.srv.URL + "/huge", quick, ErrPageTooLarge, ""},
		{"a gzip bomb", s.srv.URL + "/bomb", quick, ErrPageTooLarge, ""},
		{"not a web page", s.srv.URL + "/pdf", Fetcher{}, ErrNotWebPage, ""},
		{"a file address", "file:///etc/passwd", Fetcher{}, ErrScheme, ""},
		{"a data address", "data:text/html,<p>hi</p>", Fetcher{}, ErrScheme, ""},
		{"an ftp address", "ftp://example.org/a.html", Fetcher{}, ErrScheme, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := tt.fetcher.Fetch(context.Background(), tt.url)
			if tt.want != nil {
				if !errors.Is(err, tt.want) {
					t.Fatalf("error %v, want %v", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.URL != tt.url {
				t.Errorf("title %q from %q, want %q from %q", doc.Title, doc.URL, tt.title, tt.url)
			}
		})
	}
	if n := s.asked["/loop"].Load(); n != 6 {
		t.Errorf("the loop was asked %d times, want 6 (the page and 5 redirects)", n)
	}
}

// TestFetchReadsOnlyThePage: the pictures and frames a page links are
// never fetched or read, on the server or on disk.
func TestFetchReadsOnlyThePage(t *testing.T) {
	s := newSite(t) // any path but the routes fails the test
	doc, err := Fetcher{}.Fetch(context.Background(), s.srv.URL+"/article")
	if err != nil {
		t.Fatal(err)
	}
	if n := s.asked["/article"].Load(); n != 1 {
		t.Errorf("the page was asked %d times", n)
	}
	if strings.Contains(string(doc.Text), "root:") || strings.Contains(string(doc.Text), "passwd") {
		t.Errorf("a linked file came through:\n%s", doc.Text)
	}
}

func TestFetchCancel(t *testing.T) {
	s := newSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := Fetcher{}.Fetch(ctx, s.srv.URL+"/slow")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

func TestFetchNoNetwork(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL
	srv.Close() // nothing listens there now
	_, err := Fetcher{ConnectTimeout: time.Second}.Fetch(context.Background(), addr+"/article")
	if !errors.Is(err, ErrNoNetwork) {
		t.Errorf("error %v, want ErrNoNetwork", err)
	}
}

func TestIsWebAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"https://example.org/a": true, "http://x": true, "file:///etc/passwd": true,
		"notes.md": false, "/home/me/page.html": false, "C:\\page.html": false, "a b://c": false,
	} {
		if got := IsWebAddress(s); got != want {
			t.Errorf("IsWebAddress(%q) = %v", s, got)
		}
	}
}
