package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
)

// TestDamagedDatabaseAtStartOffersTheBackup damages the database between
// two runs: the app starts on a fresh one, says so, and Enter restores the
// newest backup with the reading progress in it.
func TestDamagedDatabaseAtStartOffersTheBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "chapterwise.db")
	u, store := newTestUI(t, path)
	u.reader.next() // chapter 1 read
	u.Sync()
	if _, err := store.Backup(); err != nil {
		t.Fatal(err)
	}
	u.Shutdown()
	store.Close()
	os.WriteFile(path, []byte("scribbled over"), 0o644)
	os.Remove(path + "-wal")

	a := test.NewTempApp(t)
	s2, rec, err := data.OpenOrRecover(path)
	if err != nil || rec == nil || rec.Backup == nil {
		t.Fatalf("recover: %+v %v", rec, err)
	}
	defer s2.Close()
	u2 := New(a, s2, Options{Builtin: assets.Article, Recovery: rec, Manual: true})
	defer u2.Shutdown()
	u2.Start()
	<-u2.Ready()
	u2.Sync()
	msg := strings.Join(textsAll(u2.w.Canvas().Overlays().Top()), " ")
	if !strings.Contains(msg, "could not be read") || !strings.Contains(msg, rec.MovedTo) {
		t.Fatalf("no recovery message: %q", msg)
	}
	if u2.reader.doc.progress.Read[0] {
		t.Fatal("the fresh database already has progress")
	}
	u2.w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	u2.Sync()
	if !u2.reader.doc.progress.Read[0] {
		t.Error("the backup's progress is not back after restoring")
	}
	if _, err := os.Stat(rec.MovedTo); err != nil {
		t.Errorf("the damaged file is gone: %v", err)
	}
}

func TestBackupsDialogBacksUpAndChecks(t *testing.T) {
	u, store := newTestUI(t, "")
	u.showBackups()
	u.Sync()
	if !strings.Contains(strings.Join(textsAll(u.w.Canvas().Overlays().Top()), " "), "No backups yet") {
		t.Fatal("empty backups dialog does not say so")
	}
	tapOverlay(t, u, "Back up now")
	u.Sync()
	list, _ := data.ListBackups(store.BackupDir())
	if len(list) != 1 {
		t.Fatalf("backups after Back up now = %d", len(list))
	}
	u.w.Canvas().Overlays().Remove(u.w.Canvas().Overlays().Top())
	u.showBackups()
	u.Sync()
	tapOverlay(t, u, "Check database")
	u.Sync()
	if got := strings.Join(textsAll(u.w.Canvas().Overlays().Top()), " "); !strings.Contains(got, "Integrity: ok") {
		t.Errorf("check report = %q", got)
	}
}

func TestUserMessageNamesDiskFullAndReadOnly(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("record answer: %w", data.ErrDiskFull), "disk is full"},
		{&os.PathError{Op: "write", Path: "/x/result.cwresult", Err: syscall.ENOSPC}, "disk is full"},
		{fmt.Errorf("record answer: %w", data.ErrReadOnly), "cannot be written"},
		{&os.PathError{Op: "open", Path: "/x/cw.db", Err: syscall.EROFS}, "cannot be written"},
		{fmt.Errorf("open: %w", data.ErrDamaged), "Restore a backup"},
		// the words alone are not a cause: only data's typed errors are
		{errors.New("database or disk is full (13)"), "Nothing was changed"},
		{errors.New("something else"), "Nothing was changed"},
	} {
		if got := userMessage("Your answer could not be saved", tc.err); !strings.Contains(got, tc.want) {
			t.Errorf("%v -> %q", tc.err, got)
		}
	}
}

func TestUserMessageNamesBadArticlesAndFiles(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("decode: %w", quiz.ErrBinary), ": " + quiz.ErrBinary.Error() + ". Choose a plain-text or Markdown article."},
		{fmt.Errorf("parse: %w", quiz.ErrEmpty), ". Choose a plain-text or Markdown article."},
		{fmt.Errorf("read: %w", assign.ErrNotRegular), "not an ordinary file"},
		{fmt.Errorf("read: %w", assign.ErrSlowFile), "did not arrive in time"},
	}
	for _, tt := range tests {
		if got := userMessage("Could not open x.txt", tt.err); !strings.HasPrefix(got, "Could not open x.txt") || !strings.Contains(got, tt.want) {
			t.Errorf("%v -> %q, want it to say %q", tt.err, got, tt.want)
		}
	}
}
