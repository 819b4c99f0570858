package data

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"

	"gorm.io/gorm"
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

// SQLite's primary result codes that say something about the disk or the
// file (https://www.sqlite.org/rescode.html).
const (
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteNotADB   = 26
)

// sqliteCode is the primary result code of a SQLite error in err's chain,
// or 0.
func sqliteCode(err error) int {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		return coded.Code() & 0xff
	}
	return 0
}

// classifyDiskError marks err as ErrDiskFull or ErrReadOnly when the
// database at path failed because of its disk, by SQLite's result code
// or, where a layer dropped the code, its message.
func classifyDiskError(path string, err error) error {
	if err == nil || errors.Is(err, ErrDiskFull) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrDamaged) {
		return err
	}
	code, msg := sqliteCode(err), err.Error()
	switch {
	case code == sqliteFull || strings.Contains(msg, "database or disk is full") || strings.Contains(msg, "SQLITE_FULL") || errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%w: %w", ErrDiskFull, err)
	case code == sqliteIOErr || strings.Contains(msg, "disk I/O error") || strings.Contains(msg, "SQLITE_IOERR"):
		if free, ok := freeBytes(filepath.Dir(path)); ok && free < lowSpace {
			return fmt.Errorf("%w: %w", ErrDiskFull, err)
		}
	case code == sqliteReadOnly || strings.Contains(msg, "readonly database") || strings.Contains(msg, "SQLITE_READONLY") || errors.Is(err, syscall.EROFS):
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	case code == sqliteCorrupt || code == sqliteNotADB:
		return fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	return err
}

// classifyErrors makes every statement on db return its disk and damage
// errors as ErrDiskFull, ErrReadOnly or ErrDamaged, so that callers
// above data can tell them apart with errors.Is. Commits are classified
// by Store.transaction.
func classifyErrors(db *gorm.DB, path string) error {
	fix := func(tx *gorm.DB) {
		if tx.Error != nil {
			tx.Error = classifyDiskError(path, tx.Error)
		}
	}
	cb := db.Callback()
	for _, err := range []error{
		cb.Create().After("*").Register("chapterwise:classify", fix),
		cb.Query().After("*").Register("chapterwise:classify", fix),
		cb.Update().After("*").Register("chapterwise:classify", fix),
		cb.Delete().After("*").Register("chapterwise:classify", fix),
		cb.Row().After("*").Register("chapterwise:classify", fix),
		cb.Raw().After("*").Register("chapterwise:classify", fix),
	} {
		if err != nil {
			return fmt.Errorf("register error classification: %w", err)
		}
	}
	return nil
}

// transaction is db.Transaction with its errors, the commit's included,
// classified as every statement's are.
func (s *Store) transaction(fn func(tx *gorm.DB) error) error {
	return classifyDiskError(s.path, s.db.Transaction(fn))
}
