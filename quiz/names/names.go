package names

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chapterwise/chapterwise/quiz/internal/rescan"
)

// Head nouns that make a capitalised name a policy or named initiative.
var policyHeads = set("Policy", "Policies", "Doctrine", "Initiative", "Project", "Programme", "Program",
	"Dialogue", "Summit", "Exercise", "Exercises", "Treaty", "Agreement", "Accord", "Accords", "Declaration",
	"Law", "Act", "Resolution", "Concept", "Plan", "Strategy", "Pact", "Convention", "Protocol", "Charter",
	"Partnership", "Framework", "Process", "Talks", "Deal", "Reform", "Reforms", "Campaign", "Operation",
	"Statement", "Communiqué", "Consensus", "Scheme", "Mechanism", "Amendment", "Bill", "Directive",
	"Compact", "Vision", "Roadmap", "Agenda", "Manifesto", "Settlement", "Armistice", "Ceasefire", "Sanctions",
	"Treaties", "Agreements", "Declarations", "Conventions", "Protocols", "Acts", "Constitution", "Decree",
	"Proclamation", "Memorandum", "System", "Mission", "Missions")

// Head nouns that make a capitalised name an organisation.
var orgHeads = set("Council", "Commission", "Committee", "Organization", "Organisation", "Union", "Party",
	"Ministry", "Department", "Agency", "Bank", "Fund", "Institute", "Foundation", "Association", "League",
	"Alliance", "Assembly", "Parliament", "Congress", "Court", "Army", "Navy", "Forces", "Bureau", "Office",
	"Nations", "Center", "Centre", "University", "Corporation", "Group", "Federation", "Secretariat",
	"Cabinet", "Senate", "Government", "Service", "Authority", "Board", "Tribunal", "Society", "Institution",
	"Forum", "Network", "Movement", "Front", "Guard", "Police", "Company", "Agency", "Academy", "Conference",
	"Administration", "House")

// anyHeads is policyHeads, orgHeads and placeHeads in one set, for the
// words that are none.
var anyHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []map[string]bool{policyHeads, orgHeads, placeHeads} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// setShape holds, by a word's first byte, the lengths of a set's words
// (bit n: n bytes, bit 31: 31 or more): a word of no such shape is in no
// set of that shape, found without hashing it. Most words of a sentence
// are in none of the sets.
type setShape [256]uint32

func shapeOf(sets ...map[string]bool) *setShape {
	var t setShape
	for _, set := range sets {
		for w := range set {
			if w != "" {
				t[w[0]] |= 1 << min(len(w), 31)
			}
		}
	}
	return &t
}

// inSet is set[w], with set's shape tried first.
func inSet(set map[string]bool, shape *setShape, w string) bool {
	return w != "" && shape[w[0]]&(1<<min(len(w), 31)) != 0 && set[w]
}

// The shapes of the sets the name rules ask of every run.
var (
	geoShape       = shapeOf(geoWords)
	connectorShape = shapeOf(connectors)
	leadShape      = shapeOf(leadWords)
	titleShape     = shapeOf(titleWords)
	anyHeadShape   = shapeOf(anyHeads)
	monthShape     = shapeOf(months)
)

// Head nouns that make a capitalised name a place.
var placeHeads = set("Port", "River", "Sea", "Peninsula", "Strait", "Straits", "Mountains", "Mountain", "Island",
	"Islands", "Province", "City", "Region", "Valley", "Lake", "Bay", "Gulf", "Ocean", "Desert", "Plateau",
	"Coast", "Basin", "Canal", "Square", "District", "County", "Prefecture", "Oblast", "Territory", "Harbor",
	"Harbour", "Steppe", "Castle", "Palace", "Hills", "Heights", "Park", "Street", "Avenue", "Airport", "Land")

// Titles that come before a person's name.
var titleWords = set("President", "Minister", "Chancellor", "King", "Queen", "Emperor", "Empress", "Premier",
	"Chairman", "Chairwoman", "Chair", "General", "Senator", "Ambassador", "Governor", "Mayor", "Leader",
	"Dr", "Dr.", "Pope", "Sultan", "Shah", "Ayatollah", "Marshal", "Admiral", "Secretary", "Secretary-General",
	"Prince", "Princess", "Director", "Envoy", "Representative", "Commander", "Chief", "Colonel", "Captain",
	"Judge", "Justice", "Professor", "Prof.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Lord", "Lady",
	"Commodore", "Generalissimo", "Lieutenant", "Major", "Sergeant", "Baron", "Duke", "Earl", "Tsar", "Czar",
	"Kaiser", "Shogun", "Bishop", "Cardinal", "Rabbi", "Imam", "Sheikh", "Vice", "Deputy",
	"leader", "president", "minister", "king", "queen", "chancellor", "premier", "dictator", "emperor",
	"general", "ambassador", "envoy", "spokesperson", "spokesman", "chairman", "founder", "scholar")

// Words that start a sentence or a phrase and are capitalised only for that.
var leadWords = set("The", "A", "An", "In", "On", "At", "During", "After", "Before", "Since", "With", "Its",
	"His", "Her", "Their", "Our", "My", "Your", "This", "That", "These", "Those", "When", "While", "As", "By",
	"For", "From", "Under", "Through", "Despite", "Although", "However", "Also", "Both", "Each", "Many",
	"Some", "Such", "Following", "Unlike", "Like", "Because", "If", "Of", "To", "And", "But", "Or", "Just",
	"Today", "Throughout", "Another", "Other", "Established", "It", "Ultimately", "There", "Here", "Yet",
	"Moreover", "Furthermore", "Meanwhile", "Thus", "Therefore", "Hence", "Although", "Whether", "Where",
	"What", "Which", "Who", "Why", "How", "Not", "No", "All", "Most", "Several", "Few", "Even", "Only",
	"Once", "Then", "Now", "Later", "Earlier", "Recently", "Currently", "Instead", "Besides", "Again",
	"Between", "Among", "Against", "Within", "Without", "Upon", "Into", "Onto", "Over", "Regarding",
	"Given", "Indeed", "Still", "Perhaps", "Since", "Until", "Unless", "Though",
	"See", "We", "I", "You", "He", "She", "They", "One", "First", "Second", "Finally", "Overall", "Despite")

var connectors = set("of", "on", "for", "the", "de", "la", "du", "del", "der", "von", "van", "al", "bin")

var months = set("January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

// Verbs that follow a person's name.
var personVerbs = set("visited", "said", "stated", "announced", "proposed", "met", "declared", "signed",
	"argued", "wrote", "told", "became", "served", "led", "ruled", "died", "was", "founded", "claimed",
	"insisted", "warned", "praised", "promised", "resigned", "won", "lost", "ordered", "appointed", "married",
	"encouraged", "introduced", "launched", "urged", "opposed", "supported", "criticized", "criticised", "approved",
	"rejected", "reformed", "decided", "negotiated", "pursued", "believed", "wanted", "sought", "refused")

// Verbs whose object, when it is a two- or three-word name, is a person.
var meetVerbs = set("met", "welcomed", "hosted", "invited", "succeeded", "replaced", "defeated", "interviewed",
	"accompanied", "endorsed", "nominated", "appointed", "dismissed", "fired", "praised", "criticized", "criticised")

var reRoleBefore = regexp.MustCompile(`\b(successor|predecessor|adviser|advisor|aide|deputy|spokesperson|spokesman|spokeswoman|rival|opponent|envoy|wife|husband|son|daughter|father|mother|brother|sister),\s*$`)

var reVenueAfter = regexp.MustCompile(`^ (?:was|is|were|had been|has been) (?:\w+ )?(?:selected|chosen|picked|named|proposed|suggested|considered|cited) as (?:the|a|an) (?:\w+ )?(?:location|venue|host|site|meeting place)\b`)

// Participles after which "by Name Name" is most often a person.
var byVerbs = set("won", "led", "written", "proposed", "founded", "taken", "made", "given", "announced",
	"introduced", "launched", "headed", "chaired", "signed", "drafted", "negotiated", "authored", "elected",
	"appointed", "defeated", "killed", "assassinated", "ordered", "commanded", "designed", "coined", "started")

// Prepositions after which a capitalised name is most often a place.
var placePreps = set("in", "to", "from", "at", "visited", "near", "toward", "towards", "into", "across",
	"throughout", "between", "via", "outside", "inside", "around")

// Words that name an office after "Secretary of", "Minister of".
var officeWords = set("State", "Defense", "Defence", "Foreign", "Affairs", "Finance", "Justice", "Commerce",
	"Interior", "Education", "Health", "War", "Trade", "Energy", "Agriculture", "Labour", "Labor", "Home")

var relations = set("daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "widow",
	"grandson", "granddaughter", "niece", "nephew", "successor", "predecessor", "uncle", "aunt")

// Geographic words that keep a name from being a person.
var geoWords = set("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
	"United", "Republic", "Kingdom", "States", "Union", "Federation", "Empire", "Democratic", "People’s", "People's")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// token is a word of a sentence with its byte range.
type token struct {
	text       string
	start, end int
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
}

// asciiWord is isWordRune of the ASCII characters.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		t[r] = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '.' || r == '&'
	}
	return t
}()

// tokenize splits a sentence into words; a trailing full stop or
// apostrophe is not part of the word unless it closes an abbreviation.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/6+1), s) // about one word in six bytes of English
}

// appendTokens appends the words of s to out (tokenize into a buffer).
func appendTokens(out []token, s string) []token {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) || r == '-' || r == '.' || r == '’' || r == '\'' {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf { // most of a sentence: no decoding
				if !asciiWord[c] {
					break
				}
				j++
				continue
			}
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r2) {
				break
			}
			j += s2
		}
		w := s[i:j]
		// most words end in none of the four ("’" ends in 0x99)
		for c := w[len(w)-1]; (c == '.' || c == '-' || c == '\'' || c == 0x99) &&
			(strings.HasSuffix(w, ".") && !isAbbrevToken(w) || strings.HasSuffix(w, "-") || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’")); c = w[len(w)-1] {
			_, last := utf8.DecodeLastRuneInString(w)
			w = w[:len(w)-last]
			j -= last
		}
		if w != "" {
			out = append(out, token{w, i, j})
		}
		if j == i {
			j = i + size
		}
		i = j
	}
	return out
}

func isAbbrevToken(w string) bool {
	return strings.Count(w, ".") >= 2 || lowerIn(abbreviations, strings.TrimSuffix(w, ".")) || isInitial(w)
}

// lowerIn is set[strings.ToLower(w)] without making the lower-case
// string when w is short ASCII.
func lowerIn(set map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// isInitial reports a capital letter and a full stop: the "S." of "Harry
// S. Truman".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

func capitalised(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return 'A' <= w[0] && w[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func possessive(w string) (string, bool) {
	for _, p := range []string{"’s", "'s"} {
		if strings.HasSuffix(w, p) {
			return strings.TrimSuffix(w, p), true
		}
	}
	return w, false
}

// run is a sequence of capitalised words (with connectors inside).
type run struct {
	toks []token
	w    []string // the words, made once
	at   int      // the index of toks[0] among the sentence's tokens
	// person is personShaped(w), which most person rules ask
	person bool
}

func (r run) span() Span { return Span{r.toks[0].start, r.toks[len(r.toks)-1].end} }

func (r run) words() []string {
	if r.w != nil {
		return r.w
	}
	out := make([]string, len(r.toks))
	for i, t := range r.toks {
		out[i] = t.text
	}
	return out
}

// capRuns finds the runs of capitalised words in a sentence. Only spaces
// may stand between the words of a run.
func capRuns(s string, toks []token) []run {
	return appendCapRuns(nil, make([]string, len(toks)), s, toks)
}

// appendCapRuns appends the runs of capitalised words of s to runs;
// words, as long as toks, receives their words (the runs' w share it).
func appendCapRuns(runs []run, words []string, s string, toks []token) []run {
	for i, t := range toks {
		words[i] = t.text
	}
	for i := 0; i < len(toks); {
		if !capitalised(toks[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			gap := s[toks[j-1].end:toks[j].start]
			if gap == "–" && capitalised(toks[j].text) && capitalised(toks[j-1].text) {
				j++ // "North–South Joint Statement"
				continue
			}
			if (gap == "' " || gap == "’ ") && strings.HasSuffix(toks[j-1].text, "s") && capitalised(toks[j].text) {
				j++ // "Polish United Workers' Party": a plural possessive inside a name
				continue
			}
			if !onlySpace(gap) {
				break
			}
			if _, pos := possessive(toks[j-1].text); pos && !inSet(geoWords, geoShape, toks[j-1].text) && !pluralsInNames[toks[j-1].text] &&
				!actTitleGoesOn(s, toks, i, j) {
				break
			}
			if capitalised(toks[j].text) || isNumber(toks[j].text) && policyHeads[toks[j-1].text] {
				j++
				continue
			}
			// connectors join only when a capitalised word follows
			k := j
			for k < len(toks) && inSet(connectors, connectorShape, toks[k].text) && onlySpace(s[toks[k-1].end:toks[k].start]) {
				k++
			}
			if k > j && k < len(toks) && capitalised(toks[k].text) && onlySpace(s[toks[k-1].end:toks[k].start]) {
				j = k + 1
				continue
			}
			break
		}
		r := run{toks: toks[i:j], at: i}
		// drop sentence-initial function words and leading numbers
		for len(r.toks) > 0 && (inSet(leadWords, leadShape, r.toks[0].text) || isNumber(r.toks[0].text) || inSet(connectors, connectorShape, r.toks[0].text)) {
			r.toks = r.toks[1:]
			r.at++
		}
		if len(r.toks) == 1 && r.toks[0].start == toks[0].start && sentenceOpener(r.toks[0].text) {
			r.toks = nil
		}
		if len(r.toks) > 0 {
			r.w = words[r.at : r.at+len(r.toks) : r.at+len(r.toks)]
			r.person = personShaped(r.w)
			runs = append(runs, r)
		}
		i = j
	}
	return runs
}

// onlySpace reports a gap that may stand inside a name: spaces, but no
// line break or tab (a table's cells are not one name).
// sentenceOpener reports a sentence's first word that is capitalised only
// for standing first: an adverb or a participle ("Snugly placed between",
// "Combined with"), unless it names a country ("Italy").
func sentenceOpener(w string) bool {
	return (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed")) && len(w) > 4 && !isGazetteerPlace(w)
}

// actTitleGoesOn reports a possessive inside the title of an act that
// opens with a verb: "Reducing America's Vulnerabilities Act", run from
// toks[i], possessive at toks[j-1].
func actTitleGoesOn(s string, toks []token, i, j int) bool {
	if !strings.HasSuffix(toks[i].text, "ing") {
		return false
	}
	for k := j; k < len(toks) && k < j+5 && capitalised(toks[k].text) && onlySpace(s[toks[k-1].end:toks[k].start]); k++ {
		if actHeads[toks[k].text] {
			return true
		}
	}
	return false
}

var actHeads = set("Act", "Bill", "Law")

// Irregular plurals whose possessive stands inside names: "the Women's
// Rights Act", "the Children's Fund".
var pluralsInNames = set("Women's", "Women’s", "Children's", "Children’s", "Men's", "Men’s")

func onlySpace(s string) bool {
	if s == " " { // most gaps
		return true
	}
	return strings.TrimSpace(s) == "" && !strings.ContainsAny(s, "\n\t")
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// candidate is a name found in a sentence before deduplication.
type candidate struct {
	kind   Kind
	name   string
	detail string
	sent   int
	span   Span
	weak   bool // kept only if no other rule claims the name
}

var (
	reQuoted      = regexp.MustCompile(`[“"]([^”"“]{3,70})[”"]`)
	reHyphenHead  = rescan.MustCompile(`\b([a-z]+(?:-[a-z]+)+) (polic(?:y|ies)|status|doctrine|strategy|diplomacy|zone|principle|concept)\b`)
	reLabel       = regexp.MustCompile(`(?i)\b(labell?ed(?: as)?|called|calls? (?:it|this|them)|known(?: \w+ly)? as|termed|dubbed|referred to as|so-called|coined|what [\w\s]{1,30} calls?|named)(?:\s+(?:this|that|it|these|them))?(?:\s+(?:the|a|an))?\s*$`)
	rePeriodWord  = regexp.MustCompile(`(?i)\b(period|era|policy|policies|doctrine|approach|strategy|principle|concept|initiative|programme|program|movement|campaign)\b`)
	reAbbrevParen = regexp.MustCompile(`^\s*\(([A-Z][A-Z&]{1,9})\b`)
	reAppositive  = regexp.MustCompile(`^,\s+(?:(?:\p{Lu}[\p{L}-]+['’]s|the|a|an|his|her|their|its)\s+)?(?:[a-z]+\s+)?(adviser|advisor|aide|deputy|spokesperson|spokesman|spokeswoman|foreign minister|minister|chancellor|president|prime minister|leader|envoy|ambassador|founder|negotiator|diplomat|secretary|general|commander|chairman|chairwoman|chief)\b`)
	reAbbrevAhead = regexp.MustCompile(`^[^()]{1,80}?\(([A-Z][A-Za-z&]{1,9})\)`)
	reKnownAs     = regexp.MustCompile(`(?:(?:formally|formerly|also|originally|officially|previously|commonly) )?known as (?:the )?`)
	policyWordsLC = set("policy", "policies", "doctrine", "strategy", "initiative", "programme", "program", "diplomacy",
		"campaign", "plan", "reform", "reforms", "law", "rule", "scheme")
)

// scratch holds the buffers of one sentence's reading, kept for the
// next sentence (scratchPool): a book is some hundred thousand sentences,
// each of which made its tokens, words, runs and places anew.
type scratch struct {
	toks   []token
	cls    []wordClass
	words  []string
	runs   []run
	places map[string]bool
	cands  []candidate
	ctx    sentCtx
}

var scratchPool = sync.Pool{New: func() any { return &scratch{places: map[string]bool{}} }}

// sentenceNames is the names of one sentence (Find before the copy).
func sentenceNames(si int, text string) []candidate {
	return (&scratch{places: map[string]bool{}}).sentenceNames(si, text)
}

// sentenceNames reads a sentence into the scratch's buffers; what it
// returns holds the scratch's array until the next call.
func (sc *scratch) sentenceNames(si int, text string) []candidate {
	out := sc.cands[:0]
	defer func() { sc.cands = out[:0] }()
	// addNamed keeps a name whose span holds more than the name itself:
	// "Partial Test Ban Treaty (PTBT)" is the treaty, named both ways.
	addNamed := func(kind Kind, sp Span, name, detail string) {
		if name == "" {
			name = text[sp.Start:sp.End]
		}
		if kind == Person || kind == Place || kind == Org {
			nsp, d, ok := cleanName(text, Span{sp.Start, sp.Start + len(name)}, kind, detail)
			if !ok {
				return
			}
			explicit := sp.End != sp.Start+len(name)
			name, detail, sp.Start = text[nsp.Start:nsp.End], d, nsp.Start
			if !explicit {
				sp = nsp
			}
		}
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		out = append(out, candidate{kind: kind, name: name, detail: detail, sent: si, span: sp})
	}
	add := func(kind Kind, sp Span, detail string) { addNamed(kind, sp, "", detail) }
	toks := appendTokens(sc.toks[:0], text)
	sc.toks = toks
	if cap(sc.words) < len(toks) {
		sc.words = make([]string, len(toks), cap(toks))
	}
	runs := appendCapRuns(sc.runs[:0], sc.words[:len(toks)], text, toks)
	sc.runs = runs
	places := sc.places
	clear(places)
	var pending []int // runs no rule took yet
	for ri, r := range runs {
		kind, sp, detail := classifyRun(text, toks, r)
		switch kind {
		case Policy, Org:
			h := headedName(text, sp, detail)
			addNamed(kind, h.span, h.name, h.detail)
		case Person:
			add(kind, sp, detail)
		case Place:
			places[text[sp.Start:sp.End]] = true
			add(kind, sp, detail)
		default:
			if p, ok := placeByContext(text, toks, runs, ri, places); ok {
				places[text[p.Start:p.End]] = true
				add(Place, p, "")
			} else {
				pending = append(pending, ri)
			}
		}
	}
	// "Argentina, Chile and the United Kingdom": earlier items of a list
	// whose later item is a place; repeat while the list grows leftwards
	for changed := true; changed && len(pending) > 0; {
		changed = false
		for k := len(pending) - 1; k >= 0; k-- {
			r := runs[pending[k]]
			sp := r.span()
			nm, _ := possessive(text[sp.Start:sp.End])
			sp.End = sp.Start + len(nm)
			w := r.words()
			if len(w) > 3 || anyMonth(w) || len(w) == 1 && (isAllCaps(w[0]) || geoWords[w[0]]) || leadWords[w[0]] ||
				!listedBeforePlace(text, sp, places) {
				continue // not "DPRK", not "the West"
			}
			if heads := titleWords[w[len(w)-1]] || policyHeads[w[len(w)-1]] || orgHeads[w[len(w)-1]]; heads {
				continue
			}
			places[nm] = true
			add(Place, sp, "")
			pending = append(pending[:k], pending[k+1:]...)
			changed = true
		}
	}
	// "the United States, the Soviet Union, the United Kingdom and France":
	// a country-like name listed with places is a place, whatever its head.
	for i, c := range out {
		if c.kind == Org && geoWords[LastWord(c.name)] && listedWithPlace(text, c.span, places) {
			out[i].kind = Place
			places[c.name] = true
		}
	}
	sc.cls = appendClasses(sc.cls[:0], toks)
	ctx := &sc.ctx
	*ctx = sentCtx{si: si, text: text, toks: toks, cls: sc.cls, runs: runs, places: places}
	for _, r := range sentenceRules {
		for _, h := range r.match(ctx) {
			kind := r.kind
			if h.kind != "" {
				kind = h.kind
			}
			c := len(out)
			addNamed(kind, h.span, h.name, h.detail)
			if r.weak && len(out) > c {
				out[c].weak = true
			}
		}
	}
	return bothNamesFirst(out)
}

// bothNamesFirst keeps a name written with its abbreviation ("ERP
// (European Recovery Program)") as the sentence's one mention of it: the
// long or the short name found alone in the same sentence goes.
func bothNamesFirst(out []candidate) []candidate {
	both := map[string]bool{}
	for _, c := range out {
		if c.detail != "" && c.span.End-c.span.Start > len(c.name)+len(c.detail) {
			both[c.name], both[c.detail] = true, true
		}
	}
	if len(both) == 0 {
		return out
	}
	kept := out[:0]
	for _, c := range out {
		if both[c.name] && !(c.detail != "" && c.span.End-c.span.Start > len(c.name)+len(c.detail)) {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

var reAdvocate = regexp.MustCompile(`(?i)\b(?:called for|advocated|championed|promoted|pursued|adopted|launched|introduced|proposed|embraced)(?:\s+(?:a|an|the))?\s*$`)

var reSurnameOf = rescan.MustCompile(`\b[Tt]he (\p{Lu}\p{Ll}{2,}) (?:administration|presidency|government|cabinet|regime|summit)\b`)

// Capitalised words that qualify a government without being a person.
var notSurnames = set("Soviet", "Communist", "Taliban", "Nationalist", "Republican", "Democratic", "Labour",
	"Conservative", "Liberal", "Federal", "Imperial", "Royal", "Military", "Provisional", "Transitional",
	"Interim", "National", "Coalition", "Junta", "Kremlin", "Socialist", "Islamic", "Revolutionary", "Civilian",
	"Unity", "Caretaker", "Minority", "Majority", "Regional", "State", "City", "Tory", "Whig")

var reListGoesOn = regexp.MustCompile(`^(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?\p{Lu}|\s+(?:and|or)\s+(?:the\s+)?\p{Lu})`)

var reListGap = regexp.MustCompile(`^(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)(?:the\s+)?$`)

// listedWithPlace reports whether the name at sp stands in a list next to
// a known place: "X, the Soviet Union" or "the Soviet Union and Y".
func listedWithPlace(text string, sp Span, places map[string]bool) bool {
	for p := range places {
		if k := strings.Index(text[sp.End:], p); k >= 0 && reListGap.MatchString(text[sp.End:sp.End+k]) {
			return true
		}
		before := text[:sp.Start]
		if k := strings.LastIndex(before, p); k >= 0 && reListGap.MatchString(before[k+len(p):]) {
			return true
		}
	}
	return false
}

var reAndBefore = regexp.MustCompile(`\b(?:[Tt]he|from|of|by|with|to|in) ((?:\p{Lu}[\p{L}-]+ ){1,3}and )$`)

// tail is the last n bytes of s (less, to start on a whole character):
// enough for patterns anchored at the end, without scanning the sentence.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// extendBackOverAnd takes in a name's first half before "and": "the
// Population and Family Planning Law", "the Peace and Friendship Treaty".
func extendBackOverAnd(text string, sp Span) Span {
	before := tail(text[:sp.Start], 80)
	if !strings.HasSuffix(before, " and ") { // the pattern ends so; the regexp is slow to fail
		return sp
	}
	off := sp.Start - len(before)
	m := reAndBefore.FindStringSubmatchIndex(before)
	if m == nil {
		return sp
	}
	m[2], m[3] = m[2]+off, m[3]+off
	part := strings.Fields(strings.TrimSuffix(text[m[2]:m[3]], " and "))
	first := part[0]
	if leadWords[first] || months[first] || isAllCaps(first) || isGazetteerPlace(strings.Join(part, " ")) || geoShaped(part) ||
		geoWords[LastWord(text[sp.Start:sp.End])] {
		return sp // not "the US and Soviet Union", "the United Kingdom and France"
	}
	return Span{m[2], sp.End}
}

var reListNext = regexp.MustCompile(`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?`)

// listedBeforePlace reports a name followed in a list by a known place:
// "Argentina, Chile and the United Kingdom".
func listedBeforePlace(text string, sp Span, places map[string]bool) bool {
	if len(places) == 0 {
		return false
	}
	rest := text[sp.End:]
	if rest == "" || rest[0] != ',' && strings.IndexByte(reSpace, rest[0]) < 0 { // the pattern opens so
		return false
	}
	m := reListNext.FindStringIndex(rest)
	if m == nil {
		return false
	}
	rest = rest[m[1]:]
	for p := range places {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// headedName is the whole of a name whose head noun is known: taken on
// over lists and small words its title holds, back over "X and", and on
// to an abbreviation defined in brackets, which the span keeps
// ("Partial Test Ban Treaty (PTBT)") and the detail names.
func headedName(text string, sp Span, detail string) ruleHit {
	if head := LastWord(text[sp.Start:sp.End]); head == "Mission" || head == "Force" {
		rest := text[sp.End:] // the pattern opens with one of three words
		if strings.HasPrefix(rest, " in ") || strings.HasPrefix(rest, " to ") || strings.HasPrefix(rest, " for ") {
			if m := rePlaceOfMission.FindStringIndex(rest); m != nil {
				sp.End += m[1] // "… Mission in Mali", "… Support Mission to Mali"
			}
		}
	}
	sp = extendNameWhole(text, sp)
	sp, detail = extendToAbbrev(text, sp, detail)
	sp = extendBackOverAnd(text, sp)
	h := ruleHit{span: sp, name: text[sp.Start:sp.End], detail: detail}
	if ab, end := abbrevAfter(text, sp); ab != "" {
		h.detail, h.span.End = ab, end
	}
	return h
}

// Heads that open a name: "Operation Serval", "Plan Colombia".
var headFirst = set("Operation", "Exercise", "Project", "Plan")

// rePlaceOfMission is where a mission or force serves.
var rePlaceOfMission = regexp.MustCompile(`^ (?:in|to|for) (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?`)

// extendToAbbrev takes a name on to the abbreviation in brackets after it
// when the abbreviation spells the longer name: "Conference on Security"
// followed by "and Co-operation in Europe (CSCE)". A bracket right after
// the name gives its abbreviation as detail.
func extendToAbbrev(text string, sp Span, detail string) (Span, string) {
	rest := text[sp.End:]
	// both patterns need a bracket: right after the name, or as the first
	// bracket that follows it
	if !strings.HasPrefix(strings.TrimLeft(rest, reSpace), "(") {
		if k := strings.IndexAny(rest, "()"); k < 1 || rest[k] != '(' {
			return sp, detail
		}
	} else if ab := reAbbrevParen.FindStringSubmatch(rest); ab != nil {
		return sp, ab[1]
	}
	m := reAbbrevAhead.FindStringSubmatchIndex(rest)
	if m == nil {
		return sp, detail
	}
	long := strings.TrimSpace(text[sp.Start : sp.End+m[2]-1])
	ab := text[sp.End+m[2] : sp.End+m[3]]
	if strings.ContainsAny(long, ",;:") || initials(long) != strings.ToUpper(ab) {
		return sp, detail
	}
	return Span{sp.Start, sp.Start + len(long)}, ab
}

// reSpace is what `\s` matches in a regexp.
const reSpace = "\t\n\f\r "

// initials are the first letters of a name's capitalised words and of the
// capitalised parts of hyphenated words: "Co-operation" gives "C".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func quotedTermOK(term string) bool {
	n := len(strings.Fields(term))
	if n == 0 || n > 6 {
		return false
	}
	return !strings.ContainsAny(term, ".?!;")
}

// geoName reports whether every word of a name is a country-like word, such
// as "North Korea": a name that the copular rule must not take as a policy.
func geoName(name string) bool {
	return anyGeo(strings.Fields(name))
}

// anyGeo reports whether any of the words is a country-like word.
func anyGeo(words []string) bool {
	for _, w := range words {
		if inSet(geoWords, geoShape, w) {
			return true
		}
	}
	return false
}

// classifyRun decides whether a run names a policy, an organisation, a
// place or a person, and returns the part of it that is the name.
func classifyRun(text string, toks []token, r run) (Kind, Span, string) {
	w := r.words()
	n := len(w)
	if k := roleOfBodyEnd(w); k > 0 {
		// "Chairman of the Council of Ministers of the Soviet Union
		// Alexei Kosygin": the role is detail, the name is the person
		return Person, Span{r.toks[k].start, r.toks[n-1].end}, text[r.toks[0].start:r.toks[k-1].end]
	}
	if k, role := roleToBodyEnd(text, toks, r); k > 0 {
		// "Ambassador to the United Nations Linda Thomas-Greenfield"
		return Person, Span{r.toks[k].start, r.toks[n-1].end}, role
	}
	// a title inside the run: "Japanese Prime Minister Fumio Kishida"
	for i := n - 2; i >= 0; i-- {
		end := i
		if inSet(titleWords, titleShape, w[i]) && w[i+1] == "of" {
			// "Secretary of State James Baker"
			end = i + 2
			for end < n && officeWords[w[end]] {
				end++
			}
			end--
			if end <= i+1 || end+1 >= n {
				continue
			}
		}
		if inSet(titleWords, titleShape, w[i]) && capitalised(w[end+1]) && !connectors[w[end+1]] {
			name := r.toks[end+1:]
			if len(name) > 3 {
				name = name[:3]
			}
			if titleWords[name[0].text] || officeWords[name[0].text] {
				continue // "Deputy Foreign Minister" with no name after it
			}
			sp := Span{name[0].start, name[len(name)-1].end}
			nm, _ := possessive(text[sp.Start:sp.End])
			sp.End = sp.Start + len(nm)
			if geoName(nm) || orgHeads[LastWord(nm)] || policyHeads[LastWord(nm)] {
				break
			}
			return Person, sp, text[r.toks[0].start:r.toks[end].end]
		}
	}
	// the head noun decides; anything after it must be a qualifier
	for i := 0; i < n; i++ {
		if !inSet(anyHeads, anyHeadShape, w[i]) {
			continue
		}
		rest := w[i+1:]
		ok := len(rest) == 0 || len(rest) == 1 && isNumber(rest[0]) || connectors[rest[0]] && rest[0] != "the"
		if headFirst[w[i]] && len(rest) > 0 && len(rest) <= 2 && !connectors[rest[0]] {
			// "the French Operation Serval": the name starts at its head
			return Policy, Span{r.toks[i].start, r.toks[n-1].end}, ""
		}
		if !ok {
			continue
		}
		if i == 0 && len(rest) == 0 {
			return "", Span{}, ""
		}
		sp := r.span()
		if anyMonth(rest) {
			// "the Moscow Treaty of August 1970", "the Fifth Congress of
			// the Party on November 13": the date is not the name
			k := i + 1
			for !months[w[k]] {
				k++
			}
			for k > i+1 && connectors[w[k-1]] {
				k--
			}
			sp.End = r.toks[k-1].end
		}
		if k := pluralOfStart(w, i); k > 0 {
			// "Members of the Polish United Workers' Party": the party
			sp.Start = r.toks[k].start
		}
		nm, _ := possessive(text[sp.Start:sp.End])
		sp.End = sp.Start + len(nm)
		switch {
		case policyHeads[w[i]]:
			return Policy, sp, ""
		case orgHeads[w[i]]:
			return Org, sp, ""
		default:
			return Place, sp, ""
		}
	}
	// the words around the run decide: "leader Kim Jong-un", "met Kim Jong-il"
	for _, pr := range personRules {
		if sp, detail, ok := pr.match(text, toks, r); ok {
			return Person, sp, detail
		}
	}
	return "", Span{}, ""
}

// pluralOfStart finds where a name starts in a run that opens with a
// plural common noun and "of" before the name's head at i: "Members of
// the …", "Archives of the …". It returns 0 when the run does not.
func pluralOfStart(w []string, i int) int {
	if i < 3 || w[1] != "of" || !strings.HasSuffix(w[0], "s") || strings.HasSuffix(w[0], "ss") ||
		policyHeads[w[0]] || orgHeads[w[0]] || placeHeads[w[0]] || geoWords[w[0]] || isGazetteerPlace(w[0]) {
		return 0
	}
	k := 2
	for k < i && (w[k] == "the" || w[k] == "The") {
		k++
	}
	return k
}

// roleOfBodyEnd finds where a person's name starts in a run that opens
// with a role held in a body: a title, "of", the body, then two or three
// words of a name. It returns 0 when the run is not shaped so.
func roleOfBodyEnd(w []string) int {
	n := len(w)
	if n < 5 || !titleWords[w[0]] || w[1] != "of" {
		return 0
	}
	k := n
	for k > 0 && n-k < 3 && personWord(w[k-1]) {
		k--
	}
	if n-k < 2 || k < 3 {
		return 0
	}
	prev := w[k-1]
	if orgHeads[prev] || geoWords[prev] || officeWords[prev] || placeHeads[prev] || isGazetteerPlace(prev) {
		return k
	}
	return 0
}

// roleToBodyEnd finds a person's name at the end of a run that follows a
// title and "to": "Ambassador to the United Nations Linda
// Thomas-Greenfield". It returns where the name starts in the run and
// the whole role, or 0.
func roleToBodyEnd(text string, toks []token, r run) (int, string) {
	i := r.at - 1
	if i >= 0 && toks[i].text == "the" {
		i--
	}
	if i < 1 || toks[i].text != "to" || !titleWords[toks[i-1].text] || !capitalised(toks[i-1].text) {
		return 0, ""
	}
	w := r.words()
	n := len(w)
	k := n
	for k > 0 && n-k < 3 && personWord(w[k-1]) {
		k--
	}
	if n-k < 2 || k < 1 {
		return 0, ""
	}
	if prev := w[k-1]; !(orgHeads[prev] || geoWords[prev] || isGazetteerPlace(prev)) {
		return 0, ""
	}
	j := i - 1
	for j > 0 && capitalised(toks[j-1].text) && onlySpace(text[toks[j-1].end:toks[j].start]) {
		j-- // "U.S. Ambassador"
	}
	return k, text[toks[j].start:r.toks[k-1].end]
}

// personWord reports a word that may be part of a personal name.
func personWord(x string) bool {
	return capitalised(x) && !orgHeads[x] && !policyHeads[x] && !placeHeads[x] && !geoWords[x] && !connectors[x] &&
		!titleWords[x] && !officeWords[x] && !months[x] && !isGazetteerPlace(x) && !isAllCaps(x)
}

func anyMonth(w []string) bool {
	for _, x := range w {
		if inSet(months, monthShape, x) {
			return true
		}
	}
	return false
}

// placeByContext takes a run as a place when a preposition of place stands
// before it ("in Ulaanbaatar"), or when it is listed with a place ("Russia
// and China").
func placeByContext(text string, toks []token, runs []run, ri int, places map[string]bool) (Span, bool) {
	site, ok := placeCandidate(text, toks, runs[ri], places)
	if !ok {
		return Span{}, false
	}
	for _, pr := range placeRules {
		if pr.match(site) {
			return site.sp, true
		}
	}
	return Span{}, false
}

// placeCandidate reports whether a run may be a place at all: not too
// long, no month, title, head noun, quoted title, nationality before a
// common noun, "Japan-DPRK relations" or "Article 12".
func placeCandidate(text string, toks []token, r run, places map[string]bool) (placeSite, bool) {
	w := r.words()
	if len(w) > 4 || anyMonth(w) {
		return placeSite{}, false
	}
	for _, x := range w {
		if inSet(titleWords, titleShape, x) || inSet(anyHeads, anyHeadShape, x) && (policyHeads[x] || orgHeads[x]) ||
			strings.IndexByte(x, '.') >= 0 && !isAbbrevToken(x) {
			return placeSite{}, false
		}
	}
	if isAllCaps(w[0]) && len(w) == 1 {
		return placeSite{}, false
	}
	if insideQuotes(text, r.toks[0].start) {
		return placeSite{}, false // a title: “A Paradise Built in Hell”
	}
	sp := r.span()
	nm, _ := possessive(text[sp.Start:sp.End])
	sp.End = sp.Start + len(nm)
	idx := r.at
	nextIdx := r.at + len(r.toks)
	if (nextIdx >= len(toks) || !capitalised(toks[nextIdx].text)) && demonym(LastWord(nm)) {
		return placeSite{}, false
	}
	if strings.Contains(nm, "-") && nextIdx < len(toks) && !capitalised(toks[nextIdx].text) {
		return placeSite{}, false // "Japan-DPRK relations"
	}
	if nextIdx < len(toks) && isNumber(toks[nextIdx].text) && onlySpace(text[sp.End:toks[nextIdx].start]) {
		return placeSite{}, false // "into Article 12", "on Route 66"
	}
	return placeSite{text: text, toks: toks, r: r, w: w, sp: sp, idx: idx, places: places}, true
}

// insideQuotes reports whether offset i stands inside curly or straight
// double quotes of the sentence.
func insideQuotes(text string, i int) bool {
	// strings.Count of "“", "”" and '"' in text[:i], in one pass
	open, closed, straight := 0, 0, 0
	for k := 0; k < i; k++ {
		switch text[k] {
		case '"':
			straight++
		case 0xe2: // "“" is E2 80 9C, "”" E2 80 9D
			if k+2 < i && text[k+1] == 0x80 {
				switch text[k+2] {
				case 0x9c:
					open++
				case 0x9d:
					closed++
				}
			}
		}
	}
	return open > closed || straight%2 == 1
}

// geoShaped reports a name built like a country's or a region's: ending
// in a state word ("United States", "Soviet Union") or a compass word and
// one more word that is not a nationality ("North Korea", "East Prussia").
func geoShaped(w []string) bool {
	last := w[len(w)-1]
	if geoWords[last] && last != "Central" {
		return true
	}
	if len(w) != 2 || demonym(last) || orgHeads[last] || policyHeads[last] || eventHeads[last] || strings.HasSuffix(last, "s") {
		return false
	}
	return compassWords[w[0]]
}

// placeShaped reports a name of several words that looks like a place's
// rather than a person's ("Pearl Harbor", "New York", "East Prussia",
// not "Yuri Andropov"): in the gazetteer, ending in a place noun, shaped
// like a region, or opening with a word places open with.
func placeShaped(w []string) bool {
	return placeHeads[w[len(w)-1]] || geoShaped(w) || placePrefixes[w[0]] || isGazetteerPlace(strings.Join(w, " "))
}

var placePrefixes = set("New", "San", "Santa", "Saint", "St.", "Los", "Las", "Port", "Fort", "Mount", "Lake", "Cape",
	"Greater", "Upper", "Lower", "Gulf", "Bay", "Isle", "Le", "La", "El", "Al")

var compassWords = set("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
	"Upper", "Lower", "Greater", "Outer", "Inner")

// Nouns that name an event, which is never a person, place or body.
var eventHeads = set("War", "Wars", "Revolution", "Crisis", "Battle", "Offensive", "Uprising", "Spring", "Blockade",
	"Airlift", "Incident", "Massacre", "Rebellion", "Revolt", "Siege", "Invasion", "Election", "Elections", "Games",
	"Olympics", "Famine", "Depression", "Purge", "Coup", "Riots")

func isAllCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// demonym reports whether a word looks like an adjective of nationality
// ("Korean", "Japanese", "Mongolian").
// demonym reports a word shaped like a nationality adjective ("Korean",
// "Mongolian", "Japanese", "Israeli"). Country names that merely end in
// "-an" (Japan, Iran, Taiwan, Pakistan) are not.
func demonym(w string) bool {
	if w == "" {
		return false
	}
	switch w[len(w)-1] { // the last letters of the endings below
	case 'n', 'e', 'h', 'c', 'i':
	default:
		return false
	}
	for _, suf := range []string{"ian", "ean", "can", "ese", "ish", "ic", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return strings.HasSuffix(w, "man") && len(w) > 5 // German, Ottoman
}
