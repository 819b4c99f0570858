package quiz

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/chapterwise/chapterwise/quiz/names"
)

// maxQuestionWords is the longest sentence a question is made from: a
// longer one is a paragraph's worth of reading for one blank.
const maxQuestionWords = 50

// askable reports whether a fact's sentence may carry a question: a whole
// sentence of a readable length whose answer is not the article's own
// subject (which anyone could guess from the title).
func (g *generator) askable(f Fact) bool {
	if !g.memo.sentenceAskable(g, f.Sentence) {
		return false
	}
	if f.Kind == PersonFact && numberWordName(f.Value) {
		return false // "the classic dystopia Nineteen Eighty-Four": a title, not a person
	}
	if f.Kind == PersonFact && f.Detail == "" && len(strings.Fields(f.Value)) < 2 {
		return false // one word and no role is too little to know it names a person
	}
	if f.Kind != DateFact && !speculationOff && speculates(f.Sentence) {
		// round 18 Cold War Q15/C7: "The burdens the _____ and the Soviet
		// Union endured had earned it massive respect which, had it been
		// fully exploited …, had a good chance of …": a guess, not a fact
		// (speculate.go); its dates wait for the last pass (sideName), as
		// the deck's gold dates stand in such sentences
		return false
	}
	if f.Kind == DateFact && reAsOfOpener.MatchString(f.Sentence) {
		return false // "As of 2016, eight states …": a status report's dates are no events (its figures stay)
	}
	if f.Kind == DateFact && labelDate(f) {
		return false // "in 2014 dollars", "the 1937 border": a year that labels, not an event's
	}
	if f.Kind == PlaceFact && g.personOf(f) {
		return false // "Prime Minister Jawaharlal Nehru of _____": the person tells the country
	}
	if g.mixedKind(f.Value, f.Kind) {
		return false // "Mao" asked as a place
	}
	if invitedToNothing(f) {
		return false // round 16 Marshall X-Q8 "The _____ was invited with the understanding …": to what? (optpoint.go)
	}
	if f.Kind != DateFact && f.Kind != NumberFact && nameGoesOn(f.Sentence[f.End-f.SentSpan.Start:]) {
		return false // "_____ of Staff Directive 1067": the name is cut
	}
	if f.Kind != DateFact && inBrackets(f.Sentence[:f.Start-f.SentSpan.Start]) {
		return false // "(then _____, now Kaliningrad Oblast)", "(GTI, formerly known as the _____)": an aside
	}
	if before := strings.Fields(f.Sentence[:f.Start-f.SentSpan.Start]); len(before) > 0 {
		if w := before[len(before)-1]; len(w) <= 2 && strings.HasSuffix(w, ".") && f.Kind != DateFact && f.Kind != NumberFact {
			return false // "George H. W. _____": the name is cut
		}
		if w := before[len(before)-1]; f.Kind == PlaceFact && len(before) > 1 && regionFirstWords[w] {
			return false // "West _____ (11%)": the place is the tail of "West Germany"
		}
		if w := strings.ToLower(before[len(before)-1]); (w == "a" || w == "an") && f.Kind != DateFact && f.Kind != NumberFact && modifiesNoun(f.Sentence[f.End-f.SentSpan.Start:]) {
			return false // "a _____ official": the name only qualifies a common noun, a blank worth little
		}
	}
	return f.Kind == DateFact || f.Kind == NumberFact || !g.isSubject(f.Value)
}

// askableSentence reports whether a sentence may carry a question at all,
// whatever it is asked about (askable): it stands alone, reads whole and
// states something. A sentence holds many facts, so askable asks once per
// sentence (generator.memo).
func (g *generator) askableSentence(s string) bool {
	if !IsWholeSentence(s) || len(strings.Fields(s)) > maxQuestionWords {
		return false
	}
	if strings.Count(s, "\t") > 0 || len(strings.Fields(s)) < 5 || strings.HasSuffix(s, ":") {
		return false // a table row pasted into a paragraph, a cut name, a lead-in
	}
	if reBrokenTemplate.MatchString(s) {
		return false // "(equivalent to $ billion in )": a figure lost in pasting
	}
	if reGarbledCase.MatchString(s) || reLostWord.MatchString(s) {
		return false // "When East Germany desperately As for Soviet troops": a word lost in editing
	}
	if unbalancedQuotes(s) {
		return false // "… a stable and productive Germany."": a quotation cut or pasted wrong
	}
	if strings.HasPrefix(s, "See ") || strings.HasPrefix(s, "See also") {
		return false // a cross-reference, not a statement
	}
	if subordinateOnly(s) {
		return false // "When X began pursuing his famed “Sunshine Policy.”": no main clause
	}
	if firstPerson(s) {
		return false // "I felt like the West …": a speaker's voice, not the article's
	}
	if leansOnContext(s) {
		// "He quickly realized …", "However, …", "The section also agreed
		// …", "For the history to 1800 see …": what the sentence is about
		// is elsewhere
		return false
	}
	if n := bareDefinite(s); n != "" && !g.titleHead(n) {
		// "following the meeting", "the new government", "the case": which
		// one is told elsewhere (the article's own subject, "the treaty" in
		// an article on a treaty, needs no telling)
		return false
	}
	return true
}

// modifiesNoun reports text after a name that begins with a lower-case
// word: after "a" or "an" the name qualifies that noun ("a US State
// Department official", "an American-led operation").
func modifiesNoun(after string) bool {
	w := firstWord(strings.TrimLeft(after, " "))
	return w != "" && unicode.IsLower([]rune(w)[0])
}

// reAsOfOpener opens a sentence that reports a status at a date.
var reAsOfOpener = regexp.MustCompile(`^(?:As|as)\s+(?:of|at)\s`)

// personOf reports a place named right after a person and "of": the
// person's own country, which anyone who knows the person can tell.
func (g *generator) personOf(f Fact) bool {
	before := strings.TrimRight(f.Sentence[:f.Start-f.SentSpan.Start], " ")
	if !strings.HasSuffix(before, " of") {
		return false
	}
	before = strings.TrimSuffix(before, " of")
	for _, p := range g.ofKind(PersonFact) {
		if strings.HasSuffix(before, p.Value) {
			return true
		}
	}
	return false
}

// titleHead reports a common noun the article's title ends in or holds
// ("treaty" for the Comprehensive Nuclear-Test-Ban Treaty, "relations"),
// singular or plural: "the treaty" there is the subject.
func (g *generator) titleHead(noun string) bool {
	for _, w := range strings.Fields(strings.ToLower(g.a.Title)) {
		w = strings.Trim(w, "(),:–-")
		if w == noun || w+"s" == noun || strings.TrimSuffix(w, "s") == noun {
			return true
		}
	}
	return false
}

// theWords in a name make it take "the": "the United States", "the Soviet
// Union", "the North East Asian Region", "the State Party", "the
// Marshall Plan".
var theWords = map[string]bool{
	"United": true, "Union": true, "Republic": true, "Kingdom": true, "States": true, "Emirates": true, "Netherlands": true,
	"Philippines": true, "Bloc": true, "Islands": true, "Region": true, "Federation": true, "Empire": true,
	"Commonwealth": true, "Confederation": true, "Gulf": true, "Sea": true, "Ocean": true, "River": true,
	"Assembly": true, "Council": true, "Commission": true, "Committee": true, "Organization": true,
	"Organisation": true, "Party": true, "Congress": true, "Ministry": true, "Department": true, "Agency": true,
	"League": true, "Court": true, "Office": true, "Government": true, "Administration": true, "Bank": true,
	"Fund": true, "Conference": true, "Movement": true, "Front": true, "Army": true, "Navy": true, "Pact": true,
	"Alliance": true, "Zone": true, "Strait": true, "Straits": true, "Peninsula": true, "Mountains": true,
	"Mission": true, "Expedition": true, "Group": true, "Corps": true, "Service": true, "Secretariat": true,
	"Directorate": true, "Institute": true, "Division": true, "Brigade": true,
}

// headNames are head nouns of the names of systems, talks and documents,
// which take "the".
var headNames = map[string]bool{
	"System": true, "Talks": true, "Accords": true, "Act": true, "Treaty": true, "Agreement": true, "Convention": true,
	"Protocol": true, "Declaration": true, "Charter": true, "Project": true, "Dialogue": true, "Summit": true,
	"Process": true, "Forum": true, "Group": true, "Network": true, "Organization's": true, "Institute": true,
	"Resolution": true, "Directive": true, "Order": true, "Revolution": true, "War": true, "Crisis": true,
	"Blockade": true, "Airlift": true, "Initiative": true, "Plan": true, "Doctrine": true, "Policy": true,
}

// takesThe says whether a name is written with "the" in running text:
// "yes" ("the United States", "the Marshall Plan", "the Republic of
// China"), "no" ("France", "Central Asia", "Eurasia") or "" where the
// name's shape does not tell (an abbreviation, a person).
func takesThe(name string) string {
	w := strings.Fields(strings.TrimPrefix(name, "the "))
	if len(w) == 0 {
		return ""
	}
	for _, x := range w {
		if theWords[x] || x == "of" || x == "on" || x == "for" || names.PolicyNoun(x) || headNames[x] {
			return "yes" // "the Law on Cooperatives", "the Canton System"
		}
	}
	if isAbbrev(name) {
		return ""
	}
	if len(w) <= 2 && capitalised(w[0]) && !strings.HasSuffix(w[len(w)-1], "s") {
		return "no" // "France", "North Korea", "Central Asia"
	}
	return ""
}

// slotDeterminers before a blank make it a common noun's slot that no
// name fits: "Each _____ undertakes", "its _____" ("a _____ official"
// is not one: there the blank only qualifies the noun after it).
var slotDeterminers = map[string]bool{
	"each": true, "every": true, "any": true, "no": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "whose": true, "another": true, "either": true, "neither": true,
}

// determinerBefore is the word before a fact's blank, lower-cased.
func determinerBefore(f Fact) string {
	return strings.ToLower(strings.Trim(lastWord(strings.TrimRight(f.Sentence[:f.Start-f.SentSpan.Start], " ")), "“\"‘("))
}

// fitsArticle reports whether option o reads as well as the answer after
// the word before the blank: after "the" only a name that takes "the"
// ("The _____ was a strong supporter": not "The France"), with no article
// only a name that takes none ("in _____": not "in Soviet Union").
func fitsArticle(f Fact, o string) bool {
	switch prev := determinerBefore(f); {
	case prev == "the":
		return takesThe(o) != "no"
	case takesThe(f.Value) == "no" && !slotDeterminers[prev]:
		return takesThe(o) != "yes"
	}
	return true
}

// reGarbledCase finds a capitalised function word inside a sentence,
// between lower-case words: the trace of an edit that lost a word.
var reGarbledCase = mustGate(`\b[a-z]+,? (?:As|The|For|And|But|Of|With|From|To|In|On|At|By|When|While)\s+[a-z]`)

// titleNamesIt reports a policy's name whose own words, its head noun
// left aside, are all in the title t: the "Kanagawa treaty" in an article
// on the Convention of Kanagawa is the article's subject by another name.
func titleNamesIt(t, name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 || !names.PolicyNoun(w[len(w)-1]) && !documentHeads[strings.ToLower(w[len(w)-1])] {
		return false
	}
	for _, x := range strings.Fields(normAnswer(strings.Join(w[:len(w)-1], " "))) {
		if x == "the" || !strings.Contains(" "+t+" ", " "+x+" ") {
			return false
		}
	}
	return true
}

// documentHeads are the head nouns of agreed texts and meetings.
var documentHeads = map[string]bool{"treaty": true, "agreement": true, "agreements": true, "convention": true,
	"declaration": true, "pact": true, "accord": true, "accords": true, "protocol": true, "charter": true,
	"act": true, "conference": true, "summit": true, "resolution": true}

// reLostWord finds an article followed by a word no noun phrase starts
// with: "the or was the first treaty", where the article lost a name in
// pasting.
var reLostWord = regexp.MustCompile(`(?i)\b(?:the|a|an)\s+(?:or|and|was|were|is|are|of|to)\b`)

// unbalancedQuotes reports a sentence whose quotation marks do not pair:
// an odd number of straight double quotes, or more opening curly quotes
// than closing ones or the reverse.
func unbalancedQuotes(s string) bool {
	return strings.Count(s, "\"")%2 == 1 || strings.Count(s, "“") != strings.Count(s, "”")
}

// cardinalWords are the English words for numbers, which no person's name
// is made of: "Nineteen Eighty-Four" is a book, "Catch-22" a novel.
var cardinalWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true,
	"ninety": true, "hundred": true, "thousand": true}

// numberWordName reports a name with a number word or a figure in it.
func numberWordName(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if cardinalWords[w] || w != "" && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

// isSubject reports whether a name is the article's subject: the title,
// or a name the title holds or that holds the title.
func (g *generator) isSubject(name string) bool {
	return g.memo.isSubject(g, name)
}

// nameIsSubject is isSubject worked out (the memo asks once per name).
func (g *generator) nameIsSubject(name string) bool {
	t, n := normAnswer(g.a.Title), normAnswer(name)
	if t == "" || n == "" {
		return false
	}
	if t == n || strings.Contains(" "+t+" ", " "+n+" ") || strings.Contains(" "+n+" ", " "+t+" ") {
		return true
	}
	if sameNameSpelledOtherwise(g.a.Title, name) {
		return true // "Potsdam Agreements" in "Potsdam Agreement"
	}
	if titleNamesIt(t, name) {
		return true // "Kanagawa treaty" in "Convention of Kanagawa"
	}
	return name == g.subject
}

// findSubject is the name the article is about when its title does not
// say it plainly: the name most sentences mention, when at least one in
// seven does ("Mongolia" in "The 21st Century Mongol Conquest").
func (g *generator) findSubject() string {
	best, most := "", 0
	for _, f := range g.names {
		if n := g.mentions[f.Value]; n > most && f.Kind != DateFact {
			best, most = f.Value, n
		}
	}
	if most*7 < len(g.sents) {
		return ""
	}
	return best
}

// forms are the ways the article writes a name: the name, the text as it
// stands and its abbreviation ("European Recovery Program", "ERP").
func (g *generator) forms(f Fact) []string {
	out := []string{f.Text}
	if f.Value != f.Text {
		out = append(out, f.Value)
	}
	if f.Kind == DateFact || f.Kind == NumberFact {
		return out
	}
	if isAbbrev(f.Detail) {
		out = append(out, f.Detail)
	}
	// the answer is an abbreviation of a longer name the article knows
	for _, o := range g.memo.withDetail(g, f.Value) {
		if o.Value != f.Value {
			out = append(out, o.Value)
		}
	}
	return out
}

// isAbbrev reports a word of two or more capitals, maybe with full stops
// or digits: "ERP", "U.S.", "SALT".
func isAbbrev(s string) bool {
	if len(s) < 2 || strings.ContainsAny(s, " ") {
		return false
	}
	caps := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r == '.' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z':
		default:
			return false
		}
	}
	return caps >= 2
}

// blankFact blanks every form of the fact's answer in its sentence, so
// neither the name nor its abbreviation shows in the prompt.
func (g *generator) blankFact(f Fact) string {
	s := blankAll(f.Sentence, f.Text)
	for _, form := range g.forms(f)[1:] {
		s = blankAll(s, form)
	}
	return "“" + s + "”"
}

// blanks counts the blanks of a prompt: one is a question, two a puzzle.
func blanks(s string) int { return strings.Count(s, "_____") }

// showsAny reports whether text shows one of the answers as whole words,
// in either spelling.
func showsAny(text string, answers []string) bool {
	t := " " + normAnswer(text) + " "
	for _, a := range answers {
		if k := normAnswer(a); k != "" && strings.Contains(t, " "+k+" ") {
			return true
		}
	}
	return false
}

// shown is all a question shows before it is answered.
func (q Question) shown() string {
	return q.Prompt + "\n" + strings.Join(q.Options, "\n") + "\n" + strings.Join(q.Choices, "\n")
}

// secrets are the answers a question asks for, which no other question of
// the quiz may show. True or false and ordering ask for no name; a date
// shown in another sentence tells of another event, so it gives nothing
// away (the same sentence is never used twice).
func (q Question) secrets() []string {
	if q.Type == TrueFalse || q.Type == Ordering || q.Kind == DateFact {
		return nil
	}
	out := append(append([]string(nil), q.Answer...), q.Accept...)
	if q.Kind == NumberFact && len(q.Answer) == 1 {
		// "499 tests" is given away by "499 nuclear tests were conducted"
		if fig := reFigure.FindString(q.Answer[0]); len(fig) >= 2 {
			out = append(out, fig)
		}
	}
	return out
}

// placeKind sorts places so that a country is offered among countries, a
// region among regions and a city among other places: "country",
// "region" or "place". CLDR's names decide first, then the name's shape
// (placeShapeKind); generator.placeSort also reads how the article
// lists the name.
func placeKind(name string) string {
	placeKindsOnce.Do(loadPlaceKinds)
	if k, ok := placeKinds[strings.TrimPrefix(name, "the ")]; ok {
		return k
	}
	if names.StateName(name) {
		return "country" // "Soviet Union", "Ottoman Empire"
	}
	return placeShapeKind(strings.TrimPrefix(name, "the "))
}

// placeSort is placeKind, except that a place the article lists among
// countries ("Britain, France, Canada", "Poland, Czechoslovakia and
// Hungary") is a country: a state of its time that CLDR no longer names.
func (g *generator) placeSort(name string) string {
	k := placeKind(name)
	if k == "place" && g.countryLike[name] {
		return "country"
	}
	return k
}

// reListAfter and reListBefore find a name's neighbour in a list: ", "
// or " and " then a capitalised name, or a name then ", " or " and ".
var (
	reListAfter  = regexp.MustCompile(`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2})`)
	reListBefore = mustTailGate(`((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$`, "\t\n\f\r ", false, "the", ",", "and", "or")
)

// listedAmongCountries finds the places the article lists next to a
// country (or next to a place already found so) in any sentence.
func listedAmongCountries(ix *sentenceIndex, sents []sentenceRef, places []Fact) map[string]bool {
	out := map[string]bool{}
	// isCountry reports a country among the words next to the name: one
	// ending them before it ("Poland, _"), one starting them after it
	// ("_ and the United Kingdom"); "United States Summit, _" is none.
	isCountry := func(words string, before bool) bool {
		w := strings.Fields(words)
		for i := range w {
			n := strings.Join(w[:len(w)-i], " ")
			if before {
				n = strings.Join(w[i:], " ")
			}
			if placeKind(n) == "country" || out[n] {
				return true
			}
		}
		return false
	}
	for changed := true; changed; {
		changed = false
		done := map[string]bool{}
		for _, f := range places {
			if done[f.Value] || out[f.Value] || placeKind(f.Value) != "place" {
				continue
			}
			done[f.Value] = true
			// a book names a city thousands of times; its lists come early
			for _, si := range ix.mentioningAtMost(f.Value, maxListScan) {
				text := sents[si].text
				at := findWord(text, f.Value, 0)
				for at >= 0 && !out[f.Value] {
					end := at + len(f.Value)
					// a bare comma joins a list only where the list goes on
					// ("Poland, Czechoslovakia and Hungary"), not after an
					// opening phrase ("During the time of Mao, China was")
					if m := reListAfter.FindStringSubmatchIndex(text[end:]); m != nil && isCountry(text[end+m[2]:end+m[3]], false) &&
						(joinsByWord(text[end:end+m[2]]) || listGoesOn(text[end+m[3]:])) {
						out[f.Value], changed = true, true
					}
					if m := reListBefore.FindStringSubmatchIndex(text[:at]); m != nil && isCountry(text[m[2]:m[3]], true) &&
						(joinsByWord(text[m[3]:at]) || listGoesOn(text[end:])) {
						out[f.Value], changed = true, true
					}
					// "expulsions also occurred in Romania, where …, and in
					// Yugoslavia": the same preposition before a country
					if m := reParallel.FindStringSubmatch(text[:at]); m != nil {
						for _, c := range reAfterPreposition[m[1]].FindAllStringSubmatch(text[:at-len(m[0])], -1) {
							if isCountry(c[1], false) {
								out[f.Value], changed = true, true
							}
						}
					}
					at = findWord(text, f.Value, end)
				}
			}
		}
	}
	return out
}

// countryAliases are the everyday English short names of states whose
// CLDR name is another: an option "United Kingdom" beside "Britain" in
// the sentence is the answer again.
var countryAliases = [][]string{
	{"United Kingdom", "Britain", "Great Britain", "UK", "U.K."},
	{"United States", "America", "US", "U.S.", "USA", "U.S.A."},
	{"Soviet Union", "USSR", "U.S.S.R.", "Soviet Russia"},
}

// aliasShown reports whether text names the place under another of its
// short names.
func aliasShown(text, name string) bool {
	for _, group := range countryAliases {
		if !slices.Contains(group, strings.TrimPrefix(name, "the ")) {
			continue
		}
		for _, a := range group {
			if findWord(text, a, 0) >= 0 {
				return true
			}
		}
	}
	return false
}

// maxListScan is how many sentences naming a place are read for lists.
const maxListScan = 200

// reParallel is "and in", "or to" … right before a name, whose
// preposition may repeat one before a country earlier in the sentence.
var reParallel = mustTailGate(`,?\s+(?:and|or)\s+(?:also\s+)?(in|to|from|with)\s+(?:the\s+)?$`, "\t\n\f\r ", false, "the", "in", "to", "from", "with")

// reAfterPreposition finds, for each preposition reParallel knows, the
// capitalised name after it.
var reAfterPreposition = func() map[string]*regexp.Regexp {
	out := map[string]*regexp.Regexp{}
	for _, p := range []string{"in", "to", "from", "with"} {
		out[p] = regexp.MustCompile(`\b` + p + `\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`)
	}
	return out
}()

// joinsByWord reports a list joint with "and" or "or" in it.
func joinsByWord(joint string) bool {
	j := " " + joint + " "
	return strings.Contains(j, " and ") || strings.Contains(j, " or ")
}

// listGoesOn reports text that goes on with another item of a list.
func listGoesOn(rest string) bool {
	return reListGoesOn.MatchString(rest)
}

// reListGoesOn is another item of a list: a comma and a capitalised name
// ("Poland, Czechoslovakia, Hungary"), or "and"/"or"; "Yokohama, Japan,
// the site of …" sets a country beside a city, which is no list.
var reListGoesOn = regexp.MustCompile(`^(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?\p{Lu}|\s+(?:and|or)\s)`)

// Words that make a name a region by its shape: a compass or position
// word before it ("Eastern Poland", "Upper Silesia", "East Prussia") or
// a region's head noun after it ("Eastern Bloc", "North East Asian
// Region", "Kaliningrad Oblast"). General English and geography words,
// not names from any article.
var (
	regionFirstWords = map[string]bool{"North": true, "South": true, "East": true, "West": true,
		"Northern": true, "Southern": true, "Eastern": true, "Western": true, "Central": true,
		"Upper": true, "Lower": true, "Northeast": true, "Northwest": true, "Southeast": true, "Southwest": true,
		"Northeastern": true, "Northwestern": true, "Southeastern": true, "Southwestern": true, "Inner": true, "Outer": true, "Greater": true,
		"Farther": true, "Further": true, "Hither": true, "Lesser": true}
	compassStateWords = map[string]bool{"North": true, "South": true, "East": true, "West": true}
	regionHeadWords   = map[string]bool{"Asia": true, "Europe": true, "America": true, "Africa": true, "Oceania": true,
		"Bloc": true, "Hemisphere": true, "Region": true, "Peninsula": true, "Oblast": true, "Province": true,
		"Provinces": true, "Territories": true, "Territory": true, "Zone": true, "Basin": true, "Coast": true, "Voivodeship": true, "Prefecture": true}
)

// macroRegions are the one-word names of parts of the world that CLDR
// has no code for: geography words of general English.
var macroRegions = map[string]bool{"Eurasia": true, "Scandinavia": true, "Siberia": true, "Balkans": true, "Caucasus": true,
	"Levant": true, "Maghreb": true, "Indochina": true, "Manchuria": true, "Arctic": true, "Mesopotamia": true,
	"Anatolia": true, "Patagonia": true, "Sahel": true, "Transcaucasia": true, "Polynesia": true}

// placeShapeKind sorts a place CLDR does not name by its shape: a
// compass word before a country is a state of its time ("East
// Germany"), other compass or position words and region head nouns make
// a part of the world ("Eastern Bloc"), a province ("Upper Silesia",
// "Province of Brandenburg"), a water ("Oder River") or a site
// ("Cecilienhof Castle"); anything else is "place" (a city, a province
// named by one word).
func placeShapeKind(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		if macroRegions[name] {
			return "region"
		}
		return "place"
	}
	if compassStateWords[w[0]] {
		if k := placeKinds[strings.Join(w[1:], " ")]; k == "country" {
			return "country" // "East Germany", "South Vietnam"
		}
	}
	if w[0] == "City" || w[0] == "Free" && len(w) > 2 && w[1] == "City" {
		return "place" // "City of Königsberg", "Free City of Danzig"
	}
	last := w[len(w)-1]
	if last == "Bloc" || last == "Camp" {
		return "bloc" // "Western Bloc": an alliance of states, no region to offer among regions
	}
	for _, x := range w {
		if macroWords[x] {
			return "region" // "Eastern Bloc", "North East Asian Region", "Central Europe"
		}
	}
	switch {
	case waterHeads[last]:
		return "water" // "Oder River"
	case siteHeads[last]:
		return "site" // "Cecilienhof Castle", "Rajin-Sonbong Port"
	case regionFirstWords[w[0]] || regionHeadWords[last] || w[0] == "Province" || w[0] == "Region":
		return "province" // "Upper Silesia", "Kaliningrad Oblast", "Province of Brandenburg"
	}
	return "place"
}

// macroWords make a name a part of the world; waterHeads and siteHeads
// end the names of waters and of single sites.
var (
	macroWords = map[string]bool{"Asia": true, "Asian": true, "Europe": true, "European": true, "America": true,
		"American": true, "Africa": true, "African": true, "Oceania": true, "Bloc": true, "Hemisphere": true,
		"Eurasia": true, "Pacific": true, "Atlantic": true, "World": true}
	waterHeads = map[string]bool{"River": true, "Sea": true, "Lake": true, "Ocean": true, "Gulf": true, "Bay": true,
		"Lagoon": true, "Strait": true, "Straits": true, "Canal": true}
	siteHeads = map[string]bool{"Castle": true, "Palace": true, "Hall": true, "House": true, "Square": true, "Port": true,
		"Harbour": true, "Harbor": true, "Bridge": true, "Wall": true, "Airport": true, "Station": true}
)

var (
	placeKindsOnce sync.Once
	placeKinds     map[string]string
)

// loadPlaceKinds reads CLDR's English region names: two-letter codes are
// countries and territories, numeric codes world regions.
func loadPlaceKinds() {
	placeKinds = map[string]string{}
	names := display.English.Regions()
	add := func(r language.Region, kind string) {
		n := names.Name(r)
		if i := strings.Index(n, " ("); i > 0 {
			placeKinds[strings.TrimSuffix(n[i+2:], ")")] = kind
			n = n[:i]
		}
		if i := strings.Index(n, " - "); i > 0 {
			n = n[:i]
		}
		if n != "" {
			placeKinds[n] = kind
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if r, err := language.ParseRegion(string([]rune{a, b})); err == nil && r.IsCountry() {
				add(r, "country")
			}
		}
	}
	for i := 1; i < 1000; i++ {
		// numeric codes name countries too ("156" is China): only groups
		// are world regions
		if r, err := language.ParseRegion(strconv.Itoa(1000 + i)[1:]); err == nil && r.IsGroup() {
			add(r, "region")
		}
	}
}

// roleHead is the last word of a person's role: "Minister" of "French
// Foreign Minister", so a minister is offered among ministers.
func roleHead(detail string) string {
	w := strings.Fields(detail)
	if len(w) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(w[len(w)-1], ",."))
}

var (
	reYear      = regexp.MustCompile(`\b(1\d{3}|20\d{2})(?:([–-])(\d{2})\b)?`)
	reShortYear = regexp.MustCompile(`[’']\d{2}\b`)
	reMonthDay  = regexp.MustCompile(`(?i)\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	reDigits    = regexp.MustCompile(`\d+(?:st|nd|rd|th)?`)
)

// dateShape is how a date is written, without its numbers and months:
// "June 5, 1947" and "April 3, 1948" share "M #, #"; "5 June 1942" does
// not. Options of one question share their shape.
func dateShape(text string) string {
	s := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The "))
	s = reMonthDay.ReplaceAllString(s, "M")
	return reDigits.ReplaceAllString(s, "#")
}

// shiftYears writes a date with every year moved by off, keeping the
// writer's form: "the end of 1948" +2 → "the end of 1950", "1945–46" +3
// → "1948–49".
func shiftYears(text string, off int) string {
	if !reYear.MatchString(text) {
		// "March of ’68"
		return reShortYear.ReplaceAllStringFunc(text, func(m string) string {
			y, _ := strconv.Atoi(m[len(m)-2:])
			return m[:len(m)-2] + strconv.Itoa(100 + (y+off+100)%100)[1:]
		})
	}
	return reYear.ReplaceAllStringFunc(text, func(m string) string {
		p := reYear.FindStringSubmatch(m)
		y, _ := strconv.Atoi(p[1])
		out := strconv.Itoa(y + off)
		if p[3] != "" {
			e, _ := strconv.Atoi(p[3])
			end := (y/100)*100 + e + off
			out += p[2] + strconv.Itoa(end)[2:]
		}
		return out
	})
}

// boundWords before a date make it the edge of a span, not the time of
// the sentence's event: "through the end of 1947", "until 1961".
var boundWords = map[string]bool{"within": true, "through": true, "until": true, "till": true, "since": true, "by": true, "before": true, "after": true, "between": true, "to": true, "than": true}

// ownDate reports whether a date is the time of its sentence's event, so
// that it may order or match that event: the only date of the sentence,
// not in brackets and not the edge of a span.
func (g *generator) ownDate(f Fact) bool {
	for _, o := range g.sentenceFacts(f) {
		if o.Kind == DateFact && o.Start != f.Start {
			return false
		}
	}
	before := f.Sentence[:f.Start-f.SentSpan.Start]
	if strings.Count(before, "(") > strings.Count(before, ")") {
		return false
	}
	w := strings.ToLower(lastWord(strings.TrimRight(before, " ")))
	if (w == "a" || w == "an") && f.Date.Granularity == Year {
		return false // "a 1986 newspaper article": the date of a thing
	}
	return !boundWords[w] && !boundWords[strings.ToLower(firstWord(f.Text))] && !labelDate(f) && !inEmbeddedClause(f)
}

// givesAway reports whether question o shows the answer of question q in
// the same context: o shows q's answer in a sentence that shares another
// name or date, or three longer words, with q's own sentence. A name
// shown beside other things altogether tells nothing.
func (g *generator) givesAway(o, q Question) bool {
	if q.Type != TrueFalse && q.Type != Ordering && q.Kind == DateFact && len(q.Answer) == 1 && reCoarseDate.MatchString(q.Answer[0]) &&
		showsAny(o.shown(), q.Answer) {
		return true // "the 1990s" asked while another question shows "in the 1990s": a period, not one event's date
	}
	secrets := q.secrets()
	if !showsAny(o.shown(), secrets) {
		return false
	}
	own := g.sentencesOf(q)
	for _, line := range strings.Split(o.shown(), "\n") {
		if !showsAny(line, secrets) {
			continue
		}
		for _, s := range own {
			if g.sameContext(line, s, secrets) {
				return true
			}
		}
	}
	return false
}

// reCoarseDate is a decade or a century: "the 1990s", "the mid-1990s",
// "the 19th century".
var reCoarseDate = regexp.MustCompile(`(?i)\b\d{3}0s\b|\bcentury\b`)

// sameContext reports whether a shown line shares with a sentence a name
// or date other than the answer, or three words of six letters or more.
func (g *generator) sameContext(line, sentence string, answers []string) bool {
	for _, text := range g.factTexts(sentence) {
		if showsAny(text, answers) || showsAny(strings.Join(answers, " "), []string{text}) {
			continue
		}
		if showsAny(line, []string{text}) {
			return true
		}
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(normAnswer(sentence)) {
		if len(w) >= 6 {
			words[w] = true
		}
	}
	shared := 0
	for _, w := range strings.Fields(normAnswer(line)) {
		if words[w] && !showsAny(w, answers) {
			shared++
			delete(words, w)
		}
	}
	return shared >= 3
}

// factTexts are the texts of the facts of a sentence (its normSpace form).
func (g *generator) factTexts(sentence string) []string {
	if g.sentFacts == nil {
		g.sentFacts = map[string][]string{}
		for _, f := range g.facts {
			k := normSpace(f.Sentence)
			g.sentFacts[k] = append(g.sentFacts[k], f.Text)
		}
		for _, f := range g.numbers {
			k := normSpace(f.Sentence)
			g.sentFacts[k] = append(g.sentFacts[k], f.Text)
		}
	}
	return g.sentFacts[sentence]
}

// surname is a person's last name when the article writes it alone.
func (g *generator) surname(f Fact) []string {
	w := strings.Fields(f.Value)
	if f.Kind != PersonFact || len(w) < 2 {
		return nil
	}
	return w[len(w)-1:]
}

var reDay = regexp.MustCompile(`\b([1-9]|[12]\d|3[01])(st|nd|rd|th)?\b`)

// shiftDay writes a day and month without a year as another day of the
// month: "March 21" → "March 25", "1st September" → "4th September".
func shiftDay(text string, off int) string {
	return reDay.ReplaceAllStringFunc(text, func(m string) string {
		p := reDay.FindStringSubmatch(m)
		d, _ := strconv.Atoi(p[1])
		d = (d+absInt(off)*3-1)%28 + 1
		if p[2] != "" {
			return strconv.Itoa(d) + ordinalSuffix(d)
		}
		return strconv.Itoa(d)
	})
}

// reBrokenTemplate finds the holes a pasted page leaves where a template
// computed a figure: "$ billion", "in )", "( )".
var reBrokenTemplate = regexp.MustCompile(`[$£€] (?:[a-z]|\()|\(\s*\)| in \)|\$ billion`)

// pronounOpeners begin a sentence that leans on the one before it.
var pronounOpeners = map[string]bool{"it": true, "this": true, "these": true, "those": true, "he": true, "she": true, "they": true, "we": true, "i": true, "his": true, "her": true, "their": true, "its": true}

func startsWithPronoun(s string) bool {
	return pronounOpeners[strings.ToLower(strings.Trim(firstWord(s), "“\"'‘"))]
}

// nameGoesOn reports text after a name that continues it: a capitalised
// word, or "of" before one ("Joint Chiefs of Staff").
func nameGoesOn(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false
	}
	w := strings.Fields(rest)
	if len(w) == 0 {
		return false
	}
	if w[0] == "of" && len(w) > 1 {
		return capitalised(w[1])
	}
	return capitalised(w[0]) && !strings.ContainsAny(w[0], "“\"(")
}

// subordinators open a clause that needs a main clause after a comma.
var subordinators = map[string]bool{"when": true, "while": true, "although": true, "though": true, "because": true, "if": true, "since": true, "after": true, "before": true, "as": true, "whereas": true, "unless": true}

// subordinateOnly reports a sentence that is only a subordinate clause,
// as a quotation mark can cut one: "When he began pursuing his famed
// “Sunshine Policy.”"
func subordinateOnly(s string) bool {
	return subordinators[strings.ToLower(firstWord(s))] && !strings.ContainsAny(s, ",;")
}

// firstPerson reports a sentence in a speaker's own voice.
func firstPerson(s string) bool {
	return strings.HasPrefix(s, "I ") || strings.Contains(s, " I ") || strings.Contains(s, " my ") || strings.HasPrefix(s, "My ")
}

// overlapsAny reports a name that holds, or is held by, one of names.
func overlapsAny(name string, names []string) bool {
	for _, n := range names {
		if strings.Contains(n, name) || strings.Contains(name, n) {
			return true
		}
	}
	return false
}

// hintsAt reports a sentence that gives its answer away by a word of the
// same stem ("_____'s reunification … the "German problem"") or leaves a
// possessive apostrophe hanging after the blank ("the _____’ pacts").
func (g *generator) hintsAt(f Fact) bool {
	if f.Kind == DateFact || f.Kind == NumberFact {
		return false
	}
	rest := f.Sentence[f.End-f.SentSpan.Start:]
	if strings.HasPrefix(rest, "’ ") || strings.HasPrefix(rest, "' ") {
		return true
	}
	if reAbbrevAfter.MatchString(rest) {
		return true // "_____ ("SED")": the abbreviation stands beside the blank
	}
	if g.a != nil && f.Chapter < len(g.a.Chapters) && findWordFold(g.a.Chapters[f.Chapter].Title, f.Value) {
		return true // the answer is the chapter's heading: "Unequal treaties"
	}
	other := strings.ToLower(f.Sentence[:f.Start-f.SentSpan.Start] + " " + rest)
	words := strings.Fields(f.Value)
	if head := strings.ToLower(words[len(words)-1]); len(words) > 1 && len(head) >= 4 && f.Kind != PersonFact && f.Kind != PlaceFact {
		for _, w := range strings.Fields(other) {
			if strings.Trim(w, "“”\"'‘’(),.;:") == head {
				return true // "the 2018 _____ (North Korea-United States Summit) … a location for the summit"
			}
		}
	}
	of := slices.Index(words, "of")
	for i, word := range words {
		// the first word of the answer, or a capitalised word after its
		// "of" that is no common head: "the Communist Party of
		// Czechoslovakia … in the Czechoslovak coup"
		if i > 0 && (of < 0 || i <= of || !capitalised(word) || theWords[word] || genericNameWords[word]) {
			continue
		}
		r := []rune(strings.ToLower(strings.Trim(word, "“”\"'‘’(),.;:")))
		n := min(len(r)-1, 5)
		if n < 4 {
			continue
		}
		stem := string(r[:n])
		for _, w := range strings.Fields(other) {
			if strings.HasPrefix(strings.Trim(w, "“”\"'‘’(),.;:"), stem) {
				return true
			}
		}
	}
	return false
}

// reAbbrevAfter finds an abbreviation in brackets right after the blank.
var reAbbrevAfter = regexp.MustCompile(`^\s*\(\s*["“]?[A-Z][A-Za-z]{0,2}[A-Z]{1,6}["”]?\s*[),;]`)

// genericNameWords are capitalised words of names that say nothing of
// which one: seeing "National" elsewhere in the sentence gives no name
// away.
var genericNameWords = map[string]bool{
	"National": true, "International": true, "Nations": true, "People's": true, "Democratic": true,
	"Socialist": true, "General": true, "Central": true, "Supreme": true, "Federal": true, "Joint": true,
	"Treaty": true, "Policy": true, "Plan": true, "Agreement": true, "Act": true, "Law": true, "Doctrine": true,
	"Accords": true, "Accord": true, "Convention": true, "Declaration": true, "Initiative": true, "Programme": true,
	"Program": true, "Test": true, "Nuclear": true, "Weapons": true, "Peace": true, "State": true, "Foreign": true,
}

// findWordFold reports whether text holds name as whole words, in any case.
func findWordFold(text, name string) bool {
	return findWord(strings.ToLower(text), strings.ToLower(name), 0) >= 0
}

// rePresentPerfect finds a verb in the present perfect: "Three countries
// have tested nuclear weapons since", "more than 260 facilities have
// been certified".
var rePresentPerfect = regexp.MustCompile(`(?i)\b(?:has|have)\s+(?:not\s+|also\s+|since\s+|now\s+)?(?:been|[a-z]+ed|[a-z]+en)\b`)

// reEstimate finds a sentence that reports an estimate or a count: "In
// September 1948, US intelligence estimated 300,000 troops".
var reEstimate = regexp.MustCompile(`(?i)\b(?:estimated?|estimates|numbered|totall?ed|amounted)\b`)

// reportsAState reports a sentence that tells a state of affairs or an
// estimate rather than an event: no item of an ordering, and no answer to
// "What happened in September 1948?".
func reportsAState(s string) bool {
	return rePresentPerfect.MatchString(s) || reEstimate.MatchString(s)
}

// continents are the continents' English names: a continent is offered
// only among continents, never beside a region such as Manchuria.
var continents = map[string]bool{"Africa": true, "Asia": true, "Europe": true, "Oceania": true, "Antarctica": true,
	"North America": true, "South America": true, "Latin America": true, "America": true, "the Americas": true, "Australasia": true}

// continent reports a continent's name.
func continent(name string) bool {
	return continents[strings.TrimPrefix(name, "the ")] || name == "the Americas"
}

// reListOpener opens a list that names examples, not all: "such nations
// as", "such as", "including", "e.g.".
var reListOpener = regexp.MustCompile(`(?i)\b(?:such\s+(?:[a-z-]+\s+){0,2}as|including|e\.g\.,?)\s`)

// openList reports a name blanked inside a list of examples ("such
// nations as China, _____, Iran"): any other member a reader knows is
// right as well.
func openList(f Fact) bool {
	before := f.Sentence[:max(0, min(len(f.Sentence), f.Start-f.SentSpan.Start))]
	if i := strings.LastIndexAny(before, ";:"); i >= 0 {
		before = before[i+1:]
	}
	locs := reListOpener.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return false
	}
	between := before[locs[len(locs)-1][1]:]
	// only names and commas between the opener and the blank
	for _, w := range strings.Fields(between) {
		w = strings.Trim(w, ",()")
		if w != "" && w != "and" && w != "or" && w != "the" && !capitalised(w) {
			return false
		}
	}
	return true
}

// reQualifiedGroup finds a group a sentence qualifies: "other Third World
// countries", "the first Western countries", "fellow socialist states".
var reQualifiedGroup = regexp.MustCompile(`\b(?:other|first|fellow|several|many)\s+(?:[A-Za-z-]+\s+){1,2}(?:countries|nations|states|powers)\b`)

// reBlocGroup finds a group a sentence names by its bloc or alliance
// (round 14 Marshall Plan Q22: "The states of the future Eastern Bloc
// were also approached, and _____ and Poland agreed to attend", with
// Italy, Belgium and France offered for Czechoslovakia): "the states of
// the future Eastern Bloc", "members of the Warsaw Pact", "Eastern Bloc
// countries", "NATO members".
var reBlocGroup = regexp.MustCompile(`\b(?i:countries|nations|states|members|member states)\s+(?:of|in)\s+(?:the\s+)?(?:(?:future|former|then|new|other)\s+)?(?:\p{Lu}[\p{L}-]*\s+)*(?:Bloc|bloc|Pact|Alliance|Treaty Organization|Organisation|Organization)\b|\b\p{Lu}[\p{L}-]*\s+(?:Bloc|bloc|Pact)\s+(?:countries|nations|states|members)\b|\b(?:NATO|Warsaw Pact|Comecon|ASEAN|EU)\s+(?:countries|nations|states|members|member states)\b`)

// blocGroupOff turns reBlocGroup off, for measuring what it changes.
var blocGroupOff bool

// qualifiedGroup reports a name blanked in a list beside a group the
// sentence qualifies ("with _____ and other Third World countries", "the
// first Western countries … A, B and _____"): an option outside the group
// is plainly wrong and one inside it may be right.
func qualifiedGroup(f Fact) bool {
	if !reQualifiedGroup.MatchString(f.Sentence) && (blocGroupOff || !reBlocGroup.MatchString(f.Sentence)) {
		return false
	}
	i, j := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if i < 0 || j > len(f.Sentence) {
		return false
	}
	before := strings.TrimRight(f.Sentence[:i], " ")
	after := strings.TrimLeft(f.Sentence[j:], " ")
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, " and") || strings.HasPrefix(after, ",") || strings.HasPrefix(after, "and ")
}

// organWords name the offices of one state's government: a ministry is
// offered among ministries and offices, never beside an international
// body or a movement.
var organWords = map[string]bool{"Ministry": true, "Department": true, "Office": true, "Bureau": true, "Agency": true,
	"Secretariat": true, "Directorate": true, "Cabinet": true, "Politburo": true, "Presidium": true}

// governmentOrgan reports a body named as an office of a government
// ("Ministry of Foreign Affairs", "US State Department").
func governmentOrgan(name string) bool {
	for _, w := range strings.Fields(name) {
		if organWords[w] {
			return true
		}
	}
	return false
}
