package fsrs

import (
	"math"
	"testing"
	"time"
)

func testScheduler() *Scheduler {
	p := DefaultParams()
	p.Fuzz = false
	p.Location = time.UTC
	return NewScheduler(p, nil)
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// T1: first rating of a new card.
func TestT1FirstRating(t *testing.T) {
	s := testScheduler()
	now := time.Date(2022, 12, 29, 12, 30, 0, 0, time.UTC)
	want := []struct {
		S, D  float64
		days  int
		state State
	}{{0.212, 6.4133, 0, Learning}, {1.2931, 5.11217071, 0, Learning}, {2.3065, 2.11810397, 0, Learning}, {8.2956, 1, 8, Review}}
	for g := Again; g <= Easy; g++ {
		c := s.Review(Card{}, g, now)
		w := want[g-1]
		if !near(c.Stability, w.S, 1e-4) || !near(c.Difficulty, w.D, 1e-4) || c.ScheduledDays != w.days || c.State != w.state || c.Reps != 1 || c.Lapses != 0 {
			t.Errorf("%v: got S=%.6f D=%.6f days=%d state=%v reps=%d, want %+v", g, c.Stability, c.Difficulty, c.ScheduledDays, c.State, c.Reps, w)
		}
	}
}

// T2: the canonical full run, reviewing at Due each time.
func TestT2FullRun(t *testing.T) {
	s := testScheduler()
	now := time.Date(2022, 11, 29, 12, 30, 0, 0, time.UTC)
	ratings := []Rating{Good, Good, Good, Good, Good, Good, Again, Again, Good, Good, Good, Good, Good}
	wantIvl := []int{0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21}
	wantBefore := []State{New, Learning, Review, Review, Review, Review, Review, Relearning, Relearning, Review, Review, Review, Review}
	wantS := []float64{2.3065, 2.3065, 10.9710, 46.3169, 162.9998, 497.8766, 6.8904, 2.1546, 2.1546, 3.9831, 7.2363, 12.4830, 20.7704}
	wantD := []float64{2.1181, 2.1112, 2.1043, 2.0975, 2.0906, 2.0837, 7.3832, 9.1251, 9.1112, 9.0973, 9.0835, 9.0696, 9.0558}
	c := Card{}
	for i, g := range ratings {
		if c.State != wantBefore[i] {
			t.Errorf("review %d: state before = %v, want %v", i+1, c.State, wantBefore[i])
		}
		c = s.Review(c, g, now)
		ivl := int(math.Round(c.Due.Sub(c.LastReview).Hours() / 24))
		if ivl != wantIvl[i] {
			t.Errorf("review %d: interval %d, want %d", i+1, ivl, wantIvl[i])
		}
		if !near(c.Stability, wantS[i], 1e-4) || !near(c.Difficulty, wantD[i], 1e-4) {
			t.Errorf("review %d: S=%.4f D=%.4f, want %.4f %.4f", i+1, c.Stability, c.Difficulty, wantS[i], wantD[i])
		}
		now = c.Due
	}
}

// T2 button previews at the Review-state reviews.
func TestT2ButtonPreviews(t *testing.T) {
	s := testScheduler()
	now := time.Date(2022, 11, 29, 12, 30, 0, 0, time.UTC)
	c := s.Review(Card{}, Good, now)
	c = s.Review(c, Good, c.Due)
	want := [][3]int{{8, 11, 19}, {32, 46, 77}, {116, 163, 265}, {364, 498, 790}}
	for i, w := range want {
		p := s.Preview(c, c.Due)
		got := [3]int{p[Hard-1].ScheduledDays, p[Good-1].ScheduledDays, p[Easy-1].ScheduledDays}
		if got != w {
			t.Errorf("preview %d = %v, want %v", i, got, w)
		}
		c = s.Review(c, Good, c.Due)
	}
}

// T3: memory-state sequences.
func TestT3MemoryStates(t *testing.T) {
	type step struct {
		g Rating
		t int
	}
	run := func(s *Scheduler, steps []step) Memory {
		var m Memory
		for _, st := range steps {
			m = s.NextMemory(m, st.t, st.g)
		}
		return m
	}
	seq := []step{{Again, 0}, {Good, 0}, {Good, 1}, {Good, 3}, {Good, 8}, {Good, 21}}
	s := testScheduler()
	if m := run(s, seq); !near(m.S, 53.62691, 1e-4) || !near(m.D, 6.3574867, 1e-4) {
		t.Errorf("default: %+v", m)
	}
	s2 := testScheduler()
	s2.P.W[17], s2.P.W[18], s2.P.W[19] = 0, 0, 0
	if m := run(s2, seq); !near(m.S, 53.335106, 1e-4) || !near(m.D, 6.3574867, 1e-4) {
		t.Errorf("w17-19 = 0: %+v", m)
	}
	all := []step{{Again, 0}, {Hard, 0}, {Good, 1}, {Easy, 3}, {Good, 8}, {Good, 21}}
	if m := run(s, all); !near(m.S, 51.0810, 1e-4) || !near(m.D, 6.7493, 1e-4) {
		t.Errorf("all ratings: %+v", m)
	}
	seven := []step{{Again, 0}, {Good, 0}, {Good, 0}, {Good, 1}, {Good, 3}, {Good, 8}, {Good, 21}}
	if m := run(s, seven); !near(m.S, 54.0393, 1e-4) || !near(m.D, 6.3464, 1e-4) {
		t.Errorf("seven reviews: %+v", m)
	}
}

// T5: interval against desired retention.
func TestT5Intervals(t *testing.T) {
	s := testScheduler()
	want := []int{36500, 34793, 2508, 387, 90, 27, 9, 3, 1, 1}
	for i, w := range want {
		s.P.DesiredRetention = float64(i+1) / 10
		if got := s.Interval(1); got != w {
			t.Errorf("r=%.1f: %d, want %d", s.P.DesiredRetention, got, w)
		}
	}
	cases := []struct {
		S, r float64
		want int
	}{{1, 0.8, 3}, {1, 0.85, 2}, {2.3065, 0.8, 8}, {2.3065, 0.85, 4}, {2.3065, 0.95, 1}, {10, 0.8, 33}, {10, 0.95, 4}, {100, 0.8, 332}, {100, 0.85, 191}, {100, 0.95, 40}}
	for _, c := range cases {
		s.P.DesiredRetention = c.r
		if got := s.Interval(c.S); got != c.want {
			t.Errorf("S=%v r=%v: %d, want %d", c.S, c.r, got, c.want)
		}
	}
}

// T6: the forgetting curve.
func TestT6Retrievability(t *testing.T) {
	s := testScheduler()
	if r := s.Retrievability(8, 8.2956); !near(r, 0.9024733, 1e-6) {
		t.Errorf("R = %v", r)
	}
	s.P.W[20] = 0.2
	for i, w := range []float64{1.0, 0.9, 0.84028935, 0.7985001} {
		if r := s.Retrievability(float64(i), 1); !near(r, w, 1e-6) {
			t.Errorf("t=%d: %v want %v", i, r, w)
		}
	}
}

// T11: single-step transitions.
func TestT11SingleSteps(t *testing.T) {
	s := testScheduler()
	m := Memory{10, 5}
	want := map[int][4][2]float64{
		10: {{1.391987, 8.341762}, {23.246875, 6.665995}, {32.026729, 4.990228}, {51.253862, 3.314461}},
		20: {{1.521856, 8.341762}, {30.867518, 6.665995}, {44.698234, 4.990228}, {74.986322, 3.314461}},
		0:  {{3.051249, 8.341762}, {10.0, 6.665995}, {10.0, 4.990228}, {15.534308, 3.314461}},
	}
	for days, w := range want {
		for g := Again; g <= Easy; g++ {
			got := s.NextMemory(m, days, g)
			if !near(got.S, w[g-1][0], 1e-4) || !near(got.D, w[g-1][1], 1e-4) {
				t.Errorf("t=%d %v: %+v, want %v", days, g, got, w[g-1])
			}
		}
	}
	if got := s.NextMemory(Memory{1, 1}, 1, Again); !near(got.S, 0.349671, 1e-5) {
		t.Errorf("lapse from S=1 D=1: %v", got.S)
	}
}

func TestLearningStepDelays(t *testing.T) {
	s := testScheduler()
	now := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	c := s.Review(Card{}, Hard, now)
	if d := c.Due.Sub(now); d != 330*time.Second {
		t.Errorf("Hard on a new card: %v, want 5.5 min", d)
	}
	c = s.Review(Card{}, Good, now)
	c2 := s.Review(c, Hard, now.Add(time.Minute))
	if d := c2.Due.Sub(now.Add(time.Minute)); d != 10*time.Minute || c2.Step != 1 {
		t.Errorf("Hard at step 1: %v step %d", d, c2.Step)
	}
}

func TestFuzzStaysInRangeAndUsesInjectedSource(t *testing.T) {
	p := DefaultParams()
	p.Location = time.UTC
	for _, u := range []float64{0, 0.5, 0.999} {
		s := NewScheduler(p, func() float64 { return u })
		for ivl := 1; ivl < 400; ivl += 7 {
			got := s.fuzz(ivl, 1)
			d := fuzzDelta(float64(ivl))
			if float64(got) < math.Round(float64(ivl)-d) || float64(got) > math.Round(float64(ivl)+d)+1 {
				t.Errorf("fuzz(%d) with u=%v = %d outside ±%.1f", ivl, u, got, d)
			}
		}
	}
	lo := NewScheduler(p, func() float64 { return 0 }).fuzz(100, 1)
	hi := NewScheduler(p, func() float64 { return 0.999 }).fuzz(100, 1)
	if lo >= hi {
		t.Errorf("fuzz ignores the random source: %d vs %d", lo, hi)
	}
}

func TestDayRollsOverAtFourAM(t *testing.T) {
	s := testScheduler()
	late := time.Date(2024, 3, 1, 23, 0, 0, 0, time.UTC)
	early := time.Date(2024, 3, 2, 3, 30, 0, 0, time.UTC)
	after := time.Date(2024, 3, 2, 4, 30, 0, 0, time.UTC)
	if d := s.ElapsedDays(late, early); d != 0 {
		t.Errorf("23:00 to 03:30 = %d days, want 0 (same study day)", d)
	}
	if d := s.ElapsedDays(late, after); d != 1 {
		t.Errorf("23:00 to 04:30 = %d days, want 1", d)
	}
}

func TestFormatInterval(t *testing.T) {
	for d, want := range map[time.Duration]string{time.Minute: "1m", 10 * time.Minute: "10m", 330 * time.Second: "6m",
		3 * time.Hour: "3h", 48 * time.Hour: "2d", 11 * 24 * time.Hour: "11d", 120 * 24 * time.Hour: "4mo", 548 * 24 * time.Hour: "1.5y"} {
		if got := FormatInterval(d); got != want {
			t.Errorf("%v = %q, want %q", d, got, want)
		}
	}
}

func BenchmarkReview(b *testing.B) {
	s := testScheduler()
	now := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	c := s.Review(s.Review(Card{}, Good, now), Good, now.Add(10*time.Minute))
	for b.Loop() {
		s.Review(c, Good, c.Due)
	}
}
