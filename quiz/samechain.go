package quiz

import "regexp"

// Round 18 (issue 18, "one point asked twice"): perestroika Q9 "What did
// the elimination of central control over production decisions lead
// to?" and Q11 "What did Gorbachev's decentralisation cause?" came from
// consecutive sentences telling one outcome twice ("… led to the
// breakdown in traditional supply-demand relationships …", then "Thus,
// instead of streamlining the system, Gorbachev's decentralisation
// caused new production bottlenecks."), and each answer does for the
// other. The quiz keeps the better ranked of the two.

// sameChainOff turns sameChain off, for measuring what it changes.
var sameChainOff bool

// reOutcomeStem asks what something caused; reCauseStem what caused
// something.
var (
	reOutcomeStem = regexp.MustCompile(`^What (?:did|does|do|would) .+ (?:cause|lead to|result in|bring about|give rise to|produce|trigger)\?`)
	reCauseStem   = regexp.MustCompile(`^What (?:led to|caused|brought about|gave rise to|triggered|resulted in) .+\?`)
)

// chainNear is how many sentences apart, in one paragraph, two outcomes
// (or two causes) are one point told twice.
const chainNear = 2

// sameChain reports two questions that both ask what something caused,
// or both what caused something, from sentences at most chainNear apart
// in one paragraph. Causes told further apart, or in other paragraphs,
// are other points.
func (g *generator) sameChain(q, o Question) bool {
	if sameChainOff || q.Type != FillIn && q.Type != MultipleChoice || o.Type != FillIn && o.Type != MultipleChoice {
		return false
	}
	qs, os := stemLine(q.Prompt), stemLine(o.Prompt)
	if !(reOutcomeStem.MatchString(qs) && reOutcomeStem.MatchString(os)) && !(reCauseStem.MatchString(qs) && reCauseStem.MatchString(os)) {
		return false
	}
	i, j := g.sentenceIndex(g.sourceOf(q)), g.sentenceIndex(g.sourceOf(o))
	if i < 0 || j < 0 || i == j {
		return false
	}
	if i > j {
		i, j = j, i
	}
	return j-i <= chainNear && g.sents[i].chapter == g.sents[j].chapter && g.sents[i].block == g.sents[j].block
}

// sourceOf is the sentence a single question is made from.
func (g *generator) sourceOf(q Question) string {
	if len(q.FactKeys) == 1 {
		if f, ok := g.factByKey(q.FactKeys[0]); ok {
			return f.Sentence
		}
	}
	return q.Explanation
}

// stemLine is a prompt's first line, its stem.
func stemLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}
