package quiz

import "strings"

// Round 16 (issue 18): two "Which country completes the sentence?" items
// whose blank is not the point of the sentence, judged awkward in both
// sets of the review:
//   - cold war X-Q12: "Believing that Britain, _____ and the United
//     States had little option other than to acquiesce, the Soviet
//     Military Administration in Germany celebrated the beginning of the
//     blockade." blanks one member of a list inside a clause set before
//     the subject: what the Soviets did, and why, is not asked;
//   - Marshall X-Q8/Y-Q14: "The _____ was invited with the understanding
//     that it would likely refuse." does not say to what; the sentence
//     before does, and the stem leans on it.
// The first is not asked as a choice (inSetting) nor typed (typedCountry
// refuses list members); the second carries no blank at all (askable). A list
// member in the main clause stays (Potsdam X-Q2 "… remaining in Poland,
// _____ and Hungary, will have to be undertaken", good), and so does a
// fronted clause whose blank is no list member (cold war X-Q11 "Notified
// that … because of their reluctance to withdraw from _____, the Truman
// administration …", good).

// pointOffOff turns sideListMember and invitedToNothing off, for
// measuring (TestMeasureCountryQ, QC_OFF=point).
var pointOffOff bool

// prepositionalIng are words in -ing that open a phrase, not a clause:
// "During the war, …", "Following the coup, …".
var prepositionalIng = map[string]bool{
	"during": true, "following": true, "according": true, "including": true, "regarding": true,
	"concerning": true, "excluding": true, "considering": true, "notwithstanding": true, "barring": true, "pending": true,
}

// fronters open a clause that comes before the sentence's subject.
var fronters = map[string]bool{
	"although": true, "though": true, "while": true, "whereas": true, "because": true, "since": true,
	"as": true, "once": true, "if": true, "unless": true, "when": true, "whenever": true,
}

// frontedClauseEnd is where a clause set before the sentence's subject
// ends (the byte offset of its closing comma): the sentence opens with a
// subordinator ("Though", "Because") or a participle ("Believing that",
// "Notified that"), and the clause closes at the first comma with a
// finite verb before it ("Believing that Britain, France and the United
// States had little option …, the Soviet …"). -1 when the sentence opens
// otherwise or no such comma follows.
func frontedClauseEnd(s string) int {
	w := strings.Fields(s)
	if len(w) < 4 {
		return -1
	}
	first := strings.ToLower(strings.Trim(w[0], ",“\"'‘"))
	participle := !prepositionalIng[first] && (strings.HasSuffix(first, "ing") && isLowerWord(strings.Trim(w[1], ",")) ||
		strings.HasSuffix(first, "ed") && strings.EqualFold(w[1], "that"))
	if !fronters[first] && !participle {
		return -1
	}
	for from := 0; ; {
		i := strings.Index(s[from:], ", ")
		if i < 0 {
			return -1
		}
		if finiteVerb(s[:from+i]) {
			return from + i
		}
		from += i + 2
	}
}

// sideListMember reports a place blanked as one member of a list of three
// or more (listMates) inside a clause set before the sentence's subject:
// the student recalls a list the sentence only mentions on its way to its
// point.
func (g *generator) sideListMember(f Fact) bool {
	if pointOffOff || len(g.listMates(f)) == 0 {
		return false
	}
	rel := f.Start - f.SentSpan.Start
	return rel >= 0 && rel < frontedClauseEnd(f.Sentence)
}

// askedVerbs are past participles whose passive names who was asked but
// needs a complement for what: "was invited to the conference", "were
// asked to leave".
var askedVerbs = map[string]bool{
	"invited": true, "asked": true, "summoned": true, "urged": true, "requested": true, "called": true,
	"persuaded": true, "pressed": true, "encouraged": true, "allowed": true, "permitted": true,
}

// complementWords after such a participle say to what, or by whom.
var complementWords = map[string]bool{"to": true, "into": true, "by": true, "for": true, "upon": true, "on": true, "as": true, "back": true, "in": true, "at": true}

// invitedToNothing reports a blank that is the subject of "was invited"
// (or asked, summoned, …) when the sentence says neither to what nor by
// whom: "The _____ was invited with the understanding that it would
// likely refuse." The blank opens the sentence (after "The"), so the
// passive is its own.
func invitedToNothing(f Fact) bool {
	if pointOffOff {
		return false
	}
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if rel < 0 || end > len(f.Sentence) || rel > end {
		return false
	}
	if before := strings.TrimSpace(f.Sentence[:rel]); before != "" && before != "The" && before != "the" {
		return false
	}
	w := strings.Fields(f.Sentence[end:])
	i := 0
	if i < len(w) && (w[i] == "was" || w[i] == "were") {
		i++
	} else {
		return false
	}
	if i < len(w) && strings.HasSuffix(w[i], "ly") && !askedVerbs[w[i]] {
		i++ // "was also invited", "was formally invited"
	} else if i < len(w) && (w[i] == "also" || w[i] == "not" || w[i] == "then") {
		i++
	}
	if i >= len(w) || !askedVerbs[strings.Trim(w[i], ",.;")] {
		return false
	}
	if strings.ContainsAny(w[i], ",.;") || i+1 >= len(w) {
		return true // "The _____ was invited." / "was invited, but …"
	}
	return !complementWords[strings.ToLower(w[i+1])]
}
