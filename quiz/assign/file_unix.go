//go:build unix

package assign

import "syscall"

// openNoWait makes open return at once for a named pipe with no writer.
const openNoWait = syscall.O_NONBLOCK
