package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Role is what a profile does in the app.
type Role string

// The roles a profile can have.
const (
	Student Role = "student"
	Teacher Role = "teacher"
)

// Profile is one person using Chapterwise on this computer.
type Profile struct {
	ID   int64
	Name string
	Role Role
}

// LibraryItem is an article the user has opened, as the library lists it.
type LibraryItem struct {
	ID       int64
	Hash     string
	Title    string
	Source   string // the file it was opened from, or "built-in"
	Builtin  bool
	OpenedAt time.Time
}

// ReadingProgress is how far a profile has read one article.
type ReadingProgress struct {
	Read    map[int]bool // chapter index -> read
	Current int          // the chapter last opened
}

// ReadCount counts the chapters marked read among the first n.
func (p ReadingProgress) ReadCount(n int) int {
	c := 0
	for i := 0; i < n; i++ {
		if p.Read[i] {
			c++
		}
	}
	return c
}

// ContentHash identifies an article by its bytes.
func ContentHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
