package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz/assign"
)

func TestPrintable(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ana", "Ana"},
		{"Zoë 李 🙂", "Zoë 李 🙂"},
		{`C:\Users\ana.cwresult`, `C:\Users\ana.cwresult`},
		{"\x1b[2KImported 99 of 99", `\x1b[2KImported 99 of 99`},
		{"Ana\nImported 99 of 99", `Ana\nImported 99 of 99`},
		{"Ana\rBo", `Ana\rBo`},
		{"a\tb", `a\tb`},
		{"bell\a", `bell\x07`},
		{"del\x7f", `del\x7f`},
		{"c1 \u009b31m", `c1 \x9b31m`},
		{"gnp.exe\u202etxt", `gnp.exe\u202etxt`},
		{"line\u2028sep", `line\u2028sep`},
		{"bad \xff byte", `bad \xff byte`},
		{"a\\b\x1b", `a\\b\x1b`}, // once something is escaped, a backslash is too
	} {
		if got := printable(c.in); got != c.want {
			t.Errorf("printable(%q) = %q, want %q", c.in, got, c.want)
		}
		if strings.ContainsAny(printable(c.in), "\x1b\r\n\a\x7f") {
			t.Errorf("printable(%q) keeps a control character", c.in)
		}
	}
	if got := printableLines("Title\x1b]0;pwned\a\nChapter\r"); got != "Title\\x1b]0;pwned\\x07\nChapter\\r" {
		t.Errorf("printableLines = %q", got)
	}
}

// captureStdout runs fn with standard output going to a pipe and returns
// what it printed.
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	defer func() { os.Stdout = old }()
	fn()
	w.Close()
	return <-done
}

// TestImportResultsCannotForgeOutput: a student name with escape codes and
// line breaks prints as escapes on its own line; the summary line is the
// only one that says how many files were imported.
func TestImportResultsCannotForgeOutput(t *testing.T) {
	dir, db, _ := homeworkDB(t, "HW\x1b[31m")
	forged := "Ana\r\x1b[2K\nImported 99 of 99 files into Ms K's gradebook.\n\x1b]0;owned\a"
	res := assign.Result{Format: assign.ResultFormat, Version: assign.Version, AssignmentID: "hw", Student: forged,
		Submitted: time.Now().UTC(), Answers: []assign.Answer{{QuestionID: "q1", Given: []string{"True"}}}}
	var buf bytes.Buffer
	assign.Encode(&buf, res)
	file := filepath.Join(dir, "evil\x1b[1m.cwresult")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := captureStdout(t, func() {
		if code := runImportResults([]string{"--db", db, file}); code != 0 {
			t.Errorf("exit = %d", code)
		}
	})
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "✓ ") || !strings.HasPrefix(lines[1], "Imported 1 of 1 files") {
		t.Errorf("output forged by a name:\n%s", out)
	}
	if strings.ContainsAny(out, "\x1b\r\a") {
		t.Errorf("control characters reached the terminal: %q", out)
	}
}

// TestStatsAndReportPrintSafely: profile names and article titles reach
// the terminal as escapes in `stats`, and so does an article's text in
// `generate` (through writePrintable).
func TestStatsAndReportPrintSafely(t *testing.T) {
	var b bytes.Buffer
	writeStats(&b, statsJSON{Profiles: []profileJSON{{Name: "Bo\x1b[8m\nfake (teacher)", Role: "student", Article: "T\r",
		Chapters: []chapterJSON{{Title: "One\x1b[2J"}}}}})
	if strings.ContainsAny(b.String(), "\x1b\r") || strings.Count(b.String(), "\n") != 4 {
		t.Errorf("stats output:\n%q", b.String())
	}
	b.Reset()
	err := writePrintable(&b, func(w io.Writer) error {
		_, err := io.WriteString(w, "Chapters\n  1. A\x1b[2J title\n")
		return err
	})
	if err != nil || b.String() != "Chapters\n  1. A\\x1b[2J title\n" {
		t.Errorf("report = %q, %v", b.String(), err)
	}
}

func TestPrintableArgs(t *testing.T) {
	err := fmt.Errorf("table %s is unknown", "x\x1b[2J\nchapterwise: restored")
	got := fmt.Sprintf("cannot restore: %v\nNothing was changed (%s, %d).", printableArgs([]any{err, "a\rb", 7})...)
	want := "cannot restore: table x\\x1b[2J\\nchapterwise: restored is unknown\nNothing was changed (a\\rb, 7)."
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPrintableJSON(t *testing.T) {
	v := map[string]string{"name": "Bo\x1b[2J\u009b31m\u202eab\x7f", "ok": "Zoë 李"}
	raw, _ := json.Marshal(v)
	safe := printableJSON(raw)
	if bytes.ContainsAny(safe, "\x1b\x7f\u009b\u202e") || !bytes.Contains(safe, []byte(`\u009b31m\u202eab\u007f`)) {
		t.Errorf("printableJSON = %s", safe)
	}
	var back map[string]string
	if err := json.Unmarshal(safe, &back); err != nil || back["name"] != v["name"] || back["ok"] != v["ok"] {
		t.Errorf("the JSON changed meaning: %v %q", err, back)
	}
}

func TestJSONTerminal(t *testing.T) {
	var b bytes.Buffer
	enc := json.NewEncoder(jsonTerminal{&b})
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string]string{"title": "A\u009b2J\u202e"}); err != nil {
		t.Fatal(err)
	}
	if b.String() != "{\n  \"title\": \"A\\u009b2J\\u202e\"\n}\n" {
		t.Errorf("got %q", b.String())
	}
}

// TestFailEscapesArguments: a refusal that quotes a file's text cannot
// forge a line on standard error; the line breaks of the message itself
// stay.
func TestFailEscapesArguments(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stderr
	os.Stderr = w
	fail("this backup cannot be restored: %v\nNothing was changed.", fmt.Errorf("table %s", "x\x1b[2K\rchapterwise: restored"))
	os.Stderr = old
	w.Close()
	out, _ := io.ReadAll(r)
	if strings.ContainsAny(string(out), "\x1b\r") || strings.Count(string(out), "\n") != 2 {
		t.Errorf("stderr = %q", out)
	}
}
