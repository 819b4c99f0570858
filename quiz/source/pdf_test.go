package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"

	"github.com/chapterwise/chapterwise/quiz"
)

func init() {
	// PDFium starts in a second in wazero's interpreter (its compiler takes
	// a minute under the race detector); CHAPTERWISE_PDF_COMPILER=1 measures
	// the compiler the app uses.
	pdfInterpreter = os.Getenv("CHAPTERWISE_PDF_COMPILER") == ""
}

const harbourText = "The town was founded by fishermen who came from the north in search of calm water for their boats, and the council built the first pier in the spring after a long debate about money."

// harbourPDF is a book of pages chapters, each with a section, set in
// sizes as a word processor sets them, with page numbers in the footer.
// With bookmarks, its headings are set in the body's size and bookmarked.
func harbourPDF(t testing.TB, chapters int, bookmarks bool) []byte {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetTitle("A History of the Harbour", true)
	p.SetAuthor("Ann Smith", true)
	p.SetFooterFunc(func() {
		p.SetY(-15)
		p.SetFont("Helvetica", "", 9)
		p.CellFormat(0, 10, fmt.Sprintf("%d", p.PageNo()), "", 0, "C", false, 0, "")
	})
	heading := func(size float64, text string, level int) {
		if bookmarks {
			p.SetFont("Helvetica", "B", 11)
			p.Bookmark(text, level, -1)
		} else {
			p.SetFont("Helvetica", "B", size)
		}
		p.MultiCell(0, size/2+2, text, "", "", false)
		p.Ln(2)
	}
	para := func(s string) {
		p.SetFont("Helvetica", "", 11)
		p.MultiCell(0, 5.5, s, "", "", false)
		p.Ln(4)
	}
	places := []string{"hills", "river", "marsh", "coast", "forest", "valley", "islands"}
	for c := 1; c <= chapters; c++ {
		place := places[c%len(places)]
		p.AddPage()
		heading(18, fmt.Sprintf("Chapter %d of the harbour", c), 0)
		para(harbourText)
		para("In the second year the boats came back with more fish than the market could sell, so the town began to dry and salt them.")
		heading(14, fmt.Sprintf("Storms of year %d", c), 1)
		para("Winter storms broke the pier twice; each time the fishermen rebuilt it with stone from the " + place + " behind the town.")
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestFromPDF(t *testing.T) {
	for _, tc := range []struct {
		name      string
		bookmarks bool
	}{{"headings by font size", false}, {"headings by bookmarks", true}} {
		t.Run(tc.name, func(t *testing.T) {
			var pages []int
			doc, err := FromPDF(context.Background(), harbourPDF(t, 3, tc.bookmarks), func(done, total int) { pages = append(pages, done, total) })
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(pages) != "[1 3 2 3 3 3]" {
				t.Errorf("progress %v", pages)
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
				got = append(got, fmt.Sprintf("%d %s (%d)", c.Level, c.Title, len(c.Blocks)))
			}
			want := "[0 Chapter 1 of the harbour (2) 1 Storms of year 1 (1) 0 Chapter 2 of the harbour (2) 1 Storms of year 2 (1) 0 Chapter 3 of the harbour (2) 1 Storms of year 3 (1)]"
			if fmt.Sprint(got) != want {
				t.Errorf("chapters\n%v\nwant\n%v\n%s", got, want, doc.Text)
			}
			if !strings.Contains(string(doc.Text), harbourText) {
				t.Errorf("a paragraph's lines were not joined:\n%s", doc.Text)
			}
		})
	}
}

func TestFromPDFRefuses(t *testing.T) {
	// a scan: a page that is a picture, with no text
	img := image.NewGray(image.Rect(0, 0, 200, 280))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	img.Set(10, 10, color.Black)
	var pic bytes.Buffer
	png.Encode(&pic, img)
	p := fpdf.New("P", "mm", "A4", "")
	p.AddPage()
	p.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "PNG"}, &pic)
	p.ImageOptions("scan", 10, 10, 190, 270, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	var scan bytes.Buffer
	if err := p.Output(&scan); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		data []byte
		want error
	}{
		{"a scan", context.Background(), scan.Bytes(), ErrNoTextLayer},
		{"not a PDF", context.Background(), []byte("%PDF-1.4 and then nothing"), ErrNotPDF},
		{"cancelled", cancelled, harbourPDF(t, 1, false), context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := FromPDF(tt.ctx, tt.data, nil); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}

// BenchmarkFromPDF300Pages reads a 300-page PDF (set
// CHAPTERWISE_PDF_COMPILER=1 for the compiled PDFium the app runs).
func BenchmarkFromPDF300Pages(b *testing.B) {
	data := harbourPDF(b, 300, false)
	if _, err := FromPDF(context.Background(), data, nil); err != nil { // PDFium started
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FromPDF(context.Background(), data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFromPDFDropsRunningLines: a running header set larger than the
// body and a "Page n of m" footer are dropped; chapter headings that
// differ only in their numbers are kept.
func TestFromPDFDropsRunningLines(t *testing.T) {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetHeaderFunc(func() {
		p.SetFont("Helvetica", "I", 14)
		p.CellFormat(0, 10, "The Harbour Review", "", 1, "C", false, 0, "")
	})
	p.SetFooterFunc(func() {
		p.SetY(-15)
		p.SetFont("Helvetica", "", 9)
		p.CellFormat(0, 10, fmt.Sprintf("Page %d of 5", p.PageNo()), "", 0, "C", false, 0, "")
	})
	for c := 1; c <= 5; c++ {
		p.AddPage()
		p.SetFont("Helvetica", "B", 18)
		p.Cell(0, 12, fmt.Sprintf("Part %d", c))
		p.Ln(16)
		p.SetFont("Helvetica", "", 11)
		p.MultiCell(0, 5.5, harbourText, "", "", false)
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	doc, err := FromPDF(context.Background(), buf.Bytes(), nil)
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc.Text)
	for _, bad := range []string{"Harbour Review", "Page 3 of 5"} {
		if strings.Contains(text, bad) {
			t.Errorf("%q came through:\n%s", bad, text)
		}
	}
	for c := 1; c <= 5; c++ {
		if !strings.Contains(text, fmt.Sprintf("## Part %d\n", c)) {
			t.Errorf("heading Part %d lost:\n%s", c, text)
		}
	}
}
