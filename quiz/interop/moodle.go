package interop

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/chapterwise/chapterwise/quiz"
)

// Moodle XML as Moodle's question bank exports and imports it
// (docs.moodle.org "Moodle XML format"): a <quiz> of <question>s, a
// category question before each chapter's questions, texts as HTML.

type mxQuiz struct {
	XMLName   xml.Name     `xml:"quiz"`
	Questions []mxQuestion `xml:"question"`
}

type mxText struct {
	Format string `xml:"format,attr,omitempty"`
	Text   string `xml:"text"`
}

type mxAnswer struct {
	Fraction string  `xml:"fraction,attr"`
	Format   string  `xml:"format,attr,omitempty"`
	Text     string  `xml:"text"`
	Feedback *mxText `xml:"feedback,omitempty"`
}

type mxSub struct {
	Format string `xml:"format,attr,omitempty"`
	Text   string `xml:"text"`
	Answer struct {
		Text string `xml:"text"`
	} `xml:"answer"`
}

type mxQuestion struct {
	Type            string     `xml:"type,attr"`
	Category        *mxText    `xml:"category,omitempty"`
	Name            *mxText    `xml:"name,omitempty"`
	QuestionText    *mxText    `xml:"questiontext,omitempty"`
	GeneralFeedback *mxText    `xml:"generalfeedback,omitempty"`
	DefaultGrade    string     `xml:"defaultgrade,omitempty"`
	Penalty         string     `xml:"penalty,omitempty"`
	Hidden          string     `xml:"hidden,omitempty"`
	Single          string     `xml:"single,omitempty"`
	Shuffle         string     `xml:"shuffleanswers,omitempty"`
	Numbering       string     `xml:"answernumbering,omitempty"`
	UseCase         string     `xml:"usecase,omitempty"`
	LayoutType      string     `xml:"layouttype,omitempty"`
	SelectType      string     `xml:"selecttype,omitempty"`
	SelectCount     string     `xml:"selectcount,omitempty"`
	GradingType     string     `xml:"gradingtype,omitempty"`
	ShowGrading     string     `xml:"showgrading,omitempty"`
	NumberingStyle  string     `xml:"numberingstyle,omitempty"`
	Answers         []mxAnswer `xml:"answer"`
	Subquestions    []mxSub    `xml:"subquestion"`
}

func htmlText(s string) *mxText { return &mxText{Format: "html", Text: textToHTML(s)} }

// WriteMoodleXML writes the questions as Moodle XML: multichoice (one
// right answer), truefalse, shortanswer (the accepted short forms as
// further answers worth full marks), matching, and ordering (the
// qtype_ordering plugin, part of Moodle since 4.4: answers in the right
// order, each fraction its position), the explanation as general
// feedback and a category per chapter.
func WriteMoodleXML(w io.Writer, b QuestionBank) error {
	doc := mxQuiz{}
	cat := ""
	for i, q := range b.Questions {
		if c := moodleCategory(b.category(q)); c != cat {
			cat = c
			doc.Questions = append(doc.Questions, mxQuestion{Type: "category", Category: &mxText{Text: c}})
		}
		mq, err := moodleQuestion(i, q)
		if err != nil {
			return err
		}
		doc.Questions = append(doc.Questions, mq)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write Moodle XML: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func moodleCategory(path []string) string {
	parts := make([]string, len(path))
	for i, p := range path {
		parts[i] = strings.ReplaceAll(oneLine(p), "/", "//")
	}
	return "$course$/top/" + strings.Join(parts, "/")
}

func moodleQuestion(i int, q quiz.Question) (mxQuestion, error) {
	mq := mxQuestion{Name: &mxText{Text: questionName(i, q)}, QuestionText: htmlText(q.Prompt),
		GeneralFeedback: htmlText(q.Explanation), DefaultGrade: "1", Penalty: "0.3333333", Hidden: "0"}
	answer := func(fraction, text string) mxAnswer {
		return mxAnswer{Fraction: fraction, Format: "html", Text: textToHTML(text), Feedback: &mxText{Format: "html"}}
	}
	switch q.Type {
	case quiz.MultipleChoice:
		mq.Type, mq.Single, mq.Shuffle, mq.Numbering = "multichoice", "true", "1", "abc"
		for _, o := range q.Options {
			f := "0"
			if len(q.Answer) > 0 && o == q.Answer[0] {
				f = "100"
			}
			mq.Answers = append(mq.Answers, answer(f, o))
		}
	case quiz.TrueFalse:
		mq.Type = "truefalse"
		t, f := "100", "0"
		if !isTrue(q) {
			t, f = f, t
		}
		mq.Answers = []mxAnswer{{Fraction: t, Format: "moodle_auto_format", Text: "true"}, {Fraction: f, Format: "moodle_auto_format", Text: "false"}}
	case quiz.FillIn:
		mq.Type, mq.UseCase = "shortanswer", "0"
		for _, a := range typedAnswers(q) {
			mq.Answers = append(mq.Answers, mxAnswer{Fraction: "100", Format: "moodle_auto_format", Text: a})
		}
	case quiz.Matching:
		mq.Type, mq.Shuffle = "matching", "true"
		for j, o := range q.Options {
			sub := mxSub{Format: "html", Text: textToHTML(o)}
			sub.Answer.Text = at(q.Answer, j)
			mq.Subquestions = append(mq.Subquestions, sub)
		}
	case quiz.Ordering:
		mq.Type, mq.LayoutType, mq.SelectType, mq.SelectCount = "ordering", "VERTICAL", "ALL", "0"
		mq.GradingType, mq.ShowGrading, mq.NumberingStyle = "ABSOLUTE_POSITION", "SHOW", "none"
		for j, a := range q.Answer {
			mq.Answers = append(mq.Answers, mxAnswer{Fraction: strconv.Itoa(j + 1), Format: "html", Text: textToHTML(a)})
		}
	default:
		return mq, fmt.Errorf("question %d: Moodle XML has no form for %q questions", i+1, q.Type)
	}
	return mq, nil
}

// checkXML refuses a DTD (so no entity can be declared, and so no
// billion laughs and no external entity) and reports malformed XML with
// its line.
func checkXML(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.CharsetReader = sameCharset
	for {
		start := int(d.InputOffset())
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return lineErr(se.Line, "%s", se.Msg)
			}
			return fmt.Errorf("read XML: %w", err)
		}
		if _, ok := tok.(xml.Directive); ok {
			for start < len(b) && strings.IndexByte(" \t\r\n", b[start]) >= 0 {
				start++
			}
			return &LineError{Line: lineAt(b, start), Err: ErrDTD}
		}
	}
}

// sameCharset accepts a declaration of UTF-8 or UTF-16: the text was
// converted to UTF-8 before it reached the decoder.
func sameCharset(label string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be":
		return r, nil
	}
	return nil, fmt.Errorf("the XML declares the encoding %q; save it as UTF-8", label)
}

// ReadMoodleXML reads a Moodle XML question bank. Multichoice with one
// right answer, truefalse, shortanswer, matching and ordering are taken;
// other types (essay, numerical, cloze, drag and drop ...) are listed as
// skipped. XML with a DTD is refused.
func ReadMoodleXML(data []byte) (Imported, error) {
	var out Imported
	b, err := decode(data)
	if err != nil {
		return out, err
	}
	if err := checkXML(b); err != nil {
		return out, err
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.CharsetReader = sameCharset
	category := ""
	sawQuiz := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Imported{}, fmt.Errorf("read XML: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local == "quiz" {
			sawQuiz = true
			continue
		}
		if se.Name.Local != "question" {
			line, _ := d.InputPos()
			return Imported{}, lineErr(line, "<%s> where a <question> was expected", se.Name.Local)
		}
		line, _ := d.InputPos()
		var mq mxQuestion
		if err := d.DecodeElement(&mq, &se); err != nil {
			return Imported{}, lineErr(line, "%v", err)
		}
		if mq.Type == "category" {
			if mq.Category != nil {
				category = lastCategory(strings.TrimPrefix(strings.TrimSpace(mq.Category.Text), "$course$/"))
			}
			continue
		}
		q, skip := moodleImport(mq)
		if skip != nil {
			skip.Line = line
			out.Skipped = append(out.Skipped, *skip)
			continue
		}
		if len(out.Questions) >= MaxQuestions {
			return Imported{}, lineErr(line, "more than %d questions; split the file", MaxQuestions)
		}
		if err := checkQuestion(line, q.Question); err != nil {
			return Imported{}, err
		}
		q.Line, q.Category = line, category
		out.Questions = append(out.Questions, q)
	}
	if !sawQuiz {
		return out, lineErr(1, "not Moodle XML: there is no <quiz> element")
	}
	if len(out.Questions) == 0 && len(out.Skipped) == 0 {
		return out, ErrEmpty
	}
	return out, nil
}

// fieldText reads a text as plain text whatever its format.
func fieldText(t *mxText) string {
	if t == nil {
		return ""
	}
	switch t.Format {
	case "html", "":
		return htmlToText(t.Text)
	}
	return strings.TrimSpace(t.Text)
}

func answerText(a mxAnswer) string {
	return fieldText(&mxText{Format: a.Format, Text: a.Text})
}

func fraction(a mxAnswer) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(a.Fraction), 64)
	if err != nil {
		return 0
	}
	return f
}

func moodleImport(mq mxQuestion) (ImportedQuestion, *Skipped) {
	iq := ImportedQuestion{Name: fieldText(mq.Name)}
	q := quiz.Question{Prompt: fieldText(mq.QuestionText), Explanation: fieldText(mq.GeneralFeedback)}
	skip := func(reason string) (ImportedQuestion, *Skipped) {
		return iq, &Skipped{Name: iq.Name, Type: mq.Type, Reason: reason}
	}
	switch mq.Type {
	case "multichoice":
		if mq.Single == "false" || mq.Single == "0" {
			return skip("a question with several right answers")
		}
		for _, a := range mq.Answers {
			q.Options = append(q.Options, answerText(a))
			switch f := fraction(a); {
			case f >= 100:
				q.Answer = append(q.Answer, answerText(a))
			case f > 0:
				return skip("answers with partial credit are not graded that way")
			}
		}
		if len(q.Answer) != 1 || len(q.Options) < 2 {
			return skip("a choice question needs exactly one right answer among two or more")
		}
		q.Type = quiz.MultipleChoice
	case "truefalse":
		q.Type, q.Options = quiz.TrueFalse, []string{"True", "False"}
		for _, a := range mq.Answers {
			if fraction(a) >= 100 {
				v := map[bool]string{true: "True", false: "False"}[strings.EqualFold(answerText(a), "true")]
				q.Answer = []string{v}
			}
		}
		if len(q.Answer) != 1 {
			return skip("no answer is marked right")
		}
	case "shortanswer":
		q.Type = quiz.FillIn
		for _, a := range mq.Answers {
			switch f := fraction(a); {
			case f >= 100 && isWildcard(answerText(a)):
				// a pattern ("*local*gover*") is left out: typed answers
				// are graded by their words
			case f >= 100 && len(q.Answer) == 0:
				q.Answer = []string{answerText(a)}
			case f >= 100:
				q.Accept = append(q.Accept, answerText(a))
			case f > 0:
				return skip("answers with partial credit are not graded that way")
			}
		}
		if len(q.Answer) == 0 || strings.ContainsRune(q.Answer[0], '*') {
			return skip("no plain right answer (wildcards are not graded that way)")
		}
	case "matching":
		var left, right []string
		for _, s := range mq.Subquestions {
			if l := fieldText(&mxText{Format: s.Format, Text: s.Text}); l != "" {
				left, right = append(left, l), append(right, strings.TrimSpace(s.Answer.Text))
			}
		}
		if len(left) < 2 {
			return skip("a matching question needs at least two pairs")
		}
		m := matchingQuestion(q.Prompt, left, right)
		if m.Type != quiz.Matching { // positions matched in Moodle stay a matching question
			choices := append([]string(nil), right...)
			sort.Strings(choices)
			m = quiz.Question{Type: quiz.Matching, Prompt: q.Prompt, Options: left, Answer: right, Choices: choices}
		}
		m.Explanation = q.Explanation
		q = m
	case "ordering":
		answers := append([]mxAnswer(nil), mq.Answers...)
		sort.SliceStable(answers, func(i, j int) bool { return fraction(answers[i]) < fraction(answers[j]) })
		if !distinctFractions(answers) {
			answers = mq.Answers // the file's order is the right order
		}
		for _, a := range answers {
			q.Answer = append(q.Answer, answerText(a))
		}
		if len(q.Answer) < 2 {
			return skip("an ordering question needs at least two items")
		}
		q.Type, q.Options = quiz.Ordering, append([]string(nil), q.Answer...)
		q.Options[0], q.Options[len(q.Options)-1] = q.Options[len(q.Options)-1], q.Options[0]
	default:
		return skip("Chapterwise does not ask this type of question")
	}
	if strings.TrimSpace(q.Prompt) == "" {
		return skip("the question has no text")
	}
	iq.Question = q
	return iq, nil
}

func distinctFractions(as []mxAnswer) bool {
	for i := 1; i < len(as); i++ {
		if fraction(as[i]) == fraction(as[i-1]) {
			return false
		}
	}
	return len(as) > 0 && fraction(as[0]) > 0
}
