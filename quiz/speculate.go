package quiz

import (
	"regexp"
	"strings"
)

// Speculation and hedges (issue 18, round 18: Cold War Q15 "… which, had
// it been fully exploited by Joseph Stalin, had a good chance of resulting
// in a communist Europe", CTBT C20 "The first successful North Korean
// hydrogen bomb test supposedly took place in _____", both awkward: a
// guess or a claim the article keeps at arm's length, asked as fact).
// A sentence that speculates (a counterfactual, a chance, a prediction,
// a report the writer does not vouch for) carries no question or card on
// a name, a body or a figure (askable); its dates score far down
// (pointSpeculates) and wait for the picker's last pass (sideName) — the
// deck's gold dates stand in such sentences ("is believed to have taken
// place in January 2016"), and the deck decides on them with
// Speculative. A sentence that only hedges its judgement ("was perhaps
// the most radical of the reforms", "arguably") is asked after the
// others (pointHedged).
// General English only; a hedge inside brackets, or opening an aside on a
// participle ("; allegedly confusing the two rivers"), leaves the
// sentence's main statement standing.

// speculationOff switches both out, for measuring what they change
// (TestMeasureQO with QO_OFF=speculate).
var speculationOff = false

// reSpeculates finds what makes a sentence a guess rather than a fact.
var reSpeculates = regexp.MustCompile(`(?i)\b(?:` +
	// a counterfactual: "had it been exploited", "would have left", "could
	// have been expelled" ("might have been able to …" is kept: it tells
	// what someone feared, ABM "Why were the Soviets threatened?")
	`had (?:it|they|he|she|this|that) (?:been|not)\b|(?:would|could) (?:well )?have (?:been|had|left|led|made|resulted|succeeded|prevented|become|taken|ended|gone|meant|won|lost)\b|` +
	// a chance or a prediction
	`(?:had|have|has|stood) (?:a|an) (?:good|fair|real|reasonable|strong|high|better) chance (?:of|to)\b|` +
	`\b(?:will|is|are) (?:very |most |more )?likely (?:to )?(?:continue|remain|be|become|pursue|change)\b|` +
	// a report the writer does not vouch for
	`(?:is|are|was|were) (?:believed|thought|rumou?red|said|alleged|presumed) to (?:have|be)\b|` +
	`\bin theory\b)`)

// reHearsay is an adverb that keeps a claim at arm's length; it makes the
// sentence a guess unless it opens an aside on a participle ("allegedly
// confusing …").
var reHearsay = regexp.MustCompile(`(?i)\b(?:supposedly|allegedly|purportedly|reportedly|presumably|rumou?redly)\s+(\S+)`)

// reSoftened softens a judgement: the sentence still states its facts.
var reSoftened = regexp.MustCompile(`(?i)\b(?:perhaps|arguably|possibly|probably|would likely|may well)\b`)

// speculates reports a sentence that speculates or reports hearsay: no
// question or card asks it as fact.
func speculates(s string) bool {
	t := outsideBrackets(s)
	if reSpeculates.MatchString(t) {
		return true
	}
	for _, m := range reHearsay.FindAllStringSubmatch(t, -1) {
		if !strings.HasSuffix(strings.Trim(m[1], ",;.”\""), "ing") {
			return true
		}
	}
	return false
}

// Speculative reports a sentence that speculates or reports hearsay
// ("had it been fully exploited …, had a good chance of", "supposedly took
// place", "is believed to have taken place"): the deck's rules may leave
// it out as the quiz does (issue 18, round 18).
func Speculative(sentence string) bool { return speculates(sentence) }

// hedgedClaim reports a sentence that softens its judgement ("was perhaps the
// most radical", "arguably").
func hedgedClaim(s string) bool {
	return reSoftened.MatchString(outsideBrackets(s))
}

// outsideBrackets is s without its bracketed asides.
func outsideBrackets(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
