package quiz

import "testing"

// TestEitherNameIsRight: a fact written with its abbreviation is answered
// by either name, and by both.
func TestEitherNameIsRight(t *testing.T) {
	for _, tc := range []struct {
		given, expected string
		want            bool
	}{
		{"CTBT", "Comprehensive Nuclear-Test-Ban Treaty (CTBT)", true},
		{"comprehensive nuclear-test-ban treaty", "Comprehensive Nuclear-Test-Ban Treaty (CTBT)", true},
		{"Comprehensive Nuclear-Test-Ban Treaty (CTBT)", "Comprehensive Nuclear-Test-Ban Treaty (CTBT)", true},
		{"European Recovery Program", "ERP (European Recovery Program)", true},
		{"NPT", "Comprehensive Nuclear-Test-Ban Treaty (CTBT)", false},
		{"1996", "Comprehensive Nuclear-Test-Ban Treaty (CTBT)", false},
	} {
		if got := GradeText(tc.given, tc.expected); got.Correct != tc.want {
			t.Errorf("GradeText(%q, %q) = %v, want %v", tc.given, tc.expected, got.Correct, tc.want)
		}
	}
}
