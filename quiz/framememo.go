package quiz

import "strings"

// A quiz asks alsoTrue of the same frame and option again and again: the
// choice question and the true/false question of one fact read the same
// options (nameDistractors), and the true/false swaps are asked once more
// whether the article says them (saidOfSwap). Each answer walks every
// sentence naming the option, hundreds on a book. A quiz's own fork keeps
// the answers while it is made (frameMemo, set by generateQuiz) and drops
// them with the fork; the cards and other forks ask afresh.

// frameAnswers are alsoTrue's answers by frame, then by option.
type frameAnswers map[frameKey]map[string]bool

// frameKey is a frame as alsoTrue reads it.
type frameKey struct {
	own                   int
	subject, verbs, mates string
}

// alsoTrue is readAlsoTrue(fr, option), kept in the fork's frameMemo when
// it has one, by frame and then option (the options are the facts' own
// strings). The answer depends on the article alone (the word index and
// the sentences), so a kept one is what reading again would give.
func (g *generator) alsoTrue(fr blankFrame, option string) bool {
	if g.frameMemo == nil {
		return g.readAlsoTrue(fr, option)
	}
	k := frameKey{own: fr.own, subject: fr.subject, verbs: strings.Join(fr.verbs, " "), mates: strings.Join(fr.mates, "\x00")}
	byOption := g.frameMemo[k]
	if v, ok := byOption[option]; ok {
		return v
	}
	if byOption == nil {
		byOption = map[string]bool{}
		g.frameMemo[k] = byOption
	}
	v := g.readAlsoTrue(fr, option)
	byOption[option] = v
	return v
}
