package quiz

import (
	"regexp"
	"strings"
)

// keyCardsOff leaves the key-fact cards out (a test compares the deck
// with and without them).
var keyCardsOff bool

// keyCards gives each key fact of the article that no card of the tidied
// deck names one card of its own: a policy (law, treaty, doctrine, plan,
// programme …) or the date of a sentence's own event, in a sentence that
// carries no card yet. The deck's rules leave a sentence without a card
// when its best card reads poorly, and a key fact may then go without any
// (the product promises cards on an article's key dates and policies).
// The card takes the best form the sentence allows: "What is …?" when
// the article defines the policy, "Who introduced …?" when the sentence
// names who did, else the sentence with the name or date blanked,
// trimmed of its asides (shortBacks). The sentence must stand alone
// (leansOnContext), be no table or list line (cardSentence, askable),
// and its front must not show its answer; a sentence gets one card, and
// the cards take their place in article order.
func (g *generator) keyCards(deck []Card) []Card {
	if keyCardsOff {
		return deck
	}
	carded := map[string]bool{}       // sentences and fronts of the deck's cards
	named := map[string]bool{}        // the names and dates its cards ask about
	fronts := map[string]string{}     // the fronts of each sentence's cards
	dated := map[string][]DateValue{} // the dates each sentence's cards ask
	for _, c := range deck {
		if f, ok := g.factByKey(c.FactKey); ok && f.Kind == DateFact && c.Back != "" && strings.Contains(c.Back, f.Text) {
			dated[normSpace(c.Sentence)] = append(dated[normSpace(c.Sentence)], f.Date)
		}
		fronts[normSpace(c.Sentence)] += c.Front + "\n"
		carded[normSpace(c.Sentence)] = true
		carded[normSpace(c.Front)] = true
		named[strings.ToLower(c.Phrase)] = true
		if f, ok := g.factByKey(c.FactKey); ok {
			named[strings.ToLower(f.Value)] = true
		}
	}
	var extra []Card
	var extraAt []int
	persons := g.personNames()
	for i, f := range g.facts {
		if f.Kind != DateFact && f.Kind != PolicyFact {
			continue
		}
		sk := normSpace(f.Sentence)
		if named[strings.ToLower(f.Value)] || named[strings.ToLower(f.Text)] {
			continue
		}
		var c Card
		ok := false
		if !carded[sk] {
			c, ok = g.keyCard(f, persons)
			if !ok {
				c, ok = g.passageKeyCard(f, carded) // the sentence with the one before it (passagecard.go)
			}
		}
		// a dated-name card shows no sentence, only the name: a sentence
		// with a card may give one more ("… (Treaty of Shimoda, February 7,
		// 1855), and the French (Treaty of Amity …, October 9, 1858)")
		if !ok && !datedNamesOff && !strings.Contains(fronts[sk], f.Text) && !withinAsked(f, dated[sk]) {
			// (not when a card of the sentence shows the date: "… such as
			// the invasion of Hungary in 1956" on the front of the 1968 card)
			c, ok = g.datedNameCard(f) // "When was the Treaty on … signed?" (datedname.go)
		}
		if !ok || carded[normSpace(c.Front)] {
			continue
		}
		carded[sk] = true
		if f.Kind == DateFact {
			dated[sk] = append(dated[sk], f.Date)
		}
		fronts[sk] += c.Front + "\n"
		carded[normSpace(c.Front)] = true
		named[strings.ToLower(f.Value)] = true
		extra = append(extra, c)
		extraAt = append(extraAt, i)
	}
	if len(extra) == 0 {
		return deck
	}
	extra = shortBacks(extra)
	// merge in article order: a deck card's place is its fact's
	out := make([]Card, 0, len(deck)+len(extra))
	j := 0
	last := -1
	for _, c := range deck {
		p := last
		if f, ok := g.factByKey(c.FactKey); ok {
			if k, ok := g.keyAt[f.Key()]; ok && int(k) < len(g.facts) {
				p = int(k)
			}
		}
		// an extra card of an earlier chapter goes first whatever its
		// fact's place (a deck card's fact may stand before it: a
		// question card's phrase)
		for j < len(extra) && (extraAt[j] < p && g.facts[extraAt[j]].Chapter <= c.Chapter || g.facts[extraAt[j]].Chapter < c.Chapter) {
			out = append(out, extra[j])
			j++
		}
		last = max(last, p)
		out = append(out, c)
	}
	return append(out, extra[j:]...)
}

// keyCard is the card keyCards makes on a key fact, if its sentence can
// carry one.
func (g *generator) keyCard(f Fact, persons map[string]bool) (Card, bool) {
	s := f.Sentence
	if f.Kind == PolicyFact && !replacedOff && cardSentence(s) && !cutName(f) {
		// "What replaced the Marshall Plan at the end of 1951?": the front
		// names what it asks about, the sentence need not stand alone
		t := s
		if r, ok := g.itNamed(f, persons); ok {
			t = r
		}
		if c, ok := replacedCard(f, t); ok {
			return c, true
		}
	}
	if leansOnContext(s) {
		t, ok := withoutConnective(s) // "However, once … resigned in January 1968, the Prague Spring began …"
		if !ok && f.Kind == DateFact {
			t, ok = namingSubject(s, g.a.Title) // "The treaty was ratified on …" in an article on a treaty
		}
		if !ok {
			t, ok = g.itNamed(f, persons) // "It was superseded by the … Treaty … signed on 12 September 1990" (antecedent.go)
		}
		if !ok || leansOnContext(t) {
			return Card{}, false
		}
		s = t
	}
	if !g.memo.sentenceAskable(g, s) {
		// "The treaty, written in English, Dutch, Chinese and Japanese, was
		// signed on March 31, 1854 at what is now known as …": too long
		// to ask whole, short enough without its asides
		if t := shortBack(s, []string{f.Text}); t != s && fieldCount(t) >= 5 {
			s = t
		}
	}
	// the fact as the card shows its sentence: its checks read that
	fv := f
	if s != f.Sentence {
		k := strings.Index(s, f.Text)
		if k < 0 || strings.Count(s, f.Text) != 1 || leansOnContext(s) {
			return Card{}, false
		}
		fv.Sentence = s
		fv.SentSpan.Start = f.Start - k
		fv.SentSpan.End = fv.SentSpan.Start + len(s)
	}
	askable := g.askable(fv)
	if !cardSentence(s) || subordinateOnly(s) || !askable || commonplace(s) ||
		fieldCount(s)-fieldCount(f.Text) < 4 || stemNamesAnswer(fv) || g.hintsAt(fv) {
		return Card{}, false
	}
	if f.Kind == DateFact {
		// the date's own clause, read in the sentence as written or as
		// shown (a dropped link or aside changes no clause)
		pointDate := func(x Fact) bool {
			return g.eventDate(x) && writesItsYear(x) && !g.outsideTitleSpan(x) && g.dateCardPoint(x) && !seasonDate(x) && !inLongAside(x)
		}
		label := "When did this happen?"
		if reportsAState(s) {
			return Card{}, false
		}
		if !pointDate(f) && !pointDate(fv) {
			// one of the sentence's dates: the blank says which (keydates.go)
			if !g.dateAmongOthers(fv) || !writesItsYear(fv) || g.outsideTitleSpan(fv) || !g.dateCardPoint(fv) || seasonDate(fv) || inLongAside(fv) {
				return Card{}, false
			}
			label = "Which date completes the sentence?"
		}
		front := label + "\n“" + blankAll(s, f.Text) + "”"
		if q, ok := g.passiveWhen(fv); ok && s == f.Sentence && label == "When did this happen?" {
			front = q
		}
		c := newCard(CardWhen, f, front, f.Text)
		return c, strings.Contains(c.Front, "_____") || c.Front != label+"\n“"+s+"”"
	}
	if cutName(fv) || g.sentenceOutsideSpan(fv) || !strings.Contains(s, f.Text) {
		return Card{}, false
	}
	if who, verb, ok := pursuer(fv); ok && !g.eponym(fv, who) {
		front := "Who " + verb + " " + policyPhrase(fv) + "?"
		if !strings.Contains(front, who) {
			return newCard(CardWho, f, front, who), true
		}
	}
	front := "Which term completes the sentence?\n“" + blankAll(s, f.Text) + "”"
	if !capitalised(f.Text) { // "an internationally recognized _____" (nuclear-weapon-free status): no named policy
		return Card{}, false
	}
	if slotDeterminers[determinerBefore(fv)] || !strings.Contains(front, "_____") || showsAny(front, g.forms(fv)) {
		return Card{}, false
	}
	c := newCard(CardCloze, f, front, f.Text)
	return c, true
}

// reConnective is a sentence's opening link to the one before: "However,",
// "Moreover,", "In addition,".
var reConnective = regexp.MustCompile(`^(?:However|Moreover|Furthermore|In addition|Additionally|Meanwhile|Nevertheless|Nonetheless|Indeed|Likewise|Similarly|In turn|In contrast|Still),\s+`)

// withoutConnective is a sentence without its opening link to the one
// before, its next word capitalised, so it reads as a statement of its
// own: "Moreover, the conference issued the declaration" → "The
// conference issued the declaration".
func withoutConnective(s string) (string, bool) {
	m := reConnective.FindString(s)
	if m == "" || len(s) == len(m) {
		return s, false
	}
	return capitaliseFirst(s[len(m):]), true
}

// namingSubject is a sentence that opens on the article's subject by its
// kind alone ("The treaty was ratified on February 21, 1855." in an
// article titled "… Treaty", "This doctrine was announced …" in "…
// Doctrine") with the subject's name in its place, so the sentence
// stands alone: "The Anti-Ballistic Missile Treaty was ratified …". The
// kind is the title's head noun: its last word, or the word before "of"
// ("Convention of Kanagawa").
func namingSubject(s, title string) (string, bool) {
	if i := strings.IndexByte(title, '('); i >= 0 {
		title = title[:i]
	}
	title = strings.TrimSpace(title)
	w := strings.Fields(title)
	if len(w) < 2 {
		return s, false // "Perestroika": no kind to refer by
	}
	head := w[len(w)-1]
	if i := strings.Index(title, " of "); i > 0 {
		head = lastWord(title[:i])
	}
	if !capitalised(head) {
		return s, false
	}
	kinds := []string{strings.ToLower(head)}
	if treatyKinds[kinds[0]] {
		kinds = []string{"treaty", "convention", "agreement", "pact", "accord"}
	}
	for _, det := range []string{"The ", "This "} {
		for _, k := range kinds {
			if open := det + k + " "; strings.HasPrefix(s, open) {
				return "The " + title + " " + s[len(open):], true
			}
		}
	}
	return s, false
}

// treatyKinds are the words an article on a treaty calls it by: "the
// treaty" in an article titled "Convention of …".
var treatyKinds = map[string]bool{"treaty": true, "convention": true, "agreement": true, "pact": true, "accord": true}

// withinAskedOff lets a dated-name card ask a date inside one its
// sentence's card already asks (TestMeasureCardRules).
var withinAskedOff bool

// withinAsked reports a date fact whose time lies within, or holds, a date
// another card of its sentence asks: "When was the Protocol of the
// Proceedings signed?" → August 1, 1945 beside "When was the Three Power
// Conference of Berlin held?" → 17 July to 2 August 1945, one sentence on
// one event (round 16 Potsdam Y-C6 beside C5). Two dates of one sentence
// that do not meet are two events ("signed in 1947 … in force in 1949").
func withinAsked(f Fact, asked []DateValue) bool {
	if withinAskedOff {
		return false
	}
	fs, fe := dateSpan(f.Date)
	for _, d := range asked {
		ds, de := dateSpan(d)
		if ds <= fs && fe <= de || fs <= ds && de <= fe {
			return true
		}
	}
	return false
}

// dateSpan is a date's first and last day as yyyymmdd: "August 1945" →
// 19450801, 19450831 (a month's end taken as its 31st).
func dateSpan(d DateValue) (int, int) {
	end := d.YearEnd
	if end == 0 {
		end = d.Year
	}
	m, day := max(d.Month, 1), max(d.Day, 1)
	em, eday := d.EndMonth, d.EndDay
	if em == 0 {
		em, eday = d.Month, d.Day
		if d.Month == 0 {
			em = 12
		}
	}
	if eday == 0 {
		eday = 31
	}
	return d.Year*10000 + m*100 + day, end*10000 + em*100 + eday
}
