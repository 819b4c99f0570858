package interop

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
)

// node is a generic XML element, so the check below reads the file as
// Moodle does rather than through the writer's own structs.
type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Nodes   []node     `xml:",any"`
}

func (n node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n node) all(name string) []node {
	var out []node
	for _, c := range n.Nodes {
		if c.XMLName.Local == name {
			out = append(out, c)
		}
	}
	return out
}

func (n node) text(path ...string) (string, bool) {
	cur := n
	for _, p := range path {
		c := cur.all(p)
		if len(c) != 1 {
			return "", false
		}
		cur = c[0]
	}
	return cur.Text, true
}

// moodleRules are the elements docs.moodle.org's "Moodle XML format" page
// (and qtype_ordering's exporter) gives each question type.
var moodleRules = map[string]func(q node) error{
	"multichoice": func(q node) error {
		if s, _ := q.text("single"); s != "true" {
			return fmt.Errorf("<single> is %q", s)
		}
		return rightAnswers(q, 1, 2)
	},
	"truefalse": func(q node) error {
		as := q.all("answer")
		if len(as) != 2 {
			return fmt.Errorf("%d answers", len(as))
		}
		t0, _ := as[0].text("text")
		t1, _ := as[1].text("text")
		if t0 != "true" || t1 != "false" {
			return fmt.Errorf("answers %q, %q", t0, t1)
		}
		return rightAnswers(q, 1, 2)
	},
	"shortanswer": func(q node) error {
		if _, ok := q.text("usecase"); !ok {
			return fmt.Errorf("no <usecase>")
		}
		return rightAnswers(q, -1, 1)
	},
	"matching": func(q node) error {
		subs := q.all("subquestion")
		if len(subs) < 3 {
			return fmt.Errorf("%d subquestions", len(subs))
		}
		for _, s := range subs {
			if _, ok := s.text("answer", "text"); !ok || s.attr("format") == "" {
				return fmt.Errorf("a subquestion without its format or answer")
			}
		}
		return nil
	},
	"ordering": func(q node) error {
		for _, e := range []string{"layouttype", "selecttype", "selectcount", "gradingtype", "showgrading", "numberingstyle"} {
			if _, ok := q.text(e); !ok {
				return fmt.Errorf("no <%s>", e)
			}
		}
		for i, a := range q.all("answer") {
			if a.attr("fraction") != fmt.Sprint(i+1) {
				return fmt.Errorf("answer %d has fraction %q", i+1, a.attr("fraction"))
			}
		}
		return nil
	},
}

// rightAnswers checks the answers' fractions: want answers at 100 (-1:
// all of them), at least min answers.
func rightAnswers(q node, want, min int) error {
	as := q.all("answer")
	right := 0
	for _, a := range as {
		switch a.attr("fraction") {
		case "100":
			right++
		case "0":
		default:
			return fmt.Errorf("fraction %q", a.attr("fraction"))
		}
		if _, ok := a.text("text"); !ok {
			return fmt.Errorf("an answer without <text>")
		}
	}
	if want < 0 {
		want = len(as)
	}
	if right != want || len(as) < min {
		return fmt.Errorf("%d of %d answers right", right, len(as))
	}
	return nil
}

func TestMoodleXMLHasTheDocumentedStructure(t *testing.T) {
	a, _, generated := article(t)
	bank := QuestionBank{Article: a.Title, Chapters: titles(a), Questions: append(handQuestions(), generated...)}
	var buf bytes.Buffer
	if err := WriteMoodleXML(&buf, bank); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Fatal("no XML declaration")
	}
	var root node
	if err := xml.Unmarshal(buf.Bytes(), &root); err != nil {
		t.Fatal(err)
	}
	if root.XMLName.Local != "quiz" {
		t.Fatalf("root <%s>", root.XMLName.Local)
	}
	seen := map[string]int{}
	for i, q := range root.all("question") {
		typ := q.attr("type")
		seen[typ]++
		if typ == "category" {
			if c, ok := q.text("category", "text"); !ok || !strings.HasPrefix(c, "$course$/top/") {
				t.Fatalf("question %d: category %q", i, c)
			}
			continue
		}
		for _, e := range [][]string{{"name", "text"}, {"questiontext", "text"}, {"generalfeedback", "text"}, {"defaultgrade"}, {"penalty"}, {"hidden"}} {
			if _, ok := q.text(e...); !ok {
				t.Fatalf("question %d (%s): no <%s>", i, typ, strings.Join(e, "><"))
			}
		}
		if f := q.all("questiontext")[0].attr("format"); f != "html" {
			t.Fatalf("question %d: questiontext format %q", i, f)
		}
		rule, ok := moodleRules[typ]
		if !ok {
			t.Fatalf("question %d: type %q", i, typ)
		}
		if err := rule(q); err != nil {
			t.Fatalf("question %d (%s): %v", i, typ, err)
		}
	}
	for typ := range moodleRules {
		if seen[typ] == 0 {
			t.Errorf("no %s question written", typ)
		}
	}
	if seen["category"] < 2 {
		t.Errorf("%d categories", seen["category"])
	}
}
