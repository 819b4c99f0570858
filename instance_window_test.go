package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// These tests close Chapterwise and start it again at once, as a user who
// closed it by mistake (or whose logout sent SIGTERM) does, in real
// processes under Xvfb.

// startProcess starts the binary without waiting for a window; env is
// added to the test's environment.
func startProcess(t testing.TB, x *xvfb, env []string, args ...string) *proc {
	t.Helper()
	cmd := x.command(buildBinary(t), args...)
	cmd.Env = append(cmd.Env, "HOME="+t.TempDir(), "XDG_CONFIG_HOME="+t.TempDir())
	cmd.Env = append(cmd.Env, env...)
	p := &proc{cmd: cmd, out: &syncBuffer{}, done: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = p.out, p.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// mainWindow matches the name of the main window once its article is on
// screen ("Article — Chapterwise"), not the message windows. The rounds
// wait for the article: a quit while it loads crashes in the app's worker
// (a job's fyne.DoAndWait after the loop ended), which is not this test's
// subject.
const mainWindow = " Chapterwise$"

// visibleWindows lists the visible windows whose name matches name (a
// regular expression, ASCII only: xdotool matches bytes); pid, when not 0,
// keeps only that process's. One xdotool call: the X server is shared with
// the app starting.
func visibleWindows(x *xvfb, name string, pid int) []string {
	args := []string{"search", "--all", "--onlyvisible"}
	if pid != 0 {
		args = append(args, "--pid", strconv.Itoa(pid))
	}
	args = append(args, "--name", name) // the pattern comes last
	out, err := x.output("xdotool", args...)
	if err != nil {
		return nil
	}
	return strings.Fields(out)
}

// waitOwnWindow waits until p shows a window whose name matches name; it
// fails the test when p exits first.
func waitOwnWindow(t testing.TB, x *xvfb, p *proc, name string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if ids := visibleWindows(x, name, p.cmd.Process.Pid); len(ids) > 0 {
			p.window = ids[0]
			return
		}
		select {
		case err := <-p.done:
			p.done <- err
			t.Fatalf("the process exited (%v) before showing a window %q:\n%s", err, name, p.out.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("no window %q after %v:\n%s", name, within, p.out.String())
}

// exited waits for p to end.
func (p *proc) exited(t testing.TB, within time.Duration) error {
	t.Helper()
	select {
	case err := <-p.done:
		p.done <- err
		return err
	case <-time.After(within):
		// SIGQUIT makes the Go runtime print every goroutine's stack
		// before it exits, so a hang says where it waits
		_ = p.cmd.Process.Signal(syscall.SIGQUIT)
		select {
		case err := <-p.done:
			p.done <- err
		case <-time.After(10 * time.Second):
		}
		t.Fatalf("the process did not end within %v (its goroutines after SIGQUIT follow):\n%s", within, p.out.String())
	}
	return nil
}

// alive says whether p is still running.
func (p *proc) alive() bool {
	select {
	case err := <-p.done:
		p.done <- err
		return false
	default:
		return true
	}
}

// restartRounds closes the running window with SIGTERM and starts a new
// process at once, rounds times; each round must end with the new process
// alive and exactly one visible Chapterwise window. It returns the last
// process, and every process's output.
func restartRounds(t *testing.T, x *xvfb, first *proc, db string, rounds int, env []string, args []string) (*proc, []string) {
	t.Helper()
	cur := first
	var outs []string
	for i := 1; i <= rounds; i++ {
		if err := cur.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		next := startProcess(t, x, env, append([]string{"--db", db}, args...)...)
		if err := cur.exited(t, 30*time.Second); err != nil {
			t.Errorf("round %d: the closing process: %v\n%s", i, err, cur.out.String())
		}
		waitOwnWindow(t, x, next, mainWindow, 30*time.Second)
		outs = append(outs, next.out.String())
		if !next.alive() {
			t.Fatalf("round %d: the new process ended:\n%s", i, next.out.String())
		}
		if n := len(visibleWindows(x, "Chapterwise", 0)); n != 1 {
			t.Fatalf("round %d: %d visible Chapterwise windows, want 1\n%s", i, n, next.out.String())
		}
		cur = next
	}
	return cur, outs
}

// TestStartRightAfterCloseUnderXvfb: start, wait for the window, SIGTERM,
// start again at once, twenty times. The second start used to be told
// "brought forward" by the closing window and exit, leaving nothing on
// screen.
func TestStartRightAfterCloseUnderXvfb(t *testing.T) {
	x, a, db := startWindowTest(t, "restart.db")
	last, _ := restartRounds(t, x, a, db, 20, nil, nil)
	if err := last.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, last.out.String())
	}
	checkFyneThreading(t, last.out.String())
}

// slowExit makes the exit backup take 1.5 s, as on a database of a few
// hundred megabytes (120 MB took 0.6 s); building such a database in a
// test would take longer than the test.
const slowExit = "CHAPTERWISE_TEST_EXIT_DELAY=1500ms"

// TestStartWhileSlowExitBackupUnderXvfb: when the closing window takes
// over a second, the new start says "Closing the previous window…" and
// then opens the database itself.
func TestStartWhileSlowExitBackupUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	needX(t)
	x := startXvfb(t)
	db := filepath.Join(t.TempDir(), "slow.db")
	a := startProcess(t, x, []string{slowExit}, "--db", db)
	waitOwnWindow(t, x, a, mainWindow, 60*time.Second)
	waitRendered(t, x)
	last, outs := restartRounds(t, x, a, db, 3, []string{slowExit}, nil)
	for i, out := range outs {
		if !strings.Contains(out, "Closing the previous window") {
			t.Errorf("round %d: the new start did not say it waits for the closing window:\n%s", i+1, out)
		}
	}
	if err := last.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, last.out.String())
	}
}

// TestFilesHandedOverDuringShutdownAreOpened: `chapterwise open FILE`
// while the window is closing opens FILE in the new window.
func TestFilesHandedOverDuringShutdownAreOpened(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	needX(t)
	x := startXvfb(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "files.db")
	article := filepath.Join(dir, "Tides.md")
	text := "# The Tides of Fundy\n\n## Why they are high\n\nThe Bay of Fundy has the highest tides in the world. " +
		"The water rises by sixteen metres twice a day.\n\n## Who studies them\n\nOceanographers measure them every hour.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	a := startProcess(t, x, []string{slowExit}, "--db", db)
	waitOwnWindow(t, x, a, mainWindow, 60*time.Second)
	waitRendered(t, x)
	a.cmd.Process.Signal(syscall.SIGTERM)
	b := startProcess(t, x, nil, "open", "--db", db, article)
	waitOwnWindow(t, x, b, "^The Tides of Fundy", 30*time.Second)
	if err := a.exited(t, 30*time.Second); err != nil {
		t.Errorf("the closing process: %v", err)
	}
	if n := len(visibleWindows(x, "Chapterwise", 0)); n != 1 || !b.alive() {
		t.Errorf("%d visible windows, new process alive %v:\n%s", n, b.alive(), b.out.String())
	}
	if err := b.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, b.out.String())
	}
}

// TestRefusalShowsInAWindowUnderXvfb: a start that cannot open the
// database, from the desktop (no terminal), says why in a window; it
// said so only on standard error.
func TestRefusalShowsInAWindowUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	needX(t)
	x := startXvfb(t)
	notAFolder := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notAFolder, []byte("x"), 0o644)
	p := startProcess(t, x, nil, "--db", filepath.Join(notAFolder, "cw.db"))
	waitOwnWindow(t, x, p, "Chapterwise cannot start", 30*time.Second)
	if !strings.Contains(p.out.String(), "cannot create the lock file") {
		t.Errorf("standard error lacks the reason:\n%s", p.out.String())
	}
	if err := x.run("xdotool", "windowfocus", "--sync", p.window, "key", "Return"); err != nil {
		t.Fatalf("xdotool: %v", err)
	}
	if err := p.exited(t, 20*time.Second); err == nil {
		t.Error("a refused start exited with status 0")
	}
}

// TestWaitingStartShowsWhyUnderXvfb: a start that must wait for the
// database shows "Closing the previous window…" in a window after a
// second, then the main window in its place once the database is free.
func TestWaitingStartShowsWhyUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	needX(t)
	x := startXvfb(t)
	db := filepath.Join(t.TempDir(), "held.db")
	lock, err := lockDatabase(db) // a process that is closing: the lock, no socket
	if err != nil || lock == nil {
		t.Skipf("no instance lock here: %v", err)
	}
	p := startProcess(t, x, nil, "--db", db)
	waitOwnWindow(t, x, p, "closing the previous window", 20*time.Second)
	unlockDatabase(lock)
	waitOwnWindow(t, x, p, mainWindow, 30*time.Second)
	if ids := visibleWindows(x, "Chapterwise", 0); len(ids) != 1 {
		t.Errorf("%d visible windows once the database was free, want 1", len(ids))
	}
	if err := p.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, p.out.String())
	}
	checkFyneThreading(t, p.out.String())
}
