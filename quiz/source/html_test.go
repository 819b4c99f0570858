package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/chapterwise/chapterwise/quiz"
)

const webFixtures = "../../../shared/fixtures/web"

// webPages are the saved pages of ../shared/fixtures/web with page
// furniture each carries outside its article (menus, share bars,
// comments, sign-up boxes), which must not come through.
var webPages = []struct {
	name    string
	chrome  []string
	minChap int  // chapters the article must have at least
	byline  bool // the reader view's byline is the page's author
}{
	{"wikipedia", []string{"Jump to:", "Personal tools", "What links here", "Privacy policy"}, 20, true},
	{"aclu", []string{"Stay Informed", "Terms of Use"}, 1, true},
	{"nytimes-1", []string{"Log In", "Advertisement", "Newsletter"}, 1, true},
	{"nytimes-4", []string{"Log In", "Advertisement", "Share on Facebook"}, 1, true},
	{"wapo-1", []string{"Sign In", "Most Read", "Share on Facebook"}, 1, true},
	{"wapo-2", []string{"Sign In", "Most Read", "Share on Facebook"}, 1, true},
	{"bbc-1", []string{"More on this story", "Top Stories", "Terms of Use"}, 1, true},
	{"guardian-1", []string{"Share on Facebook", "Most popular", "Privacy policy"}, 1, true},
	{"medium-1", []string{"Share on Facebook", "Sign in", "Responses"}, 1, true},
	// the page's byline names Laurie Oakes; Readability.js took another
	// writer's name from a box of related stories
	{"herald-sun-1", []string{"Subscribe", "Log In", "Terms of Use"}, 1, false},
	{"salon-1", []string{"Most Read", "Share on Facebook", "Most popular"}, 1, true},
	{"blogger", []string{"Post a Comment", "Subscribe to:", "Blog Archive"}, 1, true},
	{"telegraph", []string{"Related Topics", "Follow Telegraph"}, 1, true},
	{"lemonde-1", []string{"Abonnez-vous", "Newsletter"}, 1, true},
}

// TestWebPages opens every saved real page: the title, the chapters and
// the first and last paragraph of the reader view Mozilla's Readability
// keeps, and none of the page's furniture.
func TestWebPages(t *testing.T) {
	if _, err := os.Stat(webFixtures); err != nil {
		t.Skipf("no saved web pages at %s: %v", webFixtures, err)
	}
	for _, page := range webPages {
		t.Run(page.name, func(t *testing.T) {
			dir := filepath.Join(webFixtures, page.name)
			src := readFixture(t, dir, "source.html")
			var meta struct {
				Title  string
				Byline *string
			}
			if err := json.Unmarshal(readFixture(t, dir, "expected-metadata.json"), &meta); err != nil {
				t.Fatal(err)
			}
			doc, err := FromHTML(src, "", nil)
			if err != nil {
				t.Fatalf("FromHTML: %v", err)
			}
			a, err := quiz.ParseArticle(doc.Text)
			if err != nil {
				t.Fatalf("ParseArticle: %v\n%s", err, doc.Text)
			}
			if a.Title != oneLine(meta.Title) {
				t.Errorf("title %q, want %q", a.Title, meta.Title)
			}
			if len(a.Chapters) < page.minChap {
				t.Errorf("%d chapters, want at least %d", len(a.Chapters), page.minChap)
			}
			exp := expectedContent(t, readFixture(t, dir, "expected.html"))
			if exp.first == "" {
				t.Fatal("test data: no paragraph in expected.html")
			}
			titles := map[string]bool{}
			for _, c := range a.Chapters {
				titles[norm(c.Title)] = true
			}
			for _, h := range exp.headings {
				if !titles[norm(h)] && norm(h) != norm(a.ReferencesHeading) && !isEndMatter(h) {
					t.Errorf("heading %q is not a chapter; chapters: %q", h, chapterTitles(a))
				}
			}
			for _, p := range []string{exp.first, exp.last} {
				if !inOneBlock(a, prefix(norm(p), 120)) {
					t.Errorf("paragraph %q is missing or broken up", prefix(p, 120))
				}
			}
			text := string(doc.Text)
			for _, c := range page.chrome {
				if !bytes.Contains(src, []byte(c)) {
					t.Fatalf("test data: %q is not on the page", c)
				}
				if strings.Contains(text, c) {
					t.Errorf("page furniture %q came through", c)
				}
			}
			if meta.Byline != nil && page.byline {
				want := strings.TrimPrefix(oneLine(*meta.Byline), "By ")
				if !strings.Contains(a.Byline, want) {
					t.Errorf("byline %q, want %q", a.Byline, want)
				}
			}
			for _, bad := range []string{"<script", "<img", "<iframe", "function(", "{display"} {
				if strings.Contains(text, bad) {
					t.Errorf("markup %q came through", bad)
				}
			}
		})
	}
}

func readFixture(t *testing.T, dir, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// expected is what a reader view keeps of a page: its headings and its
// first and last paragraph of running text.
type expected struct {
	headings    []string
	first, last string
}

func expectedContent(t *testing.T, data []byte) expected {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var e expected
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipped[n.DataAtom] || hidden(n) || isContents(n) {
				return
			}
			switch n.DataAtom {
			case atom.H2, atom.H3, atom.H4:
				h := strings.TrimSpace(strings.TrimSuffix(oneLine(textOf(n)), "[edit]"))
				if h != "" && !isContentsTitle(h) {
					e.headings = append(e.headings, h)
				}
				return
			case atom.P:
				p := oneLine(textOf(n))
				if len(strings.Fields(p)) >= 8 && !inside(n, atom.Li, atom.Blockquote, atom.Table) {
					if e.first == "" {
						e.first = p
					}
					e.last = p
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return e
}

func inside(n *html.Node, as ...atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		for _, a := range as {
			if p.DataAtom == a {
				return true
			}
		}
	}
	return false
}

var citation = regexp.MustCompile(`\[[^\]]{0,40}\]`)

// norm compares texts without citation marks, case or spacing.
func norm(s string) string {
	s = citation.ReplaceAllString(s, "")
	s = strings.NewReplacer("*", "", "_", "", "\u2060", "").Replace(s)
	return strings.ToLower(oneLine(s))
}

func prefix(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// inOneBlock reports whether one block or reference holds text.
func inOneBlock(a *quiz.Article, text string) bool {
	for _, c := range a.Chapters {
		for _, b := range c.Blocks {
			if strings.Contains(norm(b.Text), text) {
				return true
			}
		}
	}
	for _, r := range a.References {
		if strings.Contains(norm(r.Text), text) {
			return true
		}
	}
	return false
}

func articleText(a *quiz.Article) string {
	var b strings.Builder
	for _, c := range a.Chapters {
		for _, bl := range c.Blocks {
			b.WriteString(bl.Text + "\n")
		}
	}
	for _, r := range a.References {
		b.WriteString(r.Text + "\n")
	}
	return b.String()
}

func chapterTitles(a *quiz.Article) []string {
	var s []string
	for _, c := range a.Chapters {
		s = append(s, c.Title)
	}
	return s
}

// isEndMatter is a heading the article parser ends the text at.
func isEndMatter(h string) bool {
	switch strings.ToLower(h) {
	case "see also", "external links", "further reading":
		return true
	}
	return false
}

// page wraps body in a page with a menu and a footer around the article,
// and enough running text for a reader view to find it.
func page(title, body string) []byte {
	filler := strings.Repeat("<p>The committee met again in the spring and wrote a longer report on the harbour, the roads and the schools of the town.</p>\n", 4)
	return []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title>
<style>body{display:none}</style><script>var x = function(){ document.write("tracked") };</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/shop">Shop</a></li></ul></nav>
<article><h1>` + title + `</h1>` + filler + body + filler + `</article>
<footer><p>Copyright the publisher. All rights reserved. Follow us on social media.</p></footer></body></html>`)
}

func TestFromHTMLBlocks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want func(t *testing.T, a *quiz.Article, text string)
	}{
		{"headings are chapters and sections", `<h2>Early years</h2><p>The town was founded by fishermen who came from the north in search of calm water.</p><h3>The harbour</h3><p>The harbour was dug out by hand over a period of twenty long years.</p>`,
			func(t *testing.T, a *quiz.Article, _ string) {
				i := a.ChapterIndex("Early years")
				j := a.ChapterIndex("The harbour")
				if i < 0 || j < 0 || a.Chapters[j].Level != a.Chapters[i].Level+1 {
					t.Errorf("chapters %q", chapterTitles(a))
				}
			}},
		{"a table of data is a table", `<table><caption>Population</caption><tr><th>Year</th><th>People</th></tr><tr><td>1900</td><td>1,200</td></tr><tr><td>1950</td><td>3,400</td></tr></table>`,
			func(t *testing.T, a *quiz.Article, _ string) {
				rows := 0
				for _, c := range a.Chapters {
					for _, b := range c.Blocks {
						if b.Kind == quiz.TableRow {
							rows++
						}
					}
				}
				if rows != 3 {
					t.Errorf("%d table rows, want 3", rows)
				}
			}},
		{"a layout table is read as its paragraphs", `<table><tr><td><p>The mayor opened the new bridge across the river in a short ceremony.</p></td></tr></table>`,
			func(t *testing.T, a *quiz.Article, text string) {
				if !strings.Contains(articleText(a), "The mayor opened the new bridge") || strings.Contains(text, "\t") {
					t.Errorf("text:\n%s", text)
				}
			}},
		{"lists are items", `<ul><li>The first school opened in a barn.</li><li>The second school opened in the church hall.</li></ul>`,
			func(t *testing.T, a *quiz.Article, _ string) {
				items := 0
				for _, c := range a.Chapters {
					for _, b := range c.Blocks {
						if b.Kind == quiz.ListItem {
							items++
						}
					}
				}
				if items != 2 {
					t.Errorf("%d list items, want 2", items)
				}
			}},
		{"a quotation is a quotation", `<blockquote><p>“We built the harbour with our own hands, and our children will keep it open for the boats of the whole coast,” the mayor said.</p></blockquote>`,
			func(t *testing.T, a *quiz.Article, _ string) {
				for _, c := range a.Chapters {
					for _, b := range c.Blocks {
						if b.Kind == quiz.Quotation && strings.Contains(b.Text, "our own hands") {
							return
						}
					}
				}
				t.Error("no quotation")
			}},
		{"links, images, frames and scripts", `<p>Read the <a href="https://example.org/report">full report</a> here. <img src="file:///etc/passwd" alt="secret picture"><iframe src="https://ads.example/">ad frame</iframe><script>alert("run")</script></p>`,
			func(t *testing.T, a *quiz.Article, text string) {
				if !strings.Contains(text, "Read the full report here.") {
					t.Errorf("link text lost:\n%s", text)
				}
				for _, bad := range []string{"example.org", "secret picture", "ad frame", "alert", "tracked", "passwd", "display:none", "About us"} {
					if strings.Contains(text, bad) {
						t.Errorf("%q came through", bad)
					}
				}
			}},
		{"footnotes are the references", `<p>The bridge cost more than planned.<sup><a href="#fn1">1</a></sup></p><section role="doc-endnotes"><ol><li id="fn1">Town council, Annual accounts 1952, p. 14, https://example.org/accounts</li></ol></section>`,
			func(t *testing.T, a *quiz.Article, _ string) {
				if len(a.References) != 1 || a.References[0].URL != "https://example.org/accounts" {
					t.Errorf("references %+v", a.References)
				}
			}},
		{"a table of contents is dropped", `<div><h2>Contents</h2><ul><li><a href="#a">Early years</a></li><li><a href="#b">The harbour</a></li><li><a href="#c">Schools</a></li></ul></div><h2 id="a">Early years</h2><p>The town was founded by fishermen who came from the north in search of calm water.</p>`,
			func(t *testing.T, a *quiz.Article, _ string) {
				if a.ChapterIndex("Contents") >= 0 || strings.Contains(articleText(a), "Schools") {
					t.Errorf("contents kept: %q\n%s", chapterTitles(a), articleText(a))
				}
			}},
		{"markup-like paragraphs stay paragraphs", `<p># 1 on the list of ports, the town kept its place for a decade.</p><p>- and then, without warning, the fish were gone from the bay.</p>`,
			func(t *testing.T, a *quiz.Article, _ string) {
				if a.ChapterIndex("1 on the list of ports, the town kept its place for a decade.") >= 0 {
					t.Error("a paragraph became a heading")
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromHTML(page("A Town by the Sea", tt.body), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			a, err := quiz.ParseArticle(doc.Text)
			if err != nil {
				t.Fatalf("%v\n%s", err, doc.Text)
			}
			if a.Title != "A Town by the Sea" {
				t.Errorf("title %q", a.Title)
			}
			tt.want(t, a, string(doc.Text))
		})
	}
}

func TestFromHTMLEncodings(t *testing.T) {
	latin1 := append([]byte(`<html><head><meta charset="iso-8859-1"><title>Caf`), 0xe9)
	latin1 = append(latin1, []byte(`</title></head><body><p>`+strings.Repeat("Le caf", 1)+"\xe9 est ouvert tous les jours de la semaine, sauf le dimanche matin quand il pleut beaucoup et que les rues du port sont vides depuis la veille au soir.</p></body></html>")...)
	late := page("Résumé", "<p>"+strings.Repeat("x", 2000)+"</p><p>Le café est ouvert tous les jours de la semaine, sauf le dimanche matin quand il pleut.</p>")
	late = bytes.Replace(late, []byte(`<meta charset="utf-8">`), nil, 1)
	tests := []struct {
		name, contentType string
		data              []byte
		want              string
	}{
		{"declared in the page", "", latin1, "Le café est ouvert"},
		{"declared by the server", "text/html; charset=windows-1252", latin1, "Le café est ouvert"},
		{"UTF-8 after the first kilobyte", "", late, "Le café est ouvert"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromHTML(tt.data, tt.contentType, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(doc.Text), tt.want) {
				t.Errorf("text:\n%s", doc.Text)
			}
		})
	}
}

func TestFromHTMLRefuses(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotArticle},
		{"only a menu", []byte(`<html><body><nav><a href="/">Home</a></nav></body></html>`), ErrNotArticle},
		{"only scripts", []byte(`<html><body><script>` + strings.Repeat("var a = 1;", 500) + `</script></body></html>`), ErrNotArticle},
		{"too large", make([]byte, quiz.MaxArticleBytes+1), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := FromHTML(tt.data, "", nil); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}

// FuzzFromHTML: any bytes give an article that parses, or an error;
// never a panic, markup or a script.
func FuzzFromHTML(f *testing.F) {
	f.Add(page("Title", "<h2>One</h2><p>Text of the first chapter, long enough to count as running text.</p>"))
	f.Add([]byte("<table><tr><td>a<td>b<tr><td><table><tr><td>c</table></table>"))
	f.Add([]byte("<blockquote><ul><li><pre>x\ny</pre></ul></blockquote><h2>[edit]</h2>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := FromHTML(data, "", nil)
		if err != nil {
			return
		}
		if _, err := quiz.ParseArticle(doc.Text); err != nil && !errors.Is(err, quiz.ErrNoContent) {
			t.Fatalf("converted text does not parse: %v", err)
		}
		if bytes.Contains(doc.Text, []byte("<script")) && !bytes.Contains(data, []byte("&lt;script")) {
			t.Fatalf("a script came through:\n%s", doc.Text)
		}
	})
}
