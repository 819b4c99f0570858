package assign

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within fails the test when fn has not returned after a generous time,
// instead of hanging the test run.
func within(t *testing.T, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { fn(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("still waiting after 20 s: the read hangs")
	}
}

func TestReadFileRefusesSpecialFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("named pipes and /dev/null are Unix")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, path, says string }{
		{"named pipe with no writer", fifo, "a named pipe"},
		{"device", os.DevNull, "a device"},
		{"folder", dir, "a folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			within(t, func() { _, err = ReadFile(tc.path, 1<<20) })
			if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("ReadFile(%s) = %v, want ErrNotRegular saying %q", tc.path, err, tc.says)
			}
		})
	}
}

func TestReadFileReadsOrdinaryFiles(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "a.md")
	if err := os.WriteFile(small, []byte("# Title\n\nText."), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(small, link); err != nil {
		t.Skip("no symlinks here")
	}
	for _, p := range []string{small, link} {
		b, err := ReadFile(p, 100)
		if err != nil || string(b) != "# Title\n\nText." {
			t.Errorf("ReadFile(%s) = %q, %v", p, b, err)
		}
	}
	_, err := ReadFile(small, 5)
	if !errors.Is(err, ErrTooLarge) || !errors.Is(err, ErrInvalid) {
		t.Errorf("over the limit: %v, want ErrTooLarge and ErrInvalid", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "none.md"), 100); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// A reader whose bytes never come (a stalled disk) ends in ErrSlowFile.
func TestReadWithinGivesUp(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	var err error
	within(t, func() { _, err = readWithin(r, 100, 10*time.Millisecond) })
	if !errors.Is(err, ErrSlowFile) {
		t.Errorf("stalled read: %v, want ErrSlowFile", err)
	}
}
