package data

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Backups are whole copies of the database made with VACUUM INTO in a
// backups folder next to it, named chapterwise-YYYYMMDD-HHMMSS.db (UTC).
const (
	backupPrefix = "chapterwise-"
	backupSuffix = ".db"
	backupLayout = "20060102-150405"
	// BackupEvery is the least time between automatic backups.
	BackupEvery = 30 * time.Minute
)

// Backup is one backup file.
type Backup struct {
	Path string
	Time time.Time // when it was made (UTC)
	Size int64
}

// BackupDir is the folder the store's backups go to.
func (s *Store) BackupDir() string { return filepath.Join(filepath.Dir(s.path), "backups") }

// Backup writes a consistent copy of the database now and prunes old
// backups. It is safe while the app runs: VACUUM INTO reads one snapshot.
func (s *Store) Backup() (Backup, error) {
	dir := s.BackupDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Backup{}, fmt.Errorf("back up: create %s: %w", dir, err)
	}
	now := s.utcNow()
	name := backupPrefix + now.Format(backupLayout) + backupSuffix
	path := filepath.Join(dir, name)
	for i := 1; fileExists(path); i++ { // two backups in one second
		path = filepath.Join(dir, fmt.Sprintf("%s%s-%d%s", backupPrefix, now.Format(backupLayout), i, backupSuffix))
	}
	tmp := path + ".part"
	os.Remove(tmp)
	if err := s.db.Exec("VACUUM INTO ?", tmp).Error; err != nil {
		os.Remove(tmp)
		return Backup{}, fmt.Errorf("back up to %s: %w", dir, err)
	}
	if err := syncFile(tmp); err != nil {
		os.Remove(tmp)
		return Backup{}, fmt.Errorf("back up: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return Backup{}, fmt.Errorf("back up: %w", err)
	}
	s.backedUpAt, s.backedUpChanges = now, s.changes()
	st, _ := os.Stat(path)
	b := Backup{Path: path, Time: now}
	if st != nil {
		b.Size = st.Size()
	}
	if err := s.pruneBackups(now); err != nil {
		return b, err
	}
	return b, nil
}

// BackupIfDue backs up when something changed since the last backup and
// BackupEvery has passed (or, with force, whenever something changed: on
// a clean exit). It reports whether it made one.
func (s *Store) BackupIfDue(force bool) (bool, error) {
	if s.changes() == s.backedUpChanges {
		return false, nil
	}
	if !force && !s.backedUpAt.IsZero() && s.utcNow().Sub(s.backedUpAt) < BackupEvery {
		return false, nil
	}
	if !force && s.backedUpAt.IsZero() {
		// first change since start: count the 30 minutes from the last
		// backup on disk
		if list, err := ListBackups(s.BackupDir()); err == nil && len(list) > 0 && s.utcNow().Sub(list[0].Time) < BackupEvery {
			return false, nil
		}
	}
	_, err := s.Backup()
	return err == nil, err
}

// changes is how many rows this connection has changed since it opened.
func (s *Store) changes() int64 {
	var n int64
	s.db.Raw("SELECT total_changes()").Scan(&n)
	return n
}

// ListBackups lists the backups in dir, newest first.
func ListBackups(dir string) ([]Backup, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups: %w", err)
	}
	var out []Backup
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, backupPrefix) || !strings.HasSuffix(name, backupSuffix) {
			continue
		}
		stamp := strings.TrimSuffix(strings.TrimPrefix(name, backupPrefix), backupSuffix)
		if len(stamp) > len(backupLayout) {
			stamp = stamp[:len(backupLayout)]
		}
		t, err := time.Parse(backupLayout, stamp)
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, Backup{Path: filepath.Join(dir, name), Time: t, Size: info.Size()})
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Time.Equal(out[j].Time) {
			return out[i].Time.After(out[j].Time)
		}
		return out[i].Path > out[j].Path
	})
	return out, nil
}

// KeepBackups chooses the backups to keep, given their times newest
// first: the newest of each of the last 12 days, 10 weeks and 9 months
// that have a backup (as Anki does), and every backup of the last hour.
func KeepBackups(times []time.Time, now time.Time) []bool {
	keep := make([]bool, len(times))
	rules := []struct {
		n   int
		key func(time.Time) string
	}{
		{12, func(t time.Time) string { return t.Format(time.DateOnly) }},
		{10, func(t time.Time) string { y, w := t.ISOWeek(); return fmt.Sprintf("%d-W%02d", y, w) }},
		{9, func(t time.Time) string { return t.Format("2006-01") }},
	}
	for _, r := range rules {
		seen := map[string]bool{}
		for i, t := range times {
			k := r.key(t)
			if seen[k] {
				continue
			}
			if len(seen) == r.n {
				break
			}
			seen[k] = true
			keep[i] = true
		}
	}
	for i, t := range times {
		if now.Sub(t) < time.Hour {
			keep[i] = true
		}
	}
	return keep
}

func (s *Store) pruneBackups(now time.Time) error {
	list, err := ListBackups(s.BackupDir())
	if err != nil {
		return err
	}
	times := make([]time.Time, len(list))
	for i, b := range list {
		times[i] = b.Time
	}
	for i, k := range KeepBackups(times, now) {
		if !k {
			if err := os.Remove(list[i].Path); err != nil {
				return fmt.Errorf("remove old backup: %w", err)
			}
		}
	}
	return nil
}

// CheckBackup says whether a backup (or any database file) can be
// restored: SQLite's quick_check passes, its schema is not newer than this
// build's, and a copy of it, brought up to date, has every table and
// column this build uses. The file itself is never changed.
func CheckBackup(path string) error {
	dir, err := os.MkdirTemp("", "chapterwise-check-")
	if err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
	}
	defer os.RemoveAll(dir)
	_, err = prepareRestore(path, filepath.Join(dir, "check.db"))
	return err
}

// checkBackupFile is CheckBackup's first look, on the file as it is.
func checkBackupFile(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("backup %s is not a regular file", path)
	}
	if st.Size() == 0 {
		return fmt.Errorf("backup %s: %w: the file is empty", path, ErrDamaged)
	}
	db, err := gorm.Open(sqlite.Open(path+"?_pragma=query_only(1)"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
	}
	sqlDB, _ := db.DB()
	defer sqlDB.Close()
	var rows []string
	if err := db.Raw("PRAGMA quick_check").Scan(&rows).Error; err != nil {
		return fmt.Errorf("backup %s: %w: %v", path, ErrDamaged, err)
	}
	if len(rows) != 1 || rows[0] != "ok" {
		return fmt.Errorf("backup %s: %w: %s", path, ErrDamaged, strings.Join(rows, "; "))
	}
	var version int
	if err := db.Raw("PRAGMA user_version").Scan(&version).Error; err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
	}
	if version > SchemaVersion() {
		return fmt.Errorf("backup %s: %w", path, ErrNewerSchema)
	}
	if version == 0 {
		return fmt.Errorf("backup %s %w", path, errNotOurs)
	}
	return nil
}

// errNotOurs means a SQLite file that Chapterwise did not write.
var errNotOurs = errors.New("is not a Chapterwise database")

// prepareRestore checks backup and copies it to tmp, brought up to the
// current schema and checked table by table: tmp is ready to take the
// database's place. It returns tmp; on an error tmp is removed.
func prepareRestore(backup, tmp string) (string, error) {
	if err := checkBackupFile(backup); err != nil {
		return "", err
	}
	removeDB(tmp)
	if err := copyFile(backup, tmp); err != nil {
		removeDB(tmp)
		return "", fmt.Errorf("copy the backup: %w", classifyDiskError(tmp, err))
	}
	s := &Store{path: tmp, now: timeNow, loc: time.Local}
	if err := s.open(); err != nil {
		removeDB(tmp)
		return "", fmt.Errorf("backup %s cannot be used: %w", backup, classifyDiskError(tmp, err))
	}
	err := checkSchema(s.db)
	if err == nil {
		// fold the log into the file, so that tmp alone is the database
		err = s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)").Error
	}
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		removeDB(tmp)
		return "", fmt.Errorf("backup %s: %w", backup, err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	return tmp, nil
}

// removeDB removes a database file with its log.
func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}

// moveDB renames a database file with its log, if any.
func moveDB(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(to + suffix)
		if fileExists(from + suffix) {
			if err := os.Rename(from+suffix, to+suffix); err != nil {
				return err
			}
		}
	}
	return nil
}

// Restore replaces the database with a backup in one action. It checks a
// migrated copy of the backup first, backs up the current state, then
// swaps the files and reopens. On any failure before the swap nothing
// changes; when the restored file does not open, the previous file is put
// back automatically (and, failing that, the safety backup).
func (s *Store) Restore(backup string) (Backup, error) {
	tmp, err := prepareRestore(backup, s.path+".restore")
	if err != nil {
		return Backup{}, fmt.Errorf("restore: %w", err)
	}
	defer removeDB(tmp)
	safety, err := s.Backup()
	if err != nil {
		return Backup{}, fmt.Errorf("restore: could not back up the current state first, so nothing was changed: %w", classifyDiskError(s.path, err))
	}
	if err := s.Close(); err != nil {
		return safety, fmt.Errorf("restore: %w", err)
	}
	aside := s.path + ".before-restore"
	removeDB(aside)
	if err := moveDB(s.path, aside); err != nil {
		return safety, s.rollBack(aside, safety, fmt.Errorf("keep the current database aside: %w", err))
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return safety, s.rollBack(aside, safety, fmt.Errorf("put the backup in place: %w", err))
	}
	if restoreHook != nil {
		restoreHook(s.path)
	}
	if err := s.open(); err != nil {
		return safety, s.rollBack(aside, safety, fmt.Errorf("open the restored database: %w", err))
	}
	removeDB(aside)
	s.backedUpChanges = s.changes()
	return safety, nil
}

// restoreHook, when set by a test, runs between the swap and the reopen.
var restoreHook func(path string)

// rollBack puts the database that was there before a failed restore back
// in place and reopens it: the file kept aside, else the safety backup.
func (s *Store) rollBack(aside string, safety Backup, cause error) error {
	if fileExists(aside) {
		removeDB(s.path)
		if err := moveDB(aside, s.path); err == nil {
			if err := s.open(); err == nil {
				return fmt.Errorf("restore: %w; nothing was changed, your data is as it was", cause)
			}
		}
	}
	removeDB(s.path)
	if err := copyFile(safety.Path, s.path); err == nil {
		if err := s.open(); err == nil {
			return fmt.Errorf("restore: %w; your data was put back from the safety backup %s", cause, safety.Path)
		}
	}
	return fmt.Errorf("restore: %w; the previous state could not be reopened either: restore %s with chapterwise restore", cause, safety.Path)
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func syncFile(p string) error {
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
