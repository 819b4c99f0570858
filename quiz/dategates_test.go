package quiz

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// gateCases hold texts each gate must pass and texts it may refuse.
var gateCases = []string{
	"In the spring of 1948, the blockade began.", "the spring of 48", " of of 1948", "of 1948", "The Fall 1962 crisis.",
	"in the fall of 1962", "Autumn  1962", "winter1962", "The summer 1950", "the late ’60s", "the '90s", "’60", "the 1960s",
	"in '85 and the 70s", "Sept. 1948", "on 5 Jan", "JANUARY", "Mayor", "aMay", "", "0s", "’0s", "'0s",
}

// dateGateTexts are the built-in article's and the corpus's sentences,
// the date rules' examples and counter-examples, and gateCases.
func dateGateTexts(t *testing.T) []string {
	texts := []string{string(builtinText(t))}
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range corpus {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var out []string
	for _, text := range texts {
		for _, s := range articleSentences(mustParse(t, []byte(text))) {
			out = append(out, s.text)
		}
	}
	for _, r := range dateRules {
		for _, s := range append(append([]string{}, r.examples...), r.not...) {
			out = append(out, strings.NewReplacer("[", "", "]", "").Replace(s))
		}
	}
	return append(out, gateCases...)
}

// checkGates fails when a rule's gate refuses a text its pattern matches
// (findDates would then miss the date), or when hasMonthStem and
// hasAnyOf(monthStems) disagree; it returns how many texts each gate
// refused.
func checkGates(t testing.TB, texts []string) map[string]int {
	refused := map[string]int{}
	for _, r := range dateRules {
		if r.gate == nil {
			continue
		}
		std := regexp.MustCompile(r.re.String())
		for _, s := range texts {
			if r.gate(s) {
				continue
			}
			refused[r.name]++
			if m := std.FindString(s); m != "" {
				t.Fatalf("%s: the gate refuses %q, where the pattern finds %q", r.name, s, m)
			}
		}
	}
	for _, s := range texts {
		if got, want := hasMonthStem(s), hasAnyOf(s, monthStems); got != want {
			t.Fatalf("hasMonthStem(%q) = %v, hasAnyOf says %v", s, got, want)
		}
	}
	return refused
}

func TestDateGates(t *testing.T) {
	texts := dateGateTexts(t)
	refused := checkGates(t, texts)
	gated := 0
	for _, r := range dateRules {
		if r.gate == nil {
			continue
		}
		gated++
		// a gate that refuses nothing saves nothing
		if refused[r.name] < len(texts)/2 {
			t.Errorf("%s: the gate refuses %d of %d texts", r.name, refused[r.name], len(texts))
		}
	}
	if gated < 3 {
		t.Errorf("%d date rules have a gate", gated)
	}
	for _, tt := range []struct {
		s          string
		of, season bool
		decade     bool
	}{
		{"In the spring of 1948", true, false, false},
		{"the Fall 1962 crisis", false, true, false},
		{"of 1948", false, false, false},
		{"the ’60s and the '70s", false, false, true},
		{"the 1960s", false, false, false},
		{"a fall  1962", false, false, false},
	} {
		if hasOfDigit(tt.s) != tt.of || hasSeasonYear(tt.s) != tt.season || hasTwoDigitDecade(tt.s) != tt.decade {
			t.Errorf("%q: of+digit %v, season+year %v, two-digit decade %v; want %v, %v, %v", tt.s,
				hasOfDigit(tt.s), hasSeasonYear(tt.s), hasTwoDigitDecade(tt.s), tt.of, tt.season, tt.decade)
		}
	}
}

func FuzzDateGates(f *testing.F) {
	for _, s := range gateCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkGates(t, []string{s})
	})
}
