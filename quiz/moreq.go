package quiz

import (
	"strings"
	"unicode"
)

// moreQOff keeps the typed what-did questions moreSaidQ changes as they
// were (TestMeasureW2, W2_OFF=moreq).
var moreQOff bool

// moreSaidQ is the quiz twin of moreSaid (moresaid.go): a typed "What did
// <subject> <verb>?" whose paragraph goes on to say more of the same kind
// about its subject ("The law stipulated that state enterprises were
// free to determine output levels …", then "Under the law, enterprises
// became self-financing …" and "Finally, the law shifted control … to
// elected workers' collectives") asks for one ("Name one thing the Law on
// State Enterprise stipulated.") and takes any of them, each graded by
// its key words (round 17 perestroika Q13: "self-financing" was marked
// wrong against the one provision keyed). prompt is the question's stem,
// key its typed key, sentence its source. Not ok when the paragraph says
// nothing more of the subject ("What did the PTBT ban?").
func (g *generator) moreSaidQ(prompt, key, sentence string) (stem string, points []string, ok bool) {
	if moreQOff || key == "" {
		return "", nil, false
	}
	c, ok := g.moreSaid(Card{Kind: CardQuestion, Front: prompt, Back: key, Sentence: sentence})
	if !ok {
		return "", nil, false
	}
	_, more, found := strings.Cut(c.Back, "\nAlso: ")
	if !found {
		return "", nil, false
	}
	if i := strings.Index(more, "\n"); i >= 0 {
		more = more[:i]
	}
	points = []string{key}
	for _, s := range splitSentences(more) {
		if i := strings.Index(s, ", "); i > 0 && strings.HasPrefix(strings.ToLower(s), "under the ") && fieldCount(s[:i]) <= 4 {
			s = s[i+2:] // "Under the law, enterprises became …": the point, not its opening
		}
		points = append(points, lowerFirst(strings.TrimRight(s, ". "), sentence))
	}
	return c.Front, points, true
}

// splitSentences splits a run of sentences at a full stop followed by a
// space and a capital: "Enterprises became self-financing. The law
// shifted control …".
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && unicode.IsUpper(rune(s[i+2])) {
			out = append(out, strings.TrimSpace(s[start:i+1]))
			start = i + 2
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// lowerFirst lowers a sentence's first letter when its first word is a
// determiner or pronoun ("The law shifted …") or a word the source
// sentence writes in lower case ("Enterprises became …" beside "state
// enterprises were free …"), so it reads as one point of a list; a name
// ("Gosplan's …") stays.
func lowerFirst(s, source string) string {
	w, _, _ := strings.Cut(s, " ")
	if w == "" || !unicode.IsUpper(rune(w[0])) {
		return s
	}
	l := strings.ToLower(w)
	if l[1:] != w[1:] {
		return s // "USSR", "McCarthy"
	}
	switch l {
	case "the", "a", "an", "this", "these", "those", "it", "they", "its", "their":
	default:
		found := false
		for _, o := range strings.Fields(source) {
			if strings.Trim(o, ",;:.()") == l {
				found = true
				break
			}
		}
		if !found {
			return s
		}
	}
	return l + s[len(w):]
}

// reasonLinks open a sentence that adds a reason to the one before:
// "Furthermore, his party was weakened …", "Meanwhile the Communists
// promised …".
var reasonLinks = []string{"Furthermore, ", "Moreover, ", "In addition, ", "Additionally, ", "Also, ", "Meanwhile, ", "Meanwhile "}

// moreReasons are the reasons the sentences right after a give-one why
// question's source add to its list, each opening with a link that adds
// one (reasonLinks), up to three, in the same paragraph: "Westad says the
// Communists won … because Mao Zedong made fewer military mistakes …, and
// because … Chiang antagonized too many interest groups" goes on
// "Furthermore, his party was weakened in the war against Japanese.
// Meanwhile the Communists promised to improve the ways of life for
// certain groups such as farmers." (round 17 China Q8: those two were
// marked wrong). The run stops at the first sentence with no such link
// ("This allowed for more support …", a consequence, not a reason).
func (g *generator) moreReasons(sentence string) []string {
	if moreQOff {
		return nil
	}
	i := g.sentenceIndex(sentence)
	if i < 0 {
		return nil
	}
	var out []string
	for j := i + 1; j < len(g.sents) && j <= i+3; j++ {
		o := g.sents[j]
		if o.chapter != g.sents[i].chapter || o.block != g.sents[i].block {
			break
		}
		t := strings.TrimSpace(withoutCitations(o.text))
		rest := ""
		for _, l := range reasonLinks {
			if r, ok := strings.CutPrefix(t, l); ok {
				rest = r
				break
			}
		}
		if rest == "" || fieldCount(rest) > maxClauseKeyWords+6 || strings.Contains(rest, "?") {
			break
		}
		out = append(out, lowerFirst(strings.TrimRight(rest, ". "), rest))
	}
	return out
}
