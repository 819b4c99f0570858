package data

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestAPKGReadByAnkiReader feeds an exported package to the npm package
// anki-reader (installed by make test through scripts/readers/install.sh)
// and compares its decks and notes with what was exported.
func TestAPKGReadByAnkiReader(t *testing.T) {
	dir := os.Getenv("CHAPTERWISE_READERS")
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			t.Skip("no cache folder for the third-party readers")
		}
		dir = filepath.Join(cache, "chapterwise-readers")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed; make test installs it (scripts/deps.sh)")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "anki-reader")); err != nil {
		t.Skipf("anki-reader is not installed in %s; run scripts/readers/install.sh", dir)
	}
	d := ankiTestDeck()
	var buf bytes.Buffer
	if err := WriteAPKG(&buf, d, time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "deck.apkg")
	if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join("..", "scripts", "readers", "read.mjs"), "apkg", file)
	cmd.Env = append(os.Environ(), "CHAPTERWISE_READERS="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("anki-reader could not read the package: %v\n%s", err, stderr.String())
	}
	var got struct {
		Decks []struct {
			Name  string
			Cards []struct{ Fields map[string]string }
		}
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	var names []string
	fronts := map[string]map[string]string{} // front -> fields, with the deck
	for _, dk := range got.Decks {
		names = append(names, dk.Name)
		for _, c := range dk.Cards {
			f := map[string]string{"deck": dk.Name}
			for k, v := range c.Fields {
				f[k] = html.UnescapeString(strings.ReplaceAll(v, "<br>", "\n"))
			}
			fronts[f["Front"]] = f
		}
	}
	sort.Strings(names)
	want := []string{"Default", "The Treaty: a history", "The Treaty: a history::01 Early life", "The Treaty: a history::02 War:and peace"}
	if !slices.Equal(names, want) {
		t.Fatalf("anki-reader read decks %q, want %q", names, want)
	}
	if len(fronts) != len(d.Cards) {
		t.Fatalf("anki-reader read %d cards, %d exported", len(fronts), len(d.Cards))
	}
	for _, c := range d.Cards {
		f, ok := fronts[c.Front]
		if !ok {
			t.Fatalf("card %q not read", c.Front)
		}
		if f["Back"] != c.Back || f["Source sentence"] != c.Sentence || f["Chapter"] != d.Chapters[c.Chapter] || f["Article"] != d.Article {
			t.Fatalf("card %q read as %v", c.Front, f)
		}
		if f["deck"] != want[2+c.Chapter] {
			t.Fatalf("card %q in deck %q", c.Front, f["deck"])
		}
	}
}
