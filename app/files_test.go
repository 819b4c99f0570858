package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// within fails the test when fn has not returned after a generous time,
// instead of hanging the test run.
func within(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { fn(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("%s: still waiting after 30 s", what)
	}
}

// TestBackgroundNeverBlocks queues many jobs while the worker is busy:
// queueing returns at once (the UI goroutine queues work while the worker
// may wait for it in fyne.DoAndWait), and the jobs then run in order.
func TestBackgroundNeverBlocks(t *testing.T) {
	u, _ := newTestUI(t, "")
	release := make(chan struct{})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	t.Cleanup(free) // on failure too, so that Shutdown can finish
	u.background(func() { <-release })
	var ran []int
	within(t, "queueing 1000 jobs behind a busy worker", func() {
		for i := 0; i < 1000; i++ {
			u.background(func() { ran = append(ran, i) })
		}
	})
	free()
	within(t, "running the queued jobs", u.Sync)
	if len(ran) != 1000 {
		t.Fatalf("%d of 1000 jobs ran", len(ran))
	}
	for i, v := range ran {
		if v != i {
			t.Fatalf("job %d ran as number %d: out of order", v, i)
		}
	}
}

// dialogTexts is every text in the dialogs on screen.
func dialogTexts(u *UI) string {
	var all []string
	for _, o := range u.w.Canvas().Overlays().List() {
		all = append(all, textsAll(o)...)
	}
	return strings.Join(all, " ")
}

// TestOpenFilesManyAndSpecial opens 70 articles, a named pipe with no
// writer and a binary file at once: the articles are all added in one job
// and the first opened, the other two are refused in one message, and
// nothing waits on the pipe.
func TestOpenFilesManyAndSpecial(t *testing.T) {
	u, store := newTestUI(t, "")
	dir := t.TempDir()
	var paths []string
	for i := 1; i <= 70; i++ {
		p := filepath.Join(dir, fmt.Sprintf("a%02d.md", i))
		text := fmt.Sprintf("# Article number %d\n\n## The start\n\nThe council met in 1990 to discuss article %d.\n", i, i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	if runtime.GOOS != "windows" {
		fifo := filepath.Join(dir, "pipe.md")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, fifo)
	}
	bin := filepath.Join(dir, "binary.txt")
	if err := os.WriteFile(bin, []byte{0, 1, 2, 3, 0, 0, 7}, 0o644); err != nil {
		t.Fatal(err)
	}
	paths = append(paths, bin)
	before := u.pending.Load()
	u.OpenFiles(paths)
	if queued := u.pending.Load() - before; queued != 1 {
		t.Errorf("%d files made %d jobs, want one", len(paths), queued)
	}
	within(t, "opening the files", u.Sync)
	items, err := store.Library()
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 71 {
		t.Errorf("library holds %d articles, want the built-in one and 70", len(items))
	}
	if u.reader.doc == nil || u.reader.doc.art.Title != "Article number 1" {
		t.Errorf("the first file given is not the one open")
	}
	got := dialogTexts(u)
	for _, want := range []string{fmt.Sprintf("%d of %d article files could not be added", len(paths)-70, len(paths)),
		"70 articles were added"} {
		if !strings.Contains(got, want) {
			t.Errorf("the dialogs do not say %q:\n%s", want, got)
		}
	}
}
