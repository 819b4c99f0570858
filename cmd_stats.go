package main

import (
	"fmt"
	"io"
	"os"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

func init() {
	commands["stats"] = command{"print each profile's quizzes, answers, scores, reviews and chapter mastery", runStats}
}

// statsJSON is the shape `chapterwise stats --json` prints.
type statsJSON struct {
	Profiles []profileJSON `json:"profiles"`
}

type profileJSON struct {
	Name           string        `json:"name"`
	Role           string        `json:"role"`
	Quizzes        int           `json:"quizzes"`
	Answers        int           `json:"answers"`
	Correct        int           `json:"correct"`
	MeanScore      float64       `json:"mean_score"`
	Reviews        int           `json:"reviews"`
	UnfinishedQuiz bool          `json:"unfinished_quiz"`
	Article        string        `json:"article,omitempty"`
	Chapters       []chapterJSON `json:"chapters"`
}

type chapterJSON struct {
	Title    string  `json:"title"`
	Mastery  float64 `json:"mastery"`
	Answers  int     `json:"answers"`
	Reviews  int     `json:"reviews"`
	Accuracy float64 `json:"quiz_accuracy"`
	Recall   float64 `json:"flashcard_recall"`
}

func runStats(args []string) int {
	fs, db, _ := newFlags("stats")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	path := dbPath(*db)
	if _, err := os.Stat(path); err != nil {
		return fail("no database at %s: %v", path, err)
	}
	store, err := data.Open(path)
	if err != nil {
		return fail("cannot open the database: %v", err)
	}
	defer store.Close()
	out, err := collectStats(store)
	if err != nil {
		return fail("%s", printable(err.Error()))
	}
	if *asJSON {
		return printJSON(out)
	}
	writeStats(os.Stdout, out)
	return 0
}

// collectStats reads every profile's totals and names the chapters of its
// current article.
func collectStats(store *data.Store) (statsJSON, error) {
	stats, err := store.Stats()
	if err != nil {
		return statsJSON{}, err
	}
	out := statsJSON{Profiles: []profileJSON{}}
	for _, st := range stats {
		p := profileJSON{Name: st.Profile.Name, Role: string(st.Profile.Role), Quizzes: st.Quizzes, Answers: st.Answers,
			Correct: st.Correct, MeanScore: round2(st.MeanScore), Reviews: st.Reviews, UnfinishedQuiz: st.Unfinished,
			Chapters: []chapterJSON{}}
		if st.ArticleID != 0 {
			content, err := store.ArticleContent(st.ArticleID)
			if err != nil {
				return out, err
			}
			art, err := quiz.ParseArticle(content)
			if err != nil {
				return out, fmt.Errorf("read the article of %s: %w", p.Name, err)
			}
			p.Article = art.Title
			byChapter := map[int]quiz.ChapterStat{}
			for _, c := range st.Chapters {
				byChapter[c.Chapter] = c
			}
			for i, ch := range art.Chapters {
				c := byChapter[i]
				cj := chapterJSON{Title: ch.Title, Mastery: round2(c.Mastery()), Answers: c.Answers, Reviews: c.Reviews}
				if c.Answers > 0 {
					cj.Accuracy = round2(c.Points / float64(c.Answers))
				}
				if c.Reviews > 0 {
					cj.Recall = round2(float64(c.Recalled) / float64(c.Reviews))
				}
				p.Chapters = append(p.Chapters, cj)
			}
		}
		out.Profiles = append(out.Profiles, p)
	}
	return out, nil
}

func round2(x float64) float64 { return float64(int64(x*100+0.5)) / 100 }

func writeStats(w io.Writer, s statsJSON) {
	for _, p := range s.Profiles {
		fmt.Fprintf(w, "%s (%s)\n", printable(p.Name), p.Role)
		fmt.Fprintf(w, "  quizzes %d, mean score %.1f%%; answers %d, correct %d; flashcard reviews %d\n",
			p.Quizzes, p.MeanScore, p.Answers, p.Correct, p.Reviews)
		if p.UnfinishedQuiz {
			fmt.Fprintln(w, "  an unfinished quiz is waiting to be resumed")
		}
		if p.Article != "" {
			fmt.Fprintf(w, "  mastery in “%s”:\n", printable(p.Article))
			for i, c := range p.Chapters {
				fmt.Fprintf(w, "  %3.0f%%  %d. %s\n", 100*c.Mastery, i+1, printable(c.Title))
			}
		}
	}
}
