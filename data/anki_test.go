package data

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
	"github.com/chapterwise/chapterwise/quiz/interop"
)

func ankiTestDeck() interop.Deck {
	return interop.Deck{
		Article:  "The Treaty: a history",
		Chapters: []string{"Early life", "War::and peace"},
		Cards: []quiz.Card{
			{Key: "k1", Kind: quiz.CardDefine, Front: "What is <the> policy?", Back: "A & B", Sentence: "The policy was A & B.", Chapter: 0},
			{Key: "k2", Kind: quiz.CardWhen, Front: "When?\n“_____ it ended”", Back: "1962", Chapter: 1},
			{Key: "k3", Kind: quiz.CardOwn, Front: "Own", Back: "card", Chapter: 1},
		},
	}
}

// openAPKG unzips a package and opens its collection.
func openAPKG(t *testing.T, pkg []byte) (*gorm.DB, map[string]string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	dir := t.TempDir()
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = string(b)
		if err := os.WriteFile(filepath.Join(dir, f.Name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	db, err := gorm.Open(sqlite.Open(filepath.Join(dir, "collection.anki2")), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if s, err := db.DB(); err == nil {
			s.Close()
		}
	})
	return db, files
}

func TestWriteAPKG(t *testing.T) {
	d := ankiTestDeck()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	if err := WriteAPKG(&buf, d, now); err != nil {
		t.Fatal(err)
	}
	db, files := openAPKG(t, buf.Bytes())
	if files["media"] != "{}" {
		t.Fatalf("media %q", files["media"])
	}
	var col struct {
		Ver    int
		Models string
		Decks  string
	}
	if err := db.Raw("select ver, models, decks from col").Scan(&col).Error; err != nil {
		t.Fatal(err)
	}
	if col.Ver != 11 {
		t.Fatalf("schema version %d", col.Ver)
	}
	var decks map[string]struct {
		ID   int64
		Name string
	}
	if err := json.Unmarshal([]byte(col.Decks), &decks); err != nil {
		t.Fatal(err)
	}
	var names []string
	byID := map[int64]string{}
	for _, dk := range decks {
		names = append(names, dk.Name)
		byID[dk.ID] = dk.Name
	}
	sort.Strings(names)
	want := []string{"Default", "The Treaty: a history", "The Treaty: a history::01 Early life", "The Treaty: a history::02 War:and peace"}
	if !slices.Equal(names, want) {
		t.Fatalf("decks %q, want %q", names, want)
	}
	var models map[string]struct {
		Flds []struct{ Name string }
	}
	if err := json.Unmarshal([]byte(col.Models), &models); err != nil {
		t.Fatal(err)
	}
	var fieldNames []string
	for _, f := range models["1732000000001"].Flds {
		fieldNames = append(fieldNames, f.Name)
	}
	if !slices.Equal(fieldNames, AnkiFields) {
		t.Fatalf("note type fields %q", fieldNames)
	}
	var notes []struct {
		Guid, Flds, Tags string
		Did              int64
	}
	if err := db.Raw("select n.guid, n.flds, n.tags, c.did from notes n join cards c on c.nid = n.id order by c.due").Scan(&notes).Error; err != nil {
		t.Fatal(err)
	}
	if len(notes) != 3 {
		t.Fatalf("%d notes", len(notes))
	}
	f := strings.Split(notes[0].Flds, "\x1f")
	if !slices.Equal(f, []string{"What is &lt;the&gt; policy?", "A &amp; B", "The policy was A &amp; B.", "Early life", "The Treaty: a history"}) {
		t.Fatalf("fields %q", f)
	}
	if got := strings.Split(notes[1].Flds, "\x1f")[0]; got != "When?<br>“_____ it ended”" {
		t.Fatalf("front %q", got)
	}
	if byID[notes[1].Did] != want[3] || byID[notes[0].Did] != want[2] {
		t.Fatalf("cards in decks %q, %q", byID[notes[0].Did], byID[notes[1].Did])
	}
	if notes[0].Tags != " chapterwise::define chapter::01_Early_life " {
		t.Fatalf("tags %q", notes[0].Tags)
	}
	// a second export, later, keeps the GUIDs
	var again bytes.Buffer
	if err := WriteAPKG(&again, d, now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	db2, _ := openAPKG(t, again.Bytes())
	var g1, g2 []string
	db.Raw("select guid from notes order by id").Scan(&g1)
	db2.Raw("select guid from notes order by id").Scan(&g2)
	if len(g1) != 3 || !slices.Equal(g1, g2) || g1[0] == g1[1] {
		t.Fatalf("GUIDs %q then %q", g1, g2)
	}
}

// BenchmarkWriteAPKG writes a package of 2,000 cards in 20 chapters.
func BenchmarkWriteAPKG(b *testing.B) {
	d := interop.Deck{Article: "Book"}
	for i := 0; i < 20; i++ {
		d.Chapters = append(d.Chapters, "Chapter "+strings.Repeat("x", i))
	}
	for i := 0; i < 2000; i++ {
		d.Cards = append(d.Cards, quiz.Card{Key: "k" + strings.Repeat("1", i%7) + string(rune('a'+i%26)) + time.Duration(i).String(),
			Kind: quiz.CardDefine, Front: "What is term " + time.Duration(i).String() + "?", Back: "A definition of some length, as cards have.",
			Sentence: "The sentence the card was made from, a little longer than the back.", Chapter: i % 20})
	}
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var size int
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := WriteAPKG(&buf, d, now); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/package")
}

func TestWriteAPKGWithSchedules(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	sched := map[string]fsrs.Card{
		"k1": {State: fsrs.Review, Stability: 12.5, Difficulty: 5.1, Due: now.Add(5 * 24 * time.Hour), LastReview: now.Add(-2 * 24 * time.Hour), ScheduledDays: 7, Reps: 3, Lapses: 1},
		"k2": {State: fsrs.Learning, Stability: 0.4, Difficulty: 6, Due: now.Add(10 * time.Minute), Reps: 1},
	}
	var buf bytes.Buffer
	if err := WriteAPKGWithSchedules(&buf, ankiTestDeck(), sched, now); err != nil {
		t.Fatal(err)
	}
	db, _ := openAPKG(t, buf.Bytes())
	var rows []struct {
		Type, Queue, Ivl, Reps, Lapses int
		Due                            int64
		Data                           string
	}
	if err := db.Raw("select c.type, c.queue, c.due, c.ivl, c.reps, c.lapses, c.data from cards c join notes n on n.id = c.nid order by n.id").Scan(&rows).Error; err != nil {
		t.Fatal(err)
	}
	want := []struct {
		Type, Queue, Ivl, Reps, Lapses int
		Due                            int64
		Data                           string
	}{
		{2, 2, 7, 3, 1, 5, `{"s":12.5000,"d":5.1000}`},                               // a review card: due in 5 days counted from col.crt
		{1, 1, 0, 1, 0, now.Add(10 * time.Minute).Unix(), `{"s":0.4000,"d":6.0000}`}, // learning: a Unix time
		{0, 0, 0, 0, 0, 3, "{}"},                                                     // new: its position
	}
	if len(rows) != len(want) {
		t.Fatalf("%d cards", len(rows))
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("card %d: %+v, want %+v", i, rows[i], want[i])
		}
	}
}
