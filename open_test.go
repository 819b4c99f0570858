package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/data"
)

// These tests run the real binary on inputs that used to hang it for good;
// each waits with a deadline that fails the test instead of hanging it.

// writeArticles writes n small articles, each with its own title, and
// returns their paths.
func writeArticles(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := 1; i <= n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("article-%02d.md", i))
		text := fmt.Sprintf("# Article number %d\n\n## The start\n\nThe council met in 1990 to discuss article %d and its long history of reform.\n", i, i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// libraryTitles reads the titles of the articles the app has stored.
func libraryTitles(t *testing.T, db string) map[string]bool {
	t.Helper()
	s, err := data.Open(db)
	if err != nil {
		t.Fatalf("open the app's database: %v", err)
	}
	defer s.Close()
	items, err := s.Library()
	if err != nil {
		t.Fatalf("library: %v", err)
	}
	titles := map[string]bool{}
	for _, it := range items {
		titles[it.Title] = true
	}
	return titles
}

// waitTitles waits until the library holds every title in want.
func waitTitles(t *testing.T, a *proc, db string, want []string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		got := libraryTitles(t, db)
		var missing []string
		for _, w := range want {
			if !got[w] {
				missing = append(missing, w)
			}
		}
		if len(missing) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 60 s the library lacks %d of %d articles (%s …); the app is stuck\n%s",
				len(missing), len(want), missing[0], a.out.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestOpenManyFilesUnderXvfb opens 80 articles at once with `chapterwise
// open`: more files than the worker queue once held, which froze the app
// with one article stored. All 80 must be stored and Ctrl+Q must quit.
func TestOpenManyFilesUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	needX(t)
	x := startXvfb(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "many.db")
	files := writeArticles(t, dir, 80)
	a, _ := startApp(t, x, append([]string{"open", "--db", db}, files...)...)
	var want []string
	for i := 1; i <= len(files); i++ {
		want = append(want, fmt.Sprintf("Article number %d", i))
	}
	waitTitles(t, a, db, want)
	if err := a.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, a.out.String())
	}
	checkFyneThreading(t, a.out.String())
}

// TestOpenFIFOUnderXvfb opens a named pipe with no writer next to a real
// article: the pipe is refused without reading it, the article after it
// is still stored (the worker goes on) and Ctrl+Q quits.
func TestOpenFIFOUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	needX(t)
	x := startXvfb(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "fifo.db")
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	good := writeArticles(t, dir, 1)[0]
	a, _ := startApp(t, x, "open", "--db", db, fifo, good)
	waitTitles(t, a, db, []string{"Article number 1"})
	if err := a.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, a.out.String())
	}
}

// runWithin runs the binary with a deadline that fails the test when it
// hangs, and returns its combined output and exit code.
func runWithin(t *testing.T, env []string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, buildBinary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("chapterwise %s still ran after 30 s: it hangs\n%s", strings.Join(args, " "), out)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), code
}

// TestCommandsRefuseFIFOs names a named pipe with no writer to every
// command that reads a file: each refuses it at once, saying what it is.
func TestCommandsRefuseFIFOs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	dir, db := teacherDB(t)
	for _, tc := range []struct {
		name string
		file string
		args func(path string) []string
	}{
		{"generate --article", "pipe.md", func(p string) []string { return []string{"generate", "--article", p} }},
		{"import-results", "pipe.cwresult", func(p string) []string { return []string{"import-results", "--db", db, p} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fifo := filepath.Join(dir, tc.file)
			if err := syscall.Mkfifo(fifo, 0o600); err != nil {
				t.Fatal(err)
			}
			out, code := runWithin(t, nil, tc.args(fifo)...)
			if code == 0 || !strings.Contains(out, "named pipe") {
				t.Errorf("exit %d, output:\n%s\nwant a refusal that names the pipe", code, out)
			}
		})
	}
}
