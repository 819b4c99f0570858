package quiz

import (
	"reflect"
	"strings"
	"testing"
)

var fieldTexts = []string{
	"", " ", "a", "  a  b ", "Disposal of the German Navy.", "a\tb\nc\vd\fe\rf", "naïve\u00a0café\u2003x",
	"\u0085a\u0085", "\xff \xfe\xc3 b", "one two three four five six seven",
}

// TestFieldCountAndLeadingFields compares them with strings.Fields.
func TestFieldCountAndLeadingFields(t *testing.T) {
	for _, s := range fieldTexts {
		checkFields(t, s)
	}
}

func FuzzFields(f *testing.F) {
	for _, s := range fieldTexts {
		f.Add(s)
	}
	f.Fuzz(checkFields)
}

func checkFields(t *testing.T, s string) {
	want := strings.Fields(s)
	if got := fieldCount(s); got != len(want) {
		t.Fatalf("fieldCount(%q) = %d, want %d", s, got, len(want))
	}
	for n := range 4 {
		w := want[:min(n, len(want))]
		if got := leadingFields(s, n); !reflect.DeepEqual(got, w) && (len(got) != 0 || len(w) != 0) {
			t.Fatalf("leadingFields(%q, %d) = %q, want %q", s, n, got, w)
		}
	}
}
