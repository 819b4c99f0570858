package main

import (
	"encoding/json"
	"os/exec"
	"testing"
)

// TestGenerateJSON: `chapterwise generate --json` prints one JSON report of
// the built-in article (streamed by quiz.WriteReportJSON) that reads back
// with its chapters, facts, cards and the asked number of questions.
func TestGenerateJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	out, err := exec.Command(buildBinary(t), "generate", "--json", "--questions", "7", "--seed", "3").Output()
	if err != nil {
		t.Fatalf("generate --json: %v", err)
	}
	var report struct {
		Title     string            `json:"title"`
		Chapters  []json.RawMessage `json:"chapters"`
		Facts     []json.RawMessage `json:"facts"`
		Cards     []json.RawMessage `json:"cards"`
		Questions []json.RawMessage `json:"questions"`
	}
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("not one JSON report: %v\n%.300s", err, out)
	}
	if report.Title == "" || len(report.Chapters) < 5 || len(report.Facts) < 20 || len(report.Cards) < 10 {
		t.Fatalf("report: title %q, %d chapters, %d facts, %d cards", report.Title, len(report.Chapters), len(report.Facts), len(report.Cards))
	}
	if len(report.Questions) != 7 {
		t.Fatalf("%d questions, want the 7 asked for", len(report.Questions))
	}
}
