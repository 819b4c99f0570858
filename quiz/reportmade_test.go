package quiz

import (
	"bytes"
	"testing"
)

// TestWriteReportJSONAsMade: the head and every fact are written before
// the cards are asked for, the cards before the questions are, and the
// bytes are WriteReportJSON's.
func TestWriteReportJSONAsMade(t *testing.T) {
	a := mustParse(t, builtinText(t))
	facts := Extract(a)
	cards := MakeCards(a, facts)
	qs := GenerateQuiz(a, facts, QuizOptions{Count: 10, Seed: 1})
	if len(facts) == 0 || len(cards) == 0 || len(qs) == 0 {
		t.Fatal("the built-in article gives no facts, cards or questions: the test compares nothing")
	}
	var want, got bytes.Buffer
	if err := WriteReportJSON(&want, a, facts, cards, qs); err != nil {
		t.Fatal(err)
	}
	askedCards, askedQs := false, false
	err := WriteReportJSONAsMade(&got, a, facts,
		func() []Card {
			askedCards = true
			if !bytes.HasPrefix(want.Bytes(), got.Bytes()) || !bytes.HasSuffix(got.Bytes(), []byte(`"cards": [`)) {
				t.Errorf("when the cards are asked for, %d bytes are written, not all before the cards", got.Len())
			}
			return cards
		},
		func() []Question {
			askedQs = true
			if !askedCards || !bytes.HasPrefix(want.Bytes(), got.Bytes()) || !bytes.HasSuffix(got.Bytes(), []byte(`"questions": [`)) {
				t.Errorf("when the questions are asked for, %d bytes are written, not all before the questions", got.Len())
			}
			return qs
		})
	if err != nil {
		t.Fatal(err)
	}
	if !askedCards || !askedQs {
		t.Error("the cards or the questions were never asked for")
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("%d bytes written as made, %d by WriteReportJSON, or other bytes", got.Len(), want.Len())
	}
}
