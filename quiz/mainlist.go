package quiz

import (
	"regexp"
	"strings"
)

// What a named policy did, when it did several things (issue 18, round
// 14: "what the Marshall Plan gave and achieved", "what the doctrine
// actually said" went unasked). whatDid refuses an object that is the
// first of a list, or that another act of the sentence follows: keyed on
// one item, the question had other fair answers in the same sentence
// (round 9). When the subject is a named policy — the sentence tells what
// the policy did, a chapter's main point — the question is asked with the
// whole list of the first verb's objects as its key, and any one item is
// accepted (typedAnswer's parts).

// policyList is "What did POLICY VERB?" answered by the list of the
// verb's objects up to the sentence's next act: "The Marshall Plan
// required a reduction of interstate barriers, a dropping of many
// regulations, and encouraged …" → "What did the Marshall Plan require?"
// → "a reduction of interstate barriers, a dropping of many regulations".
func (g *generator) policyList(i int, c clause) (structAnswer, bool) {
	if i < 0 || !activeAux[c.aux] || c.verb == "" || stopVerbs[c.base] || c.after <= 0 || c.after > len(c.text) || !g.policySubject(i, c) {
		return structAnswer{}, false
	}
	rest := c.text[c.after:]
	end := len(rest)
	for _, st := range []string{"; ", ": ", " (", ", as well as ", " because ", " in order ", " so that ", ", which ", ", while ", ", whereas ", ", but "} {
		if k := strings.Index(rest, st); k >= 0 && k < end {
			end = k
		}
	}
	next, nextAt := "", -1
	if m := reNextVerb.FindAllStringSubmatchIndex(rest[:end], -1); m != nil {
		for _, x := range m {
			if pastVerb(rest[x[2]:x[3]]) && !determiners[rest[x[2]:x[3]]] {
				end = x[0] // ", and encouraged …": the next act
				next, nextAt = rest[x[2]:x[3]], x[3]
				break
			}
		}
	}
	list := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest[:end]), ","))
	items := strings.Split(list, ", ")
	for k := range items {
		items[k] = strings.TrimPrefix(strings.TrimPrefix(items[k], "and "), "or ")
	}
	if len(items) == 2 && end < len(rest) {
		// the sentence's ", and" went with its next act: two items read "A
		// and B"
		list = items[0] + " and " + items[1]
	}
	if len(items) < 2 || len(items) > 4 || fieldCount(list) > 20 {
		return structAnswer{}, false
	}
	for _, it := range items {
		w := strings.Fields(it)
		if len(w) < 2 || len(w) > 8 || !listItemStart(w[0]) || hasClauseVerb(w) || !g.selfContained(it) {
			return structAnswer{}, false
		}
	}
	if lostSetting(c, "") {
		return structAnswer{}, false
	}
	verb := c.verbForm()
	if more, base, ok := g.nextActItems(rest, next, nextAt, len(items)); ok && c.aux == "" && !mainListNextOff {
		// round 18 Marshall Q1: "required A, B, and encouraged C, as well
		// as D" keyed A and B only; a student who gave C or D was marked
		// wrong. Both acts are asked, any item is right.
		items = append(items, more...)
		list = strings.Join(items[:len(items)-1], ", ") + ", and " + items[len(items)-1]
		verb += " or " + base
	}
	prompt := "What " + c.doForm() + " " + g.lowerCommon(c.subj) + " " + verb + c.tail() + "?"
	return structAnswer{prompt: prompt, answer: list, form: "obj:" + c.base, subj: c.subj}, true
}

// mainListNextOff turns nextActItems off, for measuring.
var mainListNextOff bool

// nextActItems are the objects of the act a policy's list runs into
// ("…, and encouraged an increase in productivity, as well as the
// adoption of modern business procedures"), with the act's base form,
// when that act ends the sentence with one to three items of its own and
// the whole makes five items at most.
func (g *generator) nextActItems(rest, past string, at, have int) ([]string, string, bool) {
	if past == "" || at < 0 || at >= len(rest) {
		return nil, "", false
	}
	base, ok := baseForm(past)
	if !ok || stopVerbs[base] {
		return nil, "", false
	}
	tail := strings.TrimRight(strings.TrimSpace(rest[at:]), ".")
	if strings.ContainsAny(tail, ";:()") {
		return nil, "", false
	}
	tail = strings.ReplaceAll(tail, ", as well as ", ", ")
	var items []string
	for _, it := range strings.Split(tail, ", ") {
		it = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(it), "and "), "or ")
		w := strings.Fields(it)
		if len(w) < 2 || len(w) > 8 || !listItemStart(w[0]) || hasClauseVerb(w) || !g.selfContained(it) {
			return nil, "", false
		}
		items = append(items, it)
	}
	if len(items) == 0 || len(items) > 3 || have+len(items) > 5 {
		return nil, "", false
	}
	return items, base, true
}

// reNextVerb finds a word after " and " or ", ": the verb of a next act
// when it is a past form ("…, and encouraged an increase").
var reNextVerb = regexp.MustCompile(`(?:,? and|,) ([a-z]+) `)

// listItemStart reports a word that may open an item of a list of things:
// a determiner or a lower-case modifier ("a reduction", "the end",
// "economic aid"), not a name or a verb.
func listItemStart(w string) bool {
	if determiners[w] {
		return true
	}
	return isLowerWord(w) && !pastVerb(w) && !strings.HasSuffix(w, "ing")
}

// policySubject reports a named policy as the subject of sentence i's
// clause: the clause names it, or writes its head ("The treaty …") in an
// article on it, or "the law" that resolveSubject read as the policy the
// sentence before names.
func (g *generator) policySubject(i int, c clause) bool {
	if c.subjLen == 0 {
		return false
	}
	for _, p := range g.points().policies[int32(i)] {
		if findWord(c.subj, p, 0) >= 0 || findWord(c.subjRaw, p, 0) >= 0 {
			return true
		}
	}
	if ts := g.titleSubject(); ts != "" && strings.EqualFold(c.subj, "the "+headNoun(ts)) && g.titleHead(strings.ToLower(headNoun(ts))) {
		return true // "The treaty bans …" in an article on one treaty
	}
	if i > 0 {
		for _, p := range g.points().policies[int32(i-1)] {
			if strings.EqualFold(strings.TrimPrefix(c.subj, "the "), p) {
				return true
			}
		}
	}
	return false
}

// reDefinedAct reads what a defined thing does, in its definition: "a
// multilateral treaty that bans all nuclear explosions …", "a Soviet
// foreign policy that proclaimed any threat …".
var reDefinedAct = regexp.MustCompile(`^(?:a|an|the) [^,;()]{1,60}? (?:that|which) ([a-z]+) (.+)$`)

// definedAct is "What did X VERB?" from a sentence that defines a named
// X by what it does: "The Brezhnev Doctrine was a Soviet foreign policy
// that proclaimed any threat to socialist rule in any state … was a
// threat to them all." → "What did the Brezhnev Doctrine proclaim?" →
// "that any threat … was a threat to them all"; "The CTBT is a
// multilateral treaty that bans all nuclear explosions, …" → "What does
// the CTBT ban?" → "all nuclear explosions" (round 14 D: what the doctrine
// said was asked by no question). The act is read as the sentence "X
// VERB …" and asked as whatDid asks it.
func (g *generator) definedAct(c clause) (structAnswer, bool) {
	if c.aux == "" || !copula[c.aux] || c.verb != "" && c.base != "be" || c.after <= 0 || c.after > len(c.text) {
		return structAnswer{}, false
	}
	m := reDefinedAct.FindStringSubmatch(strings.TrimSpace(c.text[c.after:]))
	if m == nil || determiners[m[1]] || !pastVerb(m[1]) && !strings.HasSuffix(m[1], "s") {
		return structAnswer{}, false
	}
	rest := m[2]
	for _, st := range []string{", and therefore ", ", and thus ", ", and hence ", ", and so "} {
		rest, _, _ = strings.Cut(rest, st) // "…, and therefore justifies …": what follows from it, no part of the act
	}
	added := false
	if w := strings.Fields(rest); len(w) > 3 && !strings.HasPrefix(rest, "that ") && hasClauseVerb(w) {
		rest, added = "that "+rest, true // "proclaimed any threat … was a threat": a clause without its "that"
	}
	subj := c.subjRaw
	if subj == "" {
		return structAnswer{}, false
	}
	act, ok := g.clauseOf(capitaliseFirst(subj) + " " + m[1] + " " + rest + ".")
	if !ok {
		return structAnswer{}, false
	}
	act.intro = c.intro
	p, obj, ok := g.whatDid(act)
	if !ok || g.objectIsFact(obj) {
		return structAnswer{}, false
	}
	form := "obj:" + act.base
	if strings.HasPrefix(obj, "that ") {
		if !thatVerbs[act.base] {
			return structAnswer{}, false
		}
		form = "that"
		if added {
			obj = strings.TrimPrefix(obj, "that ") // the answer as the sentence writes it
		}
	}
	return structAnswer{prompt: p, answer: obj, form: form, subj: act.subj}, true
}

// listLead is a "name one" question on the items a sentence ending in a
// colon introduces, when they are short heads rather than sentences (the
// hygiene rules keep such items out as sentences, so what they list was
// never asked): "Already during the Potsdam Conference, on 30 July 1945,
// the Allied Control Council was constituted in Berlin to execute the
// Allied resolutions (the "Four Ds"):" over "Denazification of the German
// society …", "Demilitarization of …", "Democratization, including …",
// "Decentralization resulting in …" → "“… (the "Four Ds").” Name one of
// them." → any of the four heads. Not for one item or more than six, an
// item that is a clause or whose head is long, nor a lead that leans on
// the sentence before.
func (g *generator) listLead(i int) (structAnswer, bool) {
	s := g.sents[i]
	lead := strings.TrimSpace(withoutCitations(s.text))
	if !strings.HasSuffix(lead, ":") || g.a == nil || s.chapter >= len(g.a.Chapters) || fieldCount(lead) < 6 || fieldCount(lead) > maxQuestionWords {
		return structAnswer{}, false
	}
	if i+1 < len(g.sents) && g.sents[i+1].chapter == s.chapter && g.sents[i+1].block == s.block {
		return structAnswer{}, false // the colon ends no block
	}
	blocks := g.a.Chapters[s.chapter].Blocks
	var heads []string
	for b := s.block + 1; b < len(blocks) && (blocks[b].Kind == ListItem || blocks[b].Kind == Paragraph && len(heads) > 0 && countSaid(lead) > len(heads)); b++ {
		h := itemHead(blocks[b].Text)
		if h == "" && blocks[b].Kind == Paragraph {
			break // running text after the list
		}
		if h == "" || len(heads) == 6 {
			return structAnswer{}, false
		}
		// an item long enough to be read as a paragraph ("Decentralization
		// resulting in German federalism, … Dismantling was stopped in
		// 1951 …") is an item still when the lead's count wants one more
		// and it opens with a head
		heads = append(heads, h)
	}
	if len(heads) < 2 || countSaid(lead) > 0 && countSaid(lead) != len(heads) {
		return structAnswer{}, false // "the "Four Ds"" over three items read: one is missing
	}
	stmt := strings.TrimSpace(strings.TrimSuffix(lead, ":"))
	if startsWithPronoun(stmt) || leansOnContext(stmt) || !g.selfContained(stmt) {
		return structAnswer{}, false // "They agreed on the following:" says not who
	}
	prompt := "“" + stmt + ".” Name one of " + listNoun(stmt) + "."
	return structAnswer{prompt: prompt, answer: strings.Join(heads[:len(heads)-1], ", ") + " and " + heads[len(heads)-1], form: "items", parts: heads, shown: stmt + "."}, true
}

// itemCuts end a list item's head: what follows says more of it.
var itemCuts = []string{",", ";", ":", " (", " – ", " — ", " - ", " including ", " resulting ", " which ", " to ", " of ", " in ", " with ", " for "}

// itemHead is the head of a list item, its numbering or bullet left out
// and cut before what follows it ("Denazification of the German society to
// eradicate Nazi influence" → "Denazification"): "" for an item that is a
// clause ("Dismantling was stopped in 1951"), one with no head of one to
// four words, or one that opens in lower case.
func itemHead(item string) string {
	t := strings.TrimSpace(withoutCitations(item))
	t = strings.TrimLeft(t, "•·*-–— ")
	if m := reItemNumber.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	if t == "" || hasClauseVerb(strings.Fields(firstClause(t))) {
		return ""
	}
	head := t
	for _, c := range itemCuts {
		if k := strings.Index(head, c); k > 0 {
			head = head[:k]
		}
	}
	head = strings.TrimRight(head, ".!? ")
	if n := fieldCount(head); n < 1 || n > 4 || !capitalised(head) {
		return ""
	}
	return head
}

// reItemNumber is a list item's number or letter: "1. ", "2) ", "A. ".
var reItemNumber = regexp.MustCompile(`^(?:\d{1,2}|[A-Z])[.)] +`)

// firstClause is an item up to its first comma or semicolon.
func firstClause(t string) string {
	if k := strings.IndexAny(t, ",;"); k > 0 {
		return t[:k]
	}
	return t
}

// listCounts are the counts a list's lead may give.
var listCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// countSaid is the count a lead gives its list ("the "Four Ds"", "three
// measures"), 0 when it gives none.
func countSaid(lead string) int {
	for _, w := range strings.Fields(lead) {
		if n := listCounts[strings.ToLower(strings.Trim(w, "\"“”‘’'(),.:;"))]; n > 0 {
			return n
		}
	}
	return 0
}

// listNoun is what a "name one" question calls the items: the lead's
// closing plural noun phrase as "these …", its aside left in the quoted
// lead ("… to execute the Allied resolutions (the "Four Ds")" → "these
// Allied resolutions": round 15 Potsdam Q5 read the lead quoted and then
// its noun and aside again), or "them" when the lead ends otherwise.
func listNoun(stmt string) string {
	body := stmt
	if strings.HasSuffix(stmt, ")") {
		if i := strings.LastIndex(stmt, " ("); i > 0 {
			body = stmt[:i]
		}
	}
	i := strings.LastIndex(body, " the ")
	if i < 0 {
		return "them"
	}
	np := body[i+1:]
	w := strings.Fields(np)
	if len(w) < 2 || len(w) > 5 || !pluralNoun(w[len(w)-1]) || strings.ContainsAny(np, ",;:()\"“”") {
		return "them"
	}
	for _, x := range w[1:] {
		if !capitalised(x) && !isLowerWord(x) || x == "of" || x == "for" || x == "to" || x == "in" {
			return "them" // "the needs of …": a phrase, not a noun's
		}
	}
	return "these " + strings.Join(w[1:], " ")
}
