package quiz

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

// QuestionType is the form of a quiz question.
type QuestionType string

// The question types.
const (
	MultipleChoice QuestionType = "mcq"
	TrueFalse      QuestionType = "true_false"
	FillIn         QuestionType = "fill_in"
	Ordering       QuestionType = "ordering"
	Matching       QuestionType = "matching"
)

// AllQuestionTypes lists the types in the order the app offers them.
var AllQuestionTypes = []QuestionType{MultipleChoice, TrueFalse, FillIn, Ordering, Matching}

// Question is one quiz question.
//
// For multiple choice and true/false, Answer holds the one right option.
// For fill in, Answer holds the expected text. For ordering, Options are
// the events shuffled and Answer the same events in the right order. For
// matching, Options are the left-hand items, Choices the right-hand items
// shuffled, and Answer the right-hand item for each option in turn.
type Question struct {
	Type        QuestionType
	Prompt      string
	Options     []string
	Choices     []string
	Answer      []string
	Explanation string
	Chapter     int
	FactKeys    []string
	Kind        FactKind
}

// Key identifies a question by its facts and type.
func (q Question) Key() string {
	return string(q.Type) + ":" + strings.Join(q.FactKeys, ",")
}

// QuizOptions choose what a generated quiz holds.
type QuizOptions struct {
	Count    int
	Seed     uint64
	Types    []QuestionType // nil: all types
	Chapters []int          // nil: the whole article
	FactKeys []string       // non-nil: only questions on these facts (retrying missed ones)
}

// GenerateQuiz builds a quiz of up to opts.Count questions, spread across
// the chosen chapters and types. The same article, facts and options give
// the same quiz.
func GenerateQuiz(a *Article, facts []Fact, opts QuizOptions) []Question {
	if opts.Count <= 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	g := &generator{a: a, facts: facts, rng: rng}
	g.index()
	types := opts.Types
	if len(types) == 0 {
		types = AllQuestionTypes
	}
	chapters := opts.Chapters
	if len(chapters) == 0 {
		for i := range a.Chapters {
			chapters = append(chapters, i)
		}
	}
	want := map[string]bool{}
	for _, k := range opts.FactKeys {
		want[k] = true
	}
	// candidate questions per chapter, each list shuffled
	perChapter := map[int][]Question{}
	for _, ch := range chapters {
		var qs []Question
		for _, f := range g.chapterFacts(ch) {
			if len(want) > 0 && !want[f.Key()] {
				continue
			}
			for _, t := range types {
				if q, ok := g.single(t, f); ok {
					qs = append(qs, q)
				}
			}
		}
		rng.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
		perChapter[ch] = qs
	}
	var multi []Question
	if len(want) == 0 {
		for _, t := range types {
			if t == Ordering || t == Matching {
				multi = append(multi, g.multi(t, chapters)...)
			}
		}
	}
	return g.pick(opts.Count, chapters, perChapter, multi, types)
}

// pick takes questions round-robin over chapters, preferring a type not
// used recently and a fact not asked yet.
func (g *generator) pick(n int, chapters []int, per map[int][]Question, multi []Question, types []QuestionType) []Question {
	var out []Question
	usedFact := map[string]bool{}
	usedQ := map[string]bool{}
	typeCount := map[QuestionType]int{}
	multiEvery := 0
	if len(multi) > 0 {
		multiEvery = max(4, n/(len(multi)+1))
	}
	for pass := 0; len(out) < n && pass < 2; pass++ {
		progress := true
		for len(out) < n && progress {
			progress = false
			for _, ch := range chapters {
				if len(out) >= n {
					break
				}
				if multiEvery > 0 && len(multi) > 0 && len(out) > 0 && len(out)%multiEvery == 0 {
					out = append(out, multi[0])
					typeCount[multi[0].Type]++
					multi = multi[1:]
					progress = true
					continue
				}
				best := -1
				for i, q := range per[ch] {
					if usedQ[q.Key()] || (pass == 0 && usedFact[q.FactKeys[0]]) {
						continue
					}
					if best < 0 || typeCount[q.Type] < typeCount[per[ch][best].Type] {
						best = i
					}
				}
				if best < 0 {
					continue
				}
				q := per[ch][best]
				usedQ[q.Key()] = true
				usedFact[q.FactKeys[0]] = true
				typeCount[q.Type]++
				out = append(out, q)
				progress = true
			}
		}
	}
	for len(out) < n && len(multi) > 0 {
		out = append(out, multi[0])
		multi = multi[1:]
	}
	return out
}

// generator holds what question building needs.
type generator struct {
	a      *Article
	facts  []Fact
	rng    *rand.Rand
	byKind map[FactKind][]Fact
	// byChapter holds the facts first found in each chapter; datesByYear
	// holds the date facts sorted by year, for finding near neighbours.
	byChapter   map[int][]Fact
	datesByYear []Fact
	names       []Fact // one fact per distinct name, for later mentions
	sents       []sentenceRef
	// maxYear bounds synthesised dates: a year or two past the latest
	// date in the article, so no distractor lies in the article's future.
	maxYear int
}

func (g *generator) index() {
	g.byKind = map[FactKind][]Fact{}
	g.maxYear = 0
	for _, f := range g.facts {
		g.byKind[f.Kind] = append(g.byKind[f.Kind], f)
		if f.Kind == DateFact && f.Date.YearEnd > g.maxYear {
			g.maxYear = f.Date.YearEnd
		}
	}
	// no synthesised date lies after the latest one the article mentions
	g.sents = articleSentences(g.a)
	g.byChapter = map[int][]Fact{}
	seenName := map[string]bool{}
	for _, f := range g.facts {
		if f.Kind != OrgFact {
			g.byChapter[f.Chapter] = append(g.byChapter[f.Chapter], f)
		}
		if f.Kind != DateFact && !seenName[f.Value] {
			seenName[f.Value] = true
			g.names = append(g.names, f)
		}
	}
	g.datesByYear = append([]Fact(nil), g.byKind[DateFact]...)
	sort.SliceStable(g.datesByYear, func(i, j int) bool { return g.datesByYear[i].Date.Year < g.datesByYear[j].Date.Year })
}

// chapterFacts are the facts to ask about in a chapter: those first found
// there, and where a chapter has none of its own, later mentions in it of
// names found earlier, so every chapter can be asked about.
func (g *generator) chapterFacts(ch int) []Fact {
	if out := g.byChapter[ch]; len(out) > 0 {
		return out
	}
	var out []Fact
	seen := map[string]bool{}
	lo := sort.Search(len(g.sents), func(i int) bool { return g.sents[i].chapter >= ch })
	for _, s := range g.sents[lo:] {
		if s.chapter != ch {
			break
		}
		for _, f := range g.names {
			if seen[f.Value] {
				continue
			}
			if i := findWord(s.text, f.Value, 0); i >= 0 && !insideLongerName(s.text, f.Value, g.facts) {
				seen[f.Value] = true
				out = append(out, newFact(s, f.Kind, Span{i, i + len(f.Value)}, f.Value, f.Detail, f.Date))
			}
		}
	}
	return out
}

// single builds a question of type t on one fact, if the fact allows it.
func (g *generator) single(t QuestionType, f Fact) (Question, bool) {
	q := Question{Type: t, Chapter: f.Chapter, FactKeys: []string{f.Key()}, Explanation: f.Sentence, Kind: f.Kind}
	blank := "“" + blankAll(f.Sentence, f.Text) + "”"
	answer := f.Text
	switch t {
	case MultipleChoice:
		ds := g.distractors(f, 3)
		if len(ds) < 3 {
			return q, false
		}
		q.Prompt = mcqPrompt(f) + "\n" + blank
		q.Options = append([]string{answer}, ds...)
		g.rng.Shuffle(len(q.Options), func(i, j int) { q.Options[i], q.Options[j] = q.Options[j], q.Options[i] })
		q.Answer = []string{answer}
	case TrueFalse:
		if f.Kind == PlaceFact || f.Kind == OrgFact || f.Kind == PersonFact {
			// swapping names makes statements that are false in silly ways
			return q, false
		}
		statement := f.Sentence
		truth := g.rng.IntN(2) == 0
		if !truth {
			ds := g.distractors(f, 1)
			if f.Kind == PolicyFact {
				// swap a summit for a summit, a policy for a policy: "the
				// 2018 Sunshine Policy" is false too plainly
				ds = sameHead(f.Text, g.distractors(f, 8))
			}
			if len(ds) == 0 || strings.Contains(f.Sentence, ds[0]) {
				truth = true
			} else {
				statement = f.Sentence[:f.Start-f.SentSpan.Start] + ds[0] + f.Sentence[f.End-f.SentSpan.Start:]
				q.Explanation = fmt.Sprintf("False: the article says %s, not %s. “%s”", f.Text, ds[0], f.Sentence)
			}
		}
		q.Prompt = "True or false?\n“" + statement + "”"
		q.Options = []string{"True", "False"}
		if truth {
			q.Answer = []string{"True"}
		} else {
			q.Answer = []string{"False"}
		}
	case FillIn:
		if f.Kind == PlaceFact {
			return q, false
		}
		q.Prompt = fillPrompt(f) + "\n" + blank
		q.Answer = []string{answer}
	default:
		return q, false
	}
	return q, true
}

// sameHead keeps the names whose last word is the last word of name.
func sameHead(name string, names []string) []string {
	head := strings.ToLower(lastWord(name))
	var out []string
	for _, n := range names {
		if strings.ToLower(lastWord(n)) == head {
			out = append(out, n)
		}
	}
	return out
}

func mcqPrompt(f Fact) string {
	switch f.Kind {
	case DateFact:
		return "When did this happen?"
	case PersonFact:
		return "Who is missing from this sentence?"
	case PlaceFact:
		return "Which place completes the sentence?"
	case OrgFact:
		return "Which organisation completes the sentence?"
	}
	return "Which term completes the sentence?"
}

func fillPrompt(f Fact) string {
	switch f.Kind {
	case DateFact:
		return "Type the missing date."
	case PersonFact:
		return "Type the missing name."
	}
	return "Type the missing term."
}

// distractors gives up to n wrong answers of the fact's kind: other values
// from the article first (for dates, of the same granularity and nearest in
// time), then plausible neighbours for dates. None equals the answer in
// text or value, and none repeats.
func (g *generator) distractors(f Fact, n int) []string {
	var out []string
	seen := map[string]bool{normAnswer(f.Text): true}
	var taken []DateValue
	ok := func(s string) bool {
		k := normAnswer(s)
		return k != "" && !seen[k] && !strings.Contains(normAnswer(f.Sentence), " "+k+" ")
	}
	if f.Kind == DateFact {
		others := g.nearestDates(f, 8*n+8)
		clash := func(d DateValue) bool {
			if d.Overlaps(f.Date) {
				return true
			}
			for _, t := range taken {
				if t.Overlaps(d) {
					return true
				}
			}
			return false
		}
		for _, o := range others {
			if len(out) >= n {
				break
			}
			if o.Date.Granularity != f.Date.Granularity || clash(o.Date) || !ok(o.Text) || sameShape(o, f) == "" {
				continue
			}
			s := sameShape(o, f)
			seen[normAnswer(s)] = true
			taken = append(taken, o.Date)
			out = append(out, s)
		}
		for _, d := range neighbours(f.Date, g.maxYear, g.rng) {
			if len(out) >= n {
				break
			}
			s := renderLike(d, f)
			if clash(d) || !ok(s) {
				continue
			}
			seen[normAnswer(s)] = true
			taken = append(taken, d)
			out = append(out, s)
		}
		return out
	}
	pool := g.byKind[f.Kind]
	start := 0
	if len(pool) > 0 {
		start = g.rng.IntN(len(pool))
	}
	words := len(strings.Fields(f.Value))
	for pass := 0; pass < 2; pass++ {
		for i := range pool {
			o := pool[(start+i*7919)%len(pool)]
			if len(out) >= n {
				break
			}
			// places first of the same shape: one-word names with one-word names
			if pass == 0 && f.Kind == PlaceFact && len(strings.Fields(o.Value)) != words {
				continue
			}
			if !ok(o.Value) || strings.Contains(o.Value, f.Value) || strings.Contains(f.Value, o.Value) {
				continue
			}
			seen[normAnswer(o.Value)] = true
			out = append(out, o.Value)
		}
	}
	return out
}

// nearestDates returns up to k date facts nearest in year to f, nearest
// first, walking outwards from f's place in the sorted list.
func (g *generator) nearestDates(f Fact, k int) []Fact {
	d := g.datesByYear
	i := sort.Search(len(d), func(i int) bool { return d[i].Date.Year >= f.Date.Year })
	lo, hi := i-1, i
	var out []Fact
	for len(out) < k && (lo >= 0 || hi < len(d)) {
		if hi < len(d) && (lo < 0 || absInt(d[hi].Date.Year-f.Date.Year) <= absInt(d[lo].Date.Year-f.Date.Year)) {
			out = append(out, d[hi])
			hi++
		} else {
			out = append(out, d[lo])
			lo--
		}
	}
	return out
}

// sameShape renders another date fact the way the answer is written: with
// or without "the", so that no option stands out by its form.
func sameShape(o, f Fact) string {
	s := o.Text
	if o.Date.Part != "" && o.Date.Granularity == Year && f.Date.Part == "" {
		return ""
	}
	hasThe := strings.HasPrefix(strings.ToLower(f.Text), "the ")
	if hasThe && !strings.HasPrefix(strings.ToLower(s), "the ") {
		s = "the " + s
	}
	if !hasThe {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	}
	return s
}

// renderLike writes a synthesised date in the answer's form.
func renderLike(d DateValue, f Fact) string {
	s := d.String()
	switch d.Granularity {
	case Year:
		if f.Date.Part != "" && f.Date.Granularity == Year && strings.Contains(f.Text, fmt.Sprint(f.Date.Year)) {
			return strings.Replace(f.Text, fmt.Sprint(f.Date.Year), fmt.Sprint(d.Year), 1)
		}
	case Decade, Century:
		if !strings.HasPrefix(strings.ToLower(f.Text), "the ") {
			s = strings.TrimPrefix(s, "the ")
		}
		if d.Part != "" {
			// keep the writer's hyphenation: "the mid-1920s"
			s = strings.Replace(f.Text, fmt.Sprint(f.Date.Year), fmt.Sprint(d.Year), 1)
		}
	}
	return s
}

// neighbours are plausible dates near d, nearest first in a shuffled
// order, none after maxYear.
func neighbours(d DateValue, maxYear int, rng *rand.Rand) []DateValue {
	offs := []int{2, 3, 4, 5, 6, 7}
	switch d.Granularity {
	case Decade:
		offs = []int{10, 20, 30}
	case Century:
		offs = []int{100, 200, 300}
	}
	var out []DateValue
	for _, off := range offs {
		for _, sign := range []int{-1, 1} {
			n := d
			n.Year += sign * off
			n.YearEnd += sign * off
			if n.Year >= 1000 && n.Year <= maxYear {
				out = append(out, n)
			}
		}
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	bucket := func(v DateValue) int { return absInt(v.Year-d.Year) / (3 * offs[0]) }
	sort.SliceStable(out, func(i, j int) bool { return bucket(out[i]) < bucket(out[j]) })
	return out
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// multi builds ordering and matching questions over the chosen chapters.
func (g *generator) multi(t QuestionType, chapters []int) []Question {
	in := map[int]bool{}
	for _, c := range chapters {
		in[c] = true
	}
	var dates []Fact
	for _, f := range g.byKind[DateFact] {
		if in[f.Chapter] && f.Date.Granularity != Century {
			dates = append(dates, f)
		}
	}
	switch t {
	case Ordering:
		return g.orderings(dates)
	case Matching:
		var out []Question
		if q, ok := g.matchDates(dates); ok {
			out = append(out, q)
		}
		var pols []Fact
		for _, f := range g.byKind[PolicyFact] {
			if in[f.Chapter] {
				pols = append(pols, f)
			}
		}
		if q, ok := g.matchTerms(pols); ok {
			out = append(out, q)
		}
		return out
	}
	return nil
}

// distinctDates picks up to n date facts from different sentences whose
// dates do not overlap, in a shuffled order.
func (g *generator) distinctDates(dates []Fact, n int) []Fact {
	pool := append([]Fact(nil), dates...)
	g.rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	var out []Fact
	for _, f := range pool {
		if len(out) == n {
			break
		}
		ok := true
		for _, o := range out {
			if o.Date.Overlaps(f.Date) || o.Sentence == f.Sentence {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, f)
		}
	}
	return out
}

func (g *generator) orderings(dates []Fact) []Question {
	var out []Question
	for round := 0; round < 2; round++ {
		picked := g.distinctDates(dates, 3+g.rng.IntN(3))
		if len(picked) < 3 {
			return out
		}
		sort.Slice(picked, func(i, j int) bool { return picked[i].Date.Year < picked[j].Date.Year })
		q := Question{Type: Ordering, Prompt: "Put these events in order, earliest first.", Chapter: picked[0].Chapter, Kind: DateFact}
		var expl []string
		for _, f := range picked {
			ev := "“" + blankAll(f.Sentence, f.Text) + "”"
			q.Answer = append(q.Answer, ev)
			q.FactKeys = append(q.FactKeys, f.Key())
			expl = append(expl, f.Text+": "+f.Sentence)
		}
		q.Options = append([]string(nil), q.Answer...)
		for tries := 0; tries < 5 && equalStrings(q.Options, q.Answer); tries++ {
			g.rng.Shuffle(len(q.Options), func(i, j int) { q.Options[i], q.Options[j] = q.Options[j], q.Options[i] })
		}
		q.Explanation = strings.Join(expl, "\n")
		out = append(out, q)
	}
	return out
}

func (g *generator) matchDates(dates []Fact) (Question, bool) {
	picked := g.distinctDates(dates, 4)
	if len(picked) < 3 {
		return Question{}, false
	}
	q := Question{Type: Matching, Prompt: "Match each event to its date.", Chapter: picked[0].Chapter, Kind: DateFact}
	var expl []string
	for _, f := range picked {
		q.Options = append(q.Options, "“"+blankAll(f.Sentence, f.Text)+"”")
		q.Answer = append(q.Answer, f.Text)
		q.FactKeys = append(q.FactKeys, f.Key())
		expl = append(expl, f.Text+": "+f.Sentence)
	}
	if hasDuplicates(q.Answer) {
		return Question{}, false
	}
	q.Choices = append([]string(nil), q.Answer...)
	g.rng.Shuffle(len(q.Choices), func(i, j int) { q.Choices[i], q.Choices[j] = q.Choices[j], q.Choices[i] })
	q.Explanation = strings.Join(expl, "\n")
	return q, true
}

func (g *generator) matchTerms(pols []Fact) (Question, bool) {
	pool := append([]Fact(nil), pols...)
	g.rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	var picked []Fact
	for _, f := range pool {
		if len(picked) == 4 {
			break
		}
		dup := false
		for _, o := range picked {
			dup = dup || o.Sentence == f.Sentence || strings.Contains(o.Value, f.Value) || strings.Contains(f.Value, o.Value)
		}
		if !dup {
			picked = append(picked, f)
		}
	}
	if len(picked) < 3 {
		return Question{}, false
	}
	q := Question{Type: Matching, Prompt: "Match each term to the sentence it completes.", Chapter: picked[0].Chapter, Kind: PolicyFact}
	var expl []string
	for _, f := range picked {
		def := definingSentence(g.sents, f)
		q.Options = append(q.Options, "“"+blankAll(def.Sentence, f.Value)+"”")
		q.Answer = append(q.Answer, f.Value)
		q.FactKeys = append(q.FactKeys, f.Key())
		expl = append(expl, f.Value+": "+def.Sentence)
	}
	q.Choices = append([]string(nil), q.Answer...)
	g.rng.Shuffle(len(q.Choices), func(i, j int) { q.Choices[i], q.Choices[j] = q.Choices[j], q.Choices[i] })
	q.Explanation = strings.Join(expl, "\n")
	return q, true
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func hasDuplicates(xs []string) bool {
	seen := map[string]bool{}
	for _, x := range xs {
		k := normAnswer(x)
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	return false
}

// insideLongerName reports whether value occurs in text only as part of a
// longer known name ("East Asia" in "North East Asia").
func insideLongerName(text, value string, facts []Fact) bool {
	for _, o := range facts {
		if len(o.Value) > len(value) && strings.Contains(o.Value, value) && strings.Contains(text, o.Value) {
			return true
		}
	}
	return false
}
