package quiz

import "github.com/chapterwise/chapterwise/quiz/fsrs"

// Session is one flashcard study session: the queue of cards, the card
// on show and whether its answer is, what can be undone and the session's
// counts. It does no I/O and knows no clock: the screen saves each rating
// and then tells the session, so the session only ever holds what is
// saved.
type Session struct {
	Name    string
	queue   []DeckCard
	cur     int
	shown   bool
	studied int
	passed  int
	undo    []sessionStep
}

// sessionStep is what undoing one rating puts back.
type sessionStep struct {
	logID    int64
	index    int
	requeued bool
	passed   bool
	wasNew   bool
	buried   []buriedCard // the card's siblings the rating took out of the queue
}

// buriedCard is a sibling taken out of the queue and where it stood.
type buriedCard struct {
	at   int
	card DeckCard
}

// sibling is what a card shares with its siblings: the sentence it was
// made from ("" for a card with none, which has no siblings).
func sibling(c Card) string { return normSpace(c.Sentence) }

// NewSession starts a session on a queue of cards (see StudyQueue).
func NewSession(name string, queue []DeckCard) *Session {
	return &Session{Name: name, queue: append([]DeckCard(nil), queue...)}
}

// Current is the card on show; false once the session is done.
func (s *Session) Current() (DeckCard, bool) {
	if s.cur >= len(s.queue) {
		return DeckCard{}, false
	}
	return s.queue[s.cur], true
}

// Done says every card of the queue was rated.
func (s *Session) Done() bool { return s.cur >= len(s.queue) }

// Left is how many cards are still to rate, the current one included.
func (s *Session) Left() int { return len(s.queue) - s.cur }

// Shown says the current card's answer is on show.
func (s *Session) Shown() bool { return s.shown }

// ShowAnswer turns the current card over; false when there is no card or
// its answer is already shown.
func (s *Session) ShowAnswer() bool {
	if s.Done() || s.shown {
		return false
	}
	s.shown = true
	return true
}

// CanRate says a rating would be taken now: a card is on show, answer up.
func (s *Session) CanRate() bool { return !s.Done() && s.shown }

// Rated applies a saved rating to the current card: its new schedule,
// whether it became a leech, and the review log's id for undo. A card
// still in its learning steps comes back at the end of the queue. The
// card's siblings (other cards from its sentence, new and review alike)
// still queued are buried: they leave the session, as in Anki, since one
// would give the other's answer away; the deck keeps them for the next
// session. It returns the card as it now stands.
func (s *Session) Rated(g fsrs.Rating, after fsrs.Card, leech bool, logID int64) DeckCard {
	c := s.queue[s.cur]
	step := sessionStep{logID: logID, index: s.cur, passed: g >= fsrs.Good, wasNew: c.Sched.State == fsrs.New}
	c.Sched = after
	c.Leech = c.Leech || leech
	s.queue[s.cur] = c
	if sent := sibling(c.Card); sent != "" {
		kept := s.queue[:s.cur+1]
		for i, q := range s.queue[s.cur+1:] {
			if q.Card.Key != c.Card.Key && sibling(q.Card) == sent {
				step.buried = append(step.buried, buriedCard{at: s.cur + 1 + i, card: q})
				continue
			}
			kept = append(kept, q)
		}
		s.queue = kept
	}
	if after.State == fsrs.Learning || after.State == fsrs.Relearning {
		s.queue = append(s.queue, c)
		step.requeued = true
	}
	s.undo = append(s.undo, step)
	s.studied++
	if step.passed {
		s.passed++
	}
	s.cur++
	s.shown = false
	return c
}

// LastRating is the review log id of the rating Undo would take back;
// false when there is none.
func (s *Session) LastRating() (int64, bool) {
	if len(s.undo) == 0 {
		return 0, false
	}
	return s.undo[len(s.undo)-1].logID, true
}

// Undone takes back the last rating once it is undone in the database:
// the card gets the schedule it had (st, leech) and is on show again. It
// returns the card and whether the rating had been its first.
func (s *Session) Undone(st fsrs.Card, leech bool) (DeckCard, bool) {
	e := s.undo[len(s.undo)-1]
	s.undo = s.undo[:len(s.undo)-1]
	if e.requeued {
		s.queue = s.queue[:len(s.queue)-1]
	}
	for _, b := range e.buried { // in queue order, so each goes back where it stood
		s.queue = append(s.queue[:b.at], append([]DeckCard{b.card}, s.queue[b.at:]...)...)
	}
	c := s.queue[e.index]
	c.Sched, c.Leech = st, leech
	s.queue[e.index] = c
	s.studied--
	if e.passed {
		s.passed--
	}
	s.cur = e.index
	s.shown = false
	return c, e.wasNew
}

// Edited puts a card's new text into the session wherever it is queued.
func (s *Session) Edited(c Card) {
	for i := range s.queue {
		if s.queue[i].Card.Key == c.Key {
			s.queue[i].Card = c
		}
	}
	for _, e := range s.undo {
		for i := range e.buried {
			if e.buried[i].card.Card.Key == c.Key {
				e.buried[i].card.Card = c
			}
		}
	}
}

// Studied is how many ratings the session holds; Passed, how many were
// Good or Easy.
func (s *Session) Studied() int { return s.studied }

// Passed is how many ratings were Good or Easy.
func (s *Session) Passed() int { return s.passed }

// PassedPercent is Passed as a whole percentage of Studied (0 with none).
func (s *Session) PassedPercent() int {
	if s.studied == 0 {
		return 0
	}
	return 100 * s.passed / s.studied
}

// DayCounts are a study day's reviews and new cards, for the daily limits.
type DayCounts struct {
	Reviews, NewCards int
}

// Rated counts one rating; wasNew: the card was new before it.
func (d *DayCounts) Rated(wasNew bool) {
	d.Reviews++
	if wasNew {
		d.NewCards++
	}
}

// Undone takes one rating back out of the counts.
func (d *DayCounts) Undone(wasNew bool) {
	d.Reviews = max(0, d.Reviews-1)
	if wasNew {
		d.NewCards = max(0, d.NewCards-1)
	}
}

// Left is how many new cards and reviews the settings allow for the rest
// of the day.
func (d DayCounts) Left(st StudySettings) (newCards, reviews int) {
	return max(0, st.NewPerDay-d.NewCards), max(0, st.ReviewsPerDay-d.Reviews)
}
