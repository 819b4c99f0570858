package data

import (
	"errors"
	"fmt"
	"strings"
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

// SetPIN sets (or, with "", removes) a profile's PIN. Only a salted bcrypt
// hash is stored.
func (s *Store) SetPIN(profileID int64, pin string) error {
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
func (s *Store) CheckPIN(profileID int64, pin string) error {
	var hash string
	if err := s.db.Model(&profileRow{}).Where("id = ?", profileID).Pluck("pin_hash", &hash).Error; err != nil {
		return fmt.Errorf("check PIN: %w", err)
	}
	if hash == "" {
		return nil
	}
	if bcrypt.CompareHashAndPassword([]byte(hash), []byte(pin)) != nil {
		return ErrWrongPIN
	}
	return nil
}
