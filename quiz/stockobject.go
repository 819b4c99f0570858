package quiz

import (
	"regexp"
	"strings"
)

// stockObjectOff keeps what-did cards on a stock object as they were
// (TestMeasureCardRules compares the decks with and without).
var stockObjectOff bool

// reStockObject is an object its verb all but gives away: relations,
// ties, talks, with at most two adjectives ("diplomatic relations",
// "full diplomatic ties", "talks").
var reStockObject = regexp.MustCompile(`^(?i:(?:[a-z-]+ ){0,2}(?:relations|ties|contacts|talks|negotiations))$`)

// reWhatDidDate is a what-did front's closing date phrase, and a chapter
// after it: "What did Japan establish with the PRC in 1972?".
var reWhatDidDate = regexp.MustCompile(`^What did (.+) (in|on) ([^?]*\d{4})\?( \(chapter “[^”]*”\))?$`)

// stockObjectWhen turns a what-did card whose answer is a stock object of
// its verb into the when card the sentence carries: "What did Japan
// establish with the PRC in 1972?" → "Diplomatic relations" is guessed
// from "establish … with", and the date is what the sentence teaches
// (round 14 China C13), so the card asks "When did Japan establish
// diplomatic relations with the PRC?" → "1972". The front must read the
// sentence's words: the subject and the verb before the answer, the
// partner after it.
func stockObjectWhen(c Card) (Card, bool) {
	if stockObjectOff || c.Kind != CardQuestion {
		return c, false
	}
	answer, rest, _ := strings.Cut(c.Back, "\n")
	answer = strings.TrimSuffix(answer, ".")
	m := reWhatDidDate.FindStringSubmatch(c.Front)
	if m == nil || !reStockObject.MatchString(answer) {
		return c, false
	}
	at := findWord(c.Sentence, strings.ToLower(answer[:1])+answer[1:], 0)
	if at < 0 {
		return c, false
	}
	before := strings.Fields(c.Sentence[:at])
	if len(before) < 2 {
		return c, false
	}
	base, ok := baseForm(before[len(before)-1])
	if !ok {
		return c, false
	}
	if w := before[0]; w == "The" || w == "A" || w == "An" {
		before[0] = strings.ToLower(w) // "The US resumed …" → "… did the US resume …"
	}
	subjVerb := strings.Join(before[:len(before)-1], " ") + " " + base
	partner, ok := strings.CutPrefix(m[1], subjVerb)
	if !ok || partner != "" && !strings.HasPrefix(partner, " ") {
		return c, false
	}
	date := m[3]
	if strings.Count(c.Sentence, date) != 1 {
		return c, false
	}
	out := c
	out.Front = "When did " + subjVerb + " " + strings.ToLower(answer[:1]) + answer[1:] + partner + "?" + m[4]
	out.Back = date
	if rest != "" {
		out.Back += "\n" + rest
	}
	out.Phrase = date
	return out, true
}
