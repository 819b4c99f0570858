package quiz

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// gold is the hand-labelled answer for the built-in article.
type gold struct {
	Title           string   `json:"title"`
	Byline          string   `json:"byline"`
	Chapters        []string `json:"chapters"`
	ReferencesCount int      `json:"references_count"`
	RefsHeading     string   `json:"references_heading"`
	NotContent      []string `json:"not_content"`
	Dates           []struct {
		Text    string `json:"text"`
		Year    int    `json:"year"`
		Chapter string `json:"chapter"`
	} `json:"dates"`
	Policies []struct {
		Name    string `json:"name"`
		Chapter string `json:"chapter"`
	} `json:"policies"`
	People []string `json:"people"`
	Places []string `json:"places"`
}

// goldPath is the built-in article's gold file in ../shared beside the
// clone (not copied into the project).
const goldPath = "../../shared/article/mongolia-peace-mediator.gold.json"

// loadGold reads the built-in article's gold file, and skips the test
// where ../shared is absent.
func loadGold(t testing.TB) gold {
	t.Helper()
	b, err := os.ReadFile(goldPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no gold file at %s (it lives in ../shared beside the clone)", goldPath)
	}
	if err != nil {
		t.Fatalf("read gold file: %v", err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("decode gold file: %v", err)
	}
	return g
}

func builtinText(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("../assets/mongolia-peace-mediator.txt")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustParse(t testing.TB, b []byte) *Article {
	t.Helper()
	a, err := ParseArticle(b)
	if err != nil {
		t.Fatalf("ParseArticle: %v", err)
	}
	return a
}

func chapterTitles(a *Article) []string {
	var out []string
	for _, c := range a.Chapters {
		out = append(out, c.Title)
	}
	return out
}

func TestParseBuiltinArticleMatchesGold(t *testing.T) {
	g := loadGold(t)
	a := mustParse(t, builtinText(t))
	if a.Title != g.Title {
		t.Errorf("title = %q, want %q", a.Title, g.Title)
	}
	if a.Byline != g.Byline {
		t.Errorf("byline = %q, want %q", a.Byline, g.Byline)
	}
	if got := chapterTitles(a); strings.Join(got, "|") != strings.Join(g.Chapters, "|") {
		t.Errorf("chapters =\n%q\nwant\n%q", got, g.Chapters)
	}
	if len(a.References) != g.ReferencesCount {
		t.Errorf("references = %d, want %d", len(a.References), g.ReferencesCount)
	}
	if a.ReferencesHeading != g.RefsHeading {
		t.Errorf("references heading = %q, want %q", a.ReferencesHeading, g.RefsHeading)
	}
	if len(a.Notes) != 1 || !strings.Contains(a.Notes[0], "do not necessarily reflect") {
		t.Errorf("notes = %q, want the disclaimer", a.Notes)
	}
	quotes := 0
	for _, c := range a.Chapters {
		for _, b := range c.Blocks {
			for _, bad := range g.NotContent {
				if strings.EqualFold(strings.TrimSpace(b.Text), bad) {
					t.Errorf("chrome line %q kept in chapter %q", bad, c.Title)
				}
			}
			if b.Kind == Quotation {
				quotes++
				if c.Title != "Economic Incentives" {
					t.Errorf("quotation found in %q", c.Title)
				}
			}
		}
	}
	if quotes != 1 {
		t.Errorf("quotations = %d, want the one declaration passage", quotes)
	}
	for _, r := range a.References {
		for _, bad := range g.NotContent {
			if strings.EqualFold(r.Text, bad) {
				t.Errorf("chrome line %q taken as a reference", bad)
			}
		}
		if r.URL != "" && !strings.HasPrefix(r.URL, "http") {
			t.Errorf("reference URL %q", r.URL)
		}
	}
	https := 0
	for _, r := range a.References {
		if strings.HasPrefix(r.URL, "https://") {
			https++
		}
	}
	if https < 25 {
		t.Errorf("only %d references have an https link", https)
	}
}

func TestParseEncyclopediaPage(t *testing.T) {
	b, err := os.ReadFile("testdata/encyclopedia.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := mustParse(t, b)
	if a.Title != "Sunrise Accord" {
		t.Errorf("title = %q", a.Title)
	}
	want := []string{"Introduction", "Background", "Negotiations", "The Geneva round", "Legacy"}
	if got := chapterTitles(a); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("chapters = %q, want %q", got, want)
	}
	if len(a.References) != 7 {
		t.Errorf("references = %d, want 7: %q", len(a.References), a.References)
	}
	all := allText(a)
	for _, bad := range []string{"[1]", "[edit]", "[citation needed]", "Contents", "Jump to content", "From Wikipedia",
		"This article is about", "1 Background", "Official website", "List of river treaties", "Privacy policy", "last edited"} {
		if strings.Contains(all, bad) {
			t.Errorf("chrome %q left in the chapters", bad)
		}
	}
	if !strings.Contains(all, "signed in 1994 between Norland and Vesta. It ended") {
		t.Errorf("citation marks not removed cleanly from the lead: %q", a.Chapters[0].Blocks)
	}
	if a.References[2].URL != "https://doi.org/10.1000/jp.2001.3" {
		t.Errorf("reference URL = %q", a.References[2].URL)
	}
}

func TestParseMarkdown(t *testing.T) {
	b, err := os.ReadFile("testdata/markdown.md")
	if err != nil {
		t.Fatal(err)
	}
	a := mustParse(t, b)
	if a.Title != "The Long Road to the Alpine Convention" {
		t.Errorf("title = %q", a.Title)
	}
	if got := chapterTitles(a); strings.Join(got, "|") != "Origins|Signing" {
		t.Errorf("chapters = %q", got)
	}
	origins := a.Chapters[0].Blocks
	if len(origins) != 2 || origins[1].Kind != Quotation {
		t.Fatalf("origins blocks = %+v", origins)
	}
	if !strings.Contains(origins[0].Text, "was first raised in 1952") {
		t.Errorf("wrapped lines not joined: %q", origins[0].Text)
	}
	sign := a.Chapters[1].Blocks
	if len(sign) != 3 || sign[1].Kind != ListItem || sign[2].Kind != ListItem {
		t.Errorf("signing blocks = %+v", sign)
	}
	if len(a.References) != 2 || a.ReferencesHeading != "Sources" {
		t.Errorf("references = %q under %q", a.References, a.ReferencesHeading)
	}
}

func allText(a *Article) string {
	var sb strings.Builder
	for _, c := range a.Chapters {
		sb.WriteString(c.Title + "\n")
		for _, b := range c.Blocks {
			sb.WriteString(b.Text + "\n")
		}
	}
	return sb.String()
}

func TestParseRejectsBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"only spaces", []byte("  \n\n\t "), ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), ErrBinary},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), ErrBinary},
		{"invalid UTF-8", []byte("Title\n\nA paragraph \xff\xfe here."), ErrInvalidUTF8},
		{"too large", bytes.Repeat([]byte("a"), MaxArticleBytes+1), ErrTooLarge},
		{"only chrome", []byte("top of page\n\nComments\n\nbottom of page\n"), ErrNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseArticle(tt.in)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestReadArticleCapsSize(t *testing.T) {
	_, _, err := ReadArticle(bytes.NewReader(bytes.Repeat([]byte("word "), MaxArticleBytes/5+10)))
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

// FuzzParseArticle checks that parsing never panics and never invents
// text: the characters of every block appear in the input in the same
// order. The parser may drop citation and edit marks, Markdown markup,
// bullets and numbering, and may join lines and tidy any Unicode space,
// but it adds nothing, so spaces are left out of the comparison and
// everything else must be the input's own.
func FuzzParseArticle(f *testing.F) {
	f.Add(builtinText(f))
	for _, p := range []string{"testdata/encyclopedia.txt", "testdata/markdown.md"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("# T\n\n## A\n\ntext [1] more\n> q\n- item"))
	f.Add([]byte("Title\n\nHeading\n\n“A quoted passage that is quite long, long enough to count as a quotation…”"))
	f.Add([]byte("0 *0*\n# 0"))
	f.Add([]byte("# T\n\nA\u00a0**bold** and [a link](https://example.org) and `code`\u2028 end.[2][edit]"))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := ParseArticle(in)
		if err != nil {
			return
		}
		text, err := DecodeText(in) // a UTF-16 input is compared as the text it holds
		if err != nil {
			t.Fatalf("ParseArticle accepted what DecodeText refuses: %v", err)
		}
		for _, c := range a.Chapters {
			for _, b := range c.Blocks {
				if at, ok := inOrder(b.Text, string(text)); !ok {
					t.Fatalf("block %q is not text of the input: %q is not there after what came before", b.Text, at)
				}
			}
		}
	})
}

// inOrder reports whether the characters of p other than spaces appear in
// s in the same order; when they do not, it returns the rest of p from
// the first one missing.
func inOrder(p, s string) (string, bool) {
	for i, r := range p {
		if unicode.IsSpace(r) {
			continue
		}
		j := strings.IndexRune(s, r)
		if j < 0 {
			return p[i:], false
		}
		s = s[j+utf8.RuneLen(r):]
	}
	return "", true
}

func TestInOrder(t *testing.T) {
	for _, tc := range []struct {
		p, s string
		want bool
	}{
		{"0 0", "0 *0*", true},
		{"a b", "a\u00a0b", true},
		{"link text", "[link text](https://x.org)", true},
		{"ba", "ab", false},
		{"abc", "ab", false},
		{"é", "e\u0301", false},
	} {
		if _, got := inOrder(tc.p, tc.s); got != tc.want {
			t.Errorf("inOrder(%q, %q) = %v, want %v", tc.p, tc.s, got, tc.want)
		}
	}
}

// bigArticle repeats the built-in article's chapters under distinct
// headings until it reaches about size bytes.
func bigArticle(t testing.TB, size int) []byte {
	a := mustParse(t, builtinText(t))
	var sb strings.Builder
	sb.WriteString(a.Title + "\n\n")
	for i := 0; sb.Len() < size; i++ {
		for _, c := range a.Chapters {
			fmt.Fprintf(&sb, "%s, part %d\n\n", c.Title, i+1)
			for _, b := range c.Blocks {
				sb.WriteString(b.Text + "\n\n")
			}
		}
	}
	return []byte(sb.String())
}

func TestBigArticleParses(t *testing.T) {
	big := bigArticle(t, 1<<20)
	a := mustParse(t, big)
	if len(a.Chapters) < 400 {
		t.Errorf("1 MB article gave %d chapters", len(a.Chapters))
	}
}

func BenchmarkParseArticle(b *testing.B) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"builtin", builtinText(b)},
		{"1MB", bigArticle(b, 1<<20)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseArticle(tc.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestChapterTitleNumbering(t *testing.T) {
	for in, want := range map[string]string{
		"III. The One-Child Policy": "The One-Child Policy",
		"2. Background":             "Background",
		"2.1 The Geneva round":      "The Geneva round",
		"4) Findings":               "Findings",
		"10 Years of Talks":         "10 Years of Talks",
		"1989 and After":            "1989 and After",
		"Conclusion":                "Conclusion",
	} {
		if got := chapterTitle(in); got != want {
			t.Errorf("chapterTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownInlineMarkupIsPlainText(t *testing.T) {
	for in, want := range map[string]string{
		"The **Sunshine Policy** began in 1998.":           "The Sunshine Policy began in 1998.",
		"It was *not* popular, said __Kim__.":              "It was not popular, said Kim.",
		"See [the treaty](https://example.org/t) text.":    "See the treaty text.",
		"An image ![map of Asia](http://evil/x.png) here.": "An image map of Asia here.",
		"Use `code` words.":                                "Use code words.",
		"snake_case_name stays and 2*3*4 too.":             "snake_case_name stays and 2*3*4 too.",
	} {
		if got := mdInline(in); got != want {
			t.Errorf("mdInline(%q) = %q, want %q", in, got, want)
		}
	}
	a, err := ParseArticle([]byte("# T\n\n## The **Big** Plan\n\nThe **Marshall Plan** started in 1948.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Chapters[0].Title != "The Big Plan" || a.Chapters[0].Blocks[0].Text != "The Marshall Plan started in 1948." {
		t.Errorf("parsed %+v", a.Chapters[0])
	}
}

// detach copies the article's strings that are slices of the input, so
// that ParseArticle's result does not keep the input alive; the text stays
// the same.
func TestDetachCopiesSlicesOfTheInput(t *testing.T) {
	text := "Title\n\nIntro paragraph that needs no cleaning.\n"
	own := "a string of its own"
	b := &Article{Title: text[:5], Chapters: []Chapter{{Title: text[7:12], Blocks: []Block{{Text: text[14:30]}, {Text: own}}}}}
	detach(b, text)
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	for _, s := range []string{b.Title, b.Chapters[0].Title, b.Chapters[0].Blocks[0].Text} {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= lo && p < lo+uintptr(len(text)) {
			t.Errorf("%q still points into the input", s)
		}
	}
	if b.Title != "Title" || b.Chapters[0].Title != "Intro" || b.Chapters[0].Blocks[0].Text != text[14:30] {
		t.Errorf("detach changed the text: %q %q %q", b.Title, b.Chapters[0].Title, b.Chapters[0].Blocks[0].Text)
	}
	if unsafe.StringData(b.Chapters[0].Blocks[1].Text) != unsafe.StringData(own) {
		t.Error("a string that was not a slice of the input was copied")
	}
}

// ParseArticle reads its input without copying it, so the article must
// hold no string that points into it: the input overwritten afterwards
// leaves the article as it was (the built-in article, every corpus
// article, and line ends of both kinds).
func TestParseArticleKeepsNoInput(t *testing.T) {
	files := []string{"../assets/mongolia-peace-mediator.txt"}
	if more, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt")); len(more) > 0 {
		files = append(files, more...)
	} else {
		t.Log("no corpus in " + corpusDir + ": the built-in article only")
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range [][]byte{b, bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))} {
			data := bytes.Clone(in)
			a, err := ParseArticle(data)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			for i := range data {
				data[i] = 'x'
			}
			want, err := ParseArticle(bytes.Clone(in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a, want) {
				t.Errorf("%s: the article changed when its input was overwritten", filepath.Base(name))
			}
		}
	}
}
