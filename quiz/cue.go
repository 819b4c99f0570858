package quiz

import (
	"strconv"
	"strings"
)

// Round 14 (issue 18): items of one quiz cued each other — "Mikhail
// Gorbachev" typed in one question while two other stems named him, "the
// late 1980s" asked beside "Gorbachev refused … in 1989", Novotný typed
// after a statement that named him, a false "November 1952" that was
// another question's answer, the chapter label "… Afghanistan in 1979"
// over a statement that said 1970, "Korean War" over "invade _____"
// (South Korea). givesAway (hygiene.go) catches the answer shown whole
// beside the same names; the rules here catch the forms it missed.

// cueOff turns the rules of this file off, and cueRuleOff one of them
// ("label", "typed", "chosen", "date", "swap"), for measuring what they
// change.
var (
	cueOff     bool
	cueRuleOff = map[string]bool{}
)

// cueForms are the forms in which a name question's answer shows
// elsewhere: its secrets (the answer, its accepted forms, a figure's
// digits) and a person's surname, which the article writes alone.
func (g *generator) cueForms(q Question) []string {
	if q.Type != MultipleChoice && q.Type != FillIn || q.Kind == DateFact || len(q.Answer) == 0 {
		return nil
	}
	out := q.secrets()
	if s := surnameOf(q.Answer[0]); len(s) >= 4 && capitalised(s) && (q.Kind == PersonFact || g.askedPerson(q, s)) {
		out = append(out, s)
	}
	return out
}

// askedPerson reports a phrase answer that a who-question keys with a
// person of the article ("retired General George Marshall" for "Who did
// Truman appoint as Secretary of State in January 1947?", round 17
// Marshall Q21): its last word is a surname the article's people bear.
func (g *generator) askedPerson(q Question, surname string) bool {
	return !cueRuleOff["who"] && strings.HasPrefix(q.Prompt, "Who ") && g.isSurname(surname)
}

// surnameOf is the last word of a name of two words or more, none for
// one word.
func surnameOf(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	return w[len(w)-1]
}

// placeAdjectiveIn reports a capitalised word of text that is the place's
// adjective: "Korean" for South Korea, "Yugoslavian" for Yugoslavia.
func placeAdjectiveIn(text, place string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\n' || r == '-' || r == '–' || r == '/' }) {
		w = strings.Trim(w, ",.;:()“”\"'‘’_")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if len(w) >= 4 && capitalised(w) && !showsAny(w, []string{place}) && (adjectiveOf(w, place) || adjectiveOf(strings.TrimSuffix(w, "s"), place)) {
			return true
		}
	}
	return false
}

// labelCue reports a question whose chapter's title, printed with it,
// shows its answer: the name or a person's surname ("Marshall's speech"
// over "Secretary of State _____"), a place's adjective ("Korean War"
// over "invade _____"), or for a false statement the value it swapped
// out ("… Afghanistan in 1979" over "… in 1970").
func (g *generator) labelCue(q Question) bool {
	if cueOff || cueRuleOff["label"] {
		return false
	}
	title := g.chapterTitle(q.Chapter)
	if title == "" {
		return false
	}
	if forms := g.cueForms(q); len(forms) > 0 {
		return showsAny(title, forms) || q.Kind == PlaceFact && placeAdjectiveIn(title, q.Answer[0])
	}
	if q.Type != TrueFalse || q.swapped == "" || len(q.FactKeys) == 0 {
		return false
	}
	f, ok := g.factByKey(q.FactKeys[0])
	if !ok {
		return false
	}
	if f.Kind == DateFact {
		return headingGivesYear(title, f) || yearsIn(title)[f.Date.Year]
	}
	return showsAny(title, []string{f.Text, f.Value}) || f.Kind == PersonFact && showsAny(title, []string{surnameOf(f.Value)})
}

// cues reports whether question o shows question q's answer in a form
// givesAway does not read: a typed name (or its surname, or a place's
// adjective) stated anywhere by o — a student copies what another stem
// spells out; a chosen name's surname or adjective stated beside the
// same names; a date's day or month written whole, or its year (a
// decade's years) beside the same names; or a false statement whose
// swapped-in value is another question's answer.
func (g *generator) cues(o, q Question) bool {
	if cueOff {
		return false
	}
	if q.Type == TrueFalse {
		if cueRuleOff["swap"] || q.swapped == "" || o.Type != MultipleChoice && o.Type != FillIn || len(o.Answer) == 0 {
			return false
		}
		return sameAnswer(o.Answer[0], q.swapped) // "November 1952" false for the airlift, and the hydrogen bomb's date
	}
	if q.Type == Matching && q.Kind == DateFact && !cueRuleOff["matchdate"] {
		return g.matchDateCued(statedText(o), q) // round 17 CTBT Q10: "In 1954, following the Castle Bravo test"
	}
	if q.Type != MultipleChoice && q.Type != FillIn || len(q.Answer) == 0 {
		return false
	}
	text := statedText(o)
	if q.Kind == DateFact {
		return !cueRuleOff["date"] && g.dateCued(text, q) || !cueRuleOff["pool"] && samePool(o, q)
	}
	forms := g.cueForms(q)
	if len(forms) == 0 {
		return false
	}
	if q.Type == FillIn {
		return !cueRuleOff["typed"] && showsAny(text, forms) || q.Kind == PlaceFact && placeAdjectiveIn(text, q.Answer[0])
	}
	if cueRuleOff["chosen"] {
		return false
	}
	own := g.sentencesOf(q)
	for _, line := range strings.Split(text, "\n") {
		if !showsAny(line, forms) && !(q.Kind == PlaceFact && placeAdjectiveIn(line, q.Answer[0])) {
			continue
		}
		for _, s := range own {
			if g.sameContext(line, s, forms) {
				return true
			}
			if !cueRuleOff["list"] && showsAny(line, forms) && sameList(line, listMates(s, q.Answer[0])) {
				return true // round 17 Potsdam Q4: "Poland, Czechoslovakia and Hungary" in another stem
			}
		}
	}
	return false
}

// listMates are the other members of the list the sentence names name
// in: "Poland" and "Hungary" for Czechoslovakia in "… remaining in
// Poland, Czechoslovakia and Hungary, will …". A list is names joined by
// commas, "and", "or" or "as well as"; a member is capitalised words
// (with "of", "the" and "and" inside a name left to the name). None when
// the name stands in no list.
func listMates(sentence, name string) []string {
	i := strings.Index(sentence, name)
	if i < 0 || name == "" {
		return nil
	}
	var out []string
	// leftwards: ", X" or "X, " before the name
	left := sentence[:i]
	for {
		rest, ok := cutJoiner(left, true)
		if !ok {
			break
		}
		m, before := lastName(rest)
		if m == "" {
			break
		}
		out = append(out, m)
		left = before
	}
	right := sentence[i+len(name):]
	for {
		rest, ok := cutJoiner(right, false)
		if !ok {
			break
		}
		m, after := firstName(rest)
		if m == "" {
			break
		}
		out = append(out, m)
		right = after
	}
	return out
}

// sameList reports a line that names every other member of the
// answer's list, of two at least: the list written again ("Poland,
// Czechoslovakia and Hungary"), not a pair that two sentences share ("the
// United States and South Korea").
func sameList(line string, mates []string) bool {
	if len(mates) < 2 {
		return false
	}
	for _, m := range mates {
		if !showsAny(line, []string{m}) {
			return false
		}
	}
	return true
}

// listJoiners join the members of a list.
var listJoiners = []string{", and ", ", or ", ", ", " and ", " or ", " as well as "}

// cutJoiner cuts a list joiner off the end (left) or the start of s.
func cutJoiner(s string, left bool) (string, bool) {
	for _, j := range listJoiners {
		if left && strings.HasSuffix(s, j) {
			return strings.TrimSuffix(s, j), true
		}
		if !left && strings.HasPrefix(s, j) {
			return strings.TrimPrefix(s, j), true
		}
	}
	return s, false
}

// lastName is the run of capitalised words that ends s, and what comes
// before it.
func lastName(s string) (string, string) {
	w := strings.Fields(s)
	k := len(w)
	for k > 0 && capitalised(strings.Trim(w[k-1], "“”\"'()")) && (k == len(w) || !strings.ContainsAny(w[k-1], ",;:")) {
		k--
	}
	if k == len(w) {
		return "", s
	}
	name := strings.Join(w[k:], " ")
	return strings.Trim(name, "“”\"'()"), strings.TrimSuffix(s, name)
}

// firstName is the run of capitalised words that opens s, and what
// follows it.
func firstName(s string) (string, string) {
	j := 0
	for j < len(s) {
		k := strings.IndexAny(s[j:], " ,;.:)")
		word := s[j:]
		if k >= 0 {
			word = s[j : j+k]
		}
		if !capitalised(strings.Trim(word, "“”\"'(")) {
			break
		}
		if k < 0 {
			j = len(s)
			break
		}
		j += k
		if s[j] != ' ' || strings.HasPrefix(s[j:], " and ") || strings.HasPrefix(s[j:], " or ") || strings.HasPrefix(s[j:], " as well as ") {
			break
		}
		j++
	}
	name := strings.TrimSpace(s[:j])
	return strings.Trim(name, "“”\"'()"), s[len(s[:j]):]
}

// matchDateCued reports text that states, beside a name of an item's
// sentence, the year of a date matching's item (dateCued, item by item).
func (g *generator) matchDateCued(text string, q Question) bool {
	for _, k := range q.FactKeys {
		f, ok := g.factByKey(k)
		if ok && f.Date.Year != 0 && g.dateFactCued(text, f, []string{normSpace(f.Sentence)}) {
			return true
		}
	}
	return false
}

// sameAnswer reports two answers that are the same words.
func sameAnswer(a, b string) bool {
	x, y := normAnswer(a), normAnswer(b)
	return x != "" && x == y
}

// statedText is what a question states as so: its prompt, and the items
// of an ordering or the left-hand items of a matching. A choice's
// options and a matching's choices are only offered: one of them showing
// another question's answer tells nothing.
func statedText(q Question) string {
	if q.Type == Ordering || q.Type == Matching {
		return q.Prompt + "\n" + strings.Join(q.Options, "\n")
	}
	return q.Prompt
}

// dateCued reports text that gives a date question's answer away: a day
// or month written whole ("November 1952"), or the year, or for a decade
// any year of it ("1989" for "the late 1980s"), on a line that shares a
// name with the question's sentence.
func (g *generator) dateCued(text string, q Question) bool {
	f, ok := g.factByKey(q.FactKeys[0])
	if !ok || f.Date.Year == 0 {
		return false
	}
	return g.dateFactCued(text, f, g.sentencesOf(q))
}

// dateFactCued reports text that gives date fact f away, beside a name
// of one of its sentences own (dateCued).
func (g *generator) dateFactCued(text string, f Fact, own []string) bool {
	if (f.Date.Granularity == Day || f.Date.Granularity == Month) && showsAny(text, []string{f.Text}) {
		return true
	}
	for _, line := range strings.Split(text, "\n") {
		if !yearOrDecadeIn(line, f) {
			continue
		}
		for _, s := range own {
			if g.sharesName(line, s, f.Text) || !cueRuleOff["matchdate"] && sharesLongName(line, s) {
				return true
			}
		}
	}
	return false
}

// yearOrDecadeIn reports line writing the date's year, or for a decade
// any year of it.
func yearOrDecadeIn(line string, f Fact) bool {
	ys := yearsIn(line)
	if f.Date.Granularity == Decade {
		for y := range ys {
			if y/10 == f.Date.Year/10 {
				return true
			}
		}
		return strings.Contains(line, strconv.Itoa(f.Date.Year/10)+"0s")
	}
	return ys[f.Date.Year]
}

// sharesName reports a name of sentence's facts, other than the answer,
// that line shows.
func (g *generator) sharesName(line, sentence, answer string) bool {
	for _, text := range g.factTexts(sentence) {
		if text == answer || reYear.MatchString(text) {
			continue
		}
		if showsAny(line, []string{text}) {
			return true
		}
	}
	return false
}

// typedName reports a question that asks to type a name: it leaves the
// quiz when another question states the name (dropCuedTyped), rather
// than keeping every later question that names it out.
func typedName(q Question) bool {
	return !cueOff && !cueRuleOff["typed"] && q.Type == FillIn && q.Kind != DateFact
}

// cuedTyped are the typed names of a drawn quiz that another of its
// questions states (round 14 Brezhnev Q13: "Mikhail Gorbachev" to type
// while two stems named him). pick draws the quiz again without them:
// one typed name leaves rather than every later question that names it.
func (p *picker) cuedTyped() []Question {
	var out []Question
	for i, q := range p.out {
		if !typedName(q) {
			continue
		}
		for j, o := range p.out {
			if j != i && p.g.cues(o, q) {
				out = append(out, q)
				break
			}
		}
	}
	return out
}

// samePool reports two date multiple choices of one quiz that offer two
// or more of the same dates: each one's answer sits among the other's
// options, and a student who knows one rules it out of the other (round
// 17 perestroika Q6, Q8, Q9: May 1985, May 1988 and June 1987 in all
// three).
func samePool(o, q Question) bool {
	if o.Type != MultipleChoice || q.Type != MultipleChoice || o.Kind != DateFact || q.Kind != DateFact {
		return false
	}
	shared := 0
	for _, a := range q.Options {
		for _, b := range o.Options {
			if sameAnswer(a, b) {
				shared++
				break
			}
		}
	}
	return shared >= 2
}

// sharesLongName reports a name of two capitalised words or more, not at
// the sentence's start, that sentence and line both write: "the Castle
// Bravo test" is no fact of the article's, yet a stem writing "In 1954,
// following the Castle Bravo test" dates the Castle Bravo item of a
// matching (round 17 CTBT Q18 over Q10).
func sharesLongName(line, sentence string) bool {
	w := strings.Fields(sentence)
	for i := 1; i < len(w); i++ {
		j := i
		for j < len(w) && capitalised(strings.Trim(w[j], ",.;:()“”\"'")) && !reYear.MatchString(w[j]) && (j == i || !strings.HasPrefix(w[j], "(")) {
			j++
			if strings.ContainsAny(w[j-1], ",.;:") {
				break
			}
		}
		if j-i >= 2 && !strings.HasSuffix(w[i-1], ".") {
			name := strings.Trim(strings.Join(w[i:j], " "), ",.;:()“”\"'")
			if showsAny(line, []string{name}) {
				return true
			}
		}
		if j > i {
			i = j - 1
		}
	}
	return false
}
