package interop

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/chapterwise/chapterwise/quiz"
)

// giftSpecial are the characters GIFT reads as markup, escaped with a
// backslash in text.
const giftSpecial = `~=#{}:`

func giftEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
		case strings.ContainsRune(giftSpecial, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// giftCategory escapes a category path: a slash inside a name is doubled,
// as Moodle reads it.
func giftCategory(path []string) string {
	parts := make([]string, len(path))
	for i, p := range path {
		parts[i] = strings.ReplaceAll(oneLine(p), "/", "//")
	}
	return "$course$/top/" + strings.Join(parts, "/")
}

// WriteGIFT writes the questions in Moodle's GIFT format: a $CATEGORY per
// chapter, the explanation as general feedback (####), fill-in answers
// with their accepted short forms as further right answers, and ordering
// as matching each event to its position (GIFT has no ordering type).
func WriteGIFT(w io.Writer, b QuestionBank) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// %s: questions from Chapterwise\n\n", oneLine(orDefault(b.Article, "Chapterwise")))
	cat := ""
	for i, q := range b.Questions {
		if c := giftCategory(b.category(q)); c != cat {
			cat = c
			fmt.Fprintf(bw, "$CATEGORY: %s\n\n", c)
		}
		fmt.Fprintf(bw, "::%s::[html]%s {", giftEscape(questionName(i, q)), giftHTML(q.Prompt))
		switch q.Type {
		case quiz.TrueFalse:
			fmt.Fprint(bw, map[bool]string{true: "TRUE", false: "FALSE"}[isTrue(q)])
		case quiz.MultipleChoice:
			for _, o := range q.Options {
				mark := "~"
				if len(q.Answer) > 0 && o == q.Answer[0] {
					mark = "="
				}
				fmt.Fprintf(bw, "\n\t%s%s", mark, giftHTML(o))
			}
		case quiz.FillIn:
			for _, a := range typedAnswers(q) {
				fmt.Fprintf(bw, "\n\t=%s", giftEscape(oneLine(a)))
			}
		case quiz.Matching:
			for j, o := range q.Options {
				fmt.Fprintf(bw, "\n\t=%s -> %s", giftHTML(giftArrow(o)), giftEscape(oneLine(giftArrow(at(q.Answer, j)))))
			}
		case quiz.Ordering:
			for _, o := range q.Options {
				fmt.Fprintf(bw, "\n\t=%s -> %d", giftHTML(giftArrow(o)), indexOf(q.Answer, o)+1)
			}
		default:
			return fmt.Errorf("question %d: GIFT has no form for %q questions", i+1, q.Type)
		}
		if q.Explanation != "" {
			fmt.Fprintf(bw, "\n\t####%s", giftHTML(q.Explanation))
		}
		if q.Type == quiz.TrueFalse {
			fmt.Fprint(bw, "}\n\n")
		} else {
			fmt.Fprint(bw, "\n}\n\n")
		}
	}
	return bw.Flush()
}

// giftArrow writes "->" in a side of a matching pair as an arrow: GIFT
// cannot escape it.
func giftArrow(s string) string { return strings.ReplaceAll(s, "->", "→") }

// htmlEscaper escapes text for an HTML field: markup in a question is
// shown, never run.
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\n", "<br>")

// giftHTML writes text that Moodle shows as HTML (the question, choices,
// matching items, feedback: the [html] format): escaped as HTML, then
// for GIFT. Typed answers stay plain text.
func giftHTML(s string) string { return giftEscape(htmlEscaper.Replace(s)) }

func isTrue(q quiz.Question) bool { return len(q.Answer) > 0 && strings.EqualFold(q.Answer[0], "True") }

func at(xs []string, i int) string {
	if i < len(xs) {
		return xs[i]
	}
	return ""
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

// giftBlock is one question's text in a GIFT file, lines joined, with the
// line it starts on.
type giftBlock struct {
	line int
	text string
}

func (g giftBlock) lineOf(off int) int { return g.line + strings.Count(g.text[:off], "\n") }

// ReadGIFT reads questions in Moodle's GIFT format. Multiple choice with
// one right answer, true/false, short answer, and matching (ordering when
// the right-hand sides are positions 1..n) are taken; essay, numerical,
// weighted answers, several blanks and descriptions are listed as
// skipped. A malformed question (an unbalanced brace) fails the whole
// file with its line.
func ReadGIFT(data []byte) (Imported, error) {
	var out Imported
	b, err := decode(data)
	if err != nil {
		return out, err
	}
	category := ""
	for _, blk := range giftBlocks(string(b)) {
		if c, ok := strings.CutPrefix(blk.text, "$CATEGORY:"); ok {
			category = lastCategory(c)
			continue
		}
		q, skip, err := parseGIFT(blk)
		if err != nil {
			return Imported{}, err
		}
		if skip != nil {
			out.Skipped = append(out.Skipped, *skip)
			continue
		}
		if len(out.Questions) >= MaxQuestions {
			return Imported{}, lineErr(blk.line, "more than %d questions; split the file", MaxQuestions)
		}
		if err := checkQuestion(blk.line, q.Question); err != nil {
			return Imported{}, err
		}
		q.Category = category
		out.Questions = append(out.Questions, q)
	}
	if len(out.Questions) == 0 && len(out.Skipped) == 0 {
		return out, ErrEmpty
	}
	return out, nil
}

// lastCategory is the last name of a category path ("a/b//c" → "b/c").
func lastCategory(path string) string {
	path = strings.TrimSpace(path)
	parts := strings.Split(strings.ReplaceAll(path, "//", "\x00"), "/")
	return strings.ReplaceAll(strings.TrimSpace(parts[len(parts)-1]), "\x00", "/")
}

// giftBlocks splits a GIFT file into questions and category lines:
// questions end at a blank line, comment lines are dropped.
func giftBlocks(s string) []giftBlock {
	var out []giftBlock
	var cur []string
	start := 0
	flush := func() {
		if len(cur) > 0 {
			out = append(out, giftBlock{line: start, text: strings.Join(cur, "\n")})
			cur = nil
		}
	}
	for i, l := range strings.Split(s, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "//"):
			continue
		case t == "":
			flush()
			continue
		case strings.HasPrefix(t, "$CATEGORY:"):
			flush()
			out = append(out, giftBlock{line: i + 1, text: t})
			continue
		}
		if len(cur) == 0 {
			start = i + 1
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// unescaped finds the first of chars not preceded by a backslash in s
// from offset from, or -1.
func unescaped(s string, from int, chars string) int {
	for i := from; i < len(s); i++ {
		switch {
		case s[i] == '\\':
			i++
		case strings.IndexByte(chars, s[i]) >= 0:
			return i
		}
	}
	return -1
}

// titleEnd finds the "::" that closes a title opened at the start of s
// (an escaped colon, "\:", does not close it), or -1.
func titleEnd(s string) int {
	for i := unescaped(s, 2, ":"); i >= 0; i = unescaped(s, i+1, ":") {
		if i+1 < len(s) && s[i+1] == ':' {
			return i
		}
	}
	return -1
}

func giftUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return strings.TrimSpace(b.String())
}

func parseGIFT(blk giftBlock) (ImportedQuestion, *Skipped, error) {
	s := blk.text
	q := ImportedQuestion{Line: blk.line}
	body := strings.TrimSpace(s)
	off := len(s) - len(strings.TrimLeft(s, " \t\n"))
	if strings.HasPrefix(body, "::") {
		end := titleEnd(body)
		if end < 0 {
			return q, nil, lineErr(blk.line, "the question's title has no closing '::'")
		}
		q.Name = giftUnescape(body[2:end])
		off += end + 2
	}
	format := ""
	rest := strings.TrimLeft(s[off:], " \t\n")
	off = len(s) - len(rest)
	if strings.HasPrefix(rest, "[") {
		if end := strings.IndexByte(rest, ']'); end > 0 {
			format, off = rest[1:end], off+end+1
		}
	}
	open := unescaped(s, off, "{}")
	if open < 0 {
		return q, &Skipped{Line: blk.line, Name: q.Name, Type: "description", Reason: "a text without answers"}, nil
	}
	if s[open] == '}' {
		return q, nil, lineErr(blk.lineOf(open), "'}' without an opening '{'")
	}
	closing := unescaped(s, open+1, "{}")
	if closing < 0 {
		return q, nil, lineErr(blk.lineOf(open), "'{' without a closing '}'")
	}
	if s[closing] == '{' {
		return q, nil, lineErr(blk.lineOf(closing), "'{' inside an answer block; escape it as \\{")
	}
	after := s[closing+1:]
	if more := unescaped(after, 0, "{}"); more >= 0 {
		if after[more] == '}' {
			return q, nil, lineErr(blk.lineOf(closing+1+more), "'}' without an opening '{'")
		}
		if unescaped(after, more+1, "{}") < 0 {
			return q, nil, lineErr(blk.lineOf(closing+1+more), "'{' without a closing '}'")
		}
		return q, &Skipped{Line: blk.line, Name: q.Name, Type: "several blanks", Reason: "a question with more than one answer block"}, nil
	}
	text := func(raw string) string {
		t := giftUnescape(raw)
		if strings.EqualFold(format, "html") {
			t = htmlToText(t)
		}
		return t
	}
	plain := func(raw string) string { return giftUnescape(raw) }
	prompt := text(s[off:open])
	if tail := text(after); tail != "" {
		prompt = strings.TrimSpace(prompt + " _____ " + tail)
	}
	qq, skip := giftAnswers(s[open+1:closing], prompt, text, plain)
	if skip != nil {
		skip.Line, skip.Name = blk.line, q.Name
		return q, skip, nil
	}
	q.Question = qq
	return q, nil, nil
}

// giftAnswers reads the inside of an answer block.
// Choices and matching items are read as the question's format (text);
// typed answers and matching answers as plain text.
func giftAnswers(raw, prompt string, text, plain func(string) string) (quiz.Question, *Skipped) {
	feedback := ""
	for i := unescaped(raw, 0, "#"); i >= 0; i = unescaped(raw, i+1, "#") {
		if strings.HasPrefix(raw[i:], "####") {
			raw, feedback = raw[:i], text(raw[i+4:])
			break
		}
	}
	trimmed := strings.TrimSpace(raw)
	q := quiz.Question{Prompt: prompt, Explanation: feedback}
	switch strings.ToUpper(strings.TrimSpace(cutFeedback(trimmed))) {
	case "T", "TRUE", "F", "FALSE":
		q.Type, q.Options = quiz.TrueFalse, []string{"True", "False"}
		q.Answer = []string{map[bool]string{true: "True", false: "False"}[strings.HasPrefix(strings.ToUpper(trimmed), "T")]}
		return q, nil
	}
	switch {
	case trimmed == "":
		return q, &Skipped{Type: "essay", Reason: "an essay question is graded by hand"}
	case trimmed[0] == '#':
		return q, &Skipped{Type: "numerical", Reason: "numerical answers with a tolerance are not asked"}
	case trimmed[0] != '=' && trimmed[0] != '~':
		return q, &Skipped{Type: "unknown", Reason: "answers must start with = or ~"}
	}
	type item struct {
		right bool
		text  string
	}
	var items []item
	for i := 0; i < len(trimmed); {
		j := unescaped(trimmed, i+1, "=~")
		if j < 0 {
			j = len(trimmed)
		}
		items = append(items, item{trimmed[i] == '=', trimmed[i+1 : j]})
		i = j
	}
	var right, wrong, left, pairs []string
	matching := 0
	for _, it := range items {
		t := cutFeedback(it.text)
		if strings.HasPrefix(t, "%") {
			end := strings.Index(t[1:], "%")
			if end < 0 || !it.right || strings.TrimSpace(t[1:1+end]) != "100" {
				return q, &Skipped{Type: "weighted", Reason: "answers with partial credit are not graded that way"}
			}
			t = t[2+end:]
		}
		if l, r, ok := strings.Cut(t, "->"); ok && it.right {
			matching++
			left, pairs = append(left, text(l)), append(pairs, plain(r))
			continue
		}
		if it.right {
			right = append(right, t)
		} else {
			wrong = append(wrong, t)
		}
	}
	switch {
	case matching > 0 && (matching != len(items) || matching < 2):
		return q, &Skipped{Type: "matching", Reason: "a matching question needs at least two pairs and nothing else"}
	case matching > 0:
		m := matchingQuestion(prompt, left, pairs)
		m.Explanation = feedback
		return m, nil
	case len(wrong) > 0 && len(right) != 1:
		return q, &Skipped{Type: "multiple answers", Reason: "a choice question needs exactly one right answer"}
	case len(wrong) > 0:
		q.Type, q.Answer = quiz.MultipleChoice, []string{text(right[0])}
		for _, it := range items {
			q.Options = append(q.Options, text(stripWeight(cutFeedback(it.text))))
		}
		return q, nil
	}
	var typed []string
	for _, r := range right {
		if a := plain(r); !isWildcard(a) {
			typed = append(typed, a)
		}
	}
	if len(typed) == 0 {
		return q, &Skipped{Type: "wildcard answers", Reason: "every right answer is a * pattern; Chapterwise grades typed answers by their words"}
	}
	q.Type, q.Answer, q.Accept = quiz.FillIn, typed[:1], typed[1:]
	return q, nil
}

// cutFeedback drops an answer's own feedback (after an unescaped #).
func cutFeedback(s string) string {
	if i := unescaped(s, 0, "#"); i >= 0 {
		return s[:i]
	}
	return s
}

func stripWeight(s string) string {
	if strings.HasPrefix(s, "%") {
		if end := strings.Index(s[1:], "%"); end >= 0 {
			return s[2+end:]
		}
	}
	return s
}
