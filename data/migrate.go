package data

import (
	"fmt"

	"gorm.io/gorm"
)

// migrations are applied in order; the database's PRAGMA user_version is the
// number applied so far. Never edit a migration that has shipped: add one.
var migrations = []func(tx *gorm.DB) error{
	migrateV1,
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
