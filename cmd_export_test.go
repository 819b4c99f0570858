package main

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
	"github.com/chapterwise/chapterwise/quiz/interop"
)

// exportDB makes a database whose first profile has the built-in article
// open, an own card in chapter 2 and one generated card suspended.
func exportDB(t *testing.T) (db string, suspended quiz.Card, pid, aid int64) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "export.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.DefaultProfile()
	if err != nil {
		t.Fatal(err)
	}
	a, err := quiz.ParseArticle(assets.Article)
	if err != nil {
		t.Fatal(err)
	}
	item, err := s.AddArticle(a.Title, "built-in", true, assets.Article)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetCurrentArticle(p.ID, item.ID); err != nil {
		t.Fatal(err)
	}
	own := quiz.CardEdit{Key: "own-1", Own: true, Chapter: 1, Block: -1, Front: "=My own front", Back: "my own back"}
	if err := s.SaveCardEdit(p.ID, item.ID, own); err != nil {
		t.Fatal(err)
	}
	cards := quiz.MakeCards(a, quiz.Extract(a))
	suspended = cards[0]
	if err := s.SetSuspended(p.ID, item.ID, suspended.Key, suspended.Chapter, true); err != nil {
		t.Fatal(err)
	}
	return db, suspended, p.ID, item.ID
}

func TestExportCommand(t *testing.T) {
	db, suspended, _, _ := exportDB(t)
	dir := t.TempDir()
	for _, f := range exportFormats {
		t.Run(f.name, func(t *testing.T) {
			out := filepath.Join(dir, "out-"+f.name+f.ext)
			if code := runExport([]string{"--db", db, "--format", f.name, "--out", out}); code != 0 {
				t.Fatalf("exit %d", code)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			switch f.name {
			case "apkg":
				zr, err := zip.OpenReader(out)
				if err != nil {
					t.Fatal(err)
				}
				defer zr.Close()
				if len(zr.File) != 2 || zr.File[0].Name != "collection.anki2" {
					t.Fatalf("package holds %v", zr.File)
				}
			case "tsv", "quizlet", "csv":
				cards, err := interop.ReadCards(b)
				if err != nil {
					t.Fatal(err)
				}
				var own, susp bool
				for _, c := range cards {
					own = own || c.Front == "=My own front"
					susp = susp || c.Front == oneLineIf(f.name == "quizlet", suspended.Front)
				}
				if !own || susp {
					t.Fatalf("own card exported %v, suspended card exported %v", own, susp)
				}
			case "gift", "moodle":
				read := map[string]func([]byte) (interop.Imported, error){"gift": interop.ReadGIFT, "moodle": interop.ReadMoodleXML}[f.name]
				got, err := read(b)
				if err != nil {
					t.Fatal(err)
				}
				if len(got.Questions) < 10 || len(got.Skipped) > 0 {
					t.Fatalf("%d questions read back, %d skipped", len(got.Questions), len(got.Skipped))
				}
			case "kahoot":
				if lines := strings.Count(string(b), "\n"); lines < 10 {
					t.Fatalf("%d lines", lines)
				}
			}
		})
	}
}

func oneLineIf(flat bool, s string) string {
	if flat {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

func TestExportCommandRefuses(t *testing.T) {
	db, _, _, _ := exportDB(t)
	out := filepath.Join(t.TempDir(), "x.csv")
	tests := []struct {
		name string
		args []string
	}{
		{"unknown format", []string{"--db", db, "--format", "pdf", "--out", out}},
		{"chapter out of range", []string{"--db", db, "--format", "csv", "--chapter", "999", "--out", out}},
		{"no database", []string{"--db", filepath.Join(t.TempDir(), "none.db"), "--format", "csv", "--out", out}},
		{"unknown assignment", []string{"--db", db, "--format", "gift", "--assignment", "nope", "--out", out}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code := runExport(tt.args); code == 0 {
				t.Fatal("exit 0")
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Fatalf("a file was written: %v", err)
			}
		})
	}
}

func TestImportCardsCommand(t *testing.T) {
	db, _, pid, aid := exportDB(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "quizlet.txt")
	os.WriteFile(good, []byte("Ulaanbaatar\tthe capital\nkhural\tan assembly\n"), 0o600)
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("front,back\na,b\nc,\n"), 0o600)
	ownCards := func() int {
		s, err := data.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		edits, err := s.CardEdits(pid, aid)
		if err != nil {
			t.Fatal(err)
		}
		return len(edits)
	}
	before := ownCards()
	if code := runImportCards([]string{"--db", db, bad}); code == 0 {
		t.Fatal("a file with an empty back was imported")
	}
	if n := ownCards(); n != before {
		t.Fatalf("a bad file wrote %d cards", n-before)
	}
	for i := 0; i < 2; i++ { // the second import replaces the first
		if code := runImportCards([]string{"--db", db, "--chapter", "2", good}); code != 0 {
			t.Fatalf("exit %d", code)
		}
	}
	if n := ownCards(); n != before+2 {
		t.Fatalf("%d cards after importing 2 cards twice", n-before)
	}
}

func TestImportQuestionsCommand(t *testing.T) {
	db, _, _, aid := exportDB(t)
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	teacher, err := s.CreateProfile("Teacher", quiz.Teacher)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetCurrentArticle(teacher.ID, aid); err != nil {
		t.Fatal(err)
	}
	s.Close()
	dir := t.TempDir()
	gift := filepath.Join(dir, "bank.gift")
	if code := runExport([]string{"--db", db, "--article", strconv.FormatInt(aid, 10), "--format", "gift", "--questions", "12", "--out", gift}); code != 0 {
		t.Fatalf("export exit %d", code)
	}
	b, _ := os.ReadFile(gift)
	b = append(b, []byte("\n\n::essay:: Discuss. {}\n\n::dup:: Pick {=a ~a ~b}\n")...)
	os.WriteFile(gift, b, 0o600)
	bad := filepath.Join(dir, "bad.gift")
	os.WriteFile(bad, []byte("Q1 {T}\n\nQ2 {=a ~b\n"), 0o600)
	if code := runImportQuestions([]string{"--db", db, bad}); code == 0 {
		t.Fatal("a file with an unclosed brace was imported")
	}
	if code := runImportQuestions([]string{"--db", db, gift}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s, err = data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.Assignments(teacher.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Title != "Imported: bank" || len(list[0].Questions) != 12 {
		t.Fatalf("assignments %d, questions %d", len(list), len(list[0].Questions))
	}
	chapters := map[int]bool{}
	for _, q := range list[0].Questions {
		chapters[q.Chapter] = true
	}
	if len(chapters) < 2 {
		t.Fatalf("every question in one chapter: %v", chapters)
	}
}

// TestExportCommandFromAFileAndAChapter exports straight from an article
// file (no database) and one chapter's cards.
func TestExportCommandFromAFileAndAChapter(t *testing.T) {
	art := filepath.Join("assets", assets.ArticleName)
	a, err := quiz.ParseArticle(assets.Article)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "ch2.csv")
	if code := runExport([]string{"--article", art, "--format", "csv", "--chapter", "2", "--out", out}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	b, _ := os.ReadFile(out)
	cards, err := interop.ReadCards(b)
	if err != nil || len(cards) == 0 {
		t.Fatalf("%d cards, %v", len(cards), err)
	}
	for _, c := range cards {
		if c.Chapter != a.Chapters[1].Title {
			t.Fatalf("a card of chapter %q in chapter 2's export", c.Chapter)
		}
	}
	xmlOut := filepath.Join(t.TempDir(), "q.xml")
	if code := runExport([]string{"--article", art, "--format", "moodle", "--questions", "6", "--out", xmlOut}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	b, _ = os.ReadFile(xmlOut)
	got, err := interop.ReadMoodleXML(b)
	if err != nil || len(got.Questions) != 6 {
		t.Fatalf("%d questions, %v", len(got.Questions), err)
	}
}

// TestExportCommandCarriesSchedules exports an Anki package with
// --schedules: a reviewed card arrives as a review card with its FSRS
// state, the others as new cards.
func TestExportCommandCarriesSchedules(t *testing.T) {
	db, _, pid, aid := exportDB(t)
	a, _ := quiz.ParseArticle(assets.Article)
	card := quiz.MakeCards(a, quiz.Extract(a))[1]
	now := time.Now().UTC()
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	after := fsrs.Card{State: fsrs.Review, Stability: 9, Difficulty: 4, Due: now.Add(72 * time.Hour), LastReview: now, ScheduledDays: 3, Reps: 2}
	if _, _, err := s.RecordReview(data.Review{ProfileID: pid, ArticleID: aid, CardKey: card.Key, Chapter: card.Chapter,
		Rating: fsrs.Good, After: after, At: now}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "deck.apkg")
	if code := runExport([]string{"--db", db, "--format", "apkg", "--schedules", "--out", out}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	rc, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	col := filepath.Join(dir, "collection.anki2")
	b, _ := io.ReadAll(rc)
	rc.Close()
	os.WriteFile(col, b, 0o600)
	adb, err := gorm.Open(sqlite.Open(col), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	if sdb, err := adb.DB(); err == nil {
		defer sdb.Close()
	}
	var counts []struct{ Type, N int }
	adb.Raw("select type, count(*) as n from cards group by type order by type").Scan(&counts)
	if len(counts) != 2 || counts[1].Type != 2 || counts[1].N != 1 {
		t.Fatalf("cards by type %+v, want one review card", counts)
	}
	var data string
	adb.Raw("select data from cards where type = 2").Scan(&data)
	if data != `{"s":9.0000,"d":4.0000}` {
		t.Fatalf("FSRS state %q", data)
	}
}
