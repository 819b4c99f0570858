package quiz

import (
	"fmt"
	"io"
	"strings"
)

// Report is what `chapterwise generate` prints: the article's chapters,
// facts, cards and a sample quiz, in the documented JSON shape.
type Report struct {
	Title      string          `json:"title"`
	Chapters   []ReportChapter `json:"chapters"`
	References int             `json:"references"`
	Facts      []ReportFact    `json:"facts"`
	Cards      []ReportCard    `json:"cards"`
	Questions  []ReportQ       `json:"questions"`
}

// ReportChapter is a chapter in a Report.
type ReportChapter struct {
	Title      string `json:"title"`
	Paragraphs int    `json:"paragraphs"`
	Level      int    `json:"level"` // 0 for a top-level chapter, 1 for a sub-section of one, …
}

// ReportFact is a fact in a Report.
type ReportFact struct {
	Kind        FactKind `json:"kind"`
	Text        string   `json:"text"`
	Value       string   `json:"value"`
	Chapter     string   `json:"chapter"`
	Sentence    string   `json:"sentence"`
	Year        *int     `json:"year"`
	YearEnd     *int     `json:"year_end"`
	Granularity *string  `json:"granularity"`
	Detail      string   `json:"detail,omitempty"`
	Key         string   `json:"key"`
	Block       int      `json:"block"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
}

// ReportCard is a flashcard in a Report.
type ReportCard struct {
	Key     string   `json:"key"`
	Front   string   `json:"front"`
	Back    string   `json:"back"`
	Chapter string   `json:"chapter"`
	Kind    CardKind `json:"kind"`
}

// ReportQ is a question in a Report. Answer is a string for single-answer
// types and a list for ordering and matching.
type ReportQ struct {
	Type        QuestionType `json:"type"`
	Prompt      string       `json:"prompt"`
	Options     []string     `json:"options"`
	Choices     []string     `json:"choices,omitempty"`
	Answer      any          `json:"answer"`
	Explanation string       `json:"explanation"`
	Chapter     string       `json:"chapter"`
}

// BuildReport gathers the engine's output for an article.
func BuildReport(a *Article, facts []Fact, cards []Card, qs []Question) Report {
	r := Report{Title: a.Title, References: len(a.References)}
	r.Chapters = make([]ReportChapter, 0, len(a.Chapters))
	for _, c := range a.Chapters {
		r.Chapters = append(r.Chapters, ReportChapter{Title: c.Title, Paragraphs: len(c.Blocks), Level: c.Level})
	}
	r.Facts = make([]ReportFact, 0, len(facts))
	for _, f := range facts {
		rf := ReportFact{Kind: f.Kind, Text: f.Text, Value: f.Value, Chapter: a.Chapters[f.Chapter].Title,
			Sentence: f.Sentence, Detail: f.Detail, Key: f.Key(), Block: f.Block, Start: f.Start, End: f.End}
		if f.Kind == DateFact {
			y, e, g := f.Date.Year, f.Date.YearEnd, string(f.Date.Granularity)
			rf.Year, rf.YearEnd, rf.Granularity = &y, &e, &g
		}
		r.Facts = append(r.Facts, rf)
	}
	r.Cards = make([]ReportCard, 0, len(cards))
	for _, c := range cards {
		r.Cards = append(r.Cards, ReportCard{c.Key, c.Front, c.Back, a.Chapters[c.Chapter].Title, c.Kind})
	}
	r.Questions = make([]ReportQ, 0, len(qs))
	for _, q := range qs {
		rq := ReportQ{Type: q.Type, Prompt: q.Prompt, Options: q.Options, Choices: q.Choices,
			Explanation: q.Explanation, Chapter: a.Chapters[q.Chapter].Title}
		if rq.Options == nil {
			rq.Options = []string{}
		}
		if q.Type == Ordering || q.Type == Matching {
			rq.Answer = q.Answer
		} else {
			rq.Answer = q.Answer[0]
		}
		r.Questions = append(r.Questions, rq)
	}
	return r
}

// WriteText prints the report for people.
func (r Report) WriteText(w io.Writer) error {
	p := &errWriter{w: w}
	p.printf("%s\n%s\n\n", r.Title, strings.Repeat("=", min(len(r.Title), 80)))
	p.printf("Chapters (%d), references: %d\n", len(r.Chapters), r.References)
	for i, c := range r.Chapters {
		p.printf("  %2d. %s (%d paragraphs)\n", i+1, c.Title, c.Paragraphs)
	}
	p.printf("\nFacts (%d)\n", len(r.Facts))
	for _, f := range r.Facts {
		extra := ""
		if f.Year != nil {
			extra = fmt.Sprintf(" [%d–%d, %s]", *f.Year, *f.YearEnd, *f.Granularity)
		}
		if f.Detail != "" {
			extra += " (" + f.Detail + ")"
		}
		p.printf("  %-12s %s%s — %s\n", f.Kind, f.Text, extra, f.Chapter)
	}
	p.printf("\nFlashcards (%d)\n", len(r.Cards))
	for _, c := range r.Cards {
		p.printf("  Q: %s\n  A: %s\n\n", indent(c.Front), indent(c.Back))
	}
	p.printf("Sample quiz (%d questions)\n", len(r.Questions))
	for i, q := range r.Questions {
		p.printf("\n%2d. [%s, %s] %s\n", i+1, q.Type, q.Chapter, indent(q.Prompt))
		for j, o := range q.Options {
			p.printf("      %c) %s\n", 'A'+j, o)
		}
		if len(q.Choices) > 0 {
			p.printf("      choices: %s\n", strings.Join(q.Choices, " / "))
		}
		p.printf("    Answer: %v\n", q.Answer)
	}
	return p.err
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n     ") }

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, a ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, a...)
	}
}
