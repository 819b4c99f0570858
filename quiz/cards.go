package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
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
// sense, in article order.
func MakeCards(a *Article, facts []Fact) []Card {
	sents := articleSentences(a)
	dateCount := map[string]int{}
	for _, f := range facts {
		if f.Kind == DateFact {
			dateCount[f.Date.String()]++
		}
	}
	var cards []Card
	seen := map[string]bool{}
	add := func(c Card) {
		if !seen[c.Key] {
			seen[c.Key] = true
			cards = append(cards, c)
		}
	}
	for _, f := range facts {
		switch f.Kind {
		case DateFact:
			add(newCard(CardWhen, f, "When did this happen?\n“"+blankAll(f.Sentence, f.Text)+"”", f.Text))
			if dateCount[f.Date.String()] == 1 {
				front := fmt.Sprintf("What happened %s? (chapter “%s”)", datePhrase(f), a.Chapters[f.Chapter].Title)
				add(newCard(CardWhatWhen, f, front, f.Sentence))
			}
		case PolicyFact:
			def := definingSentence(sents, f)
			c := newCard(CardDefine, def, whatIs(policyPhrase(f)), def.Sentence)
			add(c)
			add(newCard(CardCloze, f, "Which term completes the sentence?\n“"+blankAll(f.Sentence, f.Text)+"”", f.Text))
			if who, ok := pursuer(f); ok {
				add(newCard(CardWho, f, "Who pursued "+policyPhrase(f)+"?", who))
			}
		case PersonFact:
			if f.Detail != "" {
				add(newCard(CardWhoIs, f, "Who is "+f.Value+"?", f.Detail+" "+f.Value+".\n"+f.Sentence))
			} else {
				add(newCard(CardCloze, f, "Who is missing from the sentence?\n“"+blankAll(f.Sentence, f.Text)+"”", f.Text))
			}
		case OrgFact:
			add(newCard(CardCloze, f, "Which organisation completes the sentence?\n“"+blankAll(f.Sentence, f.Text)+"”", f.Text))
		}
	}
	return cards
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
	if capitalised(name) || isNumber(firstWord(name)) {
		if strings.HasPrefix(name, "The ") {
			return name
		}
		return "the " + name
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
// that mentions it with a defining verb, else its first mention.
func definingSentence(sents []sentenceRef, f Fact) Fact {
	best := f
	bestScore := -1
	for _, s := range sents {
		i := strings.Index(s.text, f.Value)
		if i < 0 {
			continue
		}
		score := 0
		rest := s.text[i+len(f.Value):]
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
			best = newFact(s, f.Kind, Span{i, i + len(f.Value)}, f.Value, f.Detail, f.Date)
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
func pursuer(f Fact) (string, bool) {
	if !rePursue.MatchString(f.Sentence) {
		return "", false
	}
	return names.TitledPerson(f.Sentence, f.Start-f.SentSpan.Start)
}
