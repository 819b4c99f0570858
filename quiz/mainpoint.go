package quiz

import (
	"slices"
	"strings"
)

// Main points a chapter states in sentences the context rules refuse as
// they stand: a sentence that goes on from the one before only by a
// connective ("Thus, …"), or whose subject is "It" or "The treaty" where
// the article's own subject is meant; a word's meaning; what a thing is
// called a cause of; why something did not happen; why, according to a
// named author. Each rule reads general English only.

// freeConnectives open a sentence that goes on from the one before
// without pointing at anything in it: the rest reads whole alone
// ("Thus, instead of streamlining the system, Gorbachev's decentralisation
// caused new production bottlenecks."). "As a result", "Instead", "Then"
// point back and stay refused.
var freeConnectives = []string{"Thus, ", "However, ", "Finally, ", "Furthermore, ", "Moreover, ", "In addition, ",
	"Additionally, ", "Indeed, ", "In fact, ", "Ultimately, ", "Nevertheless, ", "Nonetheless, ", "Still, "}

// titleSubject is the article's own subject as its first sentence writes
// it ("The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is …" → "the
// Comprehensive Nuclear-Test-Ban Treaty", "Perestroika was …" →
// "Perestroika"), or "" when the first sentence's subject is not the
// title's.
func (g *generator) titleSubject() string {
	if len(g.sents) == 0 || g.sents[0].chapter != 0 {
		return ""
	}
	c, ok := g.clauseOf(g.sents[0].text)
	if !ok || c.subj == "" || !g.isSubject(strings.TrimPrefix(strings.TrimPrefix(c.subj, "The "), "the ")) {
		return ""
	}
	return g.lowerCommon(c.subj)
}

// inContext is a sentence as a question may show it alone: a free
// connective left out; "; it" written as the first clause's subject; "It" opening the sentence after one whose subject
// is the article's own subject, and "The NOUN" where NOUN is the head of
// the article's title and the chapter so far names no other thing of
// that head, written as the article's subject. ok is false when nothing
// changed.
func (g *generator) inContext(i int) (string, bool) {
	s := g.sents[i]
	t := s.text
	changed := false
	for _, c := range freeConnectives {
		if rest, ok := strings.CutPrefix(t, c); ok && len(rest) > 1 && !startsWithPronoun(rest) {
			t, changed = capitaliseFirst(rest), true
			break
		}
	}
	for _, lead := range []string{"Instead of ", "Rather than "} {
		// "Instead of streamlining the system, Gorbachev's
		// decentralisation caused …": the main clause stands alone
		if rest, ok := strings.CutPrefix(t, lead); ok {
			if j := strings.Index(rest, ", "); j > 0 && !strings.ContainsAny(rest[:j], ",;:()") && !startsWithPronoun(rest[j+2:]) {
				t, changed = capitaliseFirst(rest[j+2:]), true
			}
			break
		}
	}
	for _, and := range []string{" and, thus, ", " and, therefore, ", " and, hence, "} {
		// "… boycotted the meetings and, thus, did not veto …": what it
		// follows from is the sentence's own first clause
		if j := strings.Index(t, and); j > 0 {
			t, changed = t[:j]+" and "+strings.Trim(and[6:], ", ")+" "+t[j+len(and):], true
		}
	}
	for _, mid := range []string{", however,", ", in fact,", ", indeed,", ", furthermore,", ", moreover,"} {
		// "The goal of perestroika, however, was …": against what is no
		// part of what it says
		// only inside a clause: "…, however, was …", not between two
		// ("… strained relations, however, Mongolia continued …")
		if j := strings.Index(t, mid); j > 0 && isLowerWord(firstWord(t[j+len(mid):])) {
			t, changed = t[:j]+t[j+len(mid):], true
		}
	}
	if j := strings.Index(t, "; it "); j > 0 {
		// "The Great Leap Forward … was a failed effort …; it devastated
		// food production": "it" is the first clause's subject
		if c, ok := g.clauseOf(t[:j] + "."); ok && g.subjectIsNamed(c.subj) && g.selfContained(c.subj) && !g.personNamed(c.subj) {
			t, changed = t[:j]+"; "+g.lowerCommon(c.subj)+" "+t[j+len("; it "):], true
		}
	}
	ts := g.titleSubject()
	if ts == "" {
		return t, changed
	}
	w := strings.Fields(t)
	if len(w) < 3 {
		return t, changed
	}
	switch {
	case w[0] == "It" && !dummyIt(strings.Replace(t, " in order to ", " in order for ", 1)) && i > 0 && g.sents[i-1].chapter == s.chapter && g.sents[i-1].block == s.block:
		// "It was adopted by …" after "The CTBT is a multilateral treaty …"
		if c, ok := g.clauseOf(g.sents[i-1].text); ok && strings.EqualFold(g.lowerCommon(c.subj), ts) {
			return capitaliseFirst(ts) + t[len("It"):], true
		}
	case w[0] == "The" && isLowerWord(w[1]) && g.titleHead(w[1]) && strings.EqualFold(headNoun(ts), w[1]):
		// "The treaty will enter into force …" in an article on one treaty
		if !g.otherOfHead(i, w[1], ts) {
			return capitaliseFirst(ts) + t[len("The "+w[1]):], true
		}
	}
	return t, changed
}

// otherOfHead reports a policy or body with head noun head, other than
// the article's subject ts, named in sentence i's chapter up to it: "the
// treaty" might then be that one.
func (g *generator) otherOfHead(i int, head, ts string) bool {
	ch := g.sents[i].chapter
	for j := i; j >= 0 && g.sents[j].chapter == ch; j-- {
		for _, k := range []FactKind{PolicyFact, OrgFact} {
			for _, f := range g.ofKind(k) {
				if strings.EqualFold(headNoun(f.Value), head) && !g.isSubject(f.Value) && findWord(g.sents[j].text, f.Value, 0) >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// reMeaningOf reads "The literal meaning of perestroika is
// "restructuring", …".
var reMeaningOf = mustGate(`^The ((?:literal |original |exact |basic )?(?:meaning|translation)) of (?:the (?:word|term|name) )?([\p{L}'’ -]{2,40}?) (is|was) (.+)$`)

// reGlossMeaning reads a word glossed in brackets: "glasnost (meaning
// "openness")", "détente (literally "relaxation")".
var reGlossMeaning = mustGate(`(?:^|[\s(“"])([\p{L}][\p{L}-]{2,30}) \((?:meaning|literally|lit\.) [“"]?([^“”"()]{2,40}?)[”"]?\)`)

// reRefersTo reads "The term X refers to …".
var reRefersTo = mustGate(`^The (term|word|name|phrase) ([“"]?[\p{L}'’ -]{2,40}?[”"]?) (refers|referred) to (.+)$`)

// meaningAnswers are the questions on what a word means or refers to.
func (g *generator) meaningAnswers(t string) []structAnswer {
	var out []structAnswer
	t = strings.ReplaceAll(t, "\u00a0", " ")
	if m := reMeaningOf.FindStringSubmatch(t); m != nil {
		if ans := glossAnswer(m[4]); ans != "" {
			out = append(out, structAnswer{prompt: "What " + m[3] + " the " + m[1] + " of " + termOf(m[2]) + "?", answer: ans, form: "meaning", subj: m[2]})
		}
	}
	for _, m := range reGlossMeaning.FindAllStringSubmatch(t, -1) {
		word, ans := m[1], strings.TrimSpace(m[2])
		if n := len(strings.Fields(ans)); n < 1 || n > 6 || strings.EqualFold(word, ans) {
			continue
		}
		out = append(out, structAnswer{prompt: "What does the word " + termOf(word) + " mean?", answer: ans, form: "meaning", subj: word})
	}
	if m := reRefersTo.FindStringSubmatch(t); m != nil {
		ans := cutClause(m[4])
		if n := len(strings.Fields(ans)); n >= 2 && n <= 20 {
			do := "does"
			if m[3] == "referred" {
				do = "did"
			}
			out = append(out, structAnswer{prompt: "What " + do + " the " + m[1] + " " + m[2] + " refer to?", answer: ans, form: "meaning", subj: m[2]})
		}
	}
	return out
}

// termOf writes a glossed word in quotation marks unless it is a name:
// "What does the word “glasnost” mean?".
func termOf(w string) string {
	w = strings.Trim(w, "“”\" ")
	if capitalised(w) {
		return w
	}
	return "“" + w + "”"
}

// glossAnswer is a meaning's words: a quoted phrase that opens it
// ("\"restructuring\", referring to …" → "restructuring"), or its clause.
func glossAnswer(s string) string {
	s = strings.TrimSpace(s)
	for _, q := range [][2]string{{"\"", "\""}, {"“", "”"}} {
		if rest, ok := strings.CutPrefix(s, q[0]); ok {
			if j := strings.Index(rest, q[1]); j > 0 && j <= 60 {
				return strings.TrimRight(rest[:j], ",.")
			}
			return ""
		}
	}
	ans := cutClause(s)
	if n := len(strings.Fields(ans)); n < 1 || n > 12 {
		return ""
	}
	return ans
}

// reCauseOf reads what a thing is called a cause of: "Perestroika is
// sometimes argued to be a significant cause of the dissolution of the
// Soviet Union, …"; "Debate over foreign policy … was a catalyst for the
// sonnō jōi movement …".
var reCauseOf = mustGate(`^(.{3,60}?) (is|was|are|were|has been|have been) ((?:(?:sometimes|often|widely|generally|commonly|also|frequently) )?(?:(?:argued|said|thought|believed|considered|seen|held) (?:to be |as )|cited as |regarded as |described as |considered |seen as )?(?:a |an |the |one of the )?(?:(?:significant|major|main|key|principal|primary|chief|important|direct|decisive) )?(?:causes?|catalysts?)) (of|for|leading to|behind) (.+)$`)

// causeOf is "What is X … a cause of?" answered by what the sentence
// says it caused.
func (g *generator) causeOf(t string) []structAnswer {
	m := reCauseOf.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	if m == nil {
		return nil
	}
	subj, be, middle, prep, rest := m[1], m[2], m[3], m[4], m[5]
	if strings.ContainsAny(subj, ",;:()") || len(strings.Fields(subj)) > 8 || hasFiniteVerb(subj) || clauseOpeners[strings.ToLower(firstWord(subj))] {
		return nil
	}
	subj = g.lowerCommon(subj)
	if !g.selfContained(subj) || !g.subjectIsNamed(" "+subj) && !g.isSubject(subj) {
		return nil
	}
	ans := cutClause(rest)
	if n := len(strings.Fields(ans)); n < 2 || n > 20 {
		return nil
	}
	aux := strings.Fields(be)
	q := "What " + aux[0] + " " + subj + " " + strings.Join(append(aux[1:], middle), " ") + " " + prep + "?"
	return []structAnswer{{prompt: q, answer: ans, form: "effect", causal: true, subj: subj}}
}

// reWhenCause reads "When China broke with Russia around 1960, the main
// cause was Mao's insistence that …".
var reWhenCause = mustGate(`^When ([^,]{5,120}), the (?:(?:main|chief|principal|primary|immediate|real|underlying) )?(cause|reason) (?:for this |of this )?(was|were) (.+)$`)

// whenCause is "Why did China break with Russia around 1960?" answered by
// the cause the sentence names.
func (g *generator) whenCause(t string) []structAnswer {
	m := reWhenCause.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	if m == nil {
		return nil
	}
	c, ok := parseClause(capitaliseFirst(m[1]) + ".")
	if !ok || !activeAux[c.aux] || c.aux != "" || c.verb == "" || c.base == "be" {
		return nil
	}
	subj := g.lowerCommon(c.subj)
	pred := strings.TrimSpace(c.text[min(c.after, len(c.text)):])
	if !g.selfContained(subj) || pred != "" && !g.selfContained(pred) || len(strings.Fields(pred)) > 12 {
		return nil
	}
	ans := cutClause(m[4])
	if n := len(strings.Fields(ans)); n < 2 || n > 20 {
		return nil
	}
	q := "Why did " + subj + " " + c.base
	if pred != "" {
		q += " " + pred
	}
	return []structAnswer{{prompt: q + c.tail() + "?", answer: ans, form: "cause", causal: true, subj: c.subj}}
}

// reWhyNot reads a negated clause and its reason: "… , but has not
// entered into force, as eight specific states have not ratified the
// treaty."; "The treaty has not entered into force because …".
var reWhyNot = mustGate(`^(?:(.+?), but )?(?:(.{3,60}?) )?(has|have|had|did|does|do|is|are|was|were) not ((?:[a-z-]+)(?: [a-z-]+){0,7}), (?:as|because|since) (.+)$`)

// whyNot is "Why has the CTBT not entered into force?" answered by the
// reason the sentence gives.
func (g *generator) whyNot(t string) []structAnswer {
	m := reWhyNot.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	if m == nil {
		return nil
	}
	before, subj, aux, pred, cause := m[1], m[2], m[3], m[4], m[5]
	switch {
	case before != "" && subj == "":
		c, ok := parseClause(before + ".")
		if !ok {
			return nil
		}
		subj = c.subj
	case before == "" && subj != "":
	default:
		return nil
	}
	if strings.ContainsAny(subj, ",;:()") || hasFiniteVerb(subj) || len(strings.Fields(subj)) > 8 {
		return nil
	}
	subj = g.lowerCommon(subj)
	if !g.selfContained(subj) || !g.subjectIsNamed(" "+subj) && !g.isSubject(strings.TrimPrefix(subj, "the ")) {
		return nil
	}
	ans := cutClause(cause)
	if n := len(strings.Fields(ans)); n < 3 || n > 20 {
		return nil
	}
	return []structAnswer{{prompt: "Why " + aux + " " + subj + " not " + pred + "?", answer: ans, form: "reason", causal: true, subj: subj}}
}

// reReported reads a named author's statement: "Westad says the
// Communists won the Civil War by 1949 because …".
var reReported = mustGate(`^([A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,2}) (says|said|argues|argued|writes|wrote|notes|noted|contends|contended|concludes|concluded|believes|believed|maintains|maintained) (?:that )?([a-zA-Z].+)$`)

// reportedWhy are why questions on what a named author says, the author
// named in the question: "Why did the Communists win the Civil War by
// 1949, according to Westad?".
func (g *generator) reportedWhy(t string) []structAnswer {
	m := reReported.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	if m == nil || clauseOpeners[strings.ToLower(firstWord(m[1]))] || !g.personNamed(m[1]) && !g.beginsName(firstWord(m[1])) && g.writesLower(strings.ToLower(firstWord(m[1]))) {
		// a capitalised word before "says" that the article never writes
		// in lower case names its author ("Westad says …"), not "Today"
		return nil
	}
	if m[1] == "It" || m[1] == "This" || m[1] == "He" || m[1] == "She" || m[1] == "They" {
		return nil
	}
	var out []structAnswer
	for _, sa := range g.whyQuestions(capitaliseFirst(m[3]), "") {
		sa.prompt = strings.TrimSuffix(sa.prompt, "?") + ", according to " + m[1] + "?"
		sa.stmt = "" // a statement would drop whose view it is
		out = append(out, sa)
	}
	return out
}

// reDocIntro reads a document named in an opening phrase and what it
// proposed: "In a secret 1950 document, NSC 68, they proposed to
// strengthen …".
var reDocIntro = mustGate(`^In (?:a|an|the|its|their|his|her) (?:[\p{L}0-9-]+ ){0,4}(?:document|report|memorandum|memo|paper|study|telegram|letter|speech|article|directive|resolution), ([^,]{2,40}), (?:they|he|she|it|its authors) (proposed|recommended|urged|called for|argued for|demanded|advocated) (.+)$`)

// docProposals are "What did NSC 68 propose?" for a document named in an
// opening phrase.
func (g *generator) docProposals(t string) []structAnswer {
	m := reDocIntro.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	if m == nil || !capitalised(firstWord(m[1])) || !g.subjectIsNamed(" "+m[1]) {
		return nil
	}
	ans := cutClause(m[3])
	if n := len(strings.Fields(ans)); n > maxTypedWords {
		// "… and embark on an elaborate propaganda campaign to convince
		// the U.S. public to fight …": the list's last item keeps its
		// noun, not what it was for
		if j := strings.LastIndex(ans, ", and "); j > 0 {
			if k := strings.Index(ans[j+6:], " to "); k > 0 {
				ans = ans[:j+6+k]
			}
		}
	}
	if n := len(strings.Fields(ans)); n < 2 || n > maxTypedWords {
		return nil
	}
	verb := m[2]
	base := map[string]string{"proposed": "propose", "recommended": "recommend", "urged": "urge", "called for": "call for",
		"argued for": "argue for", "demanded": "demand", "advocated": "advocate"}[verb]
	// the question reads "NSC 68 proposed …", not "they proposed …"
	shown := m[1] + " " + verb + " " + m[3] + "."
	return []structAnswer{{prompt: "What did " + m[1] + " " + base + "?", answer: ans, form: "obj:" + base, subj: m[1], shown: shown}}
}

// reUndertakes reads a party's obligation under a treaty: "Each State
// Party undertakes not to carry out any nuclear weapon test explosion
// …", "The Parties agree to limit …".
var reUndertakes = mustGate(`^(Each (?:State |Member )?(?:Party|State|Signatory|signatory|party|state)|The (?:States )?Parties|The parties|All (?:State )?[Pp]arties|All signatories) (undertakes?|agrees?|pledges?|commits? itself|commit themselves) ((?:not )?to .+)$`)

// partyInstruments are the head nouns of instruments that have parties.
var partyInstruments = map[string]bool{"treaty": true, "pact": true, "convention": true, "agreement": true, "accord": true,
	"accords": true, "protocol": true, "charter": true, "covenant": true}

// obligations are "Under the CTBT, what does each State Party
// undertake?" for an article on a treaty, answered by the first thing
// the party undertakes.
func (g *generator) obligations(t string) []structAnswer {
	m := reUndertakes.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	ts := g.titleSubject()
	if m == nil || ts == "" || !partyInstruments[strings.ToLower(headNoun(ts))] {
		// an article on a treaty, a pact, a convention: whose parties
		return nil
	}
	ans := cutClause(m[3])
	if i := strings.Index(ans, ", and "); i > 0 && len(strings.Fields(ans[:i])) >= 4 {
		ans = ans[:i] // "not to carry out any … explosion, and to prohibit …": the first of two
	}
	if n := len(strings.Fields(ans)); n < 3 || n > maxTypedWords {
		return nil
	}
	party, verb := m[1], strings.Fields(m[2])[0]
	do := "does"
	if !strings.HasSuffix(verb, "s") {
		do = "do"
	} else {
		verb = strings.TrimSuffix(verb, "s")
	}
	w := firstWord(party) // "Each", "The", "All": no name
	q := "Under " + ts + ", what " + do + " " + strings.ToLower(w) + party[len(w):] + " " + verb + "?"
	return []structAnswer{{prompt: q, answer: ans, form: "bound", subj: party}}
}

// reUsedFor reads what a sentence lists after a colon as the things used
// for an end: "Geophysical and other technologies are used to monitor
// for compliance with the Treaty: forensic seismology, hydroacoustics,
// infrasound, and radionuclide monitoring."
var reUsedFor = mustGate(`^([A-Z][^,;:()]{3,60}?) (are|were|is|was) (used|employed|needed|required) (to [^,;:()]{3,80}): ([^:;]{5,160})$`)

// usedFor is "Which geophysical and other technologies are used to
// monitor for compliance with the treaty?" answered by the list.
func (g *generator) usedFor(t string) []structAnswer {
	m := reUsedFor.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	if m == nil {
		return nil
	}
	subj := g.lowerCommon(m[1])
	if !g.selfContained(subj) || strings.HasPrefix(subj, "the ") || strings.HasPrefix(subj, "a ") || hasFiniteVerb(subj) {
		return nil // "Which the methods …"
	}
	ans := strings.TrimSpace(m[5])
	if n := len(strings.Fields(ans)); n < 2 || n > maxTypedWords {
		return nil
	}
	q := "Which " + subj + " " + m[2] + " " + m[3] + " " + m[4] + "?"
	return []structAnswer{{prompt: q, answer: ans, form: "list", subj: subj}}
}

// reSloganSubject reads a quoted phrase that a sentence says what it was:
// "\"no bailout for Gorbachev\" was a consistent policy line of the Bush
// Administration, …".
var reSloganSubject = mustGate(`^[“"]([^“”"]{3,60})[”"] (was|is|became|remained) ((?:a|an|the) [^,;:()]{3,80}?)(?:,.*)?$`)

// sloganOf is "What was a consistent policy line of the Bush
// Administration?" answered by the quoted phrase.
func (g *generator) sloganOf(t string) []structAnswer {
	m := reSloganSubject.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	if m == nil {
		return nil
	}
	pred := m[3]
	if !g.selfContained(pred) || !g.subjectIsNamed(" "+pred) || len(strings.Fields(pred)) < 3 {
		return nil // "What was a good idea?": the predicate names no one
	}
	return []structAnswer{{prompt: "What " + m[2] + " " + pred + "?", answer: m[1], form: "slogan", subj: pred}}
}

// reRespondedBy reads how someone answered an act: "Putin responded to
// the withdrawal by ordering a build-up of Russia's nuclear capabilities".
var reRespondedBy = mustGate(`^([^,;:()]{2,60}?) (responded|reacted|replied|retaliated) to ([^,;:()]{3,80}?) by ([a-z]+ing [^;:()]+)$`)

// respondedBy is "How did Putin respond to the withdrawal?" answered by
// what was done.
func (g *generator) respondedBy(t string) []structAnswer {
	m := reRespondedBy.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	if m == nil {
		return nil
	}
	subj, verb, what := g.lowerCommon(m[1]), strings.TrimSuffix(m[2], "ed"), m[3]
	if verb == "repli" {
		verb = "reply"
	}
	if !g.selfContained(subj) || !g.subjectIsNamed(" "+subj) || !g.selfContained(what) || hasFiniteVerb(subj) {
		return nil
	}
	ans := cutClause(m[4])
	if i := strings.Index(ans, ", "); i > 0 && len(strings.Fields(ans[:i])) >= 3 {
		ans = ans[:i] // "…, designed to counterbalance U.S. capabilities": what it was for is another point
	}
	if n := len(strings.Fields(ans)); n < 3 || n > maxTypedWords {
		return nil
	}
	return []structAnswer{{prompt: "How did " + subj + " " + verb + " to " + what + "?", answer: "by " + ans, form: "response", causal: true, subj: subj}}
}

// thusJoins join an act to what followed from it in one sentence: "The
// Soviets boycotted UN Security Council meetings … and, thus, did not veto
// …".
var thusJoins = []string{" and, thus, ", ", and thus ", " and thus ", ", and therefore ", " and therefore ", " and so "}

// thusWhy is "Why did the Soviets not veto the Council's approval of UN
// action to oppose the North Korean invasion?" answered by the act the
// sentence gives first ("the Soviets boycotted UN Security Council
// meetings").
func (g *generator) thusWhy(t string) []structAnswer {
	t = strings.ReplaceAll(t, "\u00a0", " ")
	for _, sep := range thusJoins {
		j := strings.Index(t, sep)
		if j <= 0 {
			continue
		}
		c, ok := parseClause(t[:j] + ".")
		if !ok || c.subj == "" || c.subjAt+c.subjLen > j || startsWithPronoun(c.subj) {
			return nil
		}
		subj := g.lowerCommon(c.subj)
		if !g.selfContained(subj) || !g.subjectIsNamed(" "+subj) && !g.isSubject(subj) {
			return nil
		}
		act := strings.TrimSpace(t[c.subjAt+c.subjLen : j])
		act = cutAt(cutClause(act), " while ", " after ", " when ")
		if n := len(strings.Fields(act)); n < 2 || n > 14 || strings.ContainsAny(act, ",;:()") {
			return nil
		}
		second := strings.TrimSpace(t[j+len(sep):])
		w := strings.Fields(second)
		if len(w) < 2 {
			return nil
		}
		var q string
		switch {
		case len(w) > 2 && w[1] == "not" && (w[0] == "did" || w[0] == "could" || w[0] == "was" || w[0] == "were" || w[0] == "would"):
			q = "Why " + w[0] + " " + subj + " not " + strings.Join(w[2:], " ")
		case pastVerb(w[0]):
			base, ok := baseForm(w[0])
			if !ok {
				return nil
			}
			q = "Why did " + subj + " " + base + " " + strings.Join(w[1:], " ")
		default:
			return nil
		}
		if rest := strings.Fields(q); len(rest) > 22 || strings.ContainsAny(second, ",;:()") {
			return nil
		}
		return []structAnswer{{prompt: q + "?", answer: subj + " " + act, form: "reason", causal: true, subj: subj}}
	}
	return nil
}

// reMakeItCondition reads a condition someone sets: "Both the PRC and ROC
// make it a prerequisite for diplomatic relations that a country does not
// recognize … the other party."
var reMakeItCondition = mustGate(`^([^,;:()]{2,60}?) (make|makes|made) it (a|an|the) ((?:[a-z]+ )?(?:prerequisite|condition|precondition|requirement|rule|priority)) (for|of) ([^,;:()]{3,60}?) (that|to) (.+)$`)

// conditionSet is "What do both the PRC and ROC make a prerequisite for
// diplomatic relations?" answered by the condition.
func (g *generator) conditionSet(t string) []structAnswer {
	m := reMakeItCondition.FindStringSubmatch(strings.ReplaceAll(t, "\u00a0", " "))
	if m == nil {
		return nil
	}
	subj := g.lowerCommon(m[1])
	if startsWithPronoun(subj) || !g.selfContained(subj) || !g.subjectIsNamed(" "+subj) || !g.selfContained(m[6]) {
		return nil
	}
	ans := cutClause(m[7] + " " + m[8])
	if n := len(strings.Fields(ans)); n < 3 || n > maxTypedWords {
		return nil
	}
	do := map[string]string{"make": "do", "makes": "does", "made": "did"}[m[2]]
	return []structAnswer{{prompt: "What " + do + " " + subj + " make " + m[3] + " " + m[4] + " " + m[5] + " " + m[6] + "?", answer: ans, form: "condition", subj: subj}}
}

// reFoundedTo reads what a body or a measure was set up for: "Already in
// 1943, the United Nations Relief and Rehabilitation Administration
// (UNRRA) was founded to provide relief to areas liberated from Germany."
var reFoundedTo = mustGate(`^(.{3,120}?) (was|were) (created|established|founded|set up|formed|constituted|launched) ((?:in [A-Z][^ ,]+(?: [A-Z][^ ,]+)? )?)to ([a-z]+ [^;:]{3,120})$`)

// foundedFor is "Why was the United Nations Relief and Rehabilitation
// Administration founded in 1943?" answered by the purpose.
func (g *generator) foundedFor(t string) []structAnswer {
	m := reFoundedTo.FindStringSubmatch(strings.ReplaceAll(strings.TrimPrefix(t, "Already "), "\u00a0", " "))
	if m == nil {
		return nil
	}
	c, ok := parseClause(capitaliseFirst(m[1]) + " " + m[2] + " " + m[3] + ".")
	if !ok || c.subj == "" || startsWithPronoun(c.subj) {
		return nil
	}
	subj := g.lowerCommon(withoutAsides(c.subj))
	subj = strings.TrimSpace(subj)
	if !g.selfContained(subj) || !g.subjectIsNamed(" "+subj) || hasFiniteVerb(subj) {
		return nil
	}
	ans := cutClause("to " + m[5])
	if n := len(strings.Fields(ans)); n < 3 || n > maxTypedWords {
		return nil
	}
	q := "Why " + m[2] + " " + subj + " " + m[3] + strings.TrimRight(" "+strings.TrimSpace(m[4]), " ") + c.tail() + "?"
	return []structAnswer{{prompt: q, answer: ans, form: "purpose", causal: true, subj: subj}}
}

// mainPointAnswers are the questions of this file on one sentence's text.
func (g *generator) mainPointAnswers(t string) []structAnswer {
	var out []structAnswer
	out = append(out, g.meaningAnswers(t)...)
	out = append(out, g.causeOf(t)...)
	out = append(out, g.whenCause(t)...)
	out = append(out, g.whyNot(t)...)
	out = append(out, g.reportedWhy(t)...)
	out = append(out, g.docProposals(t)...)
	out = append(out, g.obligations(t)...)
	out = append(out, g.usedFor(t)...)
	out = append(out, g.sloganOf(t)...)
	out = append(out, g.respondedBy(t)...)
	out = append(out, g.thusWhy(t)...)
	out = append(out, g.conditionSet(t)...)
	out = append(out, g.foundedFor(t)...)
	return slices.Clip(out)
}
