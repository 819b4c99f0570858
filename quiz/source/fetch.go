package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

// Errors for a web address that gives no article; each says what
// happened in words a user can read.
var (
	ErrScheme       = errors.New("only web addresses that start with http:// or https:// can be opened")
	ErrNoNetwork    = errors.New("the site could not be reached (check the address and the internet connection)")
	ErrTimeout      = errors.New("the site took too long to answer")
	ErrNotFound     = errors.New("the page was not found (404)")
	ErrNotWebPage   = errors.New("the address does not give a web page")
	ErrTooManyHops  = errors.New("the address redirects too many times")
	ErrPageTooLarge = fmt.Errorf("the page is larger than %d MB", quiz.MaxArticleBytes>>20)
)

// StatusError is a page the server answered with an error status.
type StatusError struct{ Code int }

func (e StatusError) Error() string {
	return fmt.Sprintf("the site answered %d %s", e.Code, http.StatusText(e.Code))
}

// Fetcher fetches web pages. Its zero value uses the defaults.
type Fetcher struct {
	ConnectTimeout time.Duration // to connect and finish TLS; default 10 s
	Timeout        time.Duration // for the whole fetch; default 30 s
	MaxBytes       int64         // of the body, decompressed; default quiz.MaxArticleBytes
	MaxRedirects   int           // default 5
}

// IsWebAddress reports whether s is meant as a web address rather than
// a file name: it starts with a scheme and "//".
func IsWebAddress(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	for _, r := range s[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// CheckAddress parses a web address and refuses any scheme but http and
// https.
func CheckAddress(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%q is not a web address: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, ErrScheme
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%q names no site", raw)
	}
	return u, nil
}

func (f Fetcher) withDefaults() Fetcher {
	if f.ConnectTimeout <= 0 {
		f.ConnectTimeout = 10 * time.Second
	}
	if f.Timeout <= 0 {
		f.Timeout = 30 * time.Second
	}
	if f.MaxBytes <= 0 {
		f.MaxBytes = quiz.MaxArticleBytes
	}
	if f.MaxRedirects <= 0 {
		f.MaxRedirects = 5
	}
	return f
}

func (f Fetcher) client() *http.Client {
	dialer := &net.Dialer{Timeout: f.ConnectTimeout}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   f.ConnectTimeout,
		ResponseHeaderTimeout: f.Timeout,
		MaxIdleConns:          1,
		IdleConnTimeout:       time.Second,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   f.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > f.MaxRedirects {
				return ErrTooManyHops
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return ErrScheme
			}
			return nil
		},
	}
}

// Fetch gets the page at rawURL and converts it. Only the page itself is
// read: nothing it links (pictures, scripts, frames) is ever fetched.
// Cancelling ctx stops it.
func (f Fetcher) Fetch(ctx context.Context, rawURL string) (*Document, error) {
	f = f.withDefaults()
	u, err := CheckAddress(rawURL)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%q is not a web address: %w", rawURL, err)
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8")
	req.Header.Set("User-Agent", "Chapterwise (article reader)")
	client := f.client()
	defer client.CloseIdleConnections()
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(ctx, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return nil, ErrNotFound
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, StatusError{resp.StatusCode}
	}
	ctype := resp.Header.Get("Content-Type")
	media, _, _ := mime.ParseMediaType(ctype)
	switch media {
	case "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "":
	default:
		return nil, fmt.Errorf("%w (it is %s)", ErrNotWebPage, media)
	}
	if resp.ContentLength > f.MaxBytes {
		return nil, ErrPageTooLarge
	}
	// the limit applies to the body as decompressed
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxBytes+1))
	if err != nil {
		return nil, fetchError(ctx, err)
	}
	if int64(len(body)) > f.MaxBytes {
		return nil, ErrPageTooLarge
	}
	final := resp.Request.URL
	var doc *Document
	if media == "text/plain" || media == "text/markdown" {
		doc, err = fromText(body)
	} else {
		doc, err = FromHTML(body, ctype, final)
	}
	if err != nil {
		return nil, err
	}
	doc.URL = u.String()
	return doc, nil
}

// fromText is a page served as plain text or Markdown: it is read as it
// is.
func fromText(body []byte) (*Document, error) {
	a, err := quiz.ParseArticle(body)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotArticle, err)
	}
	text, _ := quiz.DecodeText(body)
	return &Document{Text: text, Title: a.Title}, nil
}

// fetchError says in plain words why a fetch failed.
func fetchError(ctx context.Context, err error) error {
	var ne net.Error
	var dns *net.DNSError
	var op *net.OpError
	switch {
	case errors.Is(err, context.Canceled) || ctx.Err() == context.Canceled:
		return context.Canceled
	case errors.Is(err, ErrTooManyHops):
		return ErrTooManyHops
	case errors.Is(err, ErrScheme):
		return ErrScheme
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	case errors.As(err, &dns), errors.As(err, &op):
		return fmt.Errorf("%w: %w", ErrNoNetwork, err)
	}
	return fmt.Errorf("%w: %w", ErrNoNetwork, err)
}
