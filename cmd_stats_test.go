package main

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// TestStatsFromAKnownHistory checks `chapterwise stats` figures against a
// history with hand-computed answers.
func TestStatsFromAKnownHistory(t *testing.T) {
	s, err := data.Open(filepath.Join(t.TempDir(), "stats.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, _ := s.DefaultProfile()
	art, _ := quiz.ParseArticle(assets.Article)
	item, _ := s.AddArticle(art.Title, "built-in", true, assets.Article)
	if err := s.SetCurrentArticle(p.ID, item.ID); err != nil {
		t.Fatal(err)
	}
	qs := []quiz.Question{
		{Type: quiz.TrueFalse, Options: []string{"True", "False"}, Answer: []string{"True"}, Chapter: 0, FactKeys: []string{"a"}},
		{Type: quiz.TrueFalse, Options: []string{"True", "False"}, Answer: []string{"False"}, Chapter: 2, FactKeys: []string{"b"}},
	}
	at := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	// Quiz 1: both right (100%). Quiz 2: one right (50%). Quiz 3: open,
	// one wrong answer so far.
	for k, given := range [][]string{{"True", "False"}, {"True", "True"}, {"False"}} {
		id, err := s.StartQuiz(p.ID, item.ID, quiz.QuizSpec{Title: "q", Count: 2, Mode: quiz.Test}, qs, at)
		if err != nil {
			t.Fatal(err)
		}
		for i, g := range given {
			if err := s.RecordAnswer(id, qs[i], quiz.GradeAnswer(qs[i], i, []string{g}, at, time.Second)); err != nil {
				t.Fatal(err)
			}
		}
		if k < 2 {
			if _, err := s.FinishQuiz(id, at); err != nil {
				t.Fatal(err)
			}
		}
	}
	out, err := collectStats(s)
	if err != nil || len(out.Profiles) != 1 {
		t.Fatal(out, err)
	}
	pr := out.Profiles[0]
	if pr.Quizzes != 2 || pr.Answers != 5 || pr.Correct != 3 || pr.MeanScore != 75 || !pr.UnfinishedQuiz || pr.Reviews != 0 {
		t.Errorf("profile = %+v", pr)
	}
	if len(pr.Chapters) != len(art.Chapters) || pr.Chapters[0].Title != art.Chapters[0].Title {
		t.Fatalf("chapters = %+v", pr.Chapters)
	}
	// Chapter 1: True, True, False -> 2 of 3. Chapter 3: False, True -> 1 of 2.
	if pr.Chapters[0].Mastery != 0.67 || pr.Chapters[2].Mastery != 0.5 || pr.Chapters[1].Mastery != 0 {
		t.Errorf("mastery = %v %v %v", pr.Chapters[0].Mastery, pr.Chapters[1].Mastery, pr.Chapters[2].Mastery)
	}
}
