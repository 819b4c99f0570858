package source

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/chapterwise/chapterwise/quiz"
)

// book is the files of an EPUB, by name.
type book map[string]string

// zipBook packs a book as an EPUB: the mimetype first, stored.
func zipBook(t testing.TB, files book) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("application/epub+zip"))
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

const containerXML = `<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`

func xhtml(title, body string) string {
	return `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>` +
		title + `</title><link rel="stylesheet" href="style.css"/></head><body>` + body + `</body></html>`
}

func para(topic string) string {
	return fmt.Sprintf("<p>The chapter on %s tells how the town grew along the river over many long years of work.</p>", topic)
}

// harbourBook is an EPUB 3 book: a cover and title page before the
// contents, three chapters (the second in two documents) and a section.
func harbourBook() book {
	return book{
		"META-INF/container.xml": containerXML,
		"OEBPS/content.opf": `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A History of the Harbour</dc:title>
<dc:creator>Ann Smith</dc:creator><dc:date>2019-05-01</dc:date></metadata>
<manifest>
<item id="c3" href="text/ch3.xhtml" media-type="application/xhtml+xml"/>
<item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>
<item id="c1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
<item id="c2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>
<item id="c2b" href="text/ch2%20more.xhtml" media-type="application/xhtml+xml"/>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="notes" href="text/notes.xhtml" media-type="application/xhtml+xml" />
</manifest>
<spine><itemref idref="cover"/><itemref idref="c1"/><itemref idref="c2"/><itemref idref="c2b"/><itemref idref="c3"/><itemref idref="notes" linear="no"/></spine>
</package>`,
		"OEBPS/nav.xhtml": xhtml("Contents", `<nav epub:type="toc"><h1>Contents</h1><ol>
<li><a href="text/ch1.xhtml">The First Pier</a></li>
<li><a href="text/ch2.xhtml#start">The Fishing Years</a><ol><li><a href="text/ch2%20more.xhtml">Boats and Nets</a></li></ol></li>
<li><a href="text/ch3.xhtml">Schools by the Water</a></li></ol></nav>
<nav epub:type="landmarks"><ol><li><a href="text/cover.xhtml">Cover</a></li></ol></nav>`),
		"OEBPS/text/cover.xhtml":    xhtml("Cover", `<img src="../images/cover.jpg"/><p>A History of the Harbour, by Ann Smith. Copyright the author, all rights reserved.</p>`),
		"OEBPS/text/ch1.xhtml":      xhtml("One", `<h1>Chapter 1. The First Pier</h1>`+para("the first pier")+`<script>alert(1)</script>`),
		"OEBPS/text/ch2.xhtml":      xhtml("Two", `<h1 id="start">The Fishing Years</h1>`+para("fishing")+`<h2>Winter storms</h2>`+para("storms")),
		"OEBPS/text/ch2 more.xhtml": xhtml("Two b", para("boats and nets")),
		"OEBPS/text/ch3.xhtml":      xhtml("Three", `<h1>Schools by the Water</h1>`+para("schools")+`<table><tr><th>Year</th><th>Pupils</th></tr><tr><td>1860</td><td>40</td></tr></table>`),
		"OEBPS/text/notes.xhtml":    xhtml("Notes", para("notes kept out of the reading order")),
	}
}

func TestFromEPUB(t *testing.T) {
	ncx := harbourBook()
	ncx["OEBPS/content.opf"] = strings.Replace(strings.Replace(ncx["OEBPS/content.opf"], ` properties="nav"`, "", 1),
		`<spine>`, `<spine toc="ncx">`, 1)
	ncx["OEBPS/content.opf"] = strings.Replace(ncx["OEBPS/content.opf"], `</manifest>`, `<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/></manifest>`, 1)
	ncx["OEBPS/toc.ncx"] = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE ncx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><docTitle><text>&xxe;</text></docTitle><navMap>
<navPoint id="p1"><navLabel><text>The First Pier</text></navLabel><content src="text/ch1.xhtml"/></navPoint>
<navPoint id="p2"><navLabel><text>The Fishing Years</text></navLabel><content src="text/ch2.xhtml#start"/>
  <navPoint id="p3"><navLabel><text>Boats and Nets</text></navLabel><content src="text/ch2%20more.xhtml"/></navPoint></navPoint>
<navPoint id="p4"><navLabel><text>Schools by the Water</text></navLabel><content src="text/ch3.xhtml"/></navPoint>
</navMap></ncx>`
	want := []struct {
		title string
		level int
	}{{"The First Pier", 0}, {"The Fishing Years", 0}, {"Winter storms", 1}, {"Boats and Nets", 1}, {"Schools by the Water", 0}}
	for name, files := range map[string]book{"EPUB 3 nav": harbourBook(), "EPUB 2 NCX": ncx} {
		t.Run(name, func(t *testing.T) {
			var steps []int
			doc, err := FromEPUB(zipBook(t, files), func(done, total int) {
				if total != 5 {
					t.Errorf("total %d, want the 5 documents of the spine", total)
				}
				steps = append(steps, done)
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(steps) != 5 || steps[4] != 5 {
				t.Errorf("progress %v", steps)
			}
			a, err := quiz.ParseArticle(doc.Text)
			if err != nil {
				t.Fatalf("%v\n%s", err, doc.Text)
			}
			if a.Title != "A History of the Harbour" || !strings.Contains(a.Byline, "Ann Smith") {
				t.Errorf("title %q, byline %q", a.Title, a.Byline)
			}
			var got []string
			for _, c := range a.Chapters {
				got = append(got, fmt.Sprintf("%d %s", c.Level, c.Title))
			}
			var exp []string
			for _, w := range want {
				exp = append(exp, fmt.Sprintf("%d %s", w.level, w.title))
			}
			if strings.Join(got, "|") != strings.Join(exp, "|") {
				t.Errorf("chapters\n%q\nwant\n%q\n%s", got, exp, doc.Text)
			}
			text := string(doc.Text)
			for _, bad := range []string{"alert", "Copyright", "cover.jpg", "notes kept out", "root:"} {
				if strings.Contains(text, bad) {
					t.Errorf("%q came through", bad)
				}
			}
			if !strings.Contains(text, "1860\t40") {
				t.Errorf("the table was lost:\n%s", text)
			}
		})
	}
}

func TestFromEPUBRefuses(t *testing.T) {
	entries, entryBytes := maxEPUBEntries, maxEPUBEntryBytes
	maxEPUBEntries, maxEPUBEntryBytes = 200, 64<<10 // the same checks on smaller files
	t.Cleanup(func() { maxEPUBEntries, maxEPUBEntryBytes = entries, entryBytes })
	bomb := harbourBook()
	bomb["OEBPS/text/ch3.xhtml"] = xhtml("Three", strings.Repeat(" ", maxEPUBEntryBytes+1))
	many := harbourBook()
	for i := 0; i <= maxEPUBEntries; i++ {
		many[fmt.Sprintf("junk/%d", i)] = ""
	}
	noSpine := harbourBook()
	noSpine["OEBPS/content.opf"] = `<package><metadata/><manifest/><spine/></package>`
	outside := harbourBook()
	outside["OEBPS/nav.xhtml"] = xhtml("Contents", `<nav epub:type="toc"><ol><li><a href="../../../../etc/passwd">Secrets</a></li></ol></nav>`)
	outside["OEBPS/content.opf"] = strings.Replace(outside["OEBPS/content.opf"], `href="text/ch1.xhtml"`, `href="../../../../etc/passwd"`, 1)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"not a zip", []byte("PK\x03\x04 but nothing else"), ErrNotEPUB},
		{"a zip without a book", zipBook(t, book{"a.txt": "hello"}), ErrNotEPUB},
		{"an entry that unpacks too large", zipBook(t, bomb), ErrEPUBTooBig},
		{"too many entries", zipBook(t, many), ErrEPUBTooBig},
		{"no spine", zipBook(t, noSpine), ErrNotEPUB},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := FromEPUB(tt.data, nil); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
	t.Run("paths outside the book are never read", func(t *testing.T) {
		doc, err := FromEPUB(zipBook(t, outside), nil)
		if err != nil {
			t.Fatal(err) // the other chapters still open
		}
		if strings.Contains(string(doc.Text), "root:") || strings.Contains(string(doc.Text), "Secrets") {
			t.Errorf("read outside the book:\n%s", doc.Text)
		}
	})
}

func TestConvertByName(t *testing.T) {
	epub := zipBook(t, harbourBook())
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"notes.txt", []byte("plain <b>text</b>"), "plain <b>text</b>"},
		{"Page.HTML", page("A Town", para("roads")), "# A Town"},
		{"book.epub", epub, "## The First Pier"},
		{"book.pdf", harbourPDF(t, 1, false), "## Chapter 1 of the harbour"},
	} {
		out, err := Convert(tc.name, tc.data)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !strings.Contains(string(out), tc.want) {
			t.Errorf("%s: %q lacks %q", tc.name, out, tc.want)
		}
	}
}

// FuzzFromEPUB: any bytes give a book that parses, or an error; never a
// panic.
func FuzzFromEPUB(f *testing.F) {
	f.Add(zipBook(f, harbourBook()))
	f.Add(zipBook(f, book{"META-INF/container.xml": containerXML, "OEBPS/content.opf": "<package><spine><itemref idref='x'/></spine></package>"}))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := FromEPUB(data, nil)
		if err != nil {
			return
		}
		if _, err := quiz.ParseArticle(doc.Text); err != nil && !errors.Is(err, quiz.ErrNoContent) {
			t.Fatalf("converted text does not parse: %v", err)
		}
	})
}
