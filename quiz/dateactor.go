package quiz

import "strings"

// The reverse date card ("What happened in October 1977?") named no one:
// round 14 CTBT C13 and perestroika C4 called it vague, a cue that any
// event of the month answers. dateActor reads who acted on a date that
// opens its sentence, so the card asks "What did the US, UK, and Soviet
// Union do in October 1977?"; a sentence that names no actor there gets
// the date cloze instead ("When did this happen?").

// dateActorOff keeps the reverse date card's front as "What happened
// …?" (TestMeasureCardRules compares the decks with and without it).
var dateActorOff bool

// undoneVerbs are pasts that "What did X do?" does not ask well: they
// tell what befell the subject or what it was, not what it did.
var undoneVerbs = map[string]bool{"die": true, "fall": true, "rise": true, "happen": true, "occur": true, "exist": true,
	"live": true, "remain": true, "become": true, "seem": true, "appear": true, "collapse": true, "end": true,
	"begin": true, "start": true, "receive": true, "suffer": true, "lose": true, "get": true, "undergo": true}

// subjectAuxiliaries cannot stand in an active subject: a subject with
// one is a passive or a compound tense read wrong ("the treaty was").
var subjectAuxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "had": true, "has": true,
	"have": true, "would": true, "could": true, "did": true, "will": true, "may": true, "might": true, "should": true,
	"must": true, "can": true, "been": true, "being": true, "not": true, "who": true, "which": true, "that": true}

// dateActor is the named subject of a sentence that opens on f's date and
// goes on with that subject and a verb in the simple past: "In October
// 1977, the US, UK, and Soviet Union returned to negotiations …" → "the
// US, UK, and Soviet Union"; "In June 1946, Bernard Baruch, an emissary
// of President Harry S. Truman, proposed …" → "Bernard Baruch". ok is
// false for a sentence the date does not open, a subject that names no
// one ("many countries"), a pronoun, a passive, or a verb that tells what
// befell the subject ("died").
func (g *generator) dateActor(f Fact) (string, bool) {
	at := f.Start - f.SentSpan.Start
	end := f.End - f.SentSpan.Start
	if at < 0 || end > len(f.Sentence) || at > end {
		return "", false
	}
	opener := strings.ToLower(f.Sentence[:at] + f.Text)
	if at > 3 || !strings.HasPrefix(opener, "in ") && !strings.HasPrefix(opener, "on ") {
		return "", false // "In the aftermath of the … incident in June 1989, …"
	}
	rest := strings.TrimLeft(f.Sentence[end:], ", ")
	if rest == "" {
		return "", false
	}
	words := strings.Fields(rest)
	verb := -1
	for i, w := range words {
		if i > 12 {
			break
		}
		lw := strings.Trim(w, ",;:")
		if subjectAuxiliaries[strings.ToLower(lw)] || strings.ContainsAny(w, "();:") {
			return "", false
		}
		if i > 0 && lw == strings.ToLower(lw) && pastVerb(lw) {
			verb = i
			break
		}
	}
	if verb < 1 {
		return "", false
	}
	if base, ok := baseForm(strings.Trim(words[verb], ",;:")); !ok || undoneVerbs[base] {
		return "", false
	}
	subj := words[:verb]
	if n := len(subj); n > 1 && strings.HasSuffix(subj[n-1], "ly") && !capitalised(subj[n-1]) {
		subj = subj[:n-1] // "the United States formally withdrew"
	}
	s := strings.Join(subj, " ")
	if strings.Contains(s, ",") {
		parts := strings.Split(strings.TrimSuffix(s, ","), ", ")
		switch last := parts[len(parts)-1]; {
		case !strings.HasSuffix(s, ",") && (strings.HasPrefix(last, "and ") || strings.HasPrefix(last, "or ")):
			// a list of actors: "the US, UK, and Soviet Union"
		case strings.HasSuffix(s, ",") && len(parts) == 2:
			s = parts[0] // an apposition: "Bernard Baruch, an emissary of …,"
		default:
			return "", false
		}
	}
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 8 || pronounOpeners[strings.ToLower(w[0])] || subjectEnders[strings.ToLower(w[len(w)-1])] ||
		strings.HasSuffix(s, ",") {
		return "", false
	}
	if w[0] == "The" || w[0] == "A" || w[0] == "An" {
		w[0] = strings.ToLower(w[0])
		s = strings.Join(w, " ")
	}
	if !g.subjectIsNamed(s) || !g.selfContained(s) {
		return "", false
	}
	return s, true
}
