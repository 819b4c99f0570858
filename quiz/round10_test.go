package quiz

import "testing"

// TestAlsoTrue: a wrong option the article also makes true in the
// blank's frame is refused (round 10: a territory the article says the
// same subject also took; a country listed elsewhere with the answer's
// list-mates); options the article never puts in that frame stand.
func TestAlsoTrue(t *testing.T) {
	tests := []struct {
		name, text, answer, option string
		want                       bool
	}{
		{"same subject, verb of the same kind", "Ruritania took Borduria and the Eastern Isles. The war ceded the island of Syldavia to Ruritania.", "Borduria", "Syldavia", true},
		{"same subject, same verb", "Ruritania took Borduria and the Eastern Isles. In 1901 Ruritania took Syldavia as well.", "Borduria", "Syldavia", true},
		{"same subject, another kind of verb", "Ruritania took Borduria and the Eastern Isles. Ruritania traded with Syldavia for wool.", "Borduria", "Syldavia", false},
		{"verb without the subject", "Ruritania took Borduria and the Eastern Isles. Grand Fenwick annexed Syldavia.", "Borduria", "Syldavia", false},
		{"listed with two list-mates", "Communist parties had come to power in Arland, Belmar, Corvia, and Delmora. Arland, Belmar, Estovia and Fenland founded the alliance.", "Delmora", "Estovia", true},
		{"listed with one list-mate", "Communist parties had come to power in Arland, Belmar, Corvia, and Delmora. Arland and Estovia traded grain.", "Delmora", "Estovia", false},
		{"named nowhere else", "Communist parties had come to power in Arland, Belmar, Corvia, and Delmora. Estovia stayed neutral.", "Delmora", "Estovia", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := structGenerator(t, tt.text)
			f := handFact(t, g, tt.answer)
			if got := g.alsoTrue(g.frameOf(f), tt.option); got != tt.want {
				fr := g.frameOf(f)
				t.Errorf("alsoTrue(%q) = %v, want %v (frame %+v)", tt.option, got, tt.want, fr)
			}
		})
	}
}

// handFact is a place fact on the first mention of answer: the names of
// a made-up article are not recognised as places.
func handFact(t *testing.T, g *generator, answer string) Fact {
	t.Helper()
	for _, r := range g.sents {
		if at := findWord(r.text, answer, 0); at >= 0 {
			return Fact{Kind: PlaceFact, Text: answer, Value: answer, Sentence: r.text, SentSpan: r.span,
				Start: r.span.Start + at, End: r.span.Start + at + len(answer), Chapter: r.chapter, Block: r.block}
		}
	}
	t.Fatalf("no sentence names %q", answer)
	return Fact{}
}

// TestBodyName: a body or group is never offered as a person.
func TestBodyName(t *testing.T) {
	for name, want := range map[string]bool{
		"Joint Chiefs": true, "Central Committee": true, "Security Council": true, "United States": true,
		"Harry Truman": false, "John Adams": false, "Chiefs": true, "": false, "George Marshall": false,
		"Foreign Ministers": true, "Central Committees": true, "Soviet Union": true, "Paul Graham": false,
	} {
		if got := bodyName(name); got != want {
			t.Errorf("bodyName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestPlaceOfType: after "the island of _____" an option must be a place
// the article names as an island; a country named only as a country is
// refused.
func TestPlaceOfType(t *testing.T) {
	g := structGenerator(t, "The army fled from the mainland to the island of Borduria. Hainan Island lay to the south. The island of Corvia was taken later. Syldavia signed the pact.")
	f := handFact(t, g, "Borduria")
	if typ := placeTypeBefore(f); typ != "island" {
		t.Fatalf("placeTypeBefore = %q, want island", typ)
	}
	for option, want := range map[string]bool{"Hainan": true, "Corvia": true, "Syldavia": false} {
		if got := g.isPlaceOfType(option, "island"); got != want {
			t.Errorf("isPlaceOfType(%q) = %v, want %v", option, got, want)
		}
	}
	if typ := placeTypeBefore(handFact(t, g, "Syldavia")); typ != "" {
		t.Errorf("placeTypeBefore of a subject = %q, want none", typ)
	}
}

// TestMostItemsChapter: an ordering's or matching's label is the chapter
// most of its items come from, not its first item's (round 10: labels
// wrong for three of four items).
func TestMostItemsChapter(t *testing.T) {
	tests := []struct {
		chapters []int
		want     int
	}{
		{[]int{4, 2, 2, 7}, 2},
		{[]int{3, 3, 1}, 3},
		{[]int{5, 1}, 1}, // a tie: the earlier chapter
		{[]int{6}, 6},
		{nil, 0},
	}
	for _, tt := range tests {
		var fs []Fact
		for _, c := range tt.chapters {
			fs = append(fs, Fact{Chapter: c})
		}
		if got := mostItemsChapter(fs); got != tt.want {
			t.Errorf("mostItemsChapter(%v) = %d, want %d", tt.chapters, got, tt.want)
		}
	}
}

// TestFairShareFirst: a chapter with many questions gives at most its
// fair share before the others are drawn on again; past that it fills
// the quiz.
func TestFairShareFirst(t *testing.T) {
	g := structGenerator(t, "Filler.")
	per := map[int][]Question{}
	for ch := 0; ch < 3; ch++ {
		n := 2
		if ch == 0 {
			n = 10
		}
		for i := 0; i < n; i++ {
			k := string(rune('a'+ch)) + string(rune('a'+i))
			per[ch] = append(per[ch], Question{Type: MultipleChoice, Chapter: ch, FactKeys: []string{k}, Prompt: k, Answer: []string{k}, Explanation: "Sentence " + k + "."})
		}
	}
	p := &picker{g: g, usedSent: map[string]bool{}, usedFact: map[string]bool{}, usedQ: map[string]bool{}, typeCount: map[QuestionType]int{},
		usedAnswer: map[string]bool{}, usedYear: map[int]int{}, perChapter: map[int]int{}, maxDates: 9, maxPlaces: 9, maxNums: 9}
	p.fill(9, []int{0, 1, 2}, per, 0, 3)
	if got := p.perChapter; got[0] != 3 || got[1] != 2 || got[2] != 2 {
		t.Fatalf("capped at 3: per chapter %v, want 3, 2, 2", got)
	}
	p.fill(9, []int{0, 1, 2}, per, 0, 9)
	if len(p.out) != 9 || p.perChapter[0] != 5 {
		t.Errorf("uncapped: %d questions, %d from the big chapter; want 9 and 5", len(p.out), p.perChapter[0])
	}
}

// TestWithoutDate: an ordering or matching item is its sentence with the
// date phrase left out, not a blank the question does not ask for; the
// blank stays where no phrase can be cut.
func TestWithoutDate(t *testing.T) {
	tests := []struct{ s, d, want string }{
		{"Already in 1943, the relief administration was founded to provide relief.", "1943", "The relief administration was founded to provide relief."},
		{"While the country struggled, the recovery effort began in June 1948, moving on from relief.", "June 1948", "While the country struggled, the recovery effort began, moving on from relief."},
		{"After the war, in 1947, an industrialist wrote a report on the country.", "1947", "After the war, an industrialist wrote a report on the country."},
		{"On the morning of March 12, 1947, the president appeared before the assembly.", "March 12, 1947", "The president appeared before the assembly."},
		{"In the December 1945 election, the only ballot choices were those of the front.", "December 1945", "In the election, the only ballot choices were those of the front."},
		{"In the south, the first major confrontation took place in 1954.", "1954", "In the south, the first major confrontation took place."},
		{"1947 saw the first crisis of the new order.", "1947", "_____ saw the first crisis of the new order."},
		{"The war lasted from 1950 to 1953 in the north.", "1953", "The war lasted from 1950 to _____ in the north."},
		{"The war lasted from 1950 to 1953 in the north.", "1950", "The war lasted from _____ to 1953 in the north."},
		{"The empire gave up control over the islands in 1879 to its neighbour.", "1879", "The empire gave up control over the islands to its neighbour."},
		{"When the two broke around 1960, the main cause was a quarrel over doctrine.", "1960", "When the two broke, the main cause was a quarrel over doctrine."},
		{"Established in 2003, the exercise brings many nations together.", "2003", "Established in _____, the exercise brings many nations together."},
		{"The allegory, published in 1945, provoked similar sentiments.", "1945", "The allegory, published in _____, provoked similar sentiments."},
		{"Anxiety was heightened following the empire's 1979 invasion of its neighbour.", "1979", "Anxiety was heightened following the empire's invasion of its neighbour."},
		{"The country celebrates its ally, and, in 2018, the ally returned the praise.", "2018", "The country celebrates its ally, and the ally returned the praise."},
		{"The country celebrates its ally, and in 2018, the ally returned the praise.", "2018", "The country celebrates its ally, and the ally returned the praise."},
		{"In a 1947 speech, the minister announced a programme of aid.", "1947", "In a speech, the minister announced a programme of aid."},
	}
	for _, tt := range tests {
		if got := withoutDate(tt.s, tt.d); got != tt.want {
			t.Errorf("withoutDate(%q, %q)\n got %q\nwant %q", tt.s, tt.d, got, tt.want)
		}
	}
}
