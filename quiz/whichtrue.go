package quiz

import (
	"slices"
	"strings"
)

// whichTruePrompt opens a multiple-choice item of four statements, one
// true and three made false by a like-for-like swap (whichTrue).
const whichTruePrompt = "Which of these statements is true?"

// whichFalsePrompt opens the item of one false statement among three
// true ones.
const whichFalsePrompt = "Which of these statements is false?"

// whichTrueOff turns whichTrue off (measure tests only).
var whichTrueOff bool

// whichTrueOptions is how many statements a which-is-true item offers.
const whichTrueOptions = 4

// isWhichTrue reports a which-is-true or which-is-false item (whichTrue).
func isWhichTrue(q Question) bool {
	return q.Type == MultipleChoice && (strings.HasPrefix(q.Prompt, whichTruePrompt) || strings.HasPrefix(q.Prompt, whichFalsePrompt))
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
// clause of it, word for word: judged true on sight by a student who
// read the article once (round 18: perestroika Q2, Brezhnev Q2, Potsdam Q4, cold war Q7).
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
// central of its statements: four main claims in one question. When the
// chapter and its neighbours hold too few false statements, the item is
// "Which of these statements is false?": one false statement among the
// copied true one and two more true ones.
func (g *generator) whichTrue(chapters []int, per map[int][]Question) {
	if whichTrueOff {
		return
	}
	used := map[string]bool{} // statements already in an item
	for _, ch := range chapters {
		for i := 0; i < len(per[ch]); i++ {
			q := per[ch][i]
			if !g.copiedTrue(q) || used[q.Prompt] {
				continue
			}
			// one true among three false; else, one false among three
			// true (the copied one and two more of the chapter's)
			item, at, ok := g.statementItem(ch, i, per, used, 0, whichTrueOptions-1)
			if !ok {
				item, at, ok = g.statementItem(ch, i, per, used, whichTrueOptions-2, 1)
			}
			if !ok {
				continue
			}
			copy(per[ch][at+1:i+1], per[ch][at:i])
			per[ch][at] = item
		}
	}
}

// statementItem gathers, beside the copied true statement per[ch][i],
// trues more true statements and falses false ones of chapter ch and its
// neighbours, the most central first, and builds the item: which is
// true (one true) or which is false (one false). at is where the item
// goes: where its most central statement of ch stood.
func (g *generator) statementItem(ch, i int, per map[int][]Question, used map[string]bool, trues, falses int) (Question, int, bool) {
	first := per[ch][i]
	firstSt, ok := whichStatement(statementOf(first), g.whichKeep(first))
	if !ok {
		return Question{}, 0, false // round 19: a statement too long to weigh beside three others
	}
	chosen, sts := []Question{first}, []string{firstSt}
	names := whichNames(firstSt)
	sents := map[string]bool{}
	for _, s := range g.sentencesOf(first) {
		sents[s] = true
	}
	at, nt, nf := i, 0, 0
	for _, c := range []int{ch, ch - 1, ch + 1} {
		for j, o := range per[c] {
			if nt == trues && nf == falses {
				break
			}
			if o.Type != TrueFalse || used[o.Prompt] || o.Prompt == first.Prompt {
				continue
			}
			isTrue := trueStatement(o)
			if isTrue && nt == trues || !isTrue && (nf == falses || o.swapped == "") {
				continue
			}
			st, ok := whichStatement(statementOf(o), g.whichKeep(o))
			if !ok || !sharesWhichName(st, names) || !g.fitsBeside(o, st, sents, chosen, sts) {
				continue
			}
			chosen, sts = append(chosen, o), append(sts, st)
			for w := range whichNames(st) {
				names[w] = true
			}
			for _, s := range g.sentencesOf(o) {
				sents[s] = true
			}
			if isTrue {
				nt++
			} else {
				nf++
			}
			if c == ch {
				at = min(at, j)
			}
		}
	}
	if nt < trues || nf < falses {
		return Question{}, 0, false
	}
	for _, o := range chosen {
		used[o.Prompt] = true
	}
	return g.whichTrueItem(chosen, sts, falses == 1), at, true
}

// fitsBeside reports whether a statement st (of question o) may stand
// beside those chosen (sts their statements): from another sentence, of
// another swap, not writing a value another statement swapped in or
// out nor a name of its family (swapAmongOptions), and neither twice as
// long as another nor half as long (lengthGiveaway).
func (g *generator) fitsBeside(o Question, st string, sents map[string]bool, chosen []Question, sts []string) bool {
	for _, s := range g.sentencesOf(o) {
		if sents[s] {
			return false
		}
	}
	for k, p := range chosen {
		ps := sts[k]
		if lengthGiveaway(ps, st) || lengthGiveaway(st, ps) {
			return false // one statement twice as long as another stands out (optkind.go)
		}
		if o.swapped != "" && (p.swapped == o.swapped || showsAny(ps, []string{o.swapped})) || p.swapped != "" && showsAny(st, []string{p.swapped}) {
			return false
		}
		if g.swapAmongOptions(o, st, p, ps) {
			return false
		}
	}
	return true
}

// whichTrueItem builds the item from its statements (the copied true one
// first): which is true, or with askFalse which is false. Its
// explanation says which was true and what each false one changed, in
// true/false's words: each true statement's sentence, then "False: the
// article says X, not Y. “sentence”" for each false one.
func (g *generator) whichTrueItem(chosen []Question, sts []string, askFalse bool) Question {
	q := Question{Type: MultipleChoice, Prompt: whichTruePrompt, Chapter: chosen[0].Chapter, Kind: ClauseFact}
	if askFalse {
		q.Prompt = whichFalsePrompt
	}
	var trueWhy, falseWhy []string
	for k, o := range chosen {
		st := sts[k]
		q.Options = append(q.Options, st)
		q.FactKeys = append(q.FactKeys, o.FactKeys...)
		if trueStatement(o) {
			if f, ok := g.factByKey(o.FactKeys[0]); ok {
				trueWhy = append(trueWhy, f.Sentence)
			}
			if !askFalse {
				q.Answer = []string{st}
			}
		} else {
			falseWhy = append(falseWhy, o.Explanation)
			if askFalse {
				q.Answer = []string{st}
			}
		}
	}
	g.rng.Shuffle(len(q.Options), func(i, j int) { q.Options[i], q.Options[j] = q.Options[j], q.Options[i] })
	q.Explanation = strings.Join(append(trueWhy, falseWhy...), "\n")
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
