package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/data"
)

// TestBackupRestoreAndCheckCommands runs the three maintenance commands
// on a real database file.
func TestBackupRestoreAndCheckCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cli.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	s.MarkRead(p.ID, art.ID, 0, true)
	s.Close()
	if code := runBackup([]string{"--db", db}); code != 0 {
		t.Fatalf("backup exit %d", code)
	}
	list, _ := data.ListBackups(filepath.Join(filepath.Dir(db), "backups"))
	if len(list) != 1 {
		t.Fatalf("backups = %v", list)
	}
	// Change the database, then restore the backup.
	s, _ = data.Open(db)
	s.MarkRead(p.ID, art.ID, 3, true)
	s.Close()
	time.Sleep(1100 * time.Millisecond) // a distinct name for the safety backup
	if code := runRestore([]string{"--db", db, list[0].Path}); code != 0 {
		t.Fatalf("restore exit %d", code)
	}
	s, _ = data.Open(db)
	prog, _ := s.Progress(p.ID, art.ID)
	s.Close()
	if !prog.Read[0] || prog.Read[3] {
		t.Errorf("after restore: %+v", prog)
	}
	if list, _ := data.ListBackups(filepath.Join(filepath.Dir(db), "backups")); len(list) != 2 {
		t.Errorf("no safety backup before the restore: %v", list)
	}
	if code := runCheck([]string{"--db", db}); code != 0 {
		t.Errorf("check exit %d", code)
	}
	// A text file is refused as a backup, and the database is unchanged.
	bad := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(bad, []byte("notes"), 0o644)
	if code := runRestore([]string{"--db", db, bad}); code == 0 {
		t.Error("a text file was restored")
	}
	if code := runCheck([]string{"--db", filepath.Join(t.TempDir(), "none.db")}); code == 0 {
		t.Error("check of a missing database succeeded")
	}
}

// TestRestoreAndCheckRefuseWhileTheWindowIsOpen: with the window open on
// the database, restore and check change nothing and say why (restore
// used to swap the file under the window, which went on writing to the
// deleted one); once it is closed they run.
func TestRestoreAndCheckRefuseWhileTheWindowIsOpen(t *testing.T) {
	t.Setenv("XDG_RUNTIME_DIR", "")
	t.Setenv("TMPDIR", t.TempDir())
	db := filepath.Join(t.TempDir(), "open.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	b, err := s.Backup()
	if err != nil {
		t.Fatal(err)
	}
	s.MarkRead(p.ID, art.ID, 2, true) // after the backup
	s.Close()

	in, err := claimInstance(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := lockDatabase(db); f != nil {
		unlockDatabase(f)
		in.release()
		t.Skip("no instance lock on this system")
	}
	if code := runRestore([]string{"--db", db, b.Path}); code == 0 {
		t.Error("restore ran while the window was open")
	}
	if code := runCheck([]string{"--db", db}); code == 0 {
		t.Error("check ran while the window was open")
	}
	s, _ = data.Open(db)
	prog, _ := s.Progress(p.ID, art.ID)
	s.Close()
	if !prog.Read[2] {
		t.Error("the refused restore changed the database")
	}
	in.release()
	if code := runRestore([]string{"--db", db, b.Path}); code != 0 {
		t.Errorf("restore after the window closed: exit %d", code)
	}
	if code := runCheck([]string{"--db", db}); code != 0 {
		t.Errorf("check after the window closed: exit %d", code)
	}
}
