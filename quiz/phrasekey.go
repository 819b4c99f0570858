package quiz

import "strings"

// maxKeyWords is the longest key a typed phrase question shows: the
// sentence's point, not its copied clause (round 13: keys of 14 to 20
// words were hard to type and to grade).
const maxKeyWords = 12

// oneOfHint tells the reader of a typed question whose answer is a list
// that one of its parts is enough; the grader takes any (gradeFillIn).
const oneOfHint = "The article names more than one: give one (the key words are enough)."

// listParts splits an answer that is a list of two to four parallel
// parts into them: "the dissolution of the Soviet Union, the revolutions
// of 1989 in Eastern Europe, and the end of the Cold War"; "to aid in
// the economic recovery of nations and to reduce the influence of
// Communist parties"; two clauses "Mao made fewer military mistakes, and
// Chiang antagonized too many interest groups". Nil for one thing, or a
// list whose parts are not alike ("detonations … underwater, in the
// atmosphere, and in outer space": the head holds the first place).
func listParts(a string) []string {
	if strings.ContainsAny(a, "\"“”()") {
		return nil // a quotation or an aside: its commas are not the list's
	}
	parts := splitTop(a)
	if len(parts) < 2 || len(parts) > 4 {
		return nil
	}
	if !nounListOff && nounList(parts) {
		return parts
	}
	lead := partLead(parts[0])
	for _, p := range parts {
		if fieldCount(p) < 2 || partLead(p) != lead {
			return nil
		}
	}
	if lead == "" {
		// clauses: each has its own subject and verb
		for _, p := range parts {
			if !hasFiniteVerb(p) || !capitalised(strings.Fields(p)[0]) {
				return nil
			}
		}
	}
	return parts
}

// nounListOff turns nounList off, for measuring.
var nounListOff bool

// nounList reports three or four parts that are things, not one thing's
// modifiers: the last opens with a determiner, none is a clause, opens
// with a preposition, "to" or "that", or is a lone -ing word, each has at
// most six words and the first no preposition: "labor, infrastructure,
// and a potentially large domestic market" (round 16 perestroika Q15,
// keyed whole with no "give one"). Not "political, economic, and
// military ties" (one head), "possessing, manufacturing, and acquiring
// nuclear weapons" (one object), "private ownership of businesses in the
// services, manufacturing, and foreign-trade sectors".
func nounList(parts []string) bool {
	if len(parts) < 3 || !articleWord(firstWord(parts[len(parts)-1])) {
		return false
	}
	for i, p := range parts {
		w := strings.Fields(p)
		if len(w) == 0 || len(w) > 6 || hasFiniteVerb(p) {
			return false
		}
		switch l := strings.ToLower(w[0]); {
		case placePrepositions[l], l == "to", l == "that", l == "of", l == "for", l == "on", l == "with", l == "by", l == "from", l == "at":
			return false
		case len(w) == 1 && strings.HasSuffix(l, "ing"):
			return false
		}
		if i == 0 {
			for _, x := range w {
				if x == "of" || x == "in" || x == "for" || x == "with" || x == "on" || x == "to" {
					return false
				}
			}
		}
	}
	return true
}

// splitTop cuts a list at ", and ", ", or ", ", " and at " and to ",
// " and that " (the parts of an infinitive or a that list need no comma).
func splitTop(a string) []string {
	for _, sep := range []string{" and to ", " and that ", " or to "} {
		if i := strings.Index(a, sep); i > 0 && !strings.Contains(a, ",") {
			j := i + strings.LastIndex(sep[:len(sep)-1], " ") + 1 // the part keeps its "to"
			return []string{a[:i], a[j:]}
		}
	}
	if !strings.Contains(a, ", and ") && !strings.Contains(a, ", or ") {
		// two long noun phrases, each with its article, joined without a
		// comma: "a reduction of interstate barriers and a dropping of
		// many regulations" (mainlist.go); not "trade and industry", not
		// two names ("the Soviet Union and the United States")
		if l, r, ok := strings.Cut(a, " and "); ok && !strings.Contains(a, ",") && !strings.Contains(r, " and ") &&
			fieldCount(l) >= 4 && fieldCount(r) >= 4 && articleWord(firstWord(l)) && strings.EqualFold(firstWord(l), firstWord(r)) &&
			!pairOpened(l) {
			return []string{l, r}
		}
		return nil
	}
	var out []string
	for _, p := range strings.Split(a, ", ") {
		p = strings.TrimPrefix(strings.TrimPrefix(p, "and "), "or ")
		out = append(out, strings.TrimSpace(p))
	}
	return out
}

// pairOpened reports a phrase that opens a pair its "and" closes: "a
// meeting between the minister and a US official", "a treaty with both
// Britain and France".
func pairOpened(l string) bool {
	for _, w := range []string{" between ", " both ", " among ", " from "} {
		if strings.Contains(" "+l+" ", w) {
			return true
		}
	}
	return false
}

// articleWord reports "a", "an" or "the".
func articleWord(w string) bool {
	w = strings.ToLower(w)
	return w == "a" || w == "an" || w == "the"
}

// partLead is the kind of a list part: "to" (an infinitive, "not to"
// too), "that", "the" (a noun phrase with a determiner), or "" (a clause
// or anything else).
func partLead(p string) string {
	w := strings.Fields(strings.ToLower(p))
	if len(w) == 0 {
		return "?"
	}
	switch {
	case w[0] == "to" || w[0] == "not" && len(w) > 1 && w[1] == "to":
		return "to"
	case w[0] == "that":
		return "that"
	case determiners[w[0]] || w[0] == "its" || w[0] == "their" || w[0] == "his" || w[0] == "her":
		return "the"
	}
	return ""
}

// partOfList reports an answer that is the first part of a list its
// sentence goes on with: "Each State Party undertakes not to carry out
// any nuclear weapon test explosion …, and to prohibit and prevent …"
// keyed on the first undertaking (round 13 CTBT Q5, C15). after is the
// sentence after the answer.
func partOfList(answer, after string) bool {
	lead := partLead(answer)
	if lead != "to" && lead != "that" {
		return false
	}
	a := after
	for _, join := range []string{", and ", ", or ", "; and ", " and ", " or ", ", "} {
		if rest, ok := strings.CutPrefix(a, join); ok {
			rest = strings.TrimPrefix(rest, "also ")
			return partLead(rest) == lead
		}
	}
	return false
}

// tailCuts open a phrase of circumstance at the end of a clause: a
// typed key over maxKeyWords words is cut before the first that leaves
// four words or more ("the breakdown in traditional supply-demand
// relationships without contributing to the formation of new ones").
var tailCuts = []string{", which ", ", who ", ", while ", ", when ", " without ", " based on ", " under the ", " under its ", " almost wholly ", " largely ", " mainly ", " partly ", " funded by ", " in order to ", " so that ", " through ", " while ", " especially ", " particularly "}

// typedKey is the key a typed phrase question shows: the answer, cut
// before its tail of circumstance when it is longer than maxKeyWords
// words ("republic and local governments withheld tax revenues from the
// central government under the growing spirit of regional autonomy").
// With no such tail a longer answer stays whole (up to maxTypedWords,
// longAnswer), its key words graded ("180 days after the 44 states listed
// in Annex 2 of the treaty have ratified it", good in rounds 12 and 13),
// unless it holds a quotation of more than five words: "" then (round 13 Marshall Q23, "that the
// "complete revival of German industry, particularly coal mining" was now
// of "primary importance" to American security").
func typedKey(a string) string {
	if fieldCount(a) <= maxKeyWords {
		return a
	}
	best := -1
	for _, c := range tailCuts {
		i := strings.Index(a, c)
		if i < 0 || fieldCount(a[:i]) < 4 || strings.Count(a[:i], "\"")%2 == 1 || strings.Count(a[:i], "“") != strings.Count(a[:i], "”") {
			continue
		}
		if best < 0 || i < best {
			best = i
		}
	}
	if best >= 0 && fieldCount(a[:best]) <= maxKeyWords {
		a = strings.TrimRight(a[:best], ",;: ")
	}
	if quotedWords(a) > 5 {
		return ""
	}
	if !coreKeyOff && fieldCount(a) > maxClauseKeyWords {
		a = coreKey(a)
		if fieldCount(a) > maxClauseKeyWords && clauseKey(a) && !strings.HasPrefix(a, "that ") {
			// round 16: "the Chinese Communists were able to fill the
			// political vacuum left in Manchuria", "any threat to socialist
			// rule in any state of the Soviet bloc was a threat to them
			// all": a clause a student would not type back; a noun phrase
			// ("detonations … underwater, in the atmosphere, and in outer
			// space") is graded by its key words, and so is what a text
			// says, led by "that" ("that a country does not recognize and
			// conduct any official relations with the other party", good in
			// round 16)
			return ""
		}
	}
	return a
}

// maxClauseKeyWords is the longest clause a typed key may be: a reason,
// an aim or what was said, as a student would write it (round 16: keys
// of 13 to 18 words, "too long to type").
const maxClauseKeyWords = 10

// coreKeyOff turns coreKey and the clause cap off, for measuring.
var coreKeyOff bool

// clauseKey reports a key that is a clause, an aim or a that-clause
// rather than a noun phrase: it opens with "to", "in order to" or
// "that", or its main part (before "after", "before", "until", "when",
// "once") has a finite verb. "180 days after the 44 states … have
// ratified it" is a noun phrase.
func clauseKey(a string) bool {
	switch l := strings.ToLower(a); {
	case strings.HasPrefix(l, "to "), strings.HasPrefix(l, "in order to "), strings.HasPrefix(l, "that "), strings.HasPrefix(l, "not to "):
		return true
	}
	main := a
	for _, sub := range []string{" after ", " before ", " until ", " when ", " once "} {
		if i := strings.Index(main, sub); i > 0 {
			main = main[:i]
		}
	}
	for _, w := range strings.Fields(main) {
		switch w { // lower case: "May" is a month
		case "do", "does", "did", "have", "will", "would", "can", "could", "must", "should", "may", "might":
			return true
		}
	}
	return hasFiniteVerb(main)
}

// coreKey cuts a long key to its core, the first cut that leaves four to
// maxClauseKeyWords words: an aim's further aim ("to make socialism work
// more efficiently to better meet the needs of Soviet citizens" → "to
// make socialism work more efficiently"), a means ("… peaceful relations
// with all nations by adopting a policy of neutrality" → "… peaceful
// relations with all nations"). Else the key as it is.
func coreKey(a string) string {
	w := strings.Fields(a)
	aim := strings.EqualFold(w[0], "to") || len(w) > 2 && strings.EqualFold(w[0], "in") && w[1] == "order" && w[2] == "to"
	for i := 4; i < len(w)-1 && i <= maxClauseKeyWords; i++ {
		next := w[i+1]
		switch {
		case aim && w[i] == "to" && aimVerb(next) && !toPreposition[strings.ToLower(w[i-1])]:
		case w[i] == "by" && strings.HasSuffix(next, "ing") && isLowerWord(next):
		default:
			continue
		}
		return strings.TrimRight(strings.Join(w[:i], " "), ",;:")
	}
	return a
}

// aimVerb reports a word that may be the verb of an infinitive of aim
// after "to": a lower-case word that is no determiner, pronoun, figure,
// plural or adjective ("to protect", "to better meet"; not "to them",
// "to the", "to nations", "to economic independence").
func aimVerb(w string) bool {
	if !isLowerWord(w) || determiners[w] || predCountWords[w] {
		return false
	}
	switch w {
	case "them", "him", "her", "it", "us", "me", "its", "their", "his", "our", "which", "whom", "what", "be", "this", "that", "these", "those":
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	for _, suf := range []string{"al", "ic", "ous", "ful", "less", "ary", "ese"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// toPreposition are words after which "to" is a preposition, not the
// mark of an infinitive: "come to power", "closer to", "access to".
var toPreposition = map[string]bool{"come": true, "came": true, "go": true, "went": true, "return": true, "returned": true,
	"lead": true, "led": true, "move": true, "moved": true, "rise": true, "rose": true, "turn": true, "turned": true,
	"back": true, "close": true, "closer": true, "up": true, "down": true, "due": true, "according": true, "prior": true,
	"similar": true, "equal": true, "opposed": true, "compared": true, "relative": true, "access": true, "way": true,
	"next": true, "contrary": true, "addition": true, "respect": true, "regard": true, "threat": true, "key": true}

// quotedWords counts the words of a phrase between quotation marks.
func quotedWords(a string) int {
	n, in := 0, false
	for _, w := range strings.Fields(a) {
		opens := strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“")
		closes := len(w) > 1 && (strings.HasSuffix(strings.TrimRight(w, ",.;:"), "\"") || strings.HasSuffix(strings.TrimRight(w, ",.;:"), "”"))
		if opens {
			in = true
		}
		if in {
			n++
		}
		if closes {
			in = false
		}
	}
	return n
}

// typedAnswer is the key of a typed phrase question and, for a list,
// its parts, any one of which is right: a list of two to four parts each
// of at most maxKeyWords words (cut by typedKey), or one phrase cut to at
// most maxKeyWords words. Not ok for a long list of unlike parts ("to
// rebuild war-torn regions, remove trade barriers, modernize industry,
// …"), an answer that says nothing ("each of the obstacles to postwar
// recovery", round 13 Marshall Q16) or one no cut makes short.
func typedAnswer(a string) (key string, parts []string, ok bool) {
	if vagueAnswer(a) {
		return "", nil, false
	}
	if ps := listParts(a); ps != nil {
		for _, p := range ps {
			k := typedKey(p)
			if k == "" {
				return "", nil, false
			}
			parts = append(parts, k)
		}
		return a, parts, true
	}
	if longAnswer(a) {
		if short := withoutInnerPlaces(a); short != a && !longAnswer(short) {
			a = short // the point without where, which its stem or sentence says
		} else {
			return "", nil, false // round 9: "to rebuild war-torn regions, remove trade barriers, modernize industry, …" to type
		}
	}
	if key = typedKey(a); key == "" {
		return "", nil, false
	}
	return key, nil, true
}

// relationHeads are nouns of a tie between two parties: the party moves
// to a what-did question's stem ("What did Japan establish with the PRC
// in 1972?" → "diplomatic relations"), which else has many fair answers
// (round 13 China C12 "What did Japan establish in 1972?").
var relationHeads = map[string]bool{"relations": true, "ties": true, "contacts": true, "links": true, "treaty": true, "agreement": true,
	"alliance": true, "talks": true, "negotiations": true, "pact": true, "partnership": true, "trade": true, "dialogue": true}

// partnerTail cuts "with PARTY" off an object whose head is a tie
// between parties: "diplomatic relations with the PRC" → "diplomatic
// relations", " with the PRC". The object stays whole when the head is
// no tie ("a meeting of officials with …" is asked as it is), when the
// party is not named, or when nothing would be left but the head.
func partnerTail(obj string) (string, string) {
	i := strings.Index(obj, " with ")
	if i < 0 || strings.ContainsAny(obj, ",;") {
		return obj, ""
	}
	head, party := obj[:i], obj[i+len(" with "):]
	hw := strings.Fields(head)
	if len(hw) < 2 || len(hw) > 4 || !relationHeads[strings.ToLower(hw[len(hw)-1])] {
		return obj, ""
	}
	pw := strings.Fields(party)
	if len(pw) == 0 || len(pw) > 6 || !capitalised(pw[len(pw)-1]) {
		return obj, "" // "relations with its neighbours": which ones, the stem would not say
	}
	return head, " with " + party
}

// settingIntros open a sentence's setting in time: a question that drops
// such an opening loses when the act took place.
var settingIntros = map[string]bool{"during": true, "after": true, "before": true, "following": true, "within": true,
	"throughout": true, "until": true, "upon": true, "in": true, "by": true, "from": true, "between": true}

// lostSetting reports a what-did stem that loses what told its act from
// the subject's others, with no date or place of its own left (ask is
// what the stem adds after the verb): an opening of time of more than
// five words dropped ("During the first three years of occupation of
// Germany, the UK and US pursued …"), or "also" before the verb ("The United Nations also
// launched …": the sentence before tells another launch).
func lostSetting(c clause, ask string) bool {
	ask += c.tail()
	if strings.ContainsAny(ask, "0123456789") || c.underIntro() != "" {
		return false
	}
	if fieldCount(c.intro) > 5 && c.tail() == "" && settingIntros[strings.ToLower(firstWord(c.intro))] {
		// a long opening names a period ("After six weeks of talks,
		// Molotov rejected …" keeps its question: the rejection is told
		// apart by sameActElsewhere)
		return true
	}
	if c.subjAt+c.subjLen <= c.after && c.after <= len(c.text) {
		between := " " + c.text[c.subjAt+c.subjLen:c.after]
		if strings.Contains(between, " also ") && !placeTail(ask) {
			return true
		}
	}
	return false
}

// placePrepositions open a phrase of where inside an answer.
var placePrepositions = map[string]bool{"in": true, "across": true, "throughout": true}

// withoutInnerPlaces is a phrase with the named places that qualify a
// noun inside it left out, for a typed key: "any threat to socialist rule
// in any state of the Soviet bloc in Eastern Europe was a threat to them
// all" → "… of the Soviet bloc was a threat to them all" (21 words to type
// → 18; round 14 D: what the doctrine said was never asked). A place is
// "in", "across" or "throughout", perhaps "the", then capitalised words
// only, with more of the phrase after it: a place that ends the phrase,
// or one with a common word ("in the Soviet bloc"), stays.
func withoutInnerPlaces(a string) string {
	w := strings.Fields(a)
	var out []string
	for i := 0; i < len(w); i++ {
		if placePrepositions[w[i]] && i > 0 {
			j := i + 1
			if j < len(w) && w[j] == "the" {
				j++
			}
			k := j
			for k < len(w) && capitalised(w[k]) && !strings.ContainsAny(w[k], ",;:()\"“”") {
				k++
			}
			if k > j && k < len(w) && isLowerWord(w[k]) {
				i = k - 1 // "in Eastern Europe" before "was a threat": left out
				continue
			}
		}
		out = append(out, w[i])
	}
	return strings.Join(out, " ")
}
