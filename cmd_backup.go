package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/chapterwise/chapterwise/data"
)

func init() {
	commands["backup"] = command{"back up the database now (into backups/ next to it)", runBackup}
	commands["restore"] = command{"restore FILE: replace the database with a backup, backing up the current one first", runRestore}
	commands["check"] = command{"check the database: integrity, orphaned rows, totals, then compact and re-index", runCheck}
}

// openExisting opens the database for a maintenance command; it never
// creates one.
func openExisting(flagValue string) (*data.Store, error) {
	path := dbPath(flagValue)
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no database at %s: %w", path, err)
	}
	return data.Open(path)
}

func runBackup(args []string) int {
	fs, db, _ := newFlags("backup")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	s, err := openExisting(*db)
	if err != nil {
		return fail("cannot open the database: %v", err)
	}
	defer s.Close()
	b, err := s.Backup()
	if err != nil {
		return fail("%v", err)
	}
	fmt.Printf("Backed up to %s (%d KB).\n", b.Path, b.Size/1024)
	return 0
}

func runRestore(args []string) int {
	fs, db, _ := newFlags("restore")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		return fail("usage: chapterwise restore [--db PATH] BACKUP-FILE")
	}
	path := dbPath(*db)
	unlock, err := lockForMaintenance(path)
	if errors.Is(err, errInUse) {
		return fail("Chapterwise is open on %s, so nothing was changed. Restore from its window (Backups, then Restore), or quit it and run chapterwise restore again.", path)
	}
	if err != nil {
		return fail("%v", err)
	}
	defer unlock()
	if err := data.CheckBackup(fs.Arg(0)); err != nil {
		return fail("this backup cannot be restored, nothing was changed: %v", err)
	}
	s, err := data.Open(path)
	if errors.Is(err, data.ErrDamaged) {
		// the current file is damaged: keep it aside, then restore
		var rec *data.Recovery
		s, rec, err = data.OpenOrRecover(path)
		if rec != nil {
			fmt.Printf("The current database was damaged; it is kept as %s.\n", rec.MovedTo)
		}
	}
	if err != nil {
		return fail("cannot open the database: %v", err)
	}
	defer s.Close()
	safety, err := s.Restore(fs.Arg(0))
	if err != nil {
		return fail("%v", err)
	}
	fmt.Printf("Restored %s into %s.\nThe previous state is kept in %s.\n", fs.Arg(0), path, safety.Path)
	return 0
}

func runCheck(args []string) int {
	fs, db, _ := newFlags("check")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	path := dbPath(*db)
	if _, err := os.Stat(path); err != nil {
		return fail("cannot open the database: no database at %s: %v", path, err)
	}
	unlock, err := lockForMaintenance(path)
	if errors.Is(err, errInUse) {
		return fail("Chapterwise is open on %s, so the check did not run. Use Check database in its window (Backups), or quit it and run chapterwise check again.", path)
	}
	if err != nil {
		return fail("%v", err)
	}
	defer unlock()
	s, err := openExisting(*db)
	if err != nil {
		if errors.Is(err, data.ErrDamaged) {
			return fail("%v\nThe database is damaged. Start Chapterwise to move it aside and restore a backup, or run chapterwise restore FILE.", err)
		}
		return fail("cannot open the database: %v", err)
	}
	defer s.Close()
	r, err := s.Check()
	switch {
	case err == nil:
		fmt.Println(r.String())
		return 0
	case errors.Is(err, data.ErrDamaged):
		return fail("the check found damage: %s.\nRestore a backup with chapterwise restore FILE (the backups are in %s).", r.QuickCheck, s.BackupDir())
	case errors.Is(err, data.ErrDiskFull):
		return fail("the check could not finish because the disk is full. Free some space and run it again; your data is safe.")
	case errors.Is(err, data.ErrReadOnly):
		return fail("the check could not finish because the database cannot be written (a read-only file, folder or disk); your data is safe.")
	}
	return fail("the check could not finish: %v", err)
}

// lockForMaintenance takes the database's instance lock for a command
// that must not run while the window has the database open (restore,
// check); errInUse means it is open.
func lockForMaintenance(path string) (unlock func(), err error) {
	f, err := lockDatabase(path)
	if err != nil {
		return nil, err
	}
	return func() { unlockDatabase(f) }, nil
}
