package source

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chapterwise/chapterwise/quiz"
)

// bigPage is a page of about size bytes: chapters of paragraphs, lists
// and tables, inside a menu, share bars and comments.
func bigPage(size int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>A Long History of the Harbour</title><script>var a=1;</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav><article><h1>A Long History of the Harbour</h1>`)
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `<h2>Part %d of the history</h2><div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>`, i+1)
		for j := 0; j < 6; j++ {
			fmt.Fprintf(&b, `<p>In the year %d the council of the town met in the old hall by the water and agreed, after a long debate about money and <a href="/x">the roads</a>, to build pier number %d for the fishing boats of the coast.</p>`, 1800+i, j)
		}
		fmt.Fprintf(&b, `<ul><li>The first school opened in %d.</li><li>The second school opened ten years later.</li></ul>`, 1850+i)
		fmt.Fprintf(&b, `<table><tr><th>Year</th><th>Boats</th></tr><tr><td>%d</td><td>%d</td></tr></table>`, 1900+i, 10+i)
	}
	b.WriteString(`</article><section id="comments"><p>Great article! Thanks for writing.</p></section></body></html>`)
	return []byte(b.String())
}

// BenchmarkFromHTML1MB converts a 1 MB page, then parses the text as an
// article, as opening a saved page does.
func BenchmarkFromHTML1MB(b *testing.B) {
	benchPage(b, bigPage(1<<20))
}

// BenchmarkFromHTMLGuardian converts the largest saved real page of
// ../shared/fixtures/web (1.1 MB).
func BenchmarkFromHTMLGuardian(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(webFixtures, "guardian-1", "source.html"))
	if err != nil {
		b.Skipf("no saved page: %v", err)
	}
	benchPage(b, data)
}

func benchPage(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := FromHTML(data, "", nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := quiz.ParseArticle(doc.Text); err != nil {
			b.Fatal(err)
		}
	}
}
