package quiz

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// studyBook is a Markdown article of n chapters, each with a dated event
// and a named person.
func studyBook(n int) []byte {
	var b strings.Builder
	b.WriteString("# A history in chapters\n\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "## Region %d\n\nIn %d the Council of Region %d signed the Treaty of Harbour Town with the Republic of Westland. "+
			"President Anna Berg said the treaty would keep the peace for a generation.\n\n", i, 1900+i, i)
	}
	return []byte(b.String())
}

func TestNewStudyReportsEveryChapterInOrder(t *testing.T) {
	tests := []struct {
		chapters int
		reading  int // how many "chapter N of M" steps are told
	}{
		{1, 1},
		{5, 5},
		{400, 201}, // a book: every second chapter and the first
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.chapters, " chapters"), func(t *testing.T) {
			var got []StudyProgress
			s, err := NewStudy(studyBook(tt.chapters), func(p StudyProgress) { got = append(got, p) })
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Article.Chapters) != tt.chapters {
				t.Fatalf("%d chapters parsed, want %d", len(s.Article.Chapters), tt.chapters)
			}
			if got[0].Stage != StageParsing || got[len(got)-1].Stage != StageDone || got[len(got)-2].Stage != StageReading {
				t.Fatalf("stages = %v, want parsing first, reading, and done last", got)
			}
			var reading []StudyProgress
			for _, p := range got {
				if p.Stage == StageReading {
					reading = append(reading, p)
				}
			}
			if len(reading) != tt.reading {
				t.Errorf("%d reading steps, want %d", len(reading), tt.reading)
			}
			if reading[0].Chapter != 1 || reading[len(reading)-1].Chapter != tt.chapters {
				t.Errorf("reading ran from chapter %d to %d, want 1 to %d", reading[0].Chapter, reading[len(reading)-1].Chapter, tt.chapters)
			}
			last := 0.0
			for i, p := range got {
				if p.Fraction() < last {
					t.Errorf("step %d (%v) went back from %.2f to %.2f", i, p, last, p.Fraction())
				}
				last = p.Fraction()
				if i > 0 && p.Stage == StageReading && got[i-1].Stage == StageReading && p.Chapter <= got[i-1].Chapter {
					t.Errorf("chapter %d told after chapter %d", p.Chapter, got[i-1].Chapter)
				}
			}
			if want := fmt.Sprintf("Reading chapter 1 of %d…", tt.chapters); reading[0].String() != want {
				t.Errorf("first step says %q, want %q", reading[0], want)
			}
		})
	}
}

func TestNewStudyIsExtractAndMakeCards(t *testing.T) {
	content := studyBook(3)
	s, err := NewStudy(content, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := ParseArticle(content)
	facts := Extract(a)
	if !reflect.DeepEqual(s.Facts, facts) {
		t.Errorf("study facts differ from Extract's")
	}
	if !reflect.DeepEqual(s.Cards(), MakeCards(a, facts)) {
		t.Errorf("study cards differ from MakeCards'")
	}
	if first, again := s.Cards(), s.Cards(); len(first) == 0 || &first[0] != &again[0] {
		t.Errorf("Cards made the cards again (or none: %d)", len(first))
	}
	if len(s.Facts) == 0 {
		t.Fatal("no facts in the test book")
	}
	f, ok := s.Fact(s.Facts[0].Key())
	if !ok || f.Key() != s.Facts[0].Key() {
		t.Errorf("Fact(%q) = %v, %v", s.Facts[0].Key(), f, ok)
	}
	if _, ok := s.Fact("no such fact"); ok {
		t.Error("Fact found a key that is not there")
	}
	opts := QuizOptions{Count: 5, Seed: 7}
	if !reflect.DeepEqual(s.Quiz(opts), GenerateQuiz(a, facts, opts)) {
		t.Error("Study.Quiz differs from GenerateQuiz")
	}
}

func TestNewStudyRefusesBadText(t *testing.T) {
	called := 0
	if _, err := NewStudy(nil, func(StudyProgress) { called++ }); err == nil {
		t.Fatal("an empty article made a study")
	}
	if called != 1 {
		t.Errorf("progress told %d times for a failed parse, want 1 (parsing)", called)
	}
}

// BenchmarkNewStudyBook makes the study value of a generated book of
// about 2 MB (1,000 chapters of 2 KB each).
func BenchmarkNewStudyBook(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("# A long history\n\n")
	for i := 1; i <= 1000; i++ {
		fmt.Fprintf(&sb, "## Region %d\n\n", i)
		for j := 0; j < 6; j++ {
			fmt.Fprintf(&sb, "In %d the Council of Region %d signed the Treaty of Harbour Town with the Republic of Westland. "+
				"President Anna Berg said the treaty would keep the peace for a generation, and Minister Karl Olsen agreed.\n\n", 1900+i%100, i)
		}
	}
	content := []byte(sb.String())
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		steps := 0
		if _, err := NewStudy(content, func(StudyProgress) { steps++ }); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(steps), "steps/op")
	}
}
