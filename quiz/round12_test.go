package quiz

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// round12Articles are the six articles of the blind rounds 10 and 11.
var round12Articles = []string{"builtin", "cold_war_1947_1953", "comprehensive_nuclear_test_ban_treaty", "foreign_relations_of_china", "marshall_plan", "perestroika"}

// TestRound12Stats prints, when ROUND12_STATS names a folder, the count of
// each template over seeds 101–120 of the six reviewed articles, and
// writes every distinct question there, one file per article, for
// reading as a teacher would.
//
//	ROUND12_STATS=/tmp/stats go test ./quiz -run TestRound12Stats -v
func TestRound12Stats(t *testing.T) {
	dir := os.Getenv("ROUND12_STATS")
	if dir == "" {
		t.Skip("set ROUND12_STATS to a folder to print template counts")
	}
	all := map[string]int{}
	for _, name := range round12Articles {
		p := filepath.Join(corpusDir, name+".txt")
		if name == "builtin" {
			p = "../assets/mongolia-peace-mediator.txt"
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Skipf("no article %s: %v", name, err)
		}
		a := mustParse(t, b)
		facts := Extract(a)
		counts := map[string]int{}
		seen := map[string]bool{}
		g := indexedGenerator(a, facts)
		var dump strings.Builder
		n := 0
		for seed := uint64(101); seed <= 120; seed++ {
			qs := GenerateQuiz(a, facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			for _, q := range qs {
				tpl := templateOf(q)
				counts[tpl]++
				all[tpl]++
				if g.onSideName(q) {
					counts["side-name"]++
					all["side-name"]++
				}
				k := q.Prompt + "|" + strings.Join(q.Options, "|")
				if seen[k] {
					continue
				}
				seen[k] = true
				fmt.Fprintf(&dump, "[%s] (%s) %s\n", tpl, a.Chapters[q.Chapter].Title, q.Prompt)
				if len(q.Options) > 0 && q.Type != TrueFalse {
					fmt.Fprintf(&dump, "  options: %s\n", strings.Join(q.Options, " | "))
				}
				fmt.Fprintf(&dump, "  answer: %s\n  source: %s\n\n", strings.Join(q.Answer, " | "), strings.ReplaceAll(q.Explanation, "\n", "\n          "))
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %.1f per quiz, %d distinct; %s", name, float64(n)/20, len(seen), sortedCounts(counts))
	}
	t.Logf("all: %s", sortedCounts(all))
}

func sortedCounts(m map[string]int) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var out []string
	for _, k := range ks {
		out = append(out, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(out, ", ")
}

// templateOf names the template that made a question, as the reviews'
// tables do.
func templateOf(q Question) string {
	first := strings.SplitN(q.Prompt, "\n", 2)[0]
	switch q.Type {
	case TrueFalse:
		if q.Answer[0] == "True" {
			return "tf-true"
		}
		return "tf-false-" + string(q.Kind)
	case Ordering, Matching:
		return string(q.Type)
	case MultipleChoice:
		if strings.HasSuffix(first, "completes the sentence?") || first == "When did this happen?" || first == "Who is missing from this sentence?" {
			return "mcq-cloze-" + string(q.Kind)
		}
		return "mcq-wh-" + string(q.Kind)
	case FillIn:
		if strings.HasPrefix(first, "Type the missing") {
			return "fill-cloze-" + string(q.Kind)
		}
		return "fill-wh-" + string(q.Kind)
	}
	return string(q.Type)
}

// TestMainPoint: a true statement is set only of a sentence that states a
// main point (round 11: true copies of side details "test recognition
// only"): a dated event, a cause, a consequence or an aim, or what a
// policy held; not a side detail without any of these.
func TestMainPoint(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"On 10 September 1996, the Syldavian Test Ban Treaty was adopted by a large majority of the assembly.", true},
		{"In July 1987, the Supreme Soviet of Borduria passed the Law on State Enterprise.", true},
		{"Tax revenues in France declined because local governments withheld revenues from the central government.", true},
		{"The success of the airlift eventually caused the Soviet Union to lift its blockade of the city.", true},
		{"The Truman Doctrine argued that the United States needed to aid free peoples against pressure.", true},
		{"The government of Canada joined the alliance in the hope that its troops would defeat the invaders.", true},
		{"Ruritania has also been an avid supporter of the Greater Tumen Initiative in the region.", false},
		{"To clarify the American position, a major address by Secretary of State George Marshall was planned.", false},
		{"Officials met with Foreign Minister Boris Karlov and others to press for an economically self-sufficient Borduria.", false},
		{"In the view of the State Department, the United States needed to adopt a definite position on the world scene.", false},
		{"After the adjournment of the Moscow conference following six weeks of failed talks, the United States concluded that a solution could not wait any longer.", false},
		{"The Geneva Summit ended without any agreement on the future of Germany.", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			g := structGenerator(t, tt.sentence)
			var fs []Fact
			for _, f := range g.facts {
				if f.Sentence == tt.sentence {
					fs = append(fs, f)
				}
			}
			if len(fs) == 0 {
				t.Fatalf("no fact found in the sentence")
			}
			for _, f := range fs {
				if got := g.mainPoint(f); got != tt.want {
					t.Errorf("mainPoint(%s %q) = %v, want %v", f.Kind, f.Text, got, tt.want)
				}
			}
		})
	}
}

// TestThreads: ordering and matching items come from one thread — one
// chapter, or two adjacent chapters whose sentences name the same name
// (not the article's subject) — never from chapters far apart.
func TestThreads(t *testing.T) {
	text := "Ruritania\n\nIntroduction\n\nRuritania is a small kingdom in the mountains.\n\n" +
		"Early years\n\nIn 1901 France signed a pact with Ruritania. In 1905 France sent an envoy to the king. In 1910 Canada opened a consulate.\n\n" +
		"War years\n\nIn 1914 France closed its border with Ruritania. In 1916 Canada sent troops to the front.\n\n" +
		"Trade\n\nIn 1920 Brazil bought wool from Ruritania. In 1925 Argentina sold wheat to the kingdom.\n\n" +
		"Late years\n\nIn 1930 Brazil opened a bank in the capital. In 1935 Chile built a railway.\n"
	a := mustParse(t, []byte(text))
	g := &generator{a: a, facts: Extract(a), rng: rand.New(rand.NewPCG(1, 1))}
	g.index()
	var dates []Fact
	for _, f := range g.ofKind(DateFact) {
		dates = append(dates, f)
	}
	var got []string
	for _, th := range g.threads(dates, 3) {
		var ys []string
		for _, f := range th {
			ys = append(ys, f.Text)
		}
		got = append(got, strings.Join(ys, " "))
	}
	// Early years alone; Early + War years (both name France and Canada);
	// Trade + Late years (both name Brazil); War years alone and Trade
	// alone hold two; War years + Trade share only the subject
	want := []string{"1901 1905 1910", "1901 1905 1910 1914 1916", "1920 1925 1930 1935"}
	if strings.Join(got, " / ") != strings.Join(want, " / ") {
		t.Errorf("threads = %q, want %q", got, want)
	}
}

// TestOrderingsKeepToOneThread: over the corpus, every ordering and
// matching draws its items from one chapter or two adjacent ones, no two
// of one year, and is labelled with the chapter most come from.
func TestOrderingsKeepToOneThread(t *testing.T) {
	multi := 0
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != Ordering && q.Type != Matching {
				continue
			}
			multi++
			var fs []Fact
			lo, hi := len(h.a.Chapters), -1
			years := map[int]bool{}
			for _, k := range q.FactKeys {
				f, ok := g.factByKey(k)
				if !ok {
					continue
				}
				if q.Kind == PolicyFact {
					f = g.termItem(f)
				}
				fs = append(fs, f)
				lo, hi = min(lo, f.Chapter), max(hi, f.Chapter)
				if f.Kind == DateFact {
					if years[f.Date.Year] {
						t.Errorf("two items of %d in %q", f.Date.Year, q.Options)
					}
					years[f.Date.Year] = true
				}
			}
			if hi-lo > 1 {
				t.Errorf("items from chapters %d to %d: %v", lo, hi, q.Options)
			}
			if want := mostItemsChapter(fs); len(fs) == len(q.FactKeys) && q.Chapter != want {
				t.Errorf("labelled chapter %d, most items from %d: %v", q.Chapter, want, q.Options)
			}
		}
	})
	if multi == 0 && len(hygieneArticles(t)) > 1 {
		t.Error("no ordering or matching at all over the corpus")
	}
}

// TestTrueFalseStaysAMix: a quiz never holds more true statements than
// false ones plus one (round 11: a built-in quiz held 5 true of 6), so
// "True" is no safe guess; the picker takes a false one when it can.
func TestTrueFalseStaysAMix(t *testing.T) {
	g := structGenerator(t, "Filler.")
	var qs []Question
	for i, ans := range []string{"True", "True", "True", "False", "True"} {
		k := string(rune('a' + i))
		qs = append(qs, Question{Type: TrueFalse, Chapter: 0, FactKeys: []string{k}, Prompt: k, Answer: []string{ans}, Options: []string{"True", "False"}})
	}
	p := &picker{g: g, usedSent: map[string]bool{}, usedFact: map[string]bool{}, usedQ: map[string]bool{}, typeCount: map[QuestionType]int{},
		usedAnswer: map[string]bool{}, usedYear: map[int]int{}, perChapter: map[int]int{}, maxDates: 9, maxPlaces: 9, maxNums: 9}
	p.fill(5, []int{0}, map[int][]Question{0: qs}, 0, 5)
	var got []string
	for _, q := range p.out {
		got = append(got, q.Answer[0])
	}
	if strings.Join(got, " ") != "True False True" {
		t.Errorf("took %v, want True False True (no second true before a false)", got)
	}
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		trues, falses := 0, 0
		for _, q := range qs {
			if q.Type == TrueFalse {
				if q.Answer[0] == "True" {
					trues++
				} else {
					falses++
				}
			}
		}
		if trues > falses+1 {
			t.Errorf("%d true statements, %d false", trues, falses)
		}
	})
}

// TestPlaceContinent: a country's continent is CLDR's (M49), by its
// English name, a short name or the country its last words name; a
// state CLDR no longer names takes that of the countries it is listed
// with (three or more, not a pair of rivals).
func TestPlaceContinent(t *testing.T) {
	g := structGenerator(t, "Communist parties came to power in Romania, Bulgaria, Albania, and Borduria. "+
		"The talks between the United States and Ruritania failed.")
	for name, want := range map[string]string{
		"Japan": "142", "South Korea": "142", "East Germany": "150", "Britain": "150", "the United States": "019",
		"Canada": "019", "Egypt": "002", "Australia": "009", "Borduria": "150",
		"Ruritania": "", // a pair of rivals says nothing of where it lies
	} {
		if got := g.placeContinent(name); got != want {
			t.Errorf("placeContinent(%q) = %q, want %q", name, got, want)
		}
	}
	for _, tt := range []struct {
		answer  string
		options []string
		want    string
	}{
		{"Borduria", []string{"Japan", "Taiwan", "Turkey"}, ""},
		{"Borduria", []string{"Japan", "Belgium", "France"}, "Belgium France Japan"},
		{"Japan", []string{"France", "Italy", "Poland"}, ""},
		{"Japan", []string{"France", "China", "Italy"}, "China France Italy"},
		{"Ruritania", []string{"France", "China", "Italy"}, "France China Italy"},
	} {
		if got := strings.Join(g.mostOnItsContinent(tt.answer, tt.options), " "); got != tt.want {
			t.Errorf("mostOnItsContinent(%q, %v) = %q, want %q", tt.answer, tt.options, got, tt.want)
		}
	}
}

// TestUsedAsBody: a name the article uses as a body ("members of X",
// "X, their version of the Marshall Plan", "X's council") is no place
// option; a place named beside a body is.
func TestUsedAsBody(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		want       bool
	}{
		{"The leaders integrated the economies of their nations in Zollunion, their version of the Marshall Plan.", "Zollunion", true},
		{"Poland and Hungary were members of Zollunion by then.", "Zollunion", true},
		{"In 1950 Borduria joined the Zollunion after long talks.", "Zollunion", true},
		{"The Zollunion's council met in the capital every year.", "Zollunion", true},
		{"A brief failed putsch in Belgrade followed the split with the bloc.", "Belgrade", false},
		{"The United States joined Britain, France and Canada to form the alliance.", "Britain", false},
		{"Troops entered Szohod, the capital of the province, in 1945.", "Szohod", false},
		{"Borduria, the only communist state outside the Soviet bloc, traded with the West.", "Borduria", false},
		{"Borduria, a union of six republics, broke up in 1991.", "Borduria", false},
	} {
		g := structGenerator(t, tt.text)
		if got := g.usedAsBody(tt.name); got != tt.want {
			t.Errorf("usedAsBody(%q) in %q = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestCountryOptionsShareTheAnswersContinent: over the corpus, no
// country question offers its answer as the one option of its continent.
func TestCountryOptionsShareTheAnswersContinent(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != MultipleChoice || q.Kind != PlaceFact || len(q.Answer) == 0 {
				continue
			}
			a := g.placeContinent(q.Answer[0])
			if a == "" {
				continue
			}
			near := 0
			for _, o := range q.Options {
				if o != q.Answer[0] && g.placeContinent(o) == a {
					near++
				}
			}
			if near == 0 {
				t.Errorf("%s alone on its continent among %v", q.Answer[0], q.Options)
			}
		}
	})
}

// TestTypedMarkedNames: a typed answer with accents says that they may be
// left out (round 11: "Mátyás Rákosi" with no cue), and the grader takes
// the name without them; a name without marks gets no such line.
func TestTypedMarkedNames(t *testing.T) {
	for s, want := range map[string]bool{"Mátyás Rákosi": true, "Dubček": true, "Nagy": false, "Chiang Kai-shek": false, "Zhou Enlai": false, "Lech Wałęsa": true} {
		if got := marked(s); got != want {
			t.Errorf("marked(%q) = %v, want %v", s, got, want)
		}
	}
	seen := 0
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != FillIn {
				continue
			}
			if hint := strings.Contains(q.Prompt, marksHint); hint != marked(q.Answer[0]) {
				t.Errorf("hint %v for answer %q", hint, q.Answer[0])
			}
			if !marked(q.Answer[0]) {
				continue
			}
			seen++
			plain := strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Mn, r) {
					return -1
				}
				return r
			}, norm.NFD.String(q.Answer[0]))
			if v := q.Grade([]string{plain}); !v.Correct {
				t.Errorf("%q graded wrong for %q", plain, q.Answer[0])
			}
		}
	})
	if seen == 0 && len(hygieneArticles(t)) > 1 {
		t.Error("no typed answer with marks over the corpus")
	}
}

// TestSideName: a name the article mentions in one sentence only, not in
// a title or its chapter's lead sentence and beside no policy, is a side
// detail; the picker takes a question on it only when nothing else fills
// the quiz.
func TestSideName(t *testing.T) {
	text := "The Borduria Plan was the main programme of the decade in the region. " +
		"The speech on the plan, written by Charles Bohlen, contained no numbers. " +
		"George Marshall announced the plan in June. Later George Marshall left the office. " +
		"Senator Harold Smith defended the Borduria Plan before the assembly. President John Adams visited the region in May."
	g := structGenerator(t, text)
	for name, want := range map[string]bool{"Charles Bohlen": true, "John Adams": true, "George Marshall": false, "Harold Smith": false} {
		var f Fact
		for _, o := range g.facts {
			if o.Value == name {
				f = o
			}
		}
		if f.Value == "" {
			t.Fatalf("no fact on %q", name)
		}
		if got := g.sideName(f); got != want {
			t.Errorf("sideName(%q) = %v, want %v (mentions %d)", name, got, want, g.mentions[name])
		}
	}
	var side, other Question
	for _, f := range g.facts {
		q := Question{Type: FillIn, Chapter: f.Chapter, FactKeys: []string{f.Key()}, Prompt: f.Value, Answer: []string{f.Value}, Explanation: f.Sentence, Kind: f.Kind}
		switch f.Value {
		case "Charles Bohlen":
			side = q
		case "Harold Smith":
			other = q
		}
	}
	p := &picker{g: g, usedSent: map[string]bool{}, usedFact: map[string]bool{}, usedQ: map[string]bool{}, typeCount: map[QuestionType]int{},
		usedAnswer: map[string]bool{}, usedYear: map[int]int{}, perChapter: map[int]int{}, maxDates: 9, maxPlaces: 9, maxNums: 9}
	per := map[int][]Question{side.Chapter: {side, other}}
	p.fill(2, []int{side.Chapter}, per, 1, 2)
	if len(p.out) != 1 || p.out[0].Answer[0] != "Harold Smith" {
		t.Fatalf("pass 1 took %v, want Harold Smith alone", p.out)
	}
	p.fill(2, []int{side.Chapter}, per, lastPass, 2)
	if len(p.out) != 2 || p.out[1].Answer[0] != "Charles Bohlen" {
		t.Errorf("the last pass took %v, want Charles Bohlen second", p.out)
	}
}

// TestPolicyOptionsNoEvents: an event's name (a conference, a summit, a
// speech) is no option for a policy or a document, nor a policy for an
// event; names of one head stand in for each other.
func TestPolicyOptionsNoEvents(t *testing.T) {
	g := structGenerator(t, "Filler sentence for the generator.")
	for _, tt := range []struct {
		answer, option string
		want           bool
	}{
		{"Joint Chiefs of Staff Directive 1067", "Moscow conference", false},
		{"Joint Chiefs of Staff Directive 1067", "Truman Doctrine", true},
		{"Potsdam Conference", "Truman Doctrine", false},
		{"Potsdam Conference", "Yalta Conference", true},
		{"Marshall Plan", "Geneva Summit", false},
	} {
		f := Fact{Kind: PolicyFact, Value: tt.answer, Text: tt.answer}
		o := Fact{Kind: PolicyFact, Value: tt.option, Text: tt.option}
		if got := g.likeness(f, o) >= 0; got != tt.want {
			t.Errorf("%q offered for %q: %v, want %v", tt.option, tt.answer, got, tt.want)
		}
	}
}

// TestFigureTable: a sentence listing more than three percentages is a
// table of figures, not asked about; three shares of a total are.
func TestFigureTable(t *testing.T) {
	for s, want := range map[string]bool{
		"The top countries being Arland (78%), Belmar (77%), Corvia (77%), Delmora (74%) and Estovia (72%).":                   true,
		"Turnout was 61 per cent in the north, 58 per cent in the south, 49 per cent in the east and 40 per cent in the west.": true,
		"The largest recipient was Arland (26%), followed by Belmar (18%) and Corvia (11%).":                                   false,
		"The party won 62 per cent of the vote in 1990.":                                                                       false,
	} {
		if got := figureTable(s); got != want {
			t.Errorf("figureTable(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMatchingDatesOfOnePrecision: a date matching shows its dates in one
// form: when the items' dates are of mixed precision ("1 March 1954"
// among years), each is shown as its year (round 11 CTBT Q14: the one
// full date gave its item away).
func TestMatchingDatesOfOnePrecision(t *testing.T) {
	seen := 0
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != Matching || q.Kind != DateFact {
				continue
			}
			seen++
			shapes := map[string]bool{}
			for _, a := range q.Answer {
				w := strings.Fields(reDigits.ReplaceAllString(a, "9"))
				for i := range w {
					if isMonthName(strings.ToLower(strings.Trim(w[i], ","))) {
						w[i] = "Month" // "May 1985" and "June 1987" are of one form (round 13)
					}
				}
				shapes[strings.Join(w, " ")] = true
			}
			if len(shapes) > 1 {
				t.Errorf("dates of several forms %v", q.Answer)
			}
		}
	})
	if seen == 0 && len(hygieneArticles(t)) > 1 {
		t.Error("no date matching over the corpus")
	}
}

// TestClauseHolding: a statement joined by a semicolon is cut to the part
// that holds the fact when that part stands alone.
func TestClauseHolding(t *testing.T) {
	for _, tt := range []struct{ statement, value, want string }{
		{"The Borduria Plan was replaced by the Syldavia Plan at the end of 1951; that new plan gave away about $7.5 billion annually.", "1951",
			"The Borduria Plan was replaced by the Syldavia Plan at the end of 1951."},
		{"The Borduria Plan was replaced by the Syldavia Plan at the end of 1951; that new plan gave away about $7.5 billion annually.", "$7.5 billion",
			"The Borduria Plan was replaced by the Syldavia Plan at the end of 1951; that new plan gave away about $7.5 billion annually."},
		{"Japan took Korea and the Ryukyus; France took Vietnam in the late nineteenth century.", "Vietnam",
			"France took Vietnam in the late nineteenth century."},
		{"Japan took Korea; France took Vietnam.", "Vietnam", "Japan took Korea; France took Vietnam."},
		{"In 1985 the leader announced a testing moratorium, and in 1986 the president reaffirmed the goal.", "1986",
			"In 1985 the leader announced a testing moratorium, and in 1986 the president reaffirmed the goal."},
	} {
		if got := clauseHolding(tt.statement, tt.value); got != tt.want {
			t.Errorf("clauseHolding(%q, %q) = %q, want %q", tt.statement, tt.value, got, tt.want)
		}
	}
}
