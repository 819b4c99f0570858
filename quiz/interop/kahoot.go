package interop

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/chapterwise/chapterwise/quiz"
)

// kahootColumns is the header of the questions sheet, in the order of
// Kahoot's spreadsheet template (Blooket's and Forms' importers map
// columns by name).
var kahootColumns = []string{"Question", "Answer 1", "Answer 2", "Answer 3", "Answer 4", "Time limit (sec)", "Correct answer(s)"}

// KahootTimeLimits are the time limits Kahoot offers, in seconds.
var KahootTimeLimits = []int{5, 10, 20, 30, 60, 90, 120, 240}

// WriteKahootCSV writes the multiple-choice and true/false questions as
// a questions sheet (question, four options, the right option's number,
// time limit), cells made safe from formula injection. A choice question
// with more than four options keeps the right one and the first three
// others. It returns how many questions of other types were left out.
func WriteKahootCSV(w io.Writer, b QuestionBank, seconds int) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(kahootColumns); err != nil {
		return 0, err
	}
	left := 0
	for _, q := range b.Questions {
		if (q.Type != quiz.MultipleChoice && q.Type != quiz.TrueFalse) || len(q.Answer) == 0 {
			left++
			continue
		}
		opts := kahootOptions(q)
		rec := []string{SafeCell(oneLine(q.Prompt))}
		right := 0
		for i := 0; i < 4; i++ {
			o := at(opts, i)
			if o != "" && o == q.Answer[0] {
				right = i + 1
			}
			rec = append(rec, SafeCell(oneLine(o)))
		}
		rec = append(rec, strconv.Itoa(seconds), strconv.Itoa(right))
		if err := cw.Write(rec); err != nil {
			return left, err
		}
	}
	cw.Flush()
	return left, cw.Error()
}

func kahootOptions(q quiz.Question) []string {
	if len(q.Options) <= 4 {
		return q.Options
	}
	var out []string
	wrong := 0
	for _, o := range q.Options {
		if o == q.Answer[0] || wrong < 3 {
			if o != q.Answer[0] {
				wrong++
			}
			out = append(out, o)
		}
	}
	return out
}
