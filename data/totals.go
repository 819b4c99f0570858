package data

import (
	"fmt"

	"gorm.io/gorm"
)

// rebuildTotals recomputes the running totals (daily_activity,
// chapter_stats, fact_stats) from the review log and the quiz answers.
// The totals are kept up to date as reviews and answers are committed;
// this is the repair for when they are not (check database), and the
// reference the tests compare them with.
func rebuildTotals(tx *gorm.DB) error {
	err := execAll(tx,
		`DELETE FROM daily_activity`,
		`DELETE FROM chapter_stats`,
		`DELETE FROM fact_stats`,
		`INSERT INTO daily_activity(profile_id, day, reviews, recalled, seconds)
			SELECT profile_id, day, COUNT(*), SUM(rating > 1), SUM(duration_ms / 1000) FROM review_logs
			WHERE undone = 0 AND rating > 0 AND day != '' GROUP BY profile_id, day`,
		`INSERT INTO daily_activity(profile_id, day, answers, points, seconds)
			SELECT q.profile_id, a.day, COUNT(*), SUM(a.points), SUM(a.duration_ms / 1000)
			FROM quiz_answers a JOIN quizzes q ON q.id = a.quiz_id WHERE 1 GROUP BY q.profile_id, a.day
			ON CONFLICT DO UPDATE SET answers = excluded.answers, points = excluded.points, seconds = seconds + excluded.seconds`,
		`INSERT INTO chapter_stats(profile_id, article_id, chapter, reviews, recalled)
			SELECT profile_id, article_id, chapter, COUNT(*), SUM(rating > 1) FROM review_logs
			WHERE undone = 0 AND rating > 0 GROUP BY profile_id, article_id, chapter`,
		`INSERT INTO chapter_stats(profile_id, article_id, chapter, answers, points)
			SELECT q.profile_id, q.article_id, a.chapter, COUNT(*), SUM(a.points)
			FROM quiz_answers a JOIN quizzes q ON q.id = a.quiz_id WHERE 1 GROUP BY q.profile_id, q.article_id, a.chapter
			ON CONFLICT DO UPDATE SET answers = excluded.answers, points = excluded.points`,
		`INSERT INTO fact_stats(profile_id, article_id, fact_key, chapter, reviews, lapses)
			SELECT profile_id, article_id, fact_key, MAX(chapter), COUNT(*), SUM(rating = 1 AND state_before = 2) FROM review_logs
			WHERE undone = 0 AND rating > 0 GROUP BY profile_id, article_id, fact_key`,
		`INSERT INTO fact_stats(profile_id, article_id, fact_key, chapter, answers, wrong)
			SELECT q.profile_id, q.article_id, k.value, MAX(a.chapter), COUNT(*), SUM(a.correct = 0)
			FROM quiz_answers a JOIN quizzes q ON q.id = a.quiz_id, json_each(a.fact_keys) k
			WHERE json_valid(a.fact_keys) GROUP BY q.profile_id, q.article_id, k.value
			ON CONFLICT DO UPDATE SET answers = excluded.answers, wrong = excluded.wrong`,
	)
	if err != nil {
		return fmt.Errorf("rebuild totals: %w", err)
	}
	return nil
}
