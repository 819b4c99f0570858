package assign

import (
	"fmt"
	"io"
	"strings"

	"github.com/go-pdf/fpdf"

	"github.com/chapterwise/chapterwise/quiz"
)

// Fonts are TrueType fonts for the PDF; with none, the PDF uses Helvetica
// and the Windows-1252 characters only (others print as "?").
type Fonts struct {
	Regular, Bold []byte
}

// WorksheetPDF writes a printable worksheet of the assignment, for
// classes without computers, followed on a new page by the answer key.
// It returns the number of pages.
func WorksheetPDF(w io.Writer, a Assignment, fonts *Fonts) (int, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(18, 16, 18)
	pdf.SetAutoPageBreak(true, 16)
	family := "Helvetica"
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	if fonts != nil && len(fonts.Regular) > 0 {
		family = "Body"
		pdf.AddUTF8FontFromBytes(family, "", fonts.Regular)
		bold := fonts.Bold
		if len(bold) == 0 {
			bold = fonts.Regular
		}
		pdf.AddUTF8FontFromBytes(family, "B", bold)
		tr = func(s string) string { return s }
	}
	page := a.Title
	pdf.SetFooterFunc(func() {
		pdf.SetY(-12)
		pdf.SetFont(family, "", 8)
		pdf.CellFormat(0, 5, tr(fmt.Sprintf("%s · page %d", page, pdf.PageNo())), "", 0, "C", false, 0, "")
	})
	text := func(size float64, style, s string, h float64) {
		pdf.SetFont(family, style, size)
		pdf.MultiCell(0, h, tr(s), "", "L", false)
	}

	pdf.AddPage()
	text(17, "B", a.Title, 8)
	text(10, "", "Article: "+a.Article.Title, 5)
	pdf.Ln(3)
	text(11, "", "Name: ______________________________    Date: ______________", 7)
	var facts []string
	if a.TimeLimitSec > 0 {
		facts = append(facts, fmt.Sprintf("Time: %d minutes", (a.TimeLimitSec+59)/60))
	}
	facts = append(facts, fmt.Sprintf("Questions: %d", len(a.Questions)), fmt.Sprintf("Pass mark: %.0f%%", a.PassMark))
	if a.Due != nil {
		facts = append(facts, "Due: "+a.Due.Local().Format("Mon 2 Jan 2006 15:04"))
	}
	text(10, "", strings.Join(facts, "   ·   "), 6)
	if a.Instructions != "" {
		pdf.Ln(2)
		text(10, "", a.Instructions, 5)
	}
	pdf.Ln(4)
	for i, q := range a.Questions {
		text(11, "B", fmt.Sprintf("%d. %s", i+1, q.Prompt), 5.5)
		pdf.SetX(pdf.GetX() + 5)
		switch q.Type {
		case quiz.MultipleChoice:
			for k, o := range q.Options {
				text(10.5, "", fmt.Sprintf("(   )  %c.  %s", 'A'+k, o), 6)
			}
		case quiz.TrueFalse:
			text(10.5, "", "(   )  True          (   )  False", 6)
		case quiz.FillIn:
			text(10.5, "", "Answer: ____________________________________________", 8)
		case quiz.Ordering:
			text(9.5, "", "Number the items from 1 (earliest) onwards:", 5)
			for _, o := range q.Options {
				text(10.5, "", "[      ]  "+o, 6)
			}
		case quiz.Matching:
			text(9.5, "", "Write the letter of the matching answer next to each item:", 5)
			for k, o := range q.Options {
				text(10.5, "", fmt.Sprintf("%d.  %s   ______", k+1, o), 6)
			}
			for k, c := range q.Choices {
				text(10, "", fmt.Sprintf("      %c.  %s", 'A'+k, c), 5.5)
			}
		}
		pdf.Ln(3)
	}

	page = a.Title + " · answer key"
	pdf.AddPage()
	text(15, "B", "Answer key: "+a.Title, 8)
	text(9.5, "", "For the teacher. Keep this page apart from the worksheets.", 5)
	pdf.Ln(3)
	for i, q := range a.Questions {
		text(10.5, "B", fmt.Sprintf("%d.", i+1), 5)
		text(10.5, "", keyText(q), 5.5)
		pdf.Ln(1.5)
	}
	if err := pdf.Error(); err != nil {
		return 0, fmt.Errorf("make the PDF: %w", err)
	}
	n := pdf.PageCount()
	if err := pdf.Output(w); err != nil {
		return 0, fmt.Errorf("write the PDF: %w", err)
	}
	return n, nil
}

// keyText is a question's answer as the key page prints it.
func keyText(q Question) string {
	if len(q.Answer) == 0 {
		return "(no key)"
	}
	switch q.Type {
	case quiz.MultipleChoice:
		for k, o := range q.Options {
			if o == q.Answer[0] {
				return fmt.Sprintf("%c. %s", 'A'+k, o)
			}
		}
	case quiz.Ordering:
		lines := make([]string, len(q.Answer))
		for k, x := range q.Answer {
			lines[k] = fmt.Sprintf("%d) %s", k+1, x)
		}
		return strings.Join(lines, "\n")
	case quiz.Matching:
		lines := make([]string, len(q.Answer))
		for k, x := range q.Answer {
			letter := '?'
			for c, ch := range q.Choices {
				if ch == x {
					letter = rune('A' + c)
				}
			}
			lines[k] = fmt.Sprintf("%d → %c (%s)", k+1, letter, x)
		}
		return strings.Join(lines, "\n")
	}
	return strings.Join(q.Answer, ", ")
}
