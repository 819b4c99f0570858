package quiz

import (
	"os"
	"strings"
	"testing"
)

// TestStudyFactKnowsPhraseQuestions: the key of a question or card whose
// answer is a phrase ("What did the Marshall Plan provide?") finds a fact
// that names the question, in the chapter and paragraph it was asked on,
// so the progress screen names what was missed rather than "a card of
// your own"; an unknown key still finds nothing.
func TestStudyFactKnowsPhraseQuestions(t *testing.T) {
	b, err := os.ReadFile("../assets/mongolia-peace-mediator.txt")
	if err != nil {
		t.Skip("built-in article absent:", err)
	}
	s, err := NewStudy(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range s.Cards() {
		if _, known := s.factAt[c.FactKey]; c.Kind != CardQuestion || known {
			continue // a who/what card is on one of the article's facts
		}
		n++
		f, ok := s.Fact(c.FactKey)
		if !ok {
			t.Errorf("no fact for the phrase card %q", c.Front)
			continue
		}
		front, _, _ := cutSetting(c.Front) // the fact names the question; the card adds its chapter as a setting (cardsetting.go)
		if f.Text != front || f.Value != c.Phrase || f.Chapter != c.Chapter {
			t.Errorf("fact %q → %q (chapter %d), want %q → %q (chapter %d)", f.Text, f.Value, f.Chapter, c.Front, c.Phrase, c.Chapter)
		}
	}
	if n == 0 {
		t.Fatal("no phrase card in the built-in article")
	}
	for _, q := range s.Quiz(QuizOptions{Count: 25, Seed: 3}) {
		if q.Kind != ClauseFact {
			continue
		}
		for _, k := range q.FactKeys {
			if f, ok := s.Fact(k); !ok || !strings.HasSuffix(f.Text, "?") {
				t.Errorf("question %q: fact %q, %v", q.Prompt, f.Text, ok)
			}
		}
	}
	if _, ok := s.Fact("no-such-key"); ok {
		t.Error("an unknown key found a fact")
	}
}
