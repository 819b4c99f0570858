package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// cardStateRow is a row of card_states: one card's schedule for a profile.
// Times are unix milliseconds in UTC.
type cardStateRow struct {
	ProfileID     int64  `gorm:"primaryKey"`
	ArticleID     int64  `gorm:"primaryKey"`
	CardKey       string `gorm:"primaryKey"`
	Chapter       int
	State         int
	Step          int
	Stability     float64
	Difficulty    float64
	DueMs         int64
	LastReviewMs  int64
	ScheduledDays int
	Reps          int
	Lapses        int
	Suspended     bool
	Leech         bool
}

func (cardStateRow) TableName() string { return "card_states" }

// reviewLogRow is a row of review_logs.
type reviewLogRow struct {
	ID           int64 `gorm:"primaryKey"`
	ProfileID    int64
	ArticleID    int64
	CardKey      string
	Rating       int
	ReviewedMs   int64
	ElapsedDays  int
	IntervalDays int
	StateBefore  int
	StateAfter   int
	DurationMs   int64
	BeforeJSON   string `gorm:"column:before_json"`
	Undone       bool
	Chapter      int
	FactKey      string
	Day          string
}

func (reviewLogRow) TableName() string { return "review_logs" }

func toMs(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UTC().UnixMilli()
}

func fromMs(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

func (r cardStateRow) toCard() fsrs.Card {
	return fsrs.Card{State: fsrs.State(r.State), Step: r.Step, Stability: r.Stability, Difficulty: r.Difficulty,
		Due: fromMs(r.DueMs), LastReview: fromMs(r.LastReviewMs), ScheduledDays: r.ScheduledDays, Reps: r.Reps, Lapses: r.Lapses}
}

func (r *cardStateRow) setCard(c fsrs.Card) {
	r.State, r.Step, r.Stability, r.Difficulty = int(c.State), c.Step, c.Stability, c.Difficulty
	r.DueMs, r.LastReviewMs, r.ScheduledDays, r.Reps, r.Lapses = toMs(c.Due), toMs(c.LastReview), c.ScheduledDays, c.Reps, c.Lapses
}

// CardState is a card's stored schedule with its flags.
type CardState struct {
	Key       string
	Chapter   int
	Card      fsrs.Card
	Suspended bool
	Leech     bool
}

// LeechLapses is the number of lapses that makes a card a leech.
const LeechLapses = 8

// CardStates returns the schedules a profile has for an article's cards,
// by card key. Cards never reviewed have no entry.
func (s *Store) CardStates(profileID, articleID int64) (map[string]CardState, error) {
	// Scanned by hand: with 20,000 cards gorm's reflection was half the
	// time of opening the Flashcards section.
	rows, err := s.db.Raw(`SELECT card_key, chapter, state, step, stability, difficulty, due_ms, last_review_ms,
		scheduled_days, reps, lapses, suspended, leech FROM card_states WHERE profile_id = ? AND article_id = ?`,
		profileID, articleID).Rows()
	if err != nil {
		return nil, fmt.Errorf("load card states: %w", err)
	}
	defer rows.Close()
	out := make(map[string]CardState)
	for rows.Next() {
		var r cardStateRow
		if err := rows.Scan(&r.CardKey, &r.Chapter, &r.State, &r.Step, &r.Stability, &r.Difficulty, &r.DueMs, &r.LastReviewMs,
			&r.ScheduledDays, &r.Reps, &r.Lapses, &r.Suspended, &r.Leech); err != nil {
			return nil, fmt.Errorf("load card states: %w", err)
		}
		out[r.CardKey] = CardState{Key: r.CardKey, Chapter: r.Chapter, Card: r.toCard(), Suspended: r.Suspended, Leech: r.Leech}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load card states: %w", err)
	}
	return out, nil
}

// Review is one rating to record.
type Review struct {
	ProfileID, ArticleID int64
	CardKey              string
	FactKey              string // the fact the card asks about; empty: the card key
	Chapter              int
	Rating               fsrs.Rating
	Before, After        fsrs.Card
	At                   time.Time
	ElapsedDays          int
	Duration             time.Duration
}

// RecordReview writes the card's new schedule and the log entry in one
// transaction, so a crash keeps both or neither. It returns the log id and
// whether the card has just become a leech.
func (s *Store) RecordReview(r Review) (int64, bool, error) {
	before, err := json.Marshal(r.Before)
	if err != nil {
		return 0, false, fmt.Errorf("record review: %w", err)
	}
	row := cardStateRow{ProfileID: r.ProfileID, ArticleID: r.ArticleID, CardKey: r.CardKey, Chapter: r.Chapter}
	row.setCard(r.After)
	leech := r.After.Lapses >= LeechLapses && r.Before.Lapses < LeechLapses
	row.Leech = r.After.Lapses >= LeechLapses
	log := reviewLogRow{ProfileID: r.ProfileID, ArticleID: r.ArticleID, CardKey: r.CardKey, Rating: int(r.Rating),
		ReviewedMs: toMs(r.At), ElapsedDays: r.ElapsedDays, IntervalDays: r.After.ScheduledDays,
		StateBefore: int(r.Before.State), StateAfter: int(r.After.State), DurationMs: r.Duration.Milliseconds(),
		BeforeJSON: string(before), Chapter: r.Chapter, FactKey: r.FactKey, Day: s.day(r.At)}
	if log.FactKey == "" {
		log.FactKey = r.CardKey
	}
	err = s.transaction(func(tx *gorm.DB) error {
		err := tx.Clauses(clause.OnConflict{
			Columns: []clause.Column{{Name: "profile_id"}, {Name: "article_id"}, {Name: "card_key"}},
			DoUpdates: clause.AssignmentColumns([]string{"chapter", "state", "step", "stability", "difficulty", "due_ms",
				"last_review_ms", "scheduled_days", "reps", "lapses", "leech"}),
		}).Create(&row).Error
		if err != nil {
			return err
		}
		if err := tx.Create(&log).Error; err != nil {
			return err
		}
		return bumpReview(tx, log, 1)
	})
	if err != nil {
		return 0, false, fmt.Errorf("record review of card %s: %w", r.CardKey, err)
	}
	return log.ID, leech, nil
}

// ErrNothingToUndo means the review was already undone or does not exist.
var ErrNothingToUndo = errors.New("nothing to undo")

// UndoReview restores the card's schedule from before the logged review
// and marks the log entry undone, in one transaction.
func (s *Store) UndoReview(profileID, logID int64) (CardState, error) {
	var out CardState
	err := s.transaction(func(tx *gorm.DB) error {
		var log reviewLogRow
		err := tx.Where("id = ? AND profile_id = ? AND undone = 0", logID, profileID).First(&log).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return ErrNothingToUndo
		}
		if err != nil {
			return err
		}
		var before fsrs.Card
		if err := json.Unmarshal([]byte(log.BeforeJSON), &before); err != nil {
			return fmt.Errorf("read logged state: %w", err)
		}
		var row cardStateRow
		if err := tx.Where("profile_id = ? AND article_id = ? AND card_key = ?", profileID, log.ArticleID, log.CardKey).First(&row).Error; err != nil {
			return err
		}
		row.setCard(before)
		row.Leech = before.Lapses >= LeechLapses
		if err := tx.Save(&row).Error; err != nil {
			return err
		}
		out = CardState{Key: row.CardKey, Chapter: row.Chapter, Card: before, Suspended: row.Suspended, Leech: row.Leech}
		if err := tx.Model(&log).Update("undone", true).Error; err != nil {
			return err
		}
		return bumpReview(tx, log, -1)
	})
	if err != nil {
		return CardState{}, fmt.Errorf("undo review %d: %w", logID, err)
	}
	return out, nil
}

// LoggedReview is one entry of the review log.
type LoggedReview struct {
	CardKey string
	Rating  fsrs.Rating
	At      time.Time
	Undone  bool
}

// Reset is the rating logged when a card's schedule is reset: replaying
// the log, it makes the card new again.
const Reset fsrs.Rating = 0

// ReviewLog returns a profile's reviews of an article in time order,
// including resets.
func (s *Store) ReviewLog(profileID, articleID int64) ([]LoggedReview, error) {
	var rows []reviewLogRow
	err := s.db.Where("profile_id = ? AND article_id = ?", profileID, articleID).Order("reviewed_ms, id").Find(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("review log: %w", err)
	}
	out := make([]LoggedReview, len(rows))
	for i, r := range rows {
		out[i] = LoggedReview{CardKey: r.CardKey, Rating: fsrs.Rating(r.Rating), At: fromMs(r.ReviewedMs), Undone: r.Undone}
	}
	return out, nil
}

// ReviewsSince counts a profile's reviews (not undone) at or after a time,
// for the daily limits; newCards counts those that were a card's first.
func (s *Store) ReviewsSince(profileID int64, since time.Time) (reviews, newCards int, err error) {
	type counts struct{ Reviews, NewCards int }
	var c counts
	err = s.db.Raw(`SELECT COUNT(*) AS reviews, COALESCE(SUM(CASE WHEN state_before = 0 THEN 1 ELSE 0 END), 0) AS new_cards
		FROM review_logs WHERE profile_id = ? AND reviewed_ms >= ? AND undone = 0 AND rating > 0`, profileID, toMs(since)).Scan(&c).Error
	if err != nil {
		return 0, 0, fmt.Errorf("count reviews: %w", err)
	}
	return c.Reviews, c.NewCards, nil
}

// bumpReview adds a review to the running totals (sign 1), or takes an
// undone one out (sign -1), inside the caller's transaction.
func bumpReview(tx *gorm.DB, l reviewLogRow, sign int) error {
	if l.Rating <= 0 || l.Day == "" {
		return nil // resets, and reviews logged before schema 4 that were already counted
	}
	recalled, lapse := 0, 0
	if l.Rating > int(fsrs.Again) {
		recalled = sign
	} else if l.StateBefore == int(fsrs.Review) {
		lapse = sign
	}
	return execArgs(tx,
		stmt{`INSERT INTO daily_activity(profile_id, day, reviews, recalled, seconds) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews, recalled = recalled + excluded.recalled,
			seconds = seconds + excluded.seconds`, []any{l.ProfileID, l.Day, sign, recalled, sign * int(l.DurationMs/1000)}},
		stmt{`INSERT INTO chapter_stats(profile_id, article_id, chapter, reviews, recalled) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews, recalled = recalled + excluded.recalled`,
			[]any{l.ProfileID, l.ArticleID, l.Chapter, sign, recalled}},
		stmt{`INSERT INTO fact_stats(profile_id, article_id, fact_key, chapter, reviews, lapses) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews, lapses = lapses + excluded.lapses`,
			[]any{l.ProfileID, l.ArticleID, l.FactKey, l.Chapter, sign, lapse}},
	)
}

type stmt struct {
	sql  string
	args []any
}

func execArgs(tx *gorm.DB, stmts ...stmt) error {
	for _, st := range stmts {
		if err := tx.Exec(st.sql, st.args...).Error; err != nil {
			return fmt.Errorf("%.60s: %w", st.sql, err)
		}
	}
	return nil
}
