package data

import (
	"fmt"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

// seedReviews fills a profile's history quickly in SQL: cards card states
// (keys k0…, spread over 10 chapters, a third due before now) and logs
// review-log rows over the year before now.
func seedReviews(tb testing.TB, s *Store, profileID, articleID int64, cards, logs int, now time.Time) {
	tb.Helper()
	nowMs := now.UnixMilli()
	err := execAll(s.db,
		fmt.Sprintf(`WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x+1 FROM c WHERE x < %d)
		INSERT INTO card_states(profile_id, article_id, card_key, chapter, state, stability, difficulty, due_ms, last_review_ms, scheduled_days, reps, lapses)
		SELECT %d, %d, 'k' || x, x %% 10, CASE WHEN x %% 7 = 0 THEN 1 ELSE 2 END, 5.0, 5.0,
			%d + (x %% 3 - 1) * 86400000, %d - 86400000, 3, 4, x %% 3 FROM c`, cards-1, profileID, articleID, nowMs, nowMs),
		fmt.Sprintf(`WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x+1 FROM c WHERE x < %d)
		INSERT INTO review_logs(profile_id, article_id, card_key, rating, reviewed_ms, elapsed_days, interval_days, state_before, state_after, duration_ms, before_json)
		SELECT %d, %d, 'k' || (x %% %d), 1 + x %% 4, %d - (x * 31536) , 3, 5, 2, 2, 4000, '{}' FROM c`, logs-1, profileID, articleID, cards, nowMs),
	)
	if err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkDueQueue20kCards1MLogs measures the Flashcards section with
// 20,000 cards and 1,000,000 review-log rows. "load" is reading every
// card's schedule, done once when an article opens; "open" is what opening
// the section costs each time: count today's reviews in the log, count
// the 11 decks and build the whole-article queue.
func BenchmarkDueQueue20kCards1MLogs(b *testing.B) {
	s, _ := newTestStore(b)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	const nCards = 20000
	seedReviews(b, s, p.ID, art.ID, nCards, 1_000_000, now)
	cards := make([]quiz.Card, nCards)
	for i := range cards {
		cards[i] = quiz.Card{Key: fmt.Sprintf("k%d", i), Chapter: i % 10}
	}
	load := func() []quiz.DeckCard {
		states, err := s.CardStates(p.ID, art.ID)
		if err != nil {
			b.Fatal(err)
		}
		deck := make([]quiz.DeckCard, len(cards))
		for i, c := range cards {
			st := states[c.Key]
			deck[i] = quiz.DeckCard{Card: c, Sched: st.Card, Suspended: st.Suspended, Leech: st.Leech}
		}
		return deck
	}
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			load()
		}
	})
	deck := load()
	read := map[int]bool{0: true, 1: true, 2: true}
	b.Run("open", func(b *testing.B) {
		var counts quiz.DeckCounts
		var queue int
		for b.Loop() {
			reviews, fresh, err := s.ReviewsSince(p.ID, now.Add(-11*time.Hour))
			if err != nil {
				b.Fatal(err)
			}
			o := quiz.QueueOptions{Read: read, NewLimit: max(0, 20-fresh), ReviewLimit: max(0, 200-reviews)}
			for ch := -1; ch < 10; ch++ {
				o.Chapter = ch
				counts = quiz.CountDeck(deck, now, o)
			}
			o.Chapter = -1
			queue = len(quiz.StudyQueue(deck, now, o))
		}
		b.ReportMetric(float64(counts.Due), "due-last-deck")
		b.ReportMetric(float64(queue), "queue")
	})
}
