package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/source"
)

// fetchArticle fetches a web address named on the command line and reads
// its article. Ctrl+C stops the fetch; nothing is written either way.
func fetchArticle(addr string) (*quiz.Article, []byte, error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if isTerminal(os.Stderr) {
		fmt.Fprintf(os.Stderr, "Fetching %s…\n", printable(addr))
	}
	doc, err := webFetcher.Fetch(ctx, addr)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", addr, err)
	}
	a, err := quiz.ParseArticle(doc.Text)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", addr, err)
	}
	return a, doc.Text, nil
}

// webFetcher fetches the pages named on the command line; tests shorten
// its timeouts.
var webFetcher source.Fetcher

// convertArticle turns a saved web page's bytes into article text; text
// files pass as they are.
func convertArticle(path string, b []byte) ([]byte, error) {
	out, err := source.Convert(path, b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
