package quiz

import (
	"slices"
	"strings"
)

// whichTruePrompt opens a multiple-choice item of four statements, one
// true and three made false by a like-for-like swap (whichTrue).
const whichTruePrompt = "Which of these statements is true?"

// whichTrueOff turns whichTrue off (measure tests only).
var whichTrueOff bool

// whichTrueOptions is how many statements a which-is-true item offers.
const whichTrueOptions = 4

// isWhichTrue reports a which-is-true item (whichTrue).
func isWhichTrue(q Question) bool {
	return q.Type == MultipleChoice && strings.HasPrefix(q.Prompt, whichTruePrompt)
}

// drawType is the type a question counts as in the draw's mix of types:
// a which-is-true item judges statements, as true/false does, so it
// takes true/false's share and not multiple choice's.
func drawType(q Question) QuestionType {
	if isWhichTrue(q) {
		return TrueFalse
	}
	return q.Type
}

// statementOf is the statement a true/false question shows.
func statementOf(q Question) string {
	_, s, ok := strings.Cut(q.Prompt, "\n“")
	if !ok {
		return ""
	}
	return strings.TrimSuffix(s, "”")
}

// copiedTrue reports a true statement that is its sentence, or one
// clause of it, word for word: judged true on sight by a student who read the article once
// (round 18: perestroika Q2, Brezhnev Q2, Potsdam Q4, cold war Q7).
func (g *generator) copiedTrue(q Question) bool {
	if !trueStatement(q) || len(q.FactKeys) == 0 {
		return false
	}
	f, ok := g.factByKey(q.FactKeys[0])
	st := strings.TrimRight(normSpace(statementOf(q)), ".!? ")
	return ok && st != "" && strings.Contains(normSpace(f.Sentence), st)
}

// whichTrue turns each true/false question whose true statement copies
// its sentence word for word into "Which of these statements is true?":
// the true statement beside three false statements of the same chapter
// or a neighbouring one, each made false by the like-for-like swap that
// true/false makes (a date within the event's years, a person of the
// same role, a policy of the same kind, a figure of the same unit and
// scale) and cut to its main claim. A student must know which of four
// claims the article makes, not recognise one sentence. The item takes
// the true/false question's place in its chapter's ranked candidates;
// the false statements it uses stay candidates of their own (the draw
// keeps one sentence to one question). The most central false
// statements are used first, and the item takes the place of the most
// central of its statements: four main claims in one question.
func (g *generator) whichTrue(chapters []int, per map[int][]Question) {
	if whichTrueOff {
		return
	}
	used := map[string]bool{} // false statements already in an item
	for _, ch := range chapters {
		for i := 0; i < len(per[ch]); i++ {
			q := per[ch][i]
			if !g.copiedTrue(q) {
				continue
			}
			truth := statementOf(q)
			sents := map[string]bool{}
			for _, s := range g.sentencesOf(q) {
				sents[s] = true
			}
			var falses []Question
			at := i // the item goes where its most central statement stood
			for _, c := range []int{ch, ch - 1, ch + 1} {
				for j, o := range per[c] {
					if len(falses) == whichTrueOptions-1 {
						break
					}
					if o.Type != TrueFalse || trueStatement(o) || o.swapped == "" || used[o.Prompt] || !g.fitsBeside(o, truth, sents, falses) {
						continue
					}
					falses = append(falses, o)
					for _, s := range g.sentencesOf(o) {
						sents[s] = true
					}
					if c == ch {
						at = min(at, j)
					}
				}
			}
			if len(falses) < whichTrueOptions-1 {
				continue
			}
			for _, o := range falses {
				used[o.Prompt] = true
			}
			copy(per[ch][at+1:i+1], per[ch][at:i])
			per[ch][at] = g.whichTrueItem(q, falses)
		}
	}
}

// fitsBeside reports whether a false statement may stand beside the true
// one and the false ones chosen: from another sentence, of another swap,
// not writing a value another statement writes in its place (two
// statements that disagree on one value give away which is false), and
// neither twice as long as another nor half as long (lengthGiveaway).
func (g *generator) fitsBeside(o Question, truth string, sents map[string]bool, falses []Question) bool {
	for _, s := range g.sentencesOf(o) {
		if sents[s] {
			return false
		}
	}
	st := statementOf(o)
	if showsAny(truth, []string{o.swapped}) || lengthGiveaway(truth, st) || lengthGiveaway(st, truth) {
		return false
	}
	for _, p := range falses {
		if lengthGiveaway(statementOf(p), st) || lengthGiveaway(st, statementOf(p)) {
			return false // one statement twice as long as another stands out (optkind.go)
		}
		if p.swapped == o.swapped || showsAny(statementOf(p), []string{o.swapped}) || showsAny(statementOf(o), []string{p.swapped}) {
			return false
		}
	}
	return true
}

// whichTrueItem builds the item from a true statement and the false ones.
// Its explanation says which was true and what each false one changed,
// in the words of true/false's: the true statement's sentence, then
// "False: the article says X, not Y. “sentence”" for each false one.
func (g *generator) whichTrueItem(t Question, falses []Question) Question {
	truth := statementOf(t)
	q := Question{
		Type:    MultipleChoice,
		Prompt:  whichTruePrompt,
		Chapter: t.Chapter,
		Kind:    ClauseFact,
		Answer:  []string{truth},
		Options: []string{truth},
	}
	q.FactKeys = append(q.FactKeys, t.FactKeys...)
	var why []string
	if f, ok := g.factByKey(t.FactKeys[0]); ok {
		why = append(why, f.Sentence)
	}
	for _, o := range falses {
		q.Options = append(q.Options, statementOf(o))
		q.FactKeys = append(q.FactKeys, o.FactKeys...)
		why = append(why, o.Explanation)
	}
	g.rng.Shuffle(len(q.Options), func(i, j int) { q.Options[i], q.Options[j] = q.Options[j], q.Options[i] })
	q.Explanation = strings.Join(why, "\n")
	return q
}

// whichTrueStatements are the statements of a which-is-true item, for
// tests: the true one first.
func whichTrueStatements(q Question) []string {
	if !isWhichTrue(q) || len(q.Answer) == 0 {
		return nil
	}
	out := []string{q.Answer[0]}
	for _, o := range q.Options {
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}
