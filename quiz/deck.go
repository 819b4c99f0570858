package quiz

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

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

// CardEdit is the user's change to a generated card, or a card of their
// own (Own). Edits are keyed by the card's stable key, so they survive
// regeneration of the deck.
type CardEdit struct {
	Key     string
	Own     bool
	Chapter int
	Block   int // the paragraph an own card belongs to; -1: the chapter
	Front   string
	Back    string
}

// ErrEmptyCard means a card edit has no front or no back.
var ErrEmptyCard = errors.New("a card needs both a front and a back")

// MaxCardText is the longest front or back a card may have, in bytes.
const MaxCardText = 4000

// Validate reports whether the edit can be saved.
func (e CardEdit) Validate(chapters int) error {
	if strings.TrimSpace(e.Front) == "" || strings.TrimSpace(e.Back) == "" {
		return ErrEmptyCard
	}
	if len(e.Front) > MaxCardText || len(e.Back) > MaxCardText {
		return fmt.Errorf("a card side can hold at most %d characters", MaxCardText)
	}
	if !utf8.ValidString(e.Front) || !utf8.ValidString(e.Back) {
		return ErrInvalidUTF8
	}
	if e.Chapter < 0 || e.Chapter >= chapters {
		return fmt.Errorf("chapter %d does not exist", e.Chapter+1)
	}
	return nil
}

// ApplyEdits returns the deck's cards with the user's edits: edited
// generated cards take the new front and back, and own cards are added
// after the last generated card of their chapter. Edits to cards the
// article no longer produces are ignored (they come back if it does).
func ApplyEdits(cards []Card, edits []CardEdit) []Card {
	byKey := make(map[string]CardEdit, len(edits))
	var own []CardEdit
	for _, e := range edits {
		if e.Own {
			own = append(own, e)
		} else {
			byKey[e.Key] = e
		}
	}
	out := make([]Card, 0, len(cards)+len(own))
	for _, c := range cards {
		if e, ok := byKey[c.Key]; ok {
			c.Front, c.Back, c.Edited = e.Front, e.Back, true
		}
		out = append(out, c)
	}
	for _, e := range own {
		c := Card{Key: e.Key, Kind: CardOwn, Front: e.Front, Back: e.Back, Chapter: e.Chapter, Block: e.Block, Edited: true}
		at := len(out)
		for i := len(out) - 1; i >= 0; i-- {
			if out[i].Chapter <= e.Chapter {
				at = i + 1
				break
			}
			at = i
		}
		out = append(out, Card{})
		copy(out[at+1:], out[at:])
		out[at] = c
	}
	return out
}

// SearchCards returns the indexes of the cards in chapter (-1: all) whose
// front, back or sentence contains every word of query, ignoring case and
// diacritics.
func SearchCards(cards []Card, query string, chapter int) []int {
	words := strings.Fields(normAnswer(query))
	var out []int
	for i, c := range cards {
		if chapter >= 0 && c.Chapter != chapter {
			continue
		}
		if len(words) > 0 {
			hay := normAnswer(c.Front + " " + c.Back + " " + c.Sentence)
			ok := true
			for _, w := range words {
				if !strings.Contains(hay, w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
		}
		out = append(out, i)
	}
	return out
}

// StudySettings are a profile's flashcard settings.
type StudySettings struct {
	Retention     float64 // desired retention, 0.70–0.97
	NewPerDay     int     // new cards a day
	ReviewsPerDay int     // reviews a day
}

// DefaultStudySettings are FSRS's 0.9 retention and Anki's daily limits.
func DefaultStudySettings() StudySettings {
	return StudySettings{Retention: 0.9, NewPerDay: 20, ReviewsPerDay: 200}
}

// Clamp keeps the settings in their allowed ranges.
func (s StudySettings) Clamp() StudySettings {
	s.Retention = min(max(s.Retention, 0.70), 0.97)
	s.NewPerDay = min(max(s.NewPerDay, 0), 9999)
	s.ReviewsPerDay = min(max(s.ReviewsPerDay, 0), 99999)
	return s
}
