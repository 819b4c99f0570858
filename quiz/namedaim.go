package quiz

import "strings"

// namedAimOff turns namedAim off, for measuring (W2_OFF=namedaim).
var namedAimOff bool

// namedAim reports a why question whose key, an aim, does what the name
// in its stem already says: the aim's object is a word of a capitalised
// name the stem writes ("Why was the United Nations Relief and
// Rehabilitation Administration founded in 1943?" keyed "to provide
// relief to areas liberated from Germany": the name gives the answer
// away; round 17 Marshall Q13). An aim whose object the stem does not
// name ("to aid in the economic recovery of nations", "to weave a network
// of … relationships") is asked.
func namedAim(prompt, key string) bool {
	if namedAimOff || !strings.HasPrefix(prompt, "Why ") {
		return false
	}
	w := strings.Fields(key)
	if len(w) < 3 || !strings.EqualFold(w[0], "to") {
		return false
	}
	obj := ""
	for _, x := range w[2:] {
		x = strings.ToLower(strings.Trim(x, ",;:.“”\"'"))
		if determiners[x] || x == "" {
			continue
		}
		obj = x
		break
	}
	if len(obj) < 4 {
		return false
	}
	stem := strings.Fields(prompt)
	for i, s := range stem {
		s = strings.Trim(s, ",;:.?“”\"'()")
		if i > 0 && capitalised(s) && strings.EqualFold(s, obj) {
			return true
		}
	}
	return false
}
