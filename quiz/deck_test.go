package quiz

import (
	"slices"
	"strings"
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

func TestApplyEditsKeepsEditsAndPlacesOwnCardsInTheirChapter(t *testing.T) {
	cards := []Card{
		{Key: "a", Chapter: 0, Front: "A?", Back: "a"},
		{Key: "b", Chapter: 1, Front: "B?", Back: "b"},
		{Key: "c", Chapter: 2, Front: "C?", Back: "c"},
	}
	edits := []CardEdit{
		{Key: "b", Chapter: 1, Front: "B edited?", Back: "b!"},
		{Key: "gone", Chapter: 0, Front: "x", Back: "y"},
		{Key: "own1", Own: true, Chapter: 1, Block: -1, Front: "Mine?", Back: "mine"},
		{Key: "own0", Own: true, Chapter: 0, Block: 2, Front: "First?", Back: "first"},
	}
	got := ApplyEdits(cards, edits)
	var keys []string
	for _, c := range got {
		keys = append(keys, c.Key)
	}
	if want := "a own0 b own1 c"; strings.Join(keys, " ") != want {
		t.Fatalf("order = %v, want %s", keys, want)
	}
	if got[2].Front != "B edited?" || got[2].Back != "b!" || !got[2].Edited || got[0].Edited {
		t.Errorf("edit not applied: %+v", got[2])
	}
	if got[1].Kind != CardOwn || got[1].Block != 2 {
		t.Errorf("own card = %+v", got[1])
	}
	if cards[1].Front != "B?" {
		t.Error("ApplyEdits changed its input")
	}
}

func TestSearchCardsAndValidate(t *testing.T) {
	cards := []Card{
		{Chapter: 0, Front: "When did Mongólia join?", Back: "1992"},
		{Chapter: 1, Front: "Who pursued the policy?", Back: "Kim", Sentence: "Kim pursued the Sunshine Policy."},
		{Chapter: 1, Front: "When?", Back: "1998"},
	}
	for _, tc := range []struct {
		q       string
		chapter int
		want    []int
	}{
		{"", -1, []int{0, 1, 2}},
		{"mongolia", -1, []int{0}},
		{"SUNSHINE kim", -1, []int{1}},
		{"", 1, []int{1, 2}},
		{"1992", 1, nil},
	} {
		if got := SearchCards(cards, tc.q, tc.chapter); !slices.Equal(got, tc.want) {
			t.Errorf("SearchCards(%q, %d) = %v, want %v", tc.q, tc.chapter, got, tc.want)
		}
	}
	for _, tc := range []struct {
		e  CardEdit
		ok bool
	}{
		{CardEdit{Front: "F", Back: "B", Chapter: 1}, true},
		{CardEdit{Front: " ", Back: "B"}, false},
		{CardEdit{Front: "F", Back: ""}, false},
		{CardEdit{Front: "F", Back: "B", Chapter: 3}, false},
		{CardEdit{Front: strings.Repeat("x", MaxCardText+1), Back: "B"}, false},
		{CardEdit{Front: "\xff", Back: "B"}, false},
	} {
		if err := tc.e.Validate(3); (err == nil) != tc.ok {
			t.Errorf("Validate(%+v) = %v", tc.e, err)
		}
	}
}
