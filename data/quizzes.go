package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/chapterwise/chapterwise/quiz"
)

// quizRow is a row of quizzes: one quiz taken (or being taken).
type quizRow struct {
	ID            int64 `gorm:"primaryKey"`
	ProfileID     int64
	ArticleID     int64
	Title         string
	Mode          string
	SpecJSON      string `gorm:"column:spec_json"`
	QuestionsJSON string `gorm:"column:questions_json"`
	QuestionCount int
	TimeLimitS    int `gorm:"column:time_limit_s"`
	StartedMs     int64
	FinishedMs    int64
	Abandoned     bool
	Points        float64
	Correct       int
	AssignmentID  string
}

func (quizRow) TableName() string { return "quizzes" }

// answerRow is a row of quiz_answers.
type answerRow struct {
	ID            int64 `gorm:"primaryKey"`
	QuizID        int64
	QuestionIndex int
	Chapter       int
	FactKeys      string
	GivenJSON     string `gorm:"column:given_json"`
	Correct       bool
	Points        float64
	Note          string
	AnsweredMs    int64
	DurationMs    int64
	Day           string
}

func (answerRow) TableName() string { return "quiz_answers" }

// Quiz is a stored quiz with its questions and the answers given so far.
type Quiz struct {
	ID        int64
	ProfileID int64
	ArticleID int64
	Spec      quiz.QuizSpec
	Questions []quiz.Question
	Answers   []quiz.Answer
	Started   time.Time
	Finished  time.Time // zero: not finished
	Abandoned bool
}

// Score scores the answers given so far.
func (q Quiz) Score() quiz.Score { return quiz.ScoreQuiz(len(q.Questions), q.Answers) }

// Errors of the quiz store.
var (
	ErrAlreadyAnswered = errors.New("this question was already answered")
	ErrQuizFinished    = errors.New("this quiz is already finished")
)

// StartQuiz stores a new quiz with its questions, so it can be resumed
// exactly as it was.
func (s *Store) StartQuiz(profileID, articleID int64, spec quiz.QuizSpec, qs []quiz.Question, at time.Time) (int64, error) {
	specJSON, err := json.Marshal(spec)
	if err != nil {
		return 0, fmt.Errorf("start quiz: %w", err)
	}
	qsJSON, err := json.Marshal(qs)
	if err != nil {
		return 0, fmt.Errorf("start quiz: %w", err)
	}
	row := quizRow{ProfileID: profileID, ArticleID: articleID, Title: spec.Title, Mode: string(spec.Mode), SpecJSON: string(specJSON),
		QuestionsJSON: string(qsJSON), QuestionCount: len(qs), TimeLimitS: int(spec.TimeLimit / time.Second), StartedMs: toMs(at),
		AssignmentID: spec.AssignmentID}
	if err := s.db.Create(&row).Error; err != nil {
		return 0, fmt.Errorf("start quiz: %w", err)
	}
	return row.ID, nil
}

// RecordAnswer commits one answer with the running totals in one
// transaction. A question is answered once; the quiz must be unfinished.
func (s *Store) RecordAnswer(quizID int64, q quiz.Question, a quiz.Answer) error {
	given, err := json.Marshal(a.Given)
	if err != nil {
		return fmt.Errorf("record answer: %w", err)
	}
	keys, err := json.Marshal(q.FactKeys)
	if err != nil {
		return fmt.Errorf("record answer: %w", err)
	}
	row := answerRow{QuizID: quizID, QuestionIndex: a.Index, Chapter: q.Chapter, FactKeys: string(keys),
		GivenJSON: string(given), Correct: a.Correct, Points: a.Points, Note: a.Note, AnsweredMs: toMs(a.At),
		DurationMs: a.Duration.Milliseconds(), Day: s.day(a.At)}
	err = s.transaction(func(tx *gorm.DB) error {
		var qr quizRow
		if err := tx.Select("id, profile_id, article_id, finished_ms, question_count").First(&qr, quizID).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return ErrNotFound
			}
			return err
		}
		if qr.FinishedMs != 0 {
			return ErrQuizFinished
		}
		if a.Index < 0 || a.Index >= qr.QuestionCount {
			return fmt.Errorf("question %d is not in this quiz", a.Index+1)
		}
		if err := tx.Create(&row).Error; err != nil {
			if errors.Is(err, gorm.ErrDuplicatedKey) {
				return ErrAlreadyAnswered
			}
			return err
		}
		wrong := 0
		if !a.Correct {
			wrong = 1
		}
		stmts := []stmt{
			{`INSERT INTO daily_activity(profile_id, day, answers, points, seconds) VALUES (?, ?, 1, ?, ?)
				ON CONFLICT DO UPDATE SET answers = answers + 1, points = points + excluded.points, seconds = seconds + excluded.seconds`,
				[]any{qr.ProfileID, row.Day, a.Points, row.DurationMs / 1000}},
			{`INSERT INTO chapter_stats(profile_id, article_id, chapter, answers, points) VALUES (?, ?, ?, 1, ?)
				ON CONFLICT DO UPDATE SET answers = answers + 1, points = points + excluded.points`,
				[]any{qr.ProfileID, qr.ArticleID, q.Chapter, a.Points}},
		}
		for _, k := range q.FactKeys {
			stmts = append(stmts, stmt{`INSERT INTO fact_stats(profile_id, article_id, fact_key, chapter, answers, wrong) VALUES (?, ?, ?, ?, 1, ?)
				ON CONFLICT DO UPDATE SET answers = answers + 1, wrong = wrong + excluded.wrong`,
				[]any{qr.ProfileID, qr.ArticleID, k, q.Chapter, wrong}})
		}
		return execArgs(tx, stmts...)
	})
	if err != nil {
		return fmt.Errorf("record answer to question %d: %w", a.Index+1, err)
	}
	return nil
}

// FinishQuiz marks a quiz finished and stores its score, computed from
// the answers in the database.
func (s *Store) FinishQuiz(quizID int64, at time.Time) (quiz.Score, error) {
	return s.endQuiz(quizID, at, false)
}

// AbandonQuiz ends a quiz the user chose not to resume. Its answers stay
// in the history; its score does not count in the means.
func (s *Store) AbandonQuiz(quizID int64, at time.Time) error {
	_, err := s.endQuiz(quizID, at, true)
	return err
}

func (s *Store) endQuiz(quizID int64, at time.Time, abandoned bool) (quiz.Score, error) {
	var score quiz.Score
	err := s.transaction(func(tx *gorm.DB) error {
		var qr quizRow
		if err := tx.Select("id, finished_ms, question_count").First(&qr, quizID).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return ErrNotFound
			}
			return err
		}
		if qr.FinishedMs != 0 {
			return ErrQuizFinished
		}
		answers, err := loadAnswers(tx, quizID)
		if err != nil {
			return err
		}
		score = quiz.ScoreQuiz(qr.QuestionCount, answers)
		return tx.Model(&quizRow{}).Where("id = ?", quizID).Updates(map[string]any{
			"finished_ms": toMs(at), "abandoned": abandoned, "points": score.Points, "correct": score.Correct}).Error
	})
	if err != nil {
		return score, fmt.Errorf("finish quiz: %w", err)
	}
	return score, nil
}

func loadAnswers(tx *gorm.DB, quizID int64) ([]quiz.Answer, error) {
	var rows []answerRow
	if err := tx.Where("quiz_id = ?", quizID).Order("question_index").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]quiz.Answer, len(rows))
	for i, r := range rows {
		var given []string
		if err := json.Unmarshal([]byte(r.GivenJSON), &given); err != nil {
			return nil, fmt.Errorf("read answer %d: %w", r.QuestionIndex+1, err)
		}
		out[i] = quiz.Answer{Index: r.QuestionIndex, Given: given, Correct: r.Correct, Points: r.Points, Note: r.Note,
			At: fromMs(r.AnsweredMs), Duration: time.Duration(r.DurationMs) * time.Millisecond}
	}
	return out, nil
}

// LoadQuiz reads a quiz with its questions and answers.
func (s *Store) LoadQuiz(quizID int64) (Quiz, error) {
	var qr quizRow
	if err := s.db.First(&qr, quizID).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return Quiz{}, fmt.Errorf("quiz %d: %w", quizID, ErrNotFound)
		}
		return Quiz{}, fmt.Errorf("load quiz: %w", err)
	}
	return s.toQuiz(qr)
}

func (s *Store) toQuiz(qr quizRow) (Quiz, error) {
	q := Quiz{ID: qr.ID, ProfileID: qr.ProfileID, ArticleID: qr.ArticleID, Started: fromMs(qr.StartedMs),
		Finished: fromMs(qr.FinishedMs), Abandoned: qr.Abandoned}
	if err := json.Unmarshal([]byte(qr.SpecJSON), &q.Spec); err != nil {
		return q, fmt.Errorf("read quiz %d: %w", qr.ID, err)
	}
	if err := json.Unmarshal([]byte(qr.QuestionsJSON), &q.Questions); err != nil {
		return q, fmt.Errorf("read quiz %d: %w", qr.ID, err)
	}
	answers, err := loadAnswers(s.db, qr.ID)
	if err != nil {
		return q, fmt.Errorf("read quiz %d: %w", qr.ID, err)
	}
	q.Answers = answers
	return q, nil
}

// UnfinishedQuiz returns the profile's most recent quiz that was neither
// finished nor abandoned, if any.
func (s *Store) UnfinishedQuiz(profileID int64) (Quiz, bool, error) {
	var qr quizRow
	err := s.db.Where("profile_id = ? AND finished_ms = 0", profileID).Order("started_ms DESC, id DESC").First(&qr).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return Quiz{}, false, nil
	}
	if err != nil {
		return Quiz{}, false, fmt.Errorf("look for an unfinished quiz: %w", err)
	}
	q, err := s.toQuiz(qr)
	return q, err == nil, err
}

// QuizSummary is a finished quiz as lists show it.
type QuizSummary struct {
	ID        int64
	Title     string
	Mode      quiz.Mode
	Finished  time.Time
	Questions int
	Points    float64
	Correct   int
}

// Percent is the quiz's score in percent.
func (q QuizSummary) Percent() float64 {
	return quiz.Score{Points: q.Points, Max: q.Questions}.Percent()
}

// RecentQuizzes lists a profile's last n finished quizzes, newest first.
func (s *Store) RecentQuizzes(profileID int64, n int) ([]QuizSummary, error) {
	var rows []quizRow
	err := s.db.Select("id, title, mode, finished_ms, question_count, points, correct").
		Where("profile_id = ? AND finished_ms > 0 AND abandoned = 0", profileID).Order("finished_ms DESC, id DESC").Limit(n).Find(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("recent quizzes: %w", err)
	}
	out := make([]QuizSummary, len(rows))
	for i, r := range rows {
		out[i] = QuizSummary{ID: r.ID, Title: r.Title, Mode: quiz.Mode(r.Mode), Finished: fromMs(r.FinishedMs),
			Questions: r.QuestionCount, Points: r.Points, Correct: r.Correct}
	}
	return out, nil
}
