package main

import (
	"errors"
	"time"
)

// windowHooks are how the instance reaches the window: run runs a function
// on the UI goroutine (fyne.Do), open opens files there, raise brings the
// window forward there.
type windowHooks struct {
	run   func(func())
	open  func(files []string)
	raise func()
}

// The ways a start can end without the database.
var (
	// errAlreadyOpen: the running window took the files and came forward.
	errAlreadyOpen = errors.New("chapterwise is already open on this database")
	// errBusy: another process holds the database but cannot take the
	// files now, because it is closing (or still starting).
	errBusy = errors.New("chapterwise is closing on this database")
	// errNoHandOver: another Chapterwise holds the database and the files
	// could not be handed to it; the error says why.
	errNoHandOver = errors.New("chapterwise is open on this database but could not be reached")
	// errInUse: a maintenance command found the database held.
	errInUse = errors.New("chapterwise is open on this database")
	// errStillClosing: waitForInstance gave up.
	errStillClosing = errors.New("the previous Chapterwise window is still closing")
)

// waitForInstance claims the database like claimInstance, but while the
// holder is closing (errBusy) it tries again until it gets the database,
// the files are handed over, or timeout passes (errStillClosing). slow is
// called once, after slowAfter, so the caller can say why nothing shows
// yet; cancel stops the wait early (errStillClosing).
func waitForInstance(db string, files []string, timeout, slowAfter time.Duration, slow func(), cancel <-chan struct{}) (*instance, error) {
	start := time.Now()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		in, err := claimInstance(db, files)
		if !errors.Is(err, errBusy) {
			return in, err
		}
		if slow != nil && time.Since(start) >= slowAfter {
			slow()
			slow = nil
		}
		if time.Since(start) >= timeout {
			return nil, errStillClosing
		}
		select {
		case <-tick.C:
		case <-cancel:
			return nil, errStillClosing
		}
	}
}
