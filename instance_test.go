//go:build unix

package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// window is a stand-in for the UI: it records what the instance hands it.
type window struct {
	mu     sync.Mutex
	files  []string
	raised int
}

func (w *window) hooks() windowHooks {
	return windowHooks{
		run: func(f func()) { f() },
		open: func(files []string) {
			w.mu.Lock()
			defer w.mu.Unlock()
			w.files = append(w.files, files...)
		},
		raise: func() {
			w.mu.Lock()
			defer w.mu.Unlock()
			w.raised++
		},
	}
}

func (w *window) got() ([]string, int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.files...), w.raised
}

// privateSockets puts the sockets of this test in a folder of its own.
func privateSockets(t *testing.T) {
	t.Helper()
	t.Setenv("XDG_RUNTIME_DIR", "")
	t.Setenv("TMPDIR", t.TempDir())
}

// claimed claims db in this process, with a window up.
func claimed(t *testing.T, db string) (*instance, *window) {
	t.Helper()
	in, err := claimInstance(db, nil)
	if err != nil {
		t.Fatalf("claim %s: %v", db, err)
	}
	t.Cleanup(in.release)
	w := &window{}
	in.windowUp(w.hooks())
	return in, w
}

// TestHandOverKeepsEveryPath: each path arrives whole, whatever it holds
// (a newline used to split the message and open a second file).
func TestHandOverKeepsEveryPath(t *testing.T) {
	privateSockets(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "cw.db")
	_, w := claimed(t, db)
	cases := [][]string{
		{"/home/ana/notes.md"},
		{"/home/ana/a\nopen /home/ana/secret.md"},
		{"/tmp/x\r\nraise", "/tmp/two words.cwquiz"},
		{"/tmp/ünïcödé 📚.md", "/tmp/\"quoted\"\\back.md"},
		{},
	}
	var want []string
	for _, files := range cases {
		if err := claimedAlready(db, files); err != nil {
			t.Fatalf("hand over %q: %v", files, err)
		}
		want = append(want, files...)
	}
	got, raised := w.got()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the window got %q, want %q", got, want)
	}
	if raised != len(cases) {
		t.Errorf("raised %d times, want %d", raised, len(cases))
	}
}

// claimedAlready is a second start: nil when the window took the files.
func claimedAlready(db string, files []string) error {
	in, err := claimInstance(db, files)
	if in != nil {
		in.release()
		return errors.New("the second start got the database")
	}
	if errors.Is(err, errAlreadyOpen) {
		return nil
	}
	return err
}

// TestClosingInstanceSaysSo: once the window has begun to close, a second
// start is told so (it was told "brought forward" and left the user with
// no window), the files are not taken, and the second start gets the
// database as soon as the first lets go.
func TestClosingInstanceSaysSo(t *testing.T) {
	privateSockets(t)
	db := filepath.Join(t.TempDir(), "cw.db")
	in, w := claimed(t, db)

	t.Run("closing before the request", func(t *testing.T) {
		in.beginClosing()
		if _, err := claimInstance(db, []string{"/tmp/a.md"}); !errors.Is(err, errBusy) {
			t.Errorf("second start = %v, want errBusy", err)
		}
	})

	// a window that begins to close between the request and its turn on
	// the UI goroutine does not take the files either
	db2 := filepath.Join(t.TempDir(), "cw.db")
	in2, err := claimInstance(db2, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer in2.release()
	w2 := &window{}
	h := w2.hooks()
	h.run = func(f func()) {
		go func() {
			in2.beginClosing()
			f()
		}()
	}
	in2.windowUp(h)
	t.Run("closing while the request waits", func(t *testing.T) {
		if _, err := claimInstance(db2, []string{"/tmp/b.md"}); !errors.Is(err, errBusy) {
			t.Errorf("second start = %v, want errBusy", err)
		}
	})
	if files, raised := w.got(); len(files) > 0 || raised > 0 {
		t.Errorf("a closing window took %q (raised %d)", files, raised)
	}
	if files, raised := w2.got(); len(files) > 0 || raised > 0 {
		t.Errorf("a closing window took %q (raised %d)", files, raised)
	}

	t.Run("the waiting start gets the database", func(t *testing.T) {
		slow := make(chan struct{})
		go func() {
			<-slow
			in.release()
		}()
		got, err := waitForInstance(db, nil, 20*time.Second, 100*time.Millisecond, func() { close(slow) }, nil)
		if err != nil {
			t.Fatalf("waitForInstance: %v", err)
		}
		got.release()
	})
}

// TestWaitForInstanceGivesUp: a holder that never finishes closing ends
// the wait with errStillClosing.
func TestWaitForInstanceGivesUp(t *testing.T) {
	privateSockets(t)
	db := filepath.Join(t.TempDir(), "cw.db")
	in, _ := claimed(t, db)
	in.beginClosing()
	if _, err := waitForInstance(db, nil, 300*time.Millisecond, time.Hour, nil, nil); !errors.Is(err, errStillClosing) {
		t.Errorf("waitForInstance = %v, want errStillClosing", err)
	}
	cancel := make(chan struct{})
	close(cancel)
	if _, err := waitForInstance(db, nil, time.Hour, time.Hour, nil, cancel); !errors.Is(err, errStillClosing) {
		t.Errorf("cancelled waitForInstance = %v, want errStillClosing", err)
	}
}

// TestSocketIsPrivate: with umask 000 the socket's folder is still 0700
// and the socket 0600 (they took the umask's mode and lived in /tmp).
func TestSocketIsPrivate(t *testing.T) {
	privateSockets(t)
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	db := filepath.Join(t.TempDir(), "cw.db")
	in, _ := claimed(t, db)
	st, err := os.Stat(filepath.Dir(in.sock))
	if err != nil || st.Mode().Perm() != 0o700 {
		t.Errorf("socket folder %s: %v %v", filepath.Dir(in.sock), st.Mode(), err)
	}
	if st, err := os.Stat(in.sock); err != nil || st.Mode().Perm()&0o077 != 0 {
		t.Errorf("socket %s: %v %v", in.sock, st.Mode(), err)
	}
	if !strings.HasPrefix(in.sock, os.TempDir()) {
		t.Errorf("socket %s outside the temp folder", in.sock)
	}
	// $XDG_RUNTIME_DIR is used when it is private
	run := t.TempDir()
	os.Chmod(run, 0o700)
	t.Setenv("XDG_RUNTIME_DIR", run)
	if p, err := socketPath(db); err != nil || filepath.Dir(p) != run {
		t.Errorf("socket path with XDG_RUNTIME_DIR = %s, %v", p, err)
	}
	// and not when others can enter it
	os.Chmod(run, 0o777)
	if p, err := socketPath(db); err != nil || filepath.Dir(p) == run {
		t.Errorf("socket path with an open XDG_RUNTIME_DIR = %s, %v", p, err)
	}
}

// needRoot skips a test that needs a second user.
func needRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root to act as a second user (nobody); run the tests as root to cover it")
	}
	if _, err := exec.LookPath("setpriv"); err != nil {
		t.Skip("needs setpriv to act as a second user")
	}
}

const nobody = 65534

// TestSocketFolderOfAnotherUser: a folder squatted by another user before
// the first start is never used, and a second start says so rather than
// "brought forward".
func TestSocketFolderOfAnotherUser(t *testing.T) {
	needRoot(t)
	privateSockets(t)
	squat := filepath.Join(os.TempDir(), fmt.Sprintf("chapterwise-%d", os.Getuid()))
	if err := os.Mkdir(squat, 0o777); err != nil {
		t.Fatal(err)
	}
	os.Chmod(squat, 0o777)
	if err := os.Chown(squat, nobody, nobody); err != nil {
		t.Fatal(err)
	}
	if _, err := socketDir(); err == nil || !strings.Contains(err.Error(), "another user") {
		t.Errorf("socketDir in a squatted folder = %v", err)
	}
	db := filepath.Join(t.TempDir(), "cw.db")
	in, err := claimInstance(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer in.release()
	if in.ln != nil {
		t.Errorf("the instance listens in a folder of another user: %s", in.sock)
	}
	err = claimedAlready(db, []string{"/tmp/a.md"})
	if !errors.Is(err, errNoHandOver) || !strings.Contains(err.Error(), "another user") {
		t.Errorf("second start = %v, want errNoHandOver naming the other user", err)
	}
}

// helperBinary copies the test binary where user nobody can run it.
func helperBinary(t *testing.T) string {
	t.Helper()
	dir := openFolder(t)
	os.Chmod(dir, 0o755)
	for d := filepath.Dir(dir); d != "/"; d = filepath.Dir(d) {
		if st, err := os.Stat(d); err == nil && st.Mode().Perm()&0o001 == 0 {
			t.Skipf("%s cannot be entered by other users", d)
		}
	}
	b, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "helper.test")
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
}

// asNobody runs this test binary's TestSocketPeerHelper as user nobody.
func asNobody(t *testing.T, bin, mode, sock string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command("setpriv", "--reuid", fmt.Sprint(nobody), "--regid", fmt.Sprint(nobody), "--clear-groups",
		bin, "-test.run", "^TestSocketPeerHelper$")
	cmd.Env = append(os.Environ(), "CW_PEER_HELPER="+mode, "CW_PEER_SOCK="+sock)
	return cmd
}

// openFolder is a folder everyone may enter and write, for a socket both
// users reach (the real folder keeps others out; the peer check must hold
// even when it does not).
func openFolder(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "cw-peer-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777)
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// TestSocketPeerHelper is the other user's side of the peer tests.
func TestSocketPeerHelper(t *testing.T) {
	mode, sock := os.Getenv("CW_PEER_HELPER"), os.Getenv("CW_PEER_SOCK")
	switch mode {
	case "":
		t.Skip("runs as the second user of the socket tests")
	case "client":
		c, err := net.Dial("unix", sock)
		if err != nil {
			fmt.Println("dial:", err)
			return
		}
		defer c.Close()
		json.NewEncoder(c).Encode(handOver{Files: []string{"/tmp/from-nobody.cwquiz"}})
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		line, _ := bufio.NewReader(c).ReadString('\n')
		fmt.Printf("reply: %q\n", line)
	case "server":
		os.Remove(sock)
		ln, err := net.Listen("unix", sock)
		if err != nil {
			fmt.Println("listen:", err)
			return
		}
		os.Chmod(sock, 0o777)
		fmt.Println("listening")
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.SetReadDeadline(time.Now().Add(3 * time.Second))
		b := make([]byte, 4096)
		n, _ := c.Read(b)
		fmt.Printf("received: %q\n", b[:n])
		json.NewEncoder(c).Encode(handOverReply{Status: "opened"})
		c.Close()
	}
}

// TestSocketRefusesAnotherUser: another user who reaches the socket can
// hand nothing over (SO_PEERCRED), and a socket of another user is never
// sent a file (it used to receive the paths while "brought forward" was
// printed).
func TestSocketRefusesAnotherUser(t *testing.T) {
	needRoot(t)
	bin := helperBinary(t)
	dir := openFolder(t)

	t.Run("a client of another user", func(t *testing.T) {
		sock := filepath.Join(dir, "server.sock")
		ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: sock, Net: "unix"})
		if err != nil {
			t.Fatal(err)
		}
		os.Chmod(sock, 0o777)
		in := &instance{ln: ln, sock: sock, ready: make(chan struct{}), closing: make(chan struct{})}
		defer in.beginClosing()
		w := &window{}
		in.windowUp(w.hooks())
		go in.serve(ln)
		out, err := asNobody(t, bin, "client", sock).CombinedOutput()
		if err != nil {
			t.Fatalf("helper: %v\n%s", err, out)
		}
		if strings.Contains(string(out), "opened") {
			t.Errorf("another user was answered:\n%s", out)
		}
		if !strings.Contains(string(out), "reply:") {
			t.Fatalf("the helper did not reach the socket:\n%s", out)
		}
		if files, raised := w.got(); len(files) > 0 || raised > 0 {
			t.Errorf("another user handed over %q (raised %d)", files, raised)
		}
	})

	t.Run("a socket of another user", func(t *testing.T) {
		sock := filepath.Join(dir, "squat.sock")
		helper := asNobody(t, bin, "server", sock)
		out := &syncBuffer{}
		helper.Stdout, helper.Stderr = out, out
		if err := helper.Start(); err != nil {
			t.Fatal(err)
		}
		defer helper.Process.Kill()
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(out.String(), "listening") {
			if time.Now().After(deadline) {
				t.Fatalf("the helper did not listen:\n%s", out)
			}
			time.Sleep(20 * time.Millisecond)
		}
		err := forwardTo(sock, []string{"/root/private.cwquiz"})
		if !errors.Is(err, errNoHandOver) || !strings.Contains(err.Error(), "another user") {
			t.Errorf("forward to another user's socket = %v", err)
		}
		helper.Wait()
		if strings.Contains(out.String(), "private") {
			t.Errorf("the file name reached another user:\n%s", out)
		}
	})
}
