package quiz

import "strings"

// Round 18 (issue 18, "Questions about policies"): typed stems that did
// not say what they asked about, and keys the stem gave away. Each rule
// below reads one phrase question (its stem, its key, the clause's verb)
// and says whether it is asked; none reads the article.
//
//   - an indefinite predicate asked for its subject: "\"no bailout for
//     Gorbachev\" was a consistent policy line of the Bush Administration"
//     → "What was a consistent policy line of the Bush Administration?"
//     has many fair answers (an administration has many lines): it is
//     turned round (sloganTopic); "the official slogan of …" is one, and
//     is asked as it was;
//   - a verb of saying or stressing whose object is an open proposition:
//     "What did Mao emphasize in the 1947-1962 era?" → "the desire for
//     international partnerships" (typed only: openStem); a declaration ("What did the Joint
//     Chiefs declare in Washington?" → "that …") unless its subject is a
//     policy or a document, whose content the clause is ("What did the Law
//     on State Enterprise stipulate?");
//   - a common cause whose effect is a generic outcome: "What did
//     unemployment and food shortages lead to?" → "strikes and unrest in
//     several nations" is guessed by anyone; "the breakdown in traditional
//     supply-demand relationships" (a definite effect) or a named cause
//     ("What did the Great Leap Forward lead to?") is asked;
//   - a key whose head the stem already says: "Under the NPT, what were
//     non-nuclear weapon states prohibited from?" → "possessing,
//     manufacturing, and acquiring nuclear weapons …": the thing keyed,
//     nuclear weapons, is in the stem, and what is left is a verb list.

// stemTopicOff turns these rules off, for measuring (QO_OFF=stemtopic).
var stemTopicOff bool

// openVerbs say what someone stressed, noted or spoke of: their object is
// an open proposition that many answers fit, unless it is a name (which
// the fact's own question asks).
var openVerbs = map[string]bool{"emphasize": true, "emphasise": true, "stress": true, "highlight": true, "underline": true,
	"underscore": true, "note": true, "mention": true, "express": true, "voice": true, "reiterate": true, "praise": true,
	"criticize": true, "criticise": true, "advocate": true, "favor": true, "favour": true, "prefer": true, "value": true,
	"welcome": true, "point": true, "discuss": true, "raise": true}

// speechVerbs take a that-clause that is a declaration of its subject:
// asked only when the subject is a policy or a document.
var speechVerbs = map[string]bool{"declare": true, "announce": true, "state": true, "say": true, "claim": true,
	"argue": true, "assert": true, "believe": true, "suggest": true, "warn": true, "fear": true, "conclude": true,
	"admit": true, "deny": true, "reveal": true, "confirm": true, "acknowledge": true, "recognize": true, "recognise": true}

// vagueStem reports a phrase question whose stem does not carry what it
// asks about (the rules above); base is the clause's verb ("" when the
// question is not on a verb's object).
func (g *generator) vagueStem(sa structAnswer, base string) bool {
	if stemTopicOff {
		return false
	}
	switch {
	case sa.form == "that" && speechVerbs[base] && !g.documentSubject(sa.subj):
		return true
	case sa.form == "effect" && bareCommon(sa.subj) && genericOutcome(sa.answer):
		return true
	}
	return keyHeadInStem(sa.prompt, sa.answer)
}

// indefinitePhrase reports a phrase that opens with "a" or "an".
func indefinitePhrase(p string) bool {
	w := strings.Fields(p)
	return len(w) > 0 && (strings.EqualFold(w[0], "a") || strings.EqualFold(w[0], "an"))
}

// bareCommon reports a phrase of lower-case words only, with no
// determiner before it: no name, no figure, no date, no one event
// ("unemployment and food shortages"; not "the elimination of central
// control", which is one act).
func bareCommon(p string) bool {
	w := strings.Fields(p)
	if len(w) == 0 || determiners[strings.ToLower(w[0])] {
		return false
	}
	for _, x := range w {
		x = strings.Trim(x, ",;:()\"“”'’")
		if strings.ContainsAny(x, "0123456789") || capitalised(x) {
			return false
		}
	}
	return true
}

// openStem reports a typed question on what someone stressed, noted or
// spoke of (openVerbs): "What did Mao emphasize in the 1947-1962 era?" →
// "the desire for international partnerships" has many fair answers and
// cannot be graded (round 18 China Q23). A card, which its reader judges,
// still asks it.
func openStem(sa structAnswer) bool {
	return !stemTopicOff && strings.HasPrefix(sa.form, "obj:") && openVerbs[strings.TrimPrefix(sa.form, "obj:")]
}

// sloganTopic turns round: a quoted phrase that a sentence calls "a Y of
// Z" (one of many) is asked as "What was “phrase”?" answered by "a Y of
// Z", so that the stem carries its topic ("What was “no bailout for
// Gorbachev”?" → "a consistent policy line of the Bush Administration");
// "the official slogan of …" is one, and is asked as it was.
func sloganTopic(sa structAnswer) structAnswer {
	if stemTopicOff || sa.form != "slogan" || !indefinitePhrase(sa.subj) {
		return sa
	}
	w := strings.Fields(sa.prompt)
	if len(w) < 2 {
		return sa
	}
	pred := sa.subj
	sa.prompt = "What " + w[1] + " “" + sa.answer + "”?"
	sa.answer, sa.subj = pred, sa.answer
	return sa
}

// genericOutcome reports an effect with no determiner, no name and no
// figure ("strikes and unrest in several nations", "re-armament by many
// domains"): a stock outcome that a student guesses from the cause. "the
// breakdown in …", "a realization in Washington …", "millions of deaths"
// say which.
func genericOutcome(effect string) bool {
	w := strings.Fields(effect)
	if len(w) == 0 || determiners[strings.ToLower(w[0])] || predCountWords[strings.ToLower(w[0])] {
		return false
	}
	for _, x := range w {
		x = strings.Trim(x, ",;:()\"“”'’")
		if strings.ContainsAny(x, "0123456789") || capitalised(x) || determiners[strings.ToLower(x)] {
			return false // "lift their blockade": whose, the stem says
		}
		if strings.EqualFold(x, "millions") || strings.EqualFold(x, "thousands") || strings.EqualFold(x, "hundreds") {
			return false
		}
	}
	return true
}

// keyHeadInStem reports a key whose first noun phrase (after a leading
// list of verbs: "possessing, manufacturing, and acquiring") has all its
// key words in the stem: the stem says what is keyed.
func keyHeadInStem(prompt, key string) bool {
	w := strings.Fields(key)
	k := 0
	for k < len(w) {
		x := strings.TrimRight(w[k], ",;")
		if x == "and" || x == "or" || len(x) > 4 && strings.HasSuffix(x, "ing") && isLowerWord(x) {
			k++ // "possessing," "and" "acquiring"
			continue
		}
		break
	}
	if k == 0 || k >= len(w) {
		return false // no verb list: the key names a thing of its own
	}
	var np []string
	for _, x := range w[k:] {
		lx := strings.ToLower(strings.TrimRight(x, ",;"))
		if nounPhraseEnds[lx] {
			break
		}
		np = append(np, x)
		if strings.HasSuffix(x, ",") || strings.HasSuffix(x, ";") {
			break
		}
	}
	kw := keyWords(strings.Join(np, " "))
	if len(kw) == 0 {
		return false
	}
	in := map[string]bool{}
	for _, s := range keyWords(prompt) {
		in[s] = true
	}
	for _, s := range kw {
		if !in[s] {
			return false
		}
	}
	return true
}

// nounPhraseEnds end a key's first noun phrase.
var nounPhraseEnds = map[string]bool{"or": true, "and": true, "of": true, "with": true, "in": true, "for": true, "from": true,
	"to": true, "by": true, "that": true, "which": true, "on": true, "at": true, "as": true, "into": true, "under": true}
