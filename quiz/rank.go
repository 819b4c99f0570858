package quiz

import (
	"regexp"
	"sort"
	"strings"
)

// countMentions counts, for every name, the sentences that name it.
func (g *generator) countMentions() {
	g.mentions = map[string]int{}
	for _, f := range g.names {
		for _, si := range g.ix.mentioning(f.Value) {
			if findWord(g.sents[si].text, f.Value, 0) >= 0 {
				g.mentions[f.Value]++
			}
		}
	}
}

// centrality scores how central a fact is to the article, so a quiz asks
// about the main story before its asides: named in the lead or a
// heading, named again and again, tied to a policy, or carrying a date
// or a figure each count; a long sentence counts against it.
func (g *generator) centrality(f Fact) int {
	score := 0
	if f.Chapter == 0 {
		score += 2
	}
	if f.Kind != DateFact && f.Kind != NumberFact {
		if g.inTitle(f.Value) {
			score += 2
		}
		score += min(3, g.mentions[f.Value]-1)
	}
	if f.Kind == PolicyFact || g.hasKindIn(f, PolicyFact) {
		score += 2
	}
	if f.Kind == DateFact || f.Kind == NumberFact || g.hasKindIn(f, DateFact) || g.hasKindIn(f, NumberFact) {
		score++
	}
	if _, ok := g.policyQuestion(f); ok {
		score += 2 // who acted on a policy, or when
	} else if _, ok := g.structQuestion(f); ok {
		score += 2 // who did what the sentence tells, or what a named actor did
	}
	if f.Kind != DateFact && g.leadSentenceOf(f) {
		score++ // a chapter's lead sentence tells its point
	}
	if len(strings.Fields(f.Sentence)) > 35 {
		score--
	}
	if !mainPointRankOff {
		// the sentence's place among its chapter's main points, and the
		// fact's place in its sentence (mainscore.go)
		// a date or a figure gets half: its question asks when or how
		// many, seldom the sentence's point
		if p := g.sentencePoint(f.Sentence); f.Kind == DateFact || f.Kind == NumberFact {
			score += p / 2
		} else {
			score += p + g.blankRole(f)
		}
	}
	if g.inSideRemark(f) {
		score -= 3 // round 18: "Already in _____, the … (UNRRA) was founded", "… also occurred in Romania … and in _____"
	}
	if f.Kind == DateFact && g.outsideTitleSpan(f) {
		score -= 3 // round 8: "Guatemala in 1954", "Cuba in 1960" in an article on 1947–1953: an aside
	}
	return score
}

// outsideTitleSpan reports a date outside the years the article's title
// spans ("Cold War (1947–1953)"): the sentence looks beyond the subject.
func (g *generator) outsideTitleSpan(f Fact) bool {
	m := reTitleSpan.FindStringSubmatch(g.a.Title)
	if m == nil || f.Date.Year == 0 {
		return false
	}
	from, to := atoi(m[1]), atoi(m[2])
	y, end := f.Date.Year, f.Date.Year
	if f.Date.YearEnd > y {
		end = f.Date.YearEnd
	}
	return from < to && (end < from || y > to)
}

// reTitleSpan finds a span of years in a title: "(1947–1953)", "1947-53".
var reTitleSpan = regexp.MustCompile(`\b(1\d{3}|20\d{2})\s*[–—-]\s*(1\d{3}|20\d{2})\b`)

// inTitle reports whether a chapter title names name. The titles are
// indexed by word once, so a book's thousands of facts do not each read
// every title.
func (g *generator) inTitle(name string) bool {
	if g.titles == nil {
		refs := make([]sentenceRef, len(g.a.Chapters))
		for i, c := range g.a.Chapters {
			refs[i] = sentenceRef{chapter: i, text: c.Title}
		}
		g.titles = newSentenceIndex(refs)
	}
	for _, i := range g.titles.mentioning(name) {
		if findWord(g.titles.sents[i].text, name, 0) >= 0 {
			return true
		}
	}
	return false
}

// sentenceKey names one sentence of the article.
type sentenceKey struct {
	chapter, block int
	span           Span
}

// hasKindIn reports whether f's sentence holds another fact of a kind.
func (g *generator) hasKindIn(f Fact, kind FactKind) bool {
	for _, o := range g.sentenceFacts(f) {
		if o.Kind == kind && o.Text != f.Text {
			return true
		}
	}
	return false
}

// numbersIn are the figures of a chapter.
func (g *generator) numbersIn(ch int) []Fact {
	i := sort.Search(len(g.numbers), func(i int) bool { return g.numbers[i].Chapter >= ch })
	var out []Fact
	for ; i < len(g.numbers) && g.numbers[i].Chapter == ch; i++ {
		out = append(out, g.numbers[i])
	}
	return out
}

// shortForms are the other forms of a name a typed answer may take: a
// person's surname, a name's abbreviation, each only when no other name
// of the article shares it.
func (g *generator) shortForms(f Fact) []string {
	if f.Kind == DateFact || f.Kind == NumberFact {
		return nil
	}
	var cands []string
	if f.Kind == PersonFact {
		if w := strings.Fields(f.Value); len(w) > 1 {
			cands = append(cands, w[len(w)-1])
		}
	}
	cands = append(cands, g.forms(f)[1:]...)
	var out []string
	for _, c := range cands {
		if normAnswer(c) == normAnswer(f.Text) || g.shared(c, f) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// shared reports whether another name of the article has the short form.
func (g *generator) shared(short string, f Fact) bool {
	k := normAnswer(short)
	for _, o := range g.names {
		if o.Value == f.Value || o.Kind == DateFact {
			continue
		}
		if normAnswer(o.Value) == k || normAnswer(o.Detail) == k && o.Detail != f.Detail ||
			strings.Contains(" "+normAnswer(o.Value)+" ", " "+k+" ") && !strings.Contains(" "+normAnswer(f.Value)+" ", " "+normAnswer(o.Value)+" ") {
			return true
		}
	}
	return false
}

// leadSentenceOf reports a fact of its chapter's first sentence.
func (g *generator) leadSentenceOf(f Fact) bool {
	i := g.sentenceIndex(f.Sentence)
	return i >= 0 && g.sents[i].chapter == f.Chapter && g.leadSentence(g.sents[i])
}

// sideName reports a name the article mentions in one sentence only,
// outside the chapter titles and its chapter's lead sentence, in a
// sentence that names no policy: a side figure ("The speech, written by
// _____", "_____ was appointed General Secretary", "industrialist _____
// wrote …"; round 11: trivia, all awkward). A quiz asks about the names
// the article returns to.
func (g *generator) sideName(f Fact) bool {
	if g.speculative(f) || g.plainlyAside(f) {
		// "had it been fully exploited …, had a good chance of": a guess
		// (speculate.go); "Already in _____, the … (UNRRA) was founded": a
		// side remark (sidepoint.go); both wait for the last pass
		return true
	}
	switch f.Kind {
	case PersonFact, OrgFact, PlaceFact:
	default:
		return false
	}
	if g.mentions[f.Value] > 1 || g.inTitle(f.Value) || g.leadSentenceOf(f) || g.hasKindIn(f, PolicyFact) {
		return false
	}
	for _, p := range g.ofKind(PolicyFact) {
		if findWord(f.Sentence, p.Value, 0) >= 0 {
			return false // a later mention of a policy: "Senator Smith defended the Plan"
		}
	}
	return true
}

// speculative reports a fact of a sentence that speculates (speculate.go).
func (g *generator) speculative(f Fact) bool {
	i := g.sentenceIndex(f.Sentence)
	return i >= 0 && g.pointFlags(i)&pointSpeculates != 0
}

// inSideRemark reports a name or a date mentioned in passing
// (passingMention), or a fact of a side remark (sidepoint.go): its date,
// or a name the article names in that one paragraph only (round 18
// Marshall Q13 "Already in _____, the … (UNRRA) was founded", Potsdam Q2
// "… expulsions also occurred in Romania … and in _____").
func (g *generator) inSideRemark(f Fact) bool {
	if sideOff || f.Kind == NumberFact || f.Kind == ClauseFact {
		return false // a phrase answer is no name: its sentence's score tells (pointSide)
	}
	if g.passingMention(f) {
		return true // "… whose crimes under the Moscow Declaration of _____ have …"
	}
	i := g.sentenceIndex(f.Sentence)
	if i < 0 {
		return false
	}
	c, ok := g.clauseOf(f.Sentence)
	r := g.sideSentence(i, g.pointFlags(i), c, ok)
	if f.Kind == DateFact {
		// a body or a person this one paragraph tells of, or a backstory
		// ("Already in _____, the … (UNRRA) was founded")
		return r.side && (r.localSubj || r.allLocal && r.names > 0 || reBackstory.MatchString(f.Sentence))
	}
	return r.side && g.localName(f.Value)
}

// plainlyAside reports the side remarks that the article itself marks as
// such: a name or its date mentioned in passing (passingMention), a date
// of a backstory ("Already in _____, …"), a name of a statement set
// beyond the subject ("Though the Agreement only refers to …, expulsions
// also occurred … in _____"). The picker takes them last (sideName); the
// other side remarks only rank lower (inSideRemark): taking them all last
// also dropped good questions through the picker's other rules (Brezhnev
// "Who did Alexander Dubček replace?", 22 of 40 quizzes).
func (g *generator) plainlyAside(f Fact) bool {
	if !g.inSideRemark(f) {
		return false
	}
	if f.Kind == DateFact {
		return g.passingMention(f) || reBackstory.MatchString(f.Sentence)
	}
	return g.passingMention(f) || g.beyondSubject(f.Sentence)
}

// maxSentenceShares is how many percentages a sentence may give and
// still be asked about: one giving more is a table of survey or vote
// figures written as prose ("Pakistan (78%), Tanzania (77%), _____ (77%),
// Malaysia (74%) …", round 11 China Q17: trivia), whose names and
// figures are no points to learn.
const maxSentenceShares = 3

// figureTable reports a sentence that lists more than maxSentenceShares
// percentages.
func figureTable(s string) bool {
	return strings.Count(s, "%")+strings.Count(s, " per cent")+strings.Count(s, " percent") > maxSentenceShares
}
