package quiz

import (
	"sort"
	"time"

	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// DeckCard is a flashcard with its schedule for one profile.
type DeckCard struct {
	Card      Card
	Sched     fsrs.Card
	Suspended bool
	Leech     bool
}

// DeckCounts are the numbers a deck shows: cards never studied, cards in
// (re)learning steps, and review cards due.
type DeckCounts struct {
	New, Learning, Due int
}

// QueueOptions choose the cards of a study session.
type QueueOptions struct {
	Chapter       int // -1: the whole article
	Read          map[int]bool
	IncludeUnread bool // introduce new cards of chapters not read yet
	NewLimit      int  // new cards left today
	ReviewLimit   int  // reviews left today
}

func (o QueueOptions) inDeck(c DeckCard) bool {
	return !c.Suspended && (o.Chapter < 0 || c.Card.Chapter == o.Chapter)
}

func (o QueueOptions) newAllowed(c DeckCard) bool {
	return o.IncludeUnread || o.Read[c.Card.Chapter]
}

// bucket says where a card stands at now: "new" (and allowed), "learning",
// "due", or "" when it is not to be studied now. A learning card counts as
// due up to ahead early, so its short steps come back within a session.
func (o QueueOptions) bucket(c DeckCard, now time.Time, ahead time.Duration) string {
	if !o.inDeck(c) {
		return ""
	}
	switch c.Sched.State {
	case fsrs.New:
		if o.newAllowed(c) {
			return "new"
		}
	case fsrs.Learning, fsrs.Relearning:
		if ahead < 0 || !c.Sched.Due.After(now.Add(ahead)) {
			return "learning"
		}
	case fsrs.Review:
		if !c.Sched.Due.After(now) {
			return "due"
		}
	}
	return ""
}

// CountDeck counts a deck's new, learning and due cards at now. New cards
// of unread chapters are not counted unless the options include them.
func CountDeck(cards []DeckCard, now time.Time, o QueueOptions) DeckCounts {
	var n DeckCounts
	for _, c := range cards {
		switch o.bucket(c, now, -1) {
		case "new":
			n.New++
		case "learning":
			n.Learning++
		case "due":
			n.Due++
		}
	}
	return n
}

// StudyQueue orders the cards to study now: learning cards that are due,
// then reviews due (oldest first), then new cards in article order, within
// the day's limits.
func StudyQueue(cards []DeckCard, now time.Time, o QueueOptions) []DeckCard {
	var learning, due, fresh []DeckCard
	for _, c := range cards {
		switch o.bucket(c, now, 20*time.Minute) {
		case "new":
			fresh = append(fresh, c)
		case "learning":
			learning = append(learning, c)
		case "due":
			due = append(due, c)
		}
	}
	byDue := func(xs []DeckCard) {
		sort.SliceStable(xs, func(i, j int) bool { return xs[i].Sched.Due.Before(xs[j].Sched.Due) })
	}
	byDue(learning)
	byDue(due)
	if len(due) > o.ReviewLimit {
		due = due[:max(0, o.ReviewLimit)]
	}
	if len(fresh) > o.NewLimit {
		fresh = fresh[:max(0, o.NewLimit)]
	}
	out := append(learning, due...)
	return append(out, fresh...)
}
