package data

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

func TestReviewStateAndLogAreWrittenTogetherAndUndoRestores(t *testing.T) {
	s, path := newTestStore(t)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	sched := fsrs.NewScheduler(fsrs.Params{W: fsrs.DefaultWeights, DesiredRetention: 0.9, MaxInterval: 36500,
		LearningSteps: []time.Duration{time.Minute, 10 * time.Minute}, RelearningSteps: []time.Duration{10 * time.Minute},
		Location: time.UTC}, nil)
	now := time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)
	var card fsrs.Card
	var ids []int64
	ratings := []fsrs.Rating{fsrs.Good, fsrs.Good, fsrs.Good}
	var states []fsrs.Card
	for _, g := range ratings {
		after := sched.Review(card, g, now)
		id, _, err := s.RecordReview(Review{ProfileID: p.ID, ArticleID: art.ID, CardKey: "k1", Chapter: 2, Rating: g,
			Before: card, After: after, At: now, Duration: 3 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		states = append(states, after)
		card = after
		now = after.Due
	}
	st, err := s.CardStates(p.ID, art.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := st["k1"]
	if got.Chapter != 2 || got.Card.Reps != 3 || got.Card.State != fsrs.Review || !got.Card.Due.Equal(card.Due) {
		t.Errorf("stored state = %+v, want %+v", got.Card, card)
	}
	// Undo the last review: the state goes back to the second one.
	restored, err := s.UndoReview(p.ID, ids[2])
	if err != nil {
		t.Fatal(err)
	}
	if restored.Card.Reps != 2 || !restored.Card.Due.Equal(states[1].Due) {
		t.Errorf("after undo = %+v, want %+v", restored.Card, states[1])
	}
	if _, err := s.UndoReview(p.ID, ids[2]); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("second undo err = %v", err)
	}
	// The log keeps all three, the last marked undone, across a reopen.
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	log, err := s2.ReviewLog(p.ID, art.ID)
	if err != nil || len(log) != 3 || !log[2].Undone || log[0].Undone {
		t.Fatalf("log = %+v, %v", log, err)
	}
	// Replaying the log (without undone entries) reproduces the state.
	var replay fsrs.Card
	for _, l := range log {
		if !l.Undone {
			replay = sched.Review(replay, l.Rating, l.At)
		}
	}
	st2, _ := s2.CardStates(p.ID, art.ID)
	if replay.Reps != st2["k1"].Card.Reps || !replay.Due.Equal(st2["k1"].Card.Due) || replay.Stability != st2["k1"].Card.Stability {
		t.Errorf("replay %+v != stored %+v", replay, st2["k1"].Card)
	}
	n, newCards, err := s2.ReviewsSince(p.ID, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || n != 2 || newCards != 1 {
		t.Errorf("reviews since = %d, new %d, %v", n, newCards, err)
	}
}

func TestLeechAfterEightLapses(t *testing.T) {
	s, _ := newTestStore(t)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	before := fsrs.Card{State: fsrs.Review, Lapses: 7, Stability: 3, Difficulty: 9}
	after := before
	after.Lapses = 8
	after.State = fsrs.Relearning
	_, leech, err := s.RecordReview(Review{ProfileID: p.ID, ArticleID: art.ID, CardKey: "k", Rating: fsrs.Again, Before: before, After: after, At: time.Now()})
	if err != nil || !leech {
		t.Fatalf("leech = %v, %v", leech, err)
	}
	st, _ := s.CardStates(p.ID, art.ID)
	if !st["k"].Leech {
		t.Error("leech flag not stored")
	}
}

// BenchmarkRecordReview measures one rating with its durable commit
// (state and log in one transaction, WAL, synchronous FULL).
func BenchmarkRecordReview(b *testing.B) {
	s, _ := newTestStore(b)
	p, _ := s.DefaultProfile()
	art, _ := s.AddArticle("T", "x", false, []byte("x"))
	now := time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)
	before := fsrs.Card{}
	after := fsrs.Card{State: fsrs.Learning, Stability: 2.3, Difficulty: 2.1, Due: now.Add(10 * time.Minute), LastReview: now, Reps: 1}
	i := 0
	for b.Loop() {
		i++
		key := fmt.Sprintf("k%d", i)
		if _, _, err := s.RecordReview(Review{ProfileID: p.ID, ArticleID: art.ID, CardKey: key, Rating: fsrs.Good, Before: before, After: after, At: now}); err != nil {
			b.Fatal(err)
		}
	}
}
