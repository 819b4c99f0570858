package quiz

import (
	"regexp"
	"strings"
)

// Round 12 (issue 18): the most common cause of an awkward question was a
// blank on a date while the sentence's substance sat in the stem
// ("Established in _____, Khaan Quest is the only military exercise where
// …"; "As the MPR was established in the mid-1920s, the MPR was eager to
// …"; "… and in _____, the United States revered a great deal of praise";
// "output in _____ was at least 35% higher than in 1938"). A date is
// asked (choice, typed, true/false swap) only when it is the time of the
// sentence's own main event; otherwise the sentence's names, acts and
// terms are asked instead, with the date left in the stem as context.

// datePointOff turns the rules of this file off (measuring before/after).
var datePointOff = false

// sideDate reports why a date is not the point of its sentence, or "".
// It reads the sentence only (no scan of the article).
func sideDate(f Fact) string {
	if datePointOff || f.Kind != DateFact || f.Start < f.SentSpan.Start || f.End-f.SentSpan.Start > len(f.Sentence) {
		return ""
	}
	s := f.Sentence
	before, after := s[:f.Start-f.SentSpan.Start], s[f.End-f.SentSpan.Start:]
	first := strings.ToLower(strings.Trim(firstWord(s), ","))
	comma := strings.Index(s, ",")
	inOpening := comma > 0 && f.Start-f.SentSpan.Start < comma
	switch {
	case leadClauseOpeners[first] && inOpening:
		return "side clause" // "As the MPR was established in the mid-1920s, the MPR was eager …"
	case sideOpeners[first] && inOpening && len(strings.Fields(before)) >= 2:
		return "side phrase" // "Following the dissolution of the Soviet Union in late 1991, China also opened …"
	case inOpening && openingParticiple(first, before):
		return "participial opener" // "Established in 2003, Khaan Quest is the only …"
	case reSinceBefore.MatchString(before):
		return "since" // "has pursued … since the 1990s": a state that lasts, no event
	case reIntoBefore.MatchString(before):
		return "lasting" // "… resistance for many months into 1970": the end of a state, no event
	case reGradual.MatchString(clauseBefore(before)):
		return "gradual" // "decolonization … was largely accomplished in the 1950s": a process, no date to pin
	case reVagueState.MatchString(before):
		return "repeated state" // "repeatedly celebrates …, and in 2018 …"
	case reNegatedClause.MatchString(clauseBefore(before)) && !reUntilBefore.MatchString(before):
		return "negated" // "Gorbachev's changes did not do much … in the late 1980s"
	case reSpanText.MatchString(f.Text):
		return "span" // "From July 1945 through June 1946, the United States shipped 16.5 million tons": the amount is the point
	case subjectDate(before, after):
		return "subject's date" // "Fraudulent Polish elections held in January 1947 resulted in …": the point is the result
	case stateAfter(after):
		return "measure" // "output in 1951 was at least 35% higher than in 1938"
	case reEmphasisBefore.MatchString(before):
		return "emphasis" // "Food shortages were severe, especially in the harsh winter of 1946–47"
	case stateClause(before, after):
		return "state" // "In 1951, output was higher …"
	}
	return ""
}

// openingParticiple reports a sentence that opens with a past participle
// whose phrase holds the date: "Established in 2003, X is …", "Founded
// in 1949, …". The main clause after the comma tells something else.
func openingParticiple(first, before string) bool {
	if !strings.HasPrefix(strings.ToLower(before), first) {
		return false
	}
	if _, ok := participleBase(first); ok {
		return true
	}
	return len(first) > 4 && strings.HasSuffix(first, "ed")
}

// sideOpeners open a phrase that dates another event than the main
// clause's: "Following the dissolution of the Soviet Union in late 1991,
// China also opened diplomatic relations …" (not "In 1949," which dates
// the main clause, nor "Following 1949," with no event of its own, nor
// "Upon its establishment in 1949, the PRC was recognized …": upon makes
// the two one time).
var sideOpeners = map[string]bool{"following": true, "during": true, "amid": true, "despite": true, "with": true, "throughout": true}

var (
	// reSinceBefore: "since" right before the date.
	reSinceBefore = regexp.MustCompile(`(?i)\b(?:ever\s+)?since\s+$`)
	// reIntoBefore: "into" right before the date ("well into 1970").
	reIntoBefore = regexp.MustCompile(`(?i)\binto\s+$`)
	// reGradual: a hedged or gradual verb in the date's clause.
	reGradual = regexp.MustCompile(`(?i)\b(?:largely|mostly|partly|partially|mainly|generally|gradually|slowly|steadily|increasingly)\b`)
	// reOpeningPlace: the sentence opens with a date phrase and perhaps a
	// place: "In Germany in 1945–46 housing … were bad".
	reOpeningPlace = regexp.MustCompile(`^(?:In|On|During|At|By)(?:\s+[\p{Lu}][\p{L}’'-]*){0,3}\s+(?:in|on|during)?\s*$`)
	// reVagueState: words of a repeated or lasting state.
	reVagueState = regexp.MustCompile(`(?i)\b(?:repeatedly|routinely|regularly|frequently|constantly|consistently|time and again|again and again|continu(?:ed|es|e) to|kept)\b`)
	// reNegatedClause: a negated verb in the date's clause.
	reNegatedClause = regexp.MustCompile(`(?i)\b(?:did|does|do|was|were|had|has|could|would)\s+not\b|\b(?:didn't|wasn't|weren't|never)\b`)
	// reSpanText: a span as the answer ("From July 1945 through June 1946").
	reSpanText = regexp.MustCompile(`(?i)^(?:from|between)\s`)
	// reStateAfter: the date dates a measure the sentence then states.
	reStateAfter = regexp.MustCompile(`^\s+(?:was|were|is|are|stood|remained|had been)\s+(?:(?:\p{L}+ly|first|also|then|not|and)\s+)*(\p{L}+)`)
	// reUntilBefore: "did not enter into force until 11 December 1990"
	// dates the event that did happen.
	reUntilBefore = regexp.MustCompile(`(?i)\buntil\s+$`)
	// reSubordinator opens a clause inside the sentence.
	reSubordinator = regexp.MustCompile(`(?i)^.*\b(?:that|which|who|whom|whose|and|but|when|where|while|after|before|because|as|so)\s`)
	// reEmphasisBefore: the date only stresses a time of a state told before.
	reEmphasisBefore = regexp.MustCompile(`(?i)\b(?:especially|particularly|notably|above all)\s+(?:in|during|by)\s+(?:the\s+)?(?:\w+\s+)?$`)
	// reCopula finds a copula and the word after it (skipping adverbs).
	reCopula = regexp.MustCompile(`(?i)\b(?:was|were|is|are|remained)\s+(?:(?:\p{L}+ly|very|so|most|more|less|still|already|at|least|about|some|far|much|first|also|then|and|soon|later|often)\s+)*([\p{L}\d%$]+)`)
	// reParticipleIn: a participle right before the date ("passed in",
	// "first deployed in", "signed by X on") makes it the event's own.
	reParticipleIn = regexp.MustCompile(`(?i)\b(\p{L}+)\s+(?:by\s+[^,;]{1,40}\s+)?(?:in|on|during)\s+(?:the\s+)?$`)
	// reCopulaArticle: "was the August 1945 agreement": the subject's own date.
	reCopulaArticle = regexp.MustCompile(`(?i)\b(?:was|were|is|are)\s+(?:the|an?)\s+$`)
)

// clauseBefore is the text of the date's clause before it: after the last
// semicolon or comma, and after the last word that opens a clause.
func clauseBefore(before string) string {
	if i := strings.LastIndexAny(before, ";,"); i >= 0 {
		before = before[i+1:]
	}
	if m := reSubordinator.FindStringIndex(before); m != nil {
		before = before[m[1]:]
	}
	return before
}

// stateAfter reports a date that dates a measure the sentence then
// states: "output in 1951 was at least 35% higher", not "The currency
// reform in 1948 was headed by the military government".
func stateAfter(after string) bool {
	m := reStateAfter.FindStringSubmatch(after)
	return m != nil && !eventParticiple(m[1])
}

// stateClause reports a date whose clause is a copula with no participle
// after it: "In 1951, output was higher …" (a state), not "In 1963 the
// treaty was signed" (an event).
func stateClause(before, after string) bool {
	cl := clauseBefore(before)
	if reCopulaArticle.MatchString(before) {
		return false // "The Potsdam Agreement was the August 1945 agreement"
	}
	if m := reParticipleIn.FindStringSubmatch(cl); m != nil && eventParticiple(m[1]) {
		return false // "an American initiative passed in 1948"
	}
	if m := reCopula.FindStringSubmatch(cl); m != nil && !eventParticiple(m[1]) {
		return true
	}
	if strings.TrimSpace(before) == "" || reOpeningPlace.MatchString(before) {
		// "In 1951, output was …": the clause after the opening date
		a := strings.TrimLeft(after, ", ")
		if i := strings.IndexAny(a, ",;"); i >= 0 {
			a = a[:i]
		}
		if w := strings.Fields(a); len(w) > 6 {
			a = strings.Join(w[:6], " ") // the main verb comes early: "On 12 November 1968 Brezhnev stated that … is" is an event
		}
		if m := reCopula.FindStringSubmatch(a); m != nil && !eventParticiple(m[1]) {
			return true
		}
	}
	return false
}

// eventParticiple reports a word after a copula that makes the clause a
// passive event: "signed", "established", "born", "held".
func eventParticiple(w string) bool {
	w = strings.ToLower(w)
	if _, ok := participleBase(w); ok {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") || w == "the" || w == "to"
}

// sideDateOK is datePoint's gate for a question on a date fact.
func sideDateOK(f Fact) bool { return sideDate(f) == "" }

// byBound is the year of a "by YEAR" the sentence writes before or after
// the date ("By 1952, … output in 1951 …"): no option falls after it.
var reByYear = regexp.MustCompile(`(?i)\bby\s+(?:the\s+end\s+of\s+)?(\d{4})\b`)

// dateBound is the latest year an option may take in the sentence's
// frame, 0 for none.
func dateBound(f Fact) int {
	if datePointOff {
		return 0
	}
	b := 0
	for _, m := range reByYear.FindAllStringSubmatch(f.Sentence, -1) {
		y := atoi(m[1])
		if y >= f.Date.Year && (b == 0 || y < b) {
			b = y
		}
	}
	if f.End-f.SentSpan.Start <= len(f.Sentence) && f.End > f.SentSpan.Start {
		// "_____ saw the death of Stalin, followed closely by the Secret
		// Speech in 1956": what follows is later, so no option after 1956
		if m := reFollowedYear.FindStringSubmatch(f.Sentence[f.End-f.SentSpan.Start:]); m != nil {
			if y := atoi(m[1]); y >= f.Date.Year && (b == 0 || y < b) {
				b = y
			}
		}
	}
	return b
}

// reFollowedYear finds the year of what a sentence says came next.
var reFollowedYear = regexp.MustCompile(`(?i)\b(?:followed|later|subsequently|until)\b[^.;]*?\b(1\d{3}|20\d{2})\b`)

// headingGivesYear reports a date whose year the chapter's heading
// writes: under "1968 Prague Spring", "Soviet panic compounded in _____
// (March of ’68)" is answered by the heading (round 12 Brezhnev Q11).
func headingGivesYear(title string, f Fact) bool {
	if datePointOff || f.Kind != DateFact || f.Date.Year == 0 {
		return false
	}
	ys := yearsIn(title)
	return ys[f.Date.Year] || f.Date.YearEnd > f.Date.Year && ys[f.Date.YearEnd]
}

// headingYears are the years a chapter's heading writes, none when the
// rules are off: no wrong option takes one (round 12 Brezhnev Q2: "1956"
// offered for Nagy's fall in 1955 under "1956 Hungarian crisis").
func headingYears(title string) map[int]bool {
	if datePointOff {
		return nil
	}
	return yearsIn(title)
}

// reOpenerName reads a sentence that opens with a dated participle and
// then tells what a name is: "Established in 2003, Khaan Quest is the
// only military exercise where …" → "established in 2003", "Khaan Quest",
// "is", "the only military exercise where …".
var reOpenerName = regexp.MustCompile(`^([\p{Lu}][a-z]+ (?:in|on) [^,]{2,40}), ((?:[\p{Lu}][\p{L}’'-]*)(?: (?:of |the |de )?[\p{Lu}][\p{L}’'-]*){0,4}) (is|was|are|were|remains|remained) ((?:the|a|an|one) [^;:]{12,})\.$`)

// openerQuestion asks for the name a dated participial opener frames,
// with the date left in the stem as context (round 12 builtin Q5:
// "Established in _____, Khaan Quest is …" tested only the year):
// "What, established in 2003, is the only military exercise where …?".
func (g *generator) openerQuestion(f Fact) (Question, bool) {
	// a name's question (its key is the date fact's: the progress screen
	// names the sentence's fact)
	q := Question{Type: FillIn, Chapter: f.Chapter, FactKeys: []string{f.Key()}, Explanation: f.Sentence, Kind: OrgFact}
	if datePointOff || sideDate(f) != "participial opener" {
		return q, false
	}
	m := reOpenerName.FindStringSubmatch(strings.TrimSpace(f.Sentence))
	if m == nil || !strings.Contains(m[1], f.Text) {
		return q, false
	}
	opener, name, be, rest := m[1], m[2], m[3], m[4]
	if strings.Contains(rest, name) || len(strings.Fields(name)) > 5 {
		return q, false // the name again in the rest gives it away
	}
	wh := "What"
	if g.personNamed(name) {
		wh = "Who"
	}
	q.Prompt = wh + ", " + strings.ToLower(opener[:1]) + opener[1:] + ", " + be + " " + rest + "?"
	q.Answer = []string{name}
	return q, true
}

// typesHold reports whether a quiz's types include t.
func typesHold(types []QuestionType, t QuestionType) bool {
	for _, x := range types {
		if x == t {
			return true
		}
	}
	return false
}

// chapterTitle is chapter ch's heading, "" when the generator holds no
// such chapter.
func (g *generator) chapterTitle(ch int) string {
	if g.a == nil || ch < 0 || ch >= len(g.a.Chapters) {
		return ""
	}
	return g.a.Chapters[ch].Title
}

// namelessDate reports a date whose sentence names no one and nothing in
// its main clause: "Industrial production fell more than half and reached
// pre-war levels at the end of 1949" (round 12 Marshall Q24: whose
// production? the article gives other countries' dates too, so wrong
// options were also right).
func namelessDate(f Fact) bool {
	return !datePointOff && f.Kind == DateFact && namelessEvent(f)
}

// dateCardPoint reports whether a date may make a date card: the date of
// the sentence's own event, or a side event the card can name ("When was
// the Mongolian People’s Republic established?", qcards.go rewrites the
// front); not "When did this happen? “As the Korean War manifested in
// _____, the MPR was quick to send resources …”" (round 12 builtin C6:
// the Korean War's year, with Mongolia's act in the stem) or "… and in
// _____, the United States revered a great deal of praise" (C10).
func (g *generator) dateCardPoint(f Fact) bool {
	if sideDateOK(f) {
		return true
	}
	_, ok := g.passiveWhen(f)
	return ok
}

// beforeArticle reports a made-up date option that ends before the
// earliest year the article writes: "the mid-1900s" and "the mid-1910s"
// offered for a state founded in the mid-1920s, in an article whose
// story starts in the 1920s (round 12 builtin Q11), are ruled out
// without knowing the answer. The article's own dates are never made up.
func (g *generator) beforeArticle(d DateValue) bool {
	if datePointOff || len(g.datesByYear) == 0 {
		return false
	}
	return max(d.Year, d.YearEnd) < g.facts[g.datesByYear[0]].Date.Year
}

// reRelativeIn reads a subject dated by a reduced relative: "Fraudulent
// Polish elections held in " → "held".
var reRelativeIn = regexp.MustCompile(`^[\p{Lu}][^,;:()]*?\s(\p{Ll}+)\s+(?:in|on)\s+$`)

// subjectDate reports a date inside the subject, in a reduced relative
// clause, right before the main verb: "Fraudulent Polish elections held
// in January 1947 resulted in Poland's official transformation to the
// People's Republic of Poland" (round 12 Cold War Q2, awkward: the point,
// the result, sat in the stem); "The treaty signed in 1963 banned tests in
// the atmosphere". Not "The treaty was signed in 1963 and banned …" (a
// finite passive dates the main event).
func subjectDate(before, after string) bool {
	m := reRelativeIn.FindStringSubmatch(before)
	if m == nil || !eventParticiple(m[1]) || m[1] == "the" || m[1] == "to" {
		return false
	}
	if reFiniteBefore.MatchString(before) {
		return false // "The treaty was signed in": the main verb is the participle's own
	}
	w := strings.Fields(after)
	if len(w) == 0 {
		return false
	}
	v := strings.ToLower(strings.Trim(w[0], ",.;"))
	if v != w[0] {
		return false
	}
	if _, ok := pastOf[v]; ok {
		return true
	}
	return len(v) > 3 && strings.HasSuffix(v, "ed")
}

// reFiniteBefore finds a finite verb before the participle.
var reFiniteBefore = regexp.MustCompile(`(?i)\b(?:was|were|is|are|had|has|have|been|being)\b`)

// sideEventDate reports a side date whose sentence still tells an event
// in its main clause, so that its true copy may be judged ("Before
// Singapore was selected as the location for the 2018 … Summit,
// Ulaanbaatar was cited as a possible location", round 12 builtin Q6,
// good); a sentence of a repeated or lasting state, a negation or a
// measure makes no statement ("The United States repeatedly celebrates
// the actions of Mongolia, and in 2018, …", Q16 and C10, awkward).
func sideEventDate(f Fact) bool {
	switch sideDate(f) {
	case "side clause", "side phrase", "participial opener", "subject's date":
		return true
	}
	return false
}
