package quiz

import "testing"

func TestMadeUpDatesSpread(t *testing.T) {
	for _, c := range []struct {
		answer, year int
		taken        []int
		want         bool
	}{
		{1996, 2000, []int{1992}, true},  // CTBT Q4: 1992 and 2000 around 1996
		{1947, 1944, []int{1950}, true},  // Marshall Plan: 1944 and 1950 around 1947
		{1996, 2000, []int{1993}, false}, // not the midpoint
		{1989, 1985, nil, false},
		{1989, 1991, []int{1979, 1994}, false},
	} {
		var taken []DateValue
		for _, y := range c.taken {
			taken = append(taken, DateValue{Year: y, YearEnd: y})
		}
		if got := mirrored(c.answer, c.year, taken); got != c.want {
			t.Errorf("mirrored(%d, %d, %v) = %v, want %v", c.answer, c.year, c.taken, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		f    Fact
		i    int
		want string
	}{
		{"10 September 1992", Fact{Text: "10 September 1996", Date: DateValue{Year: 1996, Month: 9, Day: 10, Granularity: Day}}, 0, "19 November 1992"},
		{"June 1985", Fact{Text: "June 1989", Date: DateValue{Year: 1989, Month: 6, Granularity: Month}}, 1, "November 1985"},
		{"June 5, 1944", Fact{Text: "June 5, 1947", Date: DateValue{Year: 1947, Month: 6, Day: 5, Granularity: Day}}, 2, "February 16, 1944"},
		{"1992", Fact{Text: "1996", Date: DateValue{Year: 1996, Granularity: Year}}, 0, "1992"},                                 // a year alone
		{"the late 1970s", Fact{Text: "the late 1980s", Date: DateValue{Year: 1980, Granularity: Decade}}, 0, "the late 1970s"}, // a decade
	} {
		if got := otherMonthDay(c.text, c.f, c.i); got != c.want {
			t.Errorf("otherMonthDay(%q, %q, %d) = %q, want %q", c.text, c.f.Text, c.i, got, c.want)
		}
	}
}

func TestBalancedAcronym(t *testing.T) {
	for _, c := range []struct {
		answer string
		others []string
		want   string
	}{
		{"Partial Test Ban Treaty (PTBT)", []string{"Baruch Plan", "Nuclear Non-proliferation Treaty", "Threshold Test Ban Treaty"}, "Partial Test Ban Treaty"}, // CTBT Q16
		{"European Recovery Program (ERP)", []string{"Molotov Plan", "Morgenthau Plan"}, "European Recovery Program"},                                           // Marshall Plan
		{"Nuclear Non-proliferation Treaty (NPT)", []string{"Threshold Test Ban Treaty (TTBT)", "Baruch Plan"}, "Nuclear Non-proliferation Treaty (NPT)"},       // another wears one
		{"Warsaw Pact", []string{"NATO"}, "Warsaw Pact"},
		{"Democratic Front (Albania)", []string{"Red Army"}, "Democratic Front (Albania)"}, // a place in brackets, not an abbreviation
	} {
		if got := balancedAcronym(c.answer, c.others); got != c.want {
			t.Errorf("balancedAcronym(%q, %v) = %q, want %q", c.answer, c.others, got, c.want)
		}
	}
}
