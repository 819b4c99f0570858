package quiz

import "sort"

// Round 11: an ordering or matching that mixes unrelated events from
// different chapters (an Albanian election, a people's republic and a
// word coined in a speech; a military exercise and a summit) asks the
// reader to have memorised dates, not to follow a story: 0 of 8 were
// good in round 10. Items are drawn from one thread: the events of one
// chapter, or of two adjacent chapters that name the same subject.

// threads groups items into the threads an ordering or matching may be
// drawn from: each chapter's items, and the items of two adjacent
// chapters whose sentences name a name in common (not the article's own
// subject, which every chapter names). A thread is listed only when it
// holds at least min items; the order is the chapters'.
func (g *generator) threads(items []Fact, min int) [][]Fact {
	by := map[int][]Fact{}
	var chs []int
	for _, f := range items {
		if len(by[f.Chapter]) == 0 {
			chs = append(chs, f.Chapter)
		}
		by[f.Chapter] = append(by[f.Chapter], f)
	}
	sort.Ints(chs)
	linked := g.linkedChapters(items)
	var out [][]Fact
	for i, c := range chs {
		if len(by[c]) >= min {
			out = append(out, by[c])
		}
		if i+1 < len(chs) && chs[i+1] == c+1 && linked[c] {
			if t := append(append([]Fact(nil), by[c]...), by[c+1]...); len(t) >= min {
				out = append(out, t)
			}
		}
	}
	return out
}

// linkedChapters marks each chapter c whose items' sentences name a name
// (one the article's facts name, not its subject) that a sentence of
// chapter c+1's items names too.
func (g *generator) linkedChapters(items []Fact) map[int]bool {
	itemSent := map[string]int{}
	for _, f := range items {
		itemSent[normSpace(f.Sentence)] = f.Chapter
	}
	linked := map[int]bool{}
	for _, n := range g.names {
		if n.Kind == DateFact || n.Kind == NumberFact || g.isSubject(n.Value) {
			continue
		}
		in := map[int]bool{}
		for _, si := range g.ix.mentioning(n.Value) {
			if ch, ok := itemSent[normSpace(g.sents[si].text)]; ok && findWord(g.sents[si].text, n.Value, 0) >= 0 {
				in[ch] = true
			}
		}
		for ch := range in {
			if in[ch+1] {
				linked[ch] = true
			}
		}
	}
	return linked
}

// threadDates picks up to n dated items of one thread (distinctDates),
// trying the threads in a random order; nil when no thread holds three
// items of distinct dates. Round 17 (China Q13, CTBT Y-Q12): a thread
// that gives all n comes before one that gives three, whose last pair
// of a matching is free by elimination.
func (g *generator) threadDates(dates []Fact, n int) []Fact {
	ts := g.threads(dates, 3)
	var short []Fact
	for _, i := range g.rng.Perm(len(ts)) {
		picked := g.distinctDates(ts[i], n)
		if len(picked) >= n || len(picked) >= 3 && fewerPairsOff {
			return picked
		}
		if len(picked) >= 3 && short == nil {
			short = picked
		}
	}
	return short
}

// fewerPairsOff turns off the preference for full threads (threadDates)
// and the four pairs a matching needs (minPairs), for measuring what they
// change.
var fewerPairsOff bool

// minPairs is the fewest pairs a matching holds: of three, the last is
// free once two are placed, so a student decides two (round 17 China Q13,
// CTBT Y-Q12).
func minPairs() int {
	if fewerPairsOff {
		return 3
	}
	return 4
}
