package quiz

import (
	"regexp"
	"strings"
)

// Round 16 (issue 18): "… their military intervention in the non-Warsaw
// Pact nation of _____ in 1979." (Brezhnev Y-Q1) offered Hungary, which
// the article ties to the Warsaw Pact ("calls for … a Hungarian
// withdrawal from the Warsaw Pact"): the stem excludes a group, and an
// option the article names with that group is ruled out by the stem
// ("non-Warsaw Pact rules out Hungary", the reviewer). A blank led by
// "non-X …", "outside (the) X" or "other than (the) X", X a capitalised
// name, takes no option that another sentence naming X also names, or
// names by its adjective.

// groupOff turns outsideTheGroup off, for measuring (QC_OFF=group).
var groupOff bool

// reExcludedGroup finds, in the words before a blank, a group the blank
// lies outside, with no comma after it: "non-Warsaw Pact nation of ",
// "outside the European Union such as "; not "non-Soviet, insurgency
// threatening " (a qualifier of another noun, Marshall Plan).
var reExcludedGroup = regexp.MustCompile(`(?:\bnon-|\boutside (?:of )?(?:the )?|\bother than (?:the )?)((?:[A-Z][\w'’]*)(?: [A-Z][\w'’]*)*)[^.;:!?,]{0,40}$`)

// excludedGroup is the group the text before a blank leaves out, if any.
func excludedGroup(before string) string {
	m := reExcludedGroup.FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	return m[1]
}

// outsideTheGroup drops the options another sentence names with the
// group the blank's stem excludes.
func (g *generator) outsideTheGroup(f Fact, options []string) []string {
	rel := f.Start - f.SentSpan.Start
	if groupOff || g.ix == nil || rel < 0 || rel > len(f.Sentence) {
		return options
	}
	group := excludedGroup(f.Sentence[:rel])
	if group == "" {
		return options
	}
	var withGroup []string // the other sentences naming the group
	read := 0
	for _, si := range g.ix.mentioning(group) {
		if read++; read > maxBesideSentences {
			break
		}
		if s := g.sents[si].text; s != f.Sentence && findWord(s, group, 0) >= 0 {
			withGroup = append(withGroup, s)
		}
	}
	var out []string
	for _, o := range options {
		if !namedWithGroup(withGroup, o) {
			out = append(out, o)
		}
	}
	return out
}

// namedWithGroup reports one of sentences naming place, or its adjective.
func namedWithGroup(sentences []string, place string) bool {
	for _, s := range sentences {
		if findWord(s, place, 0) >= 0 || adjectiveInWords(strings.Fields(s), place) {
			return true
		}
	}
	return false
}
