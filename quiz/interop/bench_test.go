package interop

import (
	"bytes"
	"testing"
)

func BenchmarkReadMoodleXML(b *testing.B) {
	_, _, qs := article(b)
	var buf bytes.Buffer
	if err := WriteMoodleXML(&buf, QuestionBank{Questions: append(handQuestions(), qs...)}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for i := 0; i < b.N; i++ {
		if _, err := ReadMoodleXML(buf.Bytes()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCards(b *testing.B) {
	_, cards, _ := article(b)
	var buf bytes.Buffer
	if err := WriteCardsCSV(&buf, Deck{Cards: cards}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for i := 0; i < b.N; i++ {
		if _, err := ReadCards(buf.Bytes()); err != nil {
			b.Fatal(err)
		}
	}
}
