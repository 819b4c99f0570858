package data

import (
	"errors"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

func TestCardEditsOwnCardsSuspendAndReset(t *testing.T) {
	s, path := newTestStore(t)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	edit := quiz.CardEdit{Key: "gen1", Chapter: 1, Block: 3, Front: "Better front", Back: "Better back"}
	own := quiz.CardEdit{Key: "own-1", Own: true, Chapter: 0, Block: -1, Front: "Mine?", Back: "Yes"}
	for _, e := range []quiz.CardEdit{edit, own} {
		if err := s.SaveCardEdit(p.ID, art.ID, e); err != nil {
			t.Fatal(err)
		}
	}
	edit.Back = "Best back"
	if err := s.SaveCardEdit(p.ID, art.ID, edit); err != nil {
		t.Fatal(err)
	}
	// A review of the own card, then suspend the generated one.
	after := fsrs.Card{State: fsrs.Review, Stability: 5, Difficulty: 5, Reps: 1, Due: time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC)}
	if _, _, err := s.RecordReview(Review{ProfileID: p.ID, ArticleID: art.ID, CardKey: "own-1", Rating: fsrs.Good, After: after, At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSuspended(p.ID, art.ID, "gen1", 1, true); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	edits, err := s.CardEdits(p.ID, art.ID)
	if err != nil || len(edits) != 2 {
		t.Fatalf("edits = %+v, %v", edits, err)
	}
	if edits[0] != edit || edits[1] != own {
		t.Errorf("edits = %+v, want %+v and %+v", edits, edit, own)
	}
	st, _ := s.CardStates(p.ID, art.ID)
	if !st["gen1"].Suspended || st["gen1"].Card.State != fsrs.New {
		t.Errorf("gen1 = %+v, want suspended and new", st["gen1"])
	}
	if st["own-1"].Card.Reps != 1 {
		t.Errorf("own-1 = %+v", st["own-1"])
	}
	// Reset keeps the suspension, makes the card new and logs it.
	if err := s.SetSuspended(p.ID, art.ID, "own-1", 0, true); err != nil {
		t.Fatal(err)
	}
	if err := s.ResetCard(p.ID, art.ID, "own-1"); err != nil {
		t.Fatal(err)
	}
	st, _ = s.CardStates(p.ID, art.ID)
	if c := st["own-1"]; c.Card.State != fsrs.New || c.Card.Reps != 0 || !c.Suspended {
		t.Errorf("after reset = %+v", c)
	}
	log, _ := s.ReviewLog(p.ID, art.ID)
	if len(log) != 2 || log[1].Rating != Reset {
		t.Errorf("log = %+v, want a review then a reset", log)
	}
	if n, _, _ := s.ReviewsSince(p.ID, time.Time{}); n != 1 {
		t.Errorf("reviews counted = %d, want 1 (a reset is not a review)", n)
	}
	// Deleting an edit brings the generated text back; deleting an own
	// card removes its schedule too.
	if err := s.DeleteCardEdit(p.ID, art.ID, "own-1"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCardEdit(p.ID, art.ID, "own-1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	st, _ = s.CardStates(p.ID, art.ID)
	if _, ok := st["own-1"]; ok {
		t.Error("own card's schedule left behind")
	}
}

func TestStudySettingsDefaultsRoundTripAndClamp(t *testing.T) {
	s, _ := newTestStore(t)
	p, _ := s.DefaultProfile()
	got, err := s.StudySettings(p.ID)
	if err != nil || got != quiz.DefaultStudySettings() {
		t.Fatalf("defaults = %+v, %v", got, err)
	}
	if err := s.SaveStudySettings(p.ID, quiz.StudySettings{Retention: 0.85, NewPerDay: 5, ReviewsPerDay: 50}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.StudySettings(p.ID); got != (quiz.StudySettings{Retention: 0.85, NewPerDay: 5, ReviewsPerDay: 50}) {
		t.Errorf("saved = %+v", got)
	}
	if err := s.SaveStudySettings(p.ID, quiz.StudySettings{Retention: 0.99, NewPerDay: -3, ReviewsPerDay: 10}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.StudySettings(p.ID); got.Retention != 0.97 || got.NewPerDay != 0 {
		t.Errorf("clamped = %+v", got)
	}
}
