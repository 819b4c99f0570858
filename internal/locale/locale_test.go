package locale

import "testing"

func TestIsPOSIX(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"C", true}, {"POSIX", true}, {"C.UTF-8", true}, {"C.utf8", true}, {"POSIX@euro", true},
		{"en_US.UTF-8", false}, {"de_DE@euro", false}, {"", false}, {"Catalan", false},
	} {
		if got := isPOSIX(tc.name); got != tc.want {
			t.Errorf("isPOSIX(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
