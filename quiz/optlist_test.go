package quiz

import "testing"

func TestListedTogether(t *testing.T) {
	for _, c := range []struct {
		s, a, b string
		want    bool
	}{
		{"The Soviet Union, Albania, Czechoslovakia, Hungary, East Germany, Bulgaria, Romania, and Poland founded Comecon.", "Hungary", "Romania", true}, // cold war
		{"Though the Potsdam Agreement only refers to Poland, Czechoslovakia and Hungary, expulsions also occurred.", "Poland", "Hungary", true},         // Potsdam
		{"Japan took Korea and the Ryukyus; France took Vietnam.", "Korea", "Vietnam", false},                                                            // China: two clauses, no one list
		{"Britain withdrew its aid to Greece, and the United States stepped in.", "Britain", "United States", false},                                     // a clause between
		{"Poland held free elections in 1989.", "Poland", "Hungary", false},
	} {
		if got := listedTogether(c.s, c.a, c.b); got != c.want {
			t.Errorf("listedTogether(%q, %q, %q) = %v, want %v", c.s, c.a, c.b, got, c.want)
		}
	}
}

// TestListBlankOptionsFromTheList: a place blanked in a list of places
// takes only options the article lists with the list's other members;
// a place outside a list keeps its options; a country blanked in a list
// of four or more is not asked as a choice (round 16 cold war Y-Q3).
func TestListBlankOptionsFromTheList(t *testing.T) {
	long := mainPointGenerator(t, "The eastern bloc", "This article is about the eastern bloc.",
		"Communist parties had already come to power in Romania, Bulgaria, Albania, and Yugoslavia. "+
			"Hungary, Romania and Bulgaria joined the council in 1949. Poland, Czechoslovakia and Albania followed.")
	for _, x := range long.facts {
		if x.Kind == PlaceFact && x.Text == "Yugoslavia" {
			if mates := long.listMates(x); len(mates) != 3 {
				t.Errorf("listMates(Yugoslavia) = %v, want Albania, Bulgaria, Romania", mates)
			}
			if got := long.inListCompany(x, []string{"Hungary", "Poland", "Czechoslovakia"}); len(got) != 0 {
				t.Errorf("one of a list of four asked as a choice among %v", got)
			}
		}
	}
	g := mainPointGenerator(t, "The eastern bloc", "This article is about the eastern bloc.",
		"Communist parties had already come to power in Bulgaria, Albania, and Yugoslavia. "+
			"Hungary, Romania and Bulgaria joined the council in 1949. Poland, Czechoslovakia and Albania followed. "+
			"France and Belgium signed a treaty with Turkey. Japan signed a treaty with Iran.")
	var f Fact
	for _, x := range g.facts {
		if x.Kind == PlaceFact && x.Text == "Yugoslavia" {
			f = x
		}
	}
	if f.Text == "" {
		t.Fatal("no fact Yugoslavia")
	}
	if mates := g.listMates(f); len(mates) != 2 {
		t.Errorf("listMates(Yugoslavia) = %v, want Albania, Bulgaria", mates)
	}
	got := g.inListCompany(f, []string{"France", "Hungary", "Belgium", "Poland", "Japan", "Czechoslovakia"})
	if !equalStrings(got, []string{"Hungary", "Poland", "Czechoslovakia"}) {
		t.Errorf("inListCompany = %v, want Hungary, Poland, Czechoslovakia", got)
	}
	var japan Fact
	for _, x := range g.facts {
		if x.Kind == PlaceFact && x.Text == "Japan" {
			japan = x
		}
	}
	if japan.Text != "" {
		if got := g.inListCompany(japan, []string{"France", "Hungary"}); len(got) != 2 {
			t.Errorf("a place outside a list keeps its options: %v", got)
		}
	}
}

// TestListBlankOfProvinces: a province blanked among provinces takes no
// cities (round 14 Potsdam Q5: Moscow and London among "the Polish
// temporarily administered territories of _____, Farther Pomerania, East
// Prussia and eastern Brandenburg").
func TestListBlankOfProvinces(t *testing.T) {
	g := mainPointGenerator(t, "A conference", "This article is about a conference.",
		"The population could have been expelled to the territories of Silesia, Farther Pomerania, East Prussia and eastern Brandenburg. "+
			"The leaders met in Berlin, London and Moscow.")
	var f Fact
	for _, x := range g.facts {
		if x.Kind == PlaceFact && x.Text == "Silesia" {
			f = x
		}
	}
	if f.Text == "" {
		t.Skip("no place fact Silesia in the made-up article")
	}
	if mates := g.listMates(f); len(mates) < 2 {
		t.Fatalf("listMates(Silesia) = %v, want Farther Pomerania, East Prussia", mates)
	}
	if got := g.inListCompany(f, []string{"Berlin", "London", "Moscow"}); len(got) != 0 {
		t.Errorf("cities offered among provinces: %v", got)
	}
}
