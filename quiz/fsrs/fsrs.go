// Package fsrs schedules flashcard reviews with FSRS-6, as specified in
// ../shared/specs/fsrs.md: the default 21 weights, desired retention,
// learning and relearning steps, same-day (short-term) stability, Anki's
// fuzz with an injected random source, button ordering, and days that roll
// over at a set local hour.
package fsrs

import (
	"math"
	"strconv"
	"time"
)

// Rating is the answer button.
type Rating int

// The four ratings.
const (
	Again Rating = 1
	Hard  Rating = 2
	Good  Rating = 3
	Easy  Rating = 4
)

// String names the rating.
func (r Rating) String() string {
	switch r {
	case Again:
		return "Again"
	case Hard:
		return "Hard"
	case Good:
		return "Good"
	case Easy:
		return "Easy"
	}
	return "?"
}

// State is where a card is in its life.
type State int

// The card states.
const (
	New State = iota
	Learning
	Review
	Relearning
)

// String names the state.
func (s State) String() string {
	return [...]string{"new", "learning", "review", "relearning"}[s]
}

// Card is a card's scheduling state.
type Card struct {
	State         State
	Step          int
	Stability     float64
	Difficulty    float64
	Due           time.Time
	LastReview    time.Time
	ScheduledDays int
	Reps          int
	Lapses        int
}

// DefaultWeights is the FSRS-6 default vector (fsrs-rs since 037345f).
var DefaultWeights = [21]float64{0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
	0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542}

// Bounds on stability and difficulty.
const (
	SMin = 0.001
	SMax = 36500.0
	DMin = 1.0
	DMax = 10.0
)

// Params are the scheduler's settings.
type Params struct {
	W                [21]float64
	DesiredRetention float64 // 0.70–0.97
	MaxInterval      int     // days
	LearningSteps    []time.Duration
	RelearningSteps  []time.Duration
	Fuzz             bool
	// RolloverHour is the local hour at which a new study day starts.
	RolloverHour int
	Location     *time.Location
}

// DefaultParams are the spec's defaults with fuzz on.
func DefaultParams() Params {
	return Params{
		W: DefaultWeights, DesiredRetention: 0.9, MaxInterval: 36500,
		LearningSteps:   []time.Duration{time.Minute, 10 * time.Minute},
		RelearningSteps: []time.Duration{10 * time.Minute},
		Fuzz:            true, RolloverHour: DefaultRollover, Location: time.Local,
	}
}

// Scheduler applies ratings to cards.
type Scheduler struct {
	P Params
	// Rand returns a uniform number in [0, 1) for fuzz; inject one in tests.
	Rand func() float64
}

// NewScheduler returns a scheduler with the given parameters and random source.
func NewScheduler(p Params, rnd func() float64) *Scheduler {
	if p.Location == nil {
		p.Location = time.Local
	}
	return &Scheduler{P: p, Rand: rnd}
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

func (s *Scheduler) decay() float64 { return s.P.W[20] }

func (s *Scheduler) factor() float64 { return math.Pow(0.9, -1/s.decay()) - 1 }

// Retrievability is the probability of recall t days after the last review
// of a card with stability st.
func (s *Scheduler) Retrievability(t, st float64) float64 {
	if st <= 0 {
		return 0
	}
	return math.Pow(1+s.factor()*t/st, -s.decay())
}

// CardRetrievability is a card's recall probability at now (0 for new
// cards), counting fractional days.
func (s *Scheduler) CardRetrievability(c Card, now time.Time) float64 {
	if c.State == New || c.LastReview.IsZero() {
		return 0
	}
	t := math.Max(0, now.Sub(c.LastReview).Hours()/24)
	return s.Retrievability(t, c.Stability)
}

func (s *Scheduler) initDifficultyRaw(g Rating) float64 {
	w := s.P.W
	return w[4] - math.Exp(w[5]*float64(g-1)) + 1
}

func (s *Scheduler) nextDifficulty(d float64, g Rating) float64 {
	w := s.P.W
	delta := -w[6] * float64(g-3)
	dp := d + delta*(10-d)/9
	dpp := w[7]*s.initDifficultyRaw(Easy) + (1-w[7])*dp
	return clamp(dpp, DMin, DMax)
}

func (s *Scheduler) recallStability(st, d, r float64, g Rating) float64 {
	w := s.P.W
	h, b := 1.0, 1.0
	if g == Hard {
		h = w[15]
	}
	if g == Easy {
		b = w[16]
	}
	return st * (1 + math.Exp(w[8])*(11-d)*math.Pow(st, -w[9])*(math.Exp(w[10]*(1-r))-1)*h*b)
}

func (s *Scheduler) forgetStability(st, d, r float64) float64 {
	w := s.P.W
	long := w[11] * math.Pow(d, -w[12]) * (math.Pow(st+1, w[13]) - 1) * math.Exp(w[14]*(1-r))
	return math.Min(long, st/math.Exp(w[17]*w[18]))
}

func (s *Scheduler) shortTermStability(st float64, g Rating) float64 {
	w := s.P.W
	inc := math.Exp(w[17]*(float64(g)-3+w[18])) * math.Pow(st, -w[19])
	if g >= Hard {
		inc = math.Max(inc, 1)
	}
	return st * inc
}

// Memory is a card's memory state.
type Memory struct{ S, D float64 }

// NextMemory applies one rating after t whole days to a memory state; a
// zero Memory means a new card.
func (s *Scheduler) NextMemory(m Memory, t int, g Rating) Memory {
	if m.S == 0 && m.D == 0 {
		return Memory{clamp(s.P.W[g-1], SMin, SMax), clamp(s.initDifficultyRaw(g), DMin, DMax)}
	}
	st, d := clamp(m.S, SMin, SMax), clamp(m.D, DMin, DMax)
	var ns float64
	if t == 0 {
		ns = s.shortTermStability(st, g)
	} else {
		r := s.Retrievability(float64(t), st)
		if g == Again {
			ns = s.forgetStability(st, d, r)
		} else {
			ns = s.recallStability(st, d, r, g)
		}
	}
	return Memory{clamp(ns, SMin, SMax), s.nextDifficulty(d, g)}
}

// Interval is the whole-day interval for stability st at the desired
// retention, before fuzz.
func (s *Scheduler) Interval(st float64) int {
	raw := st / s.factor() * (math.Pow(s.P.DesiredRetention, -1/s.decay()) - 1)
	i := int(math.Round(raw))
	if i < 1 {
		i = 1
	}
	if i > s.P.MaxInterval {
		i = s.P.MaxInterval
	}
	return i
}

// day numbers a moment by the study day it falls in.
func (s *Scheduler) day(t time.Time) int { return dayNumber(t, s.P.Location, s.P.RolloverHour) }

// ElapsedDays is the number of study days between two moments, at least 0.
func (s *Scheduler) ElapsedDays(from, to time.Time) int {
	if from.IsZero() {
		return 0
	}
	return max(0, s.day(to)-s.day(from))
}

// fuzzRange is Anki's fuzz spread for an interval.
func fuzzDelta(i float64) float64 {
	if i < 2.5 {
		return 0
	}
	c := func(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }
	return 1 + 0.15*c(i-2.5, 0, 4.5) + 0.10*c(i-7, 0, 13) + 0.05*math.Max(i-20, 0)
}

// fuzz spreads an interval in days, never below minimum.
func (s *Scheduler) fuzz(ivl, minimum int) int {
	maxI := s.P.MaxInterval
	if !s.P.Fuzz || s.Rand == nil || float64(ivl) < 2.5 {
		return max(ivl, minimum)
	}
	i := clamp(float64(ivl), float64(minimum), float64(maxI))
	delta := fuzzDelta(i)
	lower := int(clamp(math.Round(i-delta), float64(minimum), float64(maxI)))
	upper := int(clamp(math.Round(i+delta), float64(minimum), float64(maxI)))
	if lower == upper && upper > 2 && upper < maxI {
		upper = lower + 1
	}
	return int(math.Floor(float64(lower) + s.Rand()*float64(upper-lower+1)))
}

// Review applies rating g to card c at now and returns the new state.
func (s *Scheduler) Review(c Card, g Rating, now time.Time) Card {
	t := s.ElapsedDays(c.LastReview, now)
	var mem Memory
	if c.State != New {
		mem = Memory{c.Stability, c.Difficulty}
	}
	next := s.NextMemory(mem, t, g)
	out := c
	out.Stability, out.Difficulty = next.S, next.D
	out.Reps++
	out.LastReview = now

	switch c.State {
	case New, Learning, Relearning:
		steps := s.P.LearningSteps
		if c.State == Relearning {
			steps = s.P.RelearningSteps
		}
		k := c.Step
		if c.State == New {
			k = 0
			out.State = Learning
		}
		graduate := func() {
			ivl := s.fuzz(s.Interval(next.S), 1)
			out.State, out.Step, out.ScheduledDays = Review, 0, ivl
			out.Due = now.Add(time.Duration(ivl) * 24 * time.Hour)
		}
		stepTo := func(k int, delay time.Duration) {
			out.Step, out.ScheduledDays = k, 0
			out.Due = now.Add(delay)
		}
		switch {
		case len(steps) == 0 || (k >= len(steps) && g >= Hard):
			graduate()
		case g == Again:
			stepTo(0, steps[0])
		case g == Hard:
			switch {
			case k > 0:
				stepTo(k, steps[k])
			case len(steps) >= 2:
				stepTo(0, (steps[0]+steps[1])/2)
			default:
				stepTo(0, min(steps[0]*3/2, steps[0]+24*time.Hour))
			}
		case g == Good:
			if k+1 < len(steps) {
				stepTo(k+1, steps[k+1])
			} else {
				graduate()
			}
		default:
			graduate()
		}
	case Review:
		if g == Again {
			out.Lapses++
			if len(s.P.RelearningSteps) > 0 {
				out.State, out.Step, out.ScheduledDays = Relearning, 0, 0
				out.Due = now.Add(s.P.RelearningSteps[0])
				return out
			}
			ivl := s.fuzz(s.Interval(next.S), 1)
			out.ScheduledDays = ivl
			out.Due = now.Add(time.Duration(ivl) * 24 * time.Hour)
			return out
		}
		hard, good, easy := s.orderedIntervals(c, t)
		ivl := map[Rating]int{Hard: s.fuzz(hard, 1), Good: s.fuzz(good, hard+1), Easy: s.fuzz(easy, good+1)}[g]
		out.ScheduledDays = ivl
		out.Due = now.Add(time.Duration(ivl) * 24 * time.Hour)
	}
	return out
}

// orderedIntervals computes the unfuzzed intervals of the three passing
// buttons for a Review card, forced into order: hard ≤ good, good ≥
// hard+1, easy ≥ good+1.
func (s *Scheduler) orderedIntervals(c Card, t int) (hard, good, easy int) {
	mem := Memory{c.Stability, c.Difficulty}
	hard = s.Interval(s.NextMemory(mem, t, Hard).S)
	good = s.Interval(s.NextMemory(mem, t, Good).S)
	easy = s.Interval(s.NextMemory(mem, t, Easy).S)
	hard = min(hard, good)
	good = max(good, hard+1)
	easy = max(easy, good+1)
	return hard, good, easy
}

// Preview returns the state each button would give, without fuzz, for
// labelling the buttons ("1m", "10m", "2d").
func (s *Scheduler) Preview(c Card, now time.Time) [4]Card {
	noFuzz := *s
	noFuzz.P.Fuzz = false
	var out [4]Card
	for g := Again; g <= Easy; g++ {
		out[g-1] = noFuzz.Review(c, g, now)
	}
	return out
}

// FormatInterval writes a delay compactly: "1m", "10m", "3h", "2d", "4mo", "1.5y".
func FormatInterval(d time.Duration) string {
	switch {
	case d < time.Hour:
		return formatInt(int(math.Round(d.Minutes())), "m")
	case d < 24*time.Hour:
		return formatInt(int(math.Round(d.Hours())), "h")
	}
	days := d.Hours() / 24
	switch {
	case days < 31:
		return formatInt(int(math.Round(days)), "d")
	case days < 365:
		return formatInt(int(math.Round(days/30.4)), "mo")
	}
	y := days / 365
	if y < 10 {
		return trimZero(math.Round(y*10)/10) + "y"
	}
	return formatInt(int(math.Round(y)), "y")
}

func formatInt(n int, unit string) string {
	return strconv.Itoa(max(n, 1)) + unit
}

func trimZero(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
