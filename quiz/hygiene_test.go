package quiz

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

// hygieneArticle is one article the hygiene tests generate quizzes from.
type hygieneArticle struct {
	name  string
	a     *Article
	facts []Fact
}

// hygieneArticles are the built-in article and every corpus article.
func hygieneArticles(t *testing.T) []hygieneArticle {
	t.Helper()
	a, facts := builtinEngine(t)
	out := []hygieneArticle{{"builtin", a, facts}}
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(paths) == 0 {
		t.Logf("no corpus at %s (it lives in ../shared beside the clone); checking the built-in article only", corpusDir)
	}
	sort.Strings(paths)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ca := mustParse(t, b)
		out = append(out, hygieneArticle{strings.TrimSuffix(filepath.Base(p), ".txt"), ca, Extract(ca)})
	}
	return out
}

const hygieneSeeds = 20

// hygieneQuizzes holds the quizzes of every article and seed, generated
// once for all the hygiene tests.
var hygieneQuizzes struct {
	sync.Mutex
	arts []hygieneArticle
	qs   map[string][][]Question
}

// forEachQuiz generates a 25-question quiz for every article and seed.
func forEachQuiz(t *testing.T, check func(t *testing.T, h hygieneArticle, g *generator, qs []Question)) {
	hygieneQuizzes.Lock()
	if hygieneQuizzes.qs == nil {
		hygieneQuizzes.arts = hygieneArticles(t)
		hygieneQuizzes.qs = map[string][][]Question{}
		for _, h := range hygieneQuizzes.arts {
			for seed := uint64(1); seed <= hygieneSeeds; seed++ {
				hygieneQuizzes.qs[h.name] = append(hygieneQuizzes.qs[h.name], GenerateQuiz(h.a, h.facts, QuizOptions{Count: 25, Seed: seed}))
			}
		}
	}
	arts, all := hygieneQuizzes.arts, hygieneQuizzes.qs
	hygieneQuizzes.Unlock()
	for _, h := range arts {
		t.Run(h.name, func(t *testing.T) {
			g := &generator{a: h.a, facts: h.facts, rng: rand.New(rand.NewPCG(1, 1))}
			g.index()
			for _, qs := range all[h.name] {
				check(t, h, g, qs)
			}
		})
	}
}

// sourceSentences are the sentences a question's explanation quotes.
func sourceSentences(q Question) []string {
	var out []string
	for _, line := range strings.Split(q.Explanation, "\n") {
		if strings.HasPrefix(line, "False: ") {
			if i := strings.Index(line, "“"); i >= 0 {
				line = strings.TrimSuffix(line[i+len("“"):], "”")
			}
		} else if q.Type == Ordering || q.Type == Matching {
			if i := strings.Index(line, ": "); i >= 0 {
				line = line[i+2:]
			}
		}
		out = append(out, line)
	}
	return out
}

func TestHygieneAnswerNeverShown(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != MultipleChoice && q.Type != FillIn {
				continue
			}
			answers := append([]string{q.Answer[0]}, q.Accept...)
			if showsAny(q.Prompt, answers) {
				t.Errorf("the prompt shows its answer %q: %q", answers, q.Prompt)
			}
			for _, o := range q.Options {
				if o != q.Answer[0] && showsAny(o, answers) {
					t.Errorf("option %q shows the answer %q", o, q.Answer[0])
				}
			}
		}
	})
}

func TestHygieneOnlyWholeProseSentencesOncePerQuiz(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		prose := map[string]bool{}
		for _, s := range g.sents {
			prose[s.text] = true
		}
		used := map[string]bool{}
		for _, q := range qs {
			for _, s := range sourceSentences(q) {
				if !prose[s] {
					t.Errorf("%s question from a line that is no sentence of a paragraph: %q", q.Type, s)
				}
				if !IsWholeSentence(s) {
					t.Errorf("%s question from a fragment: %q", q.Type, s)
				}
				if used[s] {
					t.Errorf("sentence used twice in one quiz: %q", s)
				}
				used[s] = true
			}
		}
	})
}

func TestHygieneNoQuestionGivesAnotherAway(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		var asked []string
		for _, q := range qs {
			if (q.Type == MultipleChoice || q.Type == FillIn) && q.Kind != DateFact {
				for _, a := range asked {
					if showsAny(a, q.Answer) || showsAny(q.Answer[0], []string{a}) {
						t.Errorf("%q is asked for twice in one quiz (%q)", q.Answer[0], a)
					}
				}
				asked = append(asked, q.Answer[0])
			}
		}
		for i, q := range qs {
			for j, o := range qs {
				if i != j && g.givesAway(o, q) {
					t.Errorf("%q gives away the answer %q of %q", o.Prompt, q.Answer, q.Prompt)
				}
			}
		}
	})
}

var (
	reBadDatePrep = regexp.MustCompile(`\b(?:in|In) \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\bon (?:\d{4}|the \d{4}s)\b`)
	reTheNumbered = regexp.MustCompile(`\b(?:is|are) the (?:Resolution|Article|Directive|Protocol) \d`)
	reTheBareYear = regexp.MustCompile(`\bthe \d{4}(?:[^\d\w–-]|$)`)
)

func TestHygieneGrammaticalTemplates(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			var gen []string // what the generator wrote, not the article
			switch q.Type {
			case MultipleChoice, FillIn:
				gen = append(gen, strings.SplitN(q.Prompt, "\n", 2)[0])
				gen = append(gen, q.Options...)
			case TrueFalse:
				if m := reFalse.FindStringSubmatch(q.Explanation); m != nil {
					gen = append(gen, m[2])
				}
			}
			for _, s := range gen {
				if reBadDatePrep.MatchString(s) || reTheNumbered.MatchString(s) || reTheBareYear.MatchString(s) {
					t.Errorf("ungrammatical: %q in %q", s, q.Prompt)
				}
			}
		}
	})
	for _, h := range hygieneArticles(t) {
		for _, c := range MakeCards(h.a, h.facts) {
			if reBadDatePrep.MatchString(c.Front) || reTheNumbered.MatchString(c.Front) {
				t.Errorf("%s: ungrammatical card %q", h.name, c.Front)
			}
		}
	}
}

var reFalse = regexp.MustCompile(`^False: the article says (.+), not (.+)\. “`)

func TestHygieneDistractorsOfTheSameKindAndForm(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		kindOf := map[string]FactKind{}
		role := map[string]string{}
		for _, f := range h.facts {
			kindOf[f.Value] = f.Kind
			if f.Kind == PersonFact {
				role[f.Value] = roleHead(f.Detail)
			}
		}
		for _, q := range qs {
			var pairs [][2]string // answer, stand-in
			// a which-is-true item offers statements, not names (whichtrue.go)
			if q.Type == MultipleChoice && !isWhichTrue(q) {
				for _, o := range q.Options {
					if o != q.Answer[0] {
						pairs = append(pairs, [2]string{q.Answer[0], o})
					}
				}
			}
			if m := reFalse.FindStringSubmatch(q.Explanation); m != nil {
				pairs = append(pairs, [2]string{m[1], m[2]})
			}
			for _, p := range pairs {
				checkLike(t, g, q, p[0], p[1], kindOf, role)
			}
		}
	})
}

func checkLike(t *testing.T, g *generator, q Question, answer, other string, kindOf map[string]FactKind, role map[string]string) {
	t.Helper()
	switch q.Kind {
	case DateFact:
		if dateShape(answer) != dateShape(other) {
			t.Errorf("date %q offered beside %q, written otherwise", other, answer)
		}
	case NumberFact:
		a, _ := parseQuantity(answer)
		o, ok := parseQuantity(other)
		if !ok || a.unit != o.unit || !sameScale(a.value, o.value) {
			t.Errorf("figure %q offered beside %q, of another unit or scale", other, answer)
		}
	default:
		if k, ok := kindOf[other]; ok && k != q.Kind {
			t.Errorf("%s %q offered for the %s %q", k, other, q.Kind, answer)
		}
		if strings.ReplaceAll(normAnswer(other), " ", "") == strings.ReplaceAll(normAnswer(answer), " ", "") {
			t.Errorf("%q offered as a wrong answer beside its own spelling %q", other, answer)
		}
		if g.isSubject(other) {
			t.Errorf("the article's subject %q offered as a wrong answer", other)
		}
		if q.Kind == PlaceFact && g.placeSort(answer) != g.placeSort(other) {
			t.Errorf("%s %q offered for the %s %q", g.placeSort(other), other, g.placeSort(answer), answer)
		}
		if sameNameSpelledOtherwise(answer, other) {
			t.Errorf("%q offered as a wrong answer beside another spelling of it, %q", other, answer)
		}
		if q.Kind == PersonFact && role[answer] != "" && role[other] != "" && role[answer] != role[other] {
			t.Errorf("a %s (%q) offered for a %s (%q)", role[other], other, role[answer], answer)
		}
	}
}

func TestHygieneOrderingAndMatchingUseEachEventsOwnDate(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if (q.Type != Ordering && q.Type != Matching) || q.Kind != DateFact {
				continue
			}
			var ds []Fact
			for _, k := range q.FactKeys {
				f, _ := g.factByKey(k)
				if !g.ownDate(f) {
					t.Errorf("%s item keyed on a date that is not its event's own: %q in %q", q.Type, f.Text, f.Sentence)
				}
				if spanDate(f) {
					t.Errorf("%s item keyed on a span: %q in %q", q.Type, f.Text, f.Sentence)
				}
				for _, d := range ds {
					if d.Date.Overlaps(f.Date) {
						t.Errorf("%s has two items of the same date: %q and %q", q.Type, d.Text, f.Text)
					}
				}
				ds = append(ds, f)
			}
		}
	})
}

func TestHygieneDatesAnswerAtMostTwoInFive(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		n := 0
		for _, q := range qs {
			if q.Kind == DateFact {
				n++
			}
		}
		if n > int(maxDateShare*float64(len(qs))) && len(qs) > 0 {
			t.Errorf("%d of %d questions are answered by a date", n, len(qs))
		}
	})
}

func TestDateForms(t *testing.T) {
	shifts := []struct {
		in   string
		off  int
		want string
	}{
		{"the end of 1948", 2, "the end of 1950"},
		{"1945–46", 3, "1948–49"},
		{"From July 1945 through June 1946", -1, "From July 1944 through June 1945"},
		{"March of ’68", 4, "March of ’72"},
	}
	for _, tt := range shifts {
		if got := shiftYears(tt.in, tt.off); got != tt.want {
			t.Errorf("shiftYears(%q, %d) = %q, want %q", tt.in, tt.off, got, tt.want)
		}
	}
	if dateShape("June 5, 1947") != dateShape("April 13, 1948") || dateShape("June 5, 1947") == dateShape("5 June 1947") {
		t.Error("dateShape does not tell 5 June 1947 from June 5, 1947")
	}
	phrases := []struct {
		f    Fact
		want string
	}{
		{Fact{Text: "3 March 1951", Date: DateValue{Granularity: Day}}, "on 3 March 1951"},
		{Fact{Text: "March 1951", Date: DateValue{Granularity: Month}}, "in March 1951"},
		{Fact{Text: "the 1990s", Date: DateValue{Granularity: Decade}}, "in the 1990s"},
		{Fact{Text: "the end of 1948", Date: DateValue{Granularity: Year}}, "at the end of 1948"},
		{Fact{Text: "From July 1945 through June 1946", Date: DateValue{Granularity: Month}}, "from July 1945 through June 1946"},
		{Fact{Text: "17 July to 2 August 1945", Date: DateValue{Granularity: Day, EndDay: 2}}, "from 17 July to 2 August 1945"},
	}
	for _, tt := range phrases {
		if got := datePhrase(tt.f); got != tt.want {
			t.Errorf("datePhrase(%q) = %q, want %q", tt.f.Text, got, tt.want)
		}
	}
	for name, want := range map[string]string{"China": "country", "Canada": "country", "Western Europe": "region", "Soviet Union": "country", "Harvard": "place",
		// by shape: a compass word before a country is a state of its
		// time, other position words and region head nouns a region, a
		// bloc an alliance (round 5: "Western Bloc" offered as a region)
		"East Germany": "country", "Eastern Bloc": "bloc", "Upper Silesia": "province", "East Prussia": "province",
		"North East Asian Region": "region", "Central Europe": "region", "Province of Brandenburg": "province", "Kaliningrad Oblast": "province",
		"Free City of Danzig": "place", "Belgrade": "place", "Rajin-Sonbong Port": "site", "Cecilienhof Castle": "site",
		"Oder River": "water", "Eurasia": "region", "Manchuria": "region", "Farther Pomerania": "province"} {
		if got := placeKind(name); got != want {
			t.Errorf("placeKind(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestFiguresWithUnits(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"The United States gave over $12 billion in economic assistance.", []string{"$12 billion"}},
		{"The party won 120 seats and 62 per cent of the vote.", []string{"120 seats", "62 per cent"}},
		{"It sent 300,000 troops and 16.5 million tons of food.", []string{"300,000 troops", "16.5 million tons"}},
		{"Resolution 242 was passed in 1967 by the council.", nil},
		{"The 1948 elections were held in 14 countries.", []string{"14 countries"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range findQuantities(tt.sentence) {
			got = append(got, tt.sentence[q.span.Start:q.span.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: figures %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestHintsAtTheAnswer(t *testing.T) {
	a := mustParse(t, []byte("Hints\n\nIntroduction\n\nWhen the United States needed help with Germany's reunification, Gorbachev solved the \"German problem\" in 1990. The Allies met France's envoy in Paris in 1946.\n"))
	facts := Extract(a)
	g := &generator{a: a, facts: facts}
	g.index()
	checked := 0
	for _, f := range facts {
		want := f.Value == "Germany"
		if f.Value != "Germany" && f.Value != "France" {
			continue
		}
		checked++
		if got := g.hintsAt(f); got != want {
			t.Errorf("hintsAt(%q) = %v, want %v in %q", f.Value, got, want, f.Sentence)
		}
	}
	if checked != 2 {
		t.Errorf("checked %d of Germany and France: facts %v", checked, factTexts(facts))
	}
}

// TestPlaceSortReadsLists: a place CLDR no longer names is a country when
// the article lists it among countries, so a city is not offered for it
// (a cold-war review had Belgrade among Britain and Czechoslovakia,
// Yugoslavia among Moscow, London and Berlin).
func TestPlaceSortReadsLists(t *testing.T) {
	g := generatorFor(t, "Expulsions also occurred in Poland, Czechoslovakia and Hungary. "+
		"The United States joined Britain, France and Canada in 1949. "+
		"Supplies were sent from Yugoslavia and Czechoslovakia to the army in 1947. "+
		"A brief failed putsch took place in Belgrade in 1949. "+
		"The ambassador in Moscow wrote to London and Berlin. "+
		"Before Singapore was selected for the 2018 North Korea-United States Summit, Ulaanbaatar was cited as a possible location. "+
		"During the time of Tokyo, China was a closed country in 1960. "+
		"The treaty was signed in a house in Nagasaki, Japan, the site of the museum, in 1854. "+
		"Expulsions also occurred in Romania, where the Saxons were deported in 1945, and in Serbia-Montenegro.")
	for name, want := range map[string]string{"Czechoslovakia": "country", "Britain": "country", "Yugoslavia": "country",
		"Belgrade": "place", "Moscow": "place", "Berlin": "place", "Poland": "country", "Ulaanbaatar": "place", "Tokyo": "place", "Nagasaki": "place", "Serbia-Montenegro": "country"} {
		if got := g.placeSort(name); got != want {
			t.Errorf("placeSort(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestSameNameSpelledOtherwise(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Northeast Asia", "North East Asian Region", true},
		{"Europe", "European", true},
		{"North Korea", "South Korea", false},
		{"Asia", "East Asia", false},
		{"Berlin", "Belgrade", false},
	}
	for _, tt := range tests {
		if got := sameNameSpelledOtherwise(tt.a, tt.b); got != tt.want {
			t.Errorf("sameNameSpelledOtherwise(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// generatorFor builds the indexed generator of a small article.
func generatorFor(t *testing.T, body string) *generator {
	t.Helper()
	a := mustParse(t, []byte("A Test Article\n\nIntroduction\n\n"+body+"\n"))
	g := &generator{a: a, facts: Extract(a), rng: rand.New(rand.NewPCG(1, 1))}
	g.index()
	return g
}

// TestNoPlaceOfferedUnderAnotherName: "United Kingdom" is not a wrong
// answer where the sentence says Britain, nor "West _____" a blank.
func TestNoPlaceOfferedUnderAnotherName(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The _____ and Britain declared that they would support the transfer.", "United Kingdom", true},
		{"The _____ and France declared that they would support the transfer.", "United Kingdom", false},
		{"Moscow blamed the U.S. for the losses.", "the United States", true},
		{"Moscow blamed the Americans for the losses.", "United States", false},
	}
	for _, tt := range tests {
		if got := aliasShown(tt.text, tt.name); got != tt.want {
			t.Errorf("aliasShown(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
	g := generatorFor(t, "The largest recipient was Britain, followed by France (18%) and West Germany (11%) in 1948. "+
		"The army withdrew from Germany and Austria in 1955 after the treaty was signed.")
	cut := 0
	for _, f := range g.ofKind(PlaceFact) {
		if f.Value == "Germany" && f.Sentence[f.Start-f.SentSpan.Start-5:f.Start-f.SentSpan.Start] == "West " {
			cut++
			if g.askable(f) {
				t.Errorf("a question may blank Germany out of West Germany: %q", f.Sentence)
			}
		}
	}
	if cut == 0 {
		t.Skip("extraction no longer finds Germany inside West Germany")
	}
}

// TestSubjectInAnotherNumber: the article's subject in the plural is
// still its subject ("Potsdam Agreements" in an article on the Potsdam
// Agreement is no term to blank).
func TestSubjectInAnotherNumber(t *testing.T) {
	g := &generator{a: &Article{Title: "Potsdam Agreement"}}
	for name, want := range map[string]bool{"Potsdam Agreements": true, "Potsdam Agreement": true, "Yalta conference": false} {
		if got := g.isSubject(name); got != want {
			t.Errorf("isSubject(%q) = %v, want %v", name, got, want)
		}
	}
	// the subject by another name: the title's own words and a policy noun
	g = &generator{a: &Article{Title: "Convention of Kanagawa"}}
	for name, want := range map[string]bool{"Kanagawa treaty": true, "Treaty of Amity and Commerce": false, "Japan–US Treaty of Peace and Amity": false} {
		if got := g.isSubject(name); got != want {
			t.Errorf("isSubject(%q) in %q = %v, want %v", name, g.a.Title, got, want)
		}
	}
}

// TestHintsAtTheAnswerRound5: round 5 gave answers away by an abbreviation
// in brackets beside the blank ('_____ ("SED")'), by another word of the
// answer ("the Czechoslovak coup" for the Communist Party of
// Czechoslovakia) and by the chapter's heading ("Unequal treaties"; here "Marshall Plan"), or by the head noun
// of the answer repeated ("the 2018 _____ … a location for the summit").
func TestHintsAtTheAnswerRound5(t *testing.T) {
	a := mustParse(t, []byte("Hints\n\nMarshall Plan\n\n"+
		"In East Germany a forced merger created the Socialist Unity Party (\"SED\") in April 1946. "+
		"The Communist Party of Czechoslovakia assumed control over the state in the Czechoslovak coup of 1948. "+
		"Congress funded the Marshall Plan in April 1948 after a long debate. "+
		"The Communist Party of Poland took power with Soviet support in 1947. "+
		"Before Singapore was chosen for the 2018 North Korea-United States Summit, Ulaanbaatar was cited as a location for the summit.\n"))
	facts := Extract(a)
	g := &generator{a: a, facts: facts}
	g.index()
	want := map[string]bool{"North Korea-United States Summit": true, "Socialist Unity Party": true, "Communist Party of Czechoslovakia": true, "Marshall Plan": true, "Communist Party of Poland": false}
	seen := 0
	for _, f := range facts {
		w, ok := want[f.Value]
		if !ok {
			continue
		}
		seen++
		if got := g.hintsAt(f); got != w {
			t.Errorf("hintsAt(%q) = %v, want %v in %q", f.Value, got, w, f.Sentence)
		}
	}
	if seen < len(want) {
		t.Errorf("only %d of the names found: %v", seen, factTexts(facts))
	}
}

// TestOptionsFitTheArticle: "The _____ was a strong supporter of China"
// takes no "France"; "in the _____" no "Central Asia"; a bloc is no
// region; "Each _____ undertakes" is a common noun's slot no name fits.
func TestOptionsFitTheArticle(t *testing.T) {
	for _, c := range []struct {
		name, want string
	}{
		{"United States", "yes"}, {"Soviet Union", "yes"}, {"North East Asian Region", "yes"}, {"Republic of China", "yes"},
		{"Marshall Plan", "yes"}, {"State Party", "yes"},
		{"France", "no"}, {"Korea", "no"}, {"Central Asia", "no"}, {"Eurasia", "no"}, {"North Korea", "no"},
		{"NATO", ""},
	} {
		if got := takesThe(c.name); got != c.want {
			t.Errorf("takesThe(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	g := generatorFor(t, "The United States was a strong supporter of China after Japan invaded in 1937. "+
		"France, Korea and the Soviet Union sent envoys to Peking in 1938. "+
		"Trade grew between Japan and Korea in 1930. The Soviet Union and France signed a pact in 1935. "+
		"Each State Party undertakes not to carry out any nuclear weapon test explosion.")
	found := 0
	for _, f := range g.facts {
		if f.Value != "United States" || f.Kind != PlaceFact || !strings.HasPrefix(f.Sentence, "The United States") {
			continue
		}
		found++
		for _, o := range []struct {
			name string
			fits bool
		}{{"France", false}, {"Korea", false}, {"Soviet Union", true}} {
			if got := fitsArticle(f, o.name); got != o.fits {
				t.Errorf("fitsArticle(%q after %q) = %v, want %v", o.name, f.Sentence[:f.Start-f.SentSpan.Start], got, o.fits)
			}
		}
	}
	if found == 0 {
		t.Errorf("no United States after “The”: %v", factTexts(g.facts))
	}
	if k := placeShapeKind("Western Bloc"); k != "bloc" {
		t.Errorf("Western Bloc sorted as %q, want bloc", k)
	}
	for _, f := range g.facts {
		if f.Value == "State Party" {
			found++
			if q, ok := g.single(MultipleChoice, f); ok {
				t.Errorf("a multiple choice on a common noun's slot: %q", q.Prompt)
			}
		}
	}
	if found < 2 {
		t.Logf("State Party not found as a fact: %v", factTexts(g.facts))
	}
}

// TestSnapshotAndListedDates: "As of February 2019" stamps a status, and
// one year of "2006, 2009, 2013 and 2016" is trivia the others give away.
func TestSnapshotAndListedDates(t *testing.T) {
	g := generatorFor(t, "As of February 2019, 168 states have ratified the treaty. "+
		"North Korea tested nuclear weapons in 2006, 2009, 2013 and 2016. "+
		"The treaty was adopted by the General Assembly in 1996.")
	want := map[string]bool{"February 2019": false, "2009": false, "1996": true}
	for _, f := range g.facts {
		w, ok := want[f.Text]
		if !ok || f.Kind != DateFact {
			continue
		}
		delete(want, f.Text)
		if got := g.askedDate(f); got != w {
			t.Errorf("askedDate(%q) = %v, want %v", f.Text, got, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("dates not found: %v", want)
	}
}

// TestFalseValueNotStatedNearby: a false statement never swaps in a figure
// the article gives elsewhere ("140,000" troops) or a date of the
// answer's own paragraph: either might be true of something like it.
func TestFalseValueNotStatedNearby(t *testing.T) {
	g := generatorFor(t, "By 1950 the United States had 300,000 troops in Europe. "+
		"In 1948 the number of US troops was about 140,000. "+
		"The visit of the Prime Minister came in 1983, and the Queen came in 1986.")
	found := 0
	for _, f := range append(append([]Fact(nil), g.facts...), g.numbers...) {
		switch {
		case f.Kind == NumberFact && strings.Contains(f.Text, "300,000"):
			found++
			if got := g.notStatedNearby(f, []string{"140,000 troops", "900,000 troops"}); len(got) != 1 || got[0] != "900,000 troops" {
				t.Errorf("false figures for %q: %v", f.Text, got)
			}
		case f.Kind == DateFact && f.Text == "1983":
			found++
			if got := g.notStatedNearby(f, []string{"1986", "1975"}); len(got) != 1 || got[0] != "1975" {
				t.Errorf("false dates for %q: %v", f.Text, got)
			}
		}
	}
	if found != 2 {
		t.Errorf("found %d of the figure and the date: %v", found, factTexts(g.facts))
	}
}

// TestRound5SeedSeventeen: the fresh sample (seed 17) still showed a
// country told by its leader ("Prime Minister Jawaharlal Nehru of
// _____"), status reports ("As of May 2012, …"), one year of a list worded
// around ("one each in 2006, 2009, 2013, two in _____ and one in 2017")
// and countries offered for 1945 that the article names only decades
// later.
func TestRound5SeedSeventeen(t *testing.T) {
	g := generatorFor(t, "In 1954, Prime Minister Jawaharlal Nehru of India issued the first appeal for a standstill agreement. "+
		"As of May 2012, more than 260 facilities have been certified. "+
		"North Korea carried out six announced tests, one each in 2006, 2009, 2013, two in 2016 and one in 2017. "+
		"The movement began in 1945, with a call from Canada and the United Kingdom for a conference. "+
		"India tested a device in 1950. Pakistan and India tested weapons in 1998. Israel was suspected of a test in 1999. "+
		"France tested its first bomb in 1960. China tested its first bomb in 1964. Canada joined a program in 1955.")
	checked := 0
	for _, f := range g.facts {
		switch {
		case f.Value == "India" && strings.Contains(f.Sentence, "Nehru of"):
			checked++
			if g.askable(f) {
				t.Errorf("a question on %q after its leader's name: %q", f.Value, f.Sentence)
			}
		case strings.HasPrefix(f.Sentence, "As of") && f.Kind == DateFact:
			checked++
			if g.askable(f) {
				t.Errorf("a question on the date of the status report %q", f.Sentence)
			}
		case f.Text == "2016":
			checked++
			if g.askedDate(f) {
				t.Errorf("one year of a list asked: %q", f.Sentence)
			}
		case f.Value == "Canada" && strings.Contains(f.Sentence, "1945"):
			checked++
			got := g.ofTheEra(f, []string{"India", "Pakistan", "Israel", "France", "China"}, 3)
			if slices.Contains(got, "Pakistan") || slices.Contains(got, "Israel") || !slices.Contains(got, "India") {
				t.Errorf("options for 1945: %v, want the places the article names near 1945", got)
			}
		}
	}
	if checked < 4 {
		t.Errorf("checked %d of the four cases: %v", checked, factTexts(g.facts))
	}
}

// TestDatesThatNameAndSurnamesAsPlaces: "Mongolia's foreign policy of
// _____" reads as the policy's name, not a date; "the end of _____" is a
// date. A surname found as a place ("Roosevelt") is never offered for a
// city.
func TestDatesThatNameAndSurnamesAsPlaces(t *testing.T) {
	g := generatorFor(t, "Mongolia's foreign policy of the 1990s involved building relations with established nations. "+
		"Italy and Belgium joined the plan by the end of 1948 after a long debate. "+
		"President Franklin D. Roosevelt met the envoy in Peking in 1943.")
	for _, c := range []struct {
		sentence, date string
		want           bool
	}{
		{"Mongolia's foreign policy of the 1990s involved building relations with established nations.", "the 1990s", true},
		{"The revolutions of 1989 ended communist rule.", "1989", true},
		{"Italy and Belgium joined by the end of 1948 after a long debate.", "1948", false},
		{"Food was short in the winter of 1946 across Europe.", "1946", false},
		{"Aid was signed in 1948 by Truman.", "1948", false},
		{"The Castle Bravo test of 1 March 1954 attracted attention.", "1 March 1954", false},
	} {
		i := strings.Index(c.sentence, c.date)
		f := Fact{Sentence: c.sentence, SentSpan: Span{0, len(c.sentence)}, Start: i, End: i + len(c.date), Text: c.date, Kind: DateFact}
		if got := namesByDate(f); got != c.want {
			t.Errorf("namesByDate(%q in %q) = %v, want %v", c.date, c.sentence, got, c.want)
		}
	}
	if !g.isSurname("Roosevelt") || g.isSurname("Peking") {
		t.Errorf("isSurname: Roosevelt %v, Peking %v; want true, false", g.isSurname("Roosevelt"), g.isSurname("Peking"))
	}
}

// TestPolicyOptionsOfTheEra: the 1953 armistice was swapped for the 1939
// German–Soviet Commercial Agreement in a false statement; a policy the
// article dates only decades away is not offered when enough of the era
// are left.
func TestPolicyOptionsOfTheEra(t *testing.T) {
	g := generatorFor(t, "The Korean Armistice Agreement was signed in July 1953 after the death of Stalin. "+
		"The German–Soviet Commercial Agreement was signed in 1939. "+
		"The Marshall Plan began in 1948. The Truman Doctrine was announced in 1947. The Warsaw Pact was formed in 1955. "+
		"The Helsinki Accords were signed in 1975.")
	for _, f := range g.facts {
		if f.Value != "Korean Armistice Agreement" {
			continue
		}
		got := g.ofTheEra(f, []string{"German–Soviet Commercial Agreement", "Marshall Plan", "Truman Doctrine", "Warsaw Pact", "Helsinki Accords"}, 3)
		if slices.Contains(got, "German–Soviet Commercial Agreement") || slices.Contains(got, "Helsinki Accords") || len(got) != 3 {
			t.Errorf("options for a 1953 agreement: %v", got)
		}
		// asked for more than the era holds (a false statement asks for
		// six), the era's come first
		got = g.ofTheEra(f, []string{"German–Soviet Commercial Agreement", "Marshall Plan", "Helsinki Accords"}, 6)
		if len(got) != 3 || got[0] != "Marshall Plan" {
			t.Errorf("six options asked for a 1953 agreement: %v, want the Marshall Plan first", got)
		}
		return
	}
	t.Errorf("no Korean Armistice Agreement among %v", factTexts(g.facts))
}

// TestPolicyOptionsOfTheAnswersHead: "picked up by the _____" (the
// International Monitoring System) was offered the Baruch Plan and two
// treaties; a system, a body or an event is offered only among names of
// its own head noun.
func TestPolicyOptionsOfTheAnswersHead(t *testing.T) {
	g := generatorFor(t, "x")
	f := Fact{Kind: PolicyFact, Value: "International Monitoring System"}
	for o, want := range map[string]int{"Baruch Plan": -1, "Partial Test Ban Treaty": -1, "Global Positioning System": 0} {
		if got := g.likeness(f, Fact{Kind: PolicyFact, Value: o}); got != want {
			t.Errorf("likeness(%q, %q) = %d, want %d", f.Value, o, got, want)
		}
	}
	// a common term among names: "top-level diplomacy" for the Beijing Conventions
	if got := g.likeness(Fact{Kind: PolicyFact, Value: "Beijing Conventions"}, Fact{Kind: PolicyFact, Value: "top-level diplomacy"}); got != -1 {
		t.Errorf("likeness(Beijing Conventions, top-level diplomacy) = %d, want -1", got)
	}
	// a plan among plans and treaties, as before
	if got := g.likeness(Fact{Kind: PolicyFact, Value: "Marshall Plan"}, Fact{Kind: PolicyFact, Value: "Truman Doctrine"}); got != 1 {
		t.Errorf("likeness(Marshall Plan, Truman Doctrine) = %d, want 1", got)
	}
}

// TestNoBlankInsideBrackets: "City of Königsberg and the adjacent area
// (then _____, now Kaliningrad Oblast)" blanks an aside.
func TestNoBlankInsideBrackets(t *testing.T) {
	g := generatorFor(t, "The Allies gave the city of Königsberg and the adjacent area (then East Prussia, now Kaliningrad Oblast) to the Soviet Union in 1945. "+
		"East Prussia was divided between Poland and the Soviet Union in 1945.")
	n := 0
	for _, f := range g.facts {
		if f.Value != "East Prussia" {
			continue
		}
		n++
		in := strings.Contains(f.Sentence, "(then")
		if got := g.askable(f); got == in {
			t.Errorf("askable(%q in %q) = %v, want %v", f.Value, f.Sentence, got, !in)
		}
	}
	if n == 0 {
		t.Errorf("no East Prussia among %v", factTexts(g.facts))
	}
}

// TestHygieneNoTermInACommonNounsSlot: no multiple choice, fill-in or
// true/false question blanks a name after each/every/its/their ("Each
// _____ undertakes"). A matching item may ("With the adoption of its
// _____"): its choices are the quiz's own terms, each of which fits one
// sentence only, and the short built-in article has too few terms
// otherwise.
func TestHygieneNoTermInACommonNounsSlot(t *testing.T) {
	re := regexp.MustCompile(`(?i)\b(?:each|every|its|their)\s+_____`)
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Kind == DateFact || q.Kind == NumberFact || q.Type == Matching {
				continue
			}
			if m := re.FindString(q.shown()); m != "" {
				t.Errorf("%s question blanks a common noun's slot %q: %q", q.Type, m, q.shown())
			}
		}
	})
}

// TestRound6StatesAndEras: round 6 ordered "Three countries have tested
// nuclear weapons since" (a state of affairs, no event), answered "What
// happened in September 1948?" with a troop estimate, and offered the
// Non-Proliferation Treaty (1968) for an 1860 slot.
func TestRound6StatesAndEras(t *testing.T) {
	for s, want := range map[string]bool{
		"Three countries have tested nuclear weapons since the treaty opened for signature.":                 true,
		"As of May 2012, more than 260 facilities have been certified.":                                      true,
		"In September 1948, US military intelligence experts estimated that the Soviets had 485,000 troops.": true,
		"In 1954, Prime Minister Nehru issued the first appeal for a standstill agreement.":                  false,
		"North Korea had tested a device in 2006 before the talks resumed.":                                  false,
	} {
		if got := reportsAState(s); got != want {
			t.Errorf("reportsAState(%q) = %v, want %v", s, got, want)
		}
	}
	g := generatorFor(t, "The Treaty on the Non-Proliferation of Nuclear Weapons was signed in 1968 by many states. "+
		"The Treaty of Tianjin was signed in 1858 after the war. "+
		"The Treaty of Nanking was signed in 1842 after the first war. "+
		"The Chinese Exclusion Act was passed in 1882 by the Congress.")
	f := Fact{Kind: PolicyFact, Value: "Convention of Peking", Sentence: "In 1860, the court signed the Convention of Peking with Britain and France."}
	names := []string{"Treaty on the Non-Proliferation of Nuclear Weapons", "Treaty of Tianjin", "Treaty of Nanking", "Chinese Exclusion Act"}
	for _, n := range []int{3, 4} {
		for _, o := range g.ofTheEra(f, names, n) {
			if strings.Contains(o, "Non-Proliferation") {
				t.Errorf("ofTheEra(1860, n=%d) offers %q, a treaty of another century", n, o)
			}
		}
	}
}

// TestUndatedTreatyOfItsParagraphsTime: the seed-19 check still offered
// the Non-Proliferation Treaty for 1860, as its one sentence has no year;
// its paragraph speaks of the early 1970s.
func TestUndatedTreatyOfItsParagraphsTime(t *testing.T) {
	g := generatorFor(t, "In the early 1970s, the government replaced its rival in the United Nations. "+
		"As a nuclear power, China signed the Treaty on the Non-Proliferation of Nuclear Weapons in the United Nations.\n\n"+
		"The Treaty of Tianjin was signed in 1858 after the war. The Chinese Exclusion Act was passed in 1882 by the Congress.\n\n"+
		"Old Treaties\n\nThe Treaty of Whampoa was signed by the empire and France.")
	f := Fact{Kind: PolicyFact, Value: "Convention of Peking", Sentence: "In 1860, the court signed the Convention of Peking with Britain and France."}
	got := g.ofTheEra(f, []string{"Treaty on the Non-Proliferation of Nuclear Weapons", "Treaty of Tianjin", "Chinese Exclusion Act", "Treaty of Whampoa"}, 3)
	for _, o := range got {
		if strings.Contains(o, "Non-Proliferation") {
			t.Errorf("ofTheEra(1860) offers %q, named in a paragraph of the 1970s", o)
		}
	}
	if !strings.Contains(strings.Join(got, "|"), "Whampoa") {
		t.Errorf("ofTheEra(1860) = %v: a treaty never dated anywhere stays", got)
	}
}

// TestDecadeAnswerNotShownElsewhere: round 6 asked for "the 1990s" while
// two other questions of the quiz showed "since the 1990s" and "in the
// 1990s" (builtin Q13).
func TestDecadeAnswerNotShownElsewhere(t *testing.T) {
	g := &generator{}
	q := Question{Type: MultipleChoice, Kind: DateFact, Answer: []string{"the 1990s"}, Options: []string{"the 1990s", "the 1970s", "the 1980s", "the 2000s"}}
	for _, tt := range []struct {
		prompt string
		want   bool
	}{
		{"Which term completes the sentence?\nMongolia has actively pursued _____ since the 1990s.", true},
		{"Which term completes the sentence?\nMongolia hosted _____ in 2013.", false},
	} {
		o := Question{Type: MultipleChoice, Kind: PolicyFact, Prompt: tt.prompt, Answer: []string{"x"}}
		if got := g.givesAway(o, q); got != tt.want {
			t.Errorf("givesAway(%q, the 1990s) = %v, want %v", tt.prompt, got, tt.want)
		}
	}
	y := Question{Type: MultipleChoice, Kind: DateFact, Answer: []string{"2013"}}
	o := Question{Type: MultipleChoice, Kind: PolicyFact, Prompt: "Mongolia hosted _____ in 2013."}
	if g.givesAway(o, y) {
		t.Error("a year shown in another sentence tells of another event: no giveaway")
	}
}

// TestRound6ListsGroupsAndContinents: round 6 offered France for "such
// nations as China, _____, Iran" (also right: wrong), non-Western
// countries for "the first Western countries … and _____", Germany for
// "_____ and other Third World countries", and Manchuria among
// continents.
func TestRound6ListsGroupsAndContinents(t *testing.T) {
	tests := []struct {
		sentence, name string
		open, group    bool
	}{
		{"Communist parties achieved a significant popularity in such nations as China, Greece, Iran, and the Republic of Mahabad.", "Greece", true, false},
		{"Mongolia listed nations such as the US, Japan, and Germany as third neighbors.", "Germany", true, false},
		{"Among the first Western countries to recognize China were the United Kingdom (on 6 January 1950), Switzerland (on 17 January 1950) and Sweden (on 14 February 1950).", "Sweden", false, true},
		{"China sought friendly relations with Pakistan and other Third World countries, particularly in Southeast Asia.", "Pakistan", false, true},
		{"Manchuria was a contested zone with Russia and Japan trying to take control away from China.", "Russia", false, false},
		{"The aid, including food and fuel, was shipped to Greece in 1947.", "Greece", false, false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.name)
		f := Fact{Kind: PlaceFact, Value: tt.name, Text: tt.name, Sentence: tt.sentence, Start: i, End: i + len(tt.name)}
		if got := openList(f); got != tt.open {
			t.Errorf("openList(%q in %q) = %v, want %v", tt.name, tt.sentence, got, tt.open)
		}
		if got := qualifiedGroup(f); got != tt.group {
			t.Errorf("qualifiedGroup(%q in %q) = %v, want %v", tt.name, tt.sentence, got, tt.group)
		}
		if tt.open || tt.group {
			g := &generator{a: &Article{Title: "A Test"}, rng: rand.New(rand.NewPCG(1, 1))}
			if _, ok := g.single(MultipleChoice, f); ok {
				t.Errorf("a multiple choice on %q in %q", tt.name, tt.sentence)
			}
		}
	}
	g := &generator{}
	for _, o := range []string{"Manchuria", "Eastern Europe"} {
		if g.likeness(Fact{Kind: PlaceFact, Value: "Europe"}, Fact{Kind: PlaceFact, Value: o}) >= 0 {
			t.Errorf("%q offered among continents for Europe", o)
		}
	}
	if g.likeness(Fact{Kind: PlaceFact, Value: "Europe"}, Fact{Kind: PlaceFact, Value: "Africa"}) < 0 {
		t.Error("Africa not offered for Europe")
	}
}

// TestOrgansAmongOrgans: round 6 offered the Non-Aligned Movement, the UN
// Security Council and the United Nations for what carries out China's
// foreign policy (the Ministry of Foreign Affairs).
func TestOrgansAmongOrgans(t *testing.T) {
	g := &generator{}
	f := Fact{Kind: OrgFact, Value: "Ministry of Foreign Affairs"}
	for o, want := range map[string]bool{"Non-Aligned Movement": false, "UN Security Council": false, "United Nations": false,
		"Ministry of Commerce": true, "US State Department": true} {
		if got := g.likeness(f, Fact{Kind: OrgFact, Value: o}) >= 0; got != want {
			t.Errorf("%q offered for the Ministry of Foreign Affairs: %v, want %v", o, got, want)
		}
	}
}

// TestFalseNameNotShownAlready: a false statement never swaps in a name
// the sentence shows in another form ("a step towards the Partial Test
// Ban Treaty …, which directly made reference to the PTBT").
func TestFalseNameNotShownAlready(t *testing.T) {
	g := generatorFor(t, "The Partial Test Ban Treaty (PTBT) was signed in 1963 by three states. "+
		"The PTBT has been seen as a step towards the Nuclear Non-proliferation Treaty of 1968, which directly made reference to the PTBT. "+
		"The Threshold Test Ban Treaty was signed in 1974 by two states.")
	found := false
	for _, f := range g.ofKind(PolicyFact) {
		if strings.Contains(f.Value, "Non-proliferation") {
			found = true
			got := g.notShownAlready(f, []string{"Partial Test Ban Treaty", "Threshold Test Ban Treaty"})
			if len(got) != 1 || got[0] != "Threshold Test Ban Treaty" {
				t.Errorf("false names for %q: %v", f.Value, got)
			}
		}
	}
	if !found {
		t.Skipf("extraction no longer finds the treaty: %v", factTexts(g.facts))
	}
}

// TestDecadeOptionsOfTheAge: round 6 (and the seed-19 check) offered "the
// mid-1990s" for a state founded in the mid-1920s, because the short
// article names no other decade (builtin Q15, Q16).
func TestDecadeOptionsOfTheAge(t *testing.T) {
	g := generatorFor(t, "As the republic was established in the mid-1920s, it was eager to pursue relations with its neighbours. "+
		"Reforms began in the mid-1990s and changed the economy of the country.")
	found := false
	for _, f := range g.ofKind(DateFact) {
		if f.Text != "the mid-1920s" {
			continue
		}
		found = true
		for seed := uint64(1); seed <= 10; seed++ {
			g.rng = rand.New(rand.NewPCG(seed, seed))
			for _, d := range g.dateDistractors(f, 3) {
				if strings.Contains(d, "199") || strings.Contains(d, "198") || strings.Contains(d, "186") {
					t.Errorf("seed %d: %q offered for the mid-1920s", seed, d)
				}
			}
		}
	}
	if !found {
		t.Skipf("extraction no longer finds the mid-1920s: %v", factTexts(g.facts))
	}
}

// TestFigureShownInAnotherUnit: round 6 (and the seed-19 check) asked for
// "499 tests" while another question of the quiz said "499 nuclear tests
// were conducted" (CTBT Q21, Q12).
func TestFigureShownInAnotherUnit(t *testing.T) {
	g := generatorFor(t, "Compared to the 499 tests from 1945 to the signing of the Partial Test Ban Treaty, 436 tests were conducted over the ten years following it. "+
		"Between the Trinity nuclear test of 16 July 1945 and the signing of the Partial Test Ban Treaty on 5 August 1963, 499 nuclear tests were conducted.")
	var f Fact
	for _, n := range g.numbers {
		if n.Text == "499 tests" {
			f = n
		}
	}
	if f.Text == "" {
		t.Fatalf("no figure 499 tests among %v", factTexts(g.numbers))
	}
	g.byKey = map[string]Fact{f.Key(): f}
	q := Question{Type: MultipleChoice, Kind: NumberFact, Answer: []string{"499 tests"}, FactKeys: []string{f.Key()}}
	o := Question{Type: FillIn, Kind: PolicyFact, Prompt: "Type the missing term.\n“Between the Trinity nuclear test of 16 July 1945 and the signing of the _____ on 5 August 1963, 499 nuclear tests were conducted.”"}
	if !g.givesAway(o, q) {
		t.Error("499 nuclear tests shown beside a question on 499 tests")
	}
}
