package quiz

import (
	"slices"
	"strings"
)

// A choice question's wrong options must be false. Round 10 keyed
// "Japan took _____ and the Ryukyus" on one territory while the article
// says elsewhere that Japan took another of the options, and "Communist
// parties had already come to power in A, B, C and _____" on one country
// while the article lists a second option beside A, B and C again. An
// option the article also makes true of the blank's frame is refused.

// blankFrame is what the blank's clause says around the blank: the
// clause's subject and its verb, and the names listed with the answer.
type blankFrame struct {
	subject string   // "Japan" of "Japan took _____ and the Ryukyus"
	verbs   []string // the lemmas of its verb and the verbs of its kind
	mates   []string // the clause's other capitalised words: "Romania", "Bulgaria", "Albania"
	own     int      // the sentence the question is made from
}

// frameOf reads the blank's frame from the fact's sentence.
func (g *generator) frameOf(f Fact) blankFrame {
	fr := blankFrame{own: -1}
	s := f.Sentence
	at := f.Start - f.SentSpan.Start
	if at < 0 || at > len(s) || f.End-f.SentSpan.Start > len(s) {
		return fr
	}
	for i, r := range g.sents {
		if r.span == f.SentSpan {
			fr.own = i
			break
		}
	}
	lo := strings.LastIndex(s[:at], ";") + 1
	hi := len(s)
	if k := strings.Index(s[f.End-f.SentSpan.Start:], ";"); k >= 0 {
		hi = f.End - f.SentSpan.Start + k
	}
	answer := map[string]bool{}
	for _, w := range strings.Fields(f.Text) {
		answer[strings.Trim(w, ",.;:()\"“”'’")] = true
	}
	words := strings.Fields(s[lo:hi])
	pos := lo
	for i, w := range words {
		wpos := strings.Index(s[pos:], w) + pos
		pos = wpos + len(w)
		t := strings.Trim(w, ",.;:()\"“”'’")
		if t == "" || answer[t] || wpos >= at && wpos < f.End-f.SentSpan.Start {
			continue
		}
		if capitalised(t) && !frameStopWords[strings.ToLower(t)] {
			if !slices.Contains(fr.mates, t) {
				fr.mates = append(fr.mates, t)
			}
			if wpos < at && fr.subject == "" && i+1 < len(words) {
				// the first name before the blank, followed by its verb
				if v, ok := baseForm(strings.Trim(words[i+1], ",.;:")); ok {
					fr.subject = t
					fr.verbs = verbKindOf(v)
				}
			}
		}
	}
	return fr
}

// frameStopWords are capitalised words that name nothing: a sentence's
// opening article or pronoun.
var frameStopWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "after": true, "before": true,
	"it": true, "its": true, "this": true, "that": true, "these": true, "those": true, "they": true,
	"he": true, "she": true, "his": true, "her": true, "their": true, "by": true, "during": true,
	"from": true, "with": true, "as": true, "when": true, "while": true, "although": true, "however": true,
	"but": true, "and": true, "of": true, "for": true, "to": true, "there": true, "i": true,
}

// verbKinds are verbs that say one thing of the blank: a territory taken
// is also one ceded, annexed or lost to the taker.
var verbKinds = [][]string{
	{"take", "seize", "annex", "occupy", "acquire", "gain", "cede", "lose", "capture", "conquer", "invade", "obtain", "receive"},
	{"sign", "ratify", "join", "accede"},
	{"found", "establish", "create", "form", "set"},
	{"lead", "head", "rule", "govern", "command"},
	{"defeat", "beat", "rout"},
}

// verbKindOf returns the verb and the verbs of its kind.
func verbKindOf(v string) []string {
	for _, k := range verbKinds {
		for _, w := range k {
			if w == v {
				return k
			}
		}
	}
	return []string{v}
}

// alsoTrue reports an option the article also makes true in the blank's
// frame: another sentence names it with the clause's subject and a verb
// of the clause's kind ("ceded … the island of Taiwan to Japan" for
// "Japan took _____"), or lists it with two of the names listed with the
// answer, and half of them in a long clause ("Albania, Czechoslovakia, …, Bulgaria, Romania, and Poland"
// for "Romania, Bulgaria, Albania, and _____").
func (g *generator) readAlsoTrue(fr blankFrame, option string) bool {
	if g.ix == nil || option == "" {
		return false
	}
	// the subject and the mates are looked up in the word index once and
	// walked beside the option's sentences (all in article order): on a
	// book each option is named in hundreds of sentences
	var subject *wordCursor
	if fr.subject != "" && fr.subject != option {
		c := g.ix.cursor(fr.subject)
		subject = &c
	}
	var mates []wordCursor
	for _, m := range fr.mates {
		if m != option && !strings.Contains(option, m) {
			mates = append(mates, g.ix.cursor(m))
		}
	}
	need := max(2, (len(fr.mates)+1)/2)
	if subject == nil && len(mates) < need {
		return false
	}
	for _, si := range g.memo.sentencesNaming(g, option) {
		if int(si) == fr.own {
			continue
		}
		if subject != nil && subject.holdsAt(g, si) && g.memo.hasVerbOf(g, si, fr.verbs) {
			return true
		}
		if len(mates) < need {
			continue
		}
		shared := 0
		for i := range mates {
			if shared+len(mates)-i < need {
				break // too few left to share enough
			}
			if mates[i].holdsAt(g, si) {
				if shared++; shared >= need {
					return true
				}
			}
		}
		if shared >= need {
			return true
		}
	}
	return false
}

// hasVerbOf reports a sentence with one of the verbs, in its base, past
// or -s form.
func hasVerbOf(text string, verbs []string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ",.;:()\"“”'’"))
		for _, v := range verbs {
			if w == v || w == v+"s" || w == v+"es" {
				return true
			}
			if b, ok := baseForm(w); ok && b == v {
				return true
			}
		}
	}
	return false
}

// verbAfter is the verb that follows a name which opens its clause:
// "forbade" of "Stalin eventually forbade …", "seized" of "Japan seized
// …"; past one adverb or auxiliary. "" when no past-tense verb follows
// within three words.
func verbAfter(s string, end int) string {
	if end < 0 || end > len(s) {
		return ""
	}
	for i, w := range strings.Fields(s[end:]) {
		if i >= 3 {
			break
		}
		w = strings.Trim(w, ",.;:()\"“”'’")
		if swapAuxiliaries[strings.ToLower(w)] || strings.HasSuffix(strings.ToLower(w), "ly") {
			continue
		}
		if v, ok := baseForm(w); ok {
			return v
		}
		break
	}
	return ""
}

// swapAuxiliaries stand between a subject and its verb: "had been
// forbidden", "was invaded".
var swapAuxiliaries = map[string]bool{"had": true, "has": true, "have": true, "was": true, "were": true, "been": true, "then": true, "also": true, "soon": true, "later": true}

// saidOfSwap reports a name the article also says does what the
// statement says of the name it replaces, so that the false statement
// made with it would be true, or arguable: another sentence names it
// with a verb of the statement's kind and one of the statement clause's
// other names ("China seized Manchuria" is no false statement for
// "Japan seized Manchuria" when the article says elsewhere that China
// seized … from Manchuria's warlords), or with the clause's subject and
// verb (alsoTrue). One pass over the sentences naming the option.
func (g *generator) saidOfSwap(f Fact, option string) bool {
	if g.ix == nil || option == "" {
		return false
	}
	fr := g.frameOf(f)
	if g.alsoTrue(fr, option) {
		return true
	}
	verbs := fr.verbs
	if fr.subject == "" {
		if v := verbAfter(f.Sentence, f.End-f.SentSpan.Start); v != "" {
			verbs = verbKindOf(v)
		}
	}
	if len(verbs) == 0 || len(fr.mates) == 0 {
		return false
	}
	for _, si := range g.memo.sentencesNaming(g, option) {
		if int(si) == fr.own || !g.memo.hasVerbOf(g, si, verbs) {
			continue
		}
		text := g.sents[si].text
		for _, m := range fr.mates {
			if m != option && !strings.Contains(option, m) && findWord(text, m, 0) >= 0 {
				return true
			}
		}
	}
	return false
}
