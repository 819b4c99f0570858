package interop

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/chapterwise/chapterwise/quiz"
)

// TestAnyOnePartIsAcceptedOnExport: a typed question that takes any one
// part of a list answer (round 15 Potsdam Q5, "Name one of …") is written
// with each part as a right answer at 100 % to Moodle XML and to GIFT, so
// that the system that grades it takes one part as Chapterwise does; a
// typed question with one answer lists no parts.
func TestAnyOnePartIsAcceptedOnExport(t *testing.T) {
	parts := []string{"Disarmament", "Reform", "Decentralization"}
	anyOne := quiz.Question{Type: quiz.FillIn, Kind: quiz.ClauseFact,
		Prompt: "“The council was set up to carry out the aims.” Name one of them.\nThe article names more than one: give one (the key words are enough).",
		Answer: []string{"Disarmament, Reform and Decentralization"}, Accept: parts, Explanation: "The council was set up to carry out the aims:"}
	if got := anyOne.ShownAnswer(); got != "Any one of: Disarmament; Reform; Decentralization" {
		t.Fatalf("ShownAnswer() = %q", got)
	}
	one := quiz.Question{Type: quiz.FillIn, Prompt: "Who wrote the note?", Answer: []string{"George Kennan"}, Explanation: "George Kennan wrote the note."}
	for _, tt := range []struct {
		name  string
		write func(*bytes.Buffer, QuestionBank) error
		right func(part string) *regexp.Regexp
	}{
		{"Moodle XML", func(b *bytes.Buffer, qb QuestionBank) error { return WriteMoodleXML(b, qb) },
			func(p string) *regexp.Regexp {
				return regexp.MustCompile(`fraction="100"[^>]*>\s*<text>` + regexp.QuoteMeta(p) + `</text>`)
			}},
		{"GIFT", func(b *bytes.Buffer, qb QuestionBank) error { return WriteGIFT(b, qb) },
			func(p string) *regexp.Regexp { return regexp.MustCompile(`=` + regexp.QuoteMeta(p) + `\s`) }},
	} {
		var b bytes.Buffer
		if err := tt.write(&b, QuestionBank{Article: "A test", Chapters: []string{"One"}, Questions: []quiz.Question{anyOne}}); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for _, p := range parts {
			if !tt.right(p).MatchString(b.String()) {
				t.Errorf("%s: the part %q is not a right answer:\n%s", tt.name, p, b.String())
			}
		}
		b.Reset()
		if err := tt.write(&b, QuestionBank{Article: "A test", Chapters: []string{"One"}, Questions: []quiz.Question{one}}); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if tt.right("Kennan").MatchString(b.String()) || !strings.Contains(b.String(), "George Kennan") {
			t.Errorf("%s: a one-answer question lists a part or loses its answer:\n%s", tt.name, b.String())
		}
	}
}
