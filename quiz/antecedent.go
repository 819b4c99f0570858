package quiz

import (
	"sort"
	"strings"
)

// itNamedOff leaves "It" unresolved (a test measures the decks with and
// without itNamed).
var itNamedOff bool

// itNamed is a sentence that opens on "It" (or on a short participle
// clause and then "it") with the name "it" stands for in its place: the
// name the sentence before it, in the same paragraph, opens on ("UNRRA
// provided billions of dollars … It ceased operation of displaced persons
// camps in Europe in 1947" → "UNRRA ceased operation …"). A sentence
// before it that opens on "It" passes its own name on, and one that opens
// on the article's subject by its kind ("The treaty was adopted …", "the
// agreement was not …") names the subject by the title. The card a key
// fact of such a sentence gets then stands alone (the decks left half of
// the key dates of an article without a card, many in sentences opening
// on "It": "It was superseded by the … Treaty … signed on 12 September
// 1990"). A dummy "it" ("It was estimated that …", "It is unclear …",
// "It was not until …") names nothing, and a sentence before it that
// opens on no name (a person's is never "it"'s) gives none.
func (g *generator) itNamed(f Fact, persons map[string]bool) (string, bool) {
	if itNamedOff {
		return f.Sentence, false
	}
	head, rest, ok := itOpening(f.Sentence)
	if !ok {
		return f.Sentence, false
	}
	name, ok := g.antecedent(sentenceKey{f.Chapter, f.Block, f.SentSpan}, persons, 3)
	if !ok {
		return f.Sentence, false
	}
	if head != "" && (strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "This ")) {
		name = "the" + name[strings.IndexByte(name, ' '):]
	}
	return head + name + rest, true
}

// itOpening splits a sentence whose subject is a referring "it": the
// words before it (a participle clause: "Signed in 1972, "; empty when the
// sentence opens on "It") and those after it (" was superseded by …").
func itOpening(s string) (head, rest string, ok bool) {
	switch {
	case strings.HasPrefix(s, "It "):
		rest = s[2:]
	default:
		i := strings.Index(s, ", it ")
		if i < 0 {
			return "", "", false
		}
		w := strings.Fields(s[:i])
		if len(w) == 0 || len(w) > 8 || !participle(strings.ToLower(w[0])) || strings.ContainsAny(s[:i], ",;:") {
			return "", "", false // "Signed in 1972, it …"; not "When the talks failed, it …"
		}
		head, rest = s[:i+2], s[i+4:]
	}
	w := strings.Fields(rest)
	if len(w) < 3 {
		return "", "", false
	}
	v := strings.ToLower(w[0])
	if v == "also" || v == "further" || v == "later" || v == "then" || v == "soon" {
		w = w[1:] // "It also addressed …", "It further affected …"
		v = strings.ToLower(w[0])
	}
	if dummyItVerbs[v] || !opensLower(w[0]) {
		return "", "", false // "It is unclear …", "It cannot be …", "It all began …"
	}
	if v == "is" || v == "was" || v == "has" || v == "had" {
		// "It was superseded by …", "It had become …"; not "It was
		// estimated that …", "It was not until …", "It was this …"
		if len(w) < 3 {
			return "", "", false
		}
		p := strings.ToLower(strings.Trim(w[1], ",;:"))
		if p == "been" && len(w) > 3 {
			p = strings.ToLower(strings.Trim(w[2], ",;:"))
		}
		if !participle(p) || dummyItParticiples[p] {
			return "", "", false
		}
	}
	if strings.Contains(rest, " that ") && reportingIt(rest) {
		return "", "", false
	}
	return head, rest, true
}

// reportingIt reports a dummy "it" before a that-clause: "It was
// understood that …", "It amounted to saying that …" is not one.
func reportingIt(rest string) bool {
	w := strings.Fields(rest)
	for i := 0; i < len(w) && i < 4; i++ {
		if strings.ToLower(w[i]) == "that" {
			return true
		}
	}
	return false
}

// participle reports a word that reads as a past participle or an -ing
// form: "superseded", "signed", "written", "become".
func participle(w string) bool {
	if irregularParticiples[w] || moreParticiples[w] {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// opensLower reports a word that opens with a lowercase letter.
func opensLower(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// moreParticiples are past participles that do not end in
// "-ed", beside irregularParticiples (round12b.go).
var moreParticiples = map[string]bool{"written": true, "signed": true, "become": true, "made": true, "given": true,
	"taken": true, "held": true, "built": true, "drawn": true, "known": true, "seen": true, "set": true, "led": true,
	"sent": true, "brought": true, "begun": true, "put": true, "won": true, "lost": true, "left": true, "kept": true,
	"struck": true, "broken": true, "chosen": true, "driven": true, "thrown": true, "shown": true, "overtaken": true,
	"undertaken": true, "withdrawn": true, "laid": true, "paid": true, "sold": true, "told": true, "found": true}

// dummyItVerbs open a sentence whose "it" names nothing: "It seems …",
// "It takes …", "It cannot …", "It all …".
var dummyItVerbs = map[string]bool{"seems": true, "seemed": true, "appears": true, "appeared": true, "takes": true,
	"took": true, "cannot": true, "can": true, "could": true, "would": true, "might": true, "may": true, "must": true,
	"should": true, "all": true, "remains": true, "remained": true, "matters": true, "happened": true, "follows": true,
	"means": true, "meant": true, "becomes": true, "became": true, "depends": true, "depended": true, "are": true, "were": true}

// dummyItParticiples after "It was" report what someone said or thought:
// "It was estimated that …", "It is said to …".
var dummyItParticiples = map[string]bool{"said": true, "thought": true, "believed": true, "estimated": true, "noted": true,
	"understood": true, "reported": true, "argued": true, "claimed": true, "feared": true, "hoped": true,
	"expected": true, "known": true, "agreed": true, "decided": true, "suggested": true,
	"alleged": true, "rumored": true, "rumoured": true, "assumed": true, "considered": true, "felt": true}

// antecedent is the name the sentence before k (in its paragraph) opens
// on, looking further back through sentences that open on "It" (depth of
// them at most).
func (g *generator) antecedent(k sentenceKey, persons map[string]bool, depth int) (string, bool) {
	if g.ix == nil || depth <= 0 {
		return "", false
	}
	sents := g.ix.sents
	i := sort.Search(len(sents), func(i int) bool {
		s := sents[i]
		return compareSentence(sentenceKey{s.chapter, s.block, s.span}, k) >= 0
	})
	if i <= 0 || i > len(sents) {
		return "", false
	}
	p := sents[i-1]
	if p.chapter != k.chapter || p.block != k.block {
		return "", false // the paragraph's first sentence: "it" points outside it
	}
	if _, _, ok := itOpening(p.text); ok {
		return g.antecedent(sentenceKey{p.chapter, p.block, p.span}, persons, depth-1)
	}
	return g.openingName(p.text, persons)
}

// openingName is the name a sentence opens on as its subject, after a
// participle clause if one opens it ("Executed as a communiqué, the
// agreement was …"): a run of capitalised words, with "of", "on", "for",
// "and", "with", "to", "the" between them, followed by a lowercase verb
// ("The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is …", "UNRRA
// provided …"), or the article's subject by its kind ("The treaty was
// adopted …" in an article on a treaty). A person's name ("Truman
// announced …") and a plural ("The Allies agreed …") are no "it".
func (g *generator) openingName(s string, persons map[string]bool) (string, bool) {
	s = strings.TrimLeft(s, "“\"'‘ ")
	if i := strings.Index(s, ", "); i > 0 {
		w := strings.Fields(s[:i])
		if len(w) > 0 && len(w) <= 8 && participle(strings.ToLower(w[0])) && !strings.ContainsAny(s[:i], ";:") {
			s = capitaliseFirst(s[i+2:])
		}
	}
	w := strings.Fields(s)
	if len(w) < 3 {
		return "", false
	}
	// the article's subject by its kind: "The treaty was …"
	if len(w) >= 3 && (w[0] == "The" || w[0] == "This") && opensLower(w[2]) {
		if t, ok := namingSubject("The "+strings.ToLower(w[1])+" "+strings.Join(w[2:], " "), g.a.Title); ok {
			return strings.TrimSuffix(t, " "+strings.Join(w[2:], " ")), true
		}
	}
	if nonNameOpeners[strings.ToLower(w[0])] && w[0] != "The" {
		return "", false // "In practice, the policy meant …"
	}
	n := 0
	capped := 0
	comma := false // "The Dixie Mission, which began in 1943, was …"
	for n < len(w) {
		x := strings.TrimRight(w[n], ",;:")
		if x != w[n] {
			if comma = strings.HasSuffix(w[n], ",") && capitalised(x); comma {
				capped++
				n++
			}
			break
		}
		switch {
		case n == 0 && x == "The":
		case capitalised(x) || strings.HasPrefix(x, "(") && strings.HasSuffix(x, ")"):
			capped++
		case n > 0 && nameJoiners[x] && n+1 < len(w) && capitalised(strings.TrimLeft(w[n+1], "(")):
		default:
			goto done
		}
		n++
	}
done:
	if capped == 0 || n >= len(w) || !comma && !opensLower(w[n]) || strings.HasSuffix(strings.TrimRight(w[n-1], ")"), "s") && !strings.HasSuffix(w[n-1], "ss") {
		return "", false
	}
	name := strings.TrimRight(strings.Join(w[:n], " "), ",")
	if name == "The" || persons[name] {
		return "", false
	}
	if cut := strings.Index(name, " ("); cut > 0 {
		name = name[:cut] // "The … Treaty (CTBT)": the name without its initials
	}
	if strings.HasPrefix(name, "The ") && len(strings.Fields(name)) == 2 {
		return "", false // "The Treaty", "The Allies": a kind, not a name
	}
	return name, true
}

// nonNameOpeners open a sentence on no name: a preposition, a conjunction,
// a determiner or a pronoun.
var nonNameOpeners = map[string]bool{"in": true, "on": true, "at": true, "after": true, "before": true, "by": true,
	"during": true, "from": true, "with": true, "since": true, "following": true, "although": true, "though": true,
	"as": true, "when": true, "while": true, "if": true, "because": true, "despite": true, "under": true, "for": true,
	"to": true, "of": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "its": true, "his": true, "her": true, "their": true,
	"however": true, "moreover": true, "but": true, "and": true, "yet": true, "so": true, "then": true, "thus": true,
	"there": true, "here": true, "such": true, "both": true, "each": true, "all": true, "some": true, "many": true,
	"most": true, "today": true, "later": true, "meanwhile": true, "instead": true, "also": true, "the": true}

// nameJoiners are the lowercase words inside a name.
var nameJoiners = map[string]bool{"of": true, "on": true, "for": true, "and": true, "with": true, "to": true, "the": true, "in": true}

// personNames are the names the facts know as persons' (a person is
// never "it").
func (g *generator) personNames() map[string]bool {
	out := map[string]bool{}
	for _, f := range g.facts {
		if f.Kind == PersonFact {
			out[f.Value], out[f.Text] = true, true
		}
	}
	return out
}
