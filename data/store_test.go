package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

// newTestStore opens a real database file in a temporary folder.
func newTestStore(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestProgressSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.DefaultProfile()
	if err != nil {
		t.Fatal(err)
	}
	item, err := s.AddArticle("A title", "built-in", true, []byte("Title\n\nHeading\n\nSome text here."))
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []func() error{
		func() error { return s.SetCurrentArticle(p.ID, item.ID) },
		func() error { return s.MarkRead(p.ID, item.ID, 0, true) },
		func() error { return s.MarkRead(p.ID, item.ID, 2, true) },
		func() error { return s.MarkRead(p.ID, item.ID, 2, false) },
		func() error { return s.MarkRead(p.ID, item.ID, 3, true) },
		func() error { return s.OpenChapter(p.ID, item.ID, 1) },
		func() error { time.Sleep(2 * time.Millisecond); return s.OpenChapter(p.ID, item.ID, 3) },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	p2, err := s2.DefaultProfile()
	if err != nil || p2.ID != p.ID || p2.Name != DefaultProfileName {
		t.Fatalf("profile after reopen = %+v, %v", p2, err)
	}
	cur, err := s2.CurrentArticle(p2.ID)
	if err != nil || cur.ID != item.ID || !cur.Builtin {
		t.Fatalf("current article = %+v, %v", cur, err)
	}
	prog, err := s2.Progress(p2.ID, item.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !prog.Read[0] || prog.Read[2] || !prog.Read[3] || prog.ReadCount(10) != 2 {
		t.Errorf("read = %v", prog.Read)
	}
	if prog.Current != 3 {
		t.Errorf("current chapter = %d, want 3", prog.Current)
	}
}

func TestAddArticleIsIdentifiedByContent(t *testing.T) {
	s, _ := newTestStore(t)
	a, err := s.AddArticle("One", "/tmp/a.txt", false, []byte("text"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.AddArticle("One again", "/tmp/b.txt", false, []byte("text"))
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != b.ID || b.Source != "/tmp/b.txt" {
		t.Errorf("same content gave %+v and %+v", a, b)
	}
	c, err := s.AddArticle("Two", "/tmp/c.txt", false, []byte("other text"))
	if err != nil || c.ID == a.ID {
		t.Fatalf("different content: %+v, %v", c, err)
	}
	lib, err := s.Library()
	if err != nil || len(lib) != 2 {
		t.Fatalf("library = %+v, %v", lib, err)
	}
	content, err := s.ArticleContent(c.ID)
	if err != nil || string(content) != "other text" {
		t.Errorf("content = %q, %v", content, err)
	}
	if _, err := s.ArticleContent(999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article err = %v", err)
	}
}

func TestCurrentArticleUnsetIsNotFound(t *testing.T) {
	s, _ := newTestStore(t)
	p, err := s.DefaultProfile()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CurrentArticle(p.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound", err)
	}
}

func schemaVersion(t *testing.T, s *Store) int {
	t.Helper()
	var v int
	if err := s.db.Raw("PRAGMA user_version").Scan(&v).Error; err != nil {
		t.Fatal(err)
	}
	return v
}

func TestMigrationsOnEmptyAndMigratedDatabase(t *testing.T) {
	s, path := newTestStore(t)
	if v := schemaVersion(t, s); v != SchemaVersion() {
		t.Fatalf("version after first open = %d, want %d", v, SchemaVersion())
	}
	p, _ := s.DefaultProfile()
	item, _ := s.AddArticle("T", "x", false, []byte("x"))
	if err := s.MarkRead(p.ID, item.ID, 1, true); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatalf("reopen migrated database: %v", err)
	}
	defer s2.Close()
	if v := schemaVersion(t, s2); v != SchemaVersion() {
		t.Errorf("version after reopen = %d", v)
	}
	prog, err := s2.Progress(p.ID, item.ID)
	if err != nil || !prog.Read[1] {
		t.Errorf("data lost across reopen: %v %v", prog, err)
	}
}

func TestNewerSchemaIsRefusedAndLeftUntouched(t *testing.T) {
	s, path := newTestStore(t)
	if err := s.db.Exec("PRAGMA user_version = 999").Error; err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("err = %v, want ErrNewerSchema", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("the newer database was changed")
	}
}

func TestOpenInBadFolderGivesClearError(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, path, want string }{
		{"missing folder", filepath.Join(dir, "nope", "x.db"), "does not exist"},
		{"parent is a file", filepath.Join(file, "x.db"), "not a folder"},
		{"path is a folder", dir, "is a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.path)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to say %q", err, tt.want)
			}
		})
	}
}

func TestOpenReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write to a read-only folder; covered by the checks that do not depend on permissions")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	_, err := Open(filepath.Join(dir, "x.db"))
	if err == nil || !strings.Contains(err.Error(), "cannot be written") {
		t.Errorf("err = %v", err)
	}
}

func TestProfileRoleMapsToQuiz(t *testing.T) {
	s, _ := newTestStore(t)
	p, err := s.DefaultProfile()
	if err != nil {
		t.Fatal(err)
	}
	if p.Role != quiz.Student {
		t.Errorf("role = %q", p.Role)
	}
}

func TestNetworkFileSystemDetection(t *testing.T) {
	if fsName(0x6969) != "NFS" || fsName(0xEF53) != "" { // 0xEF53 is ext4
		t.Errorf("fsName: NFS %q, ext4 %q", fsName(0x6969), fsName(0xEF53))
	}
	s, _ := newTestStore(t)
	if got := s.NetworkFileSystem(); got != "" {
		t.Errorf("a temp dir on this machine is on %q", got)
	}
}
