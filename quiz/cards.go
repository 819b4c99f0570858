package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/chapterwise/chapterwise/quiz/names"
)

// CardKind says what a flashcard asks.
type CardKind string

// The kinds of generated flashcard.
const (
	CardWhen     CardKind = "when"          // date blanked from its sentence
	CardWhatWhen CardKind = "what_happened" // the reverse: what happened in 1986?
	CardDefine   CardKind = "define"        // what is the policy?
	CardWho      CardKind = "who_pursued"   // who pursued the policy?
	CardWhoIs    CardKind = "who_is"        // who is this person?
	CardCloze    CardKind = "cloze"         // the key term blanked
	CardOwn      CardKind = "own"           // written by the user
)

// Card is a flashcard with the sentence it was made from.
type Card struct {
	Key      string // stable across regeneration
	Kind     CardKind
	Front    string
	Back     string
	Chapter  int
	Block    int
	Sentence string
	Phrase   string // the key phrase to emphasise in Sentence
	FactKey  string
	Edited   bool // the user changed it, or wrote it
}

func cardKey(kind CardKind, f Fact) string {
	h := sha256.Sum256([]byte(string(kind) + "\x00" + f.Key()))
	return hex.EncodeToString(h[:8])
}

func newCard(kind CardKind, f Fact, front, back string) Card {
	return Card{Key: cardKey(kind, f), Kind: kind, Front: front, Back: back, Chapter: f.Chapter, Block: f.Block,
		Sentence: f.Sentence, Phrase: f.Text, FactKey: f.Key()}
}

// MakeCards turns facts into flashcards, several per fact where that makes
// sense, in article order. A card is made only where its template fits
// the sentence: a definition only from a sentence that defines the term,
// a date card only on the date of the sentence's own event, and no card
// on a name its mention shows to be cut.
func MakeCards(a *Article, facts []Fact) []Card {
	return makeCards(indexedGenerator(a, facts))
}

// makeCards is MakeCards on an index already built (Study.Cards shares
// it with the study's quizzes).
func makeCards(base *generator) []Card {
	g := base.fork(nil)
	a, facts, ix := g.a, g.facts, g.ix
	dateCount := map[string]int{}
	for _, f := range facts {
		if f.Kind == DateFact {
			dateCount[f.Date.String()]++
		}
	}
	var cards []Card
	seen := map[string]bool{}
	usedDate := map[string]bool{}
	at, factAt := map[string]int{}, 0 // each card's fact's place in the article
	defined := map[string][]string{}  // the terms each sentence already defines on a card
	add := func(c Card) {
		if (c.Kind == CardCloze || c.Kind == CardWhen) && !strings.Contains(c.Front, "_____") {
			return // "--George Washington was a hero--": the name did not stand as a word to blank
		}
		// one date card per date: two on one date ask one fact twice. Two
		// cards on one sentence show each other's answers (round 6: "1986"
		// and "Kim Il Sung"): tidyDeck keeps the one on the sentence's point
		// (onePerPoint)
		if seen[c.Key] {
			return
		}
		seen[c.Key] = true
		at[c.Key] = factAt
		cards = append(cards, c)
	}
	// answered holds, per sentence and fact kind, the answers of cards
	// already made, so two cards on one sentence do not ask one thing twice
	// ("Soviet Joint Venture Law", "Joint Venture Law").
	answered := map[string][]string{}
	// question cards first, in their own words ("What did the Marshall
	// Plan require?"); a session buries their siblings once one is rated.
	// They are made on a fork of their own while this one makes the
	// others (on a book each takes seconds), and the others are added
	// after them, in the order made: adding changes only which cards are
	// kept, nothing the others are made from
	qcs := make(chan []questionCard, 1)
	go func() { qcs <- base.fork(nil).questionCards() }()
	type madeCard struct {
		card Card
		at   int
	}
	var made []madeCard
	more := map[string]string{} // a definition card's key → the sentence after it on its term (defnext.go)
	addLater := func(c Card) { made = append(made, madeCard{c, factAt}) }
	// a definition found in another sentence than the mention it was made
	// for stands at its own sentence's place: "What is the Molotov Plan?"
	// from chapter 10 among chapter 10's cards, not at chapter 1's mention
	placeOf := func(d Fact) int { // the facts are in article order
		return sort.Search(len(facts), func(i int) bool {
			f := facts[i]
			return f.Chapter > d.Chapter || f.Chapter == d.Chapter && (f.Block > d.Block || f.Block == d.Block && f.SentSpan.Start >= d.SentSpan.Start)
		})
	}
	// names first, dates after, so a sentence's first card (the one a
	// session shows before burying its siblings) asks what or who rather
	// than when; the cards keep article order
	for pass := 0; pass < 2; pass++ {
		for i, f := range facts {
			if !cardSentence(f.Sentence) || (f.Kind == DateFact) != (pass == 1) {
				continue
			}
			factAt = i
			// a cloze, who or when card shows its sentence as its question: the
			// sentence must stand alone and its name be whole
			plain := g.askable(f) && !subordinateOnly(f.Sentence) && !startsWithPronoun(f.Sentence) && !cutName(f) &&
				fieldCount(f.Sentence)-fieldCount(f.Text) >= 4 && // "_____ and merchant marine.": a heading
				!g.hintsAt(f) && // "the Soviet Union annexed … within the _____" (Union of Soviet Socialist Republics)
				(f.Kind == DateFact || !slotDeterminers[determinerBefore(f)]) && // "Mongolia established its _____": too open
				!stemNamesAnswer(f) && // round 12: "the Soviet _____ … a Soviet venture" (Joint Venture Law)
				!inLongAside(f) && // round 12 Potsdam C4: "East Prussia, occupied by … in winter 1945, had already been …"
				!inTrailingRelative(f) // round 12 Potsdam C2: "…, which had been established in Moscow following the _____"
			sk := string(f.Kind) + "\x00" + normSpace(f.Sentence)
			if overlapsAny(f.Value, answered[sk]) {
				plain = false
			}
			switch f.Kind {
			case DateFact:
				if !plain || !g.eventDate(f) || !writesItsYear(f) || usedDate[f.Date.String()] || g.unanchoredDate(f) || !g.dateCardPoint(f) { // round 12 C6, C10: a side date (datepoint.go)
					continue
				}
				usedDate[f.Date.String()] = true
				answered[sk] = append(answered[sk], f.Value)
				// one card per date, never its mirror: "What happened in May
				// 1949?" where the month or day pins one event down, else
				// "When did this happen?" ("What happened in 2003?" has many
				// answers, "in winter of 1946–47" describes a state)
				if dateCount[f.Date.String()] == 1 && !monthShared(facts, f) && !namelessEvent(f) && pointDate(f) && !attributiveDate(f) && fieldCount(f.Sentence) <= maxQuestionWords &&
					!reportsAState(f.Sentence) { // "What happened in September 1948?" → a troop estimate
					if who, ok := g.dateActor(f); ok || dateActorOff {
						// round 14 CTBT C13, perestroika C4: "What happened in
						// October 1977?" named no one (dateactor.go)
						front := fmt.Sprintf("What did %s do %s? (chapter “%s”)", who, datePhrase(f), a.Chapters[f.Chapter].Title)
						if dateActorOff {
							front = fmt.Sprintf("What happened %s? (chapter “%s”)", datePhrase(f), a.Chapters[f.Chapter].Title)
						}
						addLater(newCard(CardWhatWhen, f, front, f.Sentence))
						continue
					}
				}
				if reportsAState(f.Sentence) || seasonDate(f) { // round 12 Potsdam C4: "winter 1945"
					continue // "In _____, US intelligence estimated that the Soviets had about 485,000 troops": the date of a count, no event
				}
				addLater(newCard(CardWhen, f, "When did this happen?\n“"+blankAll(f.Sentence, f.Text)+"”", f.Text))
			case PolicyFact:
				if cutName(f) {
					continue
				}
				def, ok := definition(ix, f)
				if ok && !aliasDefined(def, defined[normSpace(def.Sentence)]) && !emptyDefinition(def.Sentence, f.Value) { // round12b.go
					defined[normSpace(def.Sentence)] = append(defined[normSpace(def.Sentence)], f.Value)
					back := def.Sentence
					if t, ok := teachingBack(def.Sentence, f.Value); ok && !teachBackOff {
						back = t // what the term is, not its sentence pasted (teachback.go)
					}
					if gl, ok := glossOf(ix, f.Value); ok && !strings.Contains(back, gl) {
						back += "\nMeaning “" + gl + "”." // round 11 perestroika C1: the literal meaning, said in another sentence
					}
					c := newCard(CardDefine, def, whatIs(policyPhrase(f)), back)
					if m, ok := g.nextSays(def, f.Value); ok && !nextSaysOff && !strings.Contains(back, m) {
						more[c.Key] = m // round 14 cold war C10: what the Truman Doctrine became (defnext.go)
					}
					made = append(made, madeCard{c, placeOf(def)})
				}
				if plain && (!ok || normSpace(def.Sentence) != normSpace(f.Sentence)) {
					answered[sk] = append(answered[sk], f.Value)
					// the definition's back would be this cloze's answer
					front := "Which term completes the sentence?\n“" + blankAll(f.Sentence, f.Text) + "”"
					if negatedBlank(f) && !negClozeOff {
						if p, ok := g.positiveNaming(f); ok {
							front = p // round 14 builtin C2: a cloze in "were not marked by “_____”" asks what did not happen (negcloze.go)
						}
					}
					addLater(newCard(CardCloze, f, front, f.Text))
				}
				if who, verb, ok := pursuer(f); ok && !cutName(f) && !g.eponym(f, who) {
					addLater(newCard(CardWho, f, "Who "+verb+" "+policyPhrase(f)+"?", who))
				}
			case PersonFact:
				if !plain {
					continue
				}
				answered[sk] = append(answered[sk], f.Value)
				if f.Detail != "" && !namedAside(f) && !bareTitle(f.Detail) && officeTitle(f.Detail) {
					addLater(newCard(CardWhoIs, f, "Who is "+f.Value+"?", f.Detail+" "+f.Value+".\n"+f.Sentence))
				} else {
					addLater(newCard(CardCloze, f, "Who is missing from the sentence?\n“"+blankAll(f.Sentence, f.Text)+"”", f.Text))
				}
			case OrgFact:
				if !plain {
					continue
				}
				answered[sk] = append(answered[sk], f.Value)
				label := "Which organisation completes the sentence?"
				if placeKind(f.Value) == "country" {
					label = "Which country completes the sentence?" // round 11 Marshall Plan C2: the Soviet Union is no organisation
				} else if numberedMeeting(f.Value) && !round12bOff {
					label = "Which meeting completes the sentence?" // round 12 Brezhnev Doctrine C9: a congress is no organisation
				}
				addLater(newCard(CardCloze, f, label+"\n“"+blankAll(f.Sentence, f.Text)+"”", f.Text))
			}
		}
	}
	for _, qc := range <-qcs {
		factAt = qc.at
		add(qc.card)
	}
	for _, m := range made {
		factAt = m.at
		add(m.card)
	}
	// the cards of one sentence stand together at its first card's place,
	// a name's before its date's (the order they were made in), so a
	// session shows the name's and buries the date's
	first := map[string]int{}
	for _, c := range cards {
		sent := normSpace(c.Sentence)
		if p, ok := first[sent]; !ok || at[c.Key] < p {
			first[sent] = at[c.Key]
		}
	}
	sort.SliceStable(cards, func(i, j int) bool {
		return first[normSpace(cards[i].Sentence)] < first[normSpace(cards[j].Sentence)]
	})
	return g.reviewCards(withNext(g.plainCards(g.withSettings(g.keyCards(g.tidyDeck(cards)))), more)) // reviewcards.go: round 18's card faults; plaincards.go: round 16's card faults; one card per fact, date cards on their own event (qcards.go); a card on each key fact left without one (keycards.go); a chapter for a front with no setting (cardsetting.go)
}

// attributiveDate reports a date that describes a noun ("the August 1945
// agreement"): the sentence says what the thing is, so "What happened in
// August 1945?" would have a definition for its answer.
func attributiveDate(f Fact) bool {
	before := strings.Fields(f.Sentence[:f.Start-f.SentSpan.Start])
	return len(before) > 0 && labelDeterminers[strings.ToLower(before[len(before)-1])]
}

// pointDate reports a date that names one month or day of one year
// ("May 1949", "April 3, 1948"), not a span, a season or a year alone.
func pointDate(f Fact) bool {
	d := f.Date
	if d.Granularity != Day && d.Granularity != Month || d.Part != "" || d.EndMonth != 0 || d.EndDay != 0 {
		return false
	}
	if d.YearEnd != 0 && d.YearEnd != d.Year || !reYear.MatchString(f.Text) {
		return false
	}
	lower := strings.ToLower(f.Text)
	return !strings.ContainsAny(lower, "–-") && !strings.Contains(lower, " to ") && !strings.Contains(lower, "through")
}

// aliasDefined reports a definition whose sentence already backs the card
// of another name for the same thing: "The Marshall Plan (officially the
// European Recovery Program, ERP) was …" answers one of the two only.
func aliasDefined(def Fact, terms []string) bool {
	for _, t := range terms {
		i := findWord(def.Sentence, t, 0)
		j := def.Start - def.SentSpan.Start
		if i >= 0 && (inBrackets(def.Sentence[:i]) || inBrackets(def.Sentence[:j])) {
			return true
		}
	}
	return false
}

// cardSentence reports whether a sentence can carry a card at all: not a
// table row, a lead-in ending in a colon, or a "See …" cross-reference.
func cardSentence(s string) bool {
	return !strings.Contains(s, "\t") && !strings.HasSuffix(strings.TrimSpace(s), ":") &&
		!strings.HasPrefix(s, "See ") && !listHeading(s)
}

// listHeading reports an item of an agenda or protocol that names a topic
// rather than stating something: "Disposal of the German Navy and merchant
// marine.", "Conclusion on peace treaties …".
func listHeading(s string) bool {
	w := leadingFields(s, 2)
	if len(w) < 2 || (w[1] != "of" && w[1] != "on") {
		return false
	}
	head := strings.ToLower(w[0])
	return capitalised(w[0]) && (strings.HasSuffix(head, "ion") || strings.HasSuffix(head, "al") || strings.HasSuffix(head, "ment"))
}

// eventNouns name something that happens at a time: after "the 2018"
// they make the year the event's own ("the 2018 summit").
var eventNouns = map[string]bool{"summit": true, "election": true, "elections": true, "conference": true, "meeting": true,
	"visit": true, "treaty": true, "agreement": true, "war": true, "crisis": true, "revolution": true, "uprising": true,
	"coup": true, "speech": true, "talks": true, "referendum": true, "plebiscite": true, "accord": true, "accords": true,
	"offensive": true, "invasion": true, "congress": true, "session": true, "declaration": true, "act": true, "law": true}

// eventNounAhead reports an event noun among the next four words.
func eventNounAhead(after string) bool {
	w := leadingFields(after, 4)
	for i := 0; i < len(w) && i < 4; i++ {
		x := strings.ToLower(strings.Trim(w[i], ",.;:()“”\"'"))
		if eventNouns[x] {
			return true
		}
		if strings.ContainsAny(w[i], ",;.") {
			break
		}
	}
	return false
}

// relativeWords open a clause about something the sentence only mentions:
// "…; which eventually took place as the Treaty … in 1990".
var relativeWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "whereafter": true}

// eventDate reports whether a date is the time of its sentence's own event,
// so that "When did this happen?" asks about what the sentence says:
// the sentence's only date, not a bound, not in brackets, not naming a
// thing ("the revolutions of 1989", "the 1937 Polish border"), not inside
// a clause about an earlier or later event ("since Lenin's New Economic
// Policy was abolished in 1928, the law …"), and not a vague decade.
func (g *generator) eventDate(f Fact) bool {
	if f.Date.Granularity == Decade || f.Date.Granularity == Century || !g.ownDate(f) {
		return false
	}
	if snapshotDate(f) || listedDate(f) || spanDate(f) {
		return false // "As of 2016", "2006, _____, 2013", "From 1964 through 1996"
	}
	rel := f.Start - f.SentSpan.Start
	if rel < 0 || rel > len(f.Sentence) {
		return false
	}
	before := f.Sentence[:rel]
	after := f.Sentence[f.End-f.SentSpan.Start:]
	return timeOfItsEvent(f, before, after)
}

// timeOfItsEvent reports whether the words around a date (before and after
// it in its sentence) make it the time of the sentence's event: not a date
// naming a thing ("the revolutions of 1989"), not a year qualifying a noun
// ("the 1937 Polish border"), not in a clause about an earlier, later or
// other event ("since …", "which …"). eventDate and dateAmongOthers share it.
func timeOfItsEvent(f Fact, before, after string) bool {
	w := strings.ToLower(lastWord(strings.TrimRight(before, " ")))
	if w == "of" && !timeOfDay(before) {
		return false // "the revolutions of 1989": a date naming a thing ("on the morning of March 12, 1947" is the time)
	}
	if f.Date.Granularity == Year && (w == "the" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) &&
		strings.HasPrefix(after, " ") && !strings.ContainsAny(strings.TrimSpace(after)[:1], ",;.") && !eventNounAhead(after) {
		return false // "the 1937 Polish border": a year qualifying a thing, not an event
	}
	clause := before
	if k := strings.LastIndexAny(clause, ",;"); k >= 0 {
		clause = clause[k+1:]
	}
	for _, cw := range strings.Fields(strings.ToLower(clause)) {
		if cw == "since" || cw == "until" || cw == "than" || cw == "before" || cw == "after" || relativeWords[cw] {
			return false
		}
	}
	return true
}

// dayParts are the parts of a day (or the day itself) a date is the time
// of: "on the night of August 20, 1968".
var dayParts = map[string]bool{"morning": true, "night": true, "evening": true, "afternoon": true, "eve": true, "dawn": true, "day": true}

// timeOfDay reports text before a date that ends in a part of a day and
// "of": "On the morning of", "began on the night of"; not "the
// revolutions of", "the Castle Bravo test of".
func timeOfDay(before string) bool {
	w := strings.Fields(strings.ToLower(before))
	return len(w) >= 2 && w[len(w)-1] == "of" && dayParts[w[len(w)-2]]
}

// spanDate reports a date that is a span ("From 1964 through 1996",
// "1945–46", "between 1950 and 1953"): its blank on a card cuts the
// sentence's own words, and "When did this happen?" asks for one time.
func spanDate(f Fact) bool {
	d := f.Date
	if d.YearEnd != 0 && d.YearEnd != d.Year || d.EndMonth != 0 || d.EndDay != 0 {
		return true
	}
	lower := " " + strings.ToLower(f.Text) + " "
	for _, w := range []string{" from ", " between ", " through ", " to ", " until ", "–", "-"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// policyPhrase names a policy in a question, with the head word that
// followed it in the text when there was one: the “open river” policy.
func policyPhrase(f Fact) string {
	if f.Detail != "" && names.PolicyNoun(f.Detail) {
		return "the “" + f.Value + "” " + f.Detail
	}
	return termPhrase(f.Value)
}

// termPhrase puts a term into a question: "the Sunshine Policy",
// "“ideology-driven friendship”".
func termPhrase(name string) string {
	if w := strings.Fields(name); len(w) > 1 && isNumber(w[len(w)-1]) && !isNumber(w[0]) {
		return name // "NSC 68", "Resolution 242": a number names it
	}
	if w := strings.Fields(name); len(w) == 1 && capitalised(name) && name != strings.ToUpper(name) && !names.PolicyNoun(strings.ToLower(name)) {
		return name // "Perestroika", "Ostpolitik": a one-word name takes no article
	}
	if w := strings.Fields(name); len(w) > 1 && isNumber(w[0]) {
		if !capitalised(w[1]) {
			return "“" + name + "”" // "3 times YES": a slogan, no thing to put "the" before
		}
		return "the " + name // "the 1974 Protocol"
	}
	if capitalised(name) {
		if strings.HasPrefix(name, "The ") {
			return name
		}
		if takesThe(name) == "yes" {
			return "the " + name
		}
		return name // "Khaan Quest", "Ostpolitik": a proper name takes no article
	}
	if names.PolicyNoun(lastWord(name)) {
		return "the " + name // "the one-child policy"
	}
	return "“" + name + "”"
}

// whatIs asks what a policy is, or are: "What are the nuclear-free
// policies?"
func whatIs(phrase string) string {
	w := strings.ToLower(strings.TrimRight(lastWord(phrase), "”"))
	series := isNumber(w) && strings.Contains(phrase, " and ") // "Resolutions 242 and 338"
	if series || strings.HasSuffix(w, "ies") || w == "talks" || w == "sanctions" || w == "reforms" || w == "accords" || w == "treaties" {
		return "What are " + phrase + "?"
	}
	return "What is " + phrase + "?"
}

// blankAll replaces every whole-word occurrence of term in s with a blank,
// so the answer does not show elsewhere in the prompt.
func blankAll(s, term string) string {
	var b strings.Builder
	from := 0
	for k := findWord(s, term, 0); k >= 0; k = findWord(s, term, from) {
		b.WriteString(s[from:k])
		b.WriteString("_____")
		from = k + len(term)
	}
	b.WriteString(s[from:])
	return b.String()
}

var reDefining = regexp.MustCompile(`(?i)\b(is|was|are|were|refers? to|means|involved|involves|aims?|goal|purpose|labell?ed|called|known as|established|marked)\b`)

// definingSentence picks the sentence that best says what a policy is: one
// that defines it (definesTerm), else one that mentions it with a defining
// verb, else its first mention.
func definingSentence(ix *sentenceIndex, f Fact) Fact {
	if d, ok := definition(ix, f); ok {
		return d
	}
	d := ix.remember(definingKey, f.Value, func() foundAt { return likelyDefining(ix, f.Value) })
	if d.sent < 0 {
		return f
	}
	return newFact(ix.sents[d.sent], f.Kind, Span{d.at, d.at + len(f.Value)}, f.Value, f.Detail, f.Date)
}

// likelyDefining is definingSentence's choice among all the sentences
// for a term no sentence defines: it reads every sentence, so each
// term's is looked for once.
func likelyDefining(ix *sentenceIndex, term string) foundAt {
	best := foundAt{sent: -1}
	bestScore := -1
	for si, s := range ix.sents {
		i := strings.Index(s.text, term) // inside a longer word too: "Korea-United States"
		if i < 0 {
			continue
		}
		score := 0
		rest := s.text[i+len(term):]
		if reDefining.MatchString(firstN(rest, 40)) {
			score += 3
		}
		if reDefining.MatchString(s.text) {
			score++
		}
		if len(s.text) > 300 {
			score--
		}
		if score > bestScore {
			bestScore = score
			best = foundAt{sent: si, at: i}
		}
	}
	return best
}

func firstN(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

var rePursue = regexp.MustCompile(`\b(pursu(?:e|ed|ing)|adopt(?:ed|ing)?|launch(?:ed|ing)?|introduc(?:e|ed|ing)|propos(?:e|ed|ing)|establish(?:ed|ing)?|announc(?:e|ed|ing)|initiat(?:e|ed|ing))\b`)

// pursuer finds a person named by title in the policy's sentence who
// pursued it: "South Korean President Kim Daejung began pursuing his
// famed “Sunshine Policy”".
//
// The person must be the one who acts: not named after a preposition
// ("Bernard Baruch, an emissary of President Harry S. Truman, proposed
// the Baruch Plan" is Baruch's act). The verb is the sentence's own, in
// the past: "Who proposed the Baruch Plan?".
func pursuer(f Fact) (who, verb string, ok bool) {
	m := rePursue.FindStringSubmatch(f.Sentence)
	if m == nil {
		return "", "", false
	}
	who, ok = names.TitledPerson(f.Sentence, f.Start-f.SentSpan.Start)
	if !ok {
		return "", "", false
	}
	i := strings.Index(f.Sentence, who)
	if i < 0 {
		return "", "", false
	}
	if prev := strings.ToLower(lastWord(strings.TrimRight(f.Sentence[:i], " "))); actorBlockers[prev] {
		return "", "", false // "an emissary of President Harry S. Truman"
	}
	return who, pursuedForm(m[1]), true
}

// namedAside reports a person the sentence names only after a
// preposition, with their title: "an emissary of President Harry S.
// Truman" says nothing of what Truman did, so "Who is Harry S. Truman?"
// has no back to learn from.
func namedAside(f Fact) bool {
	before := strings.TrimRight(f.Sentence[:f.Start-f.SentSpan.Start], " ")
	before = strings.TrimRight(strings.TrimSuffix(before, f.Detail), " ")
	return asideWords[strings.ToLower(lastWord(before))]
}

// bareTitle reports a role that says only a rank ("Prime Minister",
// "General"), not whose: "Who is John Howard?" → "Prime Minister John
// Howard." teaches nothing, where "Soviet leader" or "US Secretary of
// State" does.
func bareTitle(detail string) bool {
	for _, w := range strings.Fields(strings.ToLower(detail)) {
		if !rankWords[w] {
			return false
		}
	}
	return true
}

// officeTitle reports a role that names an office ("US Secretary of
// State", "Prime Minister of India"), not a common noun after a
// nationality ("Soviet leader", "a State Department official"): "Who is
// Nikita Khrushchev?" → "Soviet leader Nikita Khrushchev." is circular
// (round 6, CTBT C9, C14).
func officeTitle(detail string) bool {
	w := lastWord(strings.TrimSpace(detail))
	return w != "" && capitalised(w)
}

// rankWords make up titles that name a rank but not a state or body.
var rankWords = map[string]bool{
	"president": true, "prime": true, "minister": true, "general": true, "secretary": true, "foreign": true,
	"chairman": true, "premier": true, "leader": true, "king": true, "queen": true, "emperor": true,
	"ambassador": true, "senator": true, "governor": true, "admiral": true, "marshal": true, "generalissimo": true,
	"commander": true, "chancellor": true, "vice": true, "deputy": true, "of": true, "state": true, "defense": true,
	"defence": true, "the": true, "former": true, "first": true, "lieutenant": true, "colonel": true, "major": true,
	"captain": true, "mr.": true, "dr.": true, "madame": true, "sir": true,
}

// asideWords before a person name them beside what the sentence tells ("an
// emissary of President …", "a summit with North Korean leader …"); "led
// by General Secretary …" tells what they did.
var asideWords = map[string]bool{"of": true, "to": true, "with": true, "for": true, "from": true, "against": true, "than": true}

// actorBlockers before a person make them no actor of the sentence's verb.
var actorBlockers = map[string]bool{"of": true, "to": true, "by": true, "for": true, "with": true, "under": true, "from": true, "against": true, "than": true}

// pursuedForm puts a form of a pursuing verb into its past: "pursuing" →
// "pursued", "propose" → "proposed".
func pursuedForm(v string) string {
	v = strings.ToLower(v)
	switch {
	case strings.HasSuffix(v, "ed"):
		return v
	case strings.HasSuffix(v, "ing"):
		v = strings.TrimSuffix(v, "ing")
		if strings.HasSuffix(v, "pursu") || strings.HasSuffix(v, "introduc") || strings.HasSuffix(v, "propos") ||
			strings.HasSuffix(v, "announc") || strings.HasSuffix(v, "initiat") {
			v += "e"
		}
	}
	if strings.HasSuffix(v, "e") {
		return v + "d"
	}
	return v + "ed"
}

// eponym reports a policy named after a person of the article other than
// who: the "Baruch Plan" is Baruch's, whoever else the sentence names.
func (g *generator) eponym(f Fact, who string) bool {
	first := firstWord(f.Value)
	if !capitalised(first) || strings.Contains(who, first) {
		return false
	}
	for _, o := range g.ofKind(PersonFact) {
		if lastWord(o.Value) == first {
			return true
		}
	}
	return false
}
