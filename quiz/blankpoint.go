package quiz

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Blanks that miss the point (issue 18, round 17: "trivial or
// self-evident details instead of the key idea"). Two kinds of blank
// leave a question that tests little:
//   - an echoed blank: the answer's own words stand elsewhere in the
//     question ("China's foreign policy is carried out by the _____" →
//     Ministry of Foreign Affairs; "President _____ announced the Truman
//     Doctrine"), so anyone writes it;
//   - a passing figure: a person the article names once, brought in by a
//     lower-case role before or after the name ("industrialist _____
//     wrote …", "deputy foreign minister _____ said …", "_____, the
//     foreign minister of …, was summoned"), as the speaker of a claim
//     ("_____ said that the Plan violated …"), in personnel news ("_____
//     was appointed General Secretary") or in a prepositional phrase of a
//     long sentence: the sentence's point is the policy, the claim or the
//     act, not who voiced or held it.
// The picker takes such questions only in its last pass (onSideName), when
// nothing better fills the quiz.

// echoedBlankOff and passingFigureOff switch the rules out, for
// measuring what they change.
var echoedBlankOff, passingFigureOff = false, false

// echoedBlank reports a question whose prompt shows a blank and repeats a
// distinctive word of the answer outside it: a word that at most one other
// name of the article holds, other forms of the answer's own name aside
// ("Foreign" of the foreign ministry, which one leading group shares; not
// "Test" in an article naming five test-ban treaties, where the word tells
// none of them apart).
func (g *generator) echoedBlank(q Question, f Fact) bool {
	if echoedBlankOff || f.Kind == DateFact || f.Kind == NumberFact || q.Type == TrueFalse {
		return false
	}
	if q.Type != MultipleChoice && q.Type != FillIn || !strings.Contains(q.Prompt, "_____") {
		return false
	}
	if forceBesideState(q.Prompt, f) {
		return true // round 18 cold war Q15: "the _____ and the Soviet Union" → Red Army (optneighbour.go)
	}
	for _, w := range echoedWords(q.Prompt, f.Value) {
		if !g.wordOfOtherName(w, f) {
			return true
		}
	}
	return false
}

// wordOfOtherName reports two other names of the article or more, of any
// kind but a date or a figure, that hold the word w; a name of the same
// words as the answer's ("Foreign Affairs Ministry", "Ministry of Foreign
// Affairs") is the answer's own. It runs only for a word a prompt echoes,
// which few do.
func (g *generator) wordOfOtherName(w string, f Fact) bool {
	own := wordSet(f.Value)
	seen := map[string]bool{}
	for _, o := range g.names {
		if o.Kind == DateFact || o.Kind == NumberFact || !strings.Contains(strings.ToLower(o.Value), w) {
			continue
		}
		if set := wordSet(o.Value); set != own && slices.Contains(nameWords(o.Value), w) {
			seen[set] = true
			if len(seen) >= 2 {
				return true
			}
		}
	}
	return false
}

// wordSet is a name's words other than function words, sorted: the same
// for two orders of one name.
func wordSet(name string) string {
	var w []string
	for _, x := range nameWords(name) {
		if x != "of" && x != "the" && x != "for" && x != "and" && !blankStopWords[x] {
			w = append(w, x)
		}
	}
	slices.Sort(w)
	return strings.Join(slices.Compact(w), " ")
}

// echoedWords are the distinctive words of answer that text repeats: a
// word of four letters or more that is no generic head or modifier of
// names ("Ministry", "Army", "United", "National"), found as a word of the
// text or as the start of one ("Japan" in "Japanese"), with a plural or
// possessive "s" set aside.
func echoedWords(text, answer string) []string {
	words := nameWords(text)
	var out []string
	for _, w := range nameWords(answer) {
		if len([]rune(w)) < 4 || blankGenericWords[w] || blankStopWords[w] {
			continue
		}
		for _, t := range words {
			if t == w || len([]rune(w)) >= 5 && strings.HasPrefix(t, w) {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// nameWords are the lower-case words of a text, a plural or possessive
// "s" trimmed from each.
func nameWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	out := f[:0]
	for _, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, "'’")
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// blankStopWords are function words a name may hold ("Ministry of Foreign
// Affairs", "Treaty on the Non-Proliferation …").
var blankStopWords = map[string]bool{"with": true, "from": true, "into": true, "upon": true, "against": true, "between": true,
	"under": true, "over": true, "their": true, "that": true, "this": true, "which": true, "about": true, "after": true, "before": true}

// blankGenericWords are the heads and modifiers that many names share: a
// sentence that holds one tells nothing of which name fills its blank.
var blankGenericWords = map[string]bool{
	"ministry": true, "minister": true, "department": true, "office": true, "bureau": true, "agency": true, "army": true,
	"navy": true, "force": true, "forces": true, "party": true, "committee": true, "council": true, "union": true,
	"republic": true, "state": true, "nation": true, "national": true, "united": true, "federal": true, "democratic": true,
	"people": true, "popular": true, "government": true, "administration": true, "organization": true, "organisation": true,
	"commission": true, "assembly": true, "congress": true, "parliament": true, "court": true, "bank": true, "fund": true,
	"group": true, "league": true, "front": true, "movement": true, "conference": true, "treaty": true, "agreement": true,
	"plan": true, "program": true, "programme": true, "doctrine": true, "policy": true, "law": true, "declaration": true,
	"accord": true, "pact": true, "charter": true, "convention": true, "protocol": true, "resolution": true, "north": true,
	"south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "great": true, "general": true, "supreme": true, "high": true, "international": true, "world": true,
	"affair": true, "kingdom": true, "empire": true, "island": true, "city": true,
	"province": true, "region": true, "commonwealth": true, "communist": true, "socialist": true,
	"first": true, "second": true, "third": true, "new": true, "old": true, "royal": true, "imperial": true,
	"military": true, "security": true, "economic": true, "joint": true, "common": true,
}

// passingFigure reports a person the article names in one sentence only,
// outside the titles and the chapter's lead, brought into a sentence on a
// policy or a claim by a lower-case role or as the speaker of the claim:
// the sentence's point is what was written or said, not who.
func (g *generator) passingFigure(f Fact) bool {
	if passingFigureOff || f.Kind != PersonFact || g.mentions[f.Value] > 1 || g.inTitle(f.Value) || g.leadSentenceOf(f) {
		return false
	}
	at := f.Start - f.SentSpan.Start
	if at < 0 || f.End-f.SentSpan.Start > len(f.Sentence) {
		return false
	}
	after := f.Sentence[f.End-f.SentSpan.Start:]
	return lowerRoleBefore(f.Sentence[:at]) || speakerOfClaim(after) || roleAfter(after) ||
		rePersonnel.MatchString(f.Sentence) || reTookPost.MatchString(f.Sentence) ||
		len(strings.Fields(f.Sentence)) > longSentenceWords && prepositionalName(f.Sentence[:at])
}

// roleAfter reports text after a name that opens an aside giving the
// person's role in lower case: ", the foreign minister of Ruritania, was
// summoned …", ", a retired general, said …": the article introduces a
// figure it does not return to.
func roleAfter(after string) bool {
	for _, det := range []string{", the ", ", a ", ", an "} {
		if rest, ok := strings.CutPrefix(after, det); ok {
			w := firstWord(rest)
			return w != "" && unicode.IsLower([]rune(w)[0]) && strings.Contains(rest, ",")
		}
	}
	return false
}

// longSentenceWords is the length past which a sentence's point is seldom
// a name in one of its prepositional phrases.
const longSentenceWords = 30

// prepositionalName reports text that ends in a preposition and at most
// two capitalised titles before a name: "at the request of General ",
// "signed by ". The name sits in a phrase that qualifies the sentence's
// act, not in its subject or object.
func prepositionalName(before string) bool {
	w := strings.Fields(before)
	for i := 0; i < 2 && len(w) > 1; i++ {
		last := w[len(w)-1]
		if r := []rune(last)[0]; !unicode.IsUpper(r) || strings.ContainsAny(last, ",;:()") {
			break
		}
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "of", "by", "from", "with", "to", "for":
		return true
	}
	return false
}

// lowerRoleBefore reports text that ends in a role written in lower case
// right before a name, in the name's own phrase: "industrialist ", "Soviet
// deputy foreign minister ", "the economist ". A title written as part of
// the name ("Senator ", "President ") is no passing role.
func lowerRoleBefore(before string) bool {
	w := strings.Fields(before)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	if strings.ContainsAny(last, ",;:()\"“”") || !unicode.IsLower([]rune(last)[0]) {
		return false
	}
	switch strings.ToLower(last) {
	case "the", "a", "an", "and", "or", "of", "in", "at", "by", "to", "from", "with", "for", "on", "as", "that", "which",
		"who", "when", "while", "after", "before", "than", "but", "under", "against", "between", "said", "told", "met",
		"appointed", "named", "elected", "replaced", "succeeded", "leader", "king", "queen", "president", "general", "former", "then", "late", "also",
		"her", "later", "never", "ever", "however", "other", "another", "either", "neither", "whether", "together", "rather", "further",
		"over", "per", "nor", "major", "prior", "recent", "present", "current", "different", "important", "prominent", "sent", "went", "meant":
		return false
	}
	// a role noun ends in a suffix of agents and offices
	for _, suf := range []string{"ist", "er", "or", "ian", "ant", "ent", "ary", "man", "woman", "ster", "crat", "eur", "chief", "envoy", "aide", "official", "head"} {
		if strings.HasSuffix(strings.ToLower(last), suf) {
			return true
		}
	}
	return false
}

// speakerOfClaim reports text after a name that opens with a verb of
// saying and a claim: "said that …", "stated that …", "argued that …".
func speakerOfClaim(after string) bool {
	after = strings.TrimLeft(after, " ")
	for _, v := range []string{"said that ", "stated that ", "argued that ", "claimed that ", "declared that ", "charged that ",
		"warned that ", "asserted that ", "insisted that ", "complained that ", "wrote that ", "noted that ", "remarked that "} {
		if strings.HasPrefix(after, v) {
			return true
		}
	}
	return false
}

// coverPass is the picker's pass that asks once about a chapter holding
// only side names: it takes them, but not an echoed blank, which tests
// nothing of the chapter (round 17 China Q2 stood for its chapter).
const coverPass = lastPass + 1

// onEchoedBlank reports a single question whose blank its prompt echoes.
func (g *generator) onEchoedBlank(q Question) bool {
	if q.Type == Ordering || q.Type == Matching || len(q.FactKeys) != 1 {
		return false
	}
	f, ok := g.factByKey(q.FactKeys[0])
	return ok && g.echoedBlank(q, f)
}

// missesPoint reports a question whose blank is not its sentence's point:
// an echoed blank, a passing figure, a minor date.
func (g *generator) missesPoint(q Question, f Fact) bool {
	return g.passingFigure(f) || g.echoedBlank(q, f) || g.minorDate(f)
}

// minorDateOff switches the minor-date rule out, for measuring.
var minorDateOff = false

// minorDate reports a date whose sentence is hedged ("A test is believed to
// have taken place in May 2012", "there was a supposed meeting"): the date
// of a claim the article does not stand by; or a date of personnel news
// on people the article names at most twice ("In 1983, 74-year-old _____
// became President"): the year someone took a post is seldom the point.
// A leader the article returns to ("In 1985 Gorbachev became General
// Secretary") keeps his date.
func (g *generator) minorDate(f Fact) bool {
	if minorDateOff || f.Kind != DateFact {
		return false
	}
	s := f.Sentence
	if reHedged.MatchString(s) {
		return true
	}
	if !rePersonnel.MatchString(s) && !reTookPost.MatchString(s) {
		return false
	}
	var people []string
	for _, o := range g.sentenceFacts(f) {
		if o.Kind == PersonFact {
			people = append(people, o.Text)
		}
	}
	if len(people) == 0 {
		return false // "The Plan was replaced by …": a policy's news, not a person's
	}
	for _, p := range people {
		if partOfOther(p, people) {
			continue // "Li" of "Li Xiannian": the surname counts the namesakes too
		}
		if g.mentions[p] > 2 || g.inTitle(p) {
			return false
		}
	}
	return true
}

// partOfOther reports a name that is a word-bounded part of another name
// of the list.
func partOfOther(name string, names []string) bool {
	for _, o := range names {
		if o != name && findWord(o, name, 0) >= 0 {
			return true
		}
	}
	return false
}

// reHedged finds a claim the article does not stand by.
var reHedged = regexp.MustCompile(`\b(?:is|are|was|were) (?:believed|thought|rumou?red|alleged|said|reported) to (?:have )?\b|\b(?:reportedly|allegedly|supposedly|purportedly|supposed|rumou?red)\b`)

// reTookPost finds someone taking a post: "became President", "became
// the first Premier", "took office as Chancellor", a person's age.
var reTookPost = regexp.MustCompile(`\b(?:became|took office as|was sworn in as|assumed the post of|was appointed|was elected|was named)(?: as)? (?:the )?(?:(?:first|new|acting|nominal) )?(?:[A-Z][a-z]+ )*(?:President|Premier|Prime Minister|Chairman|General Secretary|Secretary|Chancellor|King|Queen|Emperor|Leader|Governor|Minister)\b|\b\d{2}-year-old\b`)
