package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckOnAFullDiskSaysSo: Check database on a full disk says that the
// disk is full; it said "The check found a problem: ok. Restore a backup".
func TestCheckOnAFullDiskSaysSo(t *testing.T) {
	dir := smallDisk(t)
	u, _ := newTestUI(t, filepath.Join(dir, "cw.db"))
	u.Sync()
	fillDisk(t, dir)
	u.checkDatabase()
	u.Sync()
	got := strings.Join(textsAll(u.w.Canvas().Overlays().Top()), " ")
	if strings.Contains(got, "Integrity: ok") {
		t.Skip("the check found room to write")
	}
	if !strings.Contains(got, "Free some space") || strings.Contains(got, "Restore a backup") {
		t.Errorf("message on a full disk = %q", got)
	}
}

// smallDisk mounts a 2 MB file system on a temporary folder (root only;
// the test is skipped elsewhere) and returns the folder.
func smallDisk(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small file system here (needs root): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// fillDisk writes into dir until its file system is full.
func fillDisk(t *testing.T, dir string) {
	t.Helper()
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
}
