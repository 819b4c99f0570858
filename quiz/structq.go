package quiz

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// ClauseFact is the kind of an answer that is a phrase of its sentence
// rather than a name, a date or a figure: what a policy did, why
// something happened, what it led to.
const ClauseFact FactKind = "clause"

// clause is a sentence read as a subject, a verb and what follows:
// "In July 1987, the Supreme Soviet passed the Law on State Enterprise."
// is intro "In July 1987", subject "the Supreme Soviet", verb "passed",
// object "the Law on State Enterprise".
type clause struct {
	text    string // the sentence without its citation marks and final stop
	intro   string // a leading time or place ("In July 1987"), or ""
	subj    string // as written, its first word lower-cased unless a name
	subjAt  int    // where the subject starts in text
	subjLen int    // the subject's length as written
	subjRaw string // the subject as written
	aux     string // "was" or "were" before a participle or a predicate, else ""
	verb    string // the verb as written ("passed")
	base    string // its base form ("pass"), for a simple past
	after   int    // where the words after the verb start in text
}

// reCitation finds a footnote mark: "[7]", "[citation needed]".
var reCitation = regexp.MustCompile(`\s*\[(?:\d+|[a-z][a-z ]{0,25})\]`)

// introPrepositions open a leading phrase of time or place.
var introPrepositions = map[string]bool{"in": true, "on": true, "at": true, "by": true, "during": true, "from": true,
	"after": true, "before": true, "following": true, "under": true, "between": true, "within": true, "throughout": true,
	"for": true, "despite": true, "with": true, "through": true, "upon": true}

// clauseOpeners open a sentence whose first words are no subject of its
// own: a pronoun, a connective, a subordinate clause.
var clauseOpeners = map[string]bool{"it": true, "this": true, "these": true, "those": true, "that": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "his": true, "her": true, "their": true, "its": true, "there": true, "however": true,
	"although": true, "though": true, "when": true, "while": true, "if": true, "as": true, "because": true, "despite": true,
	"such": true, "another": true, "one": true, "both": true, "some": true, "many": true, "most": true, "other": true,
	"since": true, "so": true, "thus": true, "also": true, "then": true, "yet": true, "but": true, "and": true, "or": true,
	"instead": true, "meanwhile": true, "moreover": true, "furthermore": true, "nevertheless": true, "still": true,
	"here": true, "where": true, "what": true, "which": true, "who": true, "each": true, "all": true, "neither": true,
	"either": true, "further": true, "similarly": true, "likewise": true, "indeed": true, "later": true, "afterwards": true,
	"subsequently": true, "consequently": true, "therefore": true, "hence": true, "accordingly": true, "for": true,
	"with": true, "without": true, "to": true, "of": true, "according": true, "unlike": true, "like": true, "whereas": true}

// stopVerbs are verbs whose object says little on its own ("took place",
// "gave a speech", "played a part") or that only link or report.
var stopVerbs = map[string]bool{"be": true, "have": true, "do": true, "make": true, "take": true, "give": true, "get": true,
	"go": true, "come": true, "become": true, "remain": true, "seem": true, "appear": true, "begin": true, "start": true,
	"continue": true, "try": true, "want": true, "need": true, "say": true, "tell": true, "think": true, "know": true,
	"feel": true, "see": true, "follow": true, "include": true, "consist": true, "last": true, "number": true, "total": true,
	"amount": true, "estimate": true, "occur": true, "happen": true, "exist": true, "live": true, "die": true, "serve": true,
	"act": true, "play": true, "stand": true, "fall": true, "rise": true, "increase": true, "decrease": true, "grow": true,
	"use": true, "find": true, "put": true, "let": true, "keep": true, "hold": true, "meet": true, "win": true, "lose": true,
	"reach": true, "mark": true, "call": true, "name": true, "describe": true, "refer": true, "note": true, "add": true,
	"write": true, "speak": true, "talk": true, "read": true, "hear": true, "leave": true, "return": true, "run": true,
	"decline": true, "fail": true, "seek": true, "aim": true, "lead": true, "result": true, "cause": true, "help": true,
	"mean": true, "involve": true, "face": true, "spend": true, "send": true, "pay": true, "lend": true, "open": true, "bring": true, "quit": true,
	"view": true, "regard": true, "consider": true, "deem": true, "present": true, "show": true}

// objectStops end the object of a verb: a clause of its own begins.
var objectStops = []string{",", ";", ":", " (", " –", " —", " which ", " who ", " whom ", " whose ", " where ", " when ",
	" while ", " because ", " in order ", " so that ", " so as ", " as ", " but ", " although ", " though ", " after ",
	" before ", " until ", " since ", " thus ", " thereby ", " leading ", " despite ", " if ", " unless ", " whereas "}

// objectOpeners may not begin an object: the verb took a preposition or a
// pronoun, and "What did … do?" has no thing for its answer.
var objectOpeners = map[string]bool{"to": true, "in": true, "on": true, "at": true, "for": true, "with": true, "from": true,
	"about": true, "into": true, "over": true, "under": true, "through": true, "between": true, "against": true,
	"as": true, "by": true, "of": true, "up": true, "out": true, "off": true, "down": true, "away": true, "back": true,
	"it": true, "them": true, "him": true, "her": true, "this": true, "these": true, "those": true, "itself": true,
	"themselves": true, "himself": true, "herself": true, "not": true, "also": true, "there": true, "so": true,
	"such": true, "its": true, "their": true, "his": true, "both": true, "then": true, "again": true, "too": true,
	"and": true, "or": true, "but": true, "that": true, "what": true, "how": true, "whether": true}

// verbAdverbs may stand between a subject and its verb; the question
// leaves them out ("virtually eliminated" → "What did … eliminate?").
var verbAdverbs = map[string]bool{"also": true, "formally": true, "officially": true, "jointly": true, "initially": true,
	"eventually": true, "finally": true, "subsequently": true, "largely": true, "effectively": true, "virtually": true,
	"quickly": true, "immediately": true, "successfully": true, "publicly": true, "secretly": true, "unilaterally": true,
	"originally": true, "first": true, "later": true, "soon": true, "further": true, "gradually": true, "openly": true}

// auxBlockers before a verb make the sentence no simple statement of
// what was done: a modal, a negation, another tense.
var auxBlockers = map[string]bool{"would": true, "could": true, "should": true, "might": true, "will": true, "can": true,
	"may": true, "must": true, "did": true, "does": true, "do": true, "has": true, "have": true, "had": true, "is": true,
	"are": true, "be": true, "been": true, "being": true, "not": true, "never": true, "shall": true}

// reDateIntro finds a sentence's opening time: "In 1947", "On 5 June
// 1947", "By the late 1980s", "In March 1948".
var reDateIntro = regexp.MustCompile(`^(?:In|On|By|During|Until|After|Before|Since) (?:the )?(?:(?:early|mid|late)[- ])?(?:\d{1,2} )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:\d{1,2}, )?\d{4}s?\b`)

// reTrailingDate finds a time at the end of an object, which belongs to
// the question rather than to its answer: "Mongolia in 1986", "the
// doctrine in the late 1980s", "the treaty in Moscow on 24 May 2002".
var reTrailingDate = regexp.MustCompile(`\s(?:in|on|during|by|from|between|until|since|after|before|at the end of|at the start of|as early as)\s+(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)`)

// parseClause reads a sentence as subject, verb and the rest; ok is false
// for a sentence that does not open with a subject it names, or whose verb
// is not a simple past or a "was/were" predicate.
func parseClause(sentence string) (clause, bool) {
	t := strings.TrimSpace(withoutAsides(withoutCitations(sentence)))
	t = strings.TrimRight(t, ".!?")
	c := clause{text: t}
	if strings.ContainsAny(t, "\t?") || unbalancedQuotes(t) {
		return c, false // a table row, a question, a cut quotation
	}
	at := 0
	first := strings.ToLower(firstWord(t))
	if m := reDateIntro.FindStringSubmatchIndex(t); m != nil && strings.HasPrefix(t[m[1]:], " ") {
		// "In 1947 Truman announced …": a date opens the sentence without a comma
		c.intro = strings.TrimSpace(t[:m[1]])
		at = m[1]
		for at < len(t) && t[at] == ' ' {
			at++
		}
		first = strings.ToLower(firstWord(t[at:]))
	} else if introPrepositions[first] {
		comma := strings.Index(t, ", ")
		if comma < 0 || len(strings.Fields(t[:comma])) > 14 {
			return c, false
		}
		c.intro = t[:comma]
		at = comma + 2
		first = strings.ToLower(firstWord(t[at:]))
	}
	if w0 := strings.Fields(t[at:] + " x")[0]; at == 0 && strings.HasSuffix(w0, ",") && (timeAdverbs[strings.ToLower(strings.TrimSuffix(w0, ","))] || sideAdverb(w0)) {
		// "Today, Mongolia enjoys …", "Externally, the treaty led to …"
		c.intro = strings.TrimSuffix(w0, ",")
		at = len(w0) + 1
		first = strings.ToLower(firstWord(t[at:]))
	}
	if clauseOpeners[first] || introPrepositions[first] || first == "" {
		return c, false
	}
	words := wordSpans(t[at:])
	var subj []string
	for i, sp := range words {
		w := t[at+sp[0] : at+sp[1]]
		lw := strings.ToLower(w)
		if strings.ContainsAny(w, ",;:()") && i+1 < len(words) {
			return c, false // an apposition or a list: no plain subject
		}
		if reportingVerbs[lw] {
			return c, false // "Westad says the Communists won …": a report, not the event
		}
		if strings.ContainsAny(w, "\"“”") {
			return c, false // a quotation in the subject
		}
		if auxBlockers[lw] && !((lw == "has" || lw == "have" || lw == "is" || lw == "are") && len(subj) > 0) || lw == "which" || lw == "who" || lw == "that" || lw == "then" || lw == "and" && len(subj) == 0 {
			return c, false
		}
		if (lw == "was" || lw == "were" || lw == "is" || lw == "are") && len(subj) > 0 {
			c.aux = lw
			c.after = at + sp[1] + 1
			break
		}
		if (lw == "has" || lw == "have") && len(subj) > 0 {
			// "Mongolia has actively pursued …": the present perfect
			k := i + 1
			if k < len(words) && isAdverb(t[at+words[k][0]:at+words[k][1]]) {
				k++
			}
			if k >= len(words) {
				return c, false
			}
			part := t[at+words[k][0] : at+words[k][1]]
			if part == "been" && k+1 < len(words) {
				// "Mongolia has been considered …": a passive, asked why only
				c.aux = lw + " been"
				c.after = at + words[k][1] + 1
				break
			}
			base, ok := participleBase(part)
			if !ok {
				return c, false // "has a", "have to"
			}
			c.aux, c.verb, c.base = lw, part, base
			c.after = at + words[k][1] + 1
			break
		}
		if i > 0 && len(subj) > 0 && capitalised(strings.Trim(subj[len(subj)-1], "’'")) && presentVerb(lw) && lw == w && i+1 < len(words) &&
			objectStart(t[at+words[i+1][0]:at+words[i+1][1]]) {
			// "Mongolia enjoys an internationally recognized status": a name,
			// then a verb in -s, then a determiner or a name
			c.aux, c.verb, c.base = "does", lw, presentBase(lw)
			c.after = at + sp[1] + 1
			break
		}
		if i > 0 && lw == w && pastVerb(lw) && !determiners[strings.ToLower(subj[len(subj)-1])] {
			base, ok := baseForm(lw)
			if !ok {
				return c, false
			}
			c.verb, c.base = lw, base
			c.after = at + sp[1] + 1
			break
		}
		if i > 0 && verbAdverbs[lw] && i+1 < len(words) {
			nw := t[at+words[i+1][0] : at+words[i+1][1]]
			if pastVerb(nw) && nw == strings.ToLower(nw) {
				continue // "formally ended": the adverb is left out
			}
		}
		subj = append(subj, w)
		if len(subj) > 10 {
			return c, false
		}
	}
	for len(subj) > 1 && strings.HasSuffix(subj[len(subj)-1], "ly") && isLowerWord(subj[len(subj)-1]) {
		subj = subj[:len(subj)-1] // "the process arguably exacerbated": the adverb is left out
	}
	c.after = min(c.after, len(t)) // "Tax revenues declined": nothing after the verb
	if c.verb == "" && c.aux == "" || len(subj) == 0 {
		return c, false
	}
	last := strings.ToLower(subj[len(subj)-1])
	if subjectEnders[last] || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return c, false // "The proposed", "a limited": the subject is cut
	}
	c.subj = strings.Join(subj, " ")
	c.subjAt = at
	c.subjLen = len(c.subj)
	c.subjRaw = c.subj
	if w := firstWord(c.subj); w == "The" || w == "A" || w == "An" {
		c.subj = strings.ToLower(w) + c.subj[len(w):]
	}
	if c.aux == "" && strings.HasPrefix(t[c.after:], "not ") {
		return c, false
	}
	return c, true
}

// reportingVerbs report what someone says rather than what happened.
var reportingVerbs = map[string]bool{"says": true, "said": true, "argues": true, "argued": true, "writes": true,
	"wrote": true, "notes": true, "noted": true, "claims": true, "claimed": true, "believes": true, "believed": true,
	"states": true, "suggests": true, "suggested": true, "contends": true, "contended": true, "maintains": true,
	"asserts": true, "asserted": true, "thinks": true, "thought": true, "observes": true, "observed": true}

// subjectEnders cannot end a subject: a determiner, a preposition, a
// conjunction.
var subjectEnders = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true,
	"in": true, "on": true, "for": true, "with": true, "by": true, "from": true, "at": true, "its": true, "their": true,
	"his": true, "her": true, "this": true, "that": true, "these": true, "those": true, "as": true, "than": true}

// pastVerb reports a simple past tense: pastTense, and the few regular
// verbs in -eed ("agreed").
func pastVerb(w string) bool {
	switch w {
	case "agreed", "guaranteed", "freed", "decreed":
		return true
	case "red", "hundred", "sacred", "kindred", "naked", "wicked", "so-called", "advanced", "detailed", "concerned",
		"interested", "supposed", "alleged", "united", "limited":
		return false // adjectives more often than verbs
	}
	return pastTense(w)
}

// hasFiniteVerb reports a finite verb in a phrase: a past tense or a form
// of be or have.
func hasFiniteVerb(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",;:()")
		if w == "was" || w == "were" || w == "is" || w == "are" || w == "had" || w == "has" || pastVerb(w) {
			return true
		}
	}
	return false
}

// wordSpans are the byte spans of the words of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// objectOf is the verb's object: the words after it up to the end of its
// clause, or "" when they do not make a thing to ask for.
func objectOf(rest string) (string, string) {
	if strings.HasPrefix(rest, "that ") {
		// "stipulated that state enterprises were free …": the whole
		// clause, to its first stop
		end := len(rest)
		for _, st := range []string{";", ":", " (", " because ", " in order ", " so that ", " whereas "} {
			if i := strings.Index(rest, st); i >= 0 && i < end {
				end = i
			}
		}
		obj := strings.TrimSpace(rest[:end])
		if n := len(strings.Fields(obj)); n < 4 || n > 22 {
			return "", ""
		}
		return obj, ""
	}
	obj, when := splitObject(rest, true)
	w := strings.Fields(obj)
	for len(w) > 2 && pastVerb(w[len(w)-1]) {
		// "scrapped Directive 1067 implemented": a participle that opened a
		// clause of its own
		w = w[:len(w)-1]
		obj = strings.Join(w, " ")
	}
	if len(w) == 0 || len(w) > 16 || objectOpeners[strings.ToLower(w[0])] || hasClauseVerb(w) {
		return "", ""
	}
	if len(w) == 1 && !capitalised(w[0]) || len(w) > 1 && len(keyWordsOf(obj)) < 2 && !capitalised(w[len(w)-1]) {
		return "", "" // "several countries", "the monopoly": too little to ask for
	}
	if len(w) == 2 && (w[0] == "the" || w[0] == "a" || w[0] == "an") && isLowerWord(w[1]) {
		return "", "" // "the monopoly", "a report": which one is said elsewhere
	}
	if len(w) > 2 && capitalised(w[0]) && (w[1] == "the" || w[1] == "a" || w[1] == "an") {
		return "", "" // "proclaimed Taipei the temporary capital": two objects, no one thing
	}
	if reTheTwo.MatchString(obj) || possessivePronoun(w) {
		return "", ""
	}
	return obj, when
}

// splitObject cuts the words after a verb at the end of its clause
// ("allowed X and introduced Y", "amended X and Roosevelt moved …", ",
// which …") and, with dates, before a time at its end, which it returns
// as the question's tail: "visited Mongolia in 1986" → "Mongolia", " in
// 1986".
func splitObject(rest string, brackets bool) (obj, when string) {
	end := len(rest)
	for _, st := range objectStops {
		if !brackets && st == " (" {
			continue
		}
		if i := strings.Index(rest, st); i >= 0 && i < end {
			if (st == " since " || st == " after " || st == " before " || st == " until ") && reTrailingDate.MatchString(rest[i:]) {
				continue // "since the 1990s": a time, which goes to the question
			}
			end = i
		}
	}
	ws := wordSpans(rest[:end])
	for i, sp := range ws {
		if w := rest[sp[0]:sp[1]]; (w == "and" || w == "or") && i+1 < len(ws) {
			for k := i + 1; k < len(ws) && k <= i+4; k++ {
				if nw := rest[ws[k][0]:ws[k][1]]; pastVerb(nw) || k == i+1 && (verbAdverbs[nw] || finiteBe[nw]) {
					end = sp[0] // a clause of its own follows
					break
				}
			}
			if end == sp[0] {
				break
			}
		}
	}
	obj = strings.TrimSpace(rest[:end])
	if end < len(rest) && rest[end] == ',' {
		// "private ownership of businesses in the services, manufacturing,
		// and foreign-trade sectors": a list goes on after the comma
		if m := reListTail.FindStringSubmatchIndex(rest[end:]); m != nil {
			long, _ := splitObject(rest[:end]+strings.ReplaceAll(rest[end:end+m[3]], ",", "\x00")+rest[end+m[3]:], brackets)
			long = strings.ReplaceAll(long, "\x00", ",")
			// a list only when its "and" survives: ", led by X and the text
			// was endorsed" is a clause, not the list's last item
			if lw := lastWord(long); lw != "and" && lw != "or" && !strings.HasSuffix(long, ",") && (strings.Contains(long, " and ") || strings.Contains(long, " or ")) {
				return trailingDate(long)
			}
		}
	}
	return trailingDate(obj)
}

var finiteBe = map[string]bool{"is": true, "was": true, "were": true, "are": true, "had": true, "has": true, "have": true}

// reListTail finds the rest of a list after its first comma: ", B, and C".
var reListTail = regexp.MustCompile(`^((?:, [^,;:()]{1,30}?)+,? (?:and|or) [^,;:()]{1,40}?)(?:$|[,;:(])`)

// trailingDate moves a time at the end of an object to the question.
func trailingDate(obj string) (string, string) {
	when := ""
	if m := reTrailingDate.FindStringIndex(obj); m != nil && m[0] > 0 {
		when = " " + strings.TrimSpace(obj[m[0]:])
		obj = strings.TrimSpace(obj[:m[0]])
	}
	return obj, when
}

// keyWordsOf are a phrase's key words without quantifiers: "several
// countries" says one thing.
func keyWordsOf(s string) []string {
	var out []string
	for _, k := range keyWords(s) {
		if !quantifiers[k] {
			out = append(out, k)
		}
	}
	return out
}

var quantifiers = map[string]bool{"sever": true, "vario": true, "numer": true, "few": true, "certa": true, "each": true, "every": true, "both": true}

// possessivePronoun reports a possessive pronoun among words: "his
// programme" leans on a name said before.
func possessivePronoun(w []string) bool {
	for i, x := range w {
		switch strings.ToLower(x) {
		case "their", "them":
			if pluralBefore(w[:i]) {
				continue // "any state … was a threat to them all": the phrase says whom
			}
			return true
		case "his", "her", "its", "it", "they", "he", "she", "this", "these", "those", "such", "similar",
			"same", "latter", "former", "aforementioned", "another", "further", "additional":
			return true // "such nations", "similar aid programs": which is said elsewhere
		case "above":
			if i > 0 && strings.EqualFold(w[i-1], "the") {
				return true // "the above measures"; "yields above 150 kilotons" is a preposition
			}
		}
	}
	return false
}

// pluralBefore reports, among the words before a plural object or
// possessive pronoun, the group it stands for: a plural noun after a
// determiner, a quantifier or a preposition ("most nations … exhausted
// their treasuries", "the right of nations to their own integrity") or a
// noun after a distributive ("any state of the bloc … a threat to them all"). "their
// advisers", "a threat to them" and "the treaty bans their tests" (a
// verb, no group) lean on a sentence before.
func pluralBefore(w []string) bool {
	for j, x := range w {
		x = strings.Trim(x, ",;:()“”\"")
		l := strings.ToLower(x)
		if j == 0 {
			continue // "troops in their German occupation zone": whose zone, the sentence before may say
		}
		prev := strings.ToLower(strings.Trim(w[j-1], ",;:()“”\""))
		if distributives[prev] && isLowerWord(l) && !determiners[l] {
			return true // "any state", "every member", "each country"
		}
		if (determiners[prev] || groupQuantifiers[prev] || nounPrepositions[prev]) && pluralNoun(x) {
			return true // "the Soviets", "most nations", "all parties", "of nations"
		}
	}
	return false
}

var distributives = map[string]bool{"any": true, "every": true, "each": true}

var nounPrepositions = map[string]bool{"of": true, "for": true, "among": true, "between": true, "with": true, "by": true, "from": true, "in": true, "on": true}

var groupQuantifiers = map[string]bool{"all": true, "both": true, "most": true, "many": true, "some": true, "other": true, "several": true, "few": true}

// pluralNoun reports a word of a plural noun's form: "nations", "states",
// "Soviets"; not "was", "this", "its", "thus", "across", "process".
func pluralNoun(x string) bool {
	l := strings.ToLower(x)
	if len(l) < 4 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "us") ||
		strings.HasSuffix(l, "is") || strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") || sWordNotPlural[l] {
		return false
	}
	for _, r := range l {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

var sWordNotPlural = map[string]bool{"does": true, "has": true, "was": true, "whereas": true, "perhaps": true, "always": true,
	"sometimes": true, "besides": true, "towards": true, "afterwards": true, "its": true, "this": true, "thus": true}

// tail puts a leading time or place after the question: "In July 1987" →
// " in July 1987"; a longer or vaguer opening is left out.
func (c clause) tail() string {
	if timeAdverbs[strings.ToLower(c.intro)] {
		return " " + strings.ToLower(c.intro) // "What does Mongolia enjoy today?"
	}
	if c.intro == "" {
		return ""
	}
	if len(strings.Fields(c.intro)) > 5 {
		// "Within the first two quarters of 2024 alone" → " in 2024": a
		// long opening of time keeps its one year
		if ys := reYear.FindAllString(c.intro, -1); len(ys) == 1 && longTimeIntro[strings.ToLower(firstWord(c.intro))] && !hasFiniteVerb(c.intro) {
			return " in " + ys[0]
		}
		return ""
	}
	if !strings.ContainsAny(c.intro, "0123456789") {
		if placeTail(" " + strings.ToLower(c.intro[:1]) + c.intro[1:]) {
			return " " + strings.ToLower(c.intro[:1]) + c.intro[1:] // "In North Korea" → " in North Korea"
		}
		return ""
	}
	return " " + strings.ToLower(c.intro[:1]) + c.intro[1:]
}

// underIntro is an opening "Under …" phrase of a sentence whose subject
// is no name of its own ("Under the terms of the Joint Venture Law, the
// Soviet partner supplied …"), which the question keeps; "" for any other
// sentence, or when the question already carries the opening.
func (c clause) underIntro() string {
	if !strings.HasPrefix(c.intro, "Under ") || c.tail() != "" || fieldCount(c.intro) > 10 || hasFiniteVerb(c.intro) {
		return ""
	}
	if capitalised(lastWord(c.subj)) {
		return "" // "Under Truman, the United States …": the subject names itself
	}
	return c.intro
}

// subjectIsNamed reports a subject that names what it is: a capitalised
// word after its first, or a name the article knows.
func (g *generator) subjectIsNamed(subj string) bool {
	w := strings.Fields(subj)
	if len(w) == 2 && strings.EqualFold(w[0], "the") && g.titleHead(strings.ToLower(w[1])) {
		return true // "the treaty" in an article on a treaty
	}
	if len(w) == 1 && g.isSubject(w[0]) {
		return true // "perestroika" in the article on it
	}
	for i, x := range w {
		x = strings.Trim(x, "“”\"'‘’")
		if i == 0 && (x == "the" || x == "a" || x == "an" || x == "The" || x == "A" || x == "An") {
			continue
		}
		if i == 0 && capitalised(x) {
			if g.beginsName(x) {
				return true
			}
			continue // "Enterprises", "Especially": a capital only because the sentence begins
		}
		if capitalised(x) {
			return true
		}
	}
	return false
}

// writtenLower reports a capitalised word that the article writes in
// lower case more often than with a capital inside a sentence
// ("Enterprises bought …" beside "state enterprises"): a common noun that
// opens its sentence, not a name ("Perestroika" keeps its capital).
func (g *generator) writtenLower(w string) bool {
	if g.ix == nil {
		return false
	}
	lw := strings.ToLower(w)
	if lw == w {
		return false
	}
	lower, upper := 0, 0
	for _, si := range g.ix.mentioning(lw) {
		if findWord(g.sents[si].text, lw, 0) >= 0 {
			lower++
		}
	}
	for _, si := range g.ix.mentioning(w) {
		text := g.sents[si].text
		if k := findWord(text, w, 1); k > 2 && !strings.HasSuffix(strings.TrimRight(text[:k], " “\"‘("), ".") {
			upper++ // "… the reforms of Perestroika": a name inside a sentence
		}
	}
	return lower > upper
}

// beginsName reports a capitalised word that begins a name: the first word
// of a fact's name, or a word the article capitalises inside sentences.
func (g *generator) beginsName(w string) bool {
	if !capitalised(w) {
		return false
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	g.indexNames()
	if g.nameFirst[w] {
		return true
	}
	if g.ix == nil {
		return false
	}
	for _, si := range g.ix.mentioning(w) {
		text := g.sents[si].text
		for k := findWord(text, w, 0); k >= 0; k = findWord(text, w, k+len(w)) {
			if k > 2 && !strings.HasSuffix(strings.TrimRight(text[:k], " “\"‘("), ".") {
				return true
			}
		}
	}
	return false
}

// selfContained reports a phrase that says what it is about without the
// sentence before: no pronoun, no "the two", no bare definite.
func (g *generator) selfContained(p string) bool {
	w := strings.Fields(p)
	if len(w) == 0 || possessivePronoun(w) || reTheTwo.MatchString(p) {
		return false
	}
	if n := bareDefinite(p); n != "" && !g.titleHead(n) {
		return false // "the case"; "the treaty" in an article on a treaty says which
	}
	return true
}

// structAnswer is a question whose answer is a phrase of its sentence.
type structAnswer struct {
	prompt string // "What did the Marshall Plan provide?"
	answer string // "$13 billion in aid"
	form   string // the answer's role, for options of the same role: "obj:provide", "that", "reason", "purpose", "cause", "effect", "aim", "def"
	causal bool   // a why, purpose or consequence question
	sent   sentenceRef
	at     int // the answer's offset in the sentence (-1 when not found)
	subj   string
	// shown is the sentence as the question reads it when that is not
	// the article's text: a free connective left out, "It" or "The
	// treaty" written as the article's subject (inContext)
	shown string
	// stmt and prefix make a statement of a why question: stmt is the main
	// clause with its marker ("Tax revenues declined because "), prefix
	// what the answer has before the words the marker takes ("to ").
	stmt, prefix string
	// parts are the items of a list any one of which answers a "name
	// one" question (listLead), typed as they are
	parts []string
}

// whatDid is "What did SUBJECT VERB?" answered by the verb's object, for a
// sentence whose named subject did something to a thing: "The Marshall
// Plan provided $13 billion …" → "What did the Marshall Plan provide?".
func (g *generator) whatDid(c clause) (string, string, bool) {
	if !activeAux[c.aux] || c.verb == "" || stopVerbs[c.base] || !g.subjectIsNamed(c.subj) || !g.selfContained(c.subj) {
		return "", "", false
	}
	rest := c.text[c.after:]
	obj, when := objectOf(rest)
	if obj == "" || !g.selfContained(obj) || moreActs(rest, obj) && !g.objectIsFact(strings.TrimPrefix(obj, "the ")) {
		// "What has the DPRK supplied?" over "supplied Russian forces with
		// weaponry, tested several missiles, and sent …"; a name as the
		// object is one answer still ("Which place did Germany occupy?")
		return "", "", false
	}
	if ls := g.lowerCommon(c.subj); !strings.Contains(ls, " ") && !capitalised(ls) {
		// round 9: "What did enterprises buy?" names no one: which
		// enterprises, under what, the sentence before says
		return "", "", false
	}
	if firstOfList(rest, obj) || g.sameActElsewhere(c, when+c.tail(), obj) {
		// round 9: "What did the Marshall Plan require?" keyed on the first
		// of three requirements; "What did Molotov reject?" where the next
		// sentence has him reject something else
		return "", "", false
	}
	if sourceLess(c.base, obj) && !stemTopicOff {
		// round 18 perestroika Q3/C13: "removed the suppression from
		// existing ethnic-regional tension" keyed "the suppression from
		// existing ethnic-regional tension", a phrase no student writes
		return "", "", false
	}
	obj, where := adverbialTail(obj)
	partner := false
	if where == "" {
		obj, where = partnerTail(obj)
		partner = where != ""
	}
	if lostSetting(c, when+where) {
		// round 13 Marshall Q22/C10: "During the first three years of
		// occupation of Germany, the UK and US vigorously pursued …" asked
		// as "What did the UK and US pursue in Germany?"; Q25 "The United
		// Nations also launched …" asked as "What did the United Nations
		// launch?"
		return "", "", false
	}
	if blandObject(obj) && !partner {
		// round 11 Cold War Q15: "What did the Soviet military commander in
		// Sofia assume?" → "supreme authority"
		return "", "", false
	}
	what, as := "What", ""
	if g.personNamed(obj) {
		// "Alexander Dubček replaced Novotný as head of the party": "Who did
		// … replace as head of the party?"
		what = "Who"
	}
	if i := strings.Index(rest, obj+" as "); i >= 0 {
		// "the PRC replaced the ROC as the recognised government of China":
		// the role says what was replaced
		role, _ := splitObject(rest[i+len(obj)+4:], true)
		role = cutAt(role, " following ", " under ", " in the wake of ")
		if role != "" && len(strings.Fields(role)) <= 8 && g.selfContained(role) {
			as = " as " + role
		}
	}
	if (as == "" || roleIsKind(as)) && !g.documentSubject(c.subj) && !strings.ContainsAny(when+c.tail(), "0123456789") && !placeTail(c.tail()) &&
		(bareGroup(c.subj) || g.actsElsewhere(c)) {
		// a person, a body, a country or a group the article has act in
		// other sentences too: "What did Truman order?", "What does
		// Mongolia enjoy today?" need a date, a place or a role to say
		// which act; "What did the Americans assume?" names no one
		return "", "", false
	}
	prompt := what + " " + c.doForm() + " " + g.lowerCommon(c.subj) + " " + c.verbForm() + as + where + when + c.tail() + "?"
	if under := c.underIntro(); under != "" {
		// round 9: "What did the Soviet partner supply?" lost "Under the
		// terms of the Joint Venture Law", which says whose partner
		prompt = under + ", " + strings.ToLower(what) + prompt[len(what):]
	}
	if fig, _, ok := countObject(obj); ok && !twinFigureOff && twinFigure(c.text, fig) {
		// round 16 CTBT Q12: "How many atmospheric tests did the US conduct
		// …?" (215) beside "the Soviet Union conducted 219, the UK
		// conducted 21": a figure easy to confuse with its twin, low value
		return "", "", false
	}
	if _, unit, ok := countObject(obj); ok && what == "What" {
		// "the US conducted 215 atmospheric tests" → "How many atmospheric
		// tests did the US conduct …?": the stem asks for the figure
		prompt = "How many " + unit + " " + c.doForm() + " " + g.lowerCommon(c.subj) + " " + c.verbForm() + as + where + when + c.tail() + "?"
	}
	return prompt, obj, true
}

// blandObject reports an object of one or two lower-case words without
// a determiner, a name or a figure ("supreme authority", "power", "full
// control"): a stem on it has many fair answers and the key says little.
func blandObject(obj string) bool {
	w := strings.Fields(obj)
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for _, x := range w {
		if !isLowerWord(x) || determiners[x] || predCountWords[x] || objectStart(x) {
			return false
		}
	}
	return true
}

// moreActs reports an object followed by further acts of the same
// subject: "supplied Russian forces with weaponry, tested several missiles,
// and sent a delegation" or "created a dictatorship, according himself
// unlimited power and generating a cult": "What did … supply/create?" has
// several answers in one sentence.
func moreActs(rest, obj string) bool {
	i := strings.Index(rest, obj)
	if i < 0 {
		return false
	}
	after := rest[i+len(obj):]
	if m := reNextAct.FindStringSubmatch(after); m != nil && pastVerb(m[1]) && !determiners[m[1]] {
		return true
	}
	if m := reAndAct.FindStringSubmatch(after); m != nil && pastVerb(m[1]) && !determiners[m[1]] {
		return true // "allowed more independent actions and introduced some market-like reforms"
	}
	return len(reParticipleAct.FindAllString(after, -1)) >= 2
}

// firstOfList reports an object that is the first item of a list the
// sentence goes on with: "required a reduction of interstate barriers, a
// dropping of many regulations, and …" answers "What did … require?" with
// a third of what the sentence says.
func firstOfList(rest, obj string) bool {
	i := strings.Index(rest, obj)
	if i < 0 {
		return false
	}
	after := rest[i+len(obj):]
	if !reListItem.MatchString(after) || !strings.Contains(after, ", and ") && !strings.Contains(after, ", or ") {
		return false // "announced the Strategic Defense Initiative, a research program …": an apposition
	}
	// ", the Soviet Union conducted 219" opens a clause of its own, not
	// another item
	item := after[1:]
	if j := strings.IndexAny(item, ",;"); j >= 0 {
		item = item[:j]
	}
	return !hasFiniteVerb(item)
}

// sameActElsewhere reports a subject that does the same verb in another
// sentence of the article ("Molotov rejected all of the American and
// British proposals." beside "Molotov also rejected the counter-offer …"),
// unless the question's tail (a date, a place) is not in that sentence
// and so tells the two apart, or that sentence tells the same act (it
// names the same object).
func (g *generator) sameActElsewhere(c clause, tail, obj string) bool {
	if g.ix == nil || c.verb == "" {
		return false
	}
	subj := strings.TrimPrefix(strings.TrimPrefix(c.subj, "the "), "The ")
	tail = strings.TrimSpace(tail)
	for _, a := range g.memo.actingSentences(g, lastWord(c.subj), subj, c.verb, c.base) {
		if !a.actsIn(c.verb, c.base) {
			continue
		}
		t := g.sents[a.si].text
		if strings.Contains(t, c.text) || strings.Contains(stripBrackets(t), c.text) {
			continue // the question's own sentence, its asides left out or not
		}
		if tail != "" && !strings.Contains(t, strings.TrimPrefix(strings.TrimPrefix(tail, "in "), "on ")) {
			continue // "What did Mongolia host in 2007?" beside a host in 2012
		}
		if strings.Contains(t, obj) {
			continue // the same act told again: one answer still
		}
		return true
	}
	return false
}

// actAdverbs may stand between a subject and its verb (actsWith):
// adverbs, auxiliaries and the verbs of going on ("continued to pursue").
var actAdverbs = map[string]bool{"also": true, "then": true, "later": true, "again": true, "too": true, "soon": true, "first": true,
	"has": true, "have": true, "had": true, "continued": true, "began": true, "started": true, "to": true, "would": true, "could": true}

// actsWith reports a sentence in which the subject is followed, at once
// or after adverbs, by the verb: "Molotov also rejected", "Truman then
// ordered"; "the foreign partner supplied" is not "the Soviet partner".
func actsWith(s, key, verb, base string) bool {
	return actorSentence{words: actorWords(s, key)}.actsIn(verb, base)
}

// formOf reports a word that is a form of the verb base: "pursuing",
// "pursues", "pursue" of "pursue" (its stem four letters or more).
func formOf(w, base string) bool {
	stem := strings.TrimSuffix(base, "e")
	if len(stem) < 4 || !strings.HasPrefix(w, stem) {
		return false
	}
	switch w[len(stem):] {
	case "", "e", "es", "ed", "ing", "s", "d":
		return true
	}
	return false
}

var (
	reNextAct       = regexp.MustCompile(`^[^,;]{0,40}?,[ \x{a0}](?:and[ \x{a0}])?([a-z]+) (?:the |a |an |several |many |\d|[A-Z])`)
	reAndAct        = regexp.MustCompile(`^[^,;]{0,40}?[ \x{a0}](?:and|but)[ \x{a0}]([a-z]+) `)
	reListItem      = regexp.MustCompile(`^,[ \x{a0}](?:and[ \x{a0}]|or[ \x{a0}])?(?:a|an|the)[ \x{a0}]`)
	reParticipleAct = regexp.MustCompile(`(?:^|,|[ \x{a0}]and)[ \x{a0}][a-z]+ing (?:the |a |an |himself |herself |itself |themselves |[a-z]+ )`)
)

// adverbialTail moves a phrase of circumstance at the end of an object to
// the question: "pursued nuclear-free policies in both domestic and
// international politics" → "nuclear-free policies", " in both domestic
// and international politics". A noun that takes "in" as its own
// complement keeps it ("an increase in trade", "a role in the talks").
func adverbialTail(obj string) (string, string) {
	i := strings.Index(obj, " in ")
	if i < 0 || strings.Contains(obj, ",") {
		return obj, "" // "underwater, in the atmosphere, and in outer space": a list of which the head holds the first
	}
	head, pp := obj[:i], obj[i:]
	hw := strings.Fields(head)
	if strings.ContainsAny(hw[0], "$£€0123456789") {
		return obj, "" // "$13 billion in economic aid": the phrase says what the figure counts
	}
	if len(hw) < 2 || inComplementNouns[strings.ToLower(hw[len(hw)-1])] || len(strings.Fields(pp)) > 9 || len(keyWordsOf(head)) < 2 && !capitalised(hw[len(hw)-1]) {
		return obj, ""
	}
	if n := len(hw); n <= 2 && (hw[0] == "the" || hw[0] == "a" || hw[0] == "an") {
		return obj, "" // "the reforms in agriculture": the head alone says too little
	}
	return head, pp
}

// inComplementNouns take "in" as their own complement.
var inComplementNouns = map[string]bool{"increase": true, "increases": true, "decrease": true, "rise": true, "fall": true,
	"decline": true, "growth": true, "interest": true, "role": true, "part": true, "change": true, "changes": true,
	"participation": true, "investment": true, "investments": true, "drop": true, "reduction": true, "reductions": true,
	"cut": true, "cuts": true, "surge": true, "involvement": true, "presence": true, "stake": true, "share": true,
	"gains": true, "losses": true, "lead": true, "intervention": true, "war": true, "crisis": true, "reforms": true,
	"trade": true, "experience": true, "confidence": true, "faith": true, "belief": true, "success": true, "victory": true,
	"defeat": true, "elections": true, "election": true, "base": true, "bases": true, "embassy": true, "office": true}

// countObject reads an object that is a figure and what it counts: "215
// atmospheric tests" → "215", "atmospheric tests".
func countObject(obj string) (string, string, bool) {
	w := strings.Fields(obj)
	if len(w) < 2 || len(w) > 4 || !reCount.MatchString(w[0]) {
		return "", "", false
	}
	for _, x := range w[1:] {
		if !isLowerWord(x) || x == "of" || x == "per" || x == "percent" {
			return "", "", false // "300 of them", "62 per cent"
		}
	}
	if !strings.HasSuffix(w[len(w)-1], "s") {
		return "", "", false
	}
	return w[0], strings.Join(w[1:], " "), true
}

var reCount = regexp.MustCompile(`^\d{1,3}(?:,\d{3})*$`)

// twinFigureOff turns twinFigure off, for measuring.
var twinFigureOff bool

// twinFigure reports a sentence that holds another count beside fig (a
// figure of up to three digits or with thousands commas; years are four
// digits and do not count): "the US conducted 215 atmospheric tests, the
// Soviet Union conducted 219" — the question on one figure is a guess
// between the two.
func twinFigure(sentence, fig string) bool {
	for _, w := range strings.Fields(sentence) {
		w = strings.TrimRight(strings.TrimLeft(w, "(\"“$"), ".,;:)\"”%")
		if w != fig && reCount.MatchString(w) {
			return true
		}
	}
	return false
}

// cutAt cuts s at the first of the markers.
func cutAt(s string, marks ...string) string {
	for _, m := range marks {
		if i := strings.Index(s, m); i >= 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// documentSubject reports a subject that is a document or a measure (a
// policy the article names, "the law", "the treaty"): it does what its
// text says once, so "What did the Marshall Plan provide?" has one answer
// without a date.
func (g *generator) documentSubject(subj string) bool {
	s := strings.TrimPrefix(strings.TrimPrefix(subj, "the "), "The ")
	for _, p := range g.ofKind(PolicyFact) {
		if strings.EqualFold(p.Value, s) || strings.EqualFold(p.Text, s) {
			return true
		}
	}
	w := strings.Fields(s)
	return len(w) > 0 && (anyPolicyNoun(w[len(w)-1]) || len(w) == 1 && g.titleHead(strings.ToLower(w[0])))
}

// bareGroup reports a subject that names a people or a body without
// saying which or when: "the Americans", "the Soviets", "the Chinese",
// "Congress".
func bareGroup(subj string) bool {
	w := strings.Fields(subj)
	if len(w) == 2 && strings.EqualFold(w[0], "the") && capitalised(w[1]) {
		x := w[1]
		return strings.HasSuffix(x, "ans") || strings.HasSuffix(x, "ets") || strings.HasSuffix(x, "ists") || strings.HasSuffix(x, "ese") ||
			strings.HasSuffix(x, "ish") || strings.HasSuffix(x, "ch") || strings.HasSuffix(x, "ards") || strings.HasSuffix(x, "ians")
	}
	if len(w) == 2 && capitalised(w[0]) && isLowerWord(w[1]) && strings.HasSuffix(w[1], "s") && !strings.HasSuffix(w[1], "ss") {
		return true // "Chinese leaders", "Soviet officials", "American troops"
	}
	return len(w) == 1 && groupNouns[strings.ToLower(w[0])]
}

// groupNouns are bodies that sit again and again: which one is said by a
// date or a country.
var groupNouns = map[string]bool{"congress": true, "parliament": true, "government": true, "senate": true, "cabinet": true,
	"court": true, "assembly": true, "council": true, "committee": true, "party": true, "army": true, "navy": true, "police": true}

// actsElsewhere reports a subject that acts on a thing in another
// sentence of the article (an active verb with an object): a question on
// one of its acts needs a date, a place or a role to say which. "Perry
// arrived …", "Perry returned …" act on nothing, and leave "What did Perry
// conclude?" one answer.
func (g *generator) actsElsewhere(c clause) bool {
	if g.ix == nil {
		return false
	}
	subj := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(c.subj, "the "), "The "))
	for _, a := range g.memo.actsOn(g, subj, lastWord(c.subj)) {
		if a.sentence == c.text || strings.HasPrefix(a.sentence, c.text) || a.clause == c.text {
			continue
		}
		return true // "Truman appointed General George Marshall …": another act on a thing
	}
	return false
}

// actOn is a sentence whose subject acts on a thing (actsElsewhere).
type actOn struct{ sentence, clause string }

// findActsOn are the sentences holding the word key whose clause has subj
// for its subject, an active verb and an object, in article order.
func (g *generator) findActsOn(subj, key string) []actOn {
	var out []actOn
	for _, si := range g.ix.mentioning(key) {
		t := g.sents[si].text
		o, ok := g.clauseOf(t)
		if !ok || !activeAux[o.aux] || o.verb == "" {
			continue
		}
		if strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(o.subj, "the "), "The ")) != subj {
			continue
		}
		if obj, _ := objectOf(o.text[o.after:]); obj != "" {
			out = append(out, actOn{t, o.text})
		}
	}
	return out
}

// placeTail reports a question tail that names a place: " in North Korea".
func placeTail(t string) bool {
	w := strings.Fields(t)
	if len(w) < 2 || w[0] != "in" && w[0] != "at" {
		return false
	}
	for _, x := range w[1:] {
		if x != "the" && !capitalised(x) {
			return false
		}
	}
	return true
}

// personNamed reports a name that is one of the article's people, whole
// or by surname.
func (g *generator) personNamed(name string) bool {
	for _, p := range g.ofKind(PersonFact) {
		if p.Value == name || p.Text == name || strings.HasSuffix(name, " "+p.Value) && strings.Contains(p.Value, " ") {
			return true // "retired General George Marshall"
		}
	}
	return !strings.Contains(name, " ") && g.isSurname(name)
}

// doForm is the auxiliary of a question on the clause: "did" for a
// simple past, "has" or "have" for a present perfect, "does" for a
// present.
func (c clause) doForm() string {
	if c.aux == "" {
		return "did"
	}
	return c.aux
}

// verbForm is the verb after doForm: the base form, or the participle
// after "has".
func (c clause) verbForm() string {
	if c.aux == "has" || c.aux == "have" {
		return c.verb
	}
	return c.base
}

// whoDid is "Who VERBED OBJECT?" for a sentence whose subject is the fact f,
// a person or a body: "In 1947 Truman announced the doctrine …" → "Who
// announced the Truman Doctrine in 1947?". The fact stays the answer, so
// its options are people or bodies like it.
func (g *generator) whoDid(f Fact) (string, bool) {
	if f.Kind != PersonFact && f.Kind != OrgFact {
		return "", false
	}
	c, ok := g.clauseOf(f.Sentence)
	if !ok || !activeAux[c.aux] || c.verb == "" {
		return "", false
	}
	subj := strings.TrimPrefix(strings.TrimPrefix(c.subj, "the "), "The ")
	if subj != f.Text && !strings.HasSuffix(subj, " "+f.Text) || f.Detail != "" && subj != f.Text && subj != f.Detail+" "+f.Text {
		return "", false // the fact is not the whole subject
	}
	if strings.HasSuffix(subj, " "+f.Text) && f.Detail == "" {
		return "", false // "Soviet leader Mikhail Gorbachev" without its role known
	}
	switch c.base {
	case "be", "have", "do", "become", "remain", "seem", "say", "tell", "think", "know", "feel", "die", "live",
		"hear", "see", "read", "watch", "notice", "learn":
		// round 9: "Who heard Marshall's radio broadcast speech?" — many
		// heard it; who perceived a thing is not what the sentence tells
		return "", false
	}
	obj, when := objectOf(c.text[c.after:])
	if obj == "" || !g.selfContained(obj) || showsAny(obj, []string{f.Text}) {
		return "", false
	}
	who := "Who"
	if f.Kind == OrgFact {
		who = "Which organisation"
	}
	verb := c.verb
	if c.aux == "has" || c.aux == "have" {
		verb = "has " + c.verb
	}
	return who + " " + verb + " " + obj + when + c.tail() + "?", true
}

// whatObject is "What did SUBJECT VERB?" answered by the fact f when f
// is the whole object: "In July 1987, the Supreme Soviet passed the Law
// on State Enterprise." → "What did the Supreme Soviet pass in July
// 1987?" The options are facts of f's kind.
func (g *generator) whatObject(f Fact) (string, bool) {
	if f.Kind != PolicyFact && f.Kind != OrgFact && f.Kind != PersonFact && f.Kind != PlaceFact {
		return "", false
	}
	c, ok := g.clauseOf(f.Sentence)
	if !ok {
		return "", false
	}
	prompt, obj, ok := g.whatDid(c)
	if !ok {
		return "", false
	}
	o := strings.TrimPrefix(strings.TrimPrefix(obj, "the "), "The ")
	if o != f.Text {
		return "", false
	}
	if len(g.twoAnswersQuestion(prompt, obj, f.Sentence)) > 0 {
		// round 15 builtin Q2: "What has Mongolia pursued … since the
		// 1990s?" fits the democratization it began in the 1990s too
		// (oneanswer.go)
		return "", false
	}
	if f.Kind == PersonFact && strings.HasPrefix(prompt, "What ") {
		prompt = "Who" + strings.TrimPrefix(prompt, "What")
	}
	if f.Kind == PlaceFact {
		// "Which country did the North Korean People's Army invade in June 1950?"
		which := "Which place"
		if sort := g.placeSort(f.Value); sort == "country" || sort == "region" {
			which = "Which " + sort
		}
		prompt = which + strings.TrimPrefix(prompt, "What")
	}
	return prompt, true
}

// roleIsKind reports an "as" role with an indefinite article, "as a
// sovereign nation", "as an ally": it says what kind of thing the object
// is, not which act the question asks of (round 15 builtin C5 "What did
// Mongolia recognize as a sovereign nation?"), unlike "as the recognised
// government of China" or "as head of the party".
func roleIsKind(as string) bool {
	return strings.HasPrefix(as, " as a ") || strings.HasPrefix(as, " as an ")
}

// structQuestion is the wh-question a fact's sentence structure allows,
// when its subject or object is the fact.
func (g *generator) structQuestion(f Fact) (string, bool) {
	q, ok := g.whoDid(f)
	if !ok {
		q, ok = g.whatObject(f)
	}
	if ok && showsNameWord(q, f.Value) {
		return "", false // "Which organisation assumed control over … Czechoslovakia?" → Communist Party of Czechoslovakia
	}
	return q, ok
}

// showsNameWord reports a question that shows a capitalised word of
// four letters or more of the answer's name: the answer is half told.
func showsNameWord(q, name string) bool {
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, "(),.“”\"'’")
		if len([]rune(w)) >= 4 && capitalised(w) && findWord(q, w, 0) >= 0 {
			return true
		}
	}
	return false
}

// clauseOf parses a sentence once per generator.
func (g *generator) clauseOf(sentence string) (clause, bool) {
	if g.clauses == nil {
		g.clauses = map[string]clauseParse{}
	}
	if p, ok := g.clauses[sentence]; ok {
		return p.c, p.ok
	}
	c, ok := parseClause(sentence)
	if !ok {
		// "The PTBT, joined by 123 states following the original three
		// parties, banned detonations …": the subject's aside left out
		if m := reSubjectAside.FindStringSubmatch(strings.ReplaceAll(sentence, "\u00a0", " ")); m != nil && pastVerb(firstWord(m[2])) {
			c, ok = parseClause(m[1] + " " + m[2])
		}
	}
	if ok {
		c = g.resolveSubject(sentence, c)
	}
	g.clauses[sentence] = clauseParse{c, ok}
	return c, ok
}

// reSubjectAside reads a named subject, its abbreviation, and a
// participle phrase or a relative clause set off by commas before the
// verb ("The original version of the Soviet Joint Venture Law, which went
// into effect in June 1987, limited …").
var reSubjectAside = regexp.MustCompile(`^((?:(?:The|the) \p{L}|\p{Lu})[^,;()]{0,60}?)(?: \([^()]{1,40}\))?, (?:[a-z]+ed|known|led|signed|written|drawn|joined|backed|which [a-z]+) [^,;()]{1,80}, ([a-z]+ .*)$`)

type clauseParse struct {
	c  clause
	ok bool
}

// resolveSubject names a subject that is a bare definite of the policy,
// treaty or body the sentence before names with the same head noun: "The
// law stipulated …" after "… passed the Law on State Enterprise." →
// "the Law on State Enterprise stipulated …". Otherwise the subject stays.
func (g *generator) resolveSubject(sentence string, c clause) clause {
	w := strings.Fields(c.subj)
	if len(w) != 2 || w[0] != "the" || !isLowerWord(w[1]) {
		return c
	}
	noun := w[1]
	idx := g.sentenceIndex(sentence)
	if idx <= 0 {
		return c
	}
	prev := g.sents[idx-1]
	if prev.chapter != g.sents[idx].chapter || prev.block != g.sents[idx].block {
		return c
	}
	var found []string
	for _, k := range []FactKind{PolicyFact, OrgFact} {
		for _, f := range g.ofKind(k) {
			if strings.EqualFold(headNoun(f.Value), noun) && findWord(prev.text, f.Value, 0) >= 0 && !slices.Contains(found, f.Value) {
				found = append(found, f.Value)
			}
		}
	}
	if len(found) != 1 {
		return c
	}
	c.subj = termPhrase(found[0])
	return c
}

// headNoun is a name's head: "Law on Cooperatives" → "Law", "Marshall
// Plan" → "Plan".
func headNoun(name string) string {
	for _, sep := range []string{" of ", " on ", " for ", " to ", " between ", " against "} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	return lastWord(name)
}

// sentenceIndex is where a sentence stands in g.sents, or -1.
func (g *generator) sentenceIndex(sentence string) int {
	if g.sentAt == nil {
		g.sentAt = map[string]int{}
		for i, s := range g.sents {
			if _, ok := g.sentAt[s.text]; !ok {
				g.sentAt[s.text] = i
			}
		}
	}
	if i, ok := g.sentAt[sentence]; ok {
		return i
	}
	return -1
}

// longTimeIntro open a long phrase of time whose one year may stand for it.
var longTimeIntro = map[string]bool{"in": true, "within": true, "during": true, "throughout": true}

// timeAdverbs may open a sentence before its subject: "Today, …".
var timeAdverbs = map[string]bool{"today": true, "currently": true, "now": true, "presently": true}

// isAdverb reports an adverb that may stand inside a verb: "has actively
// pursued", "has also been".
func isAdverb(w string) bool {
	return verbAdverbs[w] || strings.HasSuffix(w, "ly") && isLowerWord(w) || w == "since" || w == "long" || w == "always" || w == "repeatedly" || w == "often"
}

// participleBase is the base form of a past participle: "pursued" →
// "pursue", "taken" → "take"; "been" and words that are no participle
// give none.
func participleBase(w string) (string, bool) {
	if w == "been" || w != strings.ToLower(w) {
		return "", false
	}
	if i, ok := participleOf[w]; ok {
		return irregularVerbs[i][0], true
	}
	if !pastVerb(w) {
		return "", false
	}
	return baseForm(w)
}

// presentVerb reports a word that may be a verb in the present with -s
// after a name: "enjoys", "views", "celebrates"; not "is", "has", "its",
// "this", "was", a word in -ss or -us.
func presentVerb(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	switch w {
	case "does", "goes", "has", "was", "its", "this", "thus", "whereas", "perhaps", "always", "besides", "towards",
		"afterwards", "sometimes", "nevertheless", "news", "politics", "economics", "physics", "relations", "states", "affairs":
		return false
	}
	return true
}

// presentBase is the base form of a verb in -s: "enjoys" → "enjoy",
// "carries" → "carry", "pushes" → "push", "views" → "view".
func presentBase(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "zes") && !strings.HasSuffix(w, "izes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// objectStart reports a word that may open a verb's object: a
// determiner or a name.
func objectStart(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "its", "their", "all", "any", "each", "every", "no", "more", "many", "several", "both":
		return true
	}
	return capitalised(strings.Trim(w, "“\"‘"))
}

// sideAdverb reports an opening adverb that says from which side a
// sentence looks ("Externally,", "Internally,", "Domestically,"), not
// what it follows.
func sideAdverb(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, ","))
	return strings.HasSuffix(w, "ally") && (strings.HasPrefix(w, "extern") || strings.HasPrefix(w, "intern") || strings.HasPrefix(w, "domestic") ||
		strings.HasPrefix(w, "economic") || strings.HasPrefix(w, "politic") || strings.HasPrefix(w, "militar") || strings.HasPrefix(w, "diplomatic"))
}

// hasClauseVerb reports a modal or a form of be or have among words: the
// object holds a clause of its own ("Marshall the Communists would give
// up …"); a participle used as an adjective ("an internationally
// recognized status") does not count.
func hasClauseVerb(w []string) bool {
	for _, x := range w {
		switch strings.ToLower(strings.Trim(x, ",;:")) {
		case "would", "could", "should", "will", "can", "may", "might", "must", "was", "were", "is", "are", "had", "has", "have", "did", "does":
			return true
		}
	}
	return false
}

// activeAux are the auxiliaries of an active verb with an object: none
// (a simple past), "has" or "have", "does".
var activeAux = map[string]bool{"": true, "has": true, "have": true, "does": true}

// sourceVerbs take "from" as their own argument, the thing taken or kept
// away from: "removed the suppression from the tension", "withdrew its
// troops from Iran".
var sourceVerbs = map[string]bool{"remove": true, "withdraw": true, "exclude": true, "expel": true, "release": true,
	"free": true, "separate": true, "lift": true, "shield": true, "protect": true, "exempt": true, "ban": true,
	"bar": true, "banish": true, "evacuate": true, "extract": true, "strip": true}

// sourceLess reports an object of a source verb that runs on into its
// "from" with a head of two words at most ("the suppression from existing
// ethnic-regional tension"): the key copies a phrase that is no thing,
// and the head alone ("the suppression") says nothing. "its troops from
// Iran" has a head that says what was withdrawn, and is kept; so is an
// object without "from".
func sourceLess(base, obj string) bool {
	if !sourceVerbs[base] {
		return false
	}
	i := strings.Index(obj, " from ")
	if i < 0 {
		return false
	}
	hw := strings.Fields(obj[:i])
	if len(hw) > 2 {
		return false
	}
	for _, w := range hw {
		if capitalised(w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return len(hw) < 2 || determiners[strings.ToLower(hw[0])] && !possessiveDeterminer[strings.ToLower(hw[0])]
}

// possessiveDeterminer say whose the head is: "its troops" says what.
var possessiveDeterminer = map[string]bool{"his": true, "her": true, "its": true, "their": true}
