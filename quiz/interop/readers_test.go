package interop

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

// thirdPartyReader runs scripts/readers/read.mjs on a file with the npm
// packages make test installs (scripts/readers/install.sh), or skips.
func thirdPartyReader(t *testing.T, kind, pkg, file string) []byte {
	t.Helper()
	dir := os.Getenv("CHAPTERWISE_READERS")
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			t.Skip("no cache folder for the third-party readers")
		}
		dir = filepath.Join(cache, "chapterwise-readers")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed; make test installs it (scripts/deps.sh)")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", pkg)); err != nil {
		t.Skipf("%s is not installed in %s; run scripts/readers/install.sh", pkg, dir)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join("..", "..", "scripts", "readers", "read.mjs"), kind, file)
	cmd.Env = append(os.Environ(), "CHAPTERWISE_READERS="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s could not read the export: %v\n%s", pkg, err, stderr.String())
	}
	return out
}

type giftText struct {
	Format string `json:"format"`
	Text   string `json:"text"`
}

type giftParsed struct {
	Type    string    `json:"type"`
	Title   string    `json:"title"`
	Stem    giftText  `json:"stem"`
	IsTrue  bool      `json:"isTrue"`
	Global  *giftText `json:"globalFeedback"`
	Choices []struct {
		IsCorrect bool     `json:"isCorrect"`
		Text      giftText `json:"text"`
	} `json:"choices"`
	MatchPairs []struct {
		Subquestion giftText `json:"subquestion"`
		Subanswer   string   `json:"subanswer"`
	} `json:"matchPairs"`
}

// rePegjsEscape is how gift-pegjs 1.0.2 leaves an escaped character in a
// matching answer ("&&123;" for "{"), a quirk of that reader.
var rePegjsEscape = regexp.MustCompile(`&&(\d+);`)

func (g giftText) plain() string {
	if g.Format == "html" {
		return htmlToText(g.Text)
	}
	return strings.TrimSpace(html.UnescapeString(g.Text))
}

func TestGIFTReadByGiftPegjs(t *testing.T) {
	a, _, generated := article(t)
	qs := append(handQuestions(), generated...)
	bank := QuestionBank{Article: a.Title, Chapters: titles(a), Questions: qs}
	var buf bytes.Buffer
	if err := WriteGIFT(&buf, bank); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "quiz.gift")
	if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	var parsed []giftParsed
	if err := json.Unmarshal(thirdPartyReader(t, "gift", "gift-pegjs", file), &parsed); err != nil {
		t.Fatal(err)
	}
	var got []giftParsed
	categories := 0
	for _, p := range parsed {
		if p.Type == "Category" {
			categories++
			continue
		}
		got = append(got, p)
	}
	if len(got) != len(qs) {
		t.Fatalf("gift-pegjs read %d questions, %d written", len(got), len(qs))
	}
	if categories < 2 {
		t.Fatalf("gift-pegjs read %d categories", categories)
	}
	wantType := map[quiz.QuestionType]string{quiz.MultipleChoice: "MC", quiz.TrueFalse: "TF", quiz.FillIn: "Short",
		quiz.Matching: "Matching", quiz.Ordering: "Matching"}
	for i, q := range qs {
		p := got[i]
		if p.Type != wantType[q.Type] {
			t.Fatalf("question %d: type %s, want %s", i, p.Type, wantType[q.Type])
		}
		if p.Stem.plain() != strings.TrimSpace(q.Prompt) {
			t.Fatalf("question %d: stem %q, want %q", i, p.Stem.plain(), q.Prompt)
		}
		if q.Explanation != "" && (p.Global == nil || p.Global.plain() != strings.TrimSpace(q.Explanation)) {
			t.Fatalf("question %d: feedback %+v, want %q", i, p.Global, q.Explanation)
		}
		var answers []string
		switch q.Type {
		case quiz.TrueFalse:
			if p.IsTrue != isTrue(q) {
				t.Fatalf("question %d: isTrue %v, want %v", i, p.IsTrue, isTrue(q))
			}
			continue
		case quiz.MultipleChoice, quiz.FillIn:
			for _, c := range p.Choices {
				if c.IsCorrect {
					answers = append(answers, c.Text.plain())
				}
			}
			want := typedAnswers(q)
			if q.Type == quiz.FillIn {
				for j := range want {
					want[j] = oneLine(want[j])
				}
			}
			if !slices.Equal(answers, want) || len(p.Choices) != max(len(q.Options), len(want)) {
				t.Fatalf("question %d: right answers %q of %d, want %q", i, answers, len(p.Choices), want)
			}
		case quiz.Matching, quiz.Ordering:
			for j, m := range p.MatchPairs {
				sub := rePegjsEscape.ReplaceAllStringFunc(m.Subanswer, func(s string) string {
					n, _ := strconv.Atoi(rePegjsEscape.FindStringSubmatch(s)[1])
					return string(rune(n))
				})
				want := giftArrow(at(q.Answer, j))
				if q.Type == quiz.Ordering {
					want = strconv.Itoa(indexOf(q.Answer, q.Options[j]) + 1)
				}
				if m.Subquestion.plain() != giftArrow(q.Options[j]) || sub != want {
					t.Fatalf("question %d pair %d: %q -> %q, want %q -> %q", i, j, m.Subquestion.plain(), sub, q.Options[j], want)
				}
			}
			if len(p.MatchPairs) != len(q.Options) {
				t.Fatalf("question %d: %d pairs, want %d", i, len(p.MatchPairs), len(q.Options))
			}
		}
	}
}
