package data

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// fixtureV1 is a database written by schema 1 (the first release): a
// profile, an article and reading progress. Regenerate it only if it is
// lost, with CHAPTERWISE_WRITE_FIXTURE=1 go test ./data -run FixtureV1.
const fixtureV1 = "testdata/schema-v1.db"

func TestWriteFixtureV1(t *testing.T) {
	if os.Getenv("CHAPTERWISE_WRITE_FIXTURE") == "" {
		t.Skip("writes testdata/schema-v1.db when asked to")
	}
	os.Remove(fixtureV1)
	s := &Store{path: fixtureV1, now: timeNow, loc: time.UTC}
	db, err := gorm.Open(sqliteDialector(fixtureV1), &gorm.Config{})
	if err != nil {
		t.Fatal(err)
	}
	s.db = db
	err = db.Transaction(func(tx *gorm.DB) error {
		if err := migrateV1(tx); err != nil {
			return err
		}
		return execAll(tx, "PRAGMA user_version = 1",
			`INSERT INTO profiles(id, name, role, created_at) VALUES (1, 'Ada', 'student', '2026-01-05 10:00:00')`,
			`INSERT INTO articles(id, hash, title, source, builtin, content, added_at, opened_at)
				VALUES (1, 'h1', 'An old article', 'old.txt', 0, CAST('# An old article' AS BLOB), '2026-01-05 10:00:00', '2026-01-05 10:00:00')`,
			`UPDATE profiles SET current_article_id = 1`,
			`INSERT INTO chapter_progress(profile_id, article_id, chapter, read, read_at) VALUES (1, 1, 0, 1, '2026-01-05 10:05:00'), (1, 1, 2, 1, '2026-01-05 10:09:00')`)
	})
	if err == nil {
		err = execAll(db, "PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA journal_mode = DELETE")
	}
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// TestMigrationFromSchemaV1KeepsTheData opens a copy of a database from
// the first release: it is migrated to the current schema with its
// profile, article and progress intact, and the new features work on it.
func TestMigrationFromSchemaV1KeepsTheData(t *testing.T) {
	b, err := os.ReadFile(fixtureV1)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "old.db")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("open the schema-1 database: %v", err)
	}
	defer s.Close()
	if v := schemaVersion(t, s); v != SchemaVersion() {
		t.Fatalf("schema = %d, want %d", v, SchemaVersion())
	}
	p, err := s.DefaultProfile()
	if err != nil || p.Name != "Ada" {
		t.Fatalf("profile = %+v, %v", p, err)
	}
	cur, err := s.CurrentArticle(p.ID)
	if err != nil || cur.Title != "An old article" {
		t.Fatalf("current article = %+v, %v", cur, err)
	}
	prog, _ := s.Progress(p.ID, cur.ID)
	if !prog.Read[0] || !prog.Read[2] || prog.Read[1] {
		t.Errorf("progress = %+v", prog)
	}
	if _, _, err := s.RecordReview(Review{ProfileID: p.ID, ArticleID: cur.ID, CardKey: "k", Rating: fsrs.Good,
		After: fsrs.Card{State: fsrs.Learning}, At: time.Now()}); err != nil {
		t.Errorf("review on a migrated database: %v", err)
	}
	id, err := s.StartQuiz(p.ID, cur.ID, quiz.QuizSpec{Count: 1, Mode: quiz.Test}, testQuestions()[:1], time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RecordAnswer(id, testQuestions()[0], quiz.Answer{Index: 0, Given: []string{"1992"}, Correct: true, Points: 1}); err != nil {
		t.Errorf("answer on a migrated database: %v", err)
	}
}

// TestConcurrentTransactionsNeverLock runs 8 goroutines x 50
// read-then-write transactions through the store: no "database is
// locked" error, and every write is there.
func TestConcurrentTransactionsNeverLock(t *testing.T) {
	s, _ := newTestStore(t)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	qs := testQuestions()
	var wg sync.WaitGroup
	errs := make(chan error, 8*50)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			id, err := s.StartQuiz(p.ID, art.ID, quiz.QuizSpec{Count: 50, Mode: quiz.Test}, make([]quiz.Question, 50), time.Now())
			if err != nil {
				errs <- err
				return
			}
			for i := 0; i < 50; i++ {
				// RecordAnswer reads the quiz, then writes the answer and
				// the totals, in one transaction.
				if err := s.RecordAnswer(id, qs[0], quiz.Answer{Index: i, Given: []string{"x"}, At: time.Now()}); err != nil {
					errs <- err
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	n := 0
	for err := range errs {
		n++
		if n <= 3 {
			t.Error(err)
		}
	}
	if n > 0 {
		t.Fatalf("%d of 400 transactions failed", n)
	}
	st, _ := s.Stats()
	if st[0].Answers != 400 {
		t.Errorf("answers stored = %d, want 400", st[0].Answers)
	}
}

// TestTransactionsUseOnlyTx reads the package's source: inside every
// Transaction callback, the Store's own db must not be used (with one
// connection it would wait forever for the connection the transaction
// holds).
// pureMethods are Store methods that do not touch the database.
var pureMethods = map[string]bool{"utcNow": true, "day": true}

func TestTransactionsUseOnlyTx(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	callbacks := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Transaction" && sel.Sel.Name != "transaction") || len(call.Args) == 0 {
				return true
			}
			fn, ok := call.Args[0].(*ast.FuncLit)
			if !ok {
				return true
			}
			callbacks++
			ast.Inspect(fn.Body, func(m ast.Node) bool {
				if s, ok := m.(*ast.SelectorExpr); ok && s.Sel.Name == "db" {
					if id, ok := s.X.(*ast.Ident); ok && id.Name == "s" {
						t.Errorf("%s: s.db used inside a Transaction callback", fset.Position(s.Pos()))
					}
				}
				if c, ok := m.(*ast.CallExpr); ok {
					if s, ok := c.Fun.(*ast.SelectorExpr); ok {
						if id, ok := s.X.(*ast.Ident); ok && id.Name == "s" && !pureMethods[s.Sel.Name] {
							t.Errorf("%s: a Store method (s.%s) called inside a Transaction callback", fset.Position(s.Pos()), s.Sel.Name)
						}
					}
				}
				return true
			})
			return true
		})
	}
	if callbacks < 8 {
		t.Errorf("found only %d Transaction callbacks; is the test still reading the right files?", callbacks)
	}
}

func TestBackupIfDueAndRestoreRoundTrip(t *testing.T) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	path := filepath.Join(t.TempDir(), "b.db")
	s, err := Open(path, WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	if made, err := s.BackupIfDue(false); made || err != nil {
		t.Fatalf("backup with no change: %v %v", made, err)
	}
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	s.MarkRead(p.ID, art.ID, 0, true)
	if made, err := s.BackupIfDue(false); !made || err != nil {
		t.Fatalf("first backup after a change: %v %v", made, err)
	}
	s.MarkRead(p.ID, art.ID, 1, true)
	now = now.Add(10 * time.Minute)
	if made, _ := s.BackupIfDue(false); made {
		t.Error("a backup 10 minutes after the last one")
	}
	now = now.Add(25 * time.Minute)
	if made, _ := s.BackupIfDue(false); !made {
		t.Error("no backup 35 minutes after the last one with a change")
	}
	s.MarkRead(p.ID, art.ID, 2, true)
	if made, _ := s.BackupIfDue(true); !made {
		t.Error("no backup on exit after a change")
	}
	list, _ := ListBackups(s.BackupDir())
	if len(list) != 3 {
		t.Fatalf("backups = %d, want 3", len(list))
	}
	// The first backup has chapter 0 read only. After restoring it, the
	// later reading is gone from the database but kept in the safety
	// backup Restore made first.
	oldest := list[len(list)-1]
	now = now.Add(time.Minute)
	safety, err := s.Restore(oldest.Path)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := s.Progress(p.ID, art.ID)
	if err != nil || !prog.Read[0] || prog.Read[1] || prog.Read[2] {
		t.Errorf("after restore: %+v %v", prog, err)
	}
	s2, err := Open(safety.Path)
	if err != nil {
		t.Fatal(err)
	}
	prog2, _ := s2.Progress(p.ID, art.ID)
	s2.Close()
	if !prog2.Read[2] {
		t.Error("the safety backup lacks the state before the restore")
	}
	// A damaged file is refused and nothing changes.
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte("not a database at all"), 0o644)
	if _, err := s.Restore(bad); err == nil {
		t.Error("a text file was restored")
	}
	if prog, _ := s.Progress(p.ID, art.ID); !prog.Read[0] {
		t.Error("a refused restore changed the database")
	}
}

func TestKeepBackupsRotation(t *testing.T) {
	now := time.Date(2026, 6, 30, 12, 0, 0, 0, time.UTC)
	// A backup every 6 hours for 400 days, newest first.
	var times []time.Time
	for t := now; t.After(now.AddDate(0, 0, -400)); t = t.Add(-6 * time.Hour) {
		times = append(times, t)
	}
	keep := KeepBackups(times, now)
	var kept []time.Time
	for i, k := range keep {
		if k {
			kept = append(kept, times[i])
		}
	}
	// 12 days + the weeks and months they do not already cover, and the
	// ones from the last hour: about 12 + 8 + 7.
	if len(kept) < 25 || len(kept) > 32 {
		t.Errorf("kept %d backups: %v", len(kept), kept)
	}
	if !kept[0].Equal(now) {
		t.Error("the newest backup was not kept")
	}
	oldest := kept[len(kept)-1]
	if now.Sub(oldest) < 240*24*time.Hour {
		t.Errorf("the oldest kept backup is only from %v", oldest)
	}
	days := map[string]bool{}
	for _, k := range kept {
		days[k.Format(time.DateOnly)] = true
	}
	for d := 0; d < 12; d++ {
		if !days[now.AddDate(0, 0, -d).Format(time.DateOnly)] {
			t.Errorf("no backup kept for %d days ago", d)
		}
	}
}

func TestBackupsArePrunedOnDisk(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	s, err := Open(filepath.Join(t.TempDir(), "p.db"), WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 40; i++ { // one a day for 40 days
		if _, err := s.Backup(); err != nil {
			t.Fatal(err)
		}
		now = now.AddDate(0, 0, 1)
	}
	list, _ := ListBackups(s.BackupDir())
	times := make([]time.Time, len(list))
	for i, b := range list {
		times[i] = b.Time
	}
	for _, k := range KeepBackups(times, now) {
		if !k {
			t.Fatal("a backup the rotation would drop is still on disk")
		}
	}
	if len(list) < 12 || len(list) > 20 {
		t.Errorf("%d backups on disk after 40 days", len(list))
	}
}

// TestDamagedDatabaseIsMovedAsideAndBackupOffered covers an empty file, a
// text file, a truncated database and one with a flipped page.
func TestDamagedDatabaseIsMovedAsideAndBackupOffered(t *testing.T) {
	good := func(t *testing.T, dir string) []byte {
		s, err := Open(filepath.Join(dir, "src.db"))
		if err != nil {
			t.Fatal(err)
		}
		p, _ := s.DefaultProfile()
		art, _ := s.AddArticle("T", "x", false, bytes.Repeat([]byte("x"), 20000))
		for i := 0; i < 200; i++ {
			s.RecordReview(Review{ProfileID: p.ID, ArticleID: art.ID, CardKey: fmt.Sprint("k", i), Rating: fsrs.Good, After: fsrs.Card{State: fsrs.Review}, At: time.Now()})
		}
		s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		s.Close()
		b, _ := os.ReadFile(filepath.Join(dir, "src.db"))
		return b
	}
	cases := []struct {
		name   string
		damage func(b []byte) []byte
	}{
		{"empty file", func([]byte) []byte { return nil }},
		{"text file", func([]byte) []byte { return []byte("These are my notes, not a database.\n") }},
		{"truncated", func(b []byte) []byte { return b[:len(b)/3] }},
		{"flipped page", func(b []byte) []byte {
			c := append([]byte(nil), b...)
			for i := 4096 * 2; i < 4096*3 && i < len(c); i++ {
				c[i] ^= 0xA5
			}
			return c
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "chapterwise.db")
			// a good backup exists
			orig := good(t, dir)
			os.MkdirAll(filepath.Join(dir, "backups"), 0o755)
			os.WriteFile(filepath.Join(dir, "backups", "chapterwise-20260301-120000.db"), orig, 0o644)
			damaged := tc.damage(orig)
			os.WriteFile(path, damaged, 0o644)
			s, rec, err := OpenOrRecover(path)
			if err != nil {
				t.Fatalf("OpenOrRecover: %v", err)
			}
			defer s.Close()
			if rec == nil || !errors.Is(rec.Reason, ErrDamaged) {
				t.Fatalf("recovery = %+v", rec)
			}
			kept, err := os.ReadFile(rec.MovedTo)
			if err != nil || !bytes.Equal(kept, damaged) {
				t.Errorf("the damaged file was not kept as it was (%v)", err)
			}
			if rec.Backup == nil || !strings.HasSuffix(rec.Backup.Path, "chapterwise-20260301-120000.db") {
				t.Fatalf("offered backup = %+v", rec.Backup)
			}
			// the fresh database works, and restoring the backup brings
			// the reviews back
			if _, err := s.DefaultProfile(); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Restore(rec.Backup.Path); err != nil {
				t.Fatal(err)
			}
			st, _ := s.Stats()
			if st[0].Reviews != 200 {
				t.Errorf("reviews after restoring the backup = %d", st[0].Reviews)
			}
		})
	}
	// With no backup, the app starts fresh and says there is none.
	dir := t.TempDir()
	path := filepath.Join(dir, "chapterwise.db")
	os.WriteFile(path, []byte("garbage"), 0o644)
	s, rec, err := OpenOrRecover(path)
	if err != nil || rec == nil || rec.Backup != nil {
		t.Fatalf("no-backup recovery: %+v %v", rec, err)
	}
	s.Close()
}

func TestCheckRemovesOrphansAndFixesTotals(t *testing.T) {
	s, _ := newTestStore(t)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	qs := testQuestions()
	id, _ := s.StartQuiz(p.ID, art.ID, quiz.QuizSpec{Count: 3, Mode: quiz.Test}, qs, time.Now())
	s.RecordAnswer(id, qs[0], quiz.GradeAnswer(qs[0], 0, []string{"1992"}, time.Now(), time.Second))
	// Damage that foreign keys would have prevented, and wrong totals.
	err := execAll(s.db, "PRAGMA foreign_keys = OFF",
		`INSERT INTO quiz_answers(quiz_id, question_index, chapter, fact_keys, given_json, correct, points, answered_ms, duration_ms, day)
			VALUES (999, 0, 0, '[]', '[]', 1, 1, 0, 0, '2026-01-01')`,
		`INSERT INTO card_states(profile_id, article_id, card_key, chapter) VALUES (42, 42, 'ghost', 0)`,
		`UPDATE chapter_stats SET answers = 77`,
		"PRAGMA foreign_keys = ON")
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	if r.QuickCheck != "ok" || r.Orphans["quiz_answers"] != 1 || r.Orphans["card_states"] != 1 || r.TotalsFixed == 0 {
		t.Errorf("report = %+v", r)
	}
	pr, _ := s.StudyProgress(p.ID, art.ID, 3, 30, time.Now())
	if pr.Chapters[0].Answers != 1 {
		t.Errorf("chapter answers after check = %d, want 1", pr.Chapters[0].Answers)
	}
	if !strings.Contains(r.String(), "Removed 2 orphaned rows") {
		t.Errorf("report text = %q", r.String())
	}
	// A second check finds nothing more to do.
	r2, _ := s.Check()
	if r2.TotalsFixed != 0 || r2.Orphans["quiz_answers"] != 0 {
		t.Errorf("second check = %+v", r2)
	}
}

// foreignDB writes a SQLite file that is not Chapterwise's: its own tables
// and the given user_version.
func foreignDB(t *testing.T, path string, version int, stmts ...string) {
	t.Helper()
	db, err := gorm.Open(sqliteDialector(path), &gorm.Config{})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, _ := db.DB()
	defer sqlDB.Close()
	for _, q := range append(stmts, fmt.Sprintf("PRAGMA user_version = %d", version), "PRAGMA wal_checkpoint(TRUNCATE)") {
		if err := db.Exec(q).Error; err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// studiedDB is a Chapterwise database with one article read to chapter 0.
func studiedDB(t *testing.T, path string) (*Store, int64, int64) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	if err := s.MarkRead(p.ID, art.ID, 0, true); err != nil {
		t.Fatal(err)
	}
	return s, p.ID, art.ID
}

// TestRestoreRefusesForeignDatabases: a SQLite file of another program
// with any user_version passes no check, and the database stays usable.
// Each needs the schema check on a migrated copy: before it, versions 1-5
// passed CheckBackup and were swapped in.
func TestRestoreRefusesForeignDatabases(t *testing.T) {
	notes := "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"
	cases := []struct {
		name    string
		version int
		stmts   []string
	}{
		{"notes file, version 1", 1, []string{notes}},
		{"notes file, version 3", 3, []string{notes}},
		{"notes file, version 4", 4, []string{notes}},
		{"notes file, version 5", 5, []string{notes}},
		{"profiles without a column, version 5", 5, []string{"CREATE TABLE profiles (id INTEGER PRIMARY KEY, name TEXT)", notes}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			foreign := filepath.Join(dir, "other.sqlite")
			foreignDB(t, foreign, tc.version, tc.stmts...)
			if err := CheckBackup(foreign); err == nil {
				t.Error("CheckBackup passed a foreign file")
			}
			s, pid, aid := studiedDB(t, filepath.Join(dir, "cw.db"))
			defer s.Close()
			if _, err := s.Restore(foreign); err == nil || !strings.Contains(err.Error(), "not a Chapterwise database") {
				t.Errorf("Restore = %v, want a refusal that says it is not a Chapterwise database", err)
			}
			if prog, err := s.Progress(pid, aid); err != nil || !prog.Read[0] {
				t.Errorf("after the refused restore: %+v %v", prog, err)
			}
			if fileExists(filepath.Join(dir, "cw.db.restore")) {
				t.Error("the checked copy was left behind")
			}
		})
	}
	// a genuine backup of an older schema is still restored
	t.Run("schema 1 backup", func(t *testing.T) {
		dir := t.TempDir()
		s, _, _ := studiedDB(t, filepath.Join(dir, "cw.db"))
		defer s.Close()
		if _, err := s.Restore(fixtureV1); err != nil {
			t.Fatalf("restore the schema-1 fixture: %v", err)
		}
		if _, err := s.DefaultProfile(); err != nil {
			t.Fatal(err)
		}
	})
}

// TestFailedReopenRollsBack: when the restored file does not open, the
// previous database is put back at once and keeps working.
func TestFailedReopenRollsBack(t *testing.T) {
	dir := t.TempDir()
	s, pid, aid := studiedDB(t, filepath.Join(dir, "cw.db"))
	defer func() { s.Close() }()
	b, err := s.Backup()
	if err != nil {
		t.Fatal(err)
	}
	s.MarkRead(pid, aid, 1, true) // after the backup
	restoreHook = func(path string) { os.WriteFile(path, []byte("lost on the way"), 0o644) }
	defer func() { restoreHook = nil }()
	_, err = s.Restore(b.Path)
	if err == nil || !strings.Contains(err.Error(), "your data is as it was") {
		t.Fatalf("Restore = %v, want an error saying the data was put back", err)
	}
	prog, err := s.Progress(pid, aid)
	if err != nil || !prog.Read[0] || !prog.Read[1] {
		t.Fatalf("after the rollback: %+v %v", prog, err)
	}
	s.Close()
	if s, err = Open(filepath.Join(dir, "cw.db")); err != nil {
		t.Fatalf("reopen after the rollback: %v", err)
	}
}

// TestForeignSchemaAtOpenIsMovedAside: a file with our version number but
// not our tables is moved aside like a damaged one, so the window starts
// (before, every query failed with "no such table: profiles").
func TestForeignSchemaAtOpenIsMovedAside(t *testing.T) {
	for _, version := range []int{2, 4, 5} {
		t.Run(fmt.Sprint("version ", version), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "cw.db")
			foreignDB(t, path, version, "CREATE TABLE notes (id INTEGER PRIMARY KEY)")
			s, rec, err := OpenOrRecover(path)
			if err != nil {
				t.Fatalf("OpenOrRecover: %v", err)
			}
			defer s.Close()
			if rec == nil || !fileExists(rec.MovedTo) {
				t.Fatalf("recovery = %+v", rec)
			}
			if _, err := s.DefaultProfile(); err != nil {
				t.Errorf("the fresh database: %v", err)
			}
		})
	}
}

// mountTmpfs mounts a small file system at a new folder; it needs root.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small file system here (needs root): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// fillDisk writes a file until the disk is full.
func fillDisk(t *testing.T, dir string) {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			return
		}
	}
}

// TestFullOrReadOnlyDiskIsNamed: a full disk at open is ErrDiskFull (it
// was "disk I/O error (4874)"), and a check that cannot write reports no
// sizes it did not measure (it printed "156 KB → 0 KB").
func TestFullOrReadOnlyDiskIsNamed(t *testing.T) {
	t.Run("full at open", func(t *testing.T) {
		dir := mountTmpfs(t, "1m")
		path := filepath.Join(dir, "cw.db")
		s, _, _ := studiedDB(t, path)
		s.Close()
		fillDisk(t, dir)
		_, _, err := OpenOrRecover(path)
		if !errors.Is(err, ErrDiskFull) {
			t.Errorf("open on a full disk = %v, want ErrDiskFull", err)
		}
		if !fileExists(path) {
			t.Error("the database was moved aside")
		}
	})
	t.Run("check on a read-only file", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "cw.db")
		s, pid, aid := studiedDB(t, path)
		s.db.Exec("PRAGMA foreign_keys = OFF")
		s.db.Exec("INSERT INTO chapter_progress(profile_id, article_id, chapter, read) VALUES (?, ?, 7, 1)", pid+100, aid)
		s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		s.Close()
		// a read-only bind mount of the file: read-only even for root
		if out, err := exec.Command("mount", "--bind", "-o", "ro", path, path).CombinedOutput(); err != nil {
			t.Skipf("cannot make a read-only bind mount here (needs root): %v %s", err, out)
		}
		defer exec.Command("umount", "-l", path).Run()
		exec.Command("mount", "-o", "remount,bind,ro", path).Run()
		if f, err := os.OpenFile(path, os.O_RDWR, 0); err == nil {
			f.Close()
			t.Skip("the bind mount is not read-only")
		}
		s, err := Open(path)
		if err != nil {
			if !errors.Is(err, ErrReadOnly) {
				t.Errorf("open a read-only file = %v, want ErrReadOnly", err)
			}
			return
		}
		defer s.Close()
		r, err := s.Check()
		t.Logf("check on a read-only file: %v", err)
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("check = %v, want ErrReadOnly", err)
		}
		if strings.Contains(r.String(), "→ 0 KB") {
			t.Errorf("report after a failed check: %q", r.String())
		}
	})
	t.Run("check on a full disk", func(t *testing.T) {
		dir := mountTmpfs(t, "1m")
		path := filepath.Join(dir, "cw.db")
		s, pid, aid := studiedDB(t, path)
		defer s.Close()
		// something for the check to repair, so it must write
		s.db.Exec("PRAGMA foreign_keys = OFF")
		s.db.Exec("INSERT INTO chapter_progress(profile_id, article_id, chapter, read) VALUES (?, ?, 7, 1)", pid+100, aid)
		fillDisk(t, dir)
		r, err := s.Check()
		if err == nil {
			t.Skip("the check found room to write")
		}
		if !errors.Is(err, ErrDiskFull) {
			t.Errorf("check = %v, want ErrDiskFull", err)
		}
		if strings.Contains(r.String(), "→ 0 KB") {
			t.Errorf("report after a failed check: %q", r.String())
		}
	})
}
