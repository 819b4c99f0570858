package quiz

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// whyFinds and consequenceFinds are what the loops of whyQuestions and
// consequences start from: a marker after the sentence's first byte, or
// (why) its words opening the sentence.
func whyFinds(t string) bool {
	for _, m := range causeMarkers {
		lead := strings.TrimSpace(m.marker)
		if strings.Index(t, m.marker) > 0 || strings.HasPrefix(t, strings.ToUpper(lead[:1])+lead[1:]+" ") {
			return true
		}
	}
	return false
}

func consequenceFinds(t string) bool {
	for _, m := range consequenceVerbs {
		if strings.Index(t, m.marker) > 0 {
			return true
		}
	}
	return false
}

// TestMarkerGates: a sentence either gate refuses is one its function's
// loop finds no marker in, on examples and on every corpus sentence.
func TestMarkerGates(t *testing.T) {
	tests := []struct {
		s          string
		why, conse bool
	}{
		{"Tax revenues declined because republic and local governments withheld them.", true, false},
		{"Because of the war, the plan was delayed.", true, false},
		{"The treaty was signed in 1955 in order to end the occupation.", true, false},
		{"Increasing sales of opium led to the First Opium War.", false, true},
		{"The blockade prompted an airlift that lasted a year.", false, true},
		{"The Marshall Plan was signed into law on April 3, 1948.", false, false},
		{"Becauseof the war.", false, false},
	}
	for _, tt := range tests {
		if got := whyGate.holds(tt.s); got != tt.why || got != whyFinds(tt.s) {
			t.Errorf("whyGate(%q) = %v, want %v", tt.s, got, tt.why)
		}
		if got := consequenceGate.holds(tt.s); got != tt.conse || got != consequenceFinds(tt.s) {
			t.Errorf("consequenceGate(%q) = %v, want %v", tt.s, got, tt.conse)
		}
	}
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no corpus at %s", corpusDir)
	}
	refused, passed := 0, 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range articleSentences(mustParse(t, b)) {
			for _, x := range []string{s.text, s.text + " led to " + s.text} {
				if !whyGate.holds(x) && whyFinds(x) {
					t.Errorf("whyGate refuses %q, which holds a marker", x)
				}
				if !consequenceGate.holds(x) {
					refused++
					if consequenceFinds(x) {
						t.Errorf("consequenceGate refuses %q, which holds a marker", x)
					}
				} else {
					passed++
				}
			}
		}
	}
	if refused == 0 || passed == 0 {
		t.Errorf("the gates refused %d texts and passed %d: the test compares nothing", refused, passed)
	}
}
