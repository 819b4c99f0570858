// Command chapterwise is a desktop study-and-quiz app: it opens an article,
// presents it chapter by chapter and turns it into flashcards and quizzes.
//
// main only wires: it reads the command line, opens the store and builds
// the UI; the subcommands live in cli.go.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/app"
	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/data"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run dispatches to a subcommand or starts the window; it returns the exit
// status.
func run(args []string) int {
	if len(args) > 0 {
		if cmd, ok := commands[args[0]]; ok {
			startsWindow = windowCommands[args[0]]
			return cmd.run(args[1:])
		}
	}
	startsWindow = true
	return runGUI(args)
}

// windowCommands are the subcommands that start the window (a double-clicked
// file runs `chapterwise open FILE`).
var windowCommands = map[string]bool{"open": true}

// startsWindow is set when this run is to show the window: a refusal then
// shows in a window too, for a user who started it from the desktop and
// never sees standard error.
var startsWindow bool

// theApp is the Fyne app once the window start has made it.
var theApp fyne.App

// fail prints why the command stops and returns the exit status 1.
func fail(format string, a ...any) int {
	msg := fmt.Sprintf(format, printableArgs(a)...) // the arguments may come from a file
	fmt.Fprintln(os.Stderr, "chapterwise: "+msg)
	if startsWindow && !isTerminal(os.Stderr) && haveDisplay() {
		showRefusal(msg)
	}
	return 1
}

// haveDisplay says whether a window can be shown at all.
func haveDisplay() bool {
	switch {
	case os.Getenv("DISPLAY") != "", os.Getenv("WAYLAND_DISPLAY") != "":
		return true
	case os.Getenv("XDG_SESSION_TYPE") == "tty":
		return false
	}
	return !isUnixDesktop()
}

// isUnixDesktop is true where windows need an X or Wayland display.
func isUnixDesktop() bool {
	_, err := os.Stat("/proc/self") // Linux and friends; macOS and Windows have no /proc
	return err == nil
}

// showRefusal shows msg in a window of its own and waits until it is
// closed.
func showRefusal(msg string) {
	a := theApp
	if a == nil {
		a = fyneapp.NewWithID(appID)
		theApp = a
	}
	w := a.NewWindow("Chapterwise cannot start")
	w.SetContent(refusalContent(a, msg))
	closeOnEnter(a, w)
	w.Resize(fyne.NewSize(520, 180))
	w.CenterOnScreen()
	w.ShowAndRun()
}

// refusalContent is msg with an OK button that ends the app.
func refusalContent(a fyne.App, msg string) fyne.CanvasObject {
	label := widget.NewLabel(sentence(msg))
	label.Wrapping = fyne.TextWrapWord
	ok := widget.NewButton("OK", a.Quit)
	ok.Importance = widget.HighImportance
	return container.NewBorder(nil, container.NewCenter(ok), nil, nil, label)
}

// closeOnEnter makes Enter and Escape press OK.
func closeOnEnter(a fyne.App, w fyne.Window) {
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter || ev.Name == fyne.KeyEscape {
			a.Quit()
		}
	})
}

// sentence starts msg with a capital letter.
func sentence(msg string) string {
	r := []rune(msg)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// How long a start waits for a window that is closing on the same
// database, and when it says so on screen.
const (
	closeTimeout = 60 * time.Second
	slowClose    = time.Second
)

// runWindow takes the database for this process and runs the window.
// dbFlag is --db; opts carries the article and the files to open.
func runWindow(dbFlag string, opts app.Options) int {
	fyneapp.SetMetadata(fyne.AppMetadata{
		ID: appID, Name: appName, Version: version, Icon: assets.Icon,
		Migrations: map[string]bool{"fyneDo": true},
	})
	a := fyneapp.NewWithID(appID)
	theApp = a
	a.SetIcon(assets.Icon)
	// The window's default database is in the app's storage folder.
	storageDB := filepath.Join(a.Storage().RootURI().Path(), dbName)
	path := dbPath(dbFlag)
	if path == defaultDBPath() {
		path = storageDB
	}
	if path == storageDB {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fail("cannot create the data folder: %v", err)
		}
	}
	inst, err := waitForInstance(path, opts.OpenFiles, slowClose, slowClose, nil, nil)
	if errors.Is(err, errStillClosing) {
		// say why nothing shows yet, and open once the other one is gone
		return runAfterClose(a, path, opts)
	}
	if err != nil {
		return claimFailed(err)
	}
	store, rec, err := data.OpenOrRecover(path)
	if err != nil {
		inst.release()
		return fail("%s", openFailed(path, err))
	}
	opts.Recovery = rec
	s := &session{a: a, inst: inst, store: store}
	s.start(opts)
	stopOnSignal(a, s.closing)
	s.u.Window().ShowAndRun()
	return s.finish()
}

// claimFailed reports a start that did not get the database.
func claimFailed(err error) int {
	switch {
	case errors.Is(err, errAlreadyOpen):
		fmt.Fprintln(os.Stderr, "Chapterwise is already open on this database; its window was brought forward.")
		return 0
	}
	return fail("%v", err)
}

// openFailed says in plain words why the database did not open.
func openFailed(path string, err error) string {
	switch {
	case errors.Is(err, data.ErrDiskFull):
		return fmt.Sprintf("cannot open the database: the disk that holds %s is full. Free some space, then start Chapterwise again; your data is safe", path)
	case errors.Is(err, data.ErrReadOnly):
		return fmt.Sprintf("cannot open the database: %s cannot be written (a read-only file, folder or disk). Make it writable or choose another place with --db", path)
	}
	return fmt.Sprintf("cannot open the database: %v", err)
}

// stopOnSignal quits the app on SIGTERM or SIGINT (a logout), telling the
// instance first that the window is closing.
func stopOnSignal(a fyne.App, closing func()) {
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-stop
		closing()
		// the driver's Quit only: Fyne's own signal handler may have
		// stopped the loop already, and closing windows then crashes
		fyne.Do(a.Driver().Quit)
	}()
}

// session is the window running on a claimed database.
type session struct {
	a     fyne.App
	inst  *instance
	store *data.Store
	u     *app.UI

	// exit is how the watchdog ends the process (os.Exit; tests replace it)
	exit      func(code int)
	watchOnce sync.Once
	doneOnce  sync.Once
	code      int
}

// exitGrace is how long the process may take, after the window began to
// close, for Fyne's loop to return before the session finishes without it.
// Fyne 2.7.1 can hang at the end of its loop: runGL drains the main-thread
// queue by its length while the lifecycle's stop hook, queued a moment
// before, is still inside the unbounded channel's goroutine; the hook then
// waits on a queue that is closed, and Run waits for the hook (seen under
// load in TestStartRightAfterCloseUnderXvfb: goroutine 1 in
// Lifecycle.WaitForEvents, the event queue in runOnMainWithWait).
const exitGrace = 5 * time.Second

// start builds the window and connects it to the instance; call it before
// the app runs or on the UI goroutine.
func (s *session) start(opts app.Options) {
	s.u = app.New(quitHook{s.a, s.closing}, s.store, opts)
	w := s.u.Window()
	// Close runs this on the UI goroutine before the window goes, so a
	// hand-over after it answers "closing"
	w.SetOnClosed(s.closing)
	s.inst.windowUp(windowHooks{
		run:  fyne.Do,
		open: s.u.OpenFiles,
		raise: func() {
			w.Show()
			w.RequestFocus()
		},
	})
	s.u.Start()
}

// closing is called as the window begins to go (closed, Ctrl+Q, a
// signal): the instance answers "closing" from now on, and work still
// running no longer touches the window.
func (s *session) closing() {
	if s.u != nil {
		s.u.Closing()
	}
	s.inst.beginClosing()
	s.watchOnce.Do(func() { go s.watchExit(exitGrace) })
}

// watchExit finishes the session and ends the process when Fyne's loop has
// not returned grace after the window began to close. When the loop does
// return, finish is already running or done on the main goroutine and
// this waits for it: the exit backup and the database's close always run
// once, to the end.
func (s *session) watchExit(grace time.Duration) {
	time.Sleep(grace)
	code := s.finish()
	exit := s.exit
	if exit == nil {
		exit = os.Exit
	}
	exit(code)
}

// finish runs after the window has closed: the queued work, the exit
// backup, then the database is given up.
func (s *session) finish() int {
	s.doneOnce.Do(func() { s.code = s.finishOnce() })
	return s.code
}

// finishOnce is finish's work; see finish.
func (s *session) finishOnce() int {
	s.closing()
	s.u.Shutdown()
	if d, err := time.ParseDuration(os.Getenv("CHAPTERWISE_TEST_EXIT_DELAY")); err == nil {
		time.Sleep(d) // tests only: a slow exit backup, as a big database has
	}
	if _, err := s.store.BackupIfDue(true); err != nil {
		fmt.Fprintf(os.Stderr, "chapterwise: the backup on exit failed (your data is saved): %v\n", err)
	}
	s.store.Close()
	s.inst.release()
	return 0
}

// quitHook is the app as the UI sees it: Quit (Ctrl+Q) first tells the
// instance that the window is closing.
type quitHook struct {
	fyne.App
	closing func()
}

// Quit ends the app.
func (q quitHook) Quit() {
	q.closing()
	q.App.Quit()
}

// runAfterClose shows "Closing the previous window…" while the process
// that had the database finishes closing, then opens the window in place
// of that message. A third start may win the database meanwhile: then the
// files go to it.
func runAfterClose(a fyne.App, path string, opts app.Options) int {
	fmt.Fprintln(os.Stderr, "chapterwise: Closing the previous window…")
	w := a.NewWindow("Chapterwise: closing the previous window")
	label := widget.NewLabel("Closing the previous window…")
	w.SetContent(container.NewVBox(label, widget.NewProgressBarInfinite()))
	w.Resize(fyne.NewSize(420, 100))
	w.CenterOnScreen()

	var (
		mu   sync.Mutex
		gone bool // the message was closed or the app told to stop: do not open
		s    *session
		code int
	)
	cancel := make(chan struct{})
	var cancelOnce sync.Once
	stopWaiting := func() {
		mu.Lock()
		gone = true
		cur := s
		mu.Unlock()
		cancelOnce.Do(func() { close(cancel) })
		if cur != nil {
			cur.closing()
		}
	}
	w.SetOnClosed(stopWaiting)
	stopOnSignal(a, stopWaiting)
	refuse := func(msg string) {
		fmt.Fprintln(os.Stderr, "chapterwise: "+msg)
		fyne.Do(func() {
			w.SetTitle("Chapterwise cannot start")
			w.SetContent(refusalContent(a, msg))
			closeOnEnter(a, w)
			w.Resize(fyne.NewSize(520, 180))
		})
	}

	done := make(chan struct{})
	go func() {
		defer close(done)
		inst, err := waitForInstance(path, opts.OpenFiles, closeTimeout-slowClose, 0, nil, cancel)
		switch {
		case errors.Is(err, errAlreadyOpen):
			fmt.Fprintln(os.Stderr, "Chapterwise is already open on this database; its window was brought forward.")
			fyne.Do(a.Quit)
			return
		case errors.Is(err, errStillClosing):
			code = 1
			refuse(fmt.Sprintf("The previous Chapterwise window on this database has not finished closing after %v, so this one cannot open it. "+
				"Wait a moment and start Chapterwise again; if that does not help, log out and in again.", closeTimeout))
			return
		case err != nil:
			code = 1
			refuse(sentence(err.Error()))
			return
		}
		store, rec, err := data.OpenOrRecover(path)
		if err != nil {
			inst.release()
			code = 1
			refuse(sentence(openFailed(path, err)))
			return
		}
		o := opts
		o.Recovery = rec
		started := false
		// not fyne.DoAndWait: a function queued while the loop ends (a
		// signal Fyne handles too) never runs, and waiting for it kept the
		// process from exiting
		shown := make(chan struct{})
		fyne.Do(func() {
			defer close(shown)
			mu.Lock()
			defer mu.Unlock()
			if gone {
				return
			}
			s = &session{a: a, inst: inst, store: store}
			s.start(o)
			// the message is hidden, not closed: Fyne can crash on a
			// mouse move over a window that is closing; closing the
			// main window (the master) ends the app as usual
			s.u.Window().SetMaster()
			s.u.Window().Show()
			started = true
			w.SetOnClosed(nil)
			w.Hide()
		})
		select {
		case <-shown:
		case <-cancel:
		}
		mu.Lock()
		if !started {
			gone = true // the queued function, if it still runs, does nothing
		}
		mu.Unlock()
		if !started {
			store.Close()
			inst.release()
		}
	}()
	w.ShowAndRun()
	stopWaiting()
	<-done
	if s != nil {
		return s.finish()
	}
	return code
}
