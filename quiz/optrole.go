package quiz

import (
	"regexp"
	"strings"
)

// Round 18 (issue 18): "Both East and West regarded Greece as a nation
// well within the sphere of influence of _____." (cold war Q3) offered
// Czechoslovakia and Poland for Britain: small states that hold no
// sphere of influence. When the blank owns a noun of the sentence ("the
// sphere of influence of _____", "the invasion of _____", "_____'s
// occupation zone"), an option must be a country the article itself
// casts in that role: another sentence writes the same noun of it ("the
// invasion of Afghanistan"), its possessive before the noun ("France's
// zone") or its adjective before the noun ("the Soviet zone"). With
// fewer than three such options no choice is set; the country is asked
// typed where that is fair.

// roleOff turns inRole off, for measuring (X2_RULES=role).
var roleOff bool

// reRoleOf finds the noun the blank owns, before it: "influence" of "the
// sphere of influence of ", "invasion" of "the December 1979 invasion of ".
var reRoleOf = regexp.MustCompile(`\b(\p{Ll}{4,}) (of|from) (?:the )?$`)

// reRoleAfter finds the noun the blank owns, after it: "'s occupation".
var reRoleAfter = regexp.MustCompile(`^(?:'s|’s) (\p{Ll}{4,})\b`)

// roleStops are nouns of quantity, part or place, which every country
// has and which cast none in a role: "most of _____", "the north of
// _____", "the people of _____".
var roleStops = map[string]bool{
	"part": true, "parts": true, "most": true, "rest": true, "some": true, "each": true, "both": true, "none": true,
	"many": true, "half": true, "majority": true, "minority": true, "north": true, "south": true, "east": true,
	"west": true, "centre": true, "center": true, "people": true, "peoples": true, "citizens": true, "territory": true,
	"territories": true, "border": true, "borders": true, "area": true, "areas": true, "coast": true, "capital": true,
	"government": true, "governments": true, "city": true, "island": true, "islands": true, "region": true, "regions": true,
	"province": true, "provinces": true, "state": true, "states": true, "those": true, "that": true, "number": true,
	"also": true, "instead": true, "because": true, "outside": true, "inside": true, "ahead": true, "independent": true,
	"representatives": true, "delegation": true, "leaders": true, "leader": true, "president": true, "minister": true,
	"ministers": true, "ambassador": true, "embassy": true, "members": true, "member": true, "kingdom": true,
	"republic": true, "country": true, "countries": true, "nation": true, "nations": true, "economy": true,
}

// roleNoun is the noun (or the verb of "withdraw from _____") the blank
// owns in its sentence, or ""; prep is "of" or "from" when the word comes
// before the blank, "" when it follows its possessive.
func roleNoun(f Fact) (noun, prep string) {
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if rel < 0 || end > len(f.Sentence) || rel > end {
		return "", ""
	}
	if m := reRoleOf.FindStringSubmatch(f.Sentence[:rel]); m != nil {
		noun, prep = m[1], m[2]
	} else if m := reRoleAfter.FindStringSubmatch(f.Sentence[end:]); m != nil {
		noun = m[1]
	}
	if roleStops[noun] || placeTypes[noun] || strings.HasSuffix(noun, "ly") || prep == "from" && fromStops[noun] {
		return "", ""
	}
	return noun, prep
}

// fromStops are words whose "from _____" says where someone or something
// came from, which any country can be: "aid from", "troops from".
var fromStops = map[string]bool{"aid": true, "troops": true, "forces": true, "delegates": true, "delegation": true, "delegations": true,
	"refugees": true, "immigrants": true, "imports": true, "exports": true, "goods": true, "support": true, "help": true,
	"pressure": true, "away": true, "came": true, "come": true, "comes": true, "coming": true, "arrived": true, "soldiers": true,
	"visitors": true, "leaders": true, "officials": true, "diplomats": true, "students": true, "loans": true, "money": true}

// maxRoleSentences bounds the sentences read per role noun.
const maxRoleSentences = 200

// inRole keeps, of a country blank's options, those another sentence
// casts in the role of the noun the blank owns; other questions'
// options pass unchanged.
func (g *generator) inRole(f Fact, options []string) []string {
	if roleOff || g.ix == nil || len(options) == 0 {
		return options
	}
	noun, prep := roleNoun(f)
	if noun == "" {
		return options
	}
	keep := map[string]bool{}
	read := 0
	for _, si := range g.ix.mentioning(noun) {
		if read++; read > maxRoleSentences {
			break
		}
		s := g.sents[si].text
		if s == f.Sentence {
			continue
		}
		for at := findWord(s, noun, 0); at >= 0; at = findWord(s, noun, at+len(noun)) {
			for _, o := range options {
				if !keep[o] && castIn(s, at, noun, prep, o) {
					keep[o] = true
				}
			}
		}
	}
	var out []string
	for _, o := range options {
		if keep[o] {
			out = append(out, o)
		}
	}
	return out
}

// castIn reports a sentence whose noun at at is the option's: "noun of
// (the) O" ("withdraw from (the) O" for a verb of "from"), "O's (word)
// noun", "Adj noun" with Adj the option's adjective or the first word of
// its name.
func castIn(s string, at int, noun, prep, o string) bool {
	after := s[at+len(noun):]
	bare := strings.TrimPrefix(o, "the ")
	if prep == "" {
		prep = "of"
	}
	if rest, ok := strings.CutPrefix(after, " "+prep+" "); ok {
		rest = strings.TrimPrefix(rest, "the ")
		if strings.HasPrefix(rest, bare) {
			return true
		}
	}
	before := strings.Fields(s[:at])
	for back := 1; back <= 3 && back <= len(before); back++ {
		w := strings.Trim(before[len(before)-back], ",;:()“”\"")
		tail := strings.Trim(strings.Join(before[max(0, len(before)-back-3):len(before)-back+1], " "), ",;:()“”\"")
		if strings.HasSuffix(tail, bare+"'s") || strings.HasSuffix(tail, bare+"’s") {
			return true // "France's zone", "the Soviet Union's sphere"
		}
		if capitalised(w) {
			return prep != "from" && adjectiveInWords([]string{w, "x"}, o) // "the Soviet sphere of influence"
		}
		if strings.ContainsAny(before[len(before)-back], ",;:") {
			break
		}
	}
	return false
}
