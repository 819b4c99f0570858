// Package data keeps Chapterwise's learning history in SQLite through gorm
// and the pure-Go glebarez/sqlite driver, and maps its rows to quiz types.
//
// The database is opened as ../shared/specs/storage.md says: WAL, FULL
// synchronous commits, foreign keys, a 5 s busy timeout and immediate
// transactions. The pool holds one connection: SQLite has one writer anyway,
// and with one connection the order of writes is the order of calls. The
// price is that a query on the Store's db inside a Transaction callback would
// wait forever for the connection its own transaction holds; every method
// therefore uses only the tx it is given, and TestTransactionsUseOnlyTx runs
// each method under a deadline to prove it.
package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glebarez/sqlite"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// DSNOptions are the connection options from the storage spec, in order.
const DSNOptions = "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)&_txlock=immediate"

// Errors a caller may want to tell apart.
var (
	ErrNewerSchema = errors.New("this database was written by a newer version of Chapterwise")
	ErrNotFound    = errors.New("not found")
)

// Store is the app's database.
type Store struct {
	db   *gorm.DB
	path string
	now  func() time.Time
	loc  *time.Location

	pins pinGuesses // wrong PIN guesses, to slow guessing down

	backedUpAt      time.Time // the last backup this run made
	backedUpChanges int64     // total_changes() at that backup
}

// WithLocation sets the time zone of study days (default: local time).
func WithLocation(loc *time.Location) Option {
	return func(s *Store) { s.loc = loc }
}

// Option changes how Open sets up a Store.
type Option func(*Store)

// WithClock makes the store take the time from now (UTC is applied).
func WithClock(now func() time.Time) Option {
	return func(s *Store) { s.now = now }
}

// Open opens or creates the database at path and brings its schema up to
// date. It refuses a database written by a newer Chapterwise.
func Open(path string, opts ...Option) (*Store, error) {
	s := &Store{path: path, now: timeNow, loc: time.Local}
	for _, o := range opts {
		o(s)
	}
	if err := checkFolder(path); err != nil {
		return nil, err
	}
	if st, err := os.Stat(path); err == nil && st.Size() == 0 {
		// SQLite would take an empty file as a new database; a study
		// database that became empty lost its data, so say so.
		return nil, fmt.Errorf("%w: the file %s is empty", ErrDamaged, path)
	}
	if err := s.open(); err != nil {
		return nil, err
	}
	return s, nil
}

// open connects to s.path, checks it and migrates it.
func (s *Store) open() error {
	db, err := gorm.Open(sqliteDialector(s.path), &gorm.Config{
		TranslateError: true,
		NowFunc:        func() time.Time { return s.now().UTC() },
		Logger:         logger.Discard,
	})
	if err != nil {
		return classifyOpenError(s.path, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return fmt.Errorf("open database %s: %w", s.path, err)
	}
	sqlDB.SetMaxOpenConns(1)
	if err := classifyErrors(db, s.path); err != nil {
		sqlDB.Close()
		return err
	}
	s.db = db
	if err := s.quickCheck(); err != nil {
		s.Close()
		return err
	}
	if err := s.migrate(); err != nil {
		s.Close()
		return classifyOpenError(s.path, err)
	}
	if err := checkSchema(s.db); err != nil {
		// a SQLite file with our version number but not our tables
		s.Close()
		return fmt.Errorf("%w (%s)", err, s.path)
	}
	s.backedUpChanges = s.changes()
	return nil
}

// classifyOpenError marks SQLite's "not a database" and "malformed"
// errors as ErrDamaged.
func classifyOpenError(path string, err error) error {
	msg := err.Error()
	if code := sqliteCode(err); code == sqliteCorrupt || code == sqliteNotADB || strings.Contains(msg, "not a database") || strings.Contains(msg, "malformed") || strings.Contains(msg, "SQLITE_CORRUPT") ||
		strings.Contains(msg, "SQLITE_NOTADB") {
		return fmt.Errorf("%w (%s): %v", ErrDamaged, path, err)
	}
	if errors.Is(err, ErrDamaged) || errors.Is(err, ErrNewerSchema) {
		return err
	}
	if isSchemaMismatch(msg) {
		// a migration met tables that are not the ones it expects: the
		// file is some other program's, or was edited by hand
		return fmt.Errorf("%w (%s): it %w: %v", ErrDamaged, path, errNotOurs, err)
	}
	return fmt.Errorf("open database %s: %w", path, classifyDiskError(path, err))
}

// isSchemaMismatch says whether a migration error is about the tables
// found (missing or already there) rather than the disk.
func isSchemaMismatch(msg string) bool {
	for _, m := range []string{"no such table", "no such column", "duplicate column", "already exists"} {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return fmt.Errorf("close database: %w", err)
	}
	return sqlDB.Close()
}

func (s *Store) utcNow() time.Time { return s.now().UTC() }

// timeNow is the default clock.
var timeNow = time.Now

// RolloverHour is when a study day starts, local time (as the scheduler's).
const RolloverHour = fsrs.DefaultRollover

// day is the study day of a moment, for the daily totals.
func (s *Store) day(t time.Time) string { return quiz.StudyDay(t, s.loc, RolloverHour) }

// checkFolder gives a plain message when the database cannot live at path.
func checkFolder(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("the folder for the database, %s, does not exist: %w", dir, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a folder, so the database cannot be created there", dir)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a folder, not a database file", path)
	}
	probe, err := os.CreateTemp(dir, ".chapterwise-write-test-*")
	if err != nil {
		return fmt.Errorf("the folder %s cannot be written to (%w); choose another place with --db", dir, err)
	}
	name := probe.Name()
	probe.Close()
	os.Remove(name)
	return nil
}

// ErrDamaged means the database file failed SQLite's own check.
var ErrDamaged = errors.New("the database file is damaged")

func (s *Store) quickCheck() error {
	var rows []string
	if err := s.db.Raw("PRAGMA quick_check").Scan(&rows).Error; err != nil {
		return fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if len(rows) != 1 || rows[0] != "ok" {
		return fmt.Errorf("%w: %s", ErrDamaged, strings.Join(rows, "; "))
	}
	return nil
}

// sqliteDialector opens path with the spec's connection options.
func sqliteDialector(path string) gorm.Dialector { return sqlite.Open(path + DSNOptions) }
