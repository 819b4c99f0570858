package data

import (
	"archive/zip"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/chapterwise/chapterwise/quiz/fsrs"
	"github.com/chapterwise/chapterwise/quiz/interop"
)

// An Anki package (.apkg) as Anki's own exporter writes a legacy one: a
// zip holding collection.anki2, an SQLite database in Anki's schema 11
// (tables col, notes, cards, revlog and graves; note types, decks and
// deck options as JSON in the one col row), and media, a JSON map of the
// media files (none here). Anki, AnkiDroid and AnkiMobile import it.

// ankiSchema is Anki's schema 11 (rslib/src/storage/schema11.sql).
var ankiSchema = []string{
	`create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
		ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
		models text not null, decks text not null, dconf text not null, tags text not null)`,
	`create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
		usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
		flags integer not null, data text not null)`,
	`create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
		mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
		ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
		odue integer not null, odid integer not null, flags integer not null, data text not null)`,
	`create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
		ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null)`,
	`create table graves (usn integer not null, oid integer not null, type integer not null)`,
	`create index ix_notes_usn on notes (usn)`,
	`create index ix_cards_usn on cards (usn)`,
	`create index ix_revlog_usn on revlog (usn)`,
	`create index ix_cards_nid on cards (nid)`,
	`create index ix_cards_sched on cards (did, queue, due)`,
	`create index ix_revlog_cid on revlog (cid)`,
	`create index ix_notes_csum on notes (csum)`,
}

// AnkiModelID is the id of Chapterwise's note type: fixed, so a second
// import uses the same note type.
const AnkiModelID = 1732000000001

// AnkiFields are the fields of Chapterwise's note type, in order.
var AnkiFields = []string{"Front", "Back", "Source sentence", "Chapter", "Article"}

const ankiCSS = `.card { font-family: sans-serif; font-size: 20px; text-align: center; color: black; background-color: white; }
.source { margin-top: 1em; font-size: 16px; color: #555; font-style: italic; }
.chapter { margin-top: 0.5em; font-size: 13px; color: #888; }`

const ankiBack = `{{FrontSide}}<hr id=answer>{{Back}}` +
	`{{#Source sentence}}<div class=source>{{Source sentence}}</div>{{/Source sentence}}` +
	`<div class=chapter>{{Article}}{{#Chapter}} · {{Chapter}}{{/Chapter}}</div>`

// WriteAPKG writes the deck as an Anki package: one deck named after the
// article with a sub-deck per chapter ("Article::Chapter"), a note per
// card with the fields of AnkiFields, a tag per chapter and per kind, and
// note GUIDs made from the card keys, so that importing a later export
// updates the same notes. now stamps the collection and numbers the ids.
func WriteAPKG(w io.Writer, d interop.Deck, now time.Time) error {
	return WriteAPKGWithSchedules(w, d, nil, now)
}

// WriteAPKGWithSchedules is WriteAPKG with each card's schedule, by card
// key, carried over: its Anki type, queue, due day and interval, and its
// FSRS memory state (stability and difficulty, which Anki's FSRS reads
// from the card's data). Cards without a schedule are new. The review
// history itself is not written.
func WriteAPKGWithSchedules(w io.Writer, d interop.Deck, sched map[string]fsrs.Card, now time.Time) error {
	dir, err := os.MkdirTemp("", "chapterwise-apkg-")
	if err != nil {
		return fmt.Errorf("write the Anki package: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "collection.anki2")
	if err := writeAnkiCollection(path, d, sched, now.UTC()); err != nil {
		return fmt.Errorf("write the Anki collection: %w", err)
	}
	zw := zip.NewWriter(w)
	if err := zipFile(zw, "collection.anki2", path); err != nil {
		return fmt.Errorf("write the Anki package: %w", err)
	}
	mw, err := zw.Create("media")
	if err == nil {
		_, err = io.WriteString(mw, "{}")
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("write the Anki package: %w", err)
	}
	return nil
}

func zipFile(zw *zip.Writer, name, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w, err := zw.Create(name)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, f)
	return err
}

// ankiDeckName makes a deck name part: "::" would nest a deck.
func ankiDeckName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "::", ":")
}

// ankiID is a stable id for a name, within a range of millisecond-style
// ids Anki uses.
func ankiID(name string) int64 {
	h := sha256.Sum256([]byte(name))
	return 1<<40 + int64(binary.BigEndian.Uint64(h[:8])%(1<<40))
}

// AnkiGUID is a note's GUID for a card key: stable, so Anki updates the
// note on a second import.
func AnkiGUID(article, key string) string {
	h := sha256.Sum256([]byte("chapterwise\x00" + article + "\x00" + key))
	return "cw" + hex.EncodeToString(h[:8])
}

var reTagSpace = regexp.MustCompile(`[\s"]+`)

func ankiTag(parts ...string) string {
	for i, p := range parts {
		parts[i] = strings.Trim(reTagSpace.ReplaceAllString(strings.ReplaceAll(p, "::", ":"), "_"), "_")
	}
	return strings.Join(parts, "::")
}

// ankiChecksum is Anki's note checksum: the first 8 hex digits of the
// SHA-1 of the sort field as plain text.
func ankiChecksum(s string) int64 {
	h := sha1.Sum([]byte(s))
	v, _ := strconv.ParseInt(hex.EncodeToString(h[:4]), 16, 64)
	return v
}

func writeAnkiCollection(path string, d interop.Deck, sched map[string]fsrs.Card, now time.Time) error {
	db, err := gorm.Open(sqlite.Open(path), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return err
	}
	defer sqlDB.Close()
	article := ankiDeckName(d.Article)
	if article == "" {
		article = "Chapterwise"
	}
	decks := map[string]any{"1": ankiDeck(1, "Default", now)}
	deckIDs := map[int]int64{-1: ankiID(article)}
	decks[strconv.FormatInt(deckIDs[-1], 10)] = ankiDeck(deckIDs[-1], article, now)
	for i, t := range d.Chapters {
		name := article + "::" + ankiDeckName(fmt.Sprintf("%02d %s", i+1, t))
		deckIDs[i] = ankiID(name)
		decks[strconv.FormatInt(deckIDs[i], 10)] = ankiDeck(deckIDs[i], name, now)
	}
	col, err := ankiColRow(decks, deckIDs[-1], now)
	if err != nil {
		return err
	}
	return db.Transaction(func(tx *gorm.DB) error {
		for _, s := range ankiSchema {
			if err := tx.Exec(s).Error; err != nil {
				return err
			}
		}
		if err := tx.Exec(`insert into col values (1,?,?,?,11,0,0,0,?,?,?,?,'{}')`, col...).Error; err != nil {
			return err
		}
		base := now.UnixMilli()
		var notes, cards []any
		for i, c := range d.Cards {
			did, ok := deckIDs[c.Chapter]
			if !ok {
				did = deckIDs[-1]
			}
			chapter := d.ChapterTitle(c.Chapter)
			fields := []string{c.Front, c.Back, c.Sentence, chapter, d.Article}
			for j := range fields {
				fields[j] = ankiHTML(fields[j])
			}
			tags := []string{ankiTag("chapterwise", string(c.Kind))}
			if chapter != "" {
				tags = append(tags, ankiTag("chapter", fmt.Sprintf("%02d %s", c.Chapter+1, chapter)))
			}
			nid, cid := base+int64(i), base+int64(len(d.Cards)+i)
			notes = append(notes, nid, AnkiGUID(d.Article, c.Key), AnkiModelID, now.Unix(), " "+strings.Join(tags, " ")+" ",
				strings.Join(fields, "\x1f"), c.Front, ankiChecksum(c.Front))
			st := ankiSchedule(sched[c.Key], i+1, now)
			cards = append(cards, cid, nid, did, now.Unix(), st.typ, st.queue, st.due, st.ivl, st.reps, st.lapses, st.left, st.data)
		}
		if err := insertRows(tx, "insert into notes values ", "(?,?,?,?,-1,?,?,?,?,0,'')", 8, notes); err != nil {
			return err
		}
		if err := insertRows(tx, "insert into cards values ", "(?,?,?,0,?,-1,?,?,?,?,2500,?,?,?,0,0,0,?)", 12, cards); err != nil {
			return err
		}
		return nil
	})
}

// ankiCard is a card's scheduling columns in Anki's cards table.
type ankiCard struct {
	typ, queue              int
	due                     int64
	ivl, reps, lapses, left int
	data                    string
}

// ankiSchedule maps an FSRS schedule to Anki's columns: a new card is due
// at its position; a learning or relearning card in the learning queue at
// a Unix time; a review card on a day counted from the collection's
// creation (col.crt, midnight UTC of now).
func ankiSchedule(c fsrs.Card, position int, now time.Time) ankiCard {
	if c.State == fsrs.New || c.Reps == 0 {
		return ankiCard{due: int64(position), data: "{}"}
	}
	out := ankiCard{reps: c.Reps, lapses: c.Lapses, ivl: max(c.ScheduledDays, 0),
		data: fmt.Sprintf(`{"s":%.4f,"d":%.4f}`, c.Stability, c.Difficulty)}
	switch c.State {
	case fsrs.Review:
		crt := now.Truncate(24 * time.Hour)
		out.typ, out.queue, out.ivl = 2, 2, max(out.ivl, 1)
		out.due = int64(math.Floor(c.Due.Sub(crt).Hours() / 24))
	case fsrs.Relearning:
		out.typ, out.queue, out.due, out.left, out.ivl = 3, 1, c.Due.Unix(), 1001, max(out.ivl, 1)
	default: // learning
		out.typ, out.queue, out.due, out.left, out.ivl = 1, 1, c.Due.Unix(), 1001, 0
	}
	return out
}

// insertRows inserts rows of width values each, a hundred rows a
// statement.
func insertRows(tx *gorm.DB, insert, row string, width int, values []any) error {
	const perStatement = 100
	for start := 0; start < len(values); start += perStatement * width {
		end := min(start+perStatement*width, len(values))
		n := (end - start) / width
		q := insert + strings.TrimSuffix(strings.Repeat(row+",", n), ",")
		if err := tx.Exec(q, values[start:end]...).Error; err != nil {
			return err
		}
	}
	return nil
}

// ankiHTML writes plain text as an Anki field: HTML-escaped, newlines as
// <br>, and no unit separator (which divides fields).
func ankiHTML(s string) string {
	s = strings.ReplaceAll(s, "\x1f", " ")
	s = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
	return strings.ReplaceAll(s, "\n", "<br>")
}

func ankiDeck(id int64, name string, now time.Time) map[string]any {
	return map[string]any{
		"id": id, "name": name, "mod": now.Unix(), "usn": -1, "desc": "", "dyn": 0, "conf": 1, "collapsed": false,
		"browserCollapsed": false, "extendNew": 10, "extendRev": 50,
		"newToday": []int{0, 0}, "revToday": []int{0, 0}, "lrnToday": []int{0, 0}, "timeToday": []int{0, 0},
	}
}

// ankiColRow is the crt, mod, scm, conf, models, decks and dconf of the
// col row.
func ankiColRow(decks map[string]any, top int64, now time.Time) ([]any, error) {
	var flds []map[string]any
	for i, name := range AnkiFields {
		flds = append(flds, map[string]any{"name": name, "ord": i, "sticky": false, "rtl": false,
			"font": "Arial", "size": 20, "media": []string{}})
	}
	model := map[string]any{
		"id": AnkiModelID, "name": "Chapterwise card", "type": 0, "mod": now.Unix(), "usn": -1, "sortf": 0,
		"did": top, "tags": []string{}, "vers": []int{}, "flds": flds, "css": ankiCSS,
		"tmpls": []map[string]any{{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}", "afmt": ankiBack,
			"did": nil, "bqfmt": "", "bafmt": ""}},
		"req":       []any{[]any{0, "all", []int{0}}},
		"latexPre":  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
		"latexPost": "\\end{document}",
	}
	conf := map[string]any{"activeDecks": []int64{top}, "curDeck": top, "curModel": strconv.Itoa(AnkiModelID),
		"newSpread": 0, "collapseTime": 1200, "timeLim": 0, "estTimes": true, "dueCounts": true, "nextPos": 1,
		"sortType": "noteFld", "sortBackwards": false, "addToCur": true}
	dconf := map[string]any{"1": map[string]any{
		"id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true, "dyn": false,
		"new":   map[string]any{"delays": []float64{1, 10}, "ints": []int{1, 4, 7}, "initialFactor": 2500, "order": 1, "perDay": 20, "separate": true, "bury": false},
		"rev":   map[string]any{"perDay": 200, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500, "minSpace": 1, "bury": false},
		"lapse": map[string]any{"delays": []float64{10}, "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1},
	}}
	out := []any{now.Truncate(24 * time.Hour).Unix(), now.UnixMilli(), now.UnixMilli()}
	for _, v := range []any{conf, map[string]any{strconv.Itoa(AnkiModelID): model}, decks, dconf} {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}
