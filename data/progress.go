package data

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
)

// StudyProgress reads what the Progress section shows for a profile and an
// article: finished quiz scores, the last days of activity, each
// chapter's totals, the most missed facts and the study streak. It reads
// the running totals, so its cost does not grow with the history.
func (s *Store) StudyProgress(profileID, articleID int64, chapters, days int, now time.Time) (quiz.Progress, error) {
	var p quiz.Progress
	wrap := func(err error) (quiz.Progress, error) { return p, fmt.Errorf("read progress: %w", err) }
	var scores []struct {
		FinishedMs    int64
		Points        float64
		QuestionCount int
	}
	err := s.db.Raw(`SELECT finished_ms, points, question_count FROM quizzes
		WHERE profile_id = ? AND article_id = ? AND finished_ms > 0 AND abandoned = 0 ORDER BY finished_ms, id`,
		profileID, articleID).Scan(&scores).Error
	if err != nil {
		return wrap(err)
	}
	sum := 0.0
	p.Scores = make([]quiz.ScorePoint, len(scores))
	for i, r := range scores {
		pct := quiz.Score{Points: r.Points, Max: r.QuestionCount}.Percent()
		p.Scores[i] = quiz.ScorePoint{At: fromMs(r.FinishedMs), Percent: pct}
		sum += pct
	}
	if len(scores) > 0 {
		p.MeanScore = sum / float64(len(scores))
	}
	today := s.day(now)
	// The streak can be longer than the chart's window: read active days
	// back until the first gap (a year at a time).
	var active []quiz.DayActivity
	err = s.db.Raw(`SELECT day, reviews, recalled, answers, points, seconds FROM daily_activity
		WHERE profile_id = ? AND day > ? AND day <= ? ORDER BY day`, profileID,
		dayBefore(today, max(days, 366)), today).Scan(&active).Error
	if err != nil {
		return wrap(err)
	}
	set := make(map[string]bool, len(active))
	for _, d := range active {
		if d.Reviews+d.Answers > 0 {
			set[d.Day] = true
		}
	}
	p.Streak = quiz.Streak(set, today)
	if p.Streak >= max(days, 366)-1 {
		// a streak longer than the window: read every active day
		var all []string
		err = s.db.Raw(`SELECT day FROM daily_activity WHERE profile_id = ? AND reviews + answers > 0 AND day <= ?`, profileID, today).Scan(&all).Error
		if err != nil {
			return wrap(err)
		}
		for _, d := range all {
			set[d] = true
		}
		p.Streak = quiz.Streak(set, today)
	}
	p.Days = quiz.FillDays(active, today, days)
	var chs []quiz.ChapterStat
	err = s.db.Raw(`SELECT chapter, answers, points, reviews, recalled FROM chapter_stats
		WHERE profile_id = ? AND article_id = ? ORDER BY chapter`, profileID, articleID).Scan(&chs).Error
	if err != nil {
		return wrap(err)
	}
	p.Chapters = make([]quiz.ChapterStat, chapters)
	for i := range p.Chapters {
		p.Chapters[i].Chapter = i
	}
	for _, c := range chs {
		if c.Chapter >= 0 && c.Chapter < chapters {
			p.Chapters[c.Chapter] = c
		}
	}
	err = s.db.Raw(`SELECT fact_key, chapter, answers, wrong, reviews, lapses FROM fact_stats
		WHERE profile_id = ? AND article_id = ? AND wrong + lapses > 0 ORDER BY wrong + lapses DESC, fact_key LIMIT 10`,
		profileID, articleID).Scan(&p.Weakest).Error
	if err != nil {
		return wrap(err)
	}
	return p, nil
}

func dayBefore(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, -n).Format(time.DateOnly)
}

// ProfileStats are one profile's totals for `chapterwise stats`.
type ProfileStats struct {
	Profile    quiz.Profile
	Quizzes    int
	Answers    int
	Correct    int
	MeanScore  float64 // percent over finished quizzes
	Reviews    int
	Unfinished bool
	ArticleID  int64 // the profile's current article, 0 if none
	Chapters   []quiz.ChapterStat
}

// Stats returns every profile's totals, with the chapters of its current
// article.
func (s *Store) Stats() ([]ProfileStats, error) {
	var profiles []profileRow
	if err := s.db.Order("id").Find(&profiles).Error; err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	out := make([]ProfileStats, 0, len(profiles))
	for _, pr := range profiles {
		st := ProfileStats{Profile: pr.toQuiz()}
		var q struct {
			Quizzes int
			Mean    float64
		}
		err := s.db.Raw(`SELECT COUNT(*) AS quizzes, COALESCE(AVG(100.0 * points / MAX(question_count, 1)), 0) AS mean
			FROM quizzes WHERE profile_id = ? AND finished_ms > 0 AND abandoned = 0`, pr.ID).Scan(&q).Error
		if err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		st.Quizzes, st.MeanScore = q.Quizzes, q.Mean
		var a struct{ Answers, Correct int }
		err = s.db.Raw(`SELECT COUNT(*) AS answers, COALESCE(SUM(a.correct), 0) AS correct FROM quiz_answers a
			JOIN quizzes q ON q.id = a.quiz_id WHERE q.profile_id = ?`, pr.ID).Scan(&a).Error
		if err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		st.Answers, st.Correct = a.Answers, a.Correct
		if err := s.db.Raw(`SELECT COALESCE(SUM(reviews), 0) FROM daily_activity WHERE profile_id = ?`, pr.ID).Scan(&st.Reviews).Error; err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		var unfinished int64
		if err := s.db.Model(&quizRow{}).Where("profile_id = ? AND finished_ms = 0", pr.ID).Count(&unfinished).Error; err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		st.Unfinished = unfinished > 0
		if pr.CurrentArticleID != nil {
			st.ArticleID = *pr.CurrentArticleID
			if err := s.db.Raw(`SELECT chapter, answers, points, reviews, recalled FROM chapter_stats
				WHERE profile_id = ? AND article_id = ? ORDER BY chapter`, pr.ID, st.ArticleID).Scan(&st.Chapters).Error; err != nil {
				return nil, fmt.Errorf("stats: %w", err)
			}
		}
		out = append(out, st)
	}
	return out, nil
}

// ExportHistory writes a profile's whole history as CSV: one row per
// flashcard review and per quiz answer, oldest first within each kind.
func (s *Store) ExportHistory(profileID int64, w io.Writer) error {
	cw := newSheetWriter(w)
	_ = cw.Write([]string{"kind", "time_utc", "article", "chapter", "item", "answer", "correct", "points", "seconds", "quiz"})
	rows, err := s.db.Raw(`SELECT 'review', l.reviewed_ms, a.title, l.chapter + 1, l.card_key, l.rating, l.rating > 1, 0, l.duration_ms, ''
		FROM review_logs l JOIN articles a ON a.id = l.article_id WHERE l.profile_id = ? AND l.undone = 0 AND l.rating > 0
		UNION ALL
		SELECT 'answer', x.answered_ms, a.title, x.chapter + 1, x.fact_keys, x.given_json, x.correct, x.points, x.duration_ms, q.title
		FROM quiz_answers x JOIN quizzes q ON q.id = x.quiz_id JOIN articles a ON a.id = q.article_id WHERE q.profile_id = ?
		ORDER BY 2`, profileID, profileID).Rows()
	if err != nil {
		return fmt.Errorf("export history: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind, title, item, answer, quizTitle string
		var ms, durMs int64
		var chapter int
		var correct bool
		var points float64
		if err := rows.Scan(&kind, &ms, &title, &chapter, &item, &answer, &correct, &points, &durMs, &quizTitle); err != nil {
			return fmt.Errorf("export history: %w", err)
		}
		if kind == "review" {
			answer = fsrsName(answer)
		}
		rec := []string{kind, fromMs(ms).Format(time.RFC3339), title, strconv.Itoa(chapter), item, answer,
			strconv.FormatBool(correct), strconv.FormatFloat(points, 'f', -1, 64), strconv.FormatFloat(float64(durMs)/1000, 'f', 1, 64), quizTitle}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("export history: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export history: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export history: %w", err)
	}
	return nil
}

func fsrsName(rating string) string {
	switch rating {
	case "1":
		return "again"
	case "2":
		return "hard"
	case "3":
		return "good"
	case "4":
		return "easy"
	}
	return rating
}
