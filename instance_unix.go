//go:build unix

package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// instance is this process's claim on a database: an exclusive lock on
// DB.lock, held until exit, and a local socket on which a second start
// asks the running window to come forward.
type instance struct {
	lock  *os.File
	ln    net.Listener
	raise func()
	open  func(files []string) // files handed over by a second start
}

// errAlreadyOpen means another Chapterwise has the database open.
var errAlreadyOpen = errors.New("chapterwise is already open on this database")

func socketPath(db string) string {
	abs, err := filepath.Abs(db)
	if err != nil {
		abs = db
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(os.TempDir(), "chapterwise-"+hex.EncodeToString(sum[:6])+".sock")
}

// claimInstance takes the database for this process. When another
// process holds it, it hands it the files to open, asks it to show its
// window and returns errAlreadyOpen; nothing is opened or written.
func claimInstance(db string, files []string) (*instance, error) {
	f, err := os.OpenFile(db+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock the database: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			if c, err := net.DialTimeout("unix", socketPath(db), time.Second); err == nil {
				for _, f := range files {
					fmt.Fprintln(c, "open "+f)
				}
				fmt.Fprintln(c, "raise")
				c.Close()
			}
			return nil, errAlreadyOpen
		}
		return nil, fmt.Errorf("lock the database: %w", err)
	}
	in := &instance{lock: f}
	sock := socketPath(db)
	os.Remove(sock) // a stale socket from a crashed run; we hold the lock
	if ln, err := net.Listen("unix", sock); err == nil {
		in.ln = ln
		go in.serve()
	}
	return in, nil
}

func (in *instance) serve() {
	for {
		c, err := in.ln.Accept()
		if err != nil {
			return
		}
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		sc := bufio.NewScanner(c)
		var files []string
		for sc.Scan() && len(files) < 100 {
			line := sc.Text()
			switch {
			case line == "raise" && in.raise != nil:
				in.raise()
			case strings.HasPrefix(line, "open ") && filepath.IsAbs(line[5:]):
				files = append(files, line[5:])
			}
		}
		c.Close()
		if len(files) > 0 && in.open != nil {
			in.open(files)
		}
	}
}

// release gives the database up.
func (in *instance) release() {
	if in.ln != nil {
		in.ln.Close()
	}
	syscall.Flock(int(in.lock.Fd()), syscall.LOCK_UN)
	in.lock.Close()
}
