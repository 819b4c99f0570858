package quiz

import "math/rand/v2"

// Round 17 (issue 18): a matching's choices were listed in exactly the
// answer's order (builtin Q7: taking them in order gave full marks). The
// shuffle that made them was kept even when it left them where they were.
// offKey shuffles a copy of the key so that at most one item of three or
// more (none of two) stays in its key's place, drawing with the quiz's
// seed and rotating by one when a few draws do not.

// keyOrderOff turns offKey's check off (a plain shuffle), for measuring
// what it changes.
var keyOrderOff bool

// offKey is key shuffled with rng, with at most one item of three or more
// in its own place (none of two). Repeated items are placed as they fall.
func offKey(rng *rand.Rand, key []string) []string {
	out := append([]string(nil), key...)
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	if keyOrderOff || len(out) < 2 {
		return out
	}
	for tries := 0; tries < 8 && inPlace(out, key) > allowedInPlace(len(key)); tries++ {
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	}
	if inPlace(out, key) > allowedInPlace(len(key)) {
		out = append(append([]string(nil), key[1:]...), key[0]) // a rotation leaves no item in its place
	}
	return out
}

// allowedInPlace is how many items of n may keep their key's place.
func allowedInPlace(n int) int {
	if n < 3 {
		return 0
	}
	return 1
}

// inPlace counts the items of got that stand where key has them.
func inPlace(got, key []string) int {
	n := 0
	for i := range got {
		if i < len(key) && got[i] == key[i] {
			n++
		}
	}
	return n
}
