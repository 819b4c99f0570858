package quiz

import (
	"regexp"
	"strings"
)

// reviewCards applies round 18's card rules to a finished deck: a card
// is for a daily review, so its front carries its own context without a
// tag, its date is not given away, and the deck spreads over the
// article's points.
//
//   - noTag: a front's " (chapter “…”)" or " (article “…”)" tag goes
//     (round 18: "a stray tag no other card has", China C19; "extra
//     clutter", CTBT C13; Marshall C9). A deck is one article's, so the
//     article's title sets nothing; a dated front ("What did Mao Zedong
//     do on October 1, 1949?") is set by its date and actor, and a front
//     that shows its sentence is set by the sentence. A date card that
//     showed the sentence and needed the tag because the sentence names
//     no place, body or word of the title ("_____ saw the arrival of
//     Queen Elizabeth II in an official visit.") goes: the tag was its
//     only context. A front the tag told apart from another goes with it.
//   - yearShown: a date card whose answer's year its front shows
//     elsewhere ("In _____, negotiations … restarted, followed by … in
//     December 1987." → November 1987, CTBT C13) or the article's title
//     shows ("Cold War (1947–1953)" → 1947, cold war C2) asks month or
//     day trivia at best: it goes.
//   - dateTwice: two date cards of one deck whose answers name the same
//     month of the same year, or one answer holding the other ("August
//     20, 1968" and "August 1968", Brezhnev C12 and C4), ask one event's
//     date twice: the one with the shorter front stays. One kept for its
//     facts goes onto the back of the one that stays (twinOnBack).
//   - sideAnswer: a card whose answer is a person only a side remark
//     names (inSideRemark, sidepoint.go: round 18 Brezhnev C10 "Who
//     sought clarification from Dubček on March 21?", a made-up name)
//     goes; kept for its facts, its sentence goes to a back (nearBack).
//   - nearBack: any other poor card kept for its facts goes onto the
//     back of a card of its paragraph on the same matter (nearOnBack).
//   - longBack: a definition or question card whose answer runs past
//     maxReviewWords words (cold war C12: "A presentation of the
//     ideological struggle, articulated by Truman, …", 40 words) cannot
//     be recalled in a daily review: a definition turns round into a
//     cloze of its term on its sentence (termCloze) unless another card
//     answers the term (cold war: the lead's cloze asks the Truman
//     Doctrine already), the article's own
//     subject keeps its definition, and any other such card goes.
//   - hedged: a card on a sentence that speculates or reports hearsay
//     (speculates: "… supposedly took place in _____", CTBT C20) goes;
//     kept for its date, it asks to complete the sentence, not when the
//     event "happened".
//   - clauseFront: a quoted front past maxFrontWords words is cut to the
//     clause holding the blank (clausefront.go; cold war C4 "3 times
//     YES", 45 words).
//
// A card a rule would leave out stays when its sentence names a date, a
// policy or a body no other card shows (keyFactsKept): the deck's promise
// is a card on each key fact.
//   - nameCap: a name the article's title and lead never give and its
//     sentences name sideMentions times at most (a side body or person, "United Nations Relief and Rehabilitation
//     Administration" / "UNRRA" in the Marshall Plan deck, C8, C14, C15)
//     is shown by at most maxNameCards cards' fronts and answers; the
//     later cards go.
func (g *generator) reviewCards(cards []Card) []Card {
	if len(cards) == 0 {
		return cards
	}
	var title string
	if g.a != nil {
		title = g.a.Title
	}
	cards = append([]Card(nil), cards...)
	gone := map[int]bool{} // the cards the rules would leave out
	tags := map[int]string{}
	fronts := map[string]int{}
	var policies map[string][]string // the policies of each sentence, made on first use
	policiesOf := func(sentence string) []string {
		if policies == nil {
			policies = map[string][]string{}
			for _, f := range g.facts {
				if f.Kind == PolicyFact {
					k := normSpace(f.Sentence)
					policies[k] = append(policies[k], f.Text)
				}
			}
		}
		return policies[normSpace(sentence)]
	}
	answered := map[string]bool{}
	for _, c := range cards {
		if c.Kind != CardDefine {
			answered[normAnswer(answerLine(c.Back))] = true
		}
	}
	var side map[string]bool // the keys of facts told in a side remark, made on first use
	sideAnswer := func(c Card) bool {
		if side == nil {
			side = map[string]bool{}
			for _, f := range g.facts {
				if f.Kind == PersonFact && g.inSideRemark(f) {
					side[f.Key()] = true
				}
			}
		}
		return side[c.FactKey]
	}
	for i, c := range cards {
		if c.Edited {
			continue
		}
		if !sideAnswerOff && c.FactKey != "" && sideAnswer(c) {
			gone[i] = true // a person one side remark names ("Ben Ginsburg-Hix sought clarification …", round 18 Brezhnev C10)
		}
		if !noTagOff {
			if front, tagged := untagged(c.Front); tagged {
				tags[i] = c.Front
				cards[i].Front = g.setFront(front, c)
				if c.Kind == CardWhen && strings.Contains(front, "\n") || fronts[cards[i].Front] > 0 {
					gone[i] = true // the tag was the sentence's only setting, or told two fronts apart
				}
			}
		}
		c = cards[i]
		if !hedgedOff && speculates(c.Sentence) {
			// a guess or hearsay asked as fact ("… supposedly took place
			// in _____", CTBT C20): it goes unless it alone shows its date
			// or body, and then it asks to complete the sentence, not when
			// the event "happened"
			gone[i] = true
			if rest, ok := strings.CutPrefix(c.Front, whenPrompt); ok {
				cards[i].Front = hedgedPrompt + rest
				c.Front = cards[i].Front
			}
		}
		if !yearShownOff && c.Kind == CardWhen && yearShown(c, title) {
			gone[i] = true
		}
		if !longBackOff && (c.Kind == CardQuestion || c.Kind == CardDefine && !sharesContentWord(title, c.Front)) && len(strings.Fields(answerLine(c.Back))) > maxReviewWords {
			if cl, ok := termCloze(c); ok {
				if answered[normAnswer(cl.Back)] { // the term is another card's answer: its sentence's other policy, if any
					cl, ok = otherTerm(cl, answered, policiesOf(cl.Sentence))
				}
				cards[i], c = cl, cl
				gone[i] = !ok
			} else {
				gone[i] = true
			}
		}
		if !clauseFrontOff && (c.Kind == CardCloze || c.Kind == CardWhen) {
			if front, ok := clauseFront(c.Front); ok {
				cards[i].Front = front
				c.Front = front
			}
		}
		fronts[c.Front]++
	}
	var twin map[int]int
	if !dateTwiceOff {
		twin = dateOnce(cards, gone)
	}
	if !nameCapOff {
		g.capNames(cards, gone)
	}
	keep := g.keyFactsKept(cards, gone)
	if !twinBackOff {
		twinOnBack(cards, twin, keep)
	}
	if !nearBackOff {
		nearOnBack(cards, gone, keep)
	}
	out := cards[:0]
	for i, c := range cards {
		if gone[i] && !keep[i] {
			continue
		}
		if gone[i] && tags[i] != "" && fronts[c.Front] > 1 {
			c.Front = tags[i] // kept for its facts: the tag still tells it apart
		}
		out = append(out, c)
	}
	return out
}

// termCloze is a definition card whose back is too long to recall
// turned round: its sentence with the term blanked, the term to recall
// ("Which term completes the sentence? “The _____ was a presentation of
// the ideological struggle, …”" → Truman Doctrine). A sentence that does
// not name the term gives none.
func termCloze(c Card) (Card, bool) {
	if c.Kind != CardDefine || c.Phrase == "" || findWord(c.Sentence, c.Phrase, 0) < 0 {
		return c, false
	}
	c.Kind = CardCloze
	c.Front = "Which term completes the sentence?\n“" + blankAll(c.Sentence, c.Phrase) + "”"
	c.Back = c.Phrase
	return c, true
}

// otherTerm is a cloze of the first of policies (c's sentence's), other
// than its term, that no card answers: "… or in short a policy of
// "_____", Truman articulated …" → containment.
func otherTerm(c Card, answered map[string]bool, policies []string) (Card, bool) {
	for _, t := range policies {
		if t != c.Phrase && !answered[normAnswer(t)] && findWord(c.Sentence, t, 0) >= 0 && !strings.Contains(c.Phrase, t) {
			c.Front = "Which term completes the sentence?\n“" + blankAll(c.Sentence, t) + "”"
			c.Back, c.Phrase = t, t
			return c, true
		}
	}
	return c, false
}

// setFront is a front whose tag went: a chapter title that dates an event
// ("First Sino-Japanese War (1894–1895)") sets the front as its topic,
// "First Sino-Japanese War (1894–1895): What led to …?"; any other front
// stands alone.
func (g *generator) setFront(front string, c Card) string {
	if g.a == nil || c.Chapter <= 0 || c.Chapter >= len(g.a.Chapters) || c.Kind == CardWhen {
		return front
	}
	t := strings.TrimSpace(g.a.Chapters[c.Chapter].Title)
	if reYear.FindString(t) == "" || reBarePeriod.MatchString(t) || fieldCount(t) < 3 {
		return front
	}
	return t + ": " + front
}

// keyFactsKept reports, of the cards gone marks, those to keep after all:
// a card whose sentence names a date, a policy or a body that no card
// left in shows (front, back or sentence) keeps the fact on the deck, as
// longNameCloze does (drillcards.go). The facts are read once per deck.
func (g *generator) keyFactsKept(cards []Card, gone map[int]bool) map[int]bool {
	keep := map[int]bool{}
	if len(gone) == 0 {
		return keep
	}
	bySentence := map[string][]string{}
	for _, f := range g.facts {
		if f.Kind == DateFact || f.Kind == PolicyFact || f.Kind == OrgFact {
			k := normSpace(f.Sentence)
			bySentence[k] = append(bySentence[k], f.Text)
		}
	}
	var texts []string
	for i, c := range cards {
		if !gone[i] {
			texts = append(texts, c.Sentence+"\n"+c.Front+"\n"+c.Back)
		}
	}
	for i, c := range cards {
		if !gone[i] {
			continue
		}
		for _, t := range bySentence[normSpace(c.Sentence)] {
			shown := false
			for _, o := range texts {
				if shown || strings.Contains(o, t) {
					shown = true
					break
				}
			}
			if !shown {
				keep[i] = true
				texts = append(texts, c.Sentence+"\n"+c.Front+"\n"+c.Back)
				break
			}
		}
	}
	return keep
}

// Switches for TestMeasureCardRules.
var noTagOff, yearShownOff, dateTwiceOff, longBackOff, nameCapOff, clauseFrontOff, hedgedOff, twinBackOff, nearBackOff, sideAnswerOff bool

// maxReviewWords is the longest answer a definition or question card
// keeps: about what one recalls in a daily review.
const maxReviewWords = 25

// whenPrompt opens a date cloze that asserts its event; hedgedPrompt
// asks for the date the sentence gives, for a sentence that hedges.
const (
	whenPrompt   = "When did this happen?\n"
	hedgedPrompt = "Which date completes the sentence?\n"
)

// maxNameCards is how many cards may show one side name.
const maxNameCards = 2

// reTag is a front's setting tag.
var reTag = regexp.MustCompile(` \((?:chapter|article) “[^”]*”\)`)

// untagged is front without its setting tag, and whether it had one.
func untagged(front string) (string, bool) {
	out := reTag.ReplaceAllString(front, "")
	return out, out != front
}

// answerLine is a back's first line: the answer without the sentence
// quoted under it.
func answerLine(back string) string {
	a, _, _ := strings.Cut(back, "\n")
	return strings.TrimSpace(a)
}

// yearShown reports a date card whose answer's year shows on its front
// outside the blank, or in the article's title.
func yearShown(c Card, title string) bool {
	y := reYear.FindStringSubmatch(answerLine(c.Back))
	if y == nil {
		return false
	}
	year := y[1]
	if hasYear(c.Front, year) {
		return true
	}
	if !reBareYear.MatchString(answerLine(c.Back)) {
		return false // the title's year gives a bare year away, not a day
	}
	for _, m := range reYear.FindAllStringSubmatch(title, -1) {
		if m[1] == year {
			return true
		}
		if m[3] != "" && m[1][:2]+m[3] == year { // "1947–53"
			return true
		}
	}
	return false
}

// hasYear reports year as a word of s: "December 1987" holds 1987,
// "19870" and "1987s" do not.
func hasYear(s, year string) bool {
	for i := strings.Index(s, year); i >= 0; {
		before, after := i == 0 || !isDigitOrLetter(s[i-1]), i+len(year) == len(s) || !isDigitOrLetter(s[i+len(year)])
		if before && after {
			return true
		}
		j := strings.Index(s[i+1:], year)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isDigitOrLetter(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// reMonthYear is a month and its year in a date answer: "August 1968",
// "August 20, 1968", "20 August 1968".
var reMonthYear = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+\d{1,2},?)?\s+(1\d{3}|20\d{2})\b`)

// dateKey is the month and year a date answer names ("August 1968" for
// "August 20, 1968" and "20 August 1968"), or "".
func dateKey(answer string) string {
	m := reMonthYear.FindStringSubmatch(answer)
	if m == nil {
		return ""
	}
	return m[1] + " " + m[2]
}

// dateOnce marks gone one of two date cards that ask one event's date: the
// same month of the same year, the same day or one without a day, and
// sentences that share a word in lower case ("invasion"); the one with
// the shorter front stays.
//
// It returns, for each card it marks gone, the card that stays for it.
func dateOnce(cards []Card, gone map[int]bool) map[int]int {
	twin := map[int]int{}
	byMonth := map[string][]int{}
	for i, c := range cards {
		if c.Kind != CardWhen || c.Edited || gone[i] {
			continue
		}
		k := dateKey(answerLine(c.Back))
		if k == "" {
			continue
		}
		byMonth[k] = append(byMonth[k], i)
	}
	for _, ix := range byMonth {
		for a := 0; a < len(ix); a++ {
			for b := a + 1; b < len(ix); b++ {
				i, j := ix[a], ix[b]
				if gone[i] || gone[j] || !sameDay(answerLine(cards[i].Back), answerLine(cards[j].Back)) || !sharesLowerWord(cards[i].Sentence, cards[j].Sentence) {
					continue
				}
				if len(cards[j].Front) < len(cards[i].Front) {
					gone[i] = true
					twin[i] = j
				} else {
					gone[j] = true
					twin[j] = i
				}
			}
		}
	}
	return twin
}

// nearOnBack moves a poor card keyFactsKept would keep for its facts
// (its date's year shown beside the blank, a guess, a sentence with no
// setting) onto the back of a card that stays from the same paragraph
// and shares a word in lower case with it: its sentence, under that
// card's answer, keeps its facts on the deck without asking the poor
// item (round 18 CTBT C13 "In _____, negotiations … restarted, followed
// by … in December 1987" → November 1987). A card takes one such
// sentence; a poor card with no such neighbour stays.
func nearOnBack(cards []Card, gone, keep map[int]bool) {
	took := map[int]bool{}
	for i := range cards {
		if !keep[i] {
			continue
		}
		for p := range cards {
			c := cards[p]
			if p == i || gone[p] || took[p] || c.Edited || c.Chapter != cards[i].Chapter || c.Block != cards[i].Block ||
				c.Sentence == cards[i].Sentence || !sharesLowerWord(c.Sentence, cards[i].Sentence) {
				continue
			}
			keep[i], took[p] = false, true
			cards[p].Back += alsoSays(cards[i].Sentence)
			break
		}
	}
}

// alsoSays is the line a moved card's sentence takes on another card's
// back, labelled so that it does not read as that card's own source: a
// bare quote of "In November 1987, negotiations … restarted" under "What
// did the US, UK, and Soviet Union do in October 1977?" was taken for the
// answer's source and judged misleading (round 19 CTBT C11).
func alsoSays(sentence string) string {
	return "\nThe article also says: “" + strings.TrimSpace(sentence) + "”"
}

// twinOnBack moves a date card that keyFactsKept would keep, though
// dateOnce found its event's date asked by another card, onto that
// card's back: its sentence, under the answer, keeps its facts on the
// deck, and the event's date is asked once (round 18 Brezhnev C12/C4:
// "… the invasion of Czechoslovakia in _____" → August 1968 keeps
// "… the Soviet/Warsaw Pact invasion began on the night of August 20,
// 1968 …" on its back instead of a second card on the same date).
func twinOnBack(cards []Card, twin map[int]int, keep map[int]bool) {
	for i, p := range twin {
		if !keep[i] || strings.Contains(cards[p].Back, cards[i].Sentence) {
			continue
		}
		keep[i] = false
		cards[p].Back += alsoSays(cards[i].Sentence)
	}
}

// reDayOfMonth is a day of the month beside its month: "20 August", "August 20".
var reDayOfMonth = regexp.MustCompile(`\b(\d{1,2})\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\b`)

// sameDay reports two dates of one month that may be one day: the same
// day, or a day and the month alone ("August 20, 1968", "August 1968").
func sameDay(a, b string) bool {
	day := func(s string) string {
		m := reDayOfMonth.FindStringSubmatch(s)
		if m == nil {
			return ""
		}
		return m[1] + m[2]
	}
	da, db := day(a), day(b)
	return da == "" || db == "" || da == db
}

// sharesLowerWord reports a word of four letters or more, in lower case
// in both sentences and no stop word, that a and b share: "invasion" in
// two sentences on one invasion; a proper adjective ("European") ties
// nothing.
func sharesLowerWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(a) {
		w = strings.Trim(w, ",;:.?!\"“”‘’()")
		if len(w) >= 4 && strings.ToLower(w) == w && !stopWords[w] && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz-") == "" {
			words[w] = true
		}
	}
	for _, w := range strings.Fields(b) {
		if words[strings.Trim(w, ",;:.?!\"“”‘’()")] {
			return true
		}
	}
	return false
}

// capNames marks gone a card past the maxNameCards-th whose front or
// answer shows a side name: one neither the article's title nor its lead
// gives, and no country.
func (g *generator) capNames(cards []Card, gone map[int]bool) {
	var lead strings.Builder
	title := ""
	if g.a != nil {
		title = g.a.Title
		if len(g.a.Chapters) > 0 {
			for _, b := range g.a.Chapters[0].Blocks {
				lead.WriteString(b.Text)
				lead.WriteString(" ")
			}
		}
	}
	given := strings.ToLower(title + " " + lead.String())
	side := map[string]bool{}
	isSide := func(n string) bool {
		s, ok := side[n]
		if !ok {
			s = !strings.Contains(given, strings.ToLower(n)) && !sharesContentWord(title, n) && placeKind(n) != "country" && g.fewMentions(n)
			side[n] = s
		}
		return s
	}
	count := map[string]int{}
	for i, c := range cards {
		if c.Edited || gone[i] {
			continue
		}
		var keys []string
		for _, n := range cardNames(c.Front + "\n" + answerLine(c.Back)) {
			if isSide(n.name) {
				keys = append(keys, n.key)
			}
		}
		over := false
		for _, k := range keys {
			if count[k] >= maxNameCards {
				over = true
			}
		}
		if over {
			gone[i] = true
			continue
		}
		seen := map[string]bool{}
		for _, k := range keys {
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
}

// questionWords open a front, never a name.
var questionWords = map[string]bool{"what": true, "when": true, "who": true, "whom": true, "which": true, "why": true, "how": true, "where": true, "under": true, "after": true, "before": true, "during": true}

// sideMentions is the most sentences a side name may have: a name the
// article keeps returning to (the Partial Test Ban Treaty in an article
// on its successor) is one of its points.
const sideMentions = 5

// fewMentions reports a name the article names in sideMentions
// sentences or fewer (from the sentence index, no scan of the article).
func (g *generator) fewMentions(name string) bool {
	if g.ix == nil {
		return true
	}
	n := 0
	for _, si := range g.ix.mentioning(name) {
		if int(si) < len(g.sents) && findWord(g.sents[si].text, name, 0) >= 0 {
			if n++; n > sideMentions {
				return false
			}
		}
	}
	return true
}

// shownName is a name a card shows and the key it counts under: its
// initials for a name of three capitalised words or more ("United
// Nations Relief and Rehabilitation Administration" → UNRRA), so that
// the name and its abbreviation count as one.
type shownName struct{ name, key string }

// cardNames are the names of s: runs of two capitalised words or more
// (joined by "of", "and", "the", "for" inside), and words in capitals of
// three letters or more ("UNRRA"). A capitalised word opening a line or
// a sentence starts no name unless another follows it.
func cardNames(s string) []shownName {
	var out []shownName
	var run []string
	flush := func() {
		for len(run) > 0 && (stopWords[strings.ToLower(run[0])] || nameJoiners[strings.ToLower(run[0])] || questionWords[strings.ToLower(run[0])]) {
			run = run[1:] // "The United States", "In December", "When …"
		}
		for len(run) > 0 && nameJoiners[run[len(run)-1]] {
			run = run[:len(run)-1]
		}
		if len(run) >= 2 {
			last := run[len(run)-1]
			run[len(run)-1] = strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
			name := strings.Join(run, " ")
			key, caps := "", 0
			for _, w := range run {
				if capitalised(w) {
					key += w[:1]
					caps++
				}
			}
			if caps < 3 {
				key = name
			}
			out = append(out, shownName{name, key})
		}
		run = nil
	}
	clean := func(w string) string { return strings.Trim(w, ",;:.?!\"“”‘’()") }
	for _, line := range strings.Split(s, "\n") {
		ws := strings.Fields(line)
		start := true // a line's or a sentence's first word
		for i, w := range ws {
			end := strings.TrimRight(w, ",;:.?!\"”’)") != w
			x := clean(w)
			switch {
			case len(x) >= 3 && strings.ToUpper(x) == x && strings.ToLower(x) != x:
				flush()
				x = strings.TrimSuffix(strings.TrimSuffix(x, "'S"), "’S")
				out = append(out, shownName{x, x})
			case capitalised(x) && start && (i+1 == len(ws) || end || !capitalised(clean(ws[i+1]))):
				flush() // "Proclaimed the People's Republic …": no name
			case capitalised(x):
				run = append(run, x)
			case len(run) > 0 && nameJoiners[x]:
				run = append(run, x)
			default:
				flush()
			}
			start = strings.TrimRight(w, "”’\")") != strings.TrimRight(w, ".?!”’\")")
			if end {
				flush()
			}
		}
		flush()
	}
	return out
}
