package quiz

import (
	"regexp"
	"strings"
)

// teachBackOff keeps the definition cards' backs as their sentences (a
// test compares the decks with and without teachingBack).
var teachBackOff bool

// teachingBack is the back of a definition card: what the term is, in
// the article's words but without the sentence pasted around it (round
// 14: "What is “3 times YES”?" answered by a sentence on Poland's vote
// that ends "… in a policies referendum known as “3 times YES”"; "What is
// the Molotov Plan?" by "… became known as the Molotov Plan"; the term
// inside its own definition). Two shapes of a defining sentence give one:
//
//   - "X (ABBR) is/was Y": Y, with a short opening participle clause or a
//     relative aside on X after it ("Established in 2003, X is the only
//     exercise …" → "The only exercise …; established in 2003.");
//   - "… Y, called/known as/became known as X …": the noun phrase Y that
//     is named X, then who made it and when when the sentence says so
//     ("Marshall announced a program of aid …, called the Marshall Plan"
//     → "A program of aid …; announced by Marshall in a June 5, 1947
//     speech."), or the clause it stands in ("A policies referendum: less
//     than a third … voted in favor of …").
//
// The back is trimmed of asides past longBack words (shortBack). ok is
// false when the sentence has neither shape, or the back would still name
// the term or be too short to say anything: the card keeps its sentence.
func teachingBack(sentence, term string) (string, bool) {
	s := strings.TrimSpace(withoutCitations(sentence))
	if s == "" || term == "" {
		return "", false
	}
	back, ok := copulaBack(s, term)
	if !ok {
		back, ok = namedBack(s, term)
	}
	if !ok {
		return "", false
	}
	back = strings.TrimSpace(back)
	back = strings.TrimRight(back, " ,;:")
	if !strings.HasSuffix(back, ".") && !strings.HasSuffix(back, ".”") && !strings.HasSuffix(back, ".\"") {
		back += "."
	}
	back = capitaliseFirst(back)
	back = shortBack(back, nil)
	if fieldCount(back) < 4 || findWord(back, term, 0) >= 0 || unbalancedQuotes(back) {
		return "", false
	}
	return back, true
}

// reIsLink is the verb that links a term to what it is.
var reIsLink = regexp.MustCompile(`^(?:is|was|are|were)(?: (?:also|originally|officially|formally))? `)

// copulaBack is Y of "X is Y" (after X, its bracketed initials and a
// relative aside on it), with the aside and a short opening participle
// clause as a note after it.
func copulaBack(s, term string) (string, bool) {
	var notes []string
	// "Established in 2003, X is …"
	if i := strings.Index(s, ", "); i > 0 && i < strings.Index(s+term, term) {
		w := strings.Fields(s[:i])
		if len(w) > 0 && len(w) <= 6 && participle(strings.ToLower(w[0])) && !strings.ContainsAny(s[:i], ",;:") {
			notes = append(notes, strings.ToLower(w[0][:1])+s[1:i])
			s = capitaliseFirst(s[i+2:])
		}
	}
	rest := ""
	for _, open := range []string{"The " + term, term} {
		if strings.HasPrefix(s, open) {
			rest = s[len(open):]
			break
		}
	}
	if rest == "" || !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "”") && !strings.HasPrefix(rest, "\"") {
		return "", false
	}
	rest = strings.TrimLeft(rest, "”\"")
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "(") { // "(CTBT)"
		j := strings.IndexByte(rest, ')')
		if j < 0 {
			return "", false
		}
		rest = strings.TrimLeft(rest[j+1:], " ")
	}
	if strings.HasPrefix(rest, ", ") { // ", which began in 1943, was …"
		j := strings.Index(rest[2:], ", ")
		if j < 0 {
			return "", false
		}
		aside := rest[2 : 2+j]
		a := strings.Fields(aside)
		if len(a) < 2 || a[0] != "which" && a[0] != "that" && !participle(strings.ToLower(a[0])) {
			return "", false
		}
		if a[0] == "which" || a[0] == "that" {
			aside = strings.Join(a[1:], " ")
		}
		notes = append(notes, aside)
		rest = rest[2+j+2:]
	}
	m := reIsLink.FindString(rest)
	if m == "" {
		return "", false
	}
	y := strings.TrimSpace(rest[len(m):])
	if y == "" {
		return "", false
	}
	y = strings.TrimRight(y, ".")
	y = reAndIs.ReplaceAllString(y, ", $1") // "… during the 1980s and is widely associated with …" → ", widely associated with …"
	for _, n := range notes {
		y += "; " + n
	}
	return y, true
}

// reAndIs is a second predicate on the term joined by "and is": its
// participle follows the first after a comma.
var reAndIs = regexp.MustCompile(` and (?:is|was|are|were) ((?:widely |commonly |often |also |generally |best )?[a-z]+(?:ed|en|wn) )`)

// reIncluding is an aside of examples, the first thing a long back drops.
var reIncluding = regexp.MustCompile(`, including [^,;]+(?:,|$)`)

// namers are the words that give a thing its name after it: "…, called
// X", "… known as X", "… became known as X".
var namers = []string{" became known as ", " came to be known as ", " became known as the ", " known as ", " called ", " referred to as ", " dubbed "}

// namedBack is the noun phrase a sentence names as term ("… a program
// …, called the Marshall Plan"), with who made it and when, or the
// clause it stands in.
func namedBack(s, term string) (string, bool) {
	at, k, namer := -1, 0, ""
	for _, n := range namers {
		if i := strings.Index(s, n); i > 0 {
			after := strings.TrimLeft(s[i+len(n):], "“\"'‘")
			if strings.HasPrefix(after, "the ") || strings.HasPrefix(after, "The ") {
				after = strings.TrimLeft(after[4:], "“\"'‘")
			}
			if strings.HasPrefix(after, term) && (at < 0 || i < at) {
				at, k, namer = i, len(s)-len(after)+len(term), n
			}
		}
	}
	if at < 0 {
		return "", false
	}
	before := strings.TrimRight(s[:at], " ,")
	tail := strings.Trim(s[k:], " ,.;”\"'’")
	tail = strings.TrimPrefix(tail, "and ")
	if strings.HasPrefix(namer, " bec") || strings.HasPrefix(namer, " came") {
		// "Y, which …, became known as X": the subject is the phrase; "… Y
		// that became known as X": the relative's noun phrase
		if w := strings.Fields(before); len(w) > 0 && (w[len(w)-1] == "that" || w[len(w)-1] == "which") {
			before = strings.TrimRight(strings.Join(w[:len(w)-1], " "), " ,")
		} else {
			y := strings.Replace(before, ", which was ", ", ", 1) // "Y, which was purported to …" → "Y, purported to …"
			y = strings.Replace(y, ", which were ", ", ", 1)
			if tail != "" && fieldCount(tail) <= 6 {
				y += "; " + tail
			}
			return y, !strings.ContainsAny(firstWord(y), "0123456789")
		}
	}
	// the noun phrase: from the last "a"/"an" before the namer
	np := -1
	for _, det := range []string{" a ", " an "} {
		if i := strings.LastIndex(" "+before, det); i > np {
			np = i
		}
	}
	if np < 0 {
		return "", false
	}
	y := before[np:]
	ctx := strings.TrimRight(before[:np], " ,")
	if fieldCount(y) < 2 {
		return "", false
	}
	if tail != "" && fieldCount(tail) <= 6 {
		y += " (" + tail + ")"
	}
	w := strings.Fields(ctx)
	if len(w) == 0 {
		return y, true
	}
	verb := strings.ToLower(w[len(w)-1])
	if len(w) >= 2 && pastTense(verb) && capitalised(w[len(w)-2]) {
		// "…, Marshall announced Y" → "Y; announced by Marshall in a June 5, 1947 speech"
		who := w[len(w)-2]
		by := ", " + verb + " by " + who
		lead := strings.TrimRight(strings.Join(w[:len(w)-2], " "), " ,")
		// "In a June 5, 1947 speech, comporting with …, Marshall announced":
		// the opening phrase that holds a year says when
		if m := reYear.FindStringIndex(lead); m != nil && m[0] < 40 {
			if j := strings.Index(lead[m[1]:], ","); j >= 0 && fieldCount(lead[:m[1]+j]) <= 8 && openingPreposition(lead) {
				open := lead[:m[1]+j]
				by += " " + strings.ToLower(open[:1]) + open[1:]
			}
		} else if x := strings.Fields(lead); len(x) > 2 && strings.HasSuffix(strings.ToLower(x[0]), "ing") {
			// "Calling on Congress to …, Truman articulated Y": what he did
			by += ", " + strings.ToLower(lead[:1]) + lead[1:]
		}
		if fieldCount(y+by) > longBack {
			y = strings.TrimRight(reIncluding.ReplaceAllString(y, ","), ",") // the examples go first
		}
		return y + by, true
	}
	if namedInPreps[verb] && len(w) >= 6 {
		// "… voted in favor of … in Y": Y, then the clause it stands in
		clause := strings.TrimRight(strings.Join(w[:len(w)-1], " "), " ,")
		return y + ": " + strings.ToLower(clause[:1]) + clause[1:], true
	}
	return "", false
}

// openingPreposition reports a clause that opens on a preposition: "In a
// June 5, 1947 speech", "On 12 March 1947".
func openingPreposition(s string) bool {
	switch strings.ToLower(firstWord(s)) {
	case "in", "on", "at", "during", "after", "by":
		return true
	}
	return false
}

// namedInPreps may stand before the noun phrase a sentence names.
var namedInPreps = map[string]bool{"in": true, "of": true, "by": true, "through": true, "under": true, "with": true, "for": true}
