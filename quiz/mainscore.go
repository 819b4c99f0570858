package quiz

import (
	"regexp"
	"strings"
)

// The main points of a chapter (issue 18, round 14: the reviewers reward
// items on the article's main points and mark side details down). Each
// sentence gets a score of how central it is inside its chapter, from
// general English only: the chapter's lead sentence, a named policy that
// is the subject of its clause or the object of an act on it, a subject
// the chapter's heading names, a definition of the heading's term, a
// cause or result the article argues, names the chapter returns to; and
// against it, personnel news, figures that are not the point, "also".
// The quiz's rank (centrality, phraseRank) adds the score, so a chapter's
// questions come from its main points first and side details fill.

// Point parts, as flags of one sentence.
const (
	pointLead         = 1 << iota // the chapter's first sentence (or the article lead's second)
	pointPolicyAct                // a named policy is the clause's subject: what the policy did
	pointPolicyObject             // a named policy is the object of an act on it: who passed or announced it
	pointHeading                  // the clause's subject is what the chapter's heading names
	pointDefines                  // "X is a …" of the heading's or the article's term
	pointArgues                   // a cause, result or aim the article states
	pointPersonnel                // who was appointed, elected, born, died
	pointFigures                  // two figures or more that no policy act carries
	pointAlso                     // "also": one more thing the actor did
	pointHedged                   // "perhaps", "arguably": a judgement the article softens (speculate.go)
	pointSpeculates               // "had it been …, had a good chance of", "supposedly": a guess, not a fact (speculate.go)
	pointSide                     // a side remark: nothing of the title, the heading or the story (sidepoint.go)
)

// pointWeights are the score each part adds.
var pointWeights = []struct {
	flag, weight int
}{
	{pointLead, 2}, {pointPolicyAct, 4}, {pointPolicyObject, 2}, {pointHeading, 2}, {pointDefines, 2}, {pointArgues, 1},
	{pointPersonnel, -2}, {pointFigures, -1}, {pointAlso, -2}, {pointHedged, -2}, {pointSpeculates, -6}, {pointSide, -3},
}

// mainPointRankOff switches the main-point score out of the rank, for
// measuring what it changes (TestMeasureMainPoints).
var mainPointRankOff = false

// pointIndex holds what the score needs from the whole article, built
// once per index: the policies each sentence names, and how many of its
// names the sentence's chapter names in three sentences or more.
type pointIndex struct {
	policies map[int32][]string
	repeated []int8
	spread   map[string]int8 // how many paragraphs name each name, up to 3 (sidepoint.go)
}

// points builds the pointIndex once per index (memo), or for this
// generator alone when it has none.
func (g *generator) points() *pointIndex {
	if g.memo == nil {
		return g.buildPoints()
	}
	g.memo.pointsOnce.Do(func() { g.memo.points = g.buildPoints() })
	return g.memo.points
}

// minChapterMentions is how many sentences of a chapter name a name that
// the chapter returns to.
const minChapterMentions = 3

func (g *generator) buildPoints() *pointIndex {
	p := &pointIndex{policies: map[int32][]string{}, repeated: make([]int8, len(g.sents)), spread: map[string]int8{}}
	seen := map[string]bool{}
	for _, f := range g.names {
		if f.Kind == DateFact || f.Kind == NumberFact || seen[f.Value] {
			continue
		}
		seen[f.Value] = true
		at := g.namingSentences(f.Value)
		if f.Kind == PolicyFact && isAbbrev(f.Detail) && !seen[f.Detail] {
			// "the CTBT" after "the Comprehensive … Treaty (CTBT)"
			seen[f.Detail] = true
			at = mergeSorted(at, g.namingSentences(f.Detail))
		}
		if w := strings.Fields(f.Value); f.Kind == PersonFact && len(w) > 1 && len(w[len(w)-1]) > 3 {
			// "Alexander Dubček", then "Dubček" in later paragraphs
			p.spread[f.Value] = paragraphsOf(g.sents, mergeSorted(at, g.namingSentences(w[len(w)-1])))
		} else {
			p.spread[f.Value] = paragraphsOf(g.sents, at)
		}
		// at is in article order: count each chapter's run
		for lo := 0; lo < len(at); {
			hi := lo
			for hi < len(at) && g.sents[at[hi]].chapter == g.sents[at[lo]].chapter {
				hi++
			}
			if hi-lo >= minChapterMentions {
				for _, si := range at[lo:hi] {
					if p.repeated[si] < 2 {
						p.repeated[si]++
					}
				}
			}
			lo = hi
		}
		if f.Kind == PolicyFact {
			for _, si := range at {
				p.policies[si] = append(p.policies[si], f.Value)
				if isAbbrev(f.Detail) {
					p.policies[si] = append(p.policies[si], f.Detail)
				}
			}
		}
	}
	return p
}

// paragraphsOf is how many paragraphs hold the sentences at (in article
// order), up to 3.
func paragraphsOf(sents []sentenceRef, at []int32) int8 {
	n := int8(0)
	for k, si := range at {
		if k == 0 || sents[si].chapter != sents[at[k-1]].chapter || sents[si].block != sents[at[k-1]].block {
			if n++; n == 3 {
				break
			}
		}
	}
	return n
}

// namingSentences are the sentences that name name as a word, in article
// order.
func (g *generator) namingSentences(name string) []int32 {
	var at []int32
	for _, si := range g.ix.mentioning(name) {
		if findWord(g.sents[si].text, name, 0) >= 0 {
			at = append(at, si)
		}
	}
	return at
}

// mergeSorted is two sorted lists as one, each value once.
func mergeSorted(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			out, a = append(out, a[0]), a[1:]
		case len(a) == 0 || b[0] < a[0]:
			out, b = append(out, b[0]), b[1:]
		default:
			out, a, b = append(out, a[0]), a[1:], b[1:]
		}
	}
	return out
}

// pointScore is how central sentence i is to its chapter (see the top of
// this file); 0 for a sentence it does not know.
func (g *generator) pointScore(i int) int {
	if i < 0 || i >= len(g.sents) {
		return 0
	}
	flags := g.pointFlags(i)
	score := int(g.points().repeated[i])
	for _, w := range pointWeights {
		if flags&w.flag != 0 {
			score += w.weight
		}
	}
	return score
}

// sentencePoint is pointScore of a sentence by its text.
func (g *generator) sentencePoint(sentence string) int {
	return g.pointScore(g.sentenceIndex(sentence))
}

// mainSentence reports a chapter lead or a sentence on what a named policy
// did (the measure of TestMeasureMainPoints).
func (g *generator) mainSentence(sentence string) bool {
	i := g.sentenceIndex(sentence)
	return i >= 0 && g.pointFlags(i)&(pointLead|pointPolicyAct|pointPolicyObject) != 0
}

// pointFlags are the parts of sentence i's score.
func (g *generator) pointFlags(i int) int {
	s := g.sents[i]
	t := s.text
	flags := 0
	if i == 0 || g.sents[i-1].chapter != s.chapter || s.chapter == 0 && i == 1 && g.sents[0].block == s.block {
		flags |= pointLead
	}
	c, ok := g.clauseOf(t)
	if ok && c.verb != "" && g.policySubject(i, c) {
		flags |= pointPolicyAct
	} else if ok && g.policyObject(i, c) {
		flags |= pointPolicyObject
	}
	if reMeaning.MatchString(t) {
		flags |= pointDefines // "glasnost (meaning "openness")": a word's meaning
	}
	if ok && g.headingSubject(s.chapter, c.subj) {
		flags |= pointHeading
		if reDefines.MatchString(c.text[min(len(c.text), c.subjAt+c.subjLen):]) {
			flags |= pointDefines
		}
	} else if !ok && g.headingSubject(s.chapter, leadingNames(t)) {
		flags |= pointHeading // "Both the PRC and the ROC make it …", which the clause reader leaves
	}
	if argues(t) {
		flags |= pointArgues
	}
	if rePersonnel.MatchString(t) {
		flags |= pointPersonnel
	}
	if flags&pointPolicyAct == 0 && len(rePointFigure.FindAllStringIndex(withoutCitations(t), 3)) >= 2 {
		flags |= pointFigures
	}
	if ok && strings.Contains(" "+c.text[:min(len(c.text), c.after)]+" ", " also ") {
		flags |= pointAlso
	}
	if !speculationOff && speculates(t) {
		flags |= pointSpeculates
	} else if !speculationOff && hedgedClaim(t) {
		flags |= pointHedged
	}
	if r := g.sideSentence(i, flags, c, ok); r.side && r.allLocal && r.names > 0 {
		flags |= pointSide
	}
	return flags
}

// reMeaning finds a word's meaning given in the sentence.
var reMeaning = regexp.MustCompile(`\((?:meaning|literally|lit\.) |\b(?:literally means|the literal meaning of|means "|means “)`)

// policyObject reports a named policy as the object of an act on it ("In
// 1947 Truman announced the Truman Doctrine").
func (g *generator) policyObject(i int, c clause) bool {
	pols := g.points().policies[int32(i)]
	if c.after <= 0 || c.after > len(c.text) || !policyActVerbs[c.base] && !policyActVerbs[strings.ToLower(c.verb)] {
		return false
	}
	obj := c.text[c.after:]
	if len(obj) > 60 {
		obj = obj[:60]
	}
	for _, p := range pols {
		if findWord(obj, p, 0) >= 0 {
			return true
		}
	}
	return false
}

// policyActVerbs act on a policy as their object.
var policyActVerbs = map[string]bool{"announce": true, "propose": true, "introduce": true, "adopt": true, "sign": true,
	"ratify": true, "pass": true, "launch": true, "establish": true, "enact": true, "implement": true, "reject": true,
	"accept": true, "renounce": true, "abandon": true, "outline": true, "formulate": true, "articulate": true,
	"declare": true, "create": true, "approve": true, "endorse": true, "oppose": true, "repeal": true, "proclaim": true,
	"replace": true, "invoke": true, "extend": true, "conclude": true, "negotiate": true}

// headingWords are a chapter heading's words that name its topic: four
// letters or more, not a word any heading may hold ("History",
// "Background").
func headingWords(title string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 || r == '-')
	}) {
		lw := strings.ToLower(strings.TrimSuffix(w, "s"))
		if len(lw) >= 4 && !genericHeading[lw] {
			out = append(out, lw)
		}
	}
	// a name's initials: "People's Republic of China" → "prc", which a
	// sentence writes for it
	var run []string
	flush := func() {
		if len(run) >= 2 {
			out = append(out, strings.ToLower(initials(strings.Join(run, " "))))
		}
		run = run[:0]
	}
	for _, w := range strings.Fields(title) {
		switch {
		case capitalised(w):
			run = append(run, w)
		case (w == "of" || w == "for" || w == "the") && len(run) > 0:
		default:
			flush()
		}
	}
	flush()
	return out
}

// genericHeading are heading words that name no topic of their own.
var genericHeading = map[string]bool{"history": true, "background": true, "overview": true, "aftermath": true,
	"reaction": true, "response": true, "legacy": true, "impact": true, "effect": true, "result": true, "event": true,
	"development": true, "origin": true, "early": true, "later": true, "late": true, "year": true, "period": true,
	"introduction": true, "summary": true, "context": true, "further": true, "reading": true, "reference": true,
	"also": true, "note": true, "external": true, "link": true, "analysi": true, "criticism": true, "view": true,
	"with": true, "from": true, "into": true, "after": true, "before": true, "during": true, "under": true,
	"since": true, "their": true, "other": true, "relation": true, "policy": true, "first": true, "second": true}

// headingSubject reports a clause subject that shares a topic word with
// its chapter's heading, or is the article's own subject in its lead.
func (g *generator) headingSubject(ch int, subj string) bool {
	if subj == "" || ch < 0 || ch >= len(g.a.Chapters) {
		return false
	}
	title := g.a.Chapters[ch].Title
	if ch == 0 && title == "" || ch == 0 {
		title += " " + g.a.Title
	}
	hw := headingWords(title)
	if len(hw) == 0 {
		return false
	}
	for _, w := range strings.Fields(subj) {
		lw := strings.ToLower(strings.Trim(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "“”\"'‘’,"))
		if !isAbbrev(strings.Trim(w, "“”\"'‘’,")) {
			lw = strings.TrimSuffix(lw, "s")
		}
		if len(lw) < 3 {
			continue
		}
		for _, h := range hw {
			if lw == h {
				return true
			}
		}
	}
	return false
}

// leadingNames are the names a sentence opens with, with their articles
// and "and": "Both the PRC and the ROC each demand …" → "Both the PRC and
// the ROC".
func leadingNames(t string) string {
	w := strings.Fields(t)
	n := 0
	for n < len(w) && n < 12 {
		x := strings.TrimRight(w[n], ",")
		if x != w[n] && n > 0 {
			break
		}
		if !capitalised(x) && x != "the" && x != "and" && x != "of" {
			break
		}
		n++
	}
	return strings.Join(w[:n], " ")
}

// reDefines opens the predicate of a definition: "… is a multilateral
// treaty", "… was the policy …", "… refers to …".
var reDefines = regexp.MustCompile(`^(?:,[^,]{1,60},)? (?:is|was|are|were) (?:a|an|the|one of the) |^ (?:refers|referred) to |^ means `)

// arguedMarkers state a cause, result or aim.
var arguedMarkers = []string{" because ", " led to ", " resulted in ", " as a result", " caused ", " in order to ",
	" so that ", " due to ", " aimed to ", " aimed at ", " sought to ", " was intended to ", " was designed to ",
	" in response to ", " contributed to ", " gave rise to ", " paved the way for "}

// argues reports a sentence that states a cause, result or aim.
func argues(t string) bool {
	for _, m := range arguedMarkers {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// rePersonnel finds personnel news: an appointment, an election, a birth
// or a death.
var rePersonnel = regexp.MustCompile(`\b(?:was|were|had been|has been) (?:appointed|elected|named|promoted|dismissed|succeeded|replaced) (?:as|by|to)\b|\b(?:was born|died in|died on|passed away)\b`)

// rePointFigure finds a figure that is no year: an amount, a share, a
// number of thousands or more ("27 million", "$13 billion", "35%",
// "300,000").
var rePointFigure = regexp.MustCompile(`\$\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:%|(?:per ?cent|percent|million|billion|thousand)\b)|\b\d{1,3}(?:,\d{3})+\b`)

// blankRole scores where a fact stands in its sentence's clause: the
// clause's subject or the first words of its object carry the point (+2);
// inside brackets, or in an aside set off by commas after a name, or
// deep in a tail of prepositions after the object, a side detail (-2).
// Dates and figures are not judged (their place is the sentence's time or
// amount).
func (g *generator) blankRole(f Fact) int {
	if f.Kind == DateFact || f.Kind == NumberFact || f.Text == "" {
		return 0
	}
	s := f.Sentence
	at := f.Start - f.SentSpan.Start
	if at < 0 || at+len(f.Text) > len(s) || s[at:at+len(f.Text)] != f.Text {
		at = strings.Index(s, f.Text)
	}
	if at < 0 {
		return 0
	}
	if strings.Count(s[:at], "(") > strings.Count(s[:at], ")") {
		return -2 // "(…, _____, …)"
	}
	c, ok := g.clauseOf(s)
	if !ok {
		return 0
	}
	// the fact's place in the clause's text (asides and citations out)
	ct := strings.Index(c.text, f.Text)
	if ct < 0 {
		return 0
	}
	if c.subjLen > 0 && ct >= c.subjAt && ct < c.subjAt+c.subjLen {
		if headOfPhrase(c.text[c.subjAt:ct]) {
			return 2
		}
		return 0 // "The struggle of the war in _____ made …": inside the subject
	}
	if c.after > 0 && ct >= c.after {
		between := c.text[c.after:ct]
		if headOfPhrase(between) {
			return 2 // the object of the main verb
		}
		if appositionBefore(between) {
			return -2 // ", the author of …, _____ …": an aside on a name
		}
		if len(strings.Fields(between)) > 8 && prepositionBefore(between) {
			return -1 // far in a tail of prepositions
		}
	}
	return 0
}

// headOfPhrase reports the words before a name in its phrase as no more
// than a determiner and two modifiers, with no preposition or comma: the
// name heads the phrase ("the _____", "retired General _____"), rather
// than ending a tail ("the share of power in the _____").
func headOfPhrase(before string) bool {
	w := strings.Fields(before)
	if len(w) > 3 || strings.ContainsAny(before, ",;:()") {
		return false
	}
	for _, x := range w {
		switch strings.ToLower(x) {
		case "of", "in", "at", "from", "with", "by", "for", "on", "near", "under", "against", "between", "among", "to", "into", "over", "and", "or":
			return false
		}
	}
	return true
}

// appositionBefore reports text that ends inside an aside set off by a
// comma after a name: "… met Dean Acheson, the secretary, and ".
func appositionBefore(between string) bool {
	j := strings.LastIndex(between, ", ")
	if j < 0 {
		return false
	}
	after := strings.Fields(between[j+2:])
	return len(after) <= 3 && len(after) > 0 && (after[0] == "the" || after[0] == "a" || after[0] == "an") && !strings.Contains(between[j+2:], " and ")
}

// prepositionBefore reports text that ends in a preposition.
func prepositionBefore(between string) bool {
	w := strings.Fields(between)
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[len(w)-1]) {
	case "of", "in", "at", "from", "with", "by", "for", "on", "near", "under", "against", "between", "among", "to", "the":
		return true
	}
	return false
}
