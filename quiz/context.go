package quiz

import (
	"regexp"
	"strings"

	"github.com/chapterwise/chapterwise/quiz/internal/rescan"
)

// A question shows one sentence on its own. These rules refuse the
// sentences that lean on the one before them, by English function words
// only: a connective or demonstrative that opens the sentence, a time
// counted from another sentence's ("later that year"), a definite
// subject with nothing to say which one it is ("The section also
// agreed"), and the lines that steer a reader about the page ("For the
// history to 1800 see …").

// connectiveOpeners open a sentence that goes on from the one before.
var connectiveOpeners = map[string]bool{
	"however": true, "thus": true, "therefore": true, "hence": true, "moreover": true, "furthermore": true,
	"also": true, "instead": true, "meanwhile": true, "nevertheless": true, "nonetheless": true, "still": true,
	"yet": true, "besides": true, "otherwise": true, "consequently": true, "accordingly": true, "similarly": true,
	"likewise": true, "then": true, "afterwards": true, "afterward": true, "later": true, "finally": true,
	"again": true, "indeed": true, "nor": true, "but": true, "and": true, "or": true, "so": true,
	"additionally": true, "subsequently": true, "here": true, "that": true, "such": true, "another": true,
	"both": true, "neither": true, "either": true, "there,": true, "conversely": true, "ultimately": true,
	"thereafter": true, "thereby": true, "alternatively": true, "rather": true, "next": true, "overall,": true,
}

// introPronouns after an opening phrase make the main clause's subject
// someone named before: "Replacing an earlier proposal …, it operated".
var introPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "this": true, "these": true}

// contextPhrases are openers of more than one word that do the same.
var contextPhrases = []string{
	"that is", "in result", "as a result", "in addition", "in turn", "in response", "in return", "in contrast",
	"by contrast", "on the other hand", "for example", "for instance", "in fact", "even so", "at the same time",
	"to this end", "to that end", "in other words", "after that", "despite that", "as such", "the same",
	"the latter", "the former,", "the following", "in doing so", "in so doing", "on the contrary",
}

// reLeaning finds, anywhere in a sentence, words that point back at
// something the sentence does not name: "this reality", "these reforms",
// "later that year", "the following year", "just this year"; reLatter
// finds "the latter", "the former". reLeaning is tried only after a word
// boundary (rescan), reLatter only on a sentence holding its words: most
// sentences hold neither, and regexp tried them at every byte.
var (
	reLeaning = rescan.MustCompile(`(?i)\b(?:(?:this|these)\b|(?:that|the same|the following|the next|the previous|the preceding|last|next)\s+(?:year|month|week|day|decade|time|period|summer|winter|spring|autumn|fall|morning|evening|night|point|moment|date|era)\b|(?:later|earlier)\s+that\b|(?:mentioned|discussed|described)\s+(?:above|below|earlier)\b)`)
	reLatter  = regexp.MustCompile(`(?i)\bthe\s+(?:latter|former|above|aforementioned)(?:\s*[,.;:)]|(?-i:\s+[a-z])|$)`)
)

// dummyIt reports an "it" that stands for what follows: "it is unlikely
// that …", "it was decided to …".
func dummyIt(clause string) bool {
	w := strings.Fields(strings.ToLower(clause))
	if len(w) < 3 || w[0] != "it" {
		return false
	}
	switch w[1] {
	case "is", "was", "seems", "seemed", "appears", "appeared", "became", "remains", "remained":
	default:
		return false
	}
	for _, x := range w[2:min(len(w), 6)] {
		if x == "that" || x == "to" || x == "whether" {
			return true
		}
	}
	return false
}

// reComparedTo finds a comparison with something the sentence does not
// name: "a larger meeting", "a similar fate".
var reComparedTo = regexp.MustCompile(`(?i)\b(?:a|an)\s+(?:similar|larger|smaller|bigger|further|second|subsequent)\s`)

// reFollowsBare finds "follow" with no object, which goes on from an
// event told before: "would follow by the end of 1948", "soon followed
// suit" (not "followed by France", which names what follows).
var reFollowsBare = regexp.MustCompile(`(?i)\b(?:would|will|soon|later|quickly|to|did)\s+follow(?:ed)?\b(?:\s+suit)?(?:\s*[.,;]|\s+(?:by\s+(?:the\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|early|late|mid|\d)|in|on|within|after|shortly|soon)\b|$)|\bfollowed\s+suit\b`)

// reMidConnective finds a connective set off inside the sentence, which
// answers the sentence before: "…, however, …", "…, therefore, …".
var reMidConnective = mustGate(`, (?:however|therefore|though|thus|moreover|furthermore|nevertheless|nonetheless|instead|too|in turn|in contrast|as a result|for example|for instance),`)

// reThose finds "those" and the word after it.
var reThose = regexp.MustCompile(`\bthose\s+([a-z]+)`)

// thoseRelative after "those" make it "the ones": "those who resisted".
var thoseRelative = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true, "of": true, "in": true, "with": true, "at": true, "on": true, "from": true, "for": true}

// reNavigation finds a line that steers the reader about the page.
var reNavigation = regexp.MustCompile(`(?i)(?:^|[(;:,]\s*|\.\s+)see(?:\s+also)?\b|^(?:main|further) (?:article|information)\b|^for (?:the |a |more )?[^,.]*\bsee\b`)

// bareVerbs follow a definite subject that names nothing of its own: "The
// section also agreed", "The details were settled".
var bareVerbs = map[string]bool{
	"also": true, "then": true, "later": true, "thus": true, "therefore": true, "however": true, "too": true,
	"again": true, "itself": true, "themselves": true, "was": true, "were": true, "is": true, "are": true,
	"had": true, "has": true, "have": true, "would": true, "will": true, "could": true, "did": true,
	"should": true, "might": true, "must": true, "can": true, "may": true, "remained": true, "became": true,
	"soon": true, "eventually": true, "finally": true, "never": true, "only": true, "still": true,
}

// leansOnContext reports a sentence that needs the sentence before it to
// be understood, or that is no statement about the subject at all.
func leansOnContext(s string) bool {
	s = strings.TrimLeft(s, "“\"'‘ ")
	if first := strings.ToLower(firstWord(s)); first == "those" {
		if w := strings.Fields(s); len(w) < 2 || !thoseRelative[strings.ToLower(w[1])] {
			return true
		}
	} else if startsWithPronoun(s) {
		return true
	}
	// the regexps run only on sentences holding a word each needs (most
	// hold none): a book's sentences took seconds to read otherwise
	lower := strings.ToLower(s)
	folds := foldsToASCII(s)
	if holds(lower, folds, "see", "article", "information") && reNavigation.MatchString(s) || reLeaning.MatchString(s) ||
		holds(lower, folds, "latter", "former", "above", "aforementioned") && reLatter.MatchString(s) {
		return true
	}
	if reMidConnective.MatchString(lower) {
		return true // "State Department officials, however, knew …": against what?
	}
	if strings.Contains(lower, "those") {
		for _, m := range reThose.FindAllStringSubmatch(lower, -1) {
			if !thoseRelative[m[1]] {
				return true // "those reforms", not "those who"
			}
		}
	}
	first := strings.Trim(strings.ToLower(firstWord(s)), ",;:")
	if (connectiveOpeners[first] || connectiveOpeners[strings.ToLower(firstWord(s))]) && !bothNamed(s) {
		return true
	}
	for _, p := range contextPhrases {
		if strings.HasPrefix(lower, p) && (len(lower) == len(p) || !isLetter(lower[len(p)])) {
			return true
		}
	}
	if i := strings.Index(s, ", "); i > 0 && introPronouns[strings.ToLower(firstWord(s[i+2:]))] && !dummyIt(s[i+2:]) {
		return true
	}
	if holds(lower, folds, "similar", "larger", "smaller", "bigger", "further", "second", "subsequent") && reComparedTo.MatchString(s) &&
		!strings.Contains(lower, " than ") {
		return true // "a larger meeting was convened": larger than which?
	}
	if heading(w0(s)) && !finiteVerb(strings.SplitN(s, ";", 2)[0]) {
		return true // "Establishment of a Council …, also including France; tasked …": an agenda item
	}
	if holds(lower, folds, "follow") && reFollowsBare.MatchString(s) {
		return true // "Italy and Belgium would follow by the end of 1948": follow what?
	}
	if holds(s, false, "two", "three", "four", "both", "either") && reTheTwo.MatchString(s) ||
		strings.Contains(s, "then") && thenAdverb(s) || holds(lower, folds, "that") && reDemonstrativeThat.MatchString(s) {
		return true // "meetings between the two", "Australia then", "When that hope was seen …"
	}
	if holds(lower, folds, "quickly", "soon", "immediately", "promptly", "swiftly") && reReaction.MatchString(s) {
		return true // "U.S. officials quickly moved to escalate …": after what?
	}
	if holds(s, false, "resulting", "ensuing", "aforesaid", "said", "abovementioned") && reResulting.MatchString(s) {
		return true // "The resulting Marshall Plan policy": resulting from what?
	}
	if possessiveBeforeName(s) {
		return true // "After his death, …": whose?
	}
	// "The section also agreed …": a definite subject of one common noun
	w := strings.Fields(s)
	if len(w) >= 3 && w[0] == "The" && isLowerWord(w[1]) && bareVerbs[strings.ToLower(strings.Trim(w[2], ","))] && !namesWhatItIs(w) {
		return true
	}
	// "The plan, which would serve as …": the same, with a relative clause
	if len(w) >= 3 && w[0] == "The" && strings.HasSuffix(w[1], ",") && isLowerWord(strings.TrimSuffix(w[1], ",")) &&
		(w[2] == "which" || w[2] == "who" || w[2] == "whose") {
		return true
	}
	return false
}

// namesWhatItIs reports "The <noun> was/were/is/are <Name> …", a
// sentence whose complement names what its bare subject stands for ("The
// signatories were General Secretary …", "The sites were Moscow for …"):
// it says who or what they were, not something of ones told before
// ("The details were discussed later", "The section was short").
func namesWhatItIs(w []string) bool {
	if len(w) < 4 || !copula[w[2]] {
		return false
	}
	n := strings.Trim(w[3], "“\"‘'")
	if l := strings.ToLower(n); n == "" || !capitalised(n) || pronounOpeners[l] || determiners[l] || labelDeterminers[l] || l == "an" {
		return false
	}
	return true
}

// bothNamed reports a sentence that opens with "Both X and Y" and names
// the two ("Both the PRC and ROC make it a prerequisite …"), not "Both
// were …", which goes on from the sentence before.
func bothNamed(s string) bool {
	w := strings.Fields(s)
	if len(w) < 4 || !strings.EqualFold(w[0], "both") {
		return false
	}
	for i := 1; i < len(w) && i <= 6; i++ {
		if w[i] == "and" {
			return i+1 < len(w) && (capitalised(w[i-1]) || isAbbrev(w[i-1])) && (capitalised(w[i+1]) || w[i+1] == "the" && i+2 < len(w) && capitalised(w[i+2]))
		}
	}
	return false
}

// holds reports whether text holds one of words, or may hold one: a
// case-blind regexp also reads "ſ" as "s" and the Kelvin sign as "k",
// which strings.ToLower leaves, so folds (foldsToASCII of the text before
// lowering) makes every word possible.
func holds(text string, folds bool, words ...string) bool {
	if folds {
		return true
	}
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// withoutCitations is s without its citation marks ("[12]",
// reCitation). The regexp, which can open with a space, is tried at every
// byte; most sentences hold no "[" at all.
func withoutCitations(s string) string {
	if strings.IndexByte(s, '[') < 0 {
		return s
	}
	return reCitation.ReplaceAllString(s, "")
}

// withoutAsides is s without its bracketed asides: what
// reBracketAside.ReplaceAllString(s, "") gives (TestWithoutAsides,
// FuzzWithoutAsides), found with byte searches. The regexp, which opens
// with \s*, was tried at every byte of every sentence naming a subject
// for each of its clauses (sameActElsewhere: 12 s of CPU on the 19 MB
// book).
func withoutAsides(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is written or dropped
	for from := done; ; {
		q := strings.IndexByte(s[from:], '(')
		if q < 0 {
			break
		}
		q += from
		r := strings.IndexAny(s[q+1:], "()")
		if r < 0 {
			break // no bracket closes after q, nor after any later "("
		}
		r += q + 1
		if s[r] == '(' {
			from = r // q holds another: the aside, if any, opens at r
			continue
		}
		// the aside s[q:r+1] and the white space before it, since done
		p := q
		for p > done && asciiSpace(s[p-1]) {
			p--
		}
		b.WriteString(s[done:p])
		done, from = r+1, r+1
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// asciiSpace is \s of regexp: tab, newline, form feed, carriage return
// and space.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// foldsToASCII reports a character that a case-blind regexp matches as an
// ASCII letter but strings.ToLower does not turn into one.
func foldsToASCII(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

// reTheTwo finds "the two" (or three, four) standing for parties named
// before: "meetings between the two", "the two states agreed", but not
// "the two Koreas", which names them.
var reTheTwo = regexp.MustCompile(`\b[Tt]he\s+(?:two|three|four|both)\b(?:\s+(?:[a-z]+|$)|[,.;:])|\b(?:both|the two|either|neither)\s+sides?\b`)

// reThenAdverb finds "then" that places an act after one told before:
// "Australia then asked …", "was then signed"; not "since then", "until
// then", "then-President", "if …, then".
var reThenAdverb = regexp.MustCompile(`\b([A-Za-z]+)\s+then\s+[a-z]`)

func thenAdverb(s string) bool {
	for _, m := range reThenAdverb.FindAllStringSubmatch(s, -1) {
		if !thenOK[strings.ToLower(m[1])] {
			return true
		}
	}
	return false
}

// thenOK are the words before "then" that keep it inside the sentence.
var thenOK = map[string]bool{"since": true, "until": true, "till": true, "by": true, "from": true, "even": true, "and": true, "only": true, "just": true, "but": true, "back": true,
	// "the eight then nuclear-capable states": "then" as an adjective
	"the": true, "its": true, "their": true, "his": true, "her": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "several": true, "many": true, "all": true}

// reDemonstrativeThat finds "that" as a determiner after a preposition or
// a time word: "When that hope was seen as illusory", "after that
// meeting" (not "said that the", "so that it").
var reDemonstrativeThat = regexp.MustCompile(`(?i)\b(?:when|after|before|in|with|for|by|since|despite|during|under|at|from|against|following|of)\s+that\s+(?:[a-z]+)\s+(?:was|were|is|are|had|has|did|would|could|failed|ended|began|came)\b`)

// reReaction finds an act told as a quick answer to one told before.
var reReaction = regexp.MustCompile(`(?i)\b(?:quickly|soon|immediately|promptly|swiftly)\s+(?:moved|responded|reacted|acted|retaliated|countered|followed)\b`)

// reResulting finds "the" with an adjective that ties a thing to an
// event told before: "the resulting plan", "the ensuing war".
var reResulting = regexp.MustCompile(`\b[Tt]he\s+(?:resulting|ensuing|aforesaid|said|abovementioned)\s`)

// possessivePronouns point at a person or thing named before.
var possessivePronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// possessiveBeforeName reports a possessive pronoun before any name of
// the sentence: "After his death, Deng …", "In its report, …".
func possessiveBeforeName(s string) bool {
	w := strings.Fields(s)
	for i, x := range w {
		if possessivePronouns[strings.ToLower(strings.Trim(x, "(“\"‘,"))] {
			return !cataphora(w[i:])
		}
		if capitalised(strings.Trim(x, "(“\"‘")) && (i > 0 || !openerWords[strings.ToLower(strings.Trim(x, ","))]) {
			return false // a name comes first: "Japan … modernized its military"
		}
	}
	return false
}

// openerWords open a sentence with a phrase before its subject.
var openerWords = map[string]bool{
	"after": true, "before": true, "in": true, "with": true, "when": true, "although": true, "though": true, "since": true,
	"during": true, "following": true, "upon": true, "under": true, "by": true, "for": true, "despite": true, "on": true,
	"at": true, "as": true, "while": true, "through": true, "until": true, "from": true, "an": true, "a": true, "the": true,
	"of": true, "to": true, "within": true, "without": true, "among": true, "unlike": true, "like": true,
}

// cataphora reports a possessive in an opening phrase that points ahead to
// the subject named after its comma: "Since its establishment in 1949,
// the People's Republic of China …" (not "After his death, authorities
// …").
func cataphora(rest []string) bool {
	for i, x := range rest {
		if !strings.HasSuffix(x, ",") {
			continue
		}
		if i+1 >= len(rest) {
			return false
		}
		next := strings.Trim(rest[i+1], "“\"‘")
		if strings.EqualFold(next, "the") && i+2 < len(rest) {
			next = strings.Trim(rest[i+2], "“\"‘")
		}
		return capitalised(next)
	}
	return false
}

// reBareDefinite finds "the" before a common noun of an event, a body or a
// document that the sentence does not name: "following the meeting", "the
// new government", "a solution for the case", "the directive".
var reBareDefinite = mustGate(`\b[Tt]he\s+(?:new\s+|same\s+|former\s+|latter\s+)?(meeting|meetings|case|initiative|project|directive|government|summit|talks|deal|proposal|decision|incident|move|regime|negotiations|agreement|treaty|accord|visit|plan|program|programme|scheme|report|document|bill|organization|organisation|group|committee|commission|country|nation|states|parties|party|movement|campaign|operation|crisis|issue|conflict|dispute|exercise|event|policy|doctrine|resolution|convention|law|act|measure|reform|reforms|institution|agency|body|ban|system|network|moratorium)\b`)

// bareDefinite returns the common noun of the first definite description
// in s that nothing in the sentence names ("the meeting", "the new
// government"), or "".
func bareDefinite(s string) string {
	for _, m := range reBareDefinite.FindAllStringSubmatchIndex(s, -1) {
		noun := strings.ToLower(s[m[2]:m[3]])
		if strings.Contains(strings.ToLower(s[:m[0]]), noun) {
			continue // "… the 2018 North Korea-United States Summit, … a possible location for the summit"
		}
		if anaphoraNouns[noun] && nameBefore(s[:m[0]]) {
			continue // "Mongolia’s adoption … makes the nation an ideal meeting ground"
		}
		if !namedAfter(s[m[1]:]) {
			return strings.ToLower(s[m[2]:m[3]])
		}
	}
	return ""
}

// anaphoraNouns stand for a state or a body the sentence has named before
// them: "Mongolia's … makes the nation …".
var anaphoraNouns = map[string]bool{"country": true, "nation": true, "government": true, "regime": true, "party": true, "organization": true, "organisation": true}

// nameBefore reports a name in the text before a definite noun: a
// capitalised word that is not the sentence's opening function word.
func nameBefore(text string) bool {
	for i, w := range strings.Fields(text) {
		w = strings.Trim(w, "(“\"‘,")
		if capitalised(w) && (i > 0 || !openerWords[strings.ToLower(w)] && !strings.EqualFold(w, "the")) {
			return true
		}
	}
	return false
}

// namedAfter reports the words after a definite noun that say which one it
// is: "of Czechoslovakia", "between India and Pakistan", "that …", "(the
// SED)", an apposition with a name ("the treaty, the Treaty of Moscow").
func namedAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "\"") {
		return true
	}
	if strings.HasPrefix(rest, ",") {
		return capitalised(strings.Trim(firstWord(strings.TrimLeft(rest[1:], " ")), "“\"")) // "the treaty, Resolution 242,"
	}
	switch strings.ToLower(firstWord(rest)) {
	case "of", "and", "between", "with", "on", "that", "which", "who", "whose", "where", "in", "to", "for", "known", "called", "named", "led", "signed", "proposed", "set", "established", "formed", "created", "under", "against", "by", "from", "over", "among":
		return true
	}
	return false
}

// w0 is the first two words of s.
func w0(s string) []string {
	w := strings.Fields(s)
	return w[:min(len(w), 2)]
}

// heading reports a line that opens as an agenda heading, a noun made
// from a verb and a preposition: "Establishment of a Council …",
// "Conclusion on peace treaties …", "Disposal of the German Navy".
func heading(w []string) bool {
	if len(w) < 2 || !capitalised(w[0]) {
		return false
	}
	switch strings.ToLower(w[1]) {
	case "of", "on", "to", "for", "with", "by":
	default:
		return false
	}
	n := strings.ToLower(w[0])
	for _, suf := range []string{"ment", "tion", "sion", "sal", "ance", "ence", "ing"} {
		if strings.HasSuffix(n, suf) && len(n) > len(suf)+3 {
			return true
		}
	}
	return false
}

// commonFinite are finite verbs a statement of the article's kind holds.
var commonFinite = map[string]bool{"is": true, "was": true, "were": true, "are": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "came": true, "became": true, "began": true, "took": true, "made": true, "gave": true, "led": true}

// finiteVerb reports a sentence holding one of commonFinite.
func finiteVerb(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if commonFinite[strings.Trim(w, ",.;:")] {
			return true
		}
	}
	return false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// isLowerWord reports a word of lower-case letters only.
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// labelDeterminers before a bare year make it a label of a thing: "the
// 1937 border", "a 1986 article", "its 1928 end".
var labelDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true, "whose": true}

// labelNouns after a bare year make it the base of a measure: "in 2014
// dollars", "at 1938 levels", "to its 1937 borders".
var labelNouns = map[string]bool{
	"dollars": true, "dollar": true, "pounds": true, "prices": true, "terms": true, "euros": true, "francs": true,
	"marks": true, "rubles": true, "roubles": true, "yen": true, "yuan": true, "values": true, "value": true,
	"currency": true, "money": true, "levels": true, "level": true, "figures": true, "border": true,
	"borders": true, "frontier": true, "frontiers": true, "boundaries": true, "boundary": true, "lines": true,
	"line": true, "rates": true, "standards": true, "output": true, "population": true,
}

// yearEventNouns after "the YEAR" name an event the year dates: "the 2018
// summit", "the 1936 elections".
var yearEventNouns = map[string]bool{
	"summit": true, "conference": true, "meeting": true, "election": true, "elections": true, "war": true,
	"treaty": true, "agreement": true, "accord": true, "accords": true, "visit": true, "invasion": true,
	"coup": true, "revolution": true, "uprising": true, "crisis": true, "referendum": true, "talks": true,
	"congress": true, "plenum": true, "speech": true, "games": true, "olympics": true, "negotiations": true,
	"protests": true, "riots": true, "massacre": true, "offensive": true, "campaign": true, "strike": true,
}

var reBareYear = regexp.MustCompile(`^(?:1\d{3}|20\d{2})$`)

// reComparisonBase ends the text before a year that a figure is measured
// against: "higher than in 1938", "compared with 1913", "of 1938 levels".
var reComparisonBase = regexp.MustCompile(`(?i)\b(?:than|compared (?:with|to)|relative to|as against|versus)\s+(?:in\s+|during\s+|that of\s+)?$`)

// reMeasureYear ends the text before a year that dates a measure of an
// economy or a people rather than an event: "a US GDP of $258 billion in",
// "a population of 3 million in".
var reMeasureYear = regexp.MustCompile(`(?i)\b(?:GDP|GNP|national income|population|budget|income|debt|deficit|revenues?)\s+(?:of\s+)?(?:about\s+|some\s+|around\s+|nearly\s+)?[$£€]?[\d.,]+(?:\s*(?:million|billion|trillion|percent|per cent|%))?\s+(?:in|for)\s+$`)

// labelDate reports a year that labels or measures something in its
// sentence rather than dating the sentence's event.
func labelDate(f Fact) bool {
	if !reBareYear.MatchString(f.Text) {
		return false
	}
	before := f.Sentence[:f.Start-f.SentSpan.Start]
	if reComparisonBase.MatchString(before) {
		return true // "35% higher than in 1938": the base of a comparison, not an event
	}
	if reMeasureYear.MatchString(before) {
		return true // "a US GDP of $258 billion in 1948": the year a measure is taken in
	}
	prev := strings.ToLower(lastWord(strings.TrimRight(before, " ")))
	next := strings.ToLower(strings.Trim(firstWord(f.Sentence[f.End-f.SentSpan.Start:]), ",.;:)"))
	if labelDeterminers[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
		return !yearEventNouns[next] // "the 2018 summit" dates the summit
	}
	return labelNouns[next]
}

// reClauseWord finds a word that opens a clause inside the sentence: a
// date after it belongs to that clause, not to the sentence's event
// ("Dubček reassured Brezhnev that the reforms … seen in 1956").
var reClauseWord = regexp.MustCompile(`(?i)\b(?:that|which|who|whom|whose|those|where|whereas|although|because|unlike|compared|than|like|similar)\b`)

// concessive open a clause whose time is not the main event's ("when",
// "after" and "since" give it, near enough to order by).
var concessive = map[string]bool{"although": true, "though": true, "because": true, "whereas": true, "unless": true, "if": true, "despite": true}

// inEmbeddedClause reports a date that stands after a clause word.
func inEmbeddedClause(f Fact) bool {
	before := f.Sentence[:f.Start-f.SentSpan.Start]
	if concessive[strings.ToLower(firstWord(f.Sentence))] && !strings.Contains(before, ",") {
		return true // "Although the party had won in 1946, it …": the main event follows
	}
	return reClauseWord.MatchString(before)
}

var reSeason = regexp.MustCompile(`(?i)\b(?:winter|summer|spring|autumn|fall|early|mid|late|around|about|c\.|circa)\b|\band\b|\bor\b|[–-]`)

// preciseDate reports a date exact enough to type or to swap for a false
// one: one day, month or year, not a decade, a season or a span ("the
// 1980s and 1990s", "winter 1945", "1945–46").
func preciseDate(f Fact) bool {
	d := f.Date
	if d.Granularity == Decade || d.Granularity == Century || d.Part != "" || d.YearEnd != d.Year || d.EndMonth != 0 || d.EndDay != 0 {
		return false
	}
	return !reSeason.MatchString(f.Text)
}

// yearsIn are the years a text writes, the ends of short spans too
// ("1939–45" holds 1939 and 1945).
func yearsIn(text string) map[int]bool {
	out := map[int]bool{}
	for _, m := range reYearScan.FindAllStringSubmatchIndex(text) {
		y := atoi(text[m[2]:m[3]])
		out[y] = true
		if m[6] >= 0 && m[7] > m[6] {
			out[(y/100)*100+atoi(text[m[6]:m[7]])] = true
		}
	}
	return out
}

// reYearScan is reYear tried only after a word boundary, at a digit
// (rescan): yearsIn reads every sentence naming a name.
var reYearScan = rescan.MustCompile(reYear.String())

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// askedDate reports whether a date may be the answer of a "when"
// question: the time of the sentence's own event, not a label, not in
// brackets, not the edge of a span, and with its year not written
// elsewhere in the sentence.
func (g *generator) askedDate(f Fact) bool {
	if labelDate(f) || !reYear.MatchString(f.Text) && !reShortYear.MatchString(f.Text) {
		return false // "August 7": a day of which year?
	}
	if snapshotDate(f) || listedDate(f) {
		return false // "As of February 2019, 168 states …"; "in 2006, _____, 2013 and 2016"
	}
	if namesByDate(f) {
		return false // "Mongolia's foreign policy of _____": the blank reads as the policy's name
	}
	before := f.Sentence[:f.Start-f.SentSpan.Start]
	if strings.Count(before, "(") > strings.Count(before, ")") {
		return false
	}
	if boundWords[strings.ToLower(lastWord(strings.TrimRight(before, " ")))] || boundWords[strings.ToLower(firstWord(f.Text))] {
		return false
	}
	rest := before + " " + f.Sentence[f.End-f.SentSpan.Start:]
	for y := range yearsIn(rest) {
		if y >= f.Date.Year && y <= max(f.Date.YearEnd, f.Date.Year) {
			return false // "(1939–45) … in _____ (1945)"
		}
	}
	return true
}

// reAsOf ends the text before a date that only stamps a status: "As of
// February 2019", "as at 2016".
var reAsOf = regexp.MustCompile(`(?i)\bas\s+(?:of|at)\s+$`)

// snapshotDate reports the date of a status report ("As of 2016, eight
// states have not ratified"): it dates what the article knew, not an
// event worth learning.
func snapshotDate(f Fact) bool {
	return reAsOf.MatchString(f.Sentence[:f.Start-f.SentSpan.Start])
}

// timeNouns before "of" take a date as their own part: "the end of 1948",
// "the summer of 1947".
var timeNouns = map[string]bool{
	"end": true, "beginning": true, "start": true, "middle": true, "summer": true, "winter": true, "spring": true,
	"autumn": true, "fall": true, "course": true, "years": true, "year": true, "months": true, "half": true,
	"quarter": true, "part": true, "parts": true, "early": true, "late": true, "rest": true,
}

// reMonthName finds a month's name in a date.
var reMonthName = regexp.MustCompile(monthRE)

// namesByDate reports a date that names the noun before it: "the foreign
// policy of the 1990s", "the revolutions of 1989".
func namesByDate(f Fact) bool {
	w := strings.Fields(f.Sentence[:f.Start-f.SentSpan.Start])
	n := len(w)
	if n < 2 || strings.ToLower(w[n-1]) != "of" {
		return false
	}
	prev := strings.ToLower(strings.Trim(w[n-2], ",;:"))
	if timeNouns[prev] || monthNumber(prev) > 0 || reMonthName.MatchString(f.Text) {
		return false // "the end of 1948"; "the Castle Bravo test of 1 March 1954" dates the test
	}
	return isLowerWord(prev)
}

// reListYearBefore and reListYearAfter find another year right beside a
// date in a list: "2006, _____, 2013", "in 2007 and _____".
var (
	reListYearBefore = regexp.MustCompile(`\b\d{4}(?:,\s*|,?\s+(?:and|or)\s+)$`)
	reListYearAfter  = regexp.MustCompile(`^(?:,\s*|,?\s+(?:and|or)\s+)\d{4}\b`)
)

// listedDate reports a date that is one of a list of years: one year of
// several is trivia, and the others give it away.
func listedDate(f Fact) bool {
	before, after := f.Sentence[:f.Start-f.SentSpan.Start], f.Sentence[f.End-f.SentSpan.Start:]
	if reListYearBefore.MatchString(before) || reListYearAfter.MatchString(after) {
		return true
	}
	// "one each in 2006, 2009, 2013, two in _____ and one in 2017": three
	// other years in one sentence make a list, however it is worded
	n := 0
	for y := range yearsIn(before + " " + after) {
		if y != f.Date.Year {
			n++
		}
	}
	return n >= 3
}

// mixedKind reports a name the article also uses as another kind of
// thing, or one that looks like a person where a place is asked (or the
// other way round): "Mao" found as a place beside "Mao Zedong", "Beijing"
// found as a person beside the city. Such a name is neither asked for nor
// offered as a wrong option.
func (g *generator) mixedKind(value string, kind FactKind) bool {
	if kind != PersonFact && kind != PlaceFact {
		return false
	}
	key := string(kind) + "\x00" + value
	if v, ok := g.mixed[key]; ok {
		return v
	}
	v := g.findMixedKind(value, kind)
	if g.mixed == nil {
		g.mixed = map[string]bool{}
	}
	g.mixed[key] = v
	return v
}

func (g *generator) findMixedKind(value string, kind FactKind) bool {
	ki := g.memo.kinds(g)
	if k, ok := ki.nameKind[value]; ok && k != kind && (k == PersonFact || k == PlaceFact) {
		return true
	}
	switch kind {
	case PersonFact:
		if k := placeKind(value); k == "country" || k == "region" {
			return true // a country or world region
		}
		if ki.places[value] {
			return true
		}
	case PlaceFact:
		if len(strings.Fields(value)) == 1 {
			if ki.personEnds[value] {
				return true // "Mao" of "Mao Zedong"
			}
			if placeKind(value) == "place" && g.actsAsPerson(value) {
				return true // "Mao promised Marshall …": a person, whatever else
			}
		}
	}
	return false
}

// kindIndex is what findMixedKind reads of the article's names, so that
// each name is looked up, not every name of the article read for it (on
// a book that keeps naming new things that was quadratic in its names).
type kindIndex struct {
	nameKind   map[string]FactKind // the kind of each name's first fact (generator.names)
	places     map[string]bool     // the places
	personEnds map[string]bool     // the first and last words of people named in two words or more
}

func newKindIndex(g *generator) *kindIndex {
	ki := &kindIndex{nameKind: map[string]FactKind{}, places: map[string]bool{}, personEnds: map[string]bool{}}
	for _, o := range g.names {
		if _, ok := ki.nameKind[o.Value]; !ok {
			ki.nameKind[o.Value] = o.Kind
		}
	}
	for _, o := range g.ofKind(PlaceFact) {
		ki.places[o.Value] = true
	}
	for _, o := range g.ofKind(PersonFact) {
		if w := strings.Fields(o.Value); len(w) > 1 {
			ki.personEnds[w[0]], ki.personEnds[w[len(w)-1]] = true, true
		}
	}
	return ki
}

// personVerbs are what only a person does with a mind of their own; a
// name that does them in the article is a person, not a city: "Mao
// promised", "Mao had long admired".
var personVerbs = map[string]bool{"promised": true, "admired": true, "believed": true, "felt": true, "thought": true,
	"wanted": true, "hoped": true, "feared": true, "argued": true, "wrote": true, "insisted": true, "emphasized": true,
	"emphasised": true, "died": true, "married": true, "resigned": true, "was born": true}

// actsAsPerson reports a one-word name that, in some sentence, is the
// subject of one of personVerbs (after an optional "had", "had long").
func (g *generator) actsAsPerson(name string) bool {
	if g.ix == nil {
		return false
	}
	if v, ok := g.personLike[name]; ok {
		return v
	}
	v := g.findActsAsPerson(name)
	if g.personLike == nil {
		g.personLike = map[string]bool{}
	}
	g.personLike[name] = v
	return v
}

func (g *generator) findActsAsPerson(name string) bool {
	for _, si := range g.ix.mentioning(name) {
		text := g.sents[si].text
		for at := findWord(text, name, 0); at >= 0; at = findWord(text, name, at+len(name)) {
			rest := text[at+len(name):]
			w := strings.Fields(rest[:min(len(rest), 40)])
			for len(w) > 0 && (w[0] == "had" || w[0] == "long" || w[0] == "also") {
				w = w[1:]
			}
			if len(w) > 0 && personVerbs[strings.Trim(w[0], ",.;")] {
				return true
			}
			if len(w) > 1 && personVerbs[w[0]+" "+strings.Trim(w[1], ",.;")] {
				return true
			}
			if (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")) && len(w) > 1 && personNouns[strings.Trim(w[1], ",.;")] {
				return true // "Roosevelt's request", "Mao's death"
			}
		}
	}
	return false
}

// personNouns after a possessive belong to a person, not a place.
var personNouns = map[string]bool{
	"request": true, "wife": true, "husband": true, "son": true, "daughter": true, "death": true, "birth": true,
	"emissary": true, "envoy": true, "successor": true, "predecessor": true, "widow": true, "father": true,
	"mother": true, "brother": true, "sister": true, "funeral": true, "assassination": true, "memoirs": true,
	"biographer": true, "presidency": true,
}
