package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"

	"github.com/chapterwise/chapterwise/app"
	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
	"github.com/chapterwise/chapterwise/quiz/source"
)

// These mirror FyneApp.toml, so that a plain `go build` binary has the same
// identity (and so the same storage folder) as a packaged one.
const (
	appID   = "io.github.chapterwise"
	appName = "Chapterwise"
	dbName  = "chapterwise.db"
)

// command is a subcommand: `chapterwise NAME ...`.
type command struct {
	summary string
	run     func(args []string) int
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"version":  {"print the version", func([]string) int { fmt.Println(appName, version); return 0 }},
		"help":     {"show this help", func([]string) int { usage(os.Stdout); return 0 }},
		"generate": {"print the article's chapters, facts, flashcards and a sample quiz", runGenerate},
	}
}

func usage(w io.Writer) {
	fmt.Fprintf(w, `Chapterwise %s: read an article chapter by chapter and study it.

Usage:
  chapterwise [--article FILE] [--db PATH]   open the window
  chapterwise COMMAND [--db PATH] [...]      run a command

Options:
  --article FILE  open this article: plain text, Markdown, a saved web page
                  (.html) or a web address (https://…)
  --db PATH       use this database file (also: CHAPTERWISE_DB)

Commands:
`, version)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-15s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "\nThe database lives at:\n  %s\n", describeDBPath(""))
}

// defaultDBPath is the database in the app's storage folder: the folder
// Fyne's Storage().RootURI() gives this app ID on the desktop.
func defaultDBPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = "."
	}
	return filepath.Join(dir, "fyne", appID, dbName)
}

// dbPath resolves --db, then CHAPTERWISE_DB, then the default.
func dbPath(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if env := os.Getenv("CHAPTERWISE_DB"); env != "" {
		return env
	}
	return defaultDBPath()
}

func describeDBPath(flagValue string) string {
	p := dbPath(flagValue)
	switch {
	case flagValue != "":
		return p + " (from --db)"
	case os.Getenv("CHAPTERWISE_DB") != "":
		return p + " (from CHAPTERWISE_DB)"
	}
	return p + " (default; change with --db PATH or CHAPTERWISE_DB)"
}

// readArticleFile reads and checks an article named on the command line:
// an ordinary file only (never a named pipe or a device, which could hang
// the read), returned as UTF-8 whatever encoding it came in.
func readArticleFile(path string) (*quiz.Article, []byte, error) {
	if source.IsWebAddress(path) {
		return fetchArticle(path)
	}
	b, err := assign.ReadFile(path, source.ReadLimit(path))
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, nil, fmt.Errorf("%s: no such file", path)
	case errors.Is(err, assign.ErrTooLarge):
		return nil, nil, fmt.Errorf("%s: %w", path, quiz.ErrTooLarge)
	case errors.Is(err, assign.ErrNotRegular):
		return nil, nil, err // it names the path
	case err != nil:
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if b, err = convertArticle(path, b); err != nil {
		return nil, nil, err
	}
	if b, err = quiz.DecodeText(b); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	a, err := quiz.ParseArticle(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, b, nil
}

// newFlags makes a flag set with the options every command shares.
func newFlags(name string) (*flag.FlagSet, *string, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	db := fs.String("db", "", "database file (default: the app's storage folder; also CHAPTERWISE_DB)")
	article := fs.String("article", "", "article: a text, Markdown or HTML file, or a web address")
	return fs, db, article
}

func runGUI(args []string) int { return runGUIWith(args, nil) }

// runGUIWith opens the window; files are opened once it is up.
func runGUIWith(args []string, files []string) int {
	fs, db, article := newFlags("chapterwise")
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(os.Stdout)
			return 0
		}
		fmt.Fprintln(os.Stderr, "See chapterwise --help.")
		return 2
	}
	if fs.NArg() > 0 {
		return fail("unknown command %q; see chapterwise --help", fs.Arg(0))
	}
	opts := app.Options{Builtin: assets.Article, OpenFiles: files}
	if *article != "" {
		_, b, err := readArticleFile(*article)
		if err != nil {
			return fail("cannot open the article: %v", err)
		}
		opts.ArticlePath, opts.ArticleData = *article, b
	}
	return runWindow(*db, opts)
}

// loadArticle reads --article, or the built-in article when it is empty.
func loadArticle(path string) (*quiz.Article, error) {
	if path == "" {
		return quiz.ParseArticle(assets.Article)
	}
	a, _, err := readArticleFile(path)
	return a, err
}

func runGenerate(args []string) int {
	fs, _, article := newFlags("generate")
	seed := fs.Uint64("seed", 1, "seed for the sample quiz")
	asJSON := fs.Bool("json", false, "print JSON")
	count := fs.Int("questions", 20, "questions in the sample quiz")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if os.Getenv("GOGC") == "" {
		// the peak is the live heap and the garbage the collector lets
		// grow beside it, as much again by default: 30 % of it costs 0–3 %
		// more CPU (19 MB book: 272–305 MB at 100, 175 MB at 50, 158–159
		// MB at 30, docs/benchmarks.md)
		debug.SetGCPercent(30)
	}
	a, err := loadArticle(*article)
	if err != nil {
		return fail("cannot read the article: %v", err)
	}
	// a study builds the index of the facts once for the cards and the
	// quiz, which are made at the same time (each gives what it gives
	// alone: quiz.TestStudySharesOneIndex)
	s := quiz.StudyOf(a, nil)
	facts := s.Facts
	var cards []quiz.Card
	var qs []quiz.Question
	made, asked := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(made)
		cards = s.Cards()
	}()
	go func() {
		defer close(asked)
		qs = s.Quiz(quiz.QuizOptions{Count: *count, Seed: *seed})
	}()
	if *asJSON {
		// streamed: the same bytes as encoding the whole report, without
		// holding it (a 4 MB article peaked at 120 MB, now 96 MB); the
		// facts are written while the index, the cards and the quiz are
		// made
		err := quiz.WriteReportJSONAsMade(jsonTerminal{os.Stdout}, a, facts,
			func() []quiz.Card { <-made; return cards },
			func() []quiz.Question { <-asked; return qs })
		if err != nil {
			return fail("write JSON: %v", err)
		}
		return 0
	}
	<-made
	<-asked
	report := quiz.BuildReport(a, facts, cards, qs)
	if err := writePrintable(os.Stdout, report.WriteText); err != nil {
		return fail("write: %v", err)
	}
	return 0
}

// printJSON prints v as indented JSON on standard output.
func printJSON(v any) int {
	enc := json.NewEncoder(jsonTerminal{os.Stdout})
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fail("write JSON: %v", err)
	}
	return 0
}
