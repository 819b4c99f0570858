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

// TestSessionBuriesSiblings: once a card is rated, the other cards from
// its sentence (new and review alike) are not served again in the
// session, as Anki buries a note's siblings; other cards are, a learning
// card's own copy still comes back, and undo puts the siblings back.
func TestSessionBuriesSiblings(t *testing.T) {
	const one, other = "Kim Il Sung visited Mongolia in 1986.", "The treaty was signed in 1996."
	card := func(key, sentence string, state fsrs.State) DeckCard {
		return DeckCard{Card: Card{Key: key, Sentence: sentence}, Sched: fsrs.Card{State: state}}
	}
	siblings := []DeckCard{card("a1", one, fsrs.New), card("a2", one, fsrs.New), card("b", other, fsrs.New)}
	tests := []struct {
		name   string
		queue  []DeckCard
		steps  []string // "good", "again", "undo"
		served string   // the cards on show when each step was taken, then the one on show at the end
		queued string
	}{
		{"the second sibling is not served, the other card is", siblings,
			[]string{"good", "good"}, "a1 b -", "a1,b"},
		{"a sibling due for review is buried too",
			[]DeckCard{card("a1", one, fsrs.New), card("b", other, fsrs.New), card("a2", "  Kim Il Sung visited\nMongolia in 1986. ", fsrs.Review)},
			[]string{"good", "good"}, "a1 b -", "a1,b"},
		{"a card in its learning steps comes back, its sibling does not", siblings,
			[]string{"again", "good", "good"}, "a1 b a1 -", "a1,b,a1"},
		{"undo puts the buried sibling back where it stood", siblings,
			[]string{"good", "undo", "good", "undo"}, "a1 b a1 b a1", "a1,a2,b"},
		{"rating the other card buries nothing",
			[]DeckCard{card("b", other, fsrs.New), card("a1", one, fsrs.New), card("a2", one, fsrs.New)},
			[]string{"good", "good"}, "b a1 -", "b,a1"},
		{"cards without a sentence have no siblings",
			[]DeckCard{card("x", "", fsrs.New), card("y", "", fsrs.New)},
			[]string{"good", "good"}, "x y -", "x,y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSession("deck", tt.queue)
			var served []string
			onShow := func() string {
				if c, ok := s.Current(); ok {
					return c.Card.Key
				}
				return "-"
			}
			for i, st := range tt.steps {
				served = append(served, onShow())
				if st == "undo" {
					s.Undone(fsrs.Card{State: fsrs.New}, false)
					continue
				}
				if !s.ShowAnswer() {
					t.Fatalf("step %d: no card to show", i)
				}
				g, after := fsrs.Good, fsrs.Card{State: fsrs.Review}
				if st == "again" {
					g, after = fsrs.Again, fsrs.Card{State: fsrs.Learning}
				}
				s.Rated(g, after, false, int64(i+1))
			}
			served = append(served, onShow())
			var keys []string
			for _, c := range s.queue {
				keys = append(keys, c.Card.Key)
			}
			if got := strings.Join(served, " "); got != tt.served {
				t.Errorf("served %q, want %q", got, tt.served)
			}
			if got := strings.Join(keys, ","); got != tt.queued {
				t.Errorf("queue %q, want %q", got, tt.queued)
			}
		})
	}
}
