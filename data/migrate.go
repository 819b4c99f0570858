package data

import (
	"fmt"

	"gorm.io/gorm"
)

// migrations are applied in order; the database's PRAGMA user_version is the
// number applied so far. Never edit a migration that has shipped: add one.
var migrations = []func(tx *gorm.DB) error{
	migrateV1,
	migrateV2,
	migrateV3,
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
