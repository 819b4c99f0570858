package quiz

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
	"unicode"
)

// tailGateAgrees fails when the gated expression finds other than the
// plain one on s.
func tailGateAgrees(t *testing.T, g *tailGatedRegexp, plain *regexp.Regexp, s string) {
	t.Helper()
	if g.MatchString(s) != plain.MatchString(s) ||
		!slices.Equal(g.FindStringSubmatch(s), plain.FindStringSubmatch(s)) ||
		!slices.Equal(g.FindStringSubmatchIndex(s), plain.FindStringSubmatchIndex(s)) {
		t.Errorf("%s on %q: the gated expression differs", plain, s)
	}
}

// TestTailGates: each gate lets through the texts its expression
// matches and refuses texts that end otherwise.
func TestTailGates(t *testing.T) {
	tests := []struct {
		re      *tailGatedRegexp
		match   []string
		refused []string
	}{
		{reListBefore,
			[]string{"Poland, Czechoslovakia and ", "joined Britain, ", "France or the ", "Hungary,\t"},
			[]string{"During the time of Mao", "the talks with ", "Poland and Hungary", "bathe ", "Poland bathe "}},
		{reBodyBefore,
			[]string{"the members of the ", "Membership in ", "member states OF ", "it joined the "},
			[]string{"the members of the council", "the members ", "a member ", "a member of the council "}},
		{reParallel,
			[]string{"in Romania, where the Soviets ruled, and in ", " and also to the ", " or with  "},
			[]string{"in Romania and ", "and in Romania", " or inside ", " and lathe "}},
		{reOwnYearBefore,
			[]string{"including the 1939 ", "Treaty of 1842 \t", "in 2003  "},
			[]string{"the 1939s ", "signed in March ", "the (1939) ", "1939 and ", ""}},
	}
	for _, tt := range tests {
		plain := regexp.MustCompile(tt.re.String())
		for _, s := range tt.match {
			if !tt.re.passes(s) || !tt.re.MatchString(s) {
				t.Errorf("%s: %q refused or not matched", tt.re, s)
			}
			tailGateAgrees(t, tt.re, plain, s)
		}
		for _, s := range tt.refused {
			if tt.re.passes(s) {
				t.Errorf("%s: %q passes the gate", tt.re, s)
			}
			tailGateAgrees(t, tt.re, plain, s)
		}
	}
}

// TestTailGatesAgreeOnCorpus: every gated expression finds what the
// plain one does on every corpus sentence cut before each capitalised
// word (where the rules cut them: before a name) and at its end.
func TestTailGatesAgreeOnCorpus(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no corpus at %s", corpusDir)
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range articleSentences(mustParse(t, b)) {
			texts = append(texts, s.text)
			for i, r := range s.text {
				if i > 0 && unicode.IsUpper(r) {
					texts = append(texts, s.text[:i])
				}
			}
		}
	}
	if len(tailGates) < 3 {
		t.Fatalf("%d tail gates: the rules' expressions are not gated", len(tailGates))
	}
	for _, g := range tailGates {
		plain := regexp.MustCompile(g.String())
		matched := 0
		for _, s := range texts {
			tailGateAgrees(t, g, plain, s)
			if plain.MatchString(s) {
				matched++
			}
		}
		if matched == 0 {
			t.Errorf("%s matched no corpus text: the test compares nothing", g)
		}
	}
}

// FuzzTailGates: on any text the gated expressions find what the plain
// ones do.
func FuzzTailGates(f *testing.F) {
	for _, s := range []string{"Poland, Czechoslovakia and ", "members of the ", " and also in the ", "x, ", "OF ", "ſ ", "members oF thE ", "joined tHe ", "the 1939 ", "in 2003\f", "x9 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range tailGates {
			tailGateAgrees(t, g, regexp.MustCompile(g.String()), s)
		}
	})
}

// TestGatesAgreeOnCorpus: every expression the rules run behind mustGate
// finds what the plain expression does on every corpus sentence.
func TestGatesAgreeOnCorpus(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no corpus at %s", corpusDir)
	}
	var sents []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range articleSentences(mustParse(t, b)) {
			sents = append(sents, s.text)
		}
	}
	rules := slices.Clone(gates) // the package's own, made before any test runs
	if len(rules) < 20 {
		t.Fatalf("%d gated expressions: the rules' are not gated", len(rules))
	}
	for _, g := range rules {
		plain := regexp.MustCompile(g.String())
		for _, s := range sents {
			if g.MatchString(s) != plain.MatchString(s) ||
				!slices.EqualFunc(g.FindAllStringSubmatchIndex(s, -1), plain.FindAllStringSubmatchIndex(s, -1), slices.Equal[[]int]) {
				t.Errorf("%s on %q: the gated expression differs", plain, s)
			}
		}
	}
}
