package quiz

import (
	"regexp"
	"strings"
)

// maxFrontWords is the longest quoted sentence a card's front keeps as
// written: a front past it is hard to review daily (round 18, issue 18:
// cold war C4 "3 times YES", 45 words). clauseFront cuts a longer one to
// the clause that holds the blank.
const maxFrontWords = 28

// clozeBlank is the gap a cloze front shows.
const clozeBlank = "_____"

// reTrailClause opens a clause that may leave a sentence without its
// main clause losing its grammar: a non-restrictive relative, a
// whereupon/whereafter sequel, a ", but" clause, a trailing list
// ("including", "such as", "along with", "especially"), or a ";"-clause;
// ", who" after a name.
var reTrailClause = regexp.MustCompile(`(?:, (?:which|who,?|whereupon|whereafter|but|including|such as|along with|especially) |; )`)

// reOpener is a fronted circumstance a sentence's main clause stands
// without: "After …, ", "Following …, ", "Despite …, ", "Having …, ".
var reOpener = regexp.MustCompile(`^(?:After|Following|Despite|During|Having|Given|With|While|Although|Though|Before|Since|Upon|On|In) `)

// reClauseStart is a word a main clause may open with after an opener:
// a determiner or a name (capitalised), not a participle or a list's
// next item.
var reClauseStart = regexp.MustCompile(`^(?:the|a|an|its|their|his|her|[A-Z\p{Lu}])`)

// reFrontFigure is a figure that is no bare year: "$12 billion", "71", "49%".
var reFrontFigure = regexp.MustCompile(`[$€£%]|\b\d{1,3}\b|\b\d{5,}\b|\d[,.]\d|\b(?:million|billion|trillion|per cent|percent)\b`)

// clauseFront is a card front whose quoted sentence runs past
// maxFrontWords cut to the clause holding the blank: a trailing clause
// without the blank goes ("…, which began one of the harshest
// dictatorships …", "…, but Yugoslavia and Albania defied …",
// "…, whereupon a second vote rigged election was held …"), then a
// bracketed aside, then a fronted circumstance ("After disagreements
// between …, a Tito–Stalin Split occurred, followed by … in _____"). A
// part that holds a figure (an amount, a share, a count) stays: it is a
// point of the sentence, not its wrapping. A passage of more than one
// sentence, or a front that no cut brings nearer, is left as it is.
func clauseFront(front string) (string, bool) {
	open := strings.Index(front, "\n“")
	close := strings.LastIndex(front, "”")
	if open < 0 || close < open {
		return front, false
	}
	q := front[open+len("\n“") : close]
	if fieldCount(q) <= maxFrontWords || strings.Count(q, clozeBlank) != 1 || moreThanOneSentence(q) {
		return front, false
	}
	end := ""
	if n := len(q); n > 0 && strings.ContainsRune(".?!", rune(q[n-1])) {
		q, end = q[:n-1], q[n-1:]
	}
	cut := q
	b := strings.Index(cut, clozeBlank)
	// trailing clauses after the blank: the first that may go
	for _, m := range reTrailClause.FindAllStringIndex(cut, -1) {
		if m[0] > b && !reFrontFigure.MatchString(cut[m[0]:]) && fieldCount(cut[:m[0]]) >= 6 && strings.Count(cut[:m[0]], "(") == strings.Count(cut[:m[0]], ")") {
			cut = cut[:m[0]]
			break
		}
	}
	if i := strings.Index(cut, clozeBlank+" which "); i >= 0 && !reFrontFigure.MatchString(cut[i:]) && cut == q {
		cut = cut[:i+len(clozeBlank)] // a date's relative without its comma: "… on the night of _____ which was to be met with …"
	}
	if fieldCount(cut) > maxFrontWords {
		cut = dropAsides(cut)
	}
	if fieldCount(cut) > maxFrontWords && reOpener.MatchString(cut) {
		b = strings.Index(cut, clozeBlank)
		for i := strings.LastIndex(cut[:max(0, b)], ", "); i > 0; i = strings.LastIndex(cut[:i], ", ") {
			rest := cut[i+2:]
			if reClauseStart.MatchString(rest) && !reFrontFigure.MatchString(cut[:i]) && fieldCount(rest) >= 6 && !strings.Contains(cut[:i], "“") && strings.Count(cut[:i], "\"")%2 == 0 {
				cut = strings.ToUpper(rest[:1]) + rest[1:]
				break
			}
		}
	}
	if cut == q {
		return front, false
	}
	if end == "" {
		end = "."
	}
	return front[:open] + "\n“" + strings.TrimRight(cut, " ,;") + end + front[close:], true
}

// dropAsides is s without bracketed asides that do not hold the blank.
func dropAsides(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, " (")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], ")")
		if j < 0 {
			break
		}
		if strings.Contains(s[i:i+j], clozeBlank) {
			b.WriteString(s[:i+j+1])
		} else {
			b.WriteString(s[:i])
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// moreThanOneSentence reports a quote that holds a sentence break; the
// period of an initial ("William L. Clayton", "U.S. Congress") or of
// "Jr." is none.
func moreThanOneSentence(q string) bool {
	for i := 0; i+2 < len(q); i++ {
		if (q[i] == '.' || q[i] == '?' || q[i] == '!') && q[i+1] == ' ' && q[i+2] >= 'A' && q[i+2] <= 'Z' {
			if q[i] == '.' && i > 0 && q[i-1] >= 'A' && q[i-1] <= 'Z' && (i == 1 || q[i-2] == ' ' || q[i-2] == '.') {
				continue // an initial
			}
			if q[i] == '.' && strings.HasSuffix(q[:i], " Jr") {
				continue
			}
			return true
		}
	}
	return false
}
