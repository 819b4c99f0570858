package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
	"github.com/chapterwise/chapterwise/quiz/interop"
)

func init() {
	commands["export"] = command{"export --format apkg|tsv|quizlet|csv|gift|moodle|kahoot [--chapter N] [--out FILE]: cards or questions for Anki, Quizlet, Moodle, Kahoot or a spreadsheet", runExport}
	commands["import-questions"] = command{"import-questions [--profile TEACHER] FILE: GIFT or Moodle XML questions as a new assignment of a teacher, to mix with generated ones", runImportQuestions}
	commands["import-cards"] = command{"import-cards [--chapter N] FILE: cards from CSV or tab-separated text (Anki, Quizlet) as own cards of the current article", runImportCards}
}

// exportFormat is a format `chapterwise export` writes.
type exportFormat struct {
	name, ext string
	cards     bool // a deck of cards; otherwise questions
	summary   string
}

var exportFormats = []exportFormat{
	{"apkg", ".apkg", true, "Anki package (Anki, AnkiDroid, AnkiMobile)"},
	{"tsv", ".txt", true, "tab-separated text for Anki's text import"},
	{"quizlet", ".txt", true, "tab-separated text for Quizlet's Import box"},
	{"csv", ".csv", true, "CSV with a header, for spreadsheets"},
	{"gift", ".gift", false, "GIFT questions for Moodle and other platforms"},
	{"moodle", ".xml", false, "Moodle XML questions"},
	{"kahoot", ".csv", false, "a questions sheet for Kahoot, Blooket or Forms"},
}

func findExportFormat(name string) (exportFormat, bool) {
	for _, f := range exportFormats {
		if f.name == strings.ToLower(name) {
			return f, true
		}
	}
	return exportFormat{}, false
}

// exportSource is what an export is made from: an article with its
// cards (edits applied, suspended cards out unless asked) and, for a
// teacher's assignment, its questions.
type exportSource struct {
	article   *quiz.Article
	cards     []quiz.Card
	questions []quiz.Question // nil: generate
	sched     map[string]fsrs.Card
}

func (src exportSource) chapters() []string {
	out := make([]string, len(src.article.Chapters))
	for i, c := range src.article.Chapters {
		out[i] = c.Title
	}
	return out
}

// exportOptions are the choices of an export.
type exportOptions struct {
	chapter int // -1: all
	count   int
	seed    uint64
	seconds int
	now     time.Time
	sched   bool // the Anki package carries the cards' schedules
}

// writeExport writes the export and returns a note for the user.
func writeExport(w io.Writer, f exportFormat, src exportSource, o exportOptions) (string, error) {
	if f.cards {
		deck := interop.Deck{Article: src.article.Title, Chapters: src.chapters()}
		for _, c := range src.cards {
			if o.chapter < 0 || c.Chapter == o.chapter {
				deck.Cards = append(deck.Cards, c)
			}
		}
		if len(deck.Cards) == 0 {
			return "", errors.New("there are no cards to export")
		}
		note := fmt.Sprintf("%d cards", len(deck.Cards))
		switch f.name {
		case "apkg":
			if o.sched {
				return note, data.WriteAPKGWithSchedules(w, deck, src.sched, o.now)
			}
			return note, data.WriteAPKG(w, deck, o.now)
		case "tsv":
			return note, interop.WriteAnkiText(w, deck)
		case "quizlet":
			return note, interop.WriteQuizlet(w, deck)
		}
		return note, interop.WriteCardsCSV(w, deck)
	}
	bank := interop.QuestionBank{Article: src.article.Title, Chapters: src.chapters(), Questions: src.questions}
	if bank.Questions == nil {
		opts := quiz.QuizOptions{Count: o.count, Seed: o.seed}
		if f.name == "kahoot" {
			opts.Types = []quiz.QuestionType{quiz.MultipleChoice, quiz.TrueFalse}
		}
		if o.chapter >= 0 {
			opts.Chapters = []int{o.chapter}
		}
		bank.Questions = quiz.GenerateQuiz(src.article, quiz.Extract(src.article), opts)
	} else if o.chapter >= 0 {
		var keep []quiz.Question
		for _, q := range bank.Questions {
			if q.Chapter == o.chapter {
				keep = append(keep, q)
			}
		}
		bank.Questions = keep
	}
	if len(bank.Questions) == 0 {
		return "", errors.New("there are no questions to export")
	}
	note := fmt.Sprintf("%d questions", len(bank.Questions))
	switch f.name {
	case "gift":
		return note, interop.WriteGIFT(w, bank)
	case "moodle":
		return note, interop.WriteMoodleXML(w, bank)
	}
	left, err := interop.WriteKahootCSV(w, bank, o.seconds)
	if left > 0 {
		note = fmt.Sprintf("%d questions (%d not multiple choice or true/false left out)", len(bank.Questions)-left, left)
	}
	return note, err
}

func runExport(args []string) int {
	fs, db, article := newFlags("export")
	format := fs.String("format", "", "apkg, tsv, quizlet, csv, gift, moodle or kahoot")
	chapter := fs.Int("chapter", 0, "export chapter N only (1 is the first)")
	out := fs.String("out", "", "file to write (default: standard output)")
	profile := fs.String("profile", "", "profile whose cards and edits to export (default: the first)")
	assignment := fs.String("assignment", "", "a teacher's assignment ID: export its questions")
	suspended := fs.Bool("suspended", false, "include suspended cards")
	count := fs.Int("questions", 30, "questions to generate when no --assignment is given")
	seed := fs.Uint64("seed", 1, "seed for the generated questions")
	seconds := fs.Int("seconds", 30, "time limit of each question in a kahoot sheet")
	schedules := fs.Bool("schedules", false, "apkg: carry the cards' schedules (FSRS state) over to Anki")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	f, ok := findExportFormat(*format)
	if !ok || fs.NArg() > 0 {
		var names []string
		for _, f := range exportFormats {
			names = append(names, fmt.Sprintf("  %-8s %s", f.name, f.summary))
		}
		return fail("usage: chapterwise export --format FORMAT [--article FILE|ID] [--chapter N] [--out FILE]\nFormats:\n%s", strings.Join(names, "\n"))
	}
	if f.name == "apkg" && *out == "" && isTerminal(os.Stdout) {
		return fail("an Anki package is a binary file: name it with --out FILE.apkg")
	}
	src, err := loadExportSource(*db, *article, *profile, *assignment, *suspended)
	if err != nil {
		return fail("%s", err.Error())
	}
	o := exportOptions{chapter: *chapter - 1, count: *count, seed: *seed, seconds: *seconds, now: time.Now(), sched: *schedules}
	if *chapter < 0 || *chapter > len(src.article.Chapters) {
		return fail("there is no chapter %d: the article has %d", *chapter, len(src.article.Chapters))
	}
	var buf bytes.Buffer
	note, err := writeExport(&buf, f, src, o)
	if err != nil {
		return fail("export: %v", err)
	}
	if *out == "" {
		if _, err := os.Stdout.Write(buf.Bytes()); err != nil {
			return fail("write: %v", err)
		}
		return 0
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return fail("write %s: %v", *out, err)
	}
	fmt.Fprintf(os.Stderr, "Wrote %s to %s.\n", note, *out)
	return 0
}

// writeFileAtomic writes a file whole or not at all: a temporary file
// beside it, renamed over it once written.
func writeFileAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".chapterwise-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// loadExportSource reads an article file (--article FILE, no database
// needed) or a library article (--article ID, or the profile's current
// article) with the profile's card edits.
func loadExportSource(db, article, profileName, assignmentID string, suspended bool) (exportSource, error) {
	id, idErr := strconv.ParseInt(article, 10, 64)
	if article != "" && idErr != nil {
		a, err := loadArticle(article)
		if err != nil {
			return exportSource{}, fmt.Errorf("cannot read the article: %w", err)
		}
		if assignmentID != "" {
			return exportSource{}, errors.New("--assignment needs the database, not --article FILE")
		}
		return exportSource{article: a, cards: quiz.MakeCards(a, quiz.Extract(a))}, nil
	}
	s, err := openExisting(db)
	if err != nil {
		return exportSource{}, fmt.Errorf("cannot open the database: %w", err)
	}
	defer s.Close()
	p, err := pickProfile(s, profileName)
	if err != nil {
		return exportSource{}, err
	}
	if article == "" {
		item, err := s.CurrentArticle(p.ID)
		if errors.Is(err, data.ErrNotFound) {
			return exportSource{}, fmt.Errorf("%s has no article open: name one with --article FILE or a library ID", p.Name)
		}
		if err != nil {
			return exportSource{}, err
		}
		id = item.ID
	}
	a, err := storedArticle(s, id)
	if err != nil {
		return exportSource{}, err
	}
	src := exportSource{article: a}
	if assignmentID != "" {
		list, err := s.Assignments(p.ID)
		if err != nil {
			return src, err
		}
		for _, as := range list {
			if as.ID == assignmentID {
				src.questions = assignmentQuestions(as)
			}
		}
		if src.questions == nil {
			return src, fmt.Errorf("%s has no assignment %q", p.Name, assignmentID)
		}
		return src, nil
	}
	edits, err := s.CardEdits(p.ID, id)
	if err != nil {
		return src, err
	}
	states, err := s.CardStates(p.ID, id)
	if err != nil {
		return src, err
	}
	src.sched = map[string]fsrs.Card{}
	for _, c := range quiz.ApplyEdits(quiz.MakeCards(a, quiz.Extract(a)), edits) {
		if suspended || !states[c.Key].Suspended {
			src.cards = append(src.cards, c)
			src.sched[c.Key] = states[c.Key].Card
		}
	}
	return src, nil
}

func assignmentQuestions(a assign.Assignment) []quiz.Question {
	out := make([]quiz.Question, 0, len(a.Questions))
	for _, q := range a.Questions {
		out = append(out, q.ToQuiz())
	}
	return out
}

// pickProfile finds a profile by name, or takes the first.
func pickProfile(s *data.Store, name string) (quiz.Profile, error) {
	list, err := s.Profiles()
	if err != nil {
		return quiz.Profile{}, err
	}
	for _, p := range list {
		if name == "" || p.Name == name {
			return p, nil
		}
	}
	if name == "" {
		return quiz.Profile{}, errors.New("the database has no profile yet: open the app once")
	}
	return quiz.Profile{}, fmt.Errorf("there is no profile named %q", name)
}

// runImportCards reads cards from CSV or tab-separated text into own
// cards of the profile's current article, all or none.
func runImportCards(args []string) int {
	fs, db, _ := newFlags("import-cards")
	chapter := fs.Int("chapter", 1, "the chapter for cards whose file names none (1 is the first)")
	profile := fs.String("profile", "", "profile to add the cards to (default: the first)")
	delim := fs.String("delimiter", "", "the separator: tab, comma, semicolon or bar (default: detected)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		return fail("usage: chapterwise import-cards [--db PATH] [--chapter N] [--delimiter D] FILE")
	}
	opts := interop.SheetOptions{}
	if *delim != "" {
		d := map[string]rune{"tab": '\t', "comma": ',', "semicolon": ';', "bar": '|'}[strings.ToLower(*delim)]
		if d == 0 {
			return fail("the delimiter is tab, comma, semicolon or bar")
		}
		opts.Delimiter = d
	}
	path := fs.Arg(0)
	b, err := readCapped(path, interop.MaxImportBytes)
	if errors.Is(err, assign.ErrTooLarge) {
		err = interop.ErrTooLarge
	}
	if err != nil {
		return fail("%s: %v", path, err)
	}
	sheet, err := interop.ReadSheet(b, opts)
	if err != nil {
		return fail("%s: %v", path, err)
	}
	cards, err := sheet.Cards(sheet.Guess())
	if err != nil {
		return fail("%s: %v", path, err)
	}
	s, err := openExisting(*db)
	if err != nil {
		return fail("cannot open the database: %v", err)
	}
	defer s.Close()
	p, err := pickProfile(s, *profile)
	if err != nil {
		return fail("%v", err)
	}
	item, a, err := openedArticle(s, p)
	if err != nil {
		return fail("%v", err)
	}
	if *chapter < 1 || *chapter > len(a.Chapters) {
		return fail("there is no chapter %d: the article has %d", *chapter, len(a.Chapters))
	}
	titles := exportSource{article: a}.chapters()
	edits, err := interop.OwnCards(cards, titles, *chapter-1)
	if err != nil {
		return fail("%s: %v", path, err)
	}
	if err := s.ImportOwnCards(p.ID, item.ID, edits); err != nil {
		return fail("%v", err)
	}
	fmt.Printf("Imported %d cards (%s-separated) into “%s” for %s.\n", len(edits), interop.DelimiterName(sheet.Delimiter), printable(a.Title), printable(p.Name))
	return 0
}

// runImportQuestions reads a GIFT or Moodle XML file into a new saved
// assignment of a teacher on the current article: the teacher opens it in
// Teach to add generated questions, edit and hand it out. Questions of
// types Chapterwise does not ask, or that an assignment cannot hold, are
// listed and left out whole.
func runImportQuestions(args []string) int {
	fs, db, _ := newFlags("import-questions")
	profile := fs.String("profile", "", "the teacher profile (default: the only teacher)")
	title := fs.String("title", "", "the assignment's title (default: from the file name)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		return fail("usage: chapterwise import-questions [--db PATH] [--profile NAME] [--title T] FILE")
	}
	path := fs.Arg(0)
	b, err := readCapped(path, interop.MaxImportBytes)
	if errors.Is(err, assign.ErrTooLarge) {
		err = interop.ErrTooLarge
	}
	if err != nil {
		return fail("%s: %v", path, err)
	}
	got, err := interop.ReadQuestions(b)
	if err != nil {
		return fail("%s: %v", path, err)
	}
	s, err := openExisting(*db)
	if err != nil {
		return fail("cannot open the database: %v", err)
	}
	defer s.Close()
	teacher, err := pickTeacher(s, *profile)
	if err != nil {
		return fail("%s", err.Error())
	}
	item, art, err := openedArticle(s, teacher)
	if err != nil {
		return fail("%v", err)
	}
	a, skipped := importedAssignment(got, art, item, teacher.Name, time.Now())
	if *title != "" {
		a.Title = *title
	} else {
		a.Title = "Imported: " + strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	for _, sk := range skipped {
		fmt.Printf("left out line %d %s (%s): %s\n", sk.Line, printable(sk.Name), sk.Type, sk.Reason)
	}
	if len(a.Questions) == 0 {
		return fail("%s: no question could be imported", path)
	}
	if err := s.SaveAssignment(teacher.ID, a); err != nil {
		return fail("%v", err)
	}
	fmt.Printf("Imported %d questions into the assignment “%s” (%d left out); open it in Teach to add generated questions and hand it out.\n",
		len(a.Questions), printable(a.Title), len(skipped))
	return 0
}

// importedAssignment makes an assignment of the questions that one can
// hold and lists the rest as skipped.
func importedAssignment(got interop.Imported, art *quiz.Article, item quiz.LibraryItem, teacher string, now time.Time) (assign.Assignment, []interop.Skipped) {
	a := assign.Assignment{Format: assign.AssignmentFormat, Version: assign.Version, ID: assign.NewID(now), Created: now.UTC(),
		PassMark: 60, Feedback: assign.FeedbackAfterSubmit, Teacher: teacher,
		Article: assign.ArticleRef{Title: art.Title, Hash: item.Hash, Builtin: item.Builtin}}
	n := 0
	next := func() string { n++; return fmt.Sprintf("q%d", n) }
	qs, skipped := interop.AssignmentQuestions(got, exportSource{article: art}.chapters(), assign.MaxQuestions, next)
	a.Questions = qs
	return a, skipped
}

// storedArticle reads article id from the library and parses it.
func storedArticle(s *data.Store, id int64) (*quiz.Article, error) {
	content, err := s.ArticleContent(id)
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	a, err := quiz.ParseArticle(content)
	if err != nil {
		return nil, fmt.Errorf("read article %d: %w", id, err)
	}
	return a, nil
}

// openedArticle is the article p has open in the app, parsed.
func openedArticle(s *data.Store, p quiz.Profile) (quiz.LibraryItem, *quiz.Article, error) {
	item, err := s.CurrentArticle(p.ID)
	if err != nil {
		return item, nil, fmt.Errorf("%s has no article open: open one in the app first (%w)", p.Name, err)
	}
	a, err := storedArticle(s, item.ID)
	return item, a, err
}
