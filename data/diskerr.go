package data

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
)

// Errors of the disk rather than the database; callers tell the user what
// to do about them.
var (
	ErrDiskFull = errors.New("the disk is full")
	ErrReadOnly = errors.New("the database cannot be written")
)

// lowSpace is the free space under which a failed write is put down to a
// full disk: SQLite reports a shared-memory file it cannot grow as a plain
// "disk I/O error".
const lowSpace = 1 << 20

// classifyDiskError marks err as ErrDiskFull or ErrReadOnly when the
// database at path failed because of its disk.
func classifyDiskError(path string, err error) error {
	if err == nil || errors.Is(err, ErrDiskFull) || errors.Is(err, ErrReadOnly) {
		return err
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "database or disk is full") || strings.Contains(msg, "SQLITE_FULL") || errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%w: %w", ErrDiskFull, err)
	case strings.Contains(msg, "disk I/O error") || strings.Contains(msg, "SQLITE_IOERR"):
		if free, ok := freeBytes(filepath.Dir(path)); ok && free < lowSpace {
			return fmt.Errorf("%w: %w", ErrDiskFull, err)
		}
	case strings.Contains(msg, "readonly database") || strings.Contains(msg, "SQLITE_READONLY") || errors.Is(err, syscall.EROFS):
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	}
	return err
}
