package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestAFullDiskIsNamedWhenWorkIsSaved: a tick, a rating or an answer that
// cannot be written for a full disk says so and what to do, from data's
// typed error, not SQLite's words.
func TestAFullDiskIsNamedWhenWorkIsSaved(t *testing.T) {
	dir := smallDisk(t)
	u, _ := newTestUI(t, filepath.Join(dir, "cw.db"))
	fillDisk(t, dir)
	// tick chapters until a write finds no room
	for ch := range u.reader.doc.art.Chapters {
		u.reader.markRead(ch, true)
		u.Sync()
		if u.w.Canvas().Overlays().Top() != nil {
			break
		}
	}
	got := overlayText(u)
	if got == "" {
		t.Skip("every tick found room")
	}
	if !strings.Contains(got, "the disk is full. Free some space") {
		t.Errorf("the message on a full disk says %q", got)
	}
}
