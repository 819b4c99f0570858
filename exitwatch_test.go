package main

import (
	"testing"
	"time"
)

// The watchdog that ends a process whose Fyne loop hangs after the window
// closed never cuts the session's own finish short: it waits for the
// finish running on the main goroutine and exits with its code.
func TestExitWatchdogWaitsForFinish(t *testing.T) {
	s := &session{}
	release := make(chan struct{})
	started := make(chan struct{})
	go s.doneOnce.Do(func() {
		close(started)
		<-release
		s.code = 7
	})
	<-started
	got := make(chan int, 1)
	s.exit = func(code int) { got <- code }
	go s.watchExit(time.Millisecond)
	select {
	case c := <-got:
		t.Fatalf("the watchdog exited (code %d) while finish was still running", c)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	select {
	case c := <-got:
		if c != 7 {
			t.Errorf("exit code %d, want finish's 7", c)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the watchdog never ended the process after finish")
	}
}

// A session whose finish already ran exits with that code at once when the
// grace ends (the loop hung after main's finish could not start is the
// other case: finish then runs in the watchdog itself).
func TestExitWatchdogAfterFinish(t *testing.T) {
	s := &session{}
	s.doneOnce.Do(func() { s.code = 2 })
	got := make(chan int, 1)
	s.exit = func(code int) { got <- code }
	s.watchExit(0)
	if c := <-got; c != 2 {
		t.Errorf("exit code %d, want 2", c)
	}
}
