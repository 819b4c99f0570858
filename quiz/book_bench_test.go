package quiz

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chapterwise/chapterwise/quiz/names"
)

// trailingSection is the heading that ends a corpus article's body.
var trailingSection = regexp.MustCompile(`(?m)^(See also|Notes|References|Citations|Bibliography|Further reading|External links)(\[edit\])?$`)

// corpusBook is the book of docs/benchmarks.md ("A book, side by side"),
// as scripts/corpus-book.sh writes it: the nine corpus article bodies
// repeated under "Part N" headings until the book holds size bytes. It
// skips where ../shared is absent.
func corpusBook(tb testing.TB, size int) []byte {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(paths) == 0 {
		tb.Skipf("no corpus at %s (it lives in ../shared beside the clone)", corpusDir)
	}
	var bodies []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		s := string(b)
		if loc := trailingSection.FindStringIndex(s); loc != nil {
			s = s[:loc[0]]
		}
		bodies = append(bodies, s)
	}
	var sb strings.Builder
	sb.WriteString("A long book of policy history\n\n")
	for n := 1; sb.Len() < size; n++ {
		fmt.Fprintf(&sb, "Part %d\n\n", n)
		for _, s := range bodies {
			sb.WriteString(s + "\n\n")
			if sb.Len() >= size {
				break
			}
		}
	}
	return []byte(sb.String())
}

// BenchmarkBook measures each stage of `chapterwise generate --json` on
// 1 and 4 MB books of the corpus: extraction, cards, a 20-question quiz,
// and the whole command from the text to its JSON (parse included).
func BenchmarkBook(b *testing.B) {
	for _, size := range []int{1 << 20, 4 << 20} {
		data := corpusBook(b, size)
		a := mustParse(b, data)
		name := fmt.Sprintf("%dMB", size>>20)
		b.Run(name+"/extract", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(a)
			}
		})
		facts := Extract(a)
		b.Run(name+"/cards", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				MakeCards(a, facts)
			}
		})
		b.Run(name+"/quiz20", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				GenerateQuiz(a, facts, QuizOptions{Count: 20, Seed: 1})
			}
		})
		b.Run(name+"/generate", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				a, err := ParseArticle(data)
				if err != nil {
					b.Fatal(err)
				}
				facts := Extract(a)
				cards := MakeCards(a, facts)
				qs := GenerateQuiz(a, facts, QuizOptions{Count: 20, Seed: 1})
				if err := json.NewEncoder(io.Discard).Encode(BuildReport(a, facts, cards, qs)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// manyNamesArticle is an article of size bytes in which every paragraph
// names a new treaty, person and place, as a long history book does (the
// corpus book repeats the same names, which hides work that grows with
// each new name).
func manyNamesArticle(size int) []byte {
	word := func(n int) string {
		b := []byte{byte('A' + n%26)}
		for n /= 26; n > 0; n /= 26 {
			b = append(b, byte('a'+n%26))
		}
		return string(b) + "ov"
	}
	var sb strings.Builder
	sb.WriteString("A history of many treaties\n\n")
	for i := 0; sb.Len() < size; i++ {
		if i%20 == 0 {
			fmt.Fprintf(&sb, "Part %d\n\n", i/20+1)
		}
		fmt.Fprintf(&sb, "In %d the %s Agreement was signed by President %s %s in %s. "+
			"The %s Agreement was later revised, and %s said it had served %s well.\n\n",
			1800+i%200, word(3*i), word(3*i+1), word(3*i+2), word(3*i+1)+"grad", word(3*i), word(3*i+2), word(3*i+1)+"grad")
	}
	return []byte(sb.String())
}

// BenchmarkExtractManyNames shows that extraction stays linear when names
// keep coming: MB/s should be about the same at every size.
func BenchmarkExtractManyNames(b *testing.B) {
	for _, size := range []int{256 << 10, 1 << 20, 4 << 20} {
		data := manyNamesArticle(size)
		a := mustParse(b, data)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(a)
			}
		})
	}
}

// BenchmarkBookLarge is BenchmarkBook on a book of CHAPTERWISE_BOOK_MB
// megabytes (docs/benchmarks.md profiles the 19 MB book with it); it
// skips when the variable is unset, as a 19 MB book takes a minute.
func BenchmarkBookLarge(b *testing.B) {
	mb, _ := strconv.Atoi(os.Getenv("CHAPTERWISE_BOOK_MB"))
	if mb <= 0 {
		b.Skip("set CHAPTERWISE_BOOK_MB to the book's size in MB")
	}
	data := corpusBook(b, mb<<20)
	a := mustParse(b, data)
	facts := Extract(a)
	b.Run("cards", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			MakeCards(a, facts)
		}
	})
	b.Run("quiz20", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			GenerateQuiz(a, facts, QuizOptions{Count: 20, Seed: 1})
		}
	})
	// what `generate` does after parsing: one study, its cards and a quiz
	b.Run("study", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			s := StudyOf(a, nil)
			s.Cards()
			s.Quiz(QuizOptions{Count: 20, Seed: 1})
		}
	})
}

// BenchmarkCardsQuizManyNames shows that cards and a quiz stay about
// linear when names keep coming (manyNamesArticle): every name checked
// against every other was quadratic there and hidden by the corpus book.
func BenchmarkCardsQuizManyNames(b *testing.B) {
	for _, size := range []int{64 << 10, 256 << 10} {
		data := manyNamesArticle(size)
		a := mustParse(b, data)
		facts := Extract(a)
		name := fmt.Sprintf("%dKB", size>>10)
		b.Run(name+"/cards", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				MakeCards(a, facts)
			}
		})
		b.Run(name+"/quiz20", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				GenerateQuiz(a, facts, QuizOptions{Count: 20, Seed: 1})
			}
		})
	}
}

// BenchmarkNamesFind is names.Find over every sentence of the 4 MB book,
// the largest part of extraction (docs/benchmarks.md, session 6).
func BenchmarkNamesFind(b *testing.B) {
	data := corpusBook(b, 4<<20)
	sents := articleSentences(mustParse(b, data))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			names.Find(s.text)
		}
	}
}

// BenchmarkFindDates is findDates over every sentence of the 4 MB book.
func BenchmarkFindDates(b *testing.B) {
	data := corpusBook(b, 4<<20)
	sents := articleSentences(mustParse(b, data))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			findDates(s.text)
		}
	}
}
