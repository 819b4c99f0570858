package names

import (
	"regexp"
	"strings"
)

// personRule finds a person in a run of capitalised words by the words
// around it. Each example must yield the person marked in [brackets],
// each counter-example no person by this rule.
type personRule struct {
	name     string
	match    func(text string, toks []token, r run) (Span, string, bool)
	examples []string
	not      []string
}

// personRules run in order on a run no head noun or title inside it has
// claimed; the first that matches names the person.
var personRules = []personRule{
	{
		name:     "lower-case title just before",
		match:    matchTitleBefore,
		examples: []string{"North Korean leader [Kim Jong-un] agreed.", "The former president [Jimmy Carter] flew in."},
		not:      []string{"The leader spoke.", "The president of North Korea spoke."},
	},
	{
		name:     "relation of a person",
		match:    matchRelationOf,
		examples: []string{"The parents of the daughter of [Yokota Megumi] waited."},
		not:      []string{"The daughter of the King Charles Spaniel won."},
	},
	{
		name:     "appositive role after the name",
		match:    matchAppositive,
		examples: []string{"[Egon Bahr], Brandt's adviser, spoke at Tutzing."},
		not:      []string{"North Korea, the main rival, refused."},
	},
	{
		name:     "object of a meeting verb",
		match:    matchMeetObject,
		examples: []string{"In 2000 he met [Kim Jong-il] in Pyongyang."},
		not:      []string{"In 2000 he met North Korea's demands."},
	},
	{
		name:     "role and comma before the name",
		match:    matchRoleBefore,
		examples: []string{"His successor, [Roh Moo-hyun], continued the policy."},
		not:      []string{"His successor, North Korea, continued."},
	},
	{
		name:     "title phrase and comma before",
		match:    matchTitlePhraseBefore,
		examples: []string{"The Minister of Foreign Affairs of India, [Subrahmanyam Jaishankar], also attended."},
		not:      []string{"The Minister of Foreign Affairs of India, New Delhi, agreed.", "In Geneva, Kofi Annan spoke."},
	},
	{
		name:     "under a leader",
		match:    matchUnder,
		examples: []string{"It was introduced in 1980 under [Deng Xiaoping] and kept."},
		not:      []string{"It was introduced under United Nations rules."},
	},
	{
		name:     "by a person after a participle",
		match:    matchByPerson,
		examples: []string{"The election was won by [Otilio Ulate] in 1948."},
		not:      []string{"The land was taken by South Korea in 1950.", "The plan was seen by Otilio Ulate."},
	},
	{
		name:     "who after the name",
		match:    matchWhoAfter,
		examples: []string{"Reports say that former security chief [Emmerson Mnangagwa], who was ousted, made plans."},
		not:      []string{"They went to South Africa, which was calm.", "He thanked North Korea, who had helped."},
	},
	{
		name:     "a person's belongings after the name",
		match:    matchPersonsThing,
		examples: []string{"The initiative, from [Tony Abbott]’s office, is evidence of alarm."},
		not:      []string{"The initiative, from South Korea's office, came late.", "From New York's office it came."},
	},
	{
		name:     "a verb people do after the name",
		match:    matchPersonVerb,
		examples: []string{"In 1988 [Kim Il Sung] visited Mongolia."},
		not:      []string{"In 1988 North Korea visited Mongolia.", "In 1988 Kim visited Mongolia."},
	},
}

// personShaped reports a run of two or three words that could be a
// person's name: no country-like word and no month.
func personShaped(w []string) bool {
	return len(w) >= 2 && len(w) <= 3 && !anyGeo(w) && !anyMonth(w)
}

// runBefore is the index of the token before the run, or -1.
func runBefore(toks []token, r run) int { return r.at - 1 }

// withoutPossessive is the run's span without a final "'s".
func withoutPossessive(text string, r run) Span {
	sp := r.span()
	nm, _ := possessive(text[sp.Start:sp.End])
	return Span{sp.Start, sp.Start + len(nm)}
}

func matchTitleBefore(text string, toks []token, r run) (Span, string, bool) {
	prev := runBefore(toks, r)
	w := r.words()
	if prev < 0 || !titleWords[toks[prev].text] || capitalised(toks[prev].text) || len(w) > 3 || anyGeo(w) {
		return Span{}, "", false
	}
	detail := toks[prev].text
	if prev > 0 && capitalised(toks[prev-1].text) {
		// "North Korean leader": the words before the title belong to it
		j := prev - 1
		for j > 0 && capitalised(toks[j-1].text) && onlySpace(text[toks[j-1].end:toks[j].start]) {
			j--
		}
		detail = text[toks[j].start:toks[prev].end]
	}
	return withoutPossessive(text, r), detail, true
}

func matchRelationOf(text string, toks []token, r run) (Span, string, bool) {
	prev := runBefore(toks, r)
	n := len(r.toks)
	if prev < 1 || toks[prev].text != "of" || !relations[toks[prev-1].text] || n < 2 || n > 3 {
		return Span{}, "", false
	}
	return withoutPossessive(text, r), "", true
}

func matchAppositive(text string, toks []token, r run) (Span, string, bool) {
	if !r.person {
		return Span{}, "", false
	}
	rest := text[r.span().End:]
	if rest == "" || rest[0] != ',' { // the pattern opens so
		return Span{}, "", false
	}
	if m := reAppositive.FindStringSubmatch(rest); m != nil {
		return r.span(), m[1], true
	}
	return Span{}, "", false
}

func matchMeetObject(text string, toks []token, r run) (Span, string, bool) {
	prev := runBefore(toks, r)
	if !r.person || prev < 0 || !meetVerbs[toks[prev].text] || !onlySpace(text[toks[prev].end:r.toks[0].start]) {
		return Span{}, "", false
	}
	return r.span(), "", true
}

func matchRoleBefore(text string, toks []token, r run) (Span, string, bool) {
	if !r.person {
		return Span{}, "", false
	}
	before := tail(text[:r.toks[0].start], 40)
	if !strings.HasSuffix(strings.TrimRight(before, reSpace), ",") { // the pattern ends so
		return Span{}, "", false
	}
	if role, ok := roleBefore(before); ok { // reRoleBefore
		return withoutPossessive(text, r), role, true
	}
	return Span{}, "", false
}

func matchUnder(text string, toks []token, r run) (Span, string, bool) {
	prev := runBefore(toks, r)
	if !r.person || prev < 0 || toks[prev].text != "under" || !onlySpace(text[toks[prev].end:r.toks[0].start]) {
		return Span{}, "", false
	}
	return withoutPossessive(text, r), "", true
}

func matchByPerson(text string, toks []token, r run) (Span, string, bool) {
	prev := runBefore(toks, r)
	if !r.person || prev < 1 || toks[prev].text != "by" || !byVerbs[toks[prev-1].text] {
		return Span{}, "", false
	}
	return withoutPossessive(text, r), "", true
}

func matchPersonVerb(text string, toks []token, r run) (Span, string, bool) {
	next := r.at + len(r.toks)
	if !r.person || next >= len(toks) || !personVerbs[toks[next].text] {
		return Span{}, "", false
	}
	return r.span(), "", true
}

// matchTitlePhraseBefore finds a name set off by a comma after a role
// that opens with a title: "The Minister of Foreign Affairs of India,
// Subrahmanyam Jaishankar,".
func matchTitlePhraseBefore(text string, toks []token, r run) (Span, string, bool) {
	j := runBefore(toks, r)
	if !r.person || j < 0 || strings.TrimSpace(text[toks[j].end:r.toks[0].start]) != "," {
		return Span{}, "", false
	}
	k := j
	for k > 0 && (capitalised(toks[k-1].text) || connectors[toks[k-1].text]) && onlySpace(text[toks[k-1].end:toks[k].start]) {
		k--
	}
	for k < j && (leadWords[toks[k].text] || connectors[toks[k].text]) {
		k++
	}
	if !titleWords[toks[k].text] || !capitalised(toks[k].text) || k == j {
		return Span{}, "", false
	}
	if sp := withoutPossessive(text, r); !placeShaped(r.words()) {
		return sp, text[toks[k].start:toks[j].end], true
	}
	return Span{}, "", false
}

var reWhoAfter = regexp.MustCompile(`^,\s+who\b`)

func matchWhoAfter(text string, toks []token, r run) (Span, string, bool) {
	rest := text[r.span().End:]
	if !r.person || rest == "" || rest[0] != ',' || placeShaped(r.words()) || !reWhoAfter.MatchString(rest) {
		return Span{}, "", false
	}
	return r.span(), "", true
}

// Things only a person has: "Tony Abbott's office", "Kim's wife".
var reThingOfPerson = regexp.MustCompile(`^['’]s\s+(?:office|wife|husband|son|daughter|father|mother|brother|sister|aides?|adviser|advisor|spokesman|spokeswoman|spokesperson|cabinet|administration|presidency|premiership|successor|predecessor|death|funeral|memoirs?|biography|speech|resignation|campaign)\b`)

func matchPersonsThing(text string, toks []token, r run) (Span, string, bool) {
	sp := withoutPossessive(text, r)
	if sp.End == r.span().End || !reThingOfPerson.MatchString(text[sp.End:]) {
		return Span{}, "", false // no "'s office" after it
	}
	w := strings.Fields(text[sp.Start:sp.End])
	if !personShaped(w) || placeShaped(w) {
		return Span{}, "", false
	}
	return sp, "", true
}
