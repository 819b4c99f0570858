package data

import (
	"errors"
	"fmt"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// profileRow is a row of profiles.
type profileRow struct {
	ID               int64 `gorm:"primaryKey"`
	Name             string
	Role             string
	PinHash          string
	CurrentArticleID *int64
	CreatedAt        time.Time
}

func (profileRow) TableName() string { return "profiles" }

func (r profileRow) toQuiz() quiz.Profile {
	return quiz.Profile{ID: r.ID, Name: r.Name, Role: quiz.Role(r.Role)}
}

// articleRow is a row of articles.
type articleRow struct {
	ID       int64 `gorm:"primaryKey"`
	Hash     string
	Title    string
	Source   string
	Builtin  bool
	Content  []byte
	AddedAt  time.Time
	OpenedAt time.Time
}

func (articleRow) TableName() string { return "articles" }

func (r articleRow) toQuiz() quiz.LibraryItem {
	return quiz.LibraryItem{ID: r.ID, Hash: r.Hash, Title: r.Title, Source: r.Source, Builtin: r.Builtin, OpenedAt: r.OpenedAt}
}

// progressRow is a row of chapter_progress.
type progressRow struct {
	ProfileID int64 `gorm:"primaryKey"`
	ArticleID int64 `gorm:"primaryKey"`
	Chapter   int   `gorm:"primaryKey"`
	Read      bool
	ReadAt    *time.Time
	OpenedAt  *time.Time
}

func (progressRow) TableName() string { return "chapter_progress" }

// DefaultProfileName is the name of the profile made on first run.
const DefaultProfileName = "Me"

// DefaultProfile returns the first profile, creating it on first run.
func (s *Store) DefaultProfile() (quiz.Profile, error) {
	var row profileRow
	err := s.transaction(func(tx *gorm.DB) error {
		err := tx.Order("id").First(&row).Error
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return err
		}
		row = profileRow{Name: DefaultProfileName, Role: string(quiz.Student), CreatedAt: s.utcNow()}
		return tx.Create(&row).Error
	})
	if err != nil {
		return quiz.Profile{}, fmt.Errorf("default profile: %w", err)
	}
	return row.toQuiz(), nil
}

// AddArticle stores an article's text in the library, or refreshes the
// entry when the same text is there already, and returns the entry.
func (s *Store) AddArticle(title, source string, builtin bool, content []byte) (quiz.LibraryItem, error) {
	hash := quiz.ContentHash(content)
	now := s.utcNow()
	var row articleRow
	err := s.transaction(func(tx *gorm.DB) error {
		err := tx.Where("hash = ?", hash).First(&row).Error
		switch {
		case err == nil:
			row.Title, row.Source = title, source
			row.Builtin = row.Builtin || builtin
			return tx.Model(&row).Updates(map[string]any{"title": title, "source": source, "builtin": row.Builtin}).Error
		case errors.Is(err, gorm.ErrRecordNotFound):
			row = articleRow{Hash: hash, Title: title, Source: source, Builtin: builtin, Content: content, AddedAt: now, OpenedAt: now}
			return tx.Create(&row).Error
		default:
			return err
		}
	})
	if err != nil {
		return quiz.LibraryItem{}, fmt.Errorf("add article %q: %w", title, err)
	}
	return row.toQuiz(), nil
}

// Library lists the stored articles, most recently opened first.
func (s *Store) Library() ([]quiz.LibraryItem, error) {
	var rows []articleRow
	err := s.db.Select("id", "hash", "title", "source", "builtin", "added_at", "opened_at").
		Order("opened_at DESC, id").Find(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("list library: %w", err)
	}
	items := make([]quiz.LibraryItem, len(rows))
	for i, r := range rows {
		items[i] = r.toQuiz()
	}
	return items, nil
}

// ArticleContent returns the text stored for an article.
func (s *Store) ArticleContent(id int64) ([]byte, error) {
	var row articleRow
	err := s.db.Select("content").Where("id = ?", id).First(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return row.Content, nil
}

// SetCurrentArticle records that a profile opened an article.
func (s *Store) SetCurrentArticle(profileID, articleID int64) error {
	return s.transaction(func(tx *gorm.DB) error {
		if err := tx.Model(&articleRow{}).Where("id = ?", articleID).Update("opened_at", s.utcNow()).Error; err != nil {
			return fmt.Errorf("open article %d: %w", articleID, err)
		}
		err := tx.Model(&profileRow{}).Where("id = ?", profileID).Update("current_article_id", articleID).Error
		if err != nil {
			return fmt.Errorf("set current article: %w", err)
		}
		return nil
	})
}

// CurrentArticle returns the article a profile had open last, or
// ErrNotFound.
func (s *Store) CurrentArticle(profileID int64) (quiz.LibraryItem, error) {
	var p profileRow
	if err := s.db.First(&p, profileID).Error; err != nil {
		return quiz.LibraryItem{}, fmt.Errorf("profile %d: %w", profileID, err)
	}
	if p.CurrentArticleID == nil {
		return quiz.LibraryItem{}, fmt.Errorf("current article: %w", ErrNotFound)
	}
	var row articleRow
	err := s.db.Omit("content").First(&row, *p.CurrentArticleID).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return quiz.LibraryItem{}, fmt.Errorf("current article: %w", ErrNotFound)
	}
	if err != nil {
		return quiz.LibraryItem{}, fmt.Errorf("current article: %w", err)
	}
	return row.toQuiz(), nil
}

// Progress returns a profile's reading progress in an article.
func (s *Store) Progress(profileID, articleID int64) (quiz.ReadingProgress, error) {
	var rows []progressRow
	err := s.db.Where("profile_id = ? AND article_id = ?", profileID, articleID).Find(&rows).Error
	if err != nil {
		return quiz.ReadingProgress{}, fmt.Errorf("reading progress: %w", err)
	}
	p := quiz.ReadingProgress{Read: map[int]bool{}}
	var last time.Time
	for _, r := range rows {
		if r.Read {
			p.Read[r.Chapter] = true
		}
		if r.OpenedAt != nil && r.OpenedAt.After(last) {
			last, p.Current = *r.OpenedAt, r.Chapter
		}
	}
	return p, nil
}

// MarkRead sets or clears the read tick of a chapter.
func (s *Store) MarkRead(profileID, articleID int64, chapter int, read bool) error {
	now := s.utcNow()
	row := progressRow{ProfileID: profileID, ArticleID: articleID, Chapter: chapter, Read: read}
	if read {
		row.ReadAt = &now
	}
	err := s.db.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "profile_id"}, {Name: "article_id"}, {Name: "chapter"}},
		DoUpdates: clause.AssignmentColumns([]string{"read", "read_at"}),
	}).Create(&row).Error
	if err != nil {
		return fmt.Errorf("mark chapter %d read: %w", chapter+1, err)
	}
	return nil
}

// OpenChapter records the chapter a profile is reading, so the next start
// returns to it.
func (s *Store) OpenChapter(profileID, articleID int64, chapter int) error {
	now := s.utcNow()
	row := progressRow{ProfileID: profileID, ArticleID: articleID, Chapter: chapter, OpenedAt: &now}
	err := s.db.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "profile_id"}, {Name: "article_id"}, {Name: "chapter"}},
		DoUpdates: clause.AssignmentColumns([]string{"opened_at"}),
	}).Create(&row).Error
	if err != nil {
		return fmt.Errorf("open chapter %d: %w", chapter+1, err)
	}
	return nil
}

// ArticleByHash finds a library article by the sha256 of its text.
func (s *Store) ArticleByHash(hash string) (quiz.LibraryItem, error) {
	var row articleRow
	err := s.db.Select("id, hash, title, source, builtin, added_at, opened_at").Where("hash = ?", hash).First(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return quiz.LibraryItem{}, fmt.Errorf("article %s: %w", hash, ErrNotFound)
	}
	if err != nil {
		return quiz.LibraryItem{}, fmt.Errorf("find article: %w", err)
	}
	return row.toQuiz(), nil
}
