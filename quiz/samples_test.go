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
		if n == "builtin" || n == "none" {
			continue // the built-in article is always written; "none" asks for it alone
		}
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
			fmt.Fprintf(&sb, "  ANSWER: %s\n", q.ShownAnswer())
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

// TestSampleShares prints, when SAMPLE_SHARES is set, every article's
// average quiz length over the hygiene seeds and the shares of question
// types and answer kinds over all of them: the figures the review notes
// give before and after a change of the rules.
//
//	SAMPLE_SHARES=1 go test ./quiz -run TestSampleShares -v
func TestSampleShares(t *testing.T) {
	if os.Getenv("SAMPLE_SHARES") == "" {
		t.Skip("set SAMPLE_SHARES=1 to print quiz lengths and shares")
	}
	types, kinds := map[QuestionType]int{}, map[FactKind]int{}
	total, cards := 0, map[CardKind]int{}
	for _, h := range hygieneArticles(t) {
		n := 0
		for seed := uint64(1); seed <= hygieneSeeds; seed++ {
			qs := GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			for _, q := range qs {
				types[q.Type]++
				kinds[q.Kind]++
			}
		}
		total += n
		deck := MakeCards(h.a, h.facts)
		for _, c := range deck {
			cards[c.Kind]++
		}
		t.Logf("%-40s %.1f questions, %d cards", h.name, float64(n)/hygieneSeeds, len(deck))
	}
	share := func(n int) string { return fmt.Sprintf("%.0f %%", 100*float64(n)/float64(max(total, 1))) }
	for k, v := range types {
		t.Logf("type %-12s %s", k, share(v))
	}
	for k, v := range kinds {
		t.Logf("kind %-12v %s", k, share(v))
	}
	t.Logf("cards %v", cards)
}
