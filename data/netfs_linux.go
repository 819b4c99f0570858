//go:build linux

package data

import (
	"path/filepath"
	"syscall"
)

// networkFS names the network file system the database folder is on, or
// "" for a local disk. WAL needs shared memory that network file systems
// do not give reliably (storage.md).
func networkFS(path string) string {
	var st syscall.Statfs_t
	if err := syscall.Statfs(filepath.Dir(path), &st); err != nil {
		return ""
	}
	return fsName(int64(st.Type))
}
