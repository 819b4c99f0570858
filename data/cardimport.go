package data

import (
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/chapterwise/chapterwise/quiz"
)

// ImportOwnCards stores cards from another app (see interop.OwnCards) as
// own cards of an article in one transaction: all of them or, on an
// error, none. A card imported before (same key) is replaced.
func (s *Store) ImportOwnCards(profileID, articleID int64, cards []quiz.CardEdit) error {
	now := toMs(s.utcNow())
	err := s.db.Transaction(func(tx *gorm.DB) error {
		for _, e := range cards {
			if !e.Own {
				return fmt.Errorf("card %s is not an own card", e.Key)
			}
			row := cardEditRow{ProfileID: profileID, ArticleID: articleID, CardKey: e.Key, Own: true, Chapter: e.Chapter,
				Block: e.Block, Front: e.Front, Back: e.Back, UpdatedMs: now}
			if err := tx.Clauses(clause.OnConflict{UpdateAll: true}).Create(&row).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("import cards: %w", err)
	}
	return nil
}
