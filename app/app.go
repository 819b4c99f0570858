// Package app is the Fyne user interface of Chapterwise: one main window
// with a navigation rail and one file per screen. It holds no SQL and no
// parsing; it talks to the store through the small interfaces each screen
// declares, does that work off the UI goroutine and applies results with
// fyne.Do.
package app

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// Store is everything the UI needs from the database.
type Store interface {
	libraryStore
	readerStore
	flashStore
	quizStore
	progressStore
	backupStore
	profileStore
	teachStore
	studentStore
}

// Options say what the window opens with.
type Options struct {
	// Builtin is the text of the built-in article, registered on first start.
	Builtin []byte
	// ArticlePath and ArticleData are an article named on the command line,
	// already read and checked; it opens instead of the last one.
	ArticlePath string
	ArticleData []byte
	// OpenFiles are files named on the command line (chapterwise open
	// FILE): assignments, results or articles, opened once the window is up.
	OpenFiles []string
	// Recovery, when set, says the database was damaged at start and
	// what was done; the window tells the user and offers the backup.
	Recovery *data.Recovery
	// Now and Rand replace the clock and the scheduler's fuzz source in
	// tests; nil means the real ones.
	Now  func() time.Time
	Rand func() float64
	// Manual stops the periodic goroutines (quiz countdown, backup timer)
	// for tests, which call tick and BackupIfDue themselves: the test
	// driver runs fyne.Do on the calling goroutine, so a ticker would
	// touch widgets while the test does.
	Manual bool
}

// UI is the main window and the screens in it.
type UI struct {
	a     fyne.App
	w     fyne.Window
	store Store
	opts  Options
	prefs settings

	profile quiz.Profile
	// doc is the open article (nil until one opens); articleListeners
	// are told when it changes (see onArticle).
	doc              *document
	articleListeners []func(*document)
	reader           *readerTab
	flash            *flashTab
	quiz             *quizTab
	prog             *progressTab
	teach            *teachTab
	today            *todayTab

	unlocked   bool // the teacher profile's PIN was given
	profileBtn *widget.Button
	library    *libraryScreen
	now        func() time.Time
	rand       func() float64

	current section
	rail    *fyne.Container
	railBtn map[section]*widget.Button
	body    *fyne.Container

	jobs     []func() // queued for the worker, oldest first; guarded by jobsMu
	jobsMu   sync.Mutex
	jobsCond *sync.Cond // signalled when a job is queued or the queue stops
	jobsDone chan struct{}
	once     sync.Once
	quit     chan struct{}
	pending  atomic.Int64 // jobs queued or running
	stopped  bool
	ready    chan struct{}
	gone     atomic.Bool   // the window has closed: results are no longer applied
	goneCh   chan struct{} // closed with gone set, once
	goneOnce sync.Once
	run      func(func()) // fyne.Do; tests replace it to stand for a loop that has ended
}

// New builds the main window. Call Start to load the article.
func New(a fyne.App, store Store, opts Options) *UI {
	u := &UI{
		a: a, store: store, opts: opts, prefs: settings{a.Preferences()},
		jobsDone: make(chan struct{}), ready: make(chan struct{}), quit: make(chan struct{}),
		goneCh: make(chan struct{}), run: fyne.Do,
		railBtn: map[section]*widget.Button{},
	}
	u.jobsCond = sync.NewCond(&u.jobsMu)
	u.now, u.rand = opts.Now, opts.Rand
	if u.now == nil {
		u.now = time.Now
	}
	if u.rand == nil {
		u.rand = rand.Float64
	}
	a.Settings().SetTheme(newStudyTheme(u.prefs.textScale()))
	u.w = a.NewWindow("Chapterwise")
	u.w.SetIcon(a.Icon())
	u.reader = newReaderTab(store, u.context(), u.readerActions())
	u.flash = newFlashTab(store, u.context(), u.flashActions())
	u.quiz = newQuizTab(store, u.context(), u.quizActions())
	u.prog = newProgressTab(store, u.context(), u.progressActions())
	u.teach = newTeachTab(store, u.context(), u.teachActions())
	u.library = newLibraryScreen(store, u.context(), u.libraryActions())
	u.today = newTodayTab(store, u.context(), u.todayActions())
	u.onArticle(func(doc *document) { u.doAndWait(func() { u.reader.apply(doc) }) })
	u.onArticle(u.flash.load)
	u.onArticle(u.quiz.load)
	u.onArticle(func(*document) { u.do(u.today.reload) })
	u.body = container.NewStack(u.today.content())
	u.rail = u.buildRail()
	u.w.SetContent(container.New(minSizeLayout{minWindowSize}, newRailContent(u.rail, u.body)))
	u.w.Resize(u.prefs.windowSize())
	u.w.SetCloseIntercept(func() {
		u.prefs.setWindowSize(u.w.Canvas().Size())
		u.w.Close()
	})
	u.addShortcuts()
	u.w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { u.openDropped(uris) })
	go u.worker()
	return u
}

// OpenFiles opens assignments, results or articles named by path, as if
// dropped on the window. Call it on the UI goroutine.
func (u *UI) OpenFiles(paths []string) {
	paths = u.openWebPages(paths)
	uris := make([]fyne.URI, len(paths))
	for i, p := range paths {
		uris[i] = storage.NewFileURI(p)
	}
	u.openDropped(uris)
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.w }

// Start loads the profile and the article off the UI goroutine.
func (u *UI) Start() {
	if u.opts.Recovery != nil {
		u.showRecovery(u.opts.Recovery)
	}
	u.background(u.loadInitial)
	u.background(u.warnNetworkFS)
	if files := u.opts.OpenFiles; len(files) > 0 {
		u.background(func() { u.do(func() { u.OpenFiles(files) }) })
	}
	if !u.opts.Manual {
		u.startBackups()
	}
}

// Ready is closed once the first article is on screen (or failed to load).
func (u *UI) Ready() <-chan struct{} { return u.ready }

func (u *UI) markReady() { u.once.Do(func() { close(u.ready) }) }

// background queues work for the one worker goroutine, which runs jobs in
// the order given so that writes reach the database in order. It never
// blocks: the queue has no fixed capacity, because the UI goroutine calls
// it while the worker may be waiting for the UI goroutine in
// fyne.DoAndWait, and a full queue would then stop both for good.
func (u *UI) background(job func()) {
	u.jobsMu.Lock()
	defer u.jobsMu.Unlock()
	if u.stopped {
		return // shutting down: late work (a timer tick) is dropped
	}
	u.pending.Add(1)
	u.jobs = append(u.jobs, job)
	u.jobsCond.Signal()
}

// Sync waits until every queued job has run. It is for tests and
// shutdown: never call it on the UI goroutine of a running window, where
// a job waiting in fyne.DoAndWait would wait for it in turn.
func (u *UI) Sync() {
	// Jobs may queue more jobs (a result applied on the UI goroutine that
	// starts the next load): wait until a sentinel finds the queue empty.
	for {
		done := make(chan bool, 1)
		u.background(func() { done <- u.pending.Load() > 1 })
		u.jobsMu.Lock()
		stopped := u.stopped
		u.jobsMu.Unlock()
		if stopped {
			<-u.jobsDone
			return
		}
		if more := <-done; !more {
			return
		}
		u.jobsMu.Lock()
		idle := len(u.jobs) == 0
		u.jobsMu.Unlock()
		if idle {
			// only work aside is left: give it a moment
			time.Sleep(time.Millisecond)
		}
	}
}

// aside runs long work that touches neither the store nor a widget (making
// a book's flashcards) on a goroutine of its own, so that the worker's
// saves do not wait behind it, then queues then for the worker. Sync
// waits for it like a job.
func (u *UI) aside(work, then func()) {
	u.pending.Add(1)
	go func() {
		work()
		u.background(then)
		u.pending.Add(-1)
	}()
}

// Closing tells the UI that its window is going: from now on, results
// of work still queued or running are not applied to it. Call it when the
// window closes or the app is told to quit; Shutdown calls it too.
func (u *UI) Closing() {
	u.gone.Store(true)
	u.goneOnce.Do(func() { close(u.goneCh) })
}

// do applies fn on the UI goroutine, unless the window has gone. Once
// Fyne's loop has ended, fyne.Do runs fn on the caller's goroutine,
// where touching the destroyed window crashes the app; so every result a
// job applies goes through do (or doAndWait), never fyne.Do directly.
func (u *UI) do(fn func()) {
	if u.gone.Load() {
		return
	}
	u.run(func() {
		if !u.gone.Load() {
			fn()
		}
	})
}

// doAndWait is do, waiting until fn has run or the window has gone. It
// reports whether fn ran. It does not use fyne.DoAndWait: a call that
// reaches Fyne's queue while its loop is ending (a SIGTERM, which Fyne
// also handles itself, can end the loop before Closing is called) is
// never run, and the worker waiting for it kept the process from exiting.
func (u *UI) doAndWait(fn func()) bool {
	if u.gone.Load() {
		return false
	}
	var ran atomic.Bool
	done := make(chan struct{})
	u.run(func() {
		defer close(done)
		if !u.gone.Load() {
			fn()
			ran.Store(true)
		}
	})
	select {
	case <-done:
	case <-u.goneCh:
	}
	return ran.Load()
}

// Shutdown runs the queued jobs, without applying their results to the
// window, and stops the worker.
func (u *UI) Shutdown() {
	u.Closing()
	u.jobsMu.Lock()
	if !u.stopped {
		u.stopped = true
		close(u.quit)
		u.jobsCond.Signal()
	}
	u.jobsMu.Unlock()
	<-u.jobsDone
}

func (u *UI) worker() {
	defer close(u.jobsDone)
	for {
		job, ok := u.nextJob()
		if !ok {
			return
		}
		job()
		u.pending.Add(-1)
	}
}

// nextJob waits for the oldest queued job; false once the queue is
// stopped and empty.
func (u *UI) nextJob() (func(), bool) {
	u.jobsMu.Lock()
	defer u.jobsMu.Unlock()
	for len(u.jobs) == 0 {
		if u.stopped {
			return nil, false
		}
		u.jobsCond.Wait()
	}
	job := u.jobs[0]
	u.jobs[0] = nil
	u.jobs = u.jobs[1:]
	return job, true
}

func (u *UI) addShortcuts() {
	c := u.w.Canvas()
	ctrl := fyne.KeyModifierShortcutDefault
	add := func(k fyne.KeyName, mod fyne.KeyModifier, fn func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: mod}, func(fyne.Shortcut) { fn() })
	}
	for i, s := range u.sectionTable() {
		sec := section(i)
		add(s.key, ctrl, func() { u.choose(sec) })
	}
	add(fyne.KeyO, ctrl, u.openFileDialog)
	add(fyne.KeyL, ctrl, u.library.show)
	add(fyne.KeyF, ctrl, u.showFind)
	add(fyne.KeyP, ctrl|fyne.KeyModifierShift, u.showProfiles)
	add(fyne.KeyB, ctrl|fyne.KeyModifierShift, u.showBackups)
	u.webShortcuts(add)
	add(fyne.KeyEqual, ctrl, func() { u.changeTextScale(textScaleStep) })
	add(fyne.KeyEqual, ctrl|fyne.KeyModifierShift, func() { u.changeTextScale(textScaleStep) })
	add(fyne.KeyPlus, ctrl, func() { u.changeTextScale(textScaleStep) })
	add(fyne.KeyMinus, ctrl, func() { u.changeTextScale(-textScaleStep) })
	add(fyne.Key0, ctrl|fyne.KeyModifierShift, func() { u.setTextScale(1) })
	add(fyne.KeyQ, ctrl, u.a.Quit)
	c.SetOnTypedKey(u.onTypedKey)
	c.SetOnTypedRune(func(r rune) {
		if on := u.sectionTable()[u.current].typedRune; on != nil && on(r) {
			return
		}
		if r == '?' {
			u.showShortcuts()
		}
	})
}

func (u *UI) onTypedKey(ev *fyne.KeyEvent) {
	if top := u.w.Canvas().Overlays().Top(); top != nil && ev.Name == fyne.KeyEscape {
		// Esc leaves any dialog, as its Cancel / Close would
		if d := dialogOf(top); d != nil {
			d.Dismiss()
			return
		}
		top.Hide()
		return
	}
	if top := u.w.Canvas().Overlays().Top(); top != nil && (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) {
		// Enter is the dialog's: what it set, if anything
		if d := dialogOf(top); d != nil && d.onEnter != nil {
			d.onEnter()
		}
		return
	}
	if on := u.sectionTable()[u.current].typedKey; on != nil && on(ev) {
		return
	}
	switch ev.Name {
	case fyne.KeyF1:
		u.showShortcuts()
	case fyne.KeyHome:
		u.choose(sectionToday)
	}
}

func (u *UI) changeTextScale(d float32) { u.setTextScale(u.prefs.textScale() + d) }

func (u *UI) setTextScale(v float32) {
	u.prefs.setTextScale(v)
	u.a.Settings().SetTheme(newStudyTheme(u.prefs.textScale()))
}

func (u *UI) showShortcuts() {
	rows := [][2]string{
		{"Ctrl+0 or Home", "Today: continue reading, cards due, the unfinished quiz, assignments, streak"},
		{"R S Q N A P", "Today: continue reading, study now, resume the quiz, new quiz, next assignment, progress"},
		{"Ctrl+1", "Read the article"},
		{"Ctrl+2", "Flashcards: decks and study sessions"},
		{"Space / Enter", "Flashcards: show the answer"},
		{"1 2 3 4", "Flashcards: rate Again, Hard, Good, Easy"},
		{"U", "Flashcards: undo the last rating"},
		{"E", "Flashcards: edit the card (in a session or in Browse)"},
		{"B", "Flashcards: browse all cards"},
		{"S / N / /", "Browse: suspend or unsuspend, new card, search"},
		{"Esc", "Leave the study session or quiz (everything is saved)"},
		{"Ctrl+3", "Quiz: N new quiz, P quick practice, R resume"},
		{"Ctrl+4", "Progress: scores, mastery, activity, weakest facts"},
		{"Ctrl+5", "Teach (teacher profiles): assignments and gradebook"},
		{"A / S / H", "Quiz: open an assignment file / start the next one / hand in the result"},
		{"1-4 or A-D", "Quiz: pick an option (T/F for true or false)"},
		{"Up / Down", "Quiz: move the picked item (ordering)"},
		{"Enter", "Quiz: check the answer, then go on"},
		{"Right / Left", "Next / previous chapter (Next marks the chapter read)"},
		{"Ctrl+O", "Open an article: text, Markdown, a saved web page, an EPUB or a PDF"},
		{"Ctrl+Shift+O", "Open a web page by its address"},
		{"Ctrl+Shift+V", "Paste an article's text"},
		{"Ctrl+L", "Library of opened articles"},
		{"Ctrl+F", "Find in the article"},
		{"Ctrl+Shift+P", "Profiles: switch, add, set a teacher's PIN"},
		{"Ctrl+Shift+B", "Backups: list, restore, back up now, check the database"},
		{"Ctrl+= / Ctrl+- / Ctrl+Shift+0", "Larger / smaller / normal text"},
		{"F1 or ?", "This list"},
		{"Ctrl+Q", "Quit (everything is already saved)"},
	}
	grid := container.New(layout.NewFormLayout())
	for _, r := range rows {
		grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
		desc := widget.NewLabel(r[1])
		desc.Wrapping = fyne.TextWrapWord
		grid.Add(desc)
	}
	d := newCustom("Keyboard shortcuts", "Close", container.NewVBox(grid, widget.NewButton("About Chapterwise", u.showAbout)), u.w)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}

// showError tells the user what happened in plain words, with the wrapped
// error behind a Details toggle.
func (u *UI) showError(summary string, err error) {
	showError(u.w, summary, err)
}

func showError(w fyne.Window, summary string, err error) {
	msg := widget.NewLabel(summary)
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(msg)
	if err != nil {
		detail := widget.NewLabel(err.Error())
		detail.Wrapping = fyne.TextWrapWord
		content.Add(widget.NewAccordion(widget.NewAccordionItem("Details", detail)))
	}
	d := newCustom("Something went wrong", "OK", content, w)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

// userMessage turns an error from a lower layer into a sentence for the
// user; known causes get their own words.
func userMessage(action string, err error) string {
	switch {
	case errors.Is(err, data.ErrDiskFull) || errors.Is(err, syscall.ENOSPC):
		return action + ": the disk is full. Free some space and try again; everything saved before is safe."
	case errors.Is(err, data.ErrReadOnly) || errors.Is(err, syscall.EROFS) || errors.Is(err, os.ErrPermission):
		return action + ": the database cannot be written (read-only file or folder). Everything saved before is safe."
	case errors.Is(err, data.ErrDamaged):
		return action + ": the database is damaged. Restore a backup from Backups; the check said: " + err.Error()
	case errors.Is(err, assign.ErrNotRegular):
		return action + ": it is not an ordinary file (a named pipe, a device or a folder). Choose a saved file."
	case errors.Is(err, assign.ErrSlowFile):
		return action + ": its contents did not arrive in time (a slow or disconnected drive?). Copy the file to this computer and try again."
	}
	if msg, ok := sourceMessage(action, err); ok {
		return msg
	}
	switch {
	case errors.Is(err, quiz.ErrEmpty), errors.Is(err, quiz.ErrBinary), errors.Is(err, quiz.ErrInvalidUTF8),
		errors.Is(err, quiz.ErrTooLarge), errors.Is(err, quiz.ErrNoContent):
		return fmt.Sprintf("%s: %v. Choose a plain-text or Markdown article.", action, rootCause(err))
	}
	return fmt.Sprintf("%s. Nothing was changed; please try again.", action)
}

func rootCause(err error) error {
	for _, e := range []error{quiz.ErrEmpty, quiz.ErrBinary, quiz.ErrInvalidUTF8, quiz.ErrTooLarge, quiz.ErrNoContent} {
		if errors.Is(err, e) {
			return e
		}
	}
	return err
}

// openInChapter shows a chapter in the reader and scrolls to a paragraph.
func (u *UI) openInChapter(chapter, block int) {
	u.show(sectionRead)
	u.reader.showChapter(chapter)
	u.reader.scrollToBlock(block)
}
