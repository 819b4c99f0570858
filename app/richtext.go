// How the reader sets text: headings, paragraphs with their key dates and
// policies marked, quotations, references with safe links, and the
// reading column.

package app

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// heading is a chapter title.
func heading(text string) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyleHeading})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// plainText shows text as it is: never parsed as Markdown, so an article
// cannot make the app load images or open links.
func plainText(text string, style widget.RichTextStyle) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: text, Style: style})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// blockWidget shows a paragraph, quotation or list item, with its key
// dates and policies in the accent colour: a light mark, so that reading
// comes first.
func blockWidget(b quiz.Block, marks []quiz.Span) fyne.CanvasObject {
	switch b.Kind {
	case quiz.Quotation:
		style := widget.RichTextStyleBlockquote
		style.TextStyle.Italic = true
		return plainText(b.Text, style)
	case quiz.ListItem:
		return markedText("•  ", b.Text, marks)
	}
	return markedText("", b.Text, marks)
}

func markedText(prefix, text string, marks []quiz.Span) *widget.RichText {
	if len(marks) == 0 {
		return plainText(prefix+text, widget.RichTextStyleParagraph)
	}
	plain := widget.RichTextStyleInline
	accent := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary}
	segs := []widget.RichTextSegment{}
	if prefix != "" {
		segs = append(segs, &widget.TextSegment{Text: prefix, Style: plain})
	}
	at := 0
	for _, m := range marks {
		if m.Start < at || m.End > len(text) {
			continue
		}
		// keep quotation marks with the term, so a line never breaks
		// between “ and the word
		for _, q := range []string{"“", "\"", "‘"} {
			if strings.HasSuffix(text[at:m.Start], q) {
				m.Start -= len(q)
			}
		}
		for _, q := range []string{"”", "\"", "’"} {
			if strings.HasPrefix(text[m.End:], q) {
				m.End += len(q)
			}
		}
		if m.Start > at {
			segs = append(segs, &widget.TextSegment{Text: text[at:m.Start], Style: plain})
		}
		segs = append(segs, &widget.TextSegment{Text: text[m.Start:m.End], Style: accent})
		at = m.End
	}
	segs = append(segs, &widget.TextSegment{Text: text[at:], Style: widget.RichTextStyleParagraph})
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// referenceWidget shows a reference with its https address as a link; other
// schemes stay plain text.
func referenceWidget(ref quiz.Reference) fyne.CanvasObject {
	if ref.URL == "" || !strings.HasPrefix(ref.URL, "https://") {
		return plainText(ref.Text, widget.RichTextStyleParagraph)
	}
	u, err := url.Parse(ref.URL)
	if err != nil {
		return plainText(ref.Text, widget.RichTextStyleParagraph)
	}
	before, after, _ := strings.Cut(ref.Text, ref.URL)
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: before, Style: widget.RichTextStyleInline},
		&widget.HyperlinkSegment{Text: ref.URL, URL: u},
	}
	if strings.TrimSpace(after) != "" {
		segs = append(segs, &widget.TextSegment{Text: after, Style: widget.RichTextStyleInline})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// columnLayout centres its one child in a column about 75 characters wide,
// a comfortable measure for reading.
type columnLayout struct{}

func (columnLayout) maxWidth() float32 {
	size := theme.TextSize()
	w := fyne.MeasureText("abcdefghijklmnopqrstuvwxyz ", size, fyne.TextStyle{}).Width / 27
	return 75*w + 4*theme.Padding()
}

func (l columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Min(size.Width, l.maxWidth())
	x := (size.Width - w) / 2
	for _, o := range objs {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, fyne.Max(size.Height, o.MinSize().Height)))
	}
}

func (l columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(2*theme.Padding(), 2*theme.Padding())
}

var _ fyne.Layout = columnLayout{}
