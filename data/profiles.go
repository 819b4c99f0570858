package data

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"

	"github.com/chapterwise/chapterwise/quiz"
)

// Errors of profiles.
var (
	ErrProfileName = errors.New("a profile needs a name of 1 to 40 characters")
	ErrNameTaken   = errors.New("another profile has this name")
	ErrWrongPIN    = errors.New("the PIN is not right")
	ErrPINFormat   = errors.New("a PIN is 4 to 12 digits")
)

// Profiles lists every profile, oldest first.
func (s *Store) Profiles() ([]quiz.Profile, error) {
	var rows []profileRow
	if err := s.db.Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("list profiles: %w", err)
	}
	out := make([]quiz.Profile, len(rows))
	for i, r := range rows {
		out[i] = r.toQuiz()
	}
	return out, nil
}

// Profile reads one profile.
func (s *Store) Profile(id int64) (quiz.Profile, error) {
	var row profileRow
	if err := s.db.First(&row, id).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return quiz.Profile{}, fmt.Errorf("profile %d: %w", id, ErrNotFound)
		}
		return quiz.Profile{}, fmt.Errorf("profile %d: %w", id, err)
	}
	return row.toQuiz(), nil
}

// CreateProfile adds a profile; names are unique.
func (s *Store) CreateProfile(name string, role quiz.Role) (quiz.Profile, error) {
	name = strings.TrimSpace(name)
	if name == "" || utf8.RuneCountInString(name) > 40 {
		return quiz.Profile{}, ErrProfileName
	}
	if role != quiz.Student && role != quiz.Teacher {
		return quiz.Profile{}, fmt.Errorf("unknown role %q", role)
	}
	row := profileRow{Name: name, Role: string(role), CreatedAt: s.utcNow()}
	if err := s.db.Create(&row).Error; err != nil {
		if errors.Is(err, gorm.ErrDuplicatedKey) {
			return quiz.Profile{}, ErrNameTaken
		}
		return quiz.Profile{}, fmt.Errorf("create profile: %w", err)
	}
	return row.toQuiz(), nil
}

// pinCost is bcrypt's work factor: about 50 ms a check here, slow enough
// to make guessing a stolen hash costly, quick enough to type.
const pinCost = 11

// SetPIN sets, changes or (with pin "") removes a profile's PIN. When the
// profile already has a PIN, current must be it: whoever sits at the
// computer cannot take the PIN off a teacher's profile. A wrong current
// PIN counts as a wrong guess (see CheckPIN). Only a salted bcrypt hash
// is stored.
func (s *Store) SetPIN(profileID int64, current, pin string) error {
	hash := ""
	if pin != "" {
		if len(pin) < 4 || len(pin) > 12 || strings.Trim(pin, "0123456789") != "" {
			return ErrPINFormat
		}
		h, err := bcrypt.GenerateFromPassword([]byte(pin), pinCost)
		if err != nil {
			return fmt.Errorf("set PIN: %w", err)
		}
		hash = string(h)
	}
	if err := s.CheckPIN(profileID, current); err != nil {
		return err
	}
	if err := s.db.Model(&profileRow{}).Where("id = ?", profileID).Update("pin_hash", hash).Error; err != nil {
		return fmt.Errorf("set PIN: %w", err)
	}
	return nil
}

// HasPIN reports whether a profile is behind a PIN.
func (s *Store) HasPIN(profileID int64) (bool, error) {
	var hash string
	if err := s.db.Model(&profileRow{}).Where("id = ?", profileID).Pluck("pin_hash", &hash).Error; err != nil {
		return false, fmt.Errorf("read PIN: %w", err)
	}
	return hash != "", nil
}

// CheckPIN reports nil when pin is the profile's PIN (or it has none).
// Wrong guesses are slowed down: after FreePINGuesses wrong ones in a row,
// each further guess must wait PINDelay(n) from the last wrong one, or it
// is refused unchecked with a *PINWaitError. A right PIN clears the count.
// The count lives as long as the Store (a restart costs the guesser more
// than the first delays).
func (s *Store) CheckPIN(profileID int64, pin string) error {
	now := s.utcNow()
	if wait := s.pins.wait(profileID, now); wait > 0 {
		return &PINWaitError{Wait: wait}
	}
	var hash string
	if err := s.db.Model(&profileRow{}).Where("id = ?", profileID).Pluck("pin_hash", &hash).Error; err != nil {
		return fmt.Errorf("check PIN: %w", err)
	}
	if hash == "" {
		return nil
	}
	if bcrypt.CompareHashAndPassword([]byte(hash), []byte(pin)) != nil {
		s.pins.failed(profileID, now)
		return ErrWrongPIN
	}
	s.pins.succeeded(profileID)
	return nil
}

// FreePINGuesses is how many wrong PINs in a row cost no waiting (typos).
const FreePINGuesses = 3

// PINDelay is the wait after the nth wrong PIN in a row: none for the
// first FreePINGuesses, then 2 s, doubling up to 15 minutes.
func PINDelay(n int) time.Duration {
	if n <= FreePINGuesses {
		return 0
	}
	const most = 15 * time.Minute
	shift := n - FreePINGuesses
	if shift > 10 {
		return most
	}
	return min(most, time.Second<<shift)
}

// ErrPINWait marks a PIN guess refused because it came too soon.
var ErrPINWait = errors.New("too many wrong PINs")

// PINWaitError says how long to wait before the next PIN guess.
type PINWaitError struct{ Wait time.Duration }

func (e *PINWaitError) Error() string {
	return fmt.Sprintf("too many wrong PINs: try again in %s", e.Wait.Round(time.Second))
}

// Unwrap makes errors.Is(err, ErrPINWait) true.
func (e *PINWaitError) Unwrap() error { return ErrPINWait }

// pinGuesses counts wrong PINs per profile.
type pinGuesses struct {
	mu    sync.Mutex
	wrong map[int64]int
	next  map[int64]time.Time // no guess before this
}

func (g *pinGuesses) wait(id int64, now time.Time) time.Duration {
	g.mu.Lock()
	defer g.mu.Unlock()
	if next, ok := g.next[id]; ok && now.Before(next) {
		return next.Sub(now)
	}
	return 0
}

func (g *pinGuesses) failed(id int64, now time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.wrong == nil {
		g.wrong, g.next = map[int64]int{}, map[int64]time.Time{}
	}
	g.wrong[id]++
	g.next[id] = now.Add(PINDelay(g.wrong[id]))
}

func (g *pinGuesses) succeeded(id int64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.wrong, id)
	delete(g.next, id)
}
