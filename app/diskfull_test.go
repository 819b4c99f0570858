package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAFullDiskIsNamedWhenWorkIsSaved: a tick, a rating or an answer that
// cannot be written for a full disk says so and what to do, from data's
// typed error, not SQLite's words.
func TestAFullDiskIsNamedWhenWorkIsSaved(t *testing.T) {
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small file system here (needs root): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	u, _ := newTestUI(t, filepath.Join(dir, "cw.db"))
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			break
		}
	}
	f.Close()
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
