package assign

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"
)

// Errors from ReadFile for a path that is not an ordinary file, one
// whose bytes do not come, or one over its limit (a file too large is
// also ErrInvalid).
var (
	ErrNotRegular = errors.New("not an ordinary file")
	ErrSlowFile   = errors.New("the file could not be read in time")
	ErrTooLarge   = errors.New("the file is too large")
)

// ReadTimeout is how long ReadFile waits for a file's bytes.
var ReadTimeout = 30 * time.Second

// ReadFile reads a file named by the user or another program: only an
// ordinary file, at most limit bytes, within ReadTimeout. A named pipe,
// a device, a socket or a folder is refused without reading from it, so
// that a path like a FIFO with no writer cannot stop the caller.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := OpenFile(path)
	if err != nil {
		return nil, err
	}
	return readWithin(f, limit, ReadTimeout)
}

// OpenFile opens an ordinary file for reading. It checks the path before
// opening it and the opened descriptor after (the path may have been
// swapped in between), and opens without waiting, so that even a named
// pipe swapped in at the last moment cannot hold the open.
func OpenFile(path string) (*os.File, error) {
	if st, err := os.Stat(path); err != nil {
		return nil, err
	} else if err := checkRegular(path, st); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNoWait, 0)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err == nil {
		err = checkRegular(path, st)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func checkRegular(path string, st fs.FileInfo) error {
	m := st.Mode()
	if m.IsRegular() {
		return nil
	}
	what := "a special file"
	switch {
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	}
	return fmt.Errorf("%s is %s, %w: Chapterwise reads only ordinary files", path, what, ErrNotRegular)
}

// readWithin reads at most limit bytes of f and closes it, giving up
// after timeout. A read that never returns (a stalled network disk) is
// left to finish on its own; the caller goes on.
func readWithin(f io.ReadCloser, limit int64, timeout time.Duration) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := ReadLimited(f, limit)
		done <- result{data, err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		f.Close()
		return r.data, r.err
	case <-timer.C:
		f.Close()
		return nil, fmt.Errorf("%w (nothing came for %v)", ErrSlowFile, timeout)
	}
}

type sizeError struct{ limit int64 }

func (e sizeError) Error() string {
	return fmt.Sprintf("%v: the file is larger than %d MB", ErrInvalid, e.limit>>20)
}

func (e sizeError) Is(target error) bool { return target == ErrInvalid || target == ErrTooLarge }
