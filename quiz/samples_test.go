package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteSamples writes generated questions and cards for review, one
// plain-text file per article, when CHAPTERWISE_SAMPLES names a folder:
//
//	CHAPTERWISE_SAMPLES=/tmp/team/samples SAMPLE_SEED=1 go test ./quiz -run TestWriteSamples
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("CHAPTERWISE_SAMPLES")
	if dir == "" {
		t.Skip("set CHAPTERWISE_SAMPLES to a folder to write review samples")
	}
	seed := uint64(1)
	if s := os.Getenv("SAMPLE_SEED"); s != "" {
		fmt.Sscan(s, &seed)
	}
	names := []string{"marshall_plan", "perestroika", "potsdam_agreement"}
	if s := os.Getenv("SAMPLE_ARTICLES"); s != "" {
		names = strings.Split(s, ",")
	}
	paths := map[string]string{"builtin": "../assets/mongolia-peace-mediator.txt"}
	for _, n := range names {
		paths[n] = filepath.Join(corpusDir, n+".txt")
	}
	for name, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Logf("skip %s: %v", name, err)
			continue
		}
		a := mustParse(t, b)
		facts := Extract(a)
		out := filepath.Join(dir, fmt.Sprintf("%s.seed%d.txt", name, seed))
		if err := os.WriteFile(out, []byte(renderSample(a, facts, seed)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func renderSample(a *Article, facts []Fact, seed uint64) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "ARTICLE: %s (seed %d)\n\n== QUESTIONS ==\n\n", a.Title, seed)
	qs := GenerateQuiz(a, facts, QuizOptions{Count: 25, Seed: seed})
	types, kinds := map[QuestionType]int{}, map[FactKind]int{}
	for _, q := range qs {
		types[q.Type]++
		kinds[q.Kind]++
	}
	summary := fmt.Sprintf("== SUMMARY ==\n%d questions; types %v; answer kinds %v\n", len(qs), types, kinds)
	for i, q := range qs {
		fmt.Fprintf(&sb, "Q%d [%s] (chapter: %s)\n%s\n", i+1, q.Type, a.Chapters[q.Chapter].Title, q.Prompt)
		switch q.Type {
		case Matching:
			for j, o := range q.Options {
				fmt.Fprintf(&sb, "  %d. %s\n", j+1, o)
			}
			fmt.Fprintf(&sb, "  choices: %s\n", strings.Join(q.Choices, " | "))
			fmt.Fprintf(&sb, "  ANSWER: %s\n", strings.Join(q.Answer, " | "))
		case Ordering:
			for j, o := range q.Options {
				fmt.Fprintf(&sb, "  %c) %s\n", 'a'+j, o)
			}
			fmt.Fprintf(&sb, "  ANSWER (in order):\n")
			for _, o := range q.Answer {
				fmt.Fprintf(&sb, "    %s\n", o)
			}
		default:
			for j, o := range q.Options {
				fmt.Fprintf(&sb, "  %c) %s\n", 'a'+j, o)
			}
			fmt.Fprintf(&sb, "  ANSWER: %s\n", strings.Join(q.Answer, " | "))
		}
		fmt.Fprintf(&sb, "  SOURCE: %s\n\n", strings.ReplaceAll(q.Explanation, "\n", "\n          "))
	}
	sb.WriteString("== CARDS ==\n\n")
	cards := MakeCards(a, facts)
	for i, c := range sampleCards(cards, 20, seed) {
		fmt.Fprintf(&sb, "C%d [%s]\n  FRONT: %s\n  BACK: %s\n\n", i+1, c.Kind, strings.ReplaceAll(c.Front, "\n", "\n         "), strings.ReplaceAll(c.Back, "\n", "\n        "))
	}
	sb.WriteString(summary)
	return sb.String()
}

// sampleCards picks n cards spread evenly over the deck, offset by seed.
func sampleCards(cards []Card, n int, seed uint64) []Card {
	if len(cards) <= n {
		return cards
	}
	var out []Card
	step := float64(len(cards)) / float64(n)
	off := float64(seed%7) / 7 * step
	for i := 0; i < n; i++ {
		out = append(out, cards[int(off+float64(i)*step)])
	}
	return out
}
