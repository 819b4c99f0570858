package quiz

import (
	"regexp"
	"strings"
	"unicode"
)

// Round 12 (blind review, seed 89): causes found on articles the rules
// were not written on.

// nameHeads are the words a name shares with many others of its kind: the
// sentence writing one of them elsewhere says nothing of which name is
// meant ("the Law on Cooperatives … the law").
var nameHeads = map[string]bool{
	"law": true, "laws": true, "act": true, "treaty": true, "plan": true, "policy": true, "doctrine": true,
	"program": true, "programme": true, "agreement": true, "accord": true, "accords": true, "resolution": true,
	"declaration": true, "charter": true, "pact": true, "convention": true, "protocol": true, "initiative": true,
	"region": true, "province": true, "oblast": true, "republic": true, "state": true, "states": true,
	"kingdom": true, "union": true, "party": true, "government": true, "congress": true, "council": true,
	"committee": true, "commission": true, "conference": true, "organization": true, "organisation": true,
	"army": true, "war": true, "crisis": true, "movement": true, "system": true, "bank": true, "fund": true,
	"united": true, "national": true, "international": true, "people's": true, "democratic": true,
	"socialist": true, "federal": true, "central": true, "general": true, "first": true, "second": true,
	"third": true, "new": true, "great": true, "north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "upper": true, "lower": true,
	"ministry": true, "affairs": true, "foreign": true, "nuclear": true, "test": true, "ban": true,
	"security": true, "assembly": true, "nations": true, "powers": true, "forces": true, "people": true, "summit": true, "talks": true, "meeting": true, "from": true,
}

// answerWords are the words of a name that tell it from others: not a
// head word it shares with its kind, not a short word, not a stop word.
func answerWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '–' }) {
		w = strings.ToLower(strings.Trim(w, ",.;:()“”\"'’"))
		if len([]rune(w)) < 4 || stopWords[w] || nameHeads[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// stemNamesAnswer reports a blank whose own sentence writes a telling word
// of its answer elsewhere, in lower case, as a common word: "limited
// foreign shares of a Soviet venture" beside "the Soviet _____" (Joint
// Venture Law, round 12 perestroika Q9). A capitalised mention is left to
// the other rules (a second name, a title): only the common word gives
// the name's own word away without naming something else.
func stemNamesAnswer(f Fact) bool {
	if round12bOff || f.Kind == DateFact || f.Kind == NumberFact || f.Kind == ClauseFact {
		return false
	}
	if demonymInStem(f) {
		return true // round 13: "_____ held free elections … the Polish United Workers' Party" (round13opt.go)
	}
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if rel < 0 || end > len(f.Sentence) || rel > end {
		return false
	}
	rest := f.Sentence[:rel] + " _____ " + f.Sentence[end:]
	for _, w := range answerWords(f.Value) {
		for _, form := range []string{w, w + "s", strings.TrimSuffix(w, "s")} {
			if len(form) < 4 {
				continue
			}
			for i := findWord(rest, form, 0); i >= 0; i = findWord(rest, form, i+1) {
				if !capitalised(rest[i:]) {
					return true
				}
			}
			if compassPair(f.Value) {
				if i := findWord(rest, strings.ToUpper(form[:1])+form[1:], 0); i >= 0 {
					return true // "North Korea is China's ally, and _____ …": the other half names the answer
				}
			}
		}
	}
	return false
}

// compassWords open the names of the halves of a divided country or region.
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// compassPair reports a name of one half of a divided place: "South
// Korea", "East Germany", "North Vietnam".
func compassPair(name string) bool {
	w := strings.Fields(name)
	return len(w) == 2 && compassWords[strings.ToLower(w[0])]
}

// optionsNotInStem drops the options the sentence already names outside
// its blank, in any order of their words: "(Oblast Kaliningrad)" in the
// sentence makes "Kaliningrad Oblast" a plainly wrong option (round 12
// Potsdam Q10).
func optionsNotInStem(f Fact, ds []string) []string {
	if round12bOff {
		return ds
	}
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if rel < 0 || end > len(f.Sentence) || rel > end {
		return ds
	}
	rest := strings.ToLower(f.Sentence[:rel] + " _____ " + f.Sentence[end:])
	var out []string
	for _, d := range ds {
		if !allWordsIn(d, rest) {
			out = append(out, d)
		}
	}
	return out
}

// allWordsIn reports whether every word of name (but its stop words) is a
// word of lower-cased text.
func allWordsIn(name, lower string) bool {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ",.;:()“”\"'")
		if w == "" || stopWords[w] {
			continue
		}
		if findWord(lower, w, 0) < 0 {
			return false
		}
		n++
	}
	return n > 0
}

// monthShared reports whether another date fact of the article falls in
// the month of f's date (a day in it counts): "What happened in June
// 1947?" has two answers when the article also writes "5 June 1947"
// (round 12 Marshall Plan C4).
func monthShared(facts []Fact, f Fact) bool {
	if round12bOff {
		return false
	}
	d := f.Date
	for _, o := range facts {
		if o.Kind != DateFact || o.Date.Year != d.Year || o.Date.Month != d.Month || o.Date.Month == 0 {
			continue
		}
		if o.Date.Granularity != Day && o.Date.Granularity != Month {
			continue
		}
		if o.Chapter == f.Chapter && o.Block == f.Block && o.Start == f.Start || sameEvent(o.Sentence, f.Sentence) {
			continue // "Marshall gave the address at Harvard University on June 5, 1947" tells the same event
		}
		return true
	}
	return false
}

// sameEvent reports two sentences that tell one event: they share two
// words of content or more ("In June 1950, Kim Il-sung's North Korean
// People's Army invaded South Korea" and "… a plan to invade … South
// Korea on June 25, 1950"), months and years aside.
func sameEvent(a, b string) bool {
	words := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if len(w) >= 4 && !stopWords[w] && !isMonthName(w) {
				out[w] = true
			}
		}
		return out
	}
	wa, n := words(a), 0
	for w := range words(b) {
		if wa[w] {
			n++
		}
	}
	return n >= 2
}

// leadClauseOpeners open a clause before the main one: "While Germany
// struggled …, the recovery effort began in June 1948".
var leadClauseOpeners = map[string]bool{"while": true, "although": true, "though": true, "as": true, "after": true,
	"before": true, "when": true, "since": true, "because": true, "whereas": true, "once": true, "if": true}

// namelessEvent reports a sentence whose main clause names no one and
// nothing: "While Germany struggled …, the recovery effort began in June
// 1948, moving on from emergency relief" (round 12 Marshall Plan C8) read
// as the answer to "What happened in June 1948?" says nothing of whose
// effort. Capitalised words other than the first, a month or the words
// of the date do not count as names.
func namelessEvent(f Fact) bool {
	if round12bOff {
		return false
	}
	s := f.Sentence
	w := leadingFields(s, 1)
	if len(w) == 1 && leadClauseOpeners[strings.ToLower(strings.Trim(w[0], ","))] {
		if k := strings.Index(s, ","); k >= 0 {
			s = s[k+1:]
		}
	}
	dateWords := map[string]bool{}
	for _, x := range strings.Fields(f.Text) {
		dateWords[strings.Trim(x, ",.")] = true
	}
	for i, x := range strings.Fields(s) {
		x = strings.Trim(x, ",.;:()“”\"'")
		if i == 0 || x == "" || dateWords[x] || isMonthName(x) {
			continue
		}
		if capitalised(x) {
			return false
		}
	}
	return true
}

// isMonthName reports one of the months a date writes.
func isMonthName(w string) bool {
	for _, m := range monthNames {
		if strings.EqualFold(m, w) {
			return true
		}
	}
	return false
}

// round12bOff turns the round-12 rules off, for the dump test's before
// figures (ROUND12B_OFF).
var round12bOff = false

// unanchoredOff turns unanchoredDate alone off (ROUND12B_OFF=unanchored).
var unanchoredOff = false

// outsideEra reports a date option that lies wholly outside the years the
// article writes beside a person whose era the sentence speaks of ("the
// Gorbachev era", "Gorbachev's economic changes"), with a year's slack and
// the true date always inside: "the late 1990s" or "the late 1960s" for
// Gorbachev's changes, "May 1983" for a law "of the Gorbachev era" when
// the article dates Gorbachev 1985–1990 (round 12 perestroika Q7, Q11)
// are false on their face. A person the article dates once tells no era;
// a sentence that only names the person ("Gorbachev refused … in 1989")
// keeps its options.
func (g *generator) outsideEra(f Fact, d DateValue) bool {
	if round12bOff {
		return false
	}
	lo, hi := yearSpan(d)
	for _, who := range g.eraPersons(f.Sentence) {
		ys := g.plainYearsNaming(who)
		if len(ys) < 2 {
			continue
		}
		min, max := yearSpan(f.Date)
		for _, y := range ys {
			min, max = minInt(min, y), maxInt(max, y)
		}
		if hi < min-1 || lo > max+1 {
			return true
		}
	}
	return false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// reEraOf finds a name followed by a word that makes a span of its
// bearer's life: "Gorbachev's", "the Gorbachev era", "the Truman
// administration".
var reEraOf = regexp.MustCompile(`\b(\p{Lu}[\p{L}-]+)(?:'s|’s| era| administration| presidency| government| regime| years| rule| leadership| reign)\b`)

// eraPersons are the people of the article (by surname) whose era the
// sentence speaks of.
func (g *generator) eraPersons(sentence string) []string {
	var out []string
	for _, m := range reEraOf.FindAllStringSubmatch(sentence, -1) {
		if g.personSurname(m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// personSurname reports whether w is the last word of a person the
// article names.
func (g *generator) personSurname(w string) bool {
	for _, f := range g.names {
		if f.Kind != PersonFact {
			continue
		}
		if ws := strings.Fields(f.Value); len(ws) > 0 && ws[len(ws)-1] == w {
			return true
		}
	}
	return false
}

// reFullYear finds a year written as a year, not as a decade ("1980s").
var reFullYear = regexp.MustCompile(`\b(1[0-9]{3}|20[0-9]{2})\b`)

// readPlainYearsNaming are the years (not decades) written in the
// sentences that name name (plainYearsNaming: once per name).
func (g *generator) readPlainYearsNaming(name string) []int {
	seen := map[int]bool{}
	var ys []int
	for _, si := range g.ix.mentioning(name) {
		t := g.sents[si].text
		if findWord(t, name, 0) < 0 {
			continue
		}
		for _, m := range reFullYear.FindAllString(t, -1) {
			if y := atoi(m); !seen[y] {
				seen[y] = true
				ys = append(ys, y)
			}
		}
	}
	return ys
}

// yearSpan is the first and last year a date covers: a decade its ten
// years, or the part of them it names ("the late 1980s": 1986–1989).
func yearSpan(d DateValue) (int, int) {
	lo, hi := d.Year, maxInt(d.Year, d.YearEnd)
	if d.Granularity == Decade && d.YearEnd <= d.Year+9 {
		switch strings.ToLower(d.Part) {
		case "early":
			hi = d.Year + 3
		case "mid":
			lo, hi = d.Year+3, d.Year+6
		case "late":
			lo = d.Year + 6
		}
	}
	return lo, hi
}

// maxTypedNameWords is the longest name a quiz asks to be typed without
// a shorter form it accepts.
const maxTypedNameWords = 5

// longTypedName reports a name too long to type whole when no short form
// of it is accepted: "Fifth Congress of the Polish United Workers Party",
// "Polish Provisional Government of National Unity" (round 12 Brezhnev
// Doctrine Q4, Potsdam Q4). Multiple choice still asks it.
func longTypedName(f Fact, accepted []string) bool {
	if round12bOff || f.Kind == DateFact || f.Kind == NumberFact || f.Kind == ClauseFact || len(accepted) > 0 {
		return false
	}
	return len(strings.Fields(f.Text)) > maxTypedNameWords
}

// reNumberedMeeting finds a name of one sitting of a body: "Fifth Congress
// of the Polish United Workers Party", "the 20th Party Congress".
var reNumberedMeeting = regexp.MustCompile(`(?i)^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|\w+-\w+(?:st|nd|rd|th)|\d+(?:st|nd|rd|th))\s+(?:\p{Lu}\w*\s+)?(?:congress|conference|plenum|session|summit|meeting)\b`)

// numberedMeeting reports a name of one sitting of a body, which is no
// organisation: round 12 Brezhnev Doctrine C9 labelled "Fifth Congress of
// the Polish United Workers Party" one.
func numberedMeeting(name string) bool {
	return reNumberedMeeting.MatchString(strings.TrimSpace(name))
}

// reCardSeason finds a season, which dates a state of affairs more than an
// event: "winter 1945", "the harsh winter of 1946–47".
var reCardSeason = regexp.MustCompile(`(?i)\b(?:winter|spring|summer|autumn)\b`)

// seasonDate reports a date that names a season: "When did this happen?"
// answered "winter 1945" asks for no point in time (round 12 Potsdam C4,
// where the season dates an aside, not the sentence's event).
func seasonDate(f Fact) bool {
	return !round12bOff && f.Kind == DateFact && reCardSeason.MatchString(f.Text)
}

// reDefinedAs cuts a defining sentence after its term's verb: "The Potsdam
// Agreement was the …".
var reDefinedAs = regexp.MustCompile(`^(?:is|was|are|were)\s+(?:a|an|the)?\s*`)

// reParties finds where a definition turns to the list of its parties:
// "… agreement between three of the Allies …, the United Kingdom, …".
var reParties = regexp.MustCompile(`\b(?:(?:signed|concluded|agreed|reached|made|held)\s+)?(?:between|among|amongst|by)\b`)

// defNumberWords carry no content of a definition's own.
var defNumberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "many": true}

// emptyDefinition reports a defining sentence that says of its term only
// when it was and who took part: "The Potsdam Agreement was the August
// 1945 agreement between three of the Allies of World War II, the United
// Kingdom, the United States, and the Soviet Union" (round 12 Potsdam C1:
// nothing of what the agreement was about). Before its list of parties
// the definition must hold two common words of content besides its head
// noun ("a multilateral treaty that bans all nuclear explosions", "the
// first official American contact with the Communists").
func emptyDefinition(sentence, term string) bool {
	if round12bOff {
		return false
	}
	i := findWord(sentence, term, 0)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(sentence[i+len(term):], " ")
	if strings.HasPrefix(rest, "(") { // "(CTBT)"
		if j := strings.IndexByte(rest, ')'); j >= 0 {
			rest = strings.TrimLeft(rest[j+1:], " ")
		}
	}
	m := reDefinedAs.FindStringIndex(rest)
	if m == nil {
		return false // not "X was …": the other definition shapes keep their cards
	}
	rest = rest[m[1]:]
	if k := reParties.FindStringIndex(rest); k != nil {
		rest = rest[:k[0]]
	}
	n := 0
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ",.;:()“”\"'")
		lw := strings.ToLower(w)
		if w == "" || capitalised(w) || isNumber(w) || stopWords[lw] || defNumberWords[lw] || len(w) < 3 {
			continue
		}
		n++
	}
	return n < 2
}

// minAsideWords is the length from which an aside tells a story of its own.
const minAsideWords = 8

// asideOpeners open a sentence with something other than its subject.
var asideOpeners = map[string]bool{"in": true, "on": true, "at": true, "after": true, "before": true, "while": true,
	"when": true, "although": true, "though": true, "as": true, "since": true, "because": true, "by": true, "during": true,
	"following": true, "with": true, "under": true, "if": true, "once": true, "until": true}

// inLongAside reports a fact inside a long participial aside between a
// sentence's subject and its verb: "The northern half of the German
// province of East Prussia, occupied by the Red Army during its East
// Prussian Offensive followed by its evacuation in winter 1945, had
// already been incorporated into Soviet territory …" (round 12 Potsdam
// C4): the sentence's point is the main clause, and "When did this
// happen?" or "occupied by the _____" asks the aside's side detail. A
// short aside ("The plan, signed in April 1948, provided …") dates the
// subject and stays.
func inLongAside(f Fact) bool {
	if round12bOff {
		return false
	}
	s := f.Sentence
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if rel < 0 || end > len(s) || rel > end {
		return false
	}
	open := strings.Index(s, ",")
	if open < 0 || open > rel {
		return false
	}
	if w := leadingFields(s, 1); len(w) == 0 || asideOpeners[strings.ToLower(w[0])] {
		return false // "In 1948, …": no subject before the comma
	}
	if strings.Contains(s[:open], ",") || strings.Contains(s[open+1:rel], ",") {
		return false
	}
	closeAt := strings.Index(s[end:], ",")
	if closeAt < 0 {
		return false
	}
	aside := strings.Fields(s[open+1 : end+closeAt])
	if len(aside) < minAsideWords {
		return false
	}
	first := strings.ToLower(aside[0])
	return strings.HasSuffix(first, "ed") || irregularParticiples[first]
}

// irregularParticiples open a participial aside as "-ed" words do.
var irregularParticiples = map[string]bool{"known": true, "born": true, "led": true, "held": true, "made": true,
	"built": true, "written": true, "given": true, "taken": true, "seen": true, "brought": true, "fought": true,
	"won": true, "lost": true, "sent": true, "driven": true, "drawn": true, "begun": true, "chosen": true}

// unanchoredDate reports a date whose sentence names no one, no place and
// nothing else: "Industrial production fell more than half and reached
// pre-war levels at the end of 1949" (round 12 Marshall Plan Q24, wrong:
// the article's Germany was in the sentence before, and other countries'
// production recovered in 1947 and 1948), "Food shortages were severe,
// especially in the harsh winter of 1946–47" (Q3). Asked alone, when it
// happened has several answers in the article. A name the extractor
// typed, a capitalised word after the first, or a first word that is a
// word of a name of the article ("Perry returned again on …") anchors it.
func (g *generator) unanchoredDate(f Fact) bool {
	if round12bOff || unanchoredOff || f.Kind != DateFact {
		return false
	}
	for _, o := range g.sentenceFacts(f) {
		if o.Kind != DateFact && o.Kind != NumberFact && o.Kind != ClauseFact {
			return false
		}
	}
	dateWords := map[string]bool{}
	for _, x := range strings.Fields(f.Text) {
		dateWords[strings.Trim(x, ",.")] = true
	}
	for i, x := range strings.Fields(f.Sentence) {
		x = strings.Trim(x, ",.;:()“”\"'")
		if x == "" || dateWords[x] || isMonthName(x) {
			continue
		}
		if i == 0 && g.nameWord(strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")) || i > 0 && capitalised(x) {
			return false // "Perry returned again on February 13, 1854": the first word is a name of the article
		}
	}
	return true
}

// nameWord reports a word of a name the article gives (a person's, a
// place's, a body's or a policy's).
func (g *generator) nameWord(w string) bool {
	if w == "" || !capitalised(w) {
		return false
	}
	for _, f := range g.names {
		for _, x := range strings.Fields(f.Value) {
			if x == w {
				return true
			}
		}
	}
	return false
}

// reTrailingRelative finds a relative clause that follows the main clause
// after a comma: "…, which had been established in Moscow following the".
var reTrailingRelative = regexp.MustCompile(`,\s+(?:which|who|whom|whose|where)\s+[^,;:()]*$`)

// reNamingVerb finds a clause that gives a thing its name: "which became
// known as", "who was called".
var reNamingVerb = regexp.MustCompile(`\b(?:known|called|named|renamed|termed|dubbed)\s+(?:as\s+)?(?:the\s+)?$`)

// inTrailingRelative reports a name blanked inside a relative clause that
// ends the sentence and tells more about something the main clause only
// mentions: "The Soviet
// Union withdrew its previous objections to French membership of the
// Allied Reparations Commission, which had been established in Moscow
// following the _____" (round 12 Potsdam Q6 and C2, awkward: the point is
// France's membership, not Yalta). A clause that names the thing ("which
// became known as the _____") is its point and stays.
func inTrailingRelative(f Fact) bool {
	if round12bOff || f.Kind == DateFact || f.Kind == NumberFact || f.Kind == ClauseFact {
		return false
	}
	rel := f.Start - f.SentSpan.Start
	if rel <= 0 || rel > len(f.Sentence) {
		return false
	}
	before, after := f.Sentence[:rel], f.Sentence[min(len(f.Sentence), f.End-f.SentSpan.Start):]
	if strings.ContainsAny(after, ",;:") {
		return false // "The plan, which would serve as the basis for United States policy …, was rejected": an aside; the main clause follows
	}
	m := reTrailingRelative.FindString(before)
	return m != "" && !reNamingVerb.MatchString(before) && !reResultVerb.MatchString(m)
}

// reResultVerb finds a relative clause that tells a result, which is the
// sentence's point: "…, which resulted in the _____", "which led to".
var reResultVerb = regexp.MustCompile(`\b(?:resulted|results|resulting|led|leads|leading|culminated|became|produced|gave rise)\b`)
