package data

import (
	"fmt"
	"os"
	"strings"

	"gorm.io/gorm"
)

// CheckReport is what Check found and did.
type CheckReport struct {
	QuickCheck   string         // "ok", or SQLite's complaints
	Orphans      map[string]int // rows removed per table because what they belonged to is gone
	TotalsFixed  int            // running-total rows that differed from the history and were rebuilt
	SizeBefore   int64
	SizeAfter    int64 // 0 unless Compacted
	Compacted    bool  // VACUUM, REINDEX and ANALYZE ran to the end
	IntegrityErr error
}

// String is the report in plain words.
func (r CheckReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Integrity: %s.\n", r.QuickCheck)
	n := 0
	for _, c := range r.Orphans {
		n += c
	}
	if n == 0 {
		b.WriteString("No orphaned rows.\n")
	} else {
		fmt.Fprintf(&b, "Removed %d orphaned rows:", n)
		for t, c := range r.Orphans {
			if c > 0 {
				fmt.Fprintf(&b, " %s %d;", t, c)
			}
		}
		b.WriteString("\n")
	}
	if r.TotalsFixed == 0 {
		b.WriteString("Progress totals match the history.\n")
	} else {
		fmt.Fprintf(&b, "Rebuilt progress totals (%d rows differed from the history).\n", r.TotalsFixed)
	}
	if r.Compacted {
		fmt.Fprintf(&b, "Compacted and re-indexed: %d KB → %d KB.", r.SizeBefore/1024, r.SizeAfter/1024)
	} else {
		b.WriteString("Not compacted.")
	}
	return b.String()
}

// orphanQueries remove rows whose owner row is gone. Foreign keys prevent
// this while they are on; these catch files written with them off.
var orphanQueries = []struct{ table, where string }{
	{"chapter_progress", "profile_id NOT IN (SELECT id FROM profiles) OR article_id NOT IN (SELECT id FROM articles)"},
	{"card_states", "profile_id NOT IN (SELECT id FROM profiles) OR article_id NOT IN (SELECT id FROM articles)"},
	{"card_edits", "profile_id NOT IN (SELECT id FROM profiles) OR article_id NOT IN (SELECT id FROM articles)"},
	{"review_logs", "profile_id NOT IN (SELECT id FROM profiles) OR article_id NOT IN (SELECT id FROM articles)"},
	{"settings", "profile_id NOT IN (SELECT id FROM profiles)"},
	{"quizzes", "profile_id NOT IN (SELECT id FROM profiles) OR article_id NOT IN (SELECT id FROM articles)"},
	{"quiz_answers", "quiz_id NOT IN (SELECT id FROM quizzes)"},
	{"assignments", "profile_id NOT IN (SELECT id FROM profiles)"},
	{"submissions", "assignment_id NOT IN (SELECT id FROM assignments)"},
	{"submission_answers", "submission_id NOT IN (SELECT id FROM submissions)"},
	{"received_assignments", "profile_id NOT IN (SELECT id FROM profiles)"},
}

// Check runs PRAGMA quick_check, removes orphaned rows, rebuilds the
// running totals when they disagree with the history, then VACUUM,
// REINDEX and ANALYZE. A failing quick_check stops it before any change.
func (s *Store) Check() (CheckReport, error) {
	r := CheckReport{Orphans: map[string]int{}}
	r.SizeBefore = s.fileSize()
	var rows []string
	if err := s.db.Raw("PRAGMA quick_check").Scan(&rows).Error; err != nil {
		return r, fmt.Errorf("check database: %w", err)
	}
	r.QuickCheck = strings.Join(rows, "; ")
	if r.QuickCheck != "ok" {
		return r, fmt.Errorf("check database: %w: %s", ErrDamaged, r.QuickCheck)
	}
	err := s.db.Transaction(func(tx *gorm.DB) error {
		for _, q := range orphanQueries {
			res := tx.Exec("DELETE FROM " + q.table + " WHERE " + q.where)
			if res.Error != nil {
				return res.Error
			}
			r.Orphans[q.table] = int(res.RowsAffected)
		}
		before, err := totalsDigest(tx)
		if err != nil {
			return err
		}
		if err := rebuildTotals(tx); err != nil {
			return err
		}
		after, err := totalsDigest(tx)
		if err != nil {
			return err
		}
		r.TotalsFixed = diffCount(before, after)
		return nil
	})
	if err != nil {
		r.Orphans, r.TotalsFixed = map[string]int{}, 0 // rolled back
		return r, fmt.Errorf("check database: repair: %w", classifyDiskError(s.path, err))
	}
	for _, q := range []string{"VACUUM", "REINDEX", "ANALYZE", "PRAGMA wal_checkpoint(TRUNCATE)"} {
		if err := s.db.Exec(q).Error; err != nil {
			return r, fmt.Errorf("check database: %s: %w", q, classifyDiskError(s.path, err))
		}
	}
	r.SizeAfter, r.Compacted = s.fileSize(), true
	return r, nil
}

// totalsDigest lists the running totals, one line per row.
func totalsDigest(tx *gorm.DB) (map[string]bool, error) {
	out := map[string]bool{}
	for _, q := range []string{
		`SELECT 'd ' || profile_id || ' ' || day || ' ' || reviews || ' ' || recalled || ' ' || answers || ' ' || round(points, 4) || ' ' || seconds FROM daily_activity`,
		`SELECT 'c ' || profile_id || ' ' || article_id || ' ' || chapter || ' ' || answers || ' ' || round(points, 4) || ' ' || reviews || ' ' || recalled FROM chapter_stats WHERE answers + reviews > 0`,
		`SELECT 'f ' || profile_id || ' ' || article_id || ' ' || fact_key || ' ' || chapter || ' ' || answers || ' ' || wrong || ' ' || reviews || ' ' || lapses FROM fact_stats WHERE answers + reviews > 0`,
	} {
		var rows []string
		if err := tx.Raw(q).Scan(&rows).Error; err != nil {
			return nil, err
		}
		for _, r := range rows {
			out[r] = true
		}
	}
	return out, nil
}

func diffCount(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if !b[k] {
			n++
		}
	}
	for k := range b {
		if !a[k] {
			n++
		}
	}
	return n
}

// fileSize is the database's size on disk with its write-ahead log.
func (s *Store) fileSize() int64 {
	var n int64
	for _, p := range []string{s.path, s.path + "-wal"} {
		if st, err := os.Stat(p); err == nil {
			n += st.Size()
		}
	}
	return n
}
