package main

import (
	"os"
	"syscall"
	"unsafe"
)

// isTerminal says whether f is a terminal (not /dev/null, a pipe or the
// journal, as for a start from the desktop).
func isTerminal(f *os.File) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}
