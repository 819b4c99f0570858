package quiz

import "testing"

var asideTexts = []string{
	"", "(", ")", "()", " ()", "a (b) c", "a (b (c) d) e", "the First Opium War (1839–1842)", "x\t\n (y)(z)  (w",
	"((a))", "a ( b ) ( c", "no brackets", "tail (", ") head (x)", "\xff (\xfe) \xc3", "a\v(b)", "  (a)  (b)  ",
	"Molotov (the foreign minister) rejected (in 1947) the plan (ERP).",
}

// TestWithoutAsides compares withoutAsides with the regexp it stands for.
func TestWithoutAsides(t *testing.T) {
	for _, s := range asideTexts {
		if got, want := withoutAsides(s), reBracketAside.ReplaceAllString(s, ""); got != want {
			t.Errorf("withoutAsides(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
	for _, s := range articleSentences(mustParse(t, builtinText(t))) {
		if got, want := withoutAsides(s.text), reBracketAside.ReplaceAllString(s.text, ""); got != want {
			t.Fatalf("withoutAsides(%q) = %q, the regexp gives %q", s.text, got, want)
		}
	}
}

func FuzzWithoutAsides(f *testing.F) {
	for _, s := range asideTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := withoutAsides(s), reBracketAside.ReplaceAllString(s, ""); got != want {
			t.Fatalf("withoutAsides(%q) = %q, the regexp gives %q", s, got, want)
		}
	})
}
