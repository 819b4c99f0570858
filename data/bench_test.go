package data

import (
	"fmt"
	"os"
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
		INSERT INTO review_logs(profile_id, article_id, card_key, rating, reviewed_ms, elapsed_days, interval_days, state_before, state_after, duration_ms, before_json, chapter, fact_key, day)
		SELECT %d, %d, 'k' || (x %% %d), 1 + x %% 4, %d - (x * 31536), 3, 5, 2, 2, 4000, '{}', (x %% %d) %% 10, 'k' || (x %% %d),
			strftime('%%Y-%%m-%%d', (%d - x * 31536) / 1000 - 4 * 3600, 'unixepoch') FROM c`, logs-1, profileID, articleID, cards, nowMs, cards, cards, nowMs),
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

// seedQuizzes adds n finished quizzes of perQuiz answers each over the
// year before now, then rebuilds the running totals from all the rows.
func seedQuizzes(tb testing.TB, s *Store, profileID, articleID int64, n, perQuiz int, now time.Time) {
	tb.Helper()
	nowMs := now.UnixMilli()
	step := int64(365*24*3600*1000) / int64(n)
	err := execAll(s.db,
		fmt.Sprintf(`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < %d)
		INSERT INTO quizzes(id, profile_id, article_id, title, mode, spec_json, questions_json, question_count, started_ms, finished_ms, points, correct)
		SELECT x, %d, %d, 'q' || x, 'test', '{}', '[]', %d, %d - x * %d, %d - x * %d + 600000, %d * (x %% 10) / 10.0, %d * (x %% 10) / 10 FROM c`,
			n, profileID, articleID, perQuiz, nowMs, step, nowMs, step, perQuiz, perQuiz),
		fmt.Sprintf(`WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x+1 FROM c WHERE x < %d)
		INSERT INTO quiz_answers(quiz_id, question_index, chapter, fact_keys, given_json, correct, points, answered_ms, duration_ms, day)
		SELECT 1 + x / %d, x %% %d, x %% 10, '["f' || (x %% 997) || '"]', '["a"]', x %% 3 > 0, CASE WHEN x %% 3 > 0 THEN 1.0 ELSE 0.0 END,
			%d - (1 + x / %d) * %d, 9000, strftime('%%Y-%%m-%%d', (%d - (1 + x / %d) * %d) / 1000 - 4 * 3600, 'unixepoch') FROM c`,
			n*perQuiz-1, perQuiz, perQuiz, nowMs, perQuiz, step, nowMs, perQuiz, step),
	)
	if err == nil {
		err = s.db.Transaction(rebuildTotals)
	}
	if err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkStudyProgress computes the Progress section for a history of
// 10,000 quizzes, 200,000 answers and 1,000,000 reviews.
func BenchmarkStudyProgress(b *testing.B) {
	s, _ := newTestStore(b)
	s.loc = time.UTC
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	seedReviews(b, s, p.ID, art.ID, 20000, 1_000_000, now)
	seedQuizzes(b, s, p.ID, art.ID, 10_000, 20, now)
	var pr quiz.Progress
	for _, days := range []int{30, 90} {
		b.Run(fmt.Sprintf("%ddays", days), func(b *testing.B) {
			for b.Loop() {
				var err error
				pr, err = s.StudyProgress(p.ID, art.ID, 10, days, now)
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(pr.Scores)), "quizzes")
			b.ReportMetric(float64(pr.Streak), "streak-days")
		})
	}
}

// BenchmarkRecordAnswer measures committing one quiz answer with its
// running totals (one transaction, WAL, synchronous FULL).
func BenchmarkRecordAnswer(b *testing.B) {
	s, _ := newTestStore(b)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	q := quiz.Question{Type: quiz.MultipleChoice, Options: []string{"a", "b"}, Answer: []string{"a"}, Chapter: 2, FactKeys: []string{"f"}}
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	var id int64
	i := quiz.MaxQuestions
	for b.Loop() {
		if i == quiz.MaxQuestions {
			var err error
			if id, err = s.StartQuiz(p.ID, art.ID, quiz.QuizSpec{Count: quiz.MaxQuestions, Mode: quiz.Test}, make([]quiz.Question, quiz.MaxQuestions), now); err != nil {
				b.Fatal(err)
			}
			i = 0
		}
		if err := s.RecordAnswer(id, q, quiz.GradeAnswer(q, i, []string{"a"}, now, time.Second)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkBackup1MReviews measures one backup (VACUUM INTO, fsync and
// rename) of a database holding 1,000,000 review-log rows.
func BenchmarkBackup1MReviews(b *testing.B) {
	s, path := newTestStore(b)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	seedReviews(b, s, p.ID, art.ID, 20000, 1_000_000, now)
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	var size int64
	for b.Loop() {
		bk, err := s.Backup()
		if err != nil {
			b.Fatal(err)
		}
		size = bk.Size
		os.Remove(bk.Path)
	}
	st, _ := os.Stat(path)
	b.ReportMetric(float64(st.Size())/1e6, "db-MB")
	b.ReportMetric(float64(size)/1e6, "backup-MB")
}
