package quiz

import (
	"regexp"
	"strings"
)

// One card per point. A deck a student keeps holds each point once: two
// cards on one sentence ask one thing twice, or the back of one shows the
// answer of the other ("NATO" and "1949" on "The United States joined …
// in 1949 to form the North Atlantic Treaty Organization"; "What is Khaan
// Quest?" beside "Established in _____, Khaan Quest is …"). Of the cards
// on one sentence the deck keeps the one that asks its main point, unless
// the sentence holds separate statements (parts joined by a semicolon),
// which keep a card each.

// pointRank ranks a card by how much of its sentence's point it asks: what
// a term is or what a named thing did first, then a policy's name or who
// pursued it, then what happened at the event's own date, the name that is
// the sentence's subject, a person's role, a date blanked in its sentence,
// and last a name the sentence mentions on the side.
func (g *generator) pointRank(c Card) int {
	switch c.Kind {
	case CardDefine:
		return 90
	case CardQuestion:
		return 80
	case CardWho:
		return 75
	case CardWhatWhen:
		return 60
	case CardWhoIs:
		return 55
	case CardWhen:
		return 50
	case CardCloze:
		f, ok := g.factByKey(c.FactKey)
		switch {
		case !ok:
			return 40
		case f.Kind == PolicyFact:
			return 70
		case subjectName(f):
			return 65
		case !afterPreposition(f):
			return 52 // the object of the sentence's verb: "… in 1949 to form the _____"
		}
		return 40
	}
	return 0
}

// subjectName reports a name that is the subject of its clause: a verb
// follows it ("industrialist Lewis H. Brown wrote …", "the Supreme
// Soviet passed …"), not a preposition or a noun.
func subjectName(f Fact) bool {
	j := f.End - f.SentSpan.Start
	if j < 0 || j > len(f.Sentence) {
		return false
	}
	w := leadingFields(f.Sentence[j:], 2)
	if len(w) == 0 {
		return false
	}
	next := strings.ToLower(strings.Trim(w[0], ",;:"))
	if w[0] != next && strings.HasSuffix(w[0], ",") {
		return false // "Truman, the president, …": an aside follows
	}
	if auxBlockers[next] || next == "was" || next == "were" || next == "also" || next == "then" || next == "later" || next == "had" {
		return true
	}
	return next == strings.Trim(w[0], ",;:") && pastTense(next)
}

// afterPreposition reports a name that a preposition ties to the
// sentence, beside its point: "with help from the _____", "at the request
// of General _____", "in his address at _____".
func afterPreposition(f Fact) bool {
	i := f.Start - f.SentSpan.Start
	if i < 0 || i > len(f.Sentence) {
		return false
	}
	w := strings.Fields(f.Sentence[:i])
	for k := len(w) - 1; k >= 0; k-- {
		x := strings.Trim(w[k], "“”\"'(")
		lx := strings.ToLower(x)
		if lx == "the" || lx == "a" || lx == "an" || x != lx { // a determiner or a title ("General", "Senator")
			continue
		}
		return prepositions[lx]
	}
	return false
}

// prepositions tie a noun phrase to a clause.
var prepositions = map[string]bool{"of": true, "to": true, "by": true, "for": true, "with": true, "under": true, "from": true,
	"against": true, "than": true, "at": true, "in": true, "on": true, "into": true, "among": true, "between": true,
	"including": true, "like": true, "as": true, "about": true, "via": true, "through": true, "after": true, "before": true,
	"during": true, "without": true, "within": true, "toward": true, "towards": true, "upon": true, "over": true, "beside": true}

// onePerPoint keeps, of the cards on one sentence, the one that asks its
// main point (pointRank; the first of equals), and a card of each other
// statement of the sentence (separatePart), in deck order.
func (g *generator) onePerPoint(cards []Card) []Card {
	kept := map[string][]Card{} // per sentence, the cards kept
	best := map[string]Card{}
	for _, c := range cards {
		k := normSpace(c.Sentence)
		if k == "" {
			continue // a card of no sentence (the user's own) stands alone
		}
		if b, ok := best[k]; !ok || g.pointRank(c) > g.pointRank(b) {
			best[k] = c
		}
	}
	for _, c := range cards {
		k := normSpace(c.Sentence)
		if best[k].Key == c.Key {
			kept[k] = append(kept[k], c)
		}
	}
	// a card of another statement of the sentence than every card kept
	for _, c := range cards {
		k := normSpace(c.Sentence)
		if best[k].Key == c.Key {
			continue
		}
		own := true
		for _, o := range kept[k] {
			if !separatePart(c.Sentence, c.Phrase, o.Phrase) {
				own = false
				break
			}
		}
		if own {
			kept[k] = append(kept[k], c)
		}
	}
	keep := map[string]bool{}
	for _, cs := range kept {
		for _, c := range cs {
			keep[c.Key] = true
		}
	}
	out := cards[:0:0]
	for _, c := range cards {
		if keep[c.Key] || normSpace(c.Sentence) == "" {
			out = append(out, c)
		}
	}
	return out
}

// separatePart reports two phrases of sentence s that stand in different
// statements of it, parts joined by a semicolon: "The region's trade had
// been disrupted; millions lived on aid from UNRRA" says two things.
func separatePart(s, a, b string) bool {
	if a == "" || b == "" || !strings.Contains(s, "; ") {
		return false
	}
	i, j := strings.Index(s, a), strings.Index(s, b)
	if i < 0 || j < 0 {
		return false
	}
	return partOf(s, i) != partOf(s, j) && partOf(s, i+len(a)-1) == partOf(s, i) && partOf(s, j+len(b)-1) == partOf(s, j)
}

// partOf is the number of the semicolon-joined part of s that holds byte i.
func partOf(s string, i int) int {
	return strings.Count(s[:min(i, len(s))], "; ")
}

// reCardListBefore ends on two names of a list, each with its comma:
// "Britain, France, " ("In Hungary, _____ was appointed" opens with a
// place, no list).
var reCardListBefore = regexp.MustCompile(`(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*,(?: (?:the )?|$)){2,}$`)

// reCardListBeforeAnd ends on a list's names before its last: "Britain,
// France, Denmark and".
var reCardListBeforeAnd = regexp.MustCompile(`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*, (?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*,? (?:and|or)$`)

// reCardListAfter is the rest of a list of three or more after one of its
// names: ", Stalin and …", ", Canada, …", ", and the American public"; not
// "…, the United States' first alliance" (an aside) nor "… and Roosevelt
// moved" (a clause).
var reCardListAfter = regexp.MustCompile(`^(?:,\s*(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,|\s+(?:and|or)\s)|,\s+(?:and|or)\s+(?:the\s+)?\p{Lu})`)

// reCardOpenerEnds is text that ends on a list opener: the blank is the first
// example it names.
var reCardOpenerEnds = regexp.MustCompile(`(?i)(?:such\s+(?:[a-z-]+\s+){0,2}as|including|e\.g\.,?)\s*(?:the\s*)?$`)

// exampleListed reports text that ends inside a list of examples, after
// one example at least: "including the Treaty of Nanking, the treaties of
// Tianjin, and" (the _____), "such as Tito or".
func exampleListed(lead string) bool {
	if k := strings.LastIndex(lead, ";"); k >= 0 {
		lead = lead[k+1:]
	}
	locs := reListOpener.FindAllStringIndex(lead+" ", -1)
	if len(locs) == 0 {
		return false
	}
	between := strings.TrimSpace(lead[min(locs[len(locs)-1][1], len(lead)):])
	if !strings.HasSuffix(between, " and") && !strings.HasSuffix(between, " or") && !strings.HasSuffix(between, ",") {
		return false
	}
	for _, w := range strings.Fields(between) {
		if lw := strings.ToLower(strings.Trim(w, ",")); pastTense(lw) || auxBlockers[lw] {
			return false // "including Britain, agreed and": a clause, not a list
		}
	}
	return len(strings.Fields(between)) > 1
}

// titleFollows reports text after a name that sets a title beside it:
// "Molotov, Foreign Minister of the USSR, said" is no list.
func titleFollows(after string) bool {
	w := leadingFields(strings.TrimLeft(after, ", "), 1)
	return len(w) > 0 && rankWords[strings.ToLower(strings.Trim(w[0], ","))] && strings.ToLower(w[0]) != "the"
}

// wrongBlank reports a cloze card's blank on something other than its
// sentence's point: one member of a list ("adviser to presidents from
// Woodrow Wilson to _____", "including foreign-policy conservatives, the
// _____, and the American public"), which any other member completes as
// well and which says nothing the sentence is about; or a name labelled
// by the possessive before it ("Kim Il-sung's _____ invaded South
// Korea"), which the owner gives away (round 11, Cold War C3 and C19,
// perestroika C15).
func wrongBlank(f Fact) bool {
	i, j := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if i < 0 || j > len(f.Sentence) || i > j {
		return false
	}
	// brackets are asides: "the Treaty of Nanking (1842), the treaties of Tianjin (1858), and the _____"
	before, after := strings.TrimRight(withoutAsides(f.Sentence[:i]), " “\"‘"), withoutAsides(strings.TrimLeft(f.Sentence[j:], "”\"’"))
	if reCardListAfter.MatchString(after) && !titleFollows(after) || qualifiedGroup(f) {
		return true
	}
	if openList(f) && !reCardOpenerEnds.MatchString(before) {
		return true // "such nations as China, _____, Iran"; "China Hands such as _____ argued" names one example, the point
	}
	words := strings.Fields(before)
	if n := len(words); n > 0 && (words[n-1] == "the" || words[n-1] == "a" || words[n-1] == "an") {
		words = words[:n-1]
	}
	lead := strings.Join(words, " ")
	// "Britain, France, _____": a name after two names and their commas
	if reCardListBefore.MatchString(lead) || reCardListBeforeAnd.MatchString(lead) || exampleListed(lead) {
		return true
	}
	// "from Woodrow Wilson to _____": the end of a range of names
	if strings.HasSuffix(lead, " to") || strings.HasSuffix(lead, " through") {
		head := strings.TrimRight(lead[:strings.LastIndex(lead, " ")], " ")
		if k := strings.LastIndex(head, " from "); k >= 0 {
			span := strings.Fields(head[k+len(" from "):])
			named := len(span) > 0
			for _, w := range span {
				named = named && (capitalised(w) || w == "of" || w == "the")
			}
			if named {
				return true
			}
		}
	}
	// "Kim Il-sung's _____": a name labelled by its owner
	if n := len(words); (f.Kind == PersonFact || f.Kind == OrgFact) && n > 0 && len(words) == len(strings.Fields(before)) {
		w := words[n-1]
		if (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && capitalised(w) {
			return true
		}
	}
	return false
}

// quantifierLeads open an answer that names no thing of its own: "each of
// the obstacles to postwar recovery", "a series of … efforts".
var quantifierLeads = []string{"each of ", "all of ", "some of ", "any of ", "many of ", "several of ", "a series of ", "a number of ", "a range of ", "a variety of ", "one of the "}

// vagueWords say that something was done or needed without saying what:
// "a realization that a new policy was needed", "supreme authority".
var vagueWords = map[string]bool{"realization": true, "realisation": true, "new": true, "policy": true, "policies": true,
	"needed": true, "need": true, "necessary": true, "change": true, "changes": true, "effort": true, "efforts": true,
	"action": true, "actions": true, "measure": true, "measures": true, "step": true, "steps": true, "authority": true,
	"supreme": true, "power": true, "role": true, "position": true, "situation": true, "problem": true, "problems": true,
	"issue": true, "issues": true, "way": true, "ways": true, "approach": true, "something": true, "things": true,
	"thing": true, "matter": true, "matters": true, "different": true, "certain": true, "various": true, "other": true,
	"major": true, "important": true, "significant": true, "great": true, "full": true, "current": true}

// vagueAnswer reports an answer a student cannot learn anything from: a
// quantifier over a restated noun ("each of the obstacles to postwar
// recovery"), or only words that say something was needed or held
// ("a realization in Washington that a new policy was needed", "supreme
// authority"). Round 11: Marshall Plan C9, C15, C16; Cold War C8.
func vagueAnswer(answer string) bool {
	a := strings.ToLower(strings.TrimSpace(answer))
	for _, lead := range []string{"what led to ", "what caused ", "what resulted in "} {
		if strings.HasPrefix(a, lead) {
			return vagueAnswer(strings.TrimSuffix(answer[len(lead):], "?")) // the front of a cause card: "What led to a realization … that a new policy was needed?"
		}
	}
	for _, q := range quantifierLeads {
		if strings.HasPrefix(a, q) {
			return true
		}
	}
	content := 0
	prev := ""
	for _, w := range strings.Fields(answer) {
		x := strings.Trim(w, ",;:.?!\"“”‘’()")
		lx := strings.ToLower(x)
		after := prev
		prev = lx
		if lx == "" || stopWords[lx] || vagueWords[lx] || capitalised(x) && (after == "in" || after == "at") {
			continue // a place named in passing ("in Washington") tells nothing of what was done
		}
		if isNumber(x) {
			return false
		}
		content++
	}
	return content == 0
}

// shownByDefinition leaves out a card that asks about a defined term
// what the term's definition card already shows on its back: "What is
// the literal meaning of “perestroika”?" beside "What is Perestroika?" …
// "Meaning “restructuring”."; "When did this happen? “Established in
// _____, Khaan Quest is …”" beside the definition of Khaan Quest (round
// 11 builtin C10/C11). A card on the term's name elsewhere ("The
// emerging doctrine of _____", containment) asks something else.
func shownByDefinition(cards []Card) []Card {
	type def struct{ term, back string }
	var defs []def
	for _, c := range cards {
		if c.Kind == CardDefine && c.Phrase != "" {
			defs = append(defs, def{strings.ToLower(c.Phrase), strings.ToLower(c.Back)})
		}
	}
	if len(defs) == 0 {
		return cards
	}
	out := cards[:0:0]
	for _, c := range cards {
		ans := strings.ToLower(strings.TrimSpace(c.Phrase))
		if c.Kind == CardWho {
			ans = strings.ToLower(strings.TrimSpace(c.Back)) // its Phrase is the policy it asks about
		}
		shown := false
		if c.Kind != CardDefine && c.Kind != CardWhatWhen && ans != "" { // a what-happened front names its chapter, not what it asks
			front := strings.ToLower(c.Front)
			for _, d := range defs {
				if strings.Contains(front, d.term) && findWord(d.back, ans, 0) >= 0 {
					shown = true
					break
				}
			}
		}
		if !shown {
			out = append(out, c)
		}
	}
	return out
}
