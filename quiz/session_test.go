package quiz

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

func sessionCards(keys ...string) []DeckCard {
	var out []DeckCard
	for _, k := range keys {
		out = append(out, DeckCard{Card: Card{Key: k, Front: "front " + k}})
	}
	return out
}

// sessionState renders a session as "cur/left shown studied passed: keys".
func sessionState(s *Session) string {
	var keys []string
	for _, c := range s.queue {
		keys = append(keys, c.Card.Key)
	}
	return fmt.Sprintf("%d/%d %v %d %d: %s", s.cur, s.Left(), s.Shown(), s.Studied(), s.Passed(), strings.Join(keys, ","))
}

func TestSession(t *testing.T) {
	review := fsrs.Card{State: fsrs.Review}
	learning := fsrs.Card{State: fsrs.Learning}
	// each step: "show", "rate G" (review), "again" (to learning), "undo"
	tests := []struct {
		name  string
		cards []string
		steps []string
		want  string
		day   DayCounts
	}{
		{"a new session shows its first card face down", []string{"a", "b"}, nil, "0/2 false 0 0: a,b", DayCounts{}},
		{"a rating before the answer is refused", []string{"a"}, []string{"rate 3"}, "0/1 false 0 0: a", DayCounts{}},
		{"show then Good moves on", []string{"a", "b"}, []string{"show", "rate 3"}, "1/1 false 1 1: a,b", DayCounts{1, 1}},
		{"Again requeues the card at the end", []string{"a", "b"}, []string{"show", "again"}, "1/2 false 1 0: a,b,a", DayCounts{1, 1}},
		{"undo of a requeue takes the copy back", []string{"a", "b"}, []string{"show", "again", "undo"}, "0/2 false 0 0: a,b", DayCounts{}},
		{"undo goes back one card at a time", []string{"a", "b", "c"}, []string{"show", "rate 3", "show", "rate 2", "undo"}, "1/2 false 1 1: a,b,c", DayCounts{1, 1}},
		{"every card rated: done", []string{"a"}, []string{"show", "rate 4"}, "1/0 false 1 1: a", DayCounts{1, 1}},
		{"showing twice changes nothing", []string{"a"}, []string{"show", "show"}, "0/1 true 0 0: a", DayCounts{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSession("deck", sessionCards(tt.cards...))
			var day DayCounts
			log := int64(0)
			for _, st := range tt.steps {
				switch {
				case st == "show":
					s.ShowAnswer()
				case st == "again" || strings.HasPrefix(st, "rate "):
					if !s.CanRate() {
						continue
					}
					g, after := fsrs.Again, learning
					if st != "again" {
						g, after = fsrs.Rating(st[5]-'0'), review
					}
					c, _ := s.Current()
					day.Rated(c.Sched.State == fsrs.New)
					log++
					s.Rated(g, after, false, log)
				case st == "undo":
					id, ok := s.LastRating()
					if !ok || id != log {
						t.Fatalf("LastRating = %d, %v, want %d", id, ok, log)
					}
					log--
					_, wasNew := s.Undone(fsrs.Card{}, false)
					day.Undone(wasNew)
				}
			}
			if got := sessionState(s); got != tt.want {
				t.Errorf("session = %q, want %q", got, tt.want)
			}
			if day != tt.day {
				t.Errorf("day counts = %+v, want %+v", day, tt.day)
			}
		})
	}
}

func TestSessionEditReachesEveryQueuedCopy(t *testing.T) {
	s := NewSession("deck", sessionCards("a", "b"))
	s.ShowAnswer()
	s.Rated(fsrs.Again, fsrs.Card{State: fsrs.Learning}, false, 1)
	s.Edited(Card{Key: "a", Front: "new front"})
	for _, c := range s.queue {
		if c.Card.Key == "a" && c.Card.Front != "new front" {
			t.Errorf("a queued copy kept the old text: %q", c.Card.Front)
		}
	}
}

func TestSessionLeechStaysMarked(t *testing.T) {
	s := NewSession("deck", sessionCards("a"))
	s.ShowAnswer()
	c := s.Rated(fsrs.Again, fsrs.Card{State: fsrs.Relearning}, true, 1)
	if !c.Leech {
		t.Error("the rating that made a leech did not mark the card")
	}
	if s.PassedPercent() != 0 || s.Left() != 1 {
		t.Errorf("percent %d left %d", s.PassedPercent(), s.Left())
	}
}

func TestDayCountsLeft(t *testing.T) {
	st := StudySettings{NewPerDay: 20, ReviewsPerDay: 200}
	tests := []struct {
		day          DayCounts
		fresh, revws int
	}{
		{DayCounts{}, 20, 200},
		{DayCounts{Reviews: 5, NewCards: 5}, 15, 195},
		{DayCounts{Reviews: 300, NewCards: 30}, 0, 0},
	}
	for _, tt := range tests {
		n, r := tt.day.Left(st)
		if n != tt.fresh || r != tt.revws {
			t.Errorf("%+v left %d new, %d reviews; want %d, %d", tt.day, n, r, tt.fresh, tt.revws)
		}
	}
}
