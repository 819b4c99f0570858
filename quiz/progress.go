package quiz

import "time"

// ScorePoint is one finished quiz on the score chart.
type ScorePoint struct {
	At      time.Time
	Percent float64
}

// DayActivity is one study day's totals.
type DayActivity struct {
	Day      string // StudyDay format
	Reviews  int
	Recalled int
	Answers  int
	Points   float64
	Seconds  int
}

// ChapterStat is a chapter's quiz and flashcard totals.
type ChapterStat struct {
	Chapter  int
	Answers  int
	Points   float64
	Reviews  int
	Recalled int
}

// Mastery is the chapter's mastery in [0, 1]; see ChapterMastery.
func (c ChapterStat) Mastery() float64 {
	return ChapterMastery(c.Answers, c.Points, c.Reviews, c.Recalled)
}

// WeakFact is a fact the profile often gets wrong.
type WeakFact struct {
	FactKey string
	Chapter int
	Answers int
	Wrong   int
	Reviews int
	Lapses  int
}

// Misses is how often the fact was missed: wrong answers plus lapses.
func (w WeakFact) Misses() int { return w.Wrong + w.Lapses }

// Progress is everything the Progress section shows for one profile and
// article.
type Progress struct {
	Scores    []ScorePoint  // finished quizzes of the article, oldest first
	Days      []DayActivity // every day of the window, oldest first, zeros included
	Chapters  []ChapterStat // indexed by chapter
	Weakest   []WeakFact    // most missed first
	Streak    int
	MeanScore float64 // percent, over Scores
}

// FillDays returns one DayActivity for each of the n study days ending
// today, taking the totals from known and zeros elsewhere.
func FillDays(known []DayActivity, today string, n int) []DayActivity {
	end, err := time.Parse(time.DateOnly, today)
	if err != nil || n <= 0 {
		return nil
	}
	by := make(map[string]DayActivity, len(known))
	for _, d := range known {
		by[d.Day] = d
	}
	out := make([]DayActivity, n)
	for i := range out {
		day := end.AddDate(0, 0, i-n+1).Format(time.DateOnly)
		d, ok := by[day]
		if !ok {
			d = DayActivity{Day: day}
		}
		out[i] = d
	}
	return out
}
