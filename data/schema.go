package data

import (
	"fmt"
	"sort"
	"sync"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// schema is the tables of a database and the columns of each.
type schema map[string]map[string]bool

// schemaOf reads the tables and columns of db.
func schemaOf(db *gorm.DB) (schema, error) {
	var tables []string
	if err := db.Raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).Scan(&tables).Error; err != nil {
		return nil, fmt.Errorf("read the tables: %w", err)
	}
	out := schema{}
	for _, t := range tables {
		var cols []string
		if err := db.Raw(`SELECT name FROM pragma_table_info(?)`, t).Scan(&cols).Error; err != nil {
			return nil, fmt.Errorf("read the columns of %s: %w", t, err)
		}
		out[t] = map[string]bool{}
		for _, c := range cols {
			out[t][c] = true
		}
	}
	return out, nil
}

// currentSchema is the schema this build writes: the migrations run on an
// empty database in memory, once.
var currentSchema = sync.OnceValues(func() (schema, error) {
	db, err := gorm.Open(sqlite.Open("file::memory:"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	defer sqlDB.Close()
	sqlDB.SetMaxOpenConns(1) // one connection: one in-memory database
	s := &Store{db: db}
	if err := s.migrate(); err != nil {
		return nil, err
	}
	return schemaOf(db)
})

// checkSchema says which table or column of this build's schema db lacks,
// as an ErrDamaged error naming it; extra tables and columns are allowed.
func checkSchema(db *gorm.DB) error {
	want, err := currentSchema()
	if err != nil {
		return fmt.Errorf("build the expected schema: %w", err)
	}
	got, err := schemaOf(db)
	if err != nil {
		return err
	}
	tables := make([]string, 0, len(want))
	for t := range want {
		tables = append(tables, t)
	}
	sort.Strings(tables)
	for _, t := range tables {
		if got[t] == nil {
			return fmt.Errorf("%w: it %w (it has no table %s)", ErrDamaged, errNotOurs, t)
		}
		cols := make([]string, 0, len(want[t]))
		for c := range want[t] {
			cols = append(cols, c)
		}
		sort.Strings(cols)
		for _, c := range cols {
			if !got[t][c] {
				return fmt.Errorf("%w: it %w (table %s has no column %s)", ErrDamaged, errNotOurs, t, c)
			}
		}
	}
	return nil
}
