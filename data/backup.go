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

// CheckBackup opens a backup (or any database file) on its own and says
// whether it can be restored: SQLite's quick_check passes and its schema is
// not newer than this build's.
func CheckBackup(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
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
		return fmt.Errorf("backup %s is not a Chapterwise database", path)
	}
	return nil
}

// Restore replaces the database with a backup in one action: it checks
// the backup, backs up the current state first, then swaps the file and
// reopens. On any failure before the swap nothing changes.
func (s *Store) Restore(backup string) (Backup, error) {
	if err := CheckBackup(backup); err != nil {
		return Backup{}, fmt.Errorf("restore: %w", err)
	}
	safety, err := s.Backup()
	if err != nil {
		return Backup{}, fmt.Errorf("restore: could not back up the current state first, so nothing was changed: %w", err)
	}
	tmp := s.path + ".restore"
	if err := copyFile(backup, tmp); err != nil {
		os.Remove(tmp)
		return safety, fmt.Errorf("restore: %w", err)
	}
	if err := s.Close(); err != nil {
		os.Remove(tmp)
		return safety, fmt.Errorf("restore: %w", err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(s.path + suffix)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return safety, fmt.Errorf("restore: %w", err)
	}
	if err := s.open(); err != nil {
		return safety, fmt.Errorf("restore: reopen: %w", err)
	}
	s.backedUpChanges = s.changes()
	return safety, nil
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
