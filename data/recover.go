package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Recovery says what OpenOrRecover did with a damaged database.
type Recovery struct {
	Reason  error   // why the database could not be used
	MovedTo string  // where the damaged file was moved (it is kept)
	Backup  *Backup // the newest backup that passes its check, if any
}

// OpenOrRecover opens the database at path. When the file is damaged (not
// a database, truncated, failing quick_check, empty) it does not overwrite
// it: it moves it aside with a timestamp, starts a fresh database in its
// place and returns a Recovery naming the newest good backup, which the
// caller offers to restore. Other errors (a newer schema, a folder that
// cannot be written) are returned unchanged and touch nothing.
func OpenOrRecover(path string, opts ...Option) (*Store, *Recovery, error) {
	s, err := Open(path, opts...)
	if err == nil || !errors.Is(err, ErrDamaged) {
		return s, nil, classifyDiskError(path, err)
	}
	probe := &Store{now: timeNow}
	for _, o := range opts {
		o(probe)
	}
	moved := fmt.Sprintf("%s.damaged-%s", path, probe.utcNow().Format(backupLayout))
	if err := os.Rename(path, moved); err != nil {
		return nil, nil, fmt.Errorf("the database is damaged and could not be moved aside (%v): %w", err, ErrDamaged)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if fileExists(path + suffix) {
			os.Rename(path+suffix, moved+suffix)
		}
	}
	rec := &Recovery{Reason: err, MovedTo: moved}
	list, _ := ListBackups(filepath.Join(filepath.Dir(path), "backups"))
	for _, b := range list {
		if CheckBackup(b.Path) == nil {
			rec.Backup = &b
			break
		}
	}
	s, err = Open(path, opts...)
	if err != nil {
		return nil, rec, fmt.Errorf("start a fresh database after moving the damaged one to %s: %w", moved, classifyDiskError(path, err))
	}
	return s, rec, nil
}
