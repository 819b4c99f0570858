package main

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/data"
)

// These tests start the real binary in a real window under Xvfb.

// needX returns the X tools, skipping outside CI when they are missing
// (make test installs them) and failing in CI.
func needX(t testing.TB) {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing; make test installs it", tool)
			}
			t.Skipf("%s is missing; run make test to install it", tool)
		}
	}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// buildBinary builds chapterwise once per test run.
func buildBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "chapterwise-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "chapterwise")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// xvfb is a virtual X server for one test.
type xvfb struct {
	display string
	cmd     *exec.Cmd
}

func startXvfb(t testing.TB) *xvfb {
	t.Helper()
	// -displayfd: Xvfb picks a free display itself and writes its number
	// once it accepts connections, so parallel runs and stale lock files
	// from killed servers never collide. -noreset: without it the server
	// resets when its last client leaves, and a client connecting during
	// the reset (the next round of a restart test) is refused with
	// "Failed to open display".
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	w.Close()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM) // lets Xvfb remove its lock file
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if n == "" {
			t.Fatal("Xvfb did not report a display")
		}
		return &xvfb{display: ":" + n, cmd: cmd}
	case <-time.After(20 * time.Second):
		t.Fatal("Xvfb did not start within 20 s")
	}
	return nil
}

func (x *xvfb) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+x.display)
	return cmd
}

func (x *xvfb) run(name string, args ...string) error {
	return x.command(name, args...).Run()
}

func (x *xvfb) output(name string, args ...string) (string, error) {
	out, err := x.command(name, args...).Output()
	return strings.TrimSpace(string(out)), err
}

// proc is a running chapterwise process.
type proc struct {
	cmd    *exec.Cmd
	out    *syncBuffer
	done   chan error
	window string
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startApp starts the binary and waits for its window; it returns the app
// and the time from start to the window being shown.
func startApp(t testing.TB, x *xvfb, args ...string) (*proc, time.Duration) {
	t.Helper()
	bin := buildBinary(t)
	cmd := x.command(bin, args...)
	cmd.Env = append(cmd.Env, "HOME="+t.TempDir(), "XDG_CONFIG_HOME="+t.TempDir())
	a := &proc{cmd: cmd, out: &syncBuffer{}, done: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = a.out, a.out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { a.done <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-a.done
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		id, err := x.output("xdotool", "search", "--onlyvisible", "--name", "Chapterwise")
		if err == nil && id != "" {
			a.window = strings.Fields(id)[0]
			return a, time.Since(start)
		}
		select {
		case err := <-a.done:
			t.Fatalf("chapterwise exited before showing a window: %v\n%s", err, a.out.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("no window after 60 s\n%s", a.out.String())
	return nil, 0
}

// screenshot grabs the whole screen.
func screenshot(t testing.TB, x *xvfb) image.Image {
	t.Helper()
	out, err := x.command("import", "-window", "root", "png:-").Output()
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	return img
}

// colours counts the distinct colours in the image, sampling every pixel.
func colours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(seen)
}

// waitRendered waits until the screen shows more than a blank window.
func waitRendered(t testing.TB, x *xvfb) image.Image {
	t.Helper()
	var img image.Image
	for i := 0; i < 100; i++ {
		img = screenshot(t, x)
		if colours(img) > 50 {
			return img
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the window stayed blank (%d colours)", colours(img))
	return nil
}

func rssKB(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			f := strings.Fields(l)
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return 0
}

// quit presses Ctrl+Q in the window and waits for the process to end.
func (a *proc) quit(t testing.TB, x *xvfb) error {
	t.Helper()
	if err := x.run("xdotool", "windowfocus", "--sync", a.window); err != nil {
		t.Logf("windowfocus: %v", err)
	}
	if err := x.run("xdotool", "key", "--clearmodifiers", "ctrl+q"); err != nil {
		t.Fatalf("xdotool key: %v", err)
	}
	select {
	case err := <-a.done:
		return err
	case <-time.After(20 * time.Second):
		t.Fatalf("the app did not quit after Ctrl+Q\n%s", a.out.String())
	}
	return nil
}

func checkFyneThreading(t testing.TB, out string) {
	t.Helper()
	if strings.Contains(out, "Error in Fyne call thread") {
		t.Errorf("the app touched widgets off the UI goroutine:\n%s", out)
	}
}

func TestRealWindowUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	needX(t)
	x := startXvfb(t)
	db := filepath.Join(t.TempDir(), "window.db")
	a, took := startApp(t, x, "--db", db)
	img := waitRendered(t, x)
	t.Logf("window shown %v after start; %d colours on screen; RSS %d KB", took, colours(img), rssKB(a.cmd.Process.Pid))
	name, err := x.output("xdotool", "getwindowname", a.window)
	if err != nil || !strings.HasPrefix(name, "The 21st Century Mongol Conquest") {
		t.Errorf("window title = %q (%v)", name, err)
	}
	if err := a.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, a.out.String())
	}
	checkFyneThreading(t, a.out.String())
	if _, err := os.Stat(db); err != nil {
		t.Errorf("no database written: %v", err)
	}
}

// BenchmarkStartupToWindow measures the time from process start to the
// window being shown, and the resident memory once the article is open.
// Run with -benchtime 5x; the reported figures are medians.
func BenchmarkStartupToWindow(b *testing.B) {
	needX(b)
	x := startXvfb(b)
	var times []time.Duration
	var rss []int
	for i := 0; i < b.N; i++ {
		db := filepath.Join(b.TempDir(), "bench.db")
		a, took := startApp(b, x, "--db", db)
		waitRendered(b, x)
		times = append(times, took)
		rss = append(rss, rssKB(a.cmd.Process.Pid))
		if err := a.quit(b, x); err != nil {
			b.Fatal(err)
		}
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	sort.Ints(rss)
	b.ReportMetric(float64(times[len(times)/2].Milliseconds()), "ms-to-window")
	b.ReportMetric(float64(rss[len(rss)/2])/1024, "MB-RSS")
}

// keys sends key presses to the app's window, one at a time.
func (a *proc) keys(t testing.TB, x *xvfb, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if err := x.run("xdotool", "windowfocus", "--sync", a.window, "key", k); err != nil {
			t.Fatalf("xdotool key %s: %v", k, err)
		}
		time.Sleep(150 * time.Millisecond)
	}
}

// quizState reads the unfinished quiz from the database the app writes.
func quizState(t testing.TB, db string) (answers int, unfinished bool) {
	t.Helper()
	s, err := data.Open(db)
	if err != nil {
		t.Fatalf("open the app's database: %v", err)
	}
	defer s.Close()
	st, err := s.Stats()
	if err != nil || len(st) == 0 {
		t.Fatalf("stats: %v", err)
	}
	return st[0].Answers, st[0].Unfinished
}

// waitAnswers waits until the database holds n answers.
func waitAnswers(t testing.TB, db string, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got, _ := quizState(t, db)
		if got == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the database has %d answers, want %d", got, n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestQuizAnswersSurviveSIGKILLUnderXvfb answers two questions with key
// presses in the real window, kills the process with SIGKILL, restarts it
// and checks that both answers are kept and the quiz is offered again:
// Q on Today resumes it, and the third answer joins the same quiz.
func TestQuizAnswersSurviveSIGKILLUnderXvfb(t *testing.T) {
	x, a, db := startWindowTest(t, "kill.db")
	// Ctrl+3 opens Quiz, P starts a quick practice quiz. Each question is
	// answered with "1" (first option, True, or the text "1"), Enter
	// checks it, Enter goes on.
	a.keys(t, x, "ctrl+3", "p")
	// the quiz is stored before its first question shows: wait for it
	// (a key pressed earlier would land on the Quiz home)
	deadline := time.Now().Add(20 * time.Second)
	for _, open := quizState(t, db); !open; _, open = quizState(t, db) {
		if time.Now().After(deadline) {
			t.Fatal("P did not start a quiz")
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	a.keys(t, x, "1", "Return")
	waitAnswers(t, db, 1)
	a.keys(t, x, "Return", "1", "Return")
	waitAnswers(t, db, 2)
	if err := a.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-a.done
	if n, open := quizState(t, db); n != 2 || !open {
		t.Fatalf("after SIGKILL: %d answers, unfinished %v", n, open)
	}
	b, _ := startApp(t, x, "--db", db)
	waitRendered(t, x)
	time.Sleep(500 * time.Millisecond)
	// Q on Today (the first screen) resumes the quiz; the next answer is
	// the third of the same quiz.
	b.keys(t, x, "q", "1", "Return")
	waitAnswers(t, db, 3)
	if n, open := quizState(t, db); n != 3 || !open {
		t.Errorf("after resuming: %d answers, unfinished %v", n, open)
	}
	if err := b.quit(t, x); err != nil {
		t.Errorf("exit: %v\n%s", err, b.out.String())
	}
	checkFyneThreading(t, b.out.String())
}

// TestSecondInstanceHandsOverAndExits starts Chapterwise twice on the
// same database: the second exits at once with a message, the first keeps
// running and quits cleanly, and the database is intact.
func TestSecondInstanceHandsOverAndExits(t *testing.T) {
	x, a, db := startWindowTest(t, "twice.db")
	second := x.command(buildBinary(t), "--db", db)
	second.Env = append(second.Env, "HOME="+t.TempDir())
	out, err := second.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "already open") {
		t.Fatalf("second start: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "locked") {
		t.Errorf("second start mentions a lock error:\n%s", out)
	}
	if err := a.quit(t, x); err != nil {
		t.Errorf("first instance exit: %v\n%s", err, a.out.String())
	}
	s, err := data.Open(db)
	if err != nil {
		t.Fatalf("database after two starts: %v", err)
	}
	s.Close()
}

// startWindowTest starts Xvfb and the app on a new database named name,
// and waits until the window has drawn.
func startWindowTest(t *testing.T, name string) (*xvfb, *proc, string) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts the real binary")
	}
	needX(t)
	x := startXvfb(t)
	db := filepath.Join(t.TempDir(), name)
	a, _ := startApp(t, x, "--db", db)
	waitRendered(t, x)
	return x, a, db
}
