package quiz

import (
	"strings"
	"unicode"
)

// A card's back is its answer and the clause that explains it. A long
// source sentence is shown without its asides: bracketed glosses and
// citations, a description set beside a name ("Bernard Baruch, the
// multimillionaire financier and adviser to presidents from Woodrow
// Wilson to Harry S. Truman, coined …"), and a clause that goes on past
// the point ("…, whereupon a second vote rigged election was held"). The
// whole sentence stays the card's Sentence, which the study screen shows
// under the back (round 11: Cold War C6, a back of 70 words).

// longBack is the number of words above which a back is trimmed.
const longBack = 25

// shortBack is sentence s without the asides that hold none of keep
// (the card's answer, and the names its front asks about), when s is
// longer than longBack words; a shorter sentence is left whole.
func shortBack(s string, keep []string) string {
	if fieldCount(s) <= longBack {
		return s
	}
	holds := func(part string) bool {
		for _, k := range keep {
			if k != "" && strings.Contains(part, k) {
				return true
			}
		}
		return false
	}
	t := withoutCitations(s)
	if a := withoutAsides(t); a != t && !dropsKept(t, a, keep) {
		t = a
	}
	t = withoutAppositives(t, holds)
	if fieldCount(t) > longBack {
		t = withoutTrailingClause(t, holds)
	}
	if t == "" || !strings.ContainsAny(t, " ") {
		return s
	}
	return t
}

// dropsKept reports whether b, a shortening of a, lost one of keep.
func dropsKept(a, b string, keep []string) bool {
	for _, k := range keep {
		if k != "" && strings.Contains(a, k) && !strings.Contains(b, k) {
			return true
		}
	}
	return false
}

// withoutAppositives drops each description set between commas beside a
// name ("Baruch, the financier and adviser to presidents, coined") or a
// clause about a person between commas ("Georgiev, who was not a
// communist himself, took"), unless it holds something kept or reads as a clause of its own
// (a verb in the past: "In 1947, the United States joined Britain, …").
func withoutAppositives(s string, holds func(string) bool) string {
	for from := 0; ; {
		i := strings.Index(s[from:], ", ")
		if i < 0 {
			return s
		}
		i += from
		j := strings.Index(s[i+2:], ",")
		if j < 0 {
			return s
		}
		j += i + 2
		aside := s[i+2 : j]
		if appositive(s[:i], aside) && !holds(aside) {
			s = s[:i] + s[j+1:] // "Baruch, an emissary of …, proposed" → "Baruch proposed"
			from = i
			continue
		}
		from = i + 2
	}
}

// appositive reports an aside that describes what stands before it: a
// relative clause on a person, or a noun phrase after a name, with no verb of its
// own.
func appositive(before, aside string) bool {
	w := strings.Fields(aside)
	if len(w) < 2 || len(w) > 20 {
		return false
	}
	switch strings.ToLower(w[0]) {
	case "who", "whom", "whose":
		return true
	case "the", "a", "an":
		if capitalised(w[1]) {
			return false // "Clay, A Report on Germany, which": a title, the object
		}
	default:
		return false
	}
	prev := lastWord(strings.TrimRight(before, " "))
	if prev == "" || !unicode.IsUpper([]rune(prev)[0]) || strings.Count(before, " ") < 1 {
		return false // "In 1947, the United States …": an opening phrase, not a name
	}
	for _, x := range w[1:] {
		lx := strings.ToLower(strings.Trim(x, ",;:.\"“”"))
		if pastTense(lx) || auxBlockers[lx] || lx == "was" || lx == "were" {
			return false
		}
	}
	return true
}

// trailingOpeners open a clause that goes on past a sentence's point.
// A relative clause after the point often tells what the answer did or
// led to ("…, which led to the creation of the Committee …"), so it stays.
var trailingOpeners = []string{", whereupon ", ", whereafter ", "; ", ", while ", ", although ", ", whereas ", "—", " – ", " — "}

// withoutTrailingClause ends s before the first clause that goes on past
// its point and holds nothing kept.
func withoutTrailingClause(s string, holds func(string) bool) string {
	cut := len(s)
	for _, o := range trailingOpeners {
		for from := 0; ; {
			i := strings.Index(s[from:], o)
			if i < 0 {
				break
			}
			i += from
			if i < cut && fieldCount(s[:i]) >= 6 && !holds(s[i:]) {
				cut = i
			}
			from = i + len(o)
		}
	}
	if cut == len(s) {
		return s
	}
	head := strings.TrimRight(s[:cut], " ,;")
	if unbalancedQuotes(head) {
		return s
	}
	if strings.HasSuffix(head, ".") {
		return head // "… Henry Morgenthau, Jr."
	}
	return head + "."
}

// frontNames are the capitalised words of a card's front after its first:
// what the front asks about stays on the back.
func frontNames(front string) []string {
	var out []string
	w := strings.Fields(front)
	for i, x := range w {
		x = strings.Trim(x, ",;:.?!\"“”‘’()")
		if i > 0 && len(x) > 2 && capitalised(x) {
			out = append(out, x)
		}
	}
	return out
}

// shortBacks trims each card's back where it shows its long sentence,
// and the sentence of a cloze or date card's front around its blank
// ("In _____, Bernard Baruch, the multimillionaire financier and adviser
// to presidents from Woodrow Wilson to Harry S. Truman, coined the term
// …" → "In _____, Bernard Baruch coined the term …").
func shortBacks(cards []Card) []Card {
	for i, c := range cards {
		if (c.Kind == CardCloze || c.Kind == CardWhen) && !c.Edited {
			if label, quoted, ok := strings.Cut(c.Front, "\n“"); ok && strings.HasSuffix(quoted, "”") {
				s := strings.TrimSuffix(quoted, "”")
				if c.Kind == CardCloze {
					s = withoutInitialsOf(s, c.Phrase)
				}
				if t := shortBack(s, []string{"_____"}); t != quoted && strings.Count(t, "_____") == strings.Count(s, "_____") {
					cards[i].Front = label + "\n“" + t + "”"
				}
			}
		}
		if c.Sentence == "" || c.Edited || !strings.Contains(c.Back, c.Sentence) {
			continue
		}
		keep := append([]string{c.Phrase}, frontNames(c.Front)...)
		if c.Kind == CardQuestion {
			if a, _, ok := strings.Cut(c.Back, "\n"); ok {
				if whole, ok := answerGoesOn(c.Sentence, c.Front, strings.TrimSuffix(a, ".")); ok && !answerGoesOnOff {
					cards[i].Back = whole // "To weave a network … while also keeping Russia and China at equal distances."
					continue
				}
				keep = append(keep, strings.TrimSuffix(a, "."))
				if restates(c.Sentence, c.Front, a) {
					cards[i].Back = a // "Why did tax revenues decline?" → "… withheld tax revenues …" and the sentence again
					continue
				}
			}
		}
		t := shortBack(c.Sentence, keep)
		if c.Kind == CardQuestion {
			if a, _, ok := strings.Cut(c.Back, "\n"); ok {
				t = elideAnswer(t, strings.TrimSuffix(a, "."))
			}
		}
		cards[i].Back = strings.Replace(c.Back, c.Sentence, t, 1)
		if c.Kind == CardWhoIs && !whoIsBackOff {
			cards[i].Back = whoIsBack(c.Front, cards[i].Back)
		}
	}
	return cards
}

// whoIsBackOff keeps who-is backs as role, name and sentence (a test
// measures the decks with and without whoIsBack).
var whoIsBackOff bool

// whoIsBack is a who-is card's back without the echo of its front: the
// role, then what the sentence says the person did, with the full name
// and role in it cut to the surname ("Who is Ernest Bevin?" → "British
// Foreign Secretary.\nBevin heard Marshall's radio broadcast speech and
// immediately contacted …", not "British Foreign Secretary Ernest
// Bevin.\nBritish Foreign Secretary Ernest Bevin heard …": round 14
// Marshall Plan C18, "an echo of the prompt, and then the whole source
// sentence"). A back of another shape is left as it is.
func whoIsBack(front, back string) string {
	name := strings.TrimSuffix(strings.TrimPrefix(front, "Who is "), "?")
	first, rest, ok := strings.Cut(back, "\n")
	if !ok || name == front || !strings.HasSuffix(first, " "+name+".") {
		return back
	}
	role := strings.TrimSuffix(first, " "+name+".")
	if role == "" || strings.Contains(rest, "\n") {
		return back
	}
	surname := lastWord(name)
	switch {
	case strings.Contains(rest, role+" "+name):
		rest = strings.Replace(rest, role+" "+name, surname, 1)
	case strings.Contains(rest, name):
		rest = strings.Replace(rest, name, surname, 1)
	default:
		return back
	}
	return role + ".\n" + capitaliseFirst(rest)
}

// restates reports a sentence that says no more than a question card's
// front and answer: "The purpose of the Marshall Plan was to aid …" under
// "What was the purpose of the Marshall Plan?" and its answer. Three
// words of its own or more ("while also keeping Russia and China at equal
// distances", "For the first time since … 1928") keep it on the back.
func restates(sentence, front, answer string) bool {
	known := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(front + " " + answer)) {
		known[strings.Trim(w, ",;:.?!\"“”‘’()")] = true
	}
	own := 0
	for _, w := range strings.Fields(strings.ToLower(withoutCitations(sentence))) {
		w = strings.Trim(w, ",;:.?!\"“”‘’()")
		if w != "" && !known[w] && !stopWords[w] {
			own++
		}
	}
	return own < 3
}

// stopWords carry no content of their own in a sentence.
var stopWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "and": true,
	"or": true, "was": true, "were": true, "is": true, "are": true, "that": true, "because": true, "by": true, "for": true,
	"with": true, "as": true, "at": true, "it": true, "its": true, "their": true, "his": true, "her": true, "this": true,
	"did": true, "do": true, "does": true, "what": true, "why": true, "who": true, "which": true, "when": true, "be": true,
	"been": true, "had": true, "has": true, "have": true, "also": true, "so": true, "then": true}

// withoutInitialsOf drops from a cloze's sentence a bracket that spells
// the blank's initials: "the _____ began in November 1969 (SALT I)" for
// the Strategic Arms Limitation Talks gives the answer away.
func withoutInitialsOf(s, answer string) string {
	var ini strings.Builder
	for _, w := range strings.Fields(answer) {
		if capitalised(w) {
			ini.WriteString(w[:1])
		}
	}
	if ini.Len() < 2 {
		return s
	}
	for from := 0; ; {
		i := strings.Index(s[from:], " (")
		if i < 0 {
			return s
		}
		i += from
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s
		}
		j += i
		inside := strings.Fields(s[i+2 : j])
		if len(inside) > 0 && len(inside[0]) >= 2 && strings.HasPrefix(ini.String(), inside[0]) && inside[0] == strings.ToUpper(inside[0]) {
			return s[:i] + s[j+1:]
		}
		from = j
	}
}

// elideAnswer writes a long answer once on a question card's back: the
// sentence under it shows "…" where the answer stands, and so only what
// it adds ("Mongolia’s goal in adopting the “third-neighbor policy” was …
// while also keeping Russia and China at equal distances"). An answer of
// a few words stays in its sentence, which reads better whole.
func elideAnswer(sentence, answer string) string {
	if fieldCount(answer) < 8 {
		return sentence
	}
	for _, form := range []string{answer, strings.ToLower(answer[:1]) + answer[1:]} {
		if i := strings.Index(sentence, form); i >= 0 {
			rest := sentence[i+len(form):]
			if rest == "." {
				rest = "" // "… banned …", not "…."
			}
			return sentence[:i] + "…" + rest
		}
	}
	return sentence
}

// answerGoesOnOff keeps question cards' backs as answer and quote (a test
// compares the decks with and without answerGoesOn).
var answerGoesOnOff bool

// answerGoesOn is a question card's back as one statement when its
// sentence says no more than the front, the answer and a short clause
// that goes on from the answer: the answer with that clause, in place of
// the answer and the sentence spliced around it (round 14: "To weave a
// network … interests." over "“Mongolia’s goal in adopting the
// “third-neighbor policy” was … while also keeping Russia and China at
// equal distances.”", hard to read, and the equal distances left out of
// the answer; "The Chinese Communists were able to fill the political
// vacuum left in Manchuria." over "“In addition, … after Soviet forces
// withdrew …”", the cause cut off). The clause runs to the sentence's end
// in at most 14 words; what the sentence says before the answer must
// restate the front (restates), else the sentence stays under the answer.
func answerGoesOn(sentence, front, answer string) (string, bool) {
	if fieldCount(answer) < 3 {
		return "", false // "Kim Il Sung.": a name, whose sentence says what it did
	}
	i := strings.Index(sentence, answer)
	if i < 0 {
		i = strings.Index(sentence, strings.ToLower(answer[:1])+answer[1:])
	}
	if i < 0 {
		return "", false
	}
	if namelike(answer) {
		return "", false // "Retired General George Marshall": what goes on is the sentence's predicate
	}
	rest := strings.TrimRight(strings.TrimSpace(sentence[i+len(answer):]), ".")
	if rest == "" || fieldCount(rest) > 14 || strings.ContainsAny(rest[:1], "(;:—–") || unbalancedQuotes(rest) {
		return "", false
	}
	if first := strings.ToLower(firstWord(strings.TrimLeft(rest, ", "))); !goesOnWords[first] && !participle(first) {
		return "", false // ", but China fended off …", ", the Soviet Union conducted 219", "and further weakened …": a clause of its own
	}
	whole := answer
	if strings.HasPrefix(rest, ",") {
		whole += rest
	} else {
		whole += " " + rest
	}
	if !restates(sentence[:i], front, whole) {
		return "", false
	}
	return capitaliseFirst(whole) + ".", true
}

// goesOnWords open a phrase that goes on from an answer rather than a
// clause of its own: a preposition, "while", an adverb of degree or time.
var goesOnWords = map[string]bool{"in": true, "on": true, "at": true, "after": true, "before": true, "during": true,
	"from": true, "with": true, "for": true, "to": true, "by": true, "within": true, "under": true, "against": true,
	"into": true, "through": true, "since": true, "until": true, "of": true, "over": true, "across": true, "without": true,
	"while": true, "particularly": true, "especially": true, "mainly": true, "largely": true, "earlier": true, "later": true,
	"as": true, "in order": true, "towards": true, "toward": true, "between": true, "among": true, "including": true}

// namelike reports an answer that is a name: its words capitalised but
// for the small words inside a name.
func namelike(answer string) bool {
	for _, w := range strings.Fields(answer) {
		if !capitalised(strings.Trim(w, ",.“”\"'’")) && !nameJoiners[w] {
			return false
		}
	}
	return true
}
