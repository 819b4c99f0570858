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

// BenchmarkReadCardsLargest reads a CSV just under MaxImportBytes.
func BenchmarkReadCardsLargest(b *testing.B) {
	row := []byte("\"A front with, a comma\",A back that is a little longer than the front,Chapter one,The source sentence.,define\n")
	n := (MaxImportBytes - 64) / len(row)
	if n > MaxCards {
		n = MaxCards
	}
	data := append([]byte("Front,Back,Chapter,Source sentence,Kind\n"), bytes.Repeat(row, n)...)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		cards, err := ReadCards(data)
		if err != nil || len(cards) != n {
			b.Fatalf("%d cards, %v", len(cards), err)
		}
	}
}
