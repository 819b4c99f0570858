package quiz

import "strings"

// subjectFigure reports a figure of a sentence that names the article's
// subject by its whole title and states an amount, a count or a share of
// it: "President Harry Truman signed the Marshall Plan …, granting $5
// billion in aid to 16 European nations", "for all Marshall Plan
// recipients, output in 1951 was at least 35% higher than in 1938". Such
// a figure is one of the article's main points (round 17/18 Marshall
// coverage: "the amount of aid … and the number of countries", "the
// outcomes: output … 35% above 1938"), not the exact detail of a side
// chapter minorFigure takes last. A figure beside a date of the sentence
// that is a snapshot or an estimate stays minor (snapshotFigure), and so
// does one of a list of figures (three or more), whose point is the
// comparison.
func (g *generator) subjectFigure(f Fact) bool {
	if subjectFigureOff || f.Kind != NumberFact || snapshotFigure(f.Sentence) {
		return false
	}
	t := strings.TrimSpace(g.a.Title)
	if i := strings.Index(t, " ("); i > 0 {
		t = t[:i] // "Cold War (1947–1953)": the name without its span
	}
	if fieldCount(t) < 2 {
		return false // a one-word title ("Mongolia") is named by half the article
	}
	// the clause (between semicolons) that holds the figure names the
	// subject, and not as what the figure is not: "that new plan gave away
	// about $7.5 billion" after "; " is the successor's figure, "… and is
	// not counted as part of the Marshall Plan" another programme's
	at := f.Start - f.SentSpan.Start
	if at < 0 || at > len(f.Sentence) {
		return false
	}
	from, to := strings.LastIndex(f.Sentence[:at], ";")+1, len(f.Sentence)
	if j := strings.Index(f.Sentence[at:], ";"); j >= 0 {
		to = at + j
	}
	clause := f.Sentence[from:to]
	if !findWordFold(clause, t) || findWord(strings.ToLower(clause), "not", 0) >= 0 {
		return false
	}
	return len(findQuantities(f.Sentence)) < 3
}

// subjectFigureOff turns subjectFigure off, for measuring.
var subjectFigureOff bool
