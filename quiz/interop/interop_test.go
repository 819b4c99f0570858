package interop

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/quiz"
)

var builtin struct {
	once  sync.Once
	a     *quiz.Article
	cards []quiz.Card
	qs    []quiz.Question
}

// article returns the built-in article with its cards and a quiz of every
// type, made once.
func article(t testing.TB) (*quiz.Article, []quiz.Card, []quiz.Question) {
	builtin.once.Do(func() {
		a, err := quiz.ParseArticle(assets.Article)
		if err != nil {
			panic(err)
		}
		facts := quiz.Extract(a)
		builtin.a, builtin.cards = a, quiz.MakeCards(a, facts)
		builtin.qs = quiz.GenerateQuiz(a, facts, quiz.QuizOptions{Count: 40, Seed: 3})
	})
	return builtin.a, builtin.cards, builtin.qs
}

func titles(a *quiz.Article) []string {
	var out []string
	for _, c := range a.Chapters {
		out = append(out, c.Title)
	}
	return out
}

// awkward are texts with every character the formats treat specially.
var awkward = []string{
	`Tabs	and "quotes", commas; semicolons | bars`,
	"Two\nlines",
	"=SUM(A1:A2)",
	"-1 is negative; +1 @home",
	`GIFT marks ~ = # { } : and a \ backslash`,
	"<b>not bold</b> & <script>alert(1)</script>",
	"Ünïcödé “quotes” — dashes",
}

func TestCardsRoundTrip(t *testing.T) {
	a, cards, _ := article(t)
	own := append([]quiz.Card(nil), cards...)
	for i, s := range awkward {
		own = append(own, quiz.Card{Key: fmt.Sprint("own", i), Kind: quiz.CardOwn, Front: s, Back: awkward[len(awkward)-1-i], Chapter: i % len(a.Chapters)})
	}
	deck := Deck{Article: a.Title, Chapters: titles(a), Cards: own}
	tests := []struct {
		name    string
		write   func(*bytes.Buffer) error
		flat    bool // newlines become spaces
		chapter bool // chapters travel
	}{
		{"anki text", func(b *bytes.Buffer) error { return WriteAnkiText(b, deck) }, false, false},
		{"quizlet", func(b *bytes.Buffer) error { return WriteQuizlet(b, deck) }, true, false},
		{"csv", func(b *bytes.Buffer) error { return WriteCardsCSV(b, deck) }, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatal(err)
			}
			got, err := ReadCards(buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(own) {
				t.Fatalf("read %d cards, wrote %d", len(got), len(own))
			}
			for i, c := range own {
				front, back := strings.TrimSpace(c.Front), strings.TrimSpace(c.Back)
				if tt.flat {
					front, back = oneLine(front), oneLine(back)
				}
				if strings.Contains(tt.name, "anki") {
					front, back = strings.ReplaceAll(front, "\t", " "), strings.ReplaceAll(back, "\t", " ")
				}
				if got[i].Front != front || got[i].Back != back {
					t.Fatalf("card %d: got %q / %q, want %q / %q", i, got[i].Front, got[i].Back, front, back)
				}
				if tt.chapter && got[i].Chapter != deck.ChapterTitle(c.Chapter) {
					t.Fatalf("card %d: chapter %q, want %q", i, got[i].Chapter, deck.ChapterTitle(c.Chapter))
				}
			}
		})
	}
}

func TestCardsCSVIsSafeInSpreadsheets(t *testing.T) {
	var buf bytes.Buffer
	d := Deck{Cards: []quiz.Card{{Front: "=HYPERLINK(\"http://x\")", Back: "@SUM(1)"}}}
	if err := WriteCardsCSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	line := strings.Split(buf.String(), "\n")[1]
	if !strings.HasPrefix(line, `"'=HYPERLINK`) || !strings.Contains(line, "'@SUM") {
		t.Fatalf("formula cells not neutralised: %s", line)
	}
}

func TestReadSheetDetects(t *testing.T) {
	yes, no := true, false
	tests := []struct {
		name      string
		in        string
		opts      SheetOptions
		delim     rune
		header    bool
		wantFront []string
		wantBack  []string
		wantChap  []string
	}{
		{"tab, no header", "a\tb\nc\td\n", SheetOptions{}, '\t', false, []string{"a", "c"}, []string{"b", "d"}, nil},
		{"comma with header", "Term,Definition\nx,\"y, z\"\n", SheetOptions{}, ',', true, []string{"x"}, []string{"y, z"}, nil},
		{"semicolon (a European spreadsheet)", "Front;Back;Chapter\n1,5;2,5;Intro\n", SheetOptions{}, ';', true, []string{"1,5"}, []string{"2,5"}, []string{"Intro"}},
		{"header columns swapped", "back,front\nB,F\n", SheetOptions{}, ',', true, []string{"F"}, []string{"B"}, nil},
		{"header forced off", "front,back\nx,y\n", SheetOptions{Header: &no}, ',', false, []string{"front", "x"}, []string{"back", "y"}, nil},
		{"header forced on", "q,a\nx,y\n", SheetOptions{Header: &yes}, ',', true, []string{"x"}, []string{"y"}, nil},
		{"bar", "a|b\nc|d\n", SheetOptions{}, '|', false, []string{"a", "c"}, []string{"b", "d"}, nil},
		{"blank lines skipped", "a\tb\n\n\nc\td\n", SheetOptions{}, '\t', false, []string{"a", "c"}, []string{"b", "d"}, nil},
		{"Anki export with guid and deck columns",
			"#separator:tab\n#html:true\n#guid column:1\n#deck column:2\nabc\tHistory::Intro\tOne<br>two\tA &amp; B\n",
			SheetOptions{}, '\t', false, []string{"One\ntwo"}, []string{"A & B"}, []string{"Intro"}},
		{"UTF-8 BOM and Windows line ends", "\uFEFFx\ty\r\nz\tw\r\n", SheetOptions{}, '\t', false, []string{"x", "z"}, []string{"y", "w"}, nil},
		{"apostrophe of a safe cell dropped", "front,back\n'=1+1,'-2\n", SheetOptions{}, ',', true, []string{"=1+1"}, []string{"-2"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadSheet([]byte(tt.in), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if s.Delimiter != tt.delim || (s.Header != nil) != tt.header {
				t.Fatalf("delimiter %q header %v, want %q %v", s.Delimiter, s.Header, tt.delim, tt.header)
			}
			cards, err := s.Cards(s.Guess())
			if err != nil {
				t.Fatal(err)
			}
			var f, b, c []string
			for _, x := range cards {
				f, b, c = append(f, x.Front), append(b, x.Back), append(c, x.Chapter)
			}
			if !slices.Equal(f, tt.wantFront) || !slices.Equal(b, tt.wantBack) {
				t.Fatalf("got %q / %q, want %q / %q", f, b, tt.wantFront, tt.wantBack)
			}
			if tt.wantChap != nil && !slices.Equal(c, tt.wantChap) {
				t.Fatalf("chapters %q, want %q", c, tt.wantChap)
			}
		})
	}
}

func TestReadUTF16(t *testing.T) {
	enc := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()
	in, err := enc.Bytes([]byte("Front\tBack\nÉté\tsummer\n"))
	if err != nil {
		t.Fatal(err)
	}
	cards, err := ReadCards(in)
	if err != nil || len(cards) != 1 || cards[0].Front != "Été" {
		t.Fatalf("got %v, %v", cards, err)
	}
}

func TestHostileImports(t *testing.T) {
	big := bytes.Repeat([]byte("front,back\n"), MaxImportBytes/11+1)
	if len(big) < 50<<20 {
		big = bytes.Repeat([]byte("a much longer front,and its back\n"), (50<<20)/33+1)
	}
	laughs := `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz><question type="shortanswer"><questiontext><text>&lol3;</text></questiontext></question></quiz>`
	external := `<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz><question type="shortanswer"><questiontext><text>&x;</text></questiontext></question></quiz>`
	tests := []struct {
		name     string
		read     func([]byte) error
		in       []byte
		want     error  // errors.Is, or nil
		wantText string // in the message
	}{
		{"50 MB CSV", readCards, big, ErrTooLarge, "larger than"},
		{"wrong delimiter forced", func(b []byte) error {
			_, err := ReadSheet(b, SheetOptions{Delimiter: ','})
			return err
		}, []byte("a\tb\nc\td\n"), nil, "line 1: found one column only with comma as the separator: separate front and back with a tab, a comma or a semicolon (the file seems to use tab)"},
		{"one column", readCards, []byte("just words\nmore words\n"), nil, "line 1: found one column only"},
		{"binary data", readCards, []byte("a,b\n\x00\x01\x02\xff\xfe"), ErrBinary, "line 2"},
		{"not UTF-8", readCards, []byte("a,b\nc,d\nLatin-1 caf\xe9,x\n"), ErrNotUTF8, "line 3"},
		{"empty back", readCards, []byte("front,back\nx,y\nz,\n"), nil, "line 3: the back (column 2) is empty"},
		{"control characters", readCards, []byte("a,b\nc\x07,d\n"), ErrBinary, "line 2"},
		{"empty file", readCards, []byte(" \n\n"), ErrEmpty, ""},
		{"billion laughs", readMoodle, []byte(laughs), ErrDTD, "line 2"},
		{"external entity", readMoodle, []byte(external), ErrDTD, "line 1"},
		{"undeclared entity", readMoodle, []byte(`<quiz><question type="truefalse"><questiontext><text>&lol;</text></questiontext></question></quiz>`), nil, "line 1"},
		{"unclosed XML", readMoodle, []byte("<quiz>\n<question type=\"truefalse\">\n"), nil, "line 3"},
		{"not Moodle XML", readMoodle, []byte("<html><body>hi</body></html>"), nil, "line 1"},
		{"XML in another encoding", readMoodle, []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><quiz></quiz>`), nil, "ISO-8859-1"},
		{"GIFT brace never closed", readGIFT, []byte("::a:: one {=x ~y}\n\n::b:: two\n{=x ~y\n"), nil, "line 4: '{' without a closing '}'"},
		{"GIFT closing brace alone", readGIFT, []byte("Who? } {=x ~y}\n"), nil, "line 1: '}' without an opening '{'"},
		{"GIFT nested brace", readGIFT, []byte("Who?\n{=x {~y}\n"), nil, "line 2: '{' inside an answer block"},
		{"GIFT title never closed", readGIFT, []byte("\n\n::a one {=x ~y}\n"), nil, "line 3"},
		{"GIFT binary", readGIFT, []byte("Q {T}\n\n\x00\x00PK\x03\x04"), ErrBinary, "line 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.read(tt.in)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.wantText) {
				t.Fatalf("error %q does not say %q", err, tt.wantText)
			}
		})
	}
}

func readCards(b []byte) error  { _, err := ReadCards(b); return err }
func readGIFT(b []byte) error   { _, err := ReadGIFT(b); return err }
func readMoodle(b []byte) error { _, err := ReadMoodleXML(b); return err }

// handQuestions are questions of every type with awkward text.
func handQuestions() []quiz.Question {
	return []quiz.Question{
		{Type: quiz.MultipleChoice, Prompt: awkward[4], Options: []string{awkward[0], awkward[2], "plain"}, Answer: []string{awkward[2]}, Explanation: awkward[1], Chapter: 0},
		{Type: quiz.TrueFalse, Prompt: awkward[5], Options: []string{"True", "False"}, Answer: []string{"False"}, Chapter: 1},
		{Type: quiz.FillIn, Prompt: "Which plan: ~{ }?", Answer: []string{"European Recovery Program"}, Accept: []string{"ERP", "Marshall Plan"}, Explanation: "It: was = so # true", Chapter: 1},
		{Type: quiz.Matching, Prompt: "Match: each:", Options: []string{"a = b", "c ~ d", "e # f"}, Answer: []string{"1962", "1 {x}", "y: z"}, Choices: []string{"1 {x}", "1962", "y: z"}, Chapter: 2},
		{Type: quiz.Ordering, Prompt: "Order these", Options: []string{"third", "first", "second"}, Answer: []string{"first", "second", "third"}, Chapter: 2},
		{Type: quiz.FillIn, Kind: quiz.ClauseFact, Prompt: "Why did tax revenues decline?", Answer: []string{"local governments withheld them"}, Chapter: 1},
	}
}

// A typed question graded by its key words goes out with a wildcard
// pattern per set of key words that makes an answer right, so that
// Moodle takes what Chapterwise takes; read back, the patterns are left
// out and the question is the one written.
func TestPhraseAnswersExportKeyWordPatterns(t *testing.T) {
	q := quiz.Question{Type: quiz.FillIn, Kind: quiz.ClauseFact, Prompt: "Why did tax revenues decline?",
		Answer: []string{"local governments withheld tax revenues from the central government"}}
	bank := QuestionBank{Article: "A", Questions: []quiz.Question{q}}
	for _, tt := range []struct {
		name  string
		write func(*bytes.Buffer) error
		want  string
		read  func([]byte) (Imported, error)
	}{
		{"GIFT", func(b *bytes.Buffer) error { return WriteGIFT(b, bank) }, "\t=*local*gover*\n", ReadGIFT},
		{"Moodle XML", func(b *bytes.Buffer) error { return WriteMoodleXML(b, bank) }, "<text>*local*gover*</text>", ReadMoodleXML},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), tt.want) {
				t.Errorf("no %q in\n%s", tt.want, buf.String())
			}
			got, err := tt.read(buf.Bytes())
			if err != nil || len(got.Questions) != 1 {
				t.Fatalf("read %v, %v", got, err)
			}
			if g := got.Questions[0].Question; !slices.Equal(g.Answer, q.Answer) || len(g.Accept) != 0 {
				t.Errorf("read back answer %q accept %q, want %q alone", g.Answer, g.Accept, q.Answer)
			}
		})
	}
	// a file whose only right answer is a pattern is skipped with a reason
	got, err := ReadGIFT([]byte("::q::Why? {=*local*gover*}\n"))
	if err != nil || len(got.Questions) != 0 || len(got.Skipped) != 1 {
		t.Errorf("a pattern-only answer: %d questions, skipped %v, %v", len(got.Questions), got.Skipped, err)
	}
}

func TestQuestionsRoundTrip(t *testing.T) {
	a, _, generated := article(t)
	qs := append(handQuestions(), generated...)
	types := map[quiz.QuestionType]int{}
	for _, q := range qs {
		types[q.Type]++
	}
	if len(types) != len(quiz.AllQuestionTypes) {
		t.Fatalf("the test needs every type: %v", types)
	}
	bank := QuestionBank{Article: a.Title, Chapters: titles(a), Questions: qs}
	tests := []struct {
		name  string
		write func(*bytes.Buffer) error
		read  func([]byte) (Imported, error)
	}{
		{"GIFT", func(b *bytes.Buffer) error { return WriteGIFT(b, bank) }, ReadGIFT},
		{"Moodle XML", func(b *bytes.Buffer) error { return WriteMoodleXML(b, bank) }, ReadMoodleXML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatal(err)
			}
			got, err := tt.read(buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Skipped) > 0 || len(got.Questions) != len(qs) {
				t.Fatalf("read %d questions and skipped %v; wrote %d", len(got.Questions), got.Skipped, len(qs))
			}
			for i, want := range qs {
				g := got.Questions[i].Question
				if ch := ChapterOf(got.Questions[i].Category, bank.Chapters); ch != want.Chapter {
					t.Errorf("question %d: category %q is chapter %d, want %d", i, got.Questions[i].Category, ch, want.Chapter)
				}
				if diff := sameQuestion(g, want); diff != "" {
					t.Errorf("question %d (%s): %s", i, want.Type, diff)
				}
			}
		})
	}
}

// sameQuestion compares what a question bank carries: for ordering, the
// options as a set (Moodle shuffles them itself); for matching, the
// choices as a set.
func sameQuestion(g, w quiz.Question) string {
	sorted := func(xs []string) []string { ys := slices.Clone(xs); sort.Strings(ys); return ys }
	arrow := func(xs []string) []string {
		ys := slices.Clone(xs)
		for i := range ys {
			ys[i] = strings.ReplaceAll(ys[i], "->", "→")
		}
		return ys
	}
	switch {
	case g.Type != w.Type:
		return fmt.Sprintf("type %s", g.Type)
	case g.Prompt != strings.TrimSpace(w.Prompt):
		return fmt.Sprintf("prompt %q, want %q", g.Prompt, w.Prompt)
	case g.Explanation != strings.TrimSpace(w.Explanation):
		return fmt.Sprintf("explanation %q, want %q", g.Explanation, w.Explanation)
	case !slices.Equal(arrow(g.Answer), arrow(w.Answer)):
		return fmt.Sprintf("answer %q, want %q", g.Answer, w.Answer)
	case !slices.Equal(g.Accept, w.Accept):
		return fmt.Sprintf("accept %q, want %q", g.Accept, w.Accept)
	case w.Type == quiz.Ordering && !slices.Equal(sorted(g.Options), sorted(w.Options)):
		return fmt.Sprintf("options %q, want %q", g.Options, w.Options)
	case w.Type != quiz.Ordering && !slices.Equal(arrow(g.Options), arrow(w.Options)):
		return fmt.Sprintf("options %q, want %q", g.Options, w.Options)
	case w.Type == quiz.Matching && !slices.Equal(sorted(arrow(g.Choices)), sorted(arrow(w.Choices))):
		return fmt.Sprintf("choices %q, want %q", g.Choices, w.Choices)
	}
	return ""
}

func TestGIFTEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGIFT(&buf, QuestionBank{Questions: handQuestions()[:3]}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		`::[html]GIFT marks \~ \= \# \{ \} \: and a \\ backslash {`, // text Moodle shows is HTML
		`=\=SUM(A1\:A2)`,
		`####Two<br>lines`,
		`::[html]&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; {FALSE}`, // markup shown, not run
		"\t=ERP\n", // typed answers stay plain
		`####It\: was \= so \# true`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("GIFT lacks %q:\n%s", want, out)
		}
	}
}

func TestReadersSkipUnsupportedWhole(t *testing.T) {
	gift := `// a comment
$CATEGORY: $course$/top/Book/Chapter one

::essay:: Write about it {}

::num:: How many? {#3:1}

::multi:: Pick two {~%50%a ~%50%b ~%-100%c}

::desc:: Just some words.

::tf:: The sky is blue {T}

::missing word:: Mongolia {~lost =won ~drew} the match.

::two blanks:: A {=b} c {=d}
`
	got, err := ReadGIFT([]byte(gift))
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, s := range got.Skipped {
		types = append(types, s.Type)
	}
	if !slices.Equal(types, []string{"essay", "numerical", "weighted", "description", "several blanks"}) {
		t.Fatalf("skipped %v", got.Skipped)
	}
	if len(got.Questions) != 2 || got.Questions[1].Question.Prompt != "Mongolia _____ the match." || got.Questions[0].Category != "Chapter one" {
		t.Fatalf("questions %+v", got.Questions)
	}
	xmlIn := `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="essay"><name><text>e</text></name><questiontext format="html"><text>Write</text></questiontext></question>
  <question type="multichoice"><name><text>m</text></name><questiontext format="html"><text>&lt;p&gt;Pick&lt;/p&gt;</text></questiontext>
    <single>false</single><answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer></question>
  <question type="truefalse"><name><text>t</text></name><questiontext format="plain_text"><text>Sky is green</text></questiontext>
    <answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer></question>
  <question type="cloze"><name><text>c</text></name><questiontext><text>{1:SA:=x}</text></questiontext></question>
</quiz>`
	mx, err := ReadMoodleXML([]byte(xmlIn))
	if err != nil {
		t.Fatal(err)
	}
	if len(mx.Skipped) != 3 || mx.Skipped[0].Line != 3 || len(mx.Questions) != 1 || mx.Questions[0].Question.Answer[0] != "False" {
		t.Fatalf("got %+v", mx)
	}
}

func TestKahootCSV(t *testing.T) {
	qs := handQuestions()
	qs = append(qs, quiz.Question{Type: quiz.MultipleChoice, Prompt: "Five?", Options: []string{"a", "b", "c", "d", "e"}, Answer: []string{"e"}})
	var buf bytes.Buffer
	left, err := WriteKahootCSV(&buf, QuestionBank{Questions: qs}, 20)
	if err != nil {
		t.Fatal(err)
	}
	if left != 4 {
		t.Fatalf("left out %d, want 4 (two fill-ins, matching, ordering)", left)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{
		"Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)",
		`GIFT marks ~ = # { } : and a \ backslash,"Tabs and ""quotes"", commas; semicolons | bars",'=SUM(A1:A2),plain,,20,2`,
		"<b>not bold</b> & <script>alert(1)</script>,True,False,,,20,2",
		"Five?,a,b,c,e,20,4",
	}
	if !slices.Equal(lines, want) {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func FuzzReadCards(f *testing.F) {
	f.Add([]byte("front,back\nx,y\n"))
	f.Add([]byte("#separator:tab\n#html:true\na<br>b\tc\n"))
	f.Add([]byte("a;\"b\nc\";d\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		cards, err := ReadCards(b)
		if err != nil {
			return
		}
		for _, c := range cards {
			if c.Front == "" || c.Back == "" || c.Line < 1 {
				t.Fatalf("card %+v", c)
			}
		}
	})
}

func FuzzReadGIFT(f *testing.F) {
	var buf bytes.Buffer
	if err := WriteGIFT(&buf, QuestionBank{Questions: handQuestions()}); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("::a::b{=c -> d =e -> f}"))
	f.Add([]byte("q {=%100%a =b#fb ####x}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := ReadGIFT(b)
		if err != nil {
			var le *LineError
			if !errors.As(err, &le) && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		for _, q := range got.Questions {
			if len(q.Question.Answer) == 0 {
				t.Fatalf("question without an answer: %+v", q)
			}
		}
	})
}

func FuzzReadMoodleXML(f *testing.F) {
	var buf bytes.Buffer
	if err := WriteMoodleXML(&buf, QuestionBank{Questions: handQuestions()}); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := ReadMoodleXML(b)
		if err != nil {
			return
		}
		for _, q := range got.Questions {
			if len(q.Question.Answer) == 0 {
				t.Fatalf("question without an answer: %+v", q)
			}
		}
	})
}

func TestGIFTEscapesAtEdges(t *testing.T) {
	tests := []struct {
		in, name, prompt, answer, feedback string
	}{
		{`::Note\:::Say it {=yes####why}`, "Note:", "Say it", "yes", "why"},
		{`::a\::b::Q {=x\#####fb}`, "a::b", "Q", "x#", "fb"},
		{`Q\{1\} {=\=2 =two}`, "", "Q{1}", "=2", ""},
		{`Back\\slash {=a\\}`, "", `Back\slash`, `a\`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ReadGIFT([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Questions) != 1 {
				t.Fatalf("got %+v", got)
			}
			q := got.Questions[0]
			if q.Name != tt.name || q.Question.Prompt != tt.prompt || q.Question.Answer[0] != tt.answer || q.Question.Explanation != tt.feedback {
				t.Fatalf("name %q prompt %q answer %q feedback %q", q.Name, q.Question.Prompt, q.Question.Answer[0], q.Question.Explanation)
			}
		})
	}
}
