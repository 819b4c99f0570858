package quiz

import "strings"

// alsoKeyOff turns alsoPoints off, for measuring (QO_OFF=alsokey).
var alsoKeyOff bool

// alsoPoints are the points a typed key cut to its core left out that a
// student may give instead, each right on its own: the means ("…
// peaceful relations with all nations by adopting a policy of
// neutrality" keyed "… peaceful relations with all nations": "a policy
// of neutrality") or the further aim ("to weave a network of …
// relationships to protect Mongolian security and interests while also
// keeping Russia and China at equal distances": "to protect Mongolian
// security and interests", "keeping Russia and China at equal
// distances"). Round 17: a student who wrote "its neutrality" or "to
// balance Russia and China" was marked wrong against the cut key. The
// answer's words after the key must open with "by" and a verb in -ing,
// "to" and a verb, "in order to" or "so that"; a tail of circumstance
// ("under the growing spirit of regional autonomy", "without contributing
// to …") is no answer on its own and gives none. A point the answer was
// cut before in its sentence (a "while also …" the clause reader left
// out) is read from the sentence. Nil when the key is the
// whole answer or is not its opening.
func alsoPoints(answer, key, sentence string) []string {
	if alsoKeyOff || key == "" {
		return nil
	}
	if i := strings.Index(sentence, answer); i >= 0 && answer != "" {
		// a point the answer was cut before in its sentence: "… interests
		// while also keeping Russia and China at equal distances."
		tail := sentence[i+len(answer):]
		for _, j := range pointJoins {
			if strings.HasPrefix(tail, j) {
				if end := strings.IndexAny(tail[len(j):], ",;.("); end < 0 {
					answer += strings.TrimRight(tail, ".")
				} else {
					answer += tail[:len(j)+end]
				}
				break
			}
		}
	}
	aw, kw := strings.Fields(answer), strings.Fields(key)
	if len(kw) == 0 || len(kw) >= len(aw) {
		return nil
	}
	for i, w := range kw {
		if strings.TrimRight(aw[i], ",;:") != strings.TrimRight(w, ",;:") {
			return nil
		}
	}
	rest := aw[len(kw):]
	if len(rest) < 2 {
		return nil
	}
	first := strings.ToLower(rest[0])
	switch {
	case first == "by" && strings.HasSuffix(rest[1], "ing") && isLowerWord(rest[1]):
		// the means: what is done, its object ("a policy of neutrality"),
		// is what a student names
		if len(rest) >= 4 {
			rest = rest[2:]
		} else {
			rest = rest[1:]
		}
	case first == "to" && aimVerb(rest[1]):
	case first == "in" && len(rest) > 3 && rest[1] == "order" && rest[2] == "to":
		rest = rest[2:]
	case first == "so" && rest[1] == "that" && len(rest) > 3:
	default:
		return nil
	}
	var out []string
	for _, p := range splitPoints(strings.Join(rest, " ")) {
		p = strings.TrimRight(p, ",;:. ")
		if n := fieldCount(p); n >= 2 && n <= maxClauseKeyWords+2 {
			out = append(out, p)
		}
	}
	return out
}

// pointJoins join two points of one aim or means: "to protect …
// interests while also keeping Russia and China at equal distances".
var pointJoins = []string{", while also ", " while also ", ", while ", " while ", ", thereby ", " thereby ", ", and thus ", " and thus "}

// splitPoints splits a phrase at the joins of its points, the first join
// found that leaves two words or more on each side.
func splitPoints(p string) []string {
	for _, j := range pointJoins {
		if i := strings.Index(p, j); i > 0 && fieldCount(p[:i]) >= 2 && fieldCount(p[i+len(j):]) >= 2 {
			return []string{p[:i], p[i+len(j):]}
		}
	}
	return []string{p}
}

// alsoAccepted are a typed clause question's accepted points that are not
// its key nor a name its key stands for (alsoPoints, stored in Accept
// after the key's spelled-out forms): they open in lower case. Nil for a
// question that takes any one part of a list.
func (q Question) alsoAccepted() []string {
	if q.Type != FillIn || q.Kind != ClauseFact || len(q.Answer) == 0 || strings.Contains(q.Prompt, oneOfHint) {
		return nil
	}
	var out []string
	for _, a := range q.Accept {
		if a != "" && a != q.Answer[0] && isLowerWord(strings.Fields(a)[0]) {
			out = append(out, a)
		}
	}
	return out
}
