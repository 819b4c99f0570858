package data

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/chapterwise/chapterwise/quiz"
)

// A database from before the study day was stored gets every logged
// review's day from the same function that days new ones.
func TestMigrationDaysOldReviewsLikeNewOnes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v3.db")
	db, err := gorm.Open(sqliteDialector(path), &gorm.Config{})
	if err != nil {
		t.Fatal(err)
	}
	times := []time.Time{
		time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local),
		time.Date(2026, 3, 3, 2, 0, 0, 0, time.Local), // past midnight: still the 2nd's study day
		time.Date(2026, 3, 3, 4, 0, 0, 0, time.Local),
	}
	err = db.Transaction(func(tx *gorm.DB) error {
		for _, m := range migrations[:3] {
			if err := m(tx); err != nil {
				return err
			}
		}
		stmts := []string{
			`INSERT INTO profiles(id, name, created_at) VALUES (1, 'Me', '2026-03-01')`,
			`INSERT INTO articles(id, hash, title, source, content, added_at, opened_at) VALUES (1, 'h', 'T', 's', x'00', '2026-03-01', '2026-03-01')`,
		}
		for i, at := range times {
			stmts = append(stmts, fmt.Sprintf(`INSERT INTO review_logs(id, profile_id, article_id, card_key, rating, reviewed_ms, elapsed_days,
				interval_days, state_before, state_after, duration_ms, before_json) VALUES (%d, 1, 1, 'c', 3, %d, 0, 0, 0, 1, 1000, '{}')`, i+1, at.UnixMilli()))
		}
		return execAll(tx, append(stmts, "PRAGMA user_version = 3")...)
	})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, _ := db.DB()
	sqlDB.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, at := range times {
		var day string
		if err := s.db.Raw(`SELECT day FROM review_logs WHERE id = ?`, i+1).Scan(&day).Error; err != nil {
			t.Fatal(err)
		}
		if want := quiz.StudyDay(at, time.Local, RolloverHour); day != want || day != s.day(at) {
			t.Errorf("review at %s: day %q, want %q", at, day, want)
		}
	}
	var days int
	if err := s.db.Raw(`SELECT COUNT(*) FROM daily_activity`).Scan(&days).Error; err != nil || days != 2 {
		t.Errorf("daily totals on %d days (%v), want 2", days, err)
	}
}

// Every write that fails for a full disk says so with ErrDiskFull, so the
// window can tell the user to free space without reading SQLite's words.
func TestWritesOnAFullDiskAreErrDiskFull(t *testing.T) {
	dir := mountTmpfs(t, "1m")
	s, pid, aid := studiedDB(t, filepath.Join(dir, "cw.db"))
	defer s.Close()
	fillDisk(t, dir)
	big := make([]byte, 256<<10)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	writes := []struct {
		name string
		do   func() error
	}{
		{"add an article", func() error { _, err := s.AddArticle("Big", "x", false, big); return err }},
		{"tick many chapters", func() error {
			for ch := 0; ch < 2000; ch++ {
				if err := s.MarkRead(pid, aid, ch, true); err != nil {
					return err
				}
			}
			return nil
		}},
	}
	for _, w := range writes {
		t.Run(w.name, func(t *testing.T) {
			err := w.do()
			if err == nil {
				t.Skip("the write found room")
			}
			if !errors.Is(err, ErrDiskFull) {
				t.Errorf("%s on a full disk = %v, want ErrDiskFull", w.name, err)
			}
		})
	}
}
