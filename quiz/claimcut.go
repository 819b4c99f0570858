package quiz

import (
	"regexp"
	"strings"
	"unicode"
)

// Round 18 (issue 18): true statements were the article's sentences
// word for word (perestroika Q2 "In July 1987, the Supreme Soviet …
// passed the Law on State Enterprise.", Potsdam Q4 "… according to the
// Truman Doctrine, whereafter East Germany had to cope with the impact
// alone."): a student recognises the sentence rather than judges the
// claim. A statement now says its main claim in its own order: a
// fronted circumstance that holds neither the fact nor the swap goes
// ("With strong support from the UN General Assembly, negotiations …
// began in 1993." → "Negotiations … began in 1993."), a trailing
// "whereafter"/"whereupon" clause goes, and a fronted "In <date>," moves
// behind the clause it dates ("The Supreme Soviet … passed the Law on
// State Enterprise in July 1987."). The same cuts apply to true and
// false statements alike, so that the form tells nothing.

// claimOrderOff turns these cuts off, for measuring what they change.
var claimOrderOff bool

// circumstanceOpeners open a fronted clause or phrase that sets the
// scene of a claim without changing what the claim says: the claim is
// true without it. Openers that bound the claim in time or by a cause
// ("when", "after", "before", "as", "because", "if", "until") stay.
var circumstanceOpeners = map[string]bool{"with": true, "given": true, "while": true, "whilst": true, "although": true,
	"though": true, "despite": true, "amid": true, "amidst": true, "notwithstanding": true}

// trailingRiders open a closing clause that tells what came next; the
// claim before them is whole without it.
var trailingRiders = []string{", whereafter ", ", whereupon ", ", after which "}

// mainClaimOnly applies the round-18 cuts to a statement; keep is the
// fact (or its swap) the statement must still hold.
func mainClaimOnly(s, keep string) string {
	if claimOrderOff {
		return s
	}
	for _, r := range trailingRiders {
		if i := strings.Index(s, r); i > 0 && !strings.Contains(s[i:], keep) && len(strings.Fields(s[:i])) >= minClaimWords {
			s = s[:i] + endMark(s)
			break
		}
	}
	if c := strings.Index(s, ", "); c > 0 && circumstanceOpeners[strings.ToLower(firstWord(s))] && len(strings.Fields(s[:c])) <= maxOpenerWords &&
		!strings.Contains(s[:c], keep) && !strings.ContainsAny(s[:c], "\"“”") {
		rest := s[c+2:]
		if len(strings.Fields(rest)) >= minClaimWords && !startsWithPronoun(rest) && !leansBack[strings.ToLower(firstWord(rest))] &&
			!listContinues(rest) && (subjectOpens(rest) || nounOpens(rest)) {
			s = capitaliseFirst(rest)
		}
	}
	return dateBehind(s, keep)
}

// dateBehind moves a fronted "In <date>, " or "On <date>, " behind the
// one clause it dates: "In 2013, Mongolia established its Dialogue
// Initiative." → "Mongolia established its Dialogue Initiative in
// 2013." It leaves a statement alone whose rest has a comma, a
// semicolon, a second clause ("and", "but") or a quotation, where the
// date would come to qualify only the last part, a "first", "last" or
// "only" whose scope the date would change, and a rest that opens with
// no subject.
func dateBehind(s, keep string) string {
	var prep string
	switch {
	case strings.HasPrefix(s, "In "):
		prep = "in "
	case strings.HasPrefix(s, "On "):
		prep = "on "
	default:
		return s
	}
	c := strings.Index(s, ", ")
	if c < 0 || s[3:c] != keep && !reWholeDate.MatchString(s[3:c]) || !reYear.MatchString(s[3:c]) {
		return s // the date may be the fact or another ("In July 1987, the Supreme Soviet passed the _____")
	}
	keep = s[3:c]
	rest := s[c+2:]
	end := endMark(rest)
	if !strings.HasSuffix(rest, end) || strings.ContainsAny(rest, ",;:\"“”()") || !subjectOpens(rest) || startsWithPronoun(rest) {
		return s
	}
	low := " " + strings.ToLower(rest)
	if strings.Contains(low, " and ") || strings.Contains(low, " but ") || strings.Contains(low, " which ") || strings.Contains(low, " who ") ||
		strings.Contains(low, " first ") || strings.Contains(low, " last ") || strings.Contains(low, " only ") || len(strings.Fields(rest)) < 4 {
		// "… was the first president of China to visit the United States in
		// 1985" would read as the first visit of that year
		return s
	}
	return capitaliseFirst(strings.TrimSuffix(rest, end)) + " " + prep + keep + end
}

// notSubjects open a clause but are no subject: a conjunction, a
// preposition, an adverb that continues the opener.
var notSubjects = map[string]bool{"and": true, "but": true, "or": true, "nor": true, "so": true, "yet": true, "then": true,
	"which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true, "while": true, "as": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "of": true, "to": true, "with": true,
	"not": true, "also": true, "still": true, "even": true, "however": true, "thus": true, "there": true, "such": true,
	"most": true, "many": true, "some": true, "all": true}

// nounOpens reports a clause that opens with a lower-case word that can
// be a plural or mass noun subject ("negotiations began …"): no
// conjunction, preposition or adverb, nor a word ending in "-ly" or
// "-ing".
func nounOpens(s string) bool {
	w := strings.ToLower(strings.Trim(firstWord(s), ",;:"))
	if w == "" || notSubjects[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
		return false
	}
	r := []rune(firstWord(s))
	return unicode.IsLower(r[0])
}

// reWholeDate matches a phrase that is a date and nothing more: "1987",
// "July 1987", "5 August 1963", "June 5, 1947", "early 1950".
var reWholeDate = regexp.MustCompile(`^(?:(?:early|mid|late)[- ])?(?:\d{1,2} )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:\d{1,2}, )?(?:1\d{3}|20\d{2})$`)
