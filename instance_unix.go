//go:build unix

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// instance is this process's claim on a database: an exclusive lock on
// DB.lock, held until exit, and a local socket on which a second start
// hands over its files and asks the window to come forward.
//
// The socket lives in a folder only this user can enter, each connection's
// peer must be this user (SO_PEERCRED where the system has it), and each
// message is one JSON value, so a file name can hold any character.
//
// A second start gets an answer: "opened" once the files are in the window,
// or "closing" once this instance has begun to close (it also stops
// listening then). Only "opened" ends the second start; on "closing" it
// waits for the lock and opens the database itself (waitForInstance).
type instance struct {
	lock *os.File
	ln   *net.UnixListener
	sock string

	mu      sync.Mutex
	win     *windowHooks // set once the window is up
	ready   chan struct{}
	closing chan struct{}
	closed  bool // closing was closed
}

// How long the two sides wait for each other.
const (
	dialWait    = time.Second                        // to connect to the running instance
	readyWait   = 10 * time.Second                   // for the window of a starting instance to be up
	uiWait      = 10 * time.Second                   // for the UI goroutine to take the files
	replyWait   = readyWait + uiWait + 5*time.Second // for the whole answer
	maxHandOver = 1 << 20                            // bytes in one message
)

// handOver is what a second start sends; handOverReply is the answer.
type handOver struct {
	Files []string `json:"files"`
}

type handOverReply struct {
	Status string `json:"status"` // "opened", "closing" or "busy"
}

// socketDir is the folder for the instance sockets: $XDG_RUNTIME_DIR when
// it is a private folder of this user, else chapterwise-UID in the temp
// folder, created with mode 0700. A folder of that name that belongs to
// someone else is refused, never used.
func socketDir() (string, error) {
	if d := os.Getenv("XDG_RUNTIME_DIR"); d != "" && filepath.IsAbs(d) && privateDir(d, false) == nil {
		return d, nil
	}
	return ownTempDir(os.TempDir())
}

// ownTempDir is chapterwise-UID in base, made private to this user.
func ownTempDir(base string) (string, error) {
	d := filepath.Join(base, fmt.Sprintf("chapterwise-%d", os.Getuid()))
	if err := os.Mkdir(d, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
		return "", fmt.Errorf("create the folder for the instance socket: %w", err)
	}
	if err := privateDir(d, true); err != nil {
		return "", err
	}
	return d, nil
}

// privateDir checks that d is a real folder owned by this user and that no
// one else can enter it; with fix, a folder of ours with loose permissions
// is tightened to 0700.
func privateDir(d string, fix bool) error {
	st, err := os.Lstat(d)
	if err != nil {
		return fmt.Errorf("the socket folder %s: %w", d, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a folder (it may have been put there by someone else); remove it", d)
	}
	if sys, ok := st.Sys().(*syscall.Stat_t); ok && int(sys.Uid) != os.Getuid() {
		return fmt.Errorf("the socket folder %s belongs to another user (uid %d), so Chapterwise will not use it; remove it or set XDG_RUNTIME_DIR", d, sys.Uid)
	}
	if st.Mode().Perm()&0o077 == 0 {
		return nil
	}
	if !fix {
		return fmt.Errorf("the socket folder %s can be entered by other users", d)
	}
	if err := os.Chmod(d, 0o700); err != nil {
		return fmt.Errorf("make the socket folder %s private: %w", d, err)
	}
	return nil
}

// socketPath is the socket of the instance that has db open.
func socketPath(db string) (string, error) {
	dir, err := socketDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(canonicalPath(db)))
	name := "cw-" + hex.EncodeToString(sum[:8]) + ".sock"
	if p := filepath.Join(dir, name); len(p) < maxSocketPath || dir == "/tmp" {
		return p, nil
	}
	// a socket's path is limited in length; /tmp is short
	if dir, err = ownTempDir("/tmp"); err != nil {
		return "", err
	}
	return filepath.Join(dir, name), nil
}

// maxSocketPath is the longest socket path every Unix takes (104 bytes on
// macOS and the BSDs, 108 on Linux, with the final NUL).
const maxSocketPath = 103

// canonicalPath names db the same way whichever path led to it.
func canonicalPath(db string) string {
	abs, err := filepath.Abs(db)
	if err != nil {
		return db
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

// lockDatabase takes DB.lock without waiting; errInUse means another
// process holds it.
func lockDatabase(db string) (*os.File, error) {
	f, err := os.OpenFile(db+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot create the lock file next to the database (%w); check that the folder %s exists and can be written to, or choose another place with --db", err, filepath.Dir(db))
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errInUse
		}
		return nil, fmt.Errorf("lock the database: %w", err)
	}
	return f, nil
}

// unlockDatabase gives up a lock from lockDatabase.
func unlockDatabase(f *os.File) {
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	f.Close()
}

// claimInstance takes the database for this process. When another process
// holds it, it hands it the files and returns errAlreadyOpen once that
// window has them; errBusy when that process is closing or unreachable for
// now (wait and try again); an errNoHandOver error when it must not or
// cannot be reached. Nothing is opened or written in those cases.
func claimInstance(db string, files []string) (*instance, error) {
	f, err := lockDatabase(db)
	if errors.Is(err, errInUse) {
		return nil, forward(db, files)
	}
	if err != nil {
		return nil, err
	}
	in := &instance{lock: f, ready: make(chan struct{}), closing: make(chan struct{})}
	if err := in.listen(db); err != nil {
		fmt.Fprintf(os.Stderr, "chapterwise: a second start cannot hand its files to this window: %v\n", err)
	}
	return in, nil
}

// listen opens the socket; we hold the lock, so an old socket is stale.
func (in *instance) listen(db string) error {
	sock, err := socketPath(db)
	if err != nil {
		return err
	}
	os.Remove(sock)
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: sock, Net: "unix"})
	if err != nil {
		return fmt.Errorf("listen on %s: %w", sock, err)
	}
	ln.SetUnlinkOnClose(false) // release removes it, before the lock goes
	if err := os.Chmod(sock, 0o600); err != nil {
		ln.Close()
		os.Remove(sock)
		return fmt.Errorf("make %s private: %w", sock, err)
	}
	in.ln, in.sock = ln, sock
	go in.serve(ln)
	return nil
}

// forward hands files to the instance holding db.
func forward(db string, files []string) error {
	sock, err := socketPath(db)
	if err != nil {
		return fmt.Errorf("%w: %v", errNoHandOver, err)
	}
	return forwardTo(sock, files)
}

// forwardTo hands files to the instance listening on sock, after checking
// that it is this user's.
func forwardTo(sock string, files []string) error {
	c, err := net.DialTimeout("unix", sock, dialWait)
	if err != nil {
		// no socket, or no one listening: the holder is closing (it
		// stops listening first) or has not started listening yet
		return errBusy
	}
	defer c.Close()
	uc := c.(*net.UnixConn)
	if uid, known, err := peerUID(uc); err != nil || (known && uid != os.Getuid()) {
		if err == nil {
			err = fmt.Errorf("it belongs to another user (uid %d)", uid)
		}
		return fmt.Errorf("%w: the socket %s is not this user's Chapterwise (%v); your files were not sent to it", errNoHandOver, sock, err)
	}
	c.SetDeadline(time.Now().Add(replyWait))
	if err := json.NewEncoder(c).Encode(handOver{Files: files}); err != nil {
		return errBusy // it went away while we wrote
	}
	var r handOverReply
	if err := json.NewDecoder(io.LimitReader(c, maxHandOver)).Decode(&r); err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return fmt.Errorf("%w: its window did not answer; it may be busy. Try again in a moment", errNoHandOver)
		}
		return errBusy // it closed the connection: it is closing
	}
	switch r.Status {
	case "opened":
		return errAlreadyOpen
	case "closing":
		return errBusy
	}
	return fmt.Errorf("%w: its window did not answer; it may be busy. Try again in a moment", errNoHandOver)
}

func (in *instance) serve(ln *net.UnixListener) {
	for {
		c, err := ln.AcceptUnix()
		if err != nil {
			return
		}
		go in.handle(c)
	}
}

// handle answers one second start.
func (in *instance) handle(c *net.UnixConn) {
	defer c.Close()
	if uid, known, err := peerUID(c); err != nil || (known && uid != os.Getuid()) {
		return // another user: not a word
	}
	c.SetDeadline(time.Now().Add(replyWait))
	var req handOver
	if err := json.NewDecoder(io.LimitReader(c, maxHandOver)).Decode(&req); err != nil {
		return
	}
	files := req.Files[:0:0]
	for _, f := range req.Files {
		if filepath.IsAbs(f) {
			files = append(files, f)
		}
	}
	json.NewEncoder(c).Encode(handOverReply{Status: in.handOver(files)})
}

// handOver opens files in the window and raises it, on the UI goroutine;
// it says "opened" only when that happened before the instance began to
// close.
func (in *instance) handOver(files []string) string {
	select {
	case <-in.ready:
	case <-in.closing:
		return "closing"
	case <-time.After(readyWait):
		return "busy"
	}
	in.mu.Lock()
	win := in.win
	in.mu.Unlock()
	var (
		mu      sync.Mutex
		opened  bool
		dropped bool
		done    = make(chan struct{})
	)
	win.run(func() {
		// on the UI goroutine, where the window is closed: closing and
		// this hand-over are ordered by in.mu
		in.mu.Lock()
		defer in.mu.Unlock()
		mu.Lock()
		defer mu.Unlock()
		defer close(done)
		if in.closed || dropped {
			return
		}
		if len(files) > 0 {
			win.open(files)
		}
		win.raise()
		opened = true
	})
	select {
	case <-done:
	case <-in.closing:
	case <-time.After(uiWait):
	}
	mu.Lock()
	defer mu.Unlock()
	switch {
	case opened:
		return "opened"
	case in.isClosing():
		dropped = true
		return "closing"
	}
	dropped = true
	return "busy"
}

// windowUp connects the instance to the window; hand-overs wait for it.
func (in *instance) windowUp(h windowHooks) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.win != nil {
		return
	}
	in.win = &h
	close(in.ready)
}

// beginClosing makes the instance answer "closing" from now on and stop
// listening. Call it as soon as the window starts to close.
func (in *instance) beginClosing() {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.closed {
		return
	}
	in.closed = true
	close(in.closing)
	if in.ln != nil {
		in.ln.Close()
		os.Remove(in.sock)
	}
}

func (in *instance) isClosing() bool {
	select {
	case <-in.closing:
		return true
	default:
		return false
	}
}

// release gives the database up: the socket goes before the lock, so a
// new instance never has its socket removed by this one. A second call
// does nothing.
func (in *instance) release() {
	in.beginClosing()
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.lock != nil {
		unlockDatabase(in.lock)
		in.lock = nil
	}
}
