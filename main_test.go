package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chapterwise/chapterwise/data"
)

// TestOpenFailedSaysWhatToDo: a database that does not open because of
// its disk is named in plain words with what to do (a full disk said
// "disk I/O error (4874)").
func TestOpenFailedSaysWhatToDo(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want []string
	}{
		{fmt.Errorf("%w: open database x: disk I/O error (4874)", data.ErrDiskFull), []string{"is full", "Free some space"}},
		{fmt.Errorf("%w: attempt to write a readonly database (8)", data.ErrReadOnly), []string{"cannot be written", "--db"}},
		{fmt.Errorf("something else"), []string{"something else"}},
	} {
		got := openFailed("/home/ana/cw.db", tc.err)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v -> %q, want %q in it", tc.err, got, w)
			}
		}
		if strings.Contains(got, "4874") && !strings.Contains(got, "is full") {
			t.Errorf("%v -> %q", tc.err, got)
		}
	}
}
