package quiz

import (
	"regexp"
	"strings"
)

// Cards worth drilling daily (round 17's card faults, issue 18): the
// deck's last pass (drillCards, after plainCards' rules) leaves out or
// shortens a card a student would drill for nothing.
//   - passingName: "When was the Moscow Declaration issued?" → October
//     1943 asks the bare date of a thing the article names once, in
//     passing ("crimes under the Moscow Declaration of October 1943"), in
//     a sentence that does not name the article's subject (Potsdam C4,
//     C7: a bare date of a document the card never explains). The back
//     says what the sentence has the thing do: "June 5, 1945" and "…the
//     Allies by the Berlin Declaration of June 5, 1945, had assumed
//     supreme authority over Germany." (a card left out would take the
//     deck's only mention of a key date with it). A name the
//     sentence glosses in brackets with a name the article uses again
//     keeps its card and says it: "When was the Three Power Conference
//     of Berlin (the Potsdam Conference) held?" (Potsdam C5).
//   - sinceClause: "When was Lenin's New Economic Policy abolished?" from
//     "For the first time since Vladimir Lenin's New Economic Policy was
//     abolished in 1928, the law permitted …": a date that only sets the
//     scene of another event (perestroika C13). The card goes.
//   - nameGivesAim: "Why was the United Nations Relief and Rehabilitation
//     Administration founded?" → "To provide relief …": the aim's object
//     is a word of the name (Marshall C14). A front that dates the
//     founding asks that date instead ("When was the United Nations
//     Relief and Rehabilitation Administration founded?" → 1943); any
//     other such card goes.
//   - longNameCloze: a cloze whose sentence runs past maxClozeWords
//     words to ask a person's or a body's name ("After World War II, in
//     1947, industrialist _____ wrote at the request of …", Marshall C4;
//     "… especially once the new _____ was formed …", perestroika C15)
//     is too long to drill for a name. It goes when every date, term and
//     body its sentence names, its answer among them, is shown on another
//     card of the deck (the sentence's key facts keep a card).
//   - relativeYear: a date blanked after "this year" or "last month"
//     ("Just this year, _____, there was a supposed meeting …") asks a
//     year that depends on when the article was written (builtin C1); the
//     front says "In _____, there was …", which the sentence's date
//     answers whenever it is read.
//   - placedWhen: "When did this happen? “_____ saw the arrival of Queen
//     Elizabeth II in an official visit.”" never says where (China C19):
//     a date card whose sentence names no place and no body, nor a word
//     of the article's title, takes the setting a question card takes
//     (withSettings): its chapter, or the article when the chapter's
//     title is generic or a bare period ("1980s") — "(article “Foreign
//     relations of China”)".
//   - aimTwice: "What were the goals of the United States?" beside "What
//     was the purpose of the Marshall Plan?" in the Marshall Plan deck
//     asks one aim twice (Marshall C1, C6); the aim of the article's
//     subject stays and the other aim cards go.
//   - longDefinition: a definition back past maxDrillWords words is cut
//     before an aside it goes on into (", widely associated with …",
//     ", which …") when what is left says what the thing is (perestroika
//     C1: 35 words copied); a question's back over maxDrillWords words
//     is cut before ", particularly …", ", especially …" (China C15:
//     "…with Pakistan and other Third World countries, particularly in
//     Southeast Asia"), and a definition back takes no sentence after it
//     (withNext, defnext.go: cold war C12, two sentences and a quotation).

// Switches for TestMeasureCardRules.
var passingNameOff, sinceClauseOff, nameGivesAimOff, aimTwiceOff, longDefinitionOff, longNameClozeOff, relativeYearOff, placelessOff bool

// maxDrillWords is the longest definition back left whole, and the
// longest that withNext adds to.
const maxDrillWords = 25

// drillCards applies the rules above to a finished deck.
func (g *generator) drillCards(cards []Card) []Card {
	out := cards[:0:0]
	titleAim := false
	for _, c := range cards {
		if m := reGoalFront.FindStringSubmatch(c.Front); m != nil && sameName(m[1], g.a.Title) {
			titleAim = true
		}
	}
	shownElsewhere := g.shownByOthers(cards)
	placed := map[string]bool{} // the sentences with a place or a body among their facts, read once per deck
	for _, f := range g.facts {
		if f.Kind == PlaceFact || f.Kind == OrgFact {
			placed[normSpace(f.Sentence)] = true
		}
	}
	for _, c := range cards {
		if c.Edited {
			out = append(out, c)
			continue
		}
		if !sinceClauseOff && sinceClause(c) {
			continue
		}
		if !longNameClozeOff && longNameCloze(c) && shownElsewhere(c) {
			continue
		}
		if !nameGivesAimOff && nameGivesAim(c) {
			w, ok := foundedWhen(c)
			if !ok {
				continue
			}
			c = w
		}
		if titleAim && !aimTwiceOff {
			if m := reGoalFront.FindStringSubmatch(c.Front); m != nil && !sameName(m[1], g.a.Title) {
				continue
			}
		}
		if !relativeYearOff {
			c.Front = absoluteBlank(c.Front)
		}
		if !placelessOff {
			c.Front = g.placedWhen(c, placed)
		}
		if !passingNameOff {
			w, ok := g.passingName(c)
			if !ok {
				continue
			}
			c = w
		}
		if !longDefinitionOff {
			c.Back = shortDefinition(c)
		}
		out = append(out, c)
	}
	return out
}

// sameName reports two names that differ only in a leading "the" and case.
func sameName(a, b string) bool {
	trim := func(s string) string {
		s = strings.TrimSpace(s)
		if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
			s = s[4:]
		}
		return s
	}
	return strings.EqualFold(trim(a), trim(b))
}

// reGoalFront is a front that asks the aim of a subject: "What were the
// goals of the United States?", "What was the purpose of the Marshall
// Plan?". The setting in brackets after it is left out.
var reGoalFront = regexp.MustCompile(`^What (?:was|were) the (?:goals?|purposes?|aims?|objectives?) of (.+?)\?`)

// reDatedNameFront is a dated-name card's front (datedname.go).
var reDatedNameFront = regexp.MustCompile(`^When was (.+) ([a-z]+)\?$`)

// passingName is c with its front glossed, or false when c asks the date
// of a thing the article names in its sentence alone, a sentence that
// does not name the article's subject either. Any other card is returned
// as it is.
func (g *generator) passingName(c Card) (Card, bool) {
	m := reDatedNameFront.FindStringSubmatch(c.Front)
	if c.Kind != CardWhen || m == nil {
		return c, true
	}
	name := m[1]
	if len(name) > 4 && name[:4] == "the " {
		name = name[4:]
	}
	at := findWord(c.Sentence, name, 0)
	if at < 0 {
		return c, true
	}
	if alias, ok := g.bracketAlias(c.Sentence[at+len(name):], name); ok {
		c.Front = "When was " + m[1] + " (" + alias + ") " + m[2] + "?"
		return c, true
	}
	if !byTheWay(c.Sentence, at, name, c.Phrase) || g.namedElsewhere(name, c.Sentence) || g.namesSubject(c.Sentence) {
		return c, true
	}
	if cl := clauseAround(c.Sentence, at); cl != "" && !strings.Contains(c.Back, "\n") {
		c.Back += "\n“" + cl + "”"
	}
	return c, true
}

// clauseAround is the part of s from the clause holding the name at at
// (its last comma or semicolon before, or six words before it) to the end
// of s, or to the first comma after the name when that is shorter than
// maxClauseWords: "…the Allies by the Berlin Declaration of June 5, 1945,
// had assumed supreme authority over Germany." ("…" where s was cut).
func clauseAround(s string, at int) string {
	start := 0
	if k := strings.LastIndexAny(s[:at], ",;"); k >= 0 {
		start = k + 1
	}
	words := 0
	for i := at - 1; i > start; i-- {
		if s[i] == ' ' && s[i-1] != ' ' {
			if words++; words > 6 {
				start = i
				break
			}
		}
	}
	cl := strings.TrimSpace(s[start:])
	if fieldCount(cl) > maxClauseWords {
		return ""
	}
	if start > 0 {
		cl = "…" + cl
	}
	return cl
}

// maxClauseWords is the longest clause a date card's back shows.
const maxClauseWords = 30

// passingPrepositions put a name by the way: "the Allies by the Berlin
// Declaration of June 5, 1945, had assumed …", "crimes under the Moscow
// Declaration of October 1943".
var passingPrepositions = map[string]bool{"by": true, "under": true, "for": true, "through": true, "per": true, "at": true, "from": true, "with": true, "to": true}

// byTheWay reports a name at at in s that a preposition puts by the way
// and whose date hangs on it with no verb of its own: "by the X of DATE",
// "under the X (DATE)", "for the DATE X". "The X was signed in DATE",
// "superseded by the X signed on DATE" and "including the X (DATE)" are
// not by the way.
func byTheWay(s string, at int, name, date string) bool {
	after := s[at+len(name):]
	before := strings.TrimRight(s[:at], " ")
	attached := strings.HasPrefix(after, " of "+date) || strings.HasPrefix(after, " ("+date+")")
	if !attached && strings.HasSuffix(before, date) {
		attached = true
		before = strings.TrimRight(strings.TrimSuffix(before, date), " ")
	}
	if !attached {
		return false
	}
	before = strings.TrimSuffix(before, " the")
	if strings.HasSuffix(before, " The") || before == "The" {
		return false
	}
	return passingPrepositions[strings.ToLower(lastWord(before))]
}

// reBracketName is a bracket right after a name that ends on a name:
// " (formal title of the Potsdam Conference)", " (the Paris Conference)".
var reBracketName = regexp.MustCompile(`^ \([^()]*?\b((?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of|for|on|and|the|\p{Lu}[\p{L}'’-]*))*)\)`)

// bracketAlias is the name in brackets after a name ("the Potsdam
// Conference") when the article names it in another sentence too.
func (g *generator) bracketAlias(after, name string) (string, bool) {
	m := reBracketName.FindStringSubmatch(after)
	if m == nil {
		return "", false
	}
	alias := m[1]
	bare := strings.TrimPrefix(alias, "the ")
	if fieldCount(bare) < 2 || sameName(bare, name) || !g.namedElsewhere(bare, "") {
		return "", false
	}
	if !strings.HasPrefix(alias, "the ") {
		alias = "the " + alias
	}
	return alias, true
}

// namedElsewhere reports a name found in a sentence of the article other
// than own (in two sentences when own is empty).
func (g *generator) namedElsewhere(name, own string) bool {
	need := 1
	if own == "" {
		need = 2
	}
	n := 0
	for _, si := range g.ix.mentioning(name) {
		text := g.sents[si].text
		if findWord(text, name, 0) >= 0 && (own == "" || normSpace(text) != normSpace(own)) {
			if n++; n >= need {
				return true
			}
		}
	}
	return false
}

// namesSubject reports a sentence that names the article's subject: its
// title, or the title's first word when that is a name ("the Potsdam
// Conference" in an article on the Potsdam Agreement).
func (g *generator) namesSubject(s string) bool {
	t := strings.TrimSpace(g.a.Title)
	if t == "" {
		return true
	}
	if findWordFold(s, t) {
		return true
	}
	fw := firstWord(t)
	return fieldCount(t) > 1 && capitalised(fw) && !stopWords[strings.ToLower(fw)] && len(fw) > 3 && findWord(s, fw, 0) >= 0
}

// reSinceName is the end of the text before a name that opens a clause
// setting the scene of the sentence's event: "For the first time since
// Vladimir ", "until the ".
var reSinceName = regexp.MustCompile(`(?i)\b(?:since|until|unlike)(?: the)?(?: \p{Lu}[\p{L}'’.-]*)* $`)

// sinceClause reports a dated-name card whose name stands in a clause
// opened by "since", "until" or "unlike".
func sinceClause(c Card) bool {
	m := reDatedNameFront.FindStringSubmatch(c.Front)
	if c.Kind != CardWhen || m == nil {
		return false
	}
	name := strings.TrimPrefix(m[1], "the ")
	at := findWord(c.Sentence, name, 0)
	return at >= 0 && reSinceName.MatchString(c.Sentence[:at])
}

// reFoundedWhy is a why front on the founding of a named body.
var reFoundedWhy = regexp.MustCompile(`^Why was (?:the )?(.+?) (?:founded|established|created|formed|set up)\b`)

// reAimObject is the verb of a "To …" back and the word after it (past an
// article) with the word that follows that one.
var reAimObject = regexp.MustCompile(`^To [a-z]+ (?:(?:a|an|the) )?([\p{L}-]+)(?:[ ,.;]+([\p{L}-]+))?`)

// nameGivesAim reports a card asking why a body was founded whose answer's
// object is a word of the body's name: "To provide relief to …" for the
// "Relief and Rehabilitation Administration". The object counts only
// when the word after it is no noun it qualifies ("the European
// response": "European" is not the object).
func nameGivesAim(c Card) bool {
	f := reFoundedWhy.FindStringSubmatch(c.Front)
	if f == nil {
		return false
	}
	back, _, _ := strings.Cut(c.Back, "\n")
	m := reAimObject.FindStringSubmatch(back)
	if m == nil {
		return false
	}
	obj := strings.ToLower(m[1])
	if next := strings.ToLower(m[2]); next != "" && !stopWords[next] && !prepositions[next] && next != "and" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(f[1])) {
		if len(obj) >= 4 && (w == obj || strings.TrimSuffix(w, "s") == obj || w == strings.TrimSuffix(obj, "s")) {
			return true
		}
	}
	return false
}

// reDefinitionAside is where a long definition goes on into an aside.
var reDefinitionAside = regexp.MustCompile(`, (?:widely|which|whose|who|often|commonly|usually|best known|known|largely|particularly)\b`)

// reAnswerAside is where a long answer goes on into an example or a
// stress that the question did not ask.
var reAnswerAside = regexp.MustCompile(`, (?:particularly|especially|notably|chiefly|mainly)\b`)

// shortDefinition is a definition card's back (or a question card's, cut
// only before reAnswerAside) cut before its aside when
// its first line runs past maxDrillWords words and at least ten are left.
func shortDefinition(c Card) string {
	re := reDefinitionAside
	switch c.Kind {
	case CardDefine:
	case CardQuestion, CardWhatWhen:
		re = reAnswerAside // "…, particularly in Southeast Asia" (round 17 China C15)
	default:
		return c.Back
	}
	first, rest, more := strings.Cut(c.Back, "\n")
	if fieldCount(first) <= maxDrillWords {
		return c.Back
	}
	loc := re.FindStringIndex(first)
	if loc == nil || fieldCount(first[:loc[0]]) < 10 {
		return c.Back
	}
	out := first[:loc[0]] + "."
	if more {
		out += "\n" + rest
	}
	return out
}

// reFoundedWhyDated is a why front on a founding with its date.
var reFoundedWhyDated = regexp.MustCompile(`^Why was (.+?) (founded|established|created|formed|set up) (?:in|on) ([^?]+)\?$`)

// foundedWhen is a why card on a founding asked as a when card: "Why was
// X founded in 1943?" → "When was X founded?" → 1943, or false when its
// front gives no date.
func foundedWhen(c Card) (Card, bool) {
	m := reFoundedWhyDated.FindStringSubmatch(c.Front)
	if m == nil {
		return c, false
	}
	if _, ok := ParseDate(m[3]); !ok {
		return c, false
	}
	c.Front = "When was " + m[1] + " " + m[2] + "?"
	c.Back = m[3]
	c.Kind = CardWhen
	return c, true
}

// maxClozeWords is the longest sentence a name cloze shows.
const maxClozeWords = 35

// longNameCloze reports a cloze of a person's or a body's name whose
// sentence is longer than maxClozeWords words.
func longNameCloze(c Card) bool {
	if c.Kind != CardCloze || fieldCount(c.Sentence) <= maxClozeWords {
		return false
	}
	for _, p := range []string{"Who is missing", "Which organisation", "Which country", "Which meeting"} {
		if strings.HasPrefix(c.Front, p) {
			return true
		}
	}
	return false
}

// shownByOthers returns a test of a long name cloze: every date, term and
// body its sentence names (its answer too, when a body) is shown (front, back or sentence) on a card of cards
// that is no long name cloze. The facts are read once per deck, and only
// when a deck has such a cloze.
func (g *generator) shownByOthers(cards []Card) func(Card) bool {
	var texts []string
	var bySentence map[string][]string
	return func(c Card) bool {
		if bySentence == nil {
			bySentence = map[string][]string{}
			for _, f := range g.facts {
				if f.Kind == DateFact || f.Kind == PolicyFact || f.Kind == OrgFact {
					k := normSpace(f.Sentence)
					bySentence[k] = append(bySentence[k], f.Text)
				}
			}
			for _, o := range cards {
				if !longNameCloze(o) {
					texts = append(texts, o.Sentence+"\n"+o.Front+"\n"+o.Back)
				}
			}
		}
		for _, t := range bySentence[normSpace(c.Sentence)] {
			shown := false
			for _, o := range texts {
				if strings.Contains(o, t) {
					shown = true
					break
				}
			}
			if !shown {
				return false
			}
		}
		return true
	}
}

// reRelativeBlank is a blank put after a time the reader's own date
// decides, in apposition: "Just this year, _____,", "last month, _____,".
var reRelativeBlank = regexp.MustCompile(`\b(?:(?:[Jj]ust|[Oo]nly|[Ee]arlier|[Ll]ater) )?(?:[Tt]his|[Ll]ast|[Nn]ext) (?:year|month|week), _____,`)

// absoluteBlank is front with a blank in apposition to "this year" and the
// like said as "in _____," ("In _____," where the phrase opened on a
// capital).
func absoluteBlank(front string) string {
	return reRelativeBlank.ReplaceAllStringFunc(front, func(m string) string {
		if m[0] >= 'A' && m[0] <= 'Z' {
			return "In _____,"
		}
		return "in _____,"
	})
}

// reBarePeriod is a chapter title that is only a period: "1980s",
// "1945–1953".
var reBarePeriod = regexp.MustCompile(`^(?:the )?[0-9]{3,4}s?(?:\s*[–-]\s*[0-9]{2,4}s?)?$`)

// placedWhen is the front of a "When did this happen?" or "Which date
// completes the sentence?" card with a setting when its sentence names no
// place or body (placed holds the sentences that do) and no content word
// of the article's title; any other front is returned as it is.
func (g *generator) placedWhen(c Card, placed map[string]bool) string {
	if c.Kind != CardWhen || !(strings.HasPrefix(c.Front, "When did this happen?\n") || strings.HasPrefix(c.Front, "Which date completes the sentence?\n")) ||
		strings.Contains(c.Front, "(chapter") || strings.Contains(c.Front, "(article") || placed[normSpace(c.Sentence)] {
		return c.Front
	}
	if shown := c.Front + " " + c.Sentence; sharesContentWord(g.a.Title, shown) || namesPlace(shown) {
		return c.Front
	}
	title, label := "", "chapter"
	if c.Chapter > 0 && c.Chapter < len(g.a.Chapters) {
		title = strings.TrimSpace(g.a.Chapters[c.Chapter].Title)
	}
	if title == "" || genericTitle(title) || reBarePeriod.MatchString(title) {
		title, label = strings.TrimSpace(g.a.Title), "article"
	}
	if title == "" || genericTitle(title) || strings.Contains(title, c.Phrase) || sharesContentWord(title, c.Front) || reYear.FindString(c.Phrase) != "" && strings.Contains(title, reYear.FindString(c.Phrase)) {
		return c.Front
	}
	head, rest, _ := strings.Cut(c.Front, "\n")
	return head + " (" + label + " “" + title + "”)\n" + rest
}

// namesPlace reports a sentence naming a place CLDR knows, alone or as two
// words ("Mongolia", "New York", "North Korea"), or a capitalised
// adjective of origin ("North Korean", "Chinese").
func namesPlace(s string) bool {
	placeKindsOnce.Do(loadPlaceKinds)
	ws := strings.Fields(s)
	for i, w := range ws {
		w = strings.Trim(w, ",;:.?!\"“”‘’()")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !capitalised(w) {
			continue
		}
		if demonymLike(w) {
			return true
		}
		if _, ok := placeKinds[w]; ok {
			return true
		}
		if i+1 < len(ws) {
			two := w + " " + strings.Trim(ws[i+1], ",;:.?!\"“”‘’()")
			two = strings.TrimSuffix(strings.TrimSuffix(two, "'s"), "’s")
			if _, ok := placeKinds[two]; ok {
				return true
			}
		}
	}
	return false
}
