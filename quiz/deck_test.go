package quiz

import (
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

func TestStudyQueueAndCounts(t *testing.T) {
	now := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	mk := func(key string, ch int, st fsrs.State, due time.Time) DeckCard {
		return DeckCard{Card: Card{Key: key, Chapter: ch}, Sched: fsrs.Card{State: st, Due: due}}
	}
	cards := []DeckCard{
		mk("new0", 0, fsrs.New, time.Time{}),
		mk("new1", 1, fsrs.New, time.Time{}),
		mk("new0b", 0, fsrs.New, time.Time{}),
		mk("rev-late", 0, fsrs.Review, now.Add(-48*time.Hour)),
		mk("rev-early", 1, fsrs.Review, now.Add(-1*time.Hour)),
		mk("rev-future", 0, fsrs.Review, now.Add(24*time.Hour)),
		mk("learn", 1, fsrs.Learning, now.Add(5*time.Minute)),
	}
	cards = append(cards, DeckCard{Card: Card{Key: "susp", Chapter: 0}, Sched: fsrs.Card{State: fsrs.Review, Due: now.Add(-time.Hour)}, Suspended: true})
	o := QueueOptions{Chapter: -1, Read: map[int]bool{0: true}, NewLimit: 20, ReviewLimit: 200}
	if got := CountDeck(cards, now, o); got != (DeckCounts{New: 2, Learning: 1, Due: 2}) {
		t.Errorf("counts = %+v", got)
	}
	q := StudyQueue(cards, now, o)
	var keys []string
	for _, c := range q {
		keys = append(keys, c.Card.Key)
	}
	want := []string{"learn", "rev-late", "rev-early", "new0", "new0b"}
	if len(keys) != len(want) {
		t.Fatalf("queue = %v, want %v", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Fatalf("queue = %v, want %v", keys, want)
		}
	}
	o.IncludeUnread = true
	o.NewLimit = 1
	o.ReviewLimit = 1
	o.Chapter = 0
	q = StudyQueue(cards, now, o)
	if len(q) != 2 || q[0].Card.Key != "rev-late" || q[1].Card.Key != "new0" {
		t.Errorf("limited chapter queue = %+v", q)
	}
}
