package quiz

// Blind round 19 (issue 18): "… as well as Poland in _____" → 1980 with
// the options 1980, 1979, 1978, 1977, and "… free elections in _____" →
// 1989 with 1986, 1987, 1988, 1989: the right year at the end of a run
// of consecutive years, which a student learns to pick without knowing
// the date. The options were the article's nearest dates and then the
// answer moved by 1, 2, 3 … years, and whatever bound one side (the
// article's own dates, a heading's year, a later bound) left them all on
// the other. A multiple choice now draws how many of its options lie
// before the answer (none to all, each as likely), takes that many from
// the nearest candidates before it and the rest from those after it (the
// article's dates first, then made-up ones), and, when the answer is the
// earliest or the latest, leaves a gap in the run it would end.

// keyPlaceOff turns the placement off, for measuring what it changes.
var keyPlaceOff bool

// dateCand is a candidate date option: its text and its date.
type dateCand struct {
	s string
	d DateValue
}

// dateBefore orders two dates by year, month and day.
func dateBefore(a, b DateValue) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// placeKey picks n options for f from the article's dates arts and the
// made-up dates made (each nearest first): r of them before the answer,
// r drawn from 0…n and moved to the nearest count the candidates allow;
// the made-up ones never mirror another made-up one about the answer
// (mirrored; a year as far on the other side as an article's date is
// fine: "June 1987" and "July 1989" for May 1988),
// take another month each (otherMonthDay), and leave no run of
// consecutive years that ends at the answer. ok vets an option's text.
func (g *generator) placeKey(f Fact, arts, made []dateCand, n int, ok func(string) bool) []string {
	var below, above []dateCand
	var belowMade, aboveMade []bool
	for i, c := range append(append([]dateCand{}, arts...), made...) {
		if i >= len(arts) && f.Date.Granularity != Decade && f.Date.Granularity != Century && absInt(c.d.Year-f.Date.Year) > maxOptionYears {
			continue // round 18: all options within five years of the answer
		}
		if dateBefore(c.d, f.Date) {
			below = append(below, c)
			belowMade = append(belowMade, i >= len(arts))
		} else {
			above = append(above, c)
			aboveMade = append(aboveMade, i >= len(arts))
		}
	}
	target := g.rng.IntN(n + 1)
	for step := 0; step <= n; step++ {
		rs := []int{target - step, target + step}
		if step == 0 {
			rs = rs[:1]
		}
		for _, r := range rs {
			if r < 0 || r > n {
				continue
			}
			if out, good := pickAround(f, below, belowMade, above, aboveMade, r, n, ok); good {
				return out
			}
		}
	}
	// too few candidates: all there are, as before
	var out []string
	for i, c := range append(append([]dateCand{}, arts...), made...) {
		s := c.s
		if i >= len(arts) && !dateSpreadOff {
			s = otherMonthDay(s, f, len(out))
		}
		if ok(s) || i < len(arts) {
			out = append(out, s)
		}
		if len(out) == n {
			break
		}
	}
	if len(out) == n {
		return out[:n-1] // every draw ends a run at the answer: not asked as a multiple choice
	}
	return out
}

// pickAround takes r options from below and n-r from above, nearest
// first, skipping a made-up year that mirrors one taken; with the answer
// at an end (r is 0 or n) it skips the last option that would close a
// run of consecutive years. It reports false when the sides run out.
func pickAround(f Fact, below []dateCand, belowMade []bool, above []dateCand, aboveMade []bool, r, n int, ok func(string) bool) ([]string, bool) {
	var taken, takenMade []DateValue // mirrored is checked among made-up options only: an article's date is no made-up twin
	var out []string
	take := func(side []dateCand, isMade []bool, k int) bool {
		got := 0
		for i, c := range side {
			if got == k {
				break
			}
			if isMade[i] && !dateSpreadOff && mirrored(f.Date.Year, c.d.Year, takenMade) {
				continue
			}
			if got == k-1 && (r == 0 || r == n) && n > 1 && runEndsAtKey(f.Date.Year, append(taken, c.d), n) && i+1 < len(side) {
				continue // 1977, 1978, 1979 for 1980: one further year breaks the run
			}
			s := c.s
			if isMade[i] && !dateSpreadOff {
				s = otherMonthDay(s, f, len(out))
				if !ok(s) {
					continue
				}
			}
			taken = append(taken, c.d)
			if isMade[i] {
				takenMade = append(takenMade, c.d)
			}
			out = append(out, s)
			got++
		}
		return got == k
	}
	if !take(below, belowMade, r) || !take(above, aboveMade, n-r) || runEndsAtKey(f.Date.Year, taken, n) {
		return nil, false // too few, or a run ending at the answer that no further year breaks
	}
	return out, true
}

// runEndsAtKey reports n options whose years, with the answer's year,
// are n+1 consecutive years with the answer's at one end.
func runEndsAtKey(key int, ds []DateValue, n int) bool {
	if len(ds) != n {
		return false
	}
	lo, hi := key, key
	years := map[int]bool{key: true}
	for _, d := range ds {
		if d.Year != d.YearEnd && d.YearEnd != 0 || years[d.Year] {
			return false
		}
		years[d.Year] = true
		lo, hi = min(lo, d.Year), max(hi, d.Year)
	}
	return hi-lo == n && (key == lo || key == hi)
}
