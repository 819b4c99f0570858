package quiz

import (
	"regexp"
	"strings"
)

// datedNamesOff leaves the dated-name cards out (a test compares the
// decks with and without them).
var datedNamesOff bool

// datedNameCard asks for a date its sentence ties to a named treaty,
// declaration, conference or body, naming the thing in the front, so the
// card needs no more of its sentence than the name: "… superseded by the
// Treaty on the Final Settlement with Respect to Germany signed on 12
// September 1990" → "When was the Treaty on the Final Settlement with
// Respect to Germany signed?". A key date in a sentence too long, too
// list-like or too tied to the one before it to show whole otherwise
// went without a card (half the key dates of an article had none). Four
// ties count:
//
//   - a participle after the name: "X signed on DATE", "X, which was
//     adopted in New York on DATE", "X was constituted in Berlin on DATE";
//   - "X of DATE" ("the Declaration of June 5, 1945");
//   - the date in brackets after the name ("X (26 July 1945)");
//   - the date before the name ("the 1947 Peace Conference").
//
// The last three say no verb: the name's head noun gives it (a treaty is
// signed, a declaration issued, a conference held, a law passed); a head
// with no verb of its own gives no card. A date that does not write its
// year, or lies outside the years of the title, gives none either.
func (g *generator) datedNameCard(d Fact) (Card, bool) {
	if d.Kind != DateFact || !writesItsYear(d) || g.outsideTitleSpan(d) || strings.Contains(d.Sentence, "\t") || strings.HasPrefix(d.Sentence, "See ") {
		return Card{}, false
	}
	s := d.Sentence
	ds := d.Start - d.SentSpan.Start
	de := ds + len(d.Text)
	if ds < 0 || de > len(s) || s[ds:de] != d.Text {
		return Card{}, false
	}
	if c, ok := nominalDateCard(d, s[:ds]); ok {
		return c, true
	}
	for _, n := range g.sentenceFacts(d) {
		if n.Kind != PolicyFact && n.Kind != OrgFact {
			continue
		}
		ns := n.Start - d.SentSpan.Start
		ne := ns + len(n.Text)
		if ns < 0 || ne > len(s) || s[ns:ne] != n.Text {
			continue
		}
		nf := Fact{Kind: n.Kind, Text: n.Text, Value: n.Text, Sentence: s, SentSpan: d.SentSpan, Start: n.Start, End: n.Start + len(n.Text),
			Chapter: d.Chapter, Block: d.Block}
		if !capitalised(firstWord(n.Text)) || strings.Contains(n.Text, "'s ") || strings.Contains(n.Text, "’s ") {
			continue // "George Orwell's classic dystopia …": a description, not a name
		}
		verb := ""
		switch {
		case ne <= ds:
			between := s[ne:ds]
			if m := reNameDatedBy.FindStringSubmatch(between); m != nil && datingVerbs[m[1]] {
				verb = m[1]
			} else if between == " of " || between == " (" && strings.HasPrefix(s[de:], ")") ||
				between == ", " && (de == len(s) || strings.ContainsAny(s[de:de+1], ",.;)")) {
				verb = headVerb(n.Text) // "the Declaration of June 5, 1945", "the Protocol …, August 1, 1945"
			} else if reHeldFrom.MatchString(between) && headVerb(n.Text) == "held" {
				verb = "held" // "the Conference of Berlin (…) from 17 July to 2 August 1945"
			}
		case de <= ns && s[de:ns] == " ":
			if w := strings.Fields(s[:ds]); len(w) > 0 && strings.EqualFold(w[len(w)-1], "the") {
				verb = headVerb(n.Text) // "the 1947 Paris Peace Conference"
			}
		case de <= ns && reDateThenName.MatchString(s[de:ns]):
			// "on 30 July 1945, the Allied Control Council was constituted in Berlin …"
			if m := reDatedPassive.FindStringSubmatch(s[ne:]); m != nil && datingVerbs[m[1]] && opensOnDate(s[:ds]) {
				verb = m[1]
			}
		}
		if verb == "" {
			continue
		}
		if cutName(nf) && !strings.HasPrefix(s[ne:], " of "+d.Text) {
			continue // a cut name; "the Declaration of June 5, 1945" goes on with its date only
		}
		name := n.Text
		w := strings.Fields(s[:ns])
		if len(w) > 0 && strings.EqualFold(w[len(w)-1], "the") && !strings.HasPrefix(name, "The ") {
			name = "the " + name
		} else if de <= ns && de < len(s) && ns == de+1 {
			name = "the " + name // the date stood between "the" and the name
		} else if len(w) > 0 && (strings.HasSuffix(w[len(w)-1], "'s") || strings.HasSuffix(w[len(w)-1], "’s")) && capitalised(w[len(w)-1]) {
			name = w[len(w)-1] + " " + name // "Lenin's New Economic Policy"
		} else if !strings.HasPrefix(name, "The ") && (headVerb(name) != "" || theHeads[strings.ToLower(lastWord(name))]) {
			name = "the " + name // "(Treaty of Shimoda, February 7, 1855)": a treaty is "the" treaty
		}
		front := "When was " + name + " " + verb + "?"
		if strings.Contains(front, d.Text) {
			continue
		}
		return newCard(CardWhen, d, front, d.Text), true
	}
	// a name the extractor did not type: "on 30 July 1945, the Allied
	// Control Council was constituted …" (a name of a dated kind only)
	if m := reDateThenNamed.FindStringSubmatch(s[de:]); m != nil && datingVerbs[m[3]] && opensOnDate(s[:ds]) &&
		len(strings.Fields(m[2])) >= 2 && headVerb(m[2]) != "" {
		name := m[2]
		if m[1] != "" {
			name = "the " + name
		}
		return newCard(CardWhen, d, "When was "+name+" "+m[3]+"?", d.Text), true
	}
	return Card{}, false
}

// reDateThenNamed is a name and a passive dating verb after a date that
// opens its clause: ", the Allied Control Council was constituted".
var reDateThenNamed = regexp.MustCompile(`^, (the )?(\p{Lu}[\p{L}'’-]*(?: (?:of|for|on|and|the|\p{Lu}[\p{L}'’-]*))*) (?:was|were) (?:[a-z]+ly )?([a-z]+)\b`)

// reDateThenName is the text between a date that opens a clause and the
// name that is the clause's subject: ", the ", ", ".
var reDateThenName = regexp.MustCompile(`^, (?:the )?$`)

// reDatedPassive is a passive dating verb right after a name: " was
// constituted", " were formally signed".
var reDatedPassive = regexp.MustCompile(`^ (?:was|were) (?:[a-z]+ly )?([a-z]+)\b`)

// opensOnDate reports the text before a date that opens its clause on it:
// "", "In ", "Already during the conference, on ".
func opensOnDate(before string) bool {
	before = strings.TrimSpace(before)
	if i := strings.LastIndexAny(before, ",;"); i >= 0 {
		before = strings.TrimSpace(before[i+1:])
	}
	switch strings.ToLower(before) {
	case "", "in", "on", "by", "in early", "in late", "in mid":
		return true
	}
	return false
}

// reNameDatedBy is the text between a name and its date that dates it by a
// participle: " signed on ", ", which was adopted in New York on ", " was
// constituted in Berlin on ".
var reNameDatedBy = regexp.MustCompile(`^(?:,? (?:which|that) (?:was|were)|,? (?:was|were))?(?: (?:also|formally|officially|jointly|first|finally))? ([a-z]+)(?: (?:in|at) (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})? (?:on|in) $`)

// reHeldFrom is the text between an event's name and the dates it was
// held on: " from ", " (formal title of …) from ", " in "; not " on ": a
// day at a meeting is a speech's or a vote's ("Speaking at the Peace
// Conference on October 10, 1946, Molotov …").
var reHeldFrom = regexp.MustCompile(`^(?: \([^()]*\))?,? (?:from|in|between) $`)

// datingVerbs date the thing they are said of.
var datingVerbs = map[string]bool{"signed": true, "adopted": true, "ratified": true, "constituted": true, "established": true,
	"founded": true, "issued": true, "proclaimed": true, "announced": true, "launched": true, "enacted": true, "passed": true,
	"concluded": true, "held": true, "created": true, "formed": true, "introduced": true, "published": true, "approved": true,
	"convened": true, "dissolved": true, "abolished": true, "repealed": true, "ended": true, "initiated": true, "opened": true}

// headVerb is the verb that dates a thing of a name's head noun: a treaty
// is signed, a declaration issued, a conference held, a law passed.
func headVerb(name string) string {
	head := strings.ToLower(strings.Trim(lastWord(name), "”\"’"))
	if i := strings.Index(name, " of "); i > 0 && headVerbs[head] == "" {
		head = strings.ToLower(lastWord(name[:i])) // "Treaty of Paris", "Declaration of Independence"
	}
	return headVerbs[head]
}

// theHeads are head nouns of names that take "the" though no verb dates
// them: "the New Economic Policy", "the Marshall Plan".
var theHeads = map[string]bool{"policy": true, "plan": true, "program": true, "programme": true, "initiative": true,
	"doctrine": true, "reform": true, "reforms": true, "system": true, "movement": true, "project": true, "strategy": true}

// headVerbs are the head nouns of names and the verb that dates each.
var headVerbs = map[string]string{
	"treaty": "signed", "agreement": "signed", "pact": "signed", "accord": "signed", "accords": "signed",
	"convention": "signed", "protocol": "signed", "armistice": "signed", "charter": "signed",
	"declaration": "issued", "proclamation": "issued", "communiqué": "issued", "communique": "issued", "statement": "issued",
	"resolution": "adopted", "constitution": "adopted", "doctrine": "announced", "plan": "announced",
	"act": "passed", "law": "passed", "bill": "passed", "amendment": "passed",
	"conference": "held", "summit": "held", "congress": "held", "meeting": "held", "talks": "held",
	"referendum": "held", "election": "held", "elections": "held", "plenum": "held", "session": "held",
	"council": "established", "commission": "established", "committee": "established", "organization": "founded",
	"organisation": "founded", "alliance": "founded", "league": "founded", "union": "founded",
}

// reNominalDated is an event told by its noun just before its date: "the
// creation of the DPRK in ", "the formation of NATO in ", "the invasion
// of Czechoslovakia in ".
var reNominalDated = regexp.MustCompile(`\b[Tt]he (creation|founding|formation|establishment|signing|adoption|ratification|invasion|annexation|partition|division|proclamation|dissolution|launch|introduction|occupation|liberation|unification|reunification) of ((?:the )?\p{Lu}[\p{L}\d’'-]*(?: (?:of|and|the|\p{Lu}[\p{L}\d’'-]*))*) (?:in|on) $`)

// nominalVerbs are the participles of reNominalDated's nouns.
var nominalVerbs = map[string]string{"creation": "created", "founding": "founded", "formation": "formed",
	"establishment": "established", "signing": "signed", "adoption": "adopted", "ratification": "ratified",
	"invasion": "invaded", "annexation": "annexed", "partition": "partitioned", "division": "divided",
	"proclamation": "proclaimed", "dissolution": "dissolved", "launch": "launched", "introduction": "introduced",
	"occupation": "occupied", "liberation": "liberated", "unification": "unified", "reunification": "reunified"}

// nominalDateCard asks for the date of an event its sentence tells by a
// noun ("… shortly after the creation of the DPRK in 1948" → "When was
// the DPRK created?"), with before the sentence's text up to the date.
func nominalDateCard(d Fact, before string) (Card, bool) {
	m := reNominalDated.FindStringSubmatch(before)
	if m == nil {
		return Card{}, false
	}
	name := m[2]
	if last := lastWord(name); !capitalised(last) {
		return Card{}, false // "the creation of the Soviet and …"
	}
	front := "When was " + name + " " + nominalVerbs[m[1]] + "?"
	return newCard(CardWhen, d, front, d.Text), true
}
