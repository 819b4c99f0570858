package quiz

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// gateExprs are expressions of the shapes the rules use: lazy runs of any
// character, alternations, optional words, classes, repeats, (?i), \b,
// brackets and quotes.
var gateExprs = []string{
	`^(.{3,120}?) (was|were) (created|established|founded|set up|formed|constituted|launched) ((?:in [A-Z][^ ,]+(?: [A-Z][^ ,]+)? )?)to ([a-z]+ [^;:]{3,120})$`,
	`(?:^|[\s(“"])([\p{L}][\p{L}-]{2,30}) \((?:meaning|literally|lit\.) [“"]?([^“”"()]{2,40}?)[”"]?\)`,
	`^(?:(.+?), but )?(?:(.{3,60}?) )?(has|have|had|did|does|do|is|are|was|were) not ((?:[a-z-]+)(?: [a-z-]+){0,7}), (?:as|because|since) (.+)$`,
	`^(.{3,60}?) (is|was|are|were|has been|have been) ((?:(?:sometimes|often|widely) )?(?:regarded as |seen as )?(?:a |an |the )?(?:(?:main|key) )?(?:causes?|catalysts?)) (of|for|leading to|behind) (.+)$`,
	`^([A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,2}) (says|said|argues|argued|writes|wrote) (?:that )?([a-zA-Z].+)$`,
	`^[“"]([^“”"]{3,60})[”"] (was|is|became|remained) ((?:a|an|the) [^,;:()]{3,80}?)(?:,.*)?$`,
	`(?i)\b(?:members?|membership) (?:of|in) (?:the )?$|\bjoined the $`,
	`\b(1[0-9]{3}|20[0-9]{2})\b`,
	`(?:ab)+c[xyz]d*`,
	`^(?:Each (?:State )?Party|The Parties) (undertakes?|agrees?) ((?:not )?to .+)$`,
	``,
	`x*`,
}

// TestGatedRegexpClauses: the clauses name the words a match needs, and a
// text without them is refused before the expression runs; a part in any
// case, or any characters, asks for nothing.
func TestGatedRegexpClauses(t *testing.T) {
	tests := []struct {
		expr    string
		clauses [][]string
		passes  []string
		refused []string
	}{
		{`^(.{3,60}?) (was|were) founded to (.+)$`,
			[][]string{{" founded to "}, {" was founded to ", " were founded to "}},
			[]string{"The bank was founded to lend money.", "x was founded to y, but not z"},
			[]string{"The bank was set up to lend money.", "It was founded in 1944 to lend money."}},
		{`\((?:meaning|lit\.) `,
			[][]string{{"(lit. ", "(meaning "}},
			[]string{"glasnost (meaning openness)", "(lit. new)"},
			[]string{"glasnost (openness)", "meaning of glasnost"}},
		{`^(?:(.+?), but )?(has|had|did) not (.+), (?:as|because) (.+)$`,
			[][]string{{" not "}, {", as ", ", because "}, {"did not ", "had not ", "has not "}},
			[]string{"It has not entered into force, as two states have not ratified it."},
			[]string{"It has not entered into force because two states have not ratified it.", "It was adopted, as planned."}},
		{`(?:a |the )?(?:main |key |chief )?ca(?:uses?|talysts?) of`,
			[][]string{{" of"}, {"ca"}, {"catalyst of", "catalysts of", "cause of", "causes of"}},
			[]string{"It was a main cause of the war.", "the catalysts of change"},
			[]string{"The cause was the war.", "one of the reasons", "a main cause, of course"}},
		{`(?:ab)+c[xyz]`,
			[][]string{{"ab"}, {"cx", "cy", "cz"}},
			[]string{"ababcz", "ab and cy"},
			[]string{"abc", "a b cx"}},
		{`^(?i)the treaty (?:was|is) signed$`, nil, []string{"anything"}, nil},
		{`.*`, nil, []string{""}, nil},
		{`a?b?`, nil, []string{""}, nil},
	}
	for _, tt := range tests {
		r := mustGate(tt.expr)
		if !slices.EqualFunc(r.clauses, tt.clauses, slices.Equal[[]string]) {
			t.Errorf("%s: clauses %q, want %q", tt.expr, r.clauses, tt.clauses)
		}
		for _, s := range tt.passes {
			if !r.passes(s) {
				t.Errorf("%s: %q refused", tt.expr, s)
			}
		}
		for _, s := range tt.refused {
			if r.passes(s) {
				t.Errorf("%s: %q passes", tt.expr, s)
			}
			if r.Regexp.MatchString(s) {
				t.Errorf("%s: the expression matches %q, which the test refuses", tt.expr, s)
			}
		}
	}
}

// gatedAgrees reports whether the gated and plain expression find the
// same in s, by every method the gate stands before.
func gatedAgrees(t *testing.T, g *gatedRegexp, plain *regexp.Regexp, s string) {
	t.Helper()
	if g.MatchString(s) != plain.MatchString(s) ||
		!slices.Equal(g.FindStringSubmatch(s), plain.FindStringSubmatch(s)) ||
		!slices.EqualFunc(g.FindAllStringSubmatchIndex(s, -1), plain.FindAllStringSubmatchIndex(s, -1), slices.Equal[[]int]) ||
		g.ReplaceAllString(s, "<$0>") != plain.ReplaceAllString(s, "<$0>") {
		t.Errorf("%s on %q: the gated expression differs", plain, s)
	}
}

// TestGatedRegexpAgreesOnCorpus: on every sentence of the corpus and the
// built-in article the gated expressions find what the plain ones do.
func TestGatedRegexpAgreesOnCorpus(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no corpus at %s", corpusDir)
	}
	texts := [][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, b)
	}
	var sents []string
	for _, b := range texts {
		for _, s := range articleSentences(mustParse(t, b)) {
			sents = append(sents, s.text)
		}
	}
	matched := 0
	for _, e := range gateExprs {
		g, plain := mustGate(e), regexp.MustCompile(e)
		for _, s := range sents {
			gatedAgrees(t, g, plain, s)
			if plain.MatchString(s) {
				matched++
			}
		}
	}
	if matched == 0 {
		t.Error("no expression matched a corpus sentence: the test compares nothing")
	}
}

// FuzzGatedRegexp: on any text the gated expressions find what the plain
// ones do.
func FuzzGatedRegexp(f *testing.F) {
	for _, s := range []string{"The bank was founded in 1944 to lend money.", "glasnost (meaning “openness”)",
		"It has not entered into force, as two states have not ratified it.", "ababczd", "members of the ",
		"“No bailout” was a policy line, they said.", "Each State Party undertakes not to test."} {
		f.Add(s)
	}
	var gs []*gatedRegexp
	var plains []*regexp.Regexp
	for _, e := range gateExprs {
		gs = append(gs, mustGate(e))
		plains = append(plains, regexp.MustCompile(e))
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range gs {
			gatedAgrees(t, gs[i], plains[i], s)
		}
	})
}
