package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// cardEditRow is a row of card_edits: a user's edit of a generated card or
// a card of their own.
type cardEditRow struct {
	ProfileID int64  `gorm:"primaryKey"`
	ArticleID int64  `gorm:"primaryKey"`
	CardKey   string `gorm:"primaryKey"`
	Own       bool
	Chapter   int
	Block     int
	Front     string
	Back      string
	UpdatedMs int64
}

func (cardEditRow) TableName() string { return "card_edits" }

// CardEdits returns a profile's edits and own cards for an article.
func (s *Store) CardEdits(profileID, articleID int64) ([]quiz.CardEdit, error) {
	var rows []cardEditRow
	err := s.db.Where("profile_id = ? AND article_id = ?", profileID, articleID).Order("own, chapter, updated_ms, card_key").Find(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("load card edits: %w", err)
	}
	out := make([]quiz.CardEdit, len(rows))
	for i, r := range rows {
		out[i] = quiz.CardEdit{Key: r.CardKey, Own: r.Own, Chapter: r.Chapter, Block: r.Block, Front: r.Front, Back: r.Back}
	}
	return out, nil
}

// SaveCardEdit stores an edit or an own card, replacing an earlier edit of
// the same card.
func (s *Store) SaveCardEdit(profileID, articleID int64, e quiz.CardEdit) error {
	row := cardEditRow{ProfileID: profileID, ArticleID: articleID, CardKey: e.Key, Own: e.Own, Chapter: e.Chapter,
		Block: e.Block, Front: e.Front, Back: e.Back, UpdatedMs: toMs(s.utcNow())}
	err := s.db.Clauses(clause.OnConflict{UpdateAll: true}).Create(&row).Error
	if err != nil {
		return fmt.Errorf("save card %s: %w", e.Key, err)
	}
	return nil
}

// DeleteCardEdit removes an edit (the generated text comes back) or an own
// card with its schedule.
func (s *Store) DeleteCardEdit(profileID, articleID int64, key string) error {
	err := s.transaction(func(tx *gorm.DB) error {
		var row cardEditRow
		err := tx.Where("profile_id = ? AND article_id = ? AND card_key = ?", profileID, articleID, key).First(&row).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if err := tx.Delete(&row).Error; err != nil {
			return err
		}
		if !row.Own {
			return nil
		}
		return tx.Where("profile_id = ? AND article_id = ? AND card_key = ?", profileID, articleID, key).Delete(&cardStateRow{}).Error
	})
	if err != nil {
		return fmt.Errorf("delete card %s: %w", key, err)
	}
	return nil
}

// SetSuspended suspends a card (it leaves every study queue) or brings it
// back, keeping its schedule.
func (s *Store) SetSuspended(profileID, articleID int64, key string, chapter int, suspended bool) error {
	row := cardStateRow{ProfileID: profileID, ArticleID: articleID, CardKey: key, Chapter: chapter, Suspended: suspended}
	err := s.db.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "profile_id"}, {Name: "article_id"}, {Name: "card_key"}},
		DoUpdates: clause.AssignmentColumns([]string{"suspended"}),
	}).Create(&row).Error
	if err != nil {
		return fmt.Errorf("suspend card %s: %w", key, err)
	}
	return nil
}

// ResetCard forgets a card's schedule: it becomes new again. The reset is
// logged (rating 0) with the state before, so the log still replays to the
// stored state.
func (s *Store) ResetCard(profileID, articleID int64, key string) error {
	err := s.transaction(func(tx *gorm.DB) error {
		var row cardStateRow
		err := tx.Where("profile_id = ? AND article_id = ? AND card_key = ?", profileID, articleID, key).First(&row).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil // never studied: nothing to reset
		}
		if err != nil {
			return err
		}
		before, err := json.Marshal(row.toCard())
		if err != nil {
			return err
		}
		log := reviewLogRow{ProfileID: profileID, ArticleID: articleID, CardKey: key, Rating: 0,
			ReviewedMs: toMs(s.utcNow()), StateBefore: row.State, StateAfter: int(fsrs.New), BeforeJSON: string(before)}
		if err := tx.Create(&log).Error; err != nil {
			return err
		}
		suspended := row.Suspended
		row = cardStateRow{ProfileID: profileID, ArticleID: articleID, CardKey: key, Chapter: row.Chapter, Suspended: suspended}
		return tx.Save(&row).Error
	})
	if err != nil {
		return fmt.Errorf("reset card %s: %w", key, err)
	}
	return nil
}

// settingRow is a row of settings: one named value for a profile.
type settingRow struct {
	ProfileID int64  `gorm:"primaryKey"`
	Key       string `gorm:"primaryKey"`
	Value     string
}

func (settingRow) TableName() string { return "settings" }

// StudySettings reads a profile's study settings, with the defaults for
// any not set.
func (s *Store) StudySettings(profileID int64) (quiz.StudySettings, error) {
	out := quiz.DefaultStudySettings()
	var rows []settingRow
	if err := s.db.Where("profile_id = ?", profileID).Find(&rows).Error; err != nil {
		return out, fmt.Errorf("load settings: %w", err)
	}
	for _, r := range rows {
		switch r.Key {
		case "retention":
			if v, err := strconv.ParseFloat(r.Value, 64); err == nil {
				out.Retention = v
			}
		case "new_per_day":
			if v, err := strconv.Atoi(r.Value); err == nil {
				out.NewPerDay = v
			}
		case "reviews_per_day":
			if v, err := strconv.Atoi(r.Value); err == nil {
				out.ReviewsPerDay = v
			}
		}
	}
	return out.Clamp(), nil
}

// SaveStudySettings stores a profile's study settings in one transaction.
func (s *Store) SaveStudySettings(profileID int64, st quiz.StudySettings) error {
	st = st.Clamp()
	rows := []settingRow{
		{profileID, "retention", strconv.FormatFloat(st.Retention, 'f', -1, 64)},
		{profileID, "new_per_day", strconv.Itoa(st.NewPerDay)},
		{profileID, "reviews_per_day", strconv.Itoa(st.ReviewsPerDay)},
	}
	err := s.db.Clauses(clause.OnConflict{UpdateAll: true}).Create(&rows).Error
	if err != nil {
		return fmt.Errorf("save settings: %w", err)
	}
	return nil
}
