package main

import (
	"strings"
	"testing"
)

// TestNoLocaleErrorsInPOSIXLocale runs commands under the C locale with a
// codeset, as containers and minimal systems set it: Fyne used to log
// three "Fyne error … locale C" lines on every run.
func TestNoLocaleErrorsInPOSIXLocale(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	for _, env := range [][]string{
		{"LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES="},
		{"LC_ALL=C.utf8"},
		{"LANG=POSIX.UTF-8", "LC_ALL=", "LC_MESSAGES="},
	} {
		t.Run(strings.Join(env, " "), func(t *testing.T) {
			out, code := runWithin(t, append(env, "LANGUAGE="), "version")
			if code != 0 || strings.Contains(out, "Fyne error") || strings.Contains(out, "locale") {
				t.Errorf("exit %d, output:\n%s", code, out)
			}
		})
	}
}
