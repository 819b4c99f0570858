package data

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/fsrs"
)

// crashChildEnv names the database a crash-test child writes to.
const crashChildEnv = "CHAPTERWISE_CRASH_CHILD"

// TestMain lets the test binary act as the crash test's child process.
func TestMain(m *testing.M) {
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(path)
		return
	}
	os.Exit(m.Run())
}

// crashChild records reviews in a loop and prints "saved KIND ID" after
// each commit, until it is killed.
func crashChild(path string) {
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	p, err := s.DefaultProfile()
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	art, err := s.AddArticle("T", "crash", false, []byte("crash test"))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	sched := fsrs.NewScheduler(fsrs.DefaultParams(), nil)
	states, _ := s.CardStates(p.ID, art.ID)
	now := time.Now()
	qs := make([]quiz.Question, quiz.MaxQuestions)
	for i := range qs {
		qs[i] = quiz.Question{Type: quiz.TrueFalse, Options: []string{"True", "False"}, Answer: []string{"True"}, Chapter: i % 5, FactKeys: []string{fmt.Sprint("f", i)}}
	}
	quizID, next := int64(0), quiz.MaxQuestions
	for i := 0; ; i++ {
		// an answer, then a review
		if next == quiz.MaxQuestions {
			if quizID, err = s.StartQuiz(p.ID, art.ID, quiz.QuizSpec{Count: quiz.MaxQuestions, Mode: quiz.Test}, qs, now); err != nil {
				fmt.Fprintln(out, "error", err)
				out.Flush()
				os.Exit(2)
			}
			next = 0
		}
		a := quiz.GradeAnswer(qs[next], next, []string{"True"}, now, time.Second)
		if err := s.RecordAnswer(quizID, qs[next], a); err != nil {
			fmt.Fprintln(out, "error", err)
			out.Flush()
			os.Exit(2)
		}
		fmt.Fprintf(out, "saved answer %d %d\n", quizID, next)
		out.Flush()
		next++
		key := "k" + strconv.Itoa(i%50)
		before := states[key].Card
		g := fsrs.Rating(1 + i%4)
		after := sched.Review(before, g, now)
		id, _, err := s.RecordReview(Review{ProfileID: p.ID, ArticleID: art.ID, CardKey: key, Rating: g, Before: before, After: after, At: now})
		if err != nil {
			fmt.Fprintln(out, "error", err)
			out.Flush()
			os.Exit(2)
		}
		states[key] = CardState{Key: key, Card: after}
		fmt.Fprintf(out, "saved review %d %s %d\n", id, key, after.Reps)
		out.Flush()
		now = now.Add(time.Minute)
	}
}

// TestCrashKeepsEveryCommittedAnswerAndReview kills a writing process
// with SIGKILL at random moments and checks that the database is intact
// and holds every answer and review the process had reported as saved,
// with each card's state matching its logged reviews.
func TestCrashKeepsEveryCommittedAnswerAndReview(t *testing.T) {
	kills := 200
	if testing.Short() {
		kills = 20
	}
	path := t.TempDir() + "/crash.db"
	rng := rand.New(rand.NewPCG(1, 2))
	saved := map[int64]bool{}
	answers := map[[2]int64]bool{}
	lastReps := map[string]int{}
	for k := 0; k < kills; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		go func() {
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// wait for the first commit, then kill after a random delay
		deadline := time.After(time.Duration(5+rng.IntN(40)) * time.Millisecond)
		started := false
	read:
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					break read
				}
				if strings.HasPrefix(l, "error") {
					t.Fatalf("child: %s", l)
				}
				var id, q, idx int64
				var key string
				var reps int
				if _, err := fmt.Sscanf(l, "saved answer %d %d", &q, &idx); err == nil {
					answers[[2]int64{q, idx}] = true
					started = true
				} else if _, err := fmt.Sscanf(l, "saved review %d %s %d", &id, &key, &reps); err == nil {
					saved[id] = true
					lastReps[key] = reps
					started = true
				}
			case <-deadline:
				if started {
					_ = cmd.Process.Signal(syscall.SIGKILL)
					deadline = nil
				} else {
					deadline = time.After(time.Millisecond)
				}
			}
		}
		_ = cmd.Wait()
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after %d kills: %v", kills, err)
	}
	defer s.Close()
	var check string
	if err := s.db.Raw("PRAGMA integrity_check").Scan(&check).Error; err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	var ids []int64
	if err := s.db.Model(&reviewLogRow{}).Pluck("id", &ids).Error; err != nil {
		t.Fatal(err)
	}
	found := 0
	inDB := map[int64]bool{}
	for _, id := range ids {
		inDB[id] = true
	}
	for id := range saved {
		if inDB[id] {
			found++
		}
	}
	t.Logf("%d kills, %d reviews reported saved, %d of them found, %d rows in the log", kills, len(saved), found, len(ids))
	if found != len(saved) {
		t.Errorf("%d reviews reported saved are missing", len(saved)-found)
	}
	var stored []struct{ QuizID, QuestionIndex int64 }
	s.db.Raw("SELECT quiz_id, question_index FROM quiz_answers").Scan(&stored)
	inDBA := map[[2]int64]bool{}
	for _, a := range stored {
		inDBA[[2]int64{a.QuizID, a.QuestionIndex}] = true
	}
	foundA := 0
	for k := range answers {
		if inDBA[k] {
			foundA++
		}
	}
	t.Logf("%d answers reported saved, %d of them found, %d rows stored", len(answers), foundA, len(stored))
	if foundA != len(answers) || len(answers) == 0 {
		t.Errorf("%d answers reported saved are missing", len(answers)-foundA)
	}
	// The running totals match the history after all the kills.
	before, _ := totalsDigest(s.db)
	s.db.Transaction(rebuildTotals)
	after, _ := totalsDigest(s.db)
	if d := diffCount(before, after); d != 0 {
		t.Errorf("%d running-total rows disagree with the history after the kills", d)
	}
	// The state and the log were written together: each card's reps equal
	// its number of logged reviews, and at least the last reported ones.
	var rows []struct {
		CardKey string
		Reps    int
		Logged  int
	}
	s.db.Raw(`SELECT c.card_key, c.reps, (SELECT COUNT(*) FROM review_logs l WHERE l.card_key = c.card_key) AS logged
		FROM card_states c`).Scan(&rows)
	for _, r := range rows {
		if r.Reps != r.Logged || r.Reps < lastReps[r.CardKey] {
			t.Errorf("card %s: reps %d, logged %d, last reported %d", r.CardKey, r.Reps, r.Logged, lastReps[r.CardKey])
		}
	}
}
