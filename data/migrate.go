package data

import (
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/chapterwise/chapterwise/quiz"
)

// migrations are applied in order; the database's PRAGMA user_version is the
// number applied so far. Never edit a migration that has shipped: add one.
var migrations = []func(tx *gorm.DB) error{
	migrateV1,
	migrateV2,
	migrateV3,
	migrateV4,
	migrateV5,
}

// SchemaVersion is the schema this build writes.
func SchemaVersion() int { return len(migrations) }

func (s *Store) migrate() error {
	var version int
	if err := s.db.Raw("PRAGMA user_version").Scan(&version).Error; err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("%w (schema %d, this version knows up to %d): update Chapterwise to open it; the file was not changed", ErrNewerSchema, version, len(migrations))
	}
	for v := version; v < len(migrations); v++ {
		err := s.db.Transaction(func(tx *gorm.DB) error {
			if err := migrations[v](tx); err != nil {
				return err
			}
			return tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v+1)).Error
		})
		if err != nil {
			return fmt.Errorf("migrate database to schema %d: %w", v+1, err)
		}
	}
	return nil
}

func execAll(tx *gorm.DB, stmts ...string) error {
	for _, q := range stmts {
		if err := tx.Exec(q).Error; err != nil {
			return fmt.Errorf("%.60s: %w", q, err)
		}
	}
	return nil
}

// migrateV1 creates profiles, the article library and reading progress.
func migrateV1(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE profiles (
			id INTEGER PRIMARY KEY,
			name TEXT NOT NULL UNIQUE,
			role TEXT NOT NULL DEFAULT 'student',
			pin_hash TEXT NOT NULL DEFAULT '',
			current_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
			created_at DATETIME NOT NULL
		)`,
		`CREATE TABLE articles (
			id INTEGER PRIMARY KEY,
			hash TEXT NOT NULL UNIQUE,
			title TEXT NOT NULL,
			source TEXT NOT NULL,
			builtin INTEGER NOT NULL DEFAULT 0,
			content BLOB NOT NULL,
			added_at DATETIME NOT NULL,
			opened_at DATETIME NOT NULL
		)`,
		`CREATE TABLE chapter_progress (
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
			chapter INTEGER NOT NULL,
			read INTEGER NOT NULL DEFAULT 0,
			read_at DATETIME,
			opened_at DATETIME,
			PRIMARY KEY (profile_id, article_id, chapter)
		)`,
	)
}

// migrateV2 adds flashcard scheduling state and the review log.
func migrateV2(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE card_states (
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
			card_key TEXT NOT NULL,
			chapter INTEGER NOT NULL,
			state INTEGER NOT NULL DEFAULT 0,
			step INTEGER NOT NULL DEFAULT 0,
			stability REAL NOT NULL DEFAULT 0,
			difficulty REAL NOT NULL DEFAULT 0,
			due_ms INTEGER NOT NULL DEFAULT 0,
			last_review_ms INTEGER NOT NULL DEFAULT 0,
			scheduled_days INTEGER NOT NULL DEFAULT 0,
			reps INTEGER NOT NULL DEFAULT 0,
			lapses INTEGER NOT NULL DEFAULT 0,
			suspended INTEGER NOT NULL DEFAULT 0,
			leech INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (profile_id, article_id, card_key)
		)`,
		`CREATE INDEX card_states_due ON card_states(profile_id, article_id, due_ms)`,
		`CREATE TABLE review_logs (
			id INTEGER PRIMARY KEY,
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
			card_key TEXT NOT NULL,
			rating INTEGER NOT NULL,
			reviewed_ms INTEGER NOT NULL,
			elapsed_days INTEGER NOT NULL,
			interval_days INTEGER NOT NULL,
			state_before INTEGER NOT NULL,
			state_after INTEGER NOT NULL,
			duration_ms INTEGER NOT NULL,
			before_json TEXT NOT NULL,
			undone INTEGER NOT NULL DEFAULT 0
		)`,
		`CREATE INDEX review_logs_card ON review_logs(profile_id, article_id, card_key, reviewed_ms)`,
		`CREATE INDEX review_logs_time ON review_logs(profile_id, reviewed_ms)`,
	)
}

// migrateV3 adds the user's card edits and own cards, and per-profile
// settings.
func migrateV3(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE card_edits (
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
			card_key TEXT NOT NULL,
			own INTEGER NOT NULL DEFAULT 0,
			chapter INTEGER NOT NULL,
			block INTEGER NOT NULL DEFAULT -1,
			front TEXT NOT NULL,
			back TEXT NOT NULL,
			updated_ms INTEGER NOT NULL,
			PRIMARY KEY (profile_id, article_id, card_key)
		)`,
		`CREATE TABLE settings (
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			key TEXT NOT NULL,
			value TEXT NOT NULL,
			PRIMARY KEY (profile_id, key)
		)`,
	)
}

// fillReviewDays gives every logged review its study day, by the same
// function (and the local time zone) that days every new one.
func fillReviewDays(tx *gorm.DB) error {
	type row struct {
		ID         int64
		ReviewedMs int64
	}
	var rows []row
	if err := tx.Raw(`SELECT id, reviewed_ms FROM review_logs`).Scan(&rows).Error; err != nil {
		return fmt.Errorf("read review times: %w", err)
	}
	for _, r := range rows {
		day := quiz.StudyDay(time.UnixMilli(r.ReviewedMs), time.Local, RolloverHour)
		if err := tx.Exec(`UPDATE review_logs SET day = ? WHERE id = ?`, day, r.ID).Error; err != nil {
			return fmt.Errorf("set a review's day: %w", err)
		}
	}
	return nil
}

// migrateV4 adds quizzes and their answers, and the running totals the
// Progress section reads (per day, per chapter, per fact), so it never
// scans the whole history. Review-log rows get their chapter, fact and
// study day; the totals are filled from the reviews already logged.
func migrateV4(tx *gorm.DB) error {
	err := execAll(tx,
		`ALTER TABLE review_logs ADD COLUMN chapter INTEGER NOT NULL DEFAULT -1`,
		`ALTER TABLE review_logs ADD COLUMN fact_key TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE review_logs ADD COLUMN day TEXT NOT NULL DEFAULT ''`,
		`UPDATE review_logs SET
			chapter = COALESCE((SELECT c.chapter FROM card_states c WHERE c.profile_id = review_logs.profile_id
				AND c.article_id = review_logs.article_id AND c.card_key = review_logs.card_key), -1),
			fact_key = card_key`)
	if err != nil {
		return err
	}
	if err := fillReviewDays(tx); err != nil {
		return err
	}
	return execAll(tx,
		`CREATE TABLE quizzes (
			id INTEGER PRIMARY KEY,
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
			title TEXT NOT NULL,
			mode TEXT NOT NULL,
			spec_json TEXT NOT NULL,
			questions_json TEXT NOT NULL,
			question_count INTEGER NOT NULL,
			time_limit_s INTEGER NOT NULL DEFAULT 0,
			started_ms INTEGER NOT NULL,
			finished_ms INTEGER NOT NULL DEFAULT 0,
			abandoned INTEGER NOT NULL DEFAULT 0,
			points REAL NOT NULL DEFAULT 0,
			correct INTEGER NOT NULL DEFAULT 0
		)`,
		`CREATE INDEX quizzes_profile ON quizzes(profile_id, finished_ms)`,
		`CREATE TABLE quiz_answers (
			id INTEGER PRIMARY KEY,
			quiz_id INTEGER NOT NULL REFERENCES quizzes(id) ON DELETE CASCADE,
			question_index INTEGER NOT NULL,
			chapter INTEGER NOT NULL,
			fact_keys TEXT NOT NULL, -- JSON array
			given_json TEXT NOT NULL,
			correct INTEGER NOT NULL,
			points REAL NOT NULL,
			note TEXT NOT NULL DEFAULT '',
			answered_ms INTEGER NOT NULL,
			duration_ms INTEGER NOT NULL,
			day TEXT NOT NULL,
			UNIQUE (quiz_id, question_index)
		)`,
		`CREATE TABLE daily_activity (
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			day TEXT NOT NULL,
			reviews INTEGER NOT NULL DEFAULT 0,
			recalled INTEGER NOT NULL DEFAULT 0,
			answers INTEGER NOT NULL DEFAULT 0,
			points REAL NOT NULL DEFAULT 0,
			seconds INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (profile_id, day)
		)`,
		`CREATE TABLE chapter_stats (
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
			chapter INTEGER NOT NULL,
			answers INTEGER NOT NULL DEFAULT 0,
			points REAL NOT NULL DEFAULT 0,
			reviews INTEGER NOT NULL DEFAULT 0,
			recalled INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (profile_id, article_id, chapter)
		)`,
		`CREATE TABLE fact_stats (
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
			fact_key TEXT NOT NULL,
			chapter INTEGER NOT NULL,
			answers INTEGER NOT NULL DEFAULT 0,
			wrong INTEGER NOT NULL DEFAULT 0,
			reviews INTEGER NOT NULL DEFAULT 0,
			lapses INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (profile_id, article_id, fact_key)
		)`,
		`CREATE INDEX fact_stats_weak ON fact_stats(profile_id, article_id, wrong + lapses)`,
		`INSERT INTO daily_activity(profile_id, day, reviews, recalled, seconds)
			SELECT profile_id, day, COUNT(*), SUM(rating > 1), SUM(duration_ms) / 1000 FROM review_logs
			WHERE undone = 0 AND rating > 0 GROUP BY profile_id, day`,
		`INSERT INTO chapter_stats(profile_id, article_id, chapter, reviews, recalled)
			SELECT profile_id, article_id, chapter, COUNT(*), SUM(rating > 1) FROM review_logs
			WHERE undone = 0 AND rating > 0 GROUP BY profile_id, article_id, chapter`,
		`INSERT INTO fact_stats(profile_id, article_id, fact_key, chapter, reviews, lapses)
			SELECT profile_id, article_id, fact_key, MAX(chapter), COUNT(*), SUM(rating = 1 AND state_before = 2) FROM review_logs
			WHERE undone = 0 AND rating > 0 GROUP BY profile_id, article_id, fact_key`,
	)
}

// migrateV5 adds the teacher's loop: assignments a teacher builds, the
// results imported from students (graded answer by answer), and on the
// student's side the assignments received and the quiz taking each.
func migrateV5(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE assignments (
			id TEXT PRIMARY KEY,
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			title TEXT NOT NULL,
			body_json TEXT NOT NULL, -- the full assignment with its key
			created_ms INTEGER NOT NULL,
			updated_ms INTEGER NOT NULL
		)`,
		`CREATE TABLE submissions (
			id INTEGER PRIMARY KEY,
			assignment_id TEXT NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
			student TEXT NOT NULL,
			started_ms INTEGER NOT NULL,
			submitted_ms INTEGER NOT NULL,
			points REAL NOT NULL,
			max_points INTEGER NOT NULL,
			passed INTEGER NOT NULL,
			late INTEGER NOT NULL,
			imported_ms INTEGER NOT NULL,
			UNIQUE (assignment_id, student, submitted_ms)
		)`,
		`CREATE TABLE submission_answers (
			submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
			position INTEGER NOT NULL,
			question_id TEXT NOT NULL,
			answered INTEGER NOT NULL,
			given_json TEXT NOT NULL,
			correct INTEGER NOT NULL,
			points REAL NOT NULL,
			seconds REAL NOT NULL,
			PRIMARY KEY (submission_id, position)
		)`,
		`CREATE TABLE received_assignments (
			profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
			assignment_id TEXT NOT NULL,
			body_json TEXT NOT NULL,
			received_ms INTEGER NOT NULL,
			quiz_id INTEGER REFERENCES quizzes(id) ON DELETE SET NULL,
			submitted_ms INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (profile_id, assignment_id)
		)`,
		`ALTER TABLE quizzes ADD COLUMN assignment_id TEXT NOT NULL DEFAULT ''`,
	)
}
