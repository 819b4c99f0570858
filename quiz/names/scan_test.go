package names

import (
	"reflect"
	"testing"
)

// scanCases hold what the hand scanners must read as their expressions
// do: adverbs before "known as", "the" after it, a match right after
// another, roles whole and inside longer words, white space after the
// comma, broken bytes.
var scanCases = []string{
	"The GTI, formally known as the Tumen River Development Project, stalled.",
	"Brandt's approach, known as Ostpolitik, and what was also known as the thaw.",
	"known as known as the known as",
	"previously known as x, commonly known as y; originally known asz; xalso known as the the",
	"His successor, Roh Moo-hyun, continued.",
	"Her grandson, ",
	"the deputy,\t\n ",
	"the spokeswoman ,",
	"brother,x",
	"é son,",
	"_aide,",
	"\xff\xfesister, ",
	"",
}

func knownAsByRegexp(s string) [][2]int {
	var out [][2]int
	for _, m := range reKnownAs.FindAllStringIndex(s, -1) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

func roleByRegexp(s string) (string, bool) {
	if m := reRoleBefore.FindStringSubmatch(s); m != nil {
		return m[1], true
	}
	return "", false
}

func TestScannersAgreeWithTheirPatterns(t *testing.T) {
	spans, roles := 0, 0
	for _, s := range scanCases {
		got, want := knownAsSpans(s), knownAsByRegexp(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("knownAsSpans(%q) = %v, reKnownAs finds %v", s, got, want)
		}
		spans += len(want)
		role, ok := roleBefore(s)
		wantRole, wantOK := roleByRegexp(s)
		if role != wantRole || ok != wantOK {
			t.Errorf("roleBefore(%q) = %q %v, reRoleBefore finds %q %v", s, role, ok, wantRole, wantOK)
		}
		if wantOK {
			roles++
		}
	}
	if spans < 8 || roles < 3 {
		t.Errorf("the cases hold %d known-as spans and %d roles", spans, roles)
	}
}

func FuzzKnownAsSpans(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := knownAsSpans(s), knownAsByRegexp(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("knownAsSpans(%q) = %v, reKnownAs finds %v", s, got, want)
		}
	})
}

func FuzzRoleBefore(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		role, ok := roleBefore(s)
		if wantRole, wantOK := roleByRegexp(s); role != wantRole || ok != wantOK {
			t.Fatalf("roleBefore(%q) = %q %v, reRoleBefore finds %q %v", s, role, ok, wantRole, wantOK)
		}
	})
}
