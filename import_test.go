package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// TestImportResultsStreams imports 120 result files of nearly 2 MB each
// (240 MB in all) with the real binary: each file is read and imported
// before the next is read, so the process's peak memory stays far below
// the files' total size (it used to read them all first).
func TestImportResultsStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary and writes 240 MB")
	}
	dir, db := teacherDB(t)
	// a file just under the limit: a JSON object padded with spaces, for
	// an assignment this teacher does not have (each is read in full and
	// refused)
	body := []byte(`{"format":"chapterwise-result","version":1}`)
	big := append(body, bytes.Repeat([]byte(" "), assign.MaxResultBytes-len(body)-1)...)
	const n = 120
	args := []string{"import-results", "--db", db}
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("r%03d.cwresult", i))
		if err := os.WriteFile(p, big, 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	cmd := exec.Command(buildBinary(t), args...)
	out, err := cmd.CombinedOutput()
	if _, ok := err.(*exec.ExitError); !ok && err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), fmt.Sprintf("of %d files", n)) {
		t.Fatalf("output does not report %d files:\n%.2000s", n, out)
	}
	peakMB := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss / 1024
	total := n * len(big) >> 20
	t.Logf("peak RSS %d MB importing %d MB of result files", peakMB, total)
	// held together, the files alone would take all of total (the old
	// build peaked at 516 MB for 240 MB); one at a time it is about 60 MB,
	// and up to twice that under load, when the collector runs late
	if peakMB > int64(total)*3/4 {
		t.Errorf("peak RSS %d MB for %d MB of files: the files are held in memory together", peakMB, total)
	}
}

// teacherDB is a database in a temporary folder with one teacher, Ms K.
func teacherDB(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "t.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.CreateProfile("Ms K", quiz.Teacher); err != nil {
		t.Fatal(err)
	}
	return dir, db
}
