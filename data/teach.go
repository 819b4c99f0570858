package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/chapterwise/chapterwise/quiz/assign"
)

// assignmentRow is a row of assignments: a teacher's assignment with its key.
type assignmentRow struct {
	ID        string `gorm:"primaryKey"`
	ProfileID int64
	Title     string
	BodyJSON  string `gorm:"column:body_json"`
	CreatedMs int64
	UpdatedMs int64
}

func (assignmentRow) TableName() string { return "assignments" }

type submissionRow struct {
	ID           int64 `gorm:"primaryKey"`
	AssignmentID string
	Student      string
	StartedMs    int64
	SubmittedMs  int64
	Points       float64
	MaxPoints    int
	Passed       bool
	Late         bool
	ImportedMs   int64
}

func (submissionRow) TableName() string { return "submissions" }

type submissionAnswerRow struct {
	SubmissionID int64 `gorm:"primaryKey"`
	Position     int   `gorm:"primaryKey"`
	QuestionID   string
	Answered     bool
	GivenJSON    string `gorm:"column:given_json"`
	Correct      bool
	Points       float64
	Seconds      float64
}

func (submissionAnswerRow) TableName() string { return "submission_answers" }

// SaveAssignment stores (or replaces) a teacher's assignment with its key.
func (s *Store) SaveAssignment(profileID int64, a assign.Assignment) error {
	if err := a.ValidateFull(); err != nil {
		return fmt.Errorf("save assignment: %w", err)
	}
	body, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("save assignment: %w", err)
	}
	now := toMs(s.utcNow())
	row := assignmentRow{ID: a.ID, ProfileID: profileID, Title: a.Title, BodyJSON: string(body), CreatedMs: now, UpdatedMs: now}
	err = s.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "id"}},
		DoUpdates: clause.AssignmentColumns([]string{"title", "body_json", "updated_ms"})}).Create(&row).Error
	if err != nil {
		return fmt.Errorf("save assignment: %w", err)
	}
	return nil
}

// Assignments lists a teacher's assignments, newest first.
func (s *Store) Assignments(profileID int64) ([]assign.Assignment, error) {
	var rows []assignmentRow
	if err := s.db.Where("profile_id = ?", profileID).Order("created_ms DESC, id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("list assignments: %w", err)
	}
	out := make([]assign.Assignment, 0, len(rows))
	for _, r := range rows {
		var a assign.Assignment
		if err := json.Unmarshal([]byte(r.BodyJSON), &a); err != nil {
			return nil, fmt.Errorf("read assignment %s: %w", r.ID, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// ResultFile is one result file given to ImportResults.
type ResultFile struct {
	Path string // where it was read: two files of the same name are two files
	Data []byte
}

// ImportOutcome is what importing one result file did.
type ImportOutcome struct {
	File    string // the ResultFile's Path
	Student string
	Title   string  // the assignment's
	Percent float64 // as graded by this app
	Err     error   // nil: imported
}

// ErrDuplicateResult means the same submission was imported before.
var ErrDuplicateResult = errors.New("this result was already imported")

// ImportResults imports result files for a teacher's assignments and
// returns one outcome per file given, in the order given. Each file is
// decoded strictly, matched to its assignment, checked against the clock
// (a result submitted after it is imported is refused), graded with the
// key (the student's claimed score is ignored) and stored in its own
// transaction, so a bad file is reported and never half-imported.
func (s *Store) ImportResults(profileID int64, files []ResultFile) []ImportOutcome {
	keys := map[string]assign.Assignment{}
	if list, err := s.Assignments(profileID); err == nil {
		for _, a := range list {
			keys[a.ID] = a
		}
	}
	out := make([]ImportOutcome, 0, len(files))
	for _, f := range files {
		o := ImportOutcome{File: f.Path}
		o.Err = s.importResult(keys, f.Data, &o)
		out = append(out, o)
	}
	return out
}

func (s *Store) importResult(keys map[string]assign.Assignment, raw []byte, o *ImportOutcome) error {
	r, err := assign.DecodeResult(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	o.Student = r.Student
	now := s.utcNow()
	if err := r.CheckTimes(now); err != nil {
		return err
	}
	a, ok := keys[r.AssignmentID]
	if !ok {
		return fmt.Errorf("%w: it is for an assignment that is not in your Chapterwise (id %s)", assign.ErrInvalid, r.AssignmentID)
	}
	o.Title = a.Title
	g, err := assign.Grade(a, r)
	if err != nil {
		return err
	}
	o.Percent = g.Percent
	return s.transaction(func(tx *gorm.DB) error {
		sub := submissionRow{AssignmentID: a.ID, Student: r.Student, StartedMs: toMs(r.Started), SubmittedMs: toMs(r.Submitted),
			Points: g.Points, MaxPoints: g.Max, Passed: g.Passed, Late: g.Late, ImportedMs: toMs(now)}
		if err := tx.Create(&sub).Error; err != nil {
			if errors.Is(err, gorm.ErrDuplicatedKey) {
				return ErrDuplicateResult
			}
			return err
		}
		rows := make([]submissionAnswerRow, len(g.Answers))
		for i, ga := range g.Answers {
			given, _ := json.Marshal(ga.Given)
			rows[i] = submissionAnswerRow{SubmissionID: sub.ID, Position: i, QuestionID: ga.QuestionID, Answered: ga.Answered,
				GivenJSON: string(given), Correct: ga.Correct, Points: ga.Points, Seconds: ga.Seconds}
		}
		return tx.CreateInBatches(rows, 100).Error
	})
}

// Submission is one imported result as the gradebook shows it.
type Submission struct {
	ID           int64
	AssignmentID string
	Student      string
	Submitted    time.Time // as the student's computer says
	Imported     time.Time // by this app's clock
	Points       float64
	Max          int
	Percent      float64
	Passed, Late bool
	Answers      []assign.GradedAnswer // filled by SubmissionsOf

	// ClaimsLater is an earlier import of the same student and assignment
	// whose submission time is later than this one's: the two clocks
	// disagree, so the teacher sees both. Nil when they agree.
	ClaimsLater *Submission
}

// Gradebook lists every submission to a teacher's assignments, by student
// then assignment. The one imported last counts: the submission time
// comes from the student's computer, so it only orders results when it
// agrees with the import order; when it does not, ClaimsLater holds the
// other result.
func (s *Store) Gradebook(profileID int64) ([]Submission, error) {
	var rows []submissionRow
	err := s.db.Raw(`SELECT s.* FROM submissions s JOIN assignments a ON a.id = s.assignment_id
		WHERE a.profile_id = ? ORDER BY s.student, s.assignment_id, s.imported_ms, s.id`, profileID).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("gradebook: %w", err)
	}
	latest := map[[2]string]int{}
	claimsLast := map[[2]string]Submission{} // the latest submission time so far
	var out []Submission
	for _, r := range rows {
		sub := Submission{ID: r.ID, AssignmentID: r.AssignmentID, Student: r.Student, Submitted: fromMs(r.SubmittedMs),
			Imported: fromMs(r.ImportedMs), Points: r.Points, Max: r.MaxPoints, Passed: r.Passed, Late: r.Late}
		if r.MaxPoints > 0 {
			sub.Percent = 100 * r.Points / float64(r.MaxPoints)
		}
		k := [2]string{r.Student, r.AssignmentID}
		if c, ok := claimsLast[k]; ok && c.Submitted.After(sub.Submitted) {
			sub.ClaimsLater = &c
		} else {
			claimsLast[k] = sub
		}
		if i, ok := latest[k]; ok {
			out[i] = sub
			continue
		}
		latest[k] = len(out)
		out = append(out, sub)
	}
	return out, nil
}

// SubmissionsOf returns the latest submission of each student to one
// assignment, with the answers question by question.
func (s *Store) SubmissionsOf(profileID int64, assignmentID string) ([]Submission, error) {
	all, err := s.Gradebook(profileID)
	if err != nil {
		return nil, err
	}
	var subs []Submission
	var ids []int64
	for _, sub := range all {
		if sub.AssignmentID == assignmentID {
			subs = append(subs, sub)
			ids = append(ids, sub.ID)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	var rows []submissionAnswerRow
	if err := s.db.Where("submission_id IN ?", ids).Order("submission_id, position").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("read answers: %w", err)
	}
	at := map[int64]int{}
	for i, sub := range subs {
		at[sub.ID] = i
	}
	for _, r := range rows {
		var given []string
		_ = json.Unmarshal([]byte(r.GivenJSON), &given)
		i := at[r.SubmissionID]
		subs[i].Answers = append(subs[i].Answers, assign.GradedAnswer{QuestionID: r.QuestionID, Given: given, Answered: r.Answered,
			Correct: r.Correct, Points: r.Points, Seconds: r.Seconds})
	}
	return subs, nil
}

// WriteGradebookCSV writes one row per student and one column per
// question of an assignment (the points earned), with the total, the
// percentage, pass and late.
func WriteGradebookCSV(w io.Writer, a assign.Assignment, subs []Submission) error {
	cw := newSheetWriter(w)
	head := []string{"student", "submitted_utc", "imported_utc"}
	for i, q := range a.Questions {
		head = append(head, fmt.Sprintf("q%d (%s)", i+1, q.ID))
	}
	head = append(head, "points", "max", "percent", "passed", "late")
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, sub := range subs {
		rec := []string{sub.Student, sub.Submitted.Format(time.RFC3339), sub.Imported.Format(time.RFC3339)}
		for i := range a.Questions {
			v := ""
			if i < len(sub.Answers) {
				v = strconv.FormatFloat(sub.Answers[i].Points, 'f', -1, 64)
			}
			rec = append(rec, v)
		}
		rec = append(rec, strconv.FormatFloat(sub.Points, 'f', -1, 64), strconv.Itoa(sub.Max),
			strconv.FormatFloat(sub.Percent, 'f', 1, 64), strconv.FormatBool(sub.Passed), strconv.FormatBool(sub.Late))
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Received is an assignment on the student's side.
type Received struct {
	Assignment assign.Assignment
	Received   time.Time
	QuizID     int64 // 0: not started
	Submitted  time.Time
}

type receivedRow struct {
	ProfileID    int64  `gorm:"primaryKey"`
	AssignmentID string `gorm:"primaryKey"`
	BodyJSON     string `gorm:"column:body_json"`
	ReceivedMs   int64
	QuizID       *int64
	SubmittedMs  int64
}

func (receivedRow) TableName() string { return "received_assignments" }

// ReceiveAssignment stores an assignment a student opened. Opening the
// same assignment again keeps the student's progress.
func (s *Store) ReceiveAssignment(profileID int64, a assign.Assignment) error {
	body, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("receive assignment: %w", err)
	}
	row := receivedRow{ProfileID: profileID, AssignmentID: a.ID, BodyJSON: string(body), ReceivedMs: toMs(s.utcNow())}
	err = s.db.Clauses(clause.OnConflict{DoNothing: true}).Create(&row).Error
	if err != nil {
		return fmt.Errorf("receive assignment: %w", err)
	}
	return nil
}

// ReceivedAssignments lists a student's assignments, the soonest due first.
func (s *Store) ReceivedAssignments(profileID int64) ([]Received, error) {
	var rows []receivedRow
	if err := s.db.Where("profile_id = ?", profileID).Order("received_ms DESC").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("list assignments: %w", err)
	}
	out := make([]Received, 0, len(rows))
	for _, r := range rows {
		var a assign.Assignment
		if err := json.Unmarshal([]byte(r.BodyJSON), &a); err != nil {
			return nil, fmt.Errorf("read assignment %s: %w", r.AssignmentID, err)
		}
		rec := Received{Assignment: a, Received: fromMs(r.ReceivedMs), Submitted: fromMs(r.SubmittedMs)}
		if r.QuizID != nil {
			rec.QuizID = *r.QuizID
		}
		out = append(out, rec)
	}
	sort.SliceStable(out, func(i, j int) bool {
		di, dj := out[i].Assignment.Due, out[j].Assignment.Due
		switch {
		case di == nil:
			return false
		case dj == nil:
			return true
		}
		return di.Before(*dj)
	})
	return out, nil
}

// StartAssignment records the quiz in which a student takes an assignment.
func (s *Store) StartAssignment(profileID int64, assignmentID string, quizID int64) error {
	err := s.db.Model(&receivedRow{}).Where("profile_id = ? AND assignment_id = ?", profileID, assignmentID).
		Update("quiz_id", quizID).Error
	if err != nil {
		return fmt.Errorf("start assignment: %w", err)
	}
	return nil
}

// MarkSubmitted records that the student wrote the result file.
func (s *Store) MarkSubmitted(profileID int64, assignmentID string, at time.Time) error {
	err := s.db.Model(&receivedRow{}).Where("profile_id = ? AND assignment_id = ?", profileID, assignmentID).
		Update("submitted_ms", toMs(at)).Error
	if err != nil {
		return fmt.Errorf("mark submitted: %w", err)
	}
	return nil
}
