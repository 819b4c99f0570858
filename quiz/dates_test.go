package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestFindDates(t *testing.T) {
	tests := []struct {
		in   string
		want []string // "text=year-yearEnd/granularity"
	}{
		{"Kim Il Sung visited Mongolia in 1986 as ties frayed.", []string{"1986=1986-1986/year"}},
		{"Relations worsened in the 1980s.", []string{"the 1980s=1980-1989/decade"}},
		{"It was founded in the mid-1920s.", []string{"the mid-1920s=1920-1929/decade"}},
		{"Talks began in the early 1990s.", []string{"the early 1990s=1990-1999/decade"}},
		{"Agents struck in the late 1970s and early 1980s.", []string{"the late 1970s and early 1980s=1970-1989/decade"}},
		{"The 21st Century began quietly.", []string{"The 21st Century=2001-2100/century"}},
		{"It happened in the nineteenth century.", []string{"the nineteenth century=1801-1900/century"}},
		{"A delegation came in March 2024.", []string{"March 2024=2024-2024/month"}},
		{"Signed on 27 May 2024 in Geneva.", []string{"27 May 2024=2024-2024/day"}},
		{"Signed on May 27, 2024 in Geneva.", []string{"May 27, 2024=2024-2024/day"}},
		{"During the Cold War, 1948–1989, ties held.", []string{"1948–1989=1948-1989/year"}},
		{"The mission ran from 2007 to 2011.", []string{"from 2007 to 2011=2007-2011/year"}},
		{"Within the first two quarters of 2024 alone, it acted.", []string{"the first two quarters of 2024=2024-2024/year"}},
		{"In 2007 and again in 2012, talks were held.", []string{"2007=2007-2007/year", "2012=2012-2012/year"}},
		{"The 1990's were hard.", []string{"The 1990's=1990-1999/decade"}},
		// not dates
		{"UN Security Council Resolution 2231 was adopted.", nil},
		{"Resolution No. 1718 imposed sanctions.", nil},
		{"About 1500 troops and 2000 people took part.", nil},
		{"The treaty lasted for forty years.", nil},
		{"See pages 275-297 for details.", nil},
		{"Read https://example.org/2024/03/report-1998.html today.", nil},
		{"It cost $2000 in total.", nil},
		{"The 18th Meeting of the Commission opened.", nil},
		{"The COVID-19 outbreak stopped meetings.", nil},
		{"A population of 1,986,000 lives there.", nil},
		{"He scored 2012 points.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, m := range FindDates(tt.in) {
				got = append(got, fmt.Sprintf("%s=%d-%d/%s", tt.in[m.Start:m.End], m.Value.Year, m.Value.YearEnd, m.Value.Granularity))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDateRules runs every date rule's examples and counter-examples, one
// sub-test each, so that a failing example names its rule.
func TestDateRules(t *testing.T) {
	for _, r := range dateRules {
		t.Run(r.name, func(t *testing.T) {
			if len(r.examples) == 0 {
				t.Fatal("a rule needs at least one example")
			}
			for _, ex := range r.examples {
				t.Run(ex, func(t *testing.T) {
					open, close := strings.Index(ex, "["), strings.Index(ex, "]")
					if open < 0 || close < open {
						t.Fatalf("example %q has no [date]", ex)
					}
					text := ex[:open] + ex[open+1:close] + ex[close+1:]
					want := Span{open, close - 1}
					var got []string
					for _, m := range FindDates(text) {
						if m.Span == want {
							return
						}
						got = append(got, text[m.Start:m.End])
					}
					t.Errorf("want %q, found %q", text[want.Start:want.End], got)
				})
			}
			for _, ex := range r.not {
				t.Run("not/"+ex, func(t *testing.T) {
					// a date FindDates gives whose text is a match of this rule
					spans := map[Span]bool{}
					for _, m := range r.re.FindAllStringSubmatchIndex(ex) {
						spans[Span{m[2*r.from], m[2*r.from+1]}] = true
					}
					for _, d := range FindDates(ex) {
						if spans[d.Span] {
							t.Errorf("rule found %q (%d–%d)", ex[d.Start:d.End], d.Value.Year, d.Value.YearEnd)
						}
					}
				})
			}
		})
	}
}

// TestDateContext checks that a day and month without a year take the
// year of their sentence, paragraph or chapter title, and that a date said
// twice in one sentence is one fact.
func TestDateContext(t *testing.T) {
	in := "Title\n\n1968 Prague Spring\n\nThe reformers had studied Hungary in 1956 closely. By May 6 Brezhnev condemned the reforms.\n\n" +
		"Later years\n\nIn 1962 a crisis began. On 16 October the President was told. In the 1998 general election of 1998 he lost.\n"
	a := mustParse(t, []byte(in))
	var got []string
	for _, f := range FactsOfKind(Extract(a), DateFact) {
		got = append(got, fmt.Sprintf("%s=%d", f.Text, f.Date.Year))
	}
	want := []string{"1956=1956", "May 6=1968", "1962=1962", "16 October=1962", "1998=1998"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestNoDatesFromReferences(t *testing.T) {
	a := mustParse(t, builtinText(t))
	for _, f := range Extract(a) {
		for _, r := range a.References {
			if f.Sentence == r.Text {
				t.Errorf("fact %q taken from the references", f.Text)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	in := "US Secretary of State James A. Baker visited in 1991. Mr. Kim said “No.” Then he left! Was it 3.5 km? Yes (mostly)."
	var got []string
	for _, s := range Sentences(in) {
		got = append(got, in[s.Start:s.End])
	}
	want := []string{"US Secretary of State James A. Baker visited in 1991.", "Mr. Kim said “No.”", "Then he left!", "Was it 3.5 km?", "Yes (mostly)."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// FuzzExtract checks that extraction never panics, that every offset lies
// inside the input and points at the fact's text, and that it is
// deterministic.
func FuzzExtract(f *testing.F) {
	f.Add(builtinText(f))
	f.Add([]byte("T\n\nH\n\nIn 1986 the “Sunrise Policy” began; Prime Minister Ana Kolar visited Vesta in March 2024."))
	f.Add([]byte("# A\n\n## B\n\nthe late 1970s and early 1980s, from 2007 to 2011, 27 May 2024."))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := ParseArticle(in)
		if err != nil {
			return
		}
		facts := Extract(a)
		for _, fc := range facts {
			if fc.Chapter < 0 || fc.Chapter >= len(a.Chapters) || fc.Block < 0 || fc.Block >= len(a.Chapters[fc.Chapter].Blocks) {
				t.Fatalf("fact %q points outside the article", fc.Text)
			}
			text := a.Chapters[fc.Chapter].Blocks[fc.Block].Text
			if fc.Start < 0 || fc.End > len(text) || fc.Start > fc.End {
				t.Fatalf("offsets %d..%d outside block of %d bytes", fc.Start, fc.End, len(text))
			}
			if text[fc.Start:fc.End] != fc.Text {
				t.Fatalf("offsets point at %q, fact says %q", text[fc.Start:fc.End], fc.Text)
			}
			if !strings.Contains(fc.Sentence, fc.Text) {
				t.Fatalf("sentence %q does not hold %q", fc.Sentence, fc.Text)
			}
		}
		if again := Extract(a); !reflect.DeepEqual(facts, again) {
			t.Fatal("extraction is not deterministic")
		}
	})
}

// FuzzGenerate checks that card and question generation never panic, keep
// their invariants and are deterministic.
func FuzzGenerate(f *testing.F) {
	f.Add(builtinText(f), uint64(1))
	f.Add([]byte("T\n\nH\n\nIn 1986 X. In 1990 Y. In 2001 Z. In 2010 the “Dawn Policy” began.\n\nH2\n\nIn the 1950s W."), uint64(9))
	f.Fuzz(func(t *testing.T, in []byte, seed uint64) {
		a, err := ParseArticle(in)
		if err != nil {
			return
		}
		facts := Extract(a)
		cards := MakeCards(a, facts)
		qs := GenerateQuiz(a, facts, QuizOptions{Count: 20, Seed: seed})
		for _, c := range cards {
			if c.Chapter < 0 || c.Chapter >= len(a.Chapters) || c.Front == "" || c.Key == "" {
				t.Fatalf("bad card %+v", c)
			}
		}
		for _, q := range qs {
			if q.Chapter < 0 || q.Chapter >= len(a.Chapters) || len(q.Answer) == 0 {
				t.Fatalf("bad question %+v", q)
			}
			if q.Type == MultipleChoice && !contains(q.Options, q.Answer[0]) {
				t.Fatalf("answer not among options: %+v", q)
			}
		}
		if again := GenerateQuiz(a, facts, QuizOptions{Count: 20, Seed: seed}); !reflect.DeepEqual(qs, again) {
			t.Fatal("generation is not deterministic")
		}
	})
}

// benchInputs are the built-in article and ~256 KB and ~1 MB articles.
func benchInputs(b *testing.B) (names []string, arts []*Article, sizes []int) {
	for _, size := range []int{0, 256 << 10, 1 << 20} {
		data, name := builtinText(b), "builtin"
		if size > 0 {
			data, name = bigArticle(b, size), fmt.Sprintf("%dKB", size>>10)
		}
		names, arts, sizes = append(names, name), append(arts, mustParse(b, data)), append(sizes, len(data))
	}
	return names, arts, sizes
}

func BenchmarkExtract(b *testing.B) {
	names, arts, sizes := benchInputs(b)
	for i, a := range arts {
		b.Run(names[i], func(b *testing.B) {
			b.SetBytes(int64(sizes[i]))
			b.ReportAllocs()
			for b.Loop() {
				Extract(a)
			}
		})
	}
}

func BenchmarkGenerate(b *testing.B) {
	names, arts, sizes := benchInputs(b)
	for i, a := range arts {
		facts := Extract(a)
		b.Run(names[i]+"/cards", func(b *testing.B) {
			b.SetBytes(int64(sizes[i]))
			b.ReportAllocs()
			for b.Loop() {
				MakeCards(a, facts)
			}
		})
		b.Run(names[i]+"/quiz50", func(b *testing.B) {
			b.SetBytes(int64(sizes[i]))
			b.ReportAllocs()
			for b.Loop() {
				GenerateQuiz(a, facts, QuizOptions{Count: 50, Seed: 1})
			}
		})
	}
}

// BenchmarkDateFacts measures date finding alone over the built-in
// article's sentences.
func BenchmarkDateFacts(b *testing.B) {
	data := builtinText(b)
	a := mustParse(b, data)
	sents := articleSentences(a)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		dateFacts(a, sents)
	}
}

// The date rules look for matches only where one can start
// (internal/rescan); on the built-in article, the corpus and every
// example they must find exactly what regexp finds trying every position.
func TestDateRulesFindWhatRegexpFinds(t *testing.T) {
	texts := []string{string(builtinText(t))}
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range corpus {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var sents []string
	for _, text := range texts {
		for _, s := range articleSentences(mustParse(t, []byte(text))) {
			sents = append(sents, s.text)
		}
	}
	fast := 0
	for _, r := range dateRules {
		if r.re.Fast() {
			fast++
		}
		std := regexp.MustCompile(r.re.String())
		for _, s := range append(append(sents, r.examples...), r.not...) {
			s = strings.NewReplacer("[", "", "]", "").Replace(s)
			if !strings.ContainsAny(s, "0123456789") && !strings.Contains(s, "entury") || r.any != nil && !hasAnyOf(s, r.any) {
				continue // findDates does not try the rule here
			}
			if got, want := r.re.FindAllStringSubmatchIndex(s), std.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: %v, regexp finds %v", r.name, s, got, want)
			}
		}
	}
	// only a rule whose match may open with a quote ("’60s") tries every position
	if fast < len(dateRules)-1 {
		t.Errorf("%d of %d date rules look only where a match can start", fast, len(dateRules))
	}
}
