package quiz

import (
	"strings"
	"testing"
)

// TestSubjectFigure: a figure in the clause that names the article's
// subject by its whole title is a main point; a figure of another clause,
// of what the subject is not, of a list of figures, of a snapshot, or of
// an article with a one-word title is not.
func TestSubjectFigure(t *testing.T) {
	tests := []struct {
		title, sentence, figure string
		want                    bool
	}{
		// examples (round 17/18 Marshall coverage: the amount, the outcome)
		{"Marshall Plan", "President Harry Truman signed the Marshall Plan on April 3, 1948, granting $5 billion in aid to 16 European nations.", "$5 billion", true},
		{"Marshall Plan", "By 1952, as the funding ended, the economy of every participant state had surpassed pre-war levels; for all Marshall Plan recipients, output in 1951 was at least 35% higher than in 1938.", "35%", true},
		{"Colombo Plan", "Under the Colombo Plan, Australia trained 40,000 students from Asian countries.", "40,000 students", true},
		{"Cold War (1947–1953)", "By 1953 the Cold War had cost the United States $200 billion in military spending.", "$200 billion", true},
		// counter-examples
		{"Marshall Plan", "The Marshall Plan was replaced by the Mutual Security Plan at the end of 1951; that new plan gave away about $7.5 billion annually until 1961.", "$7.5 billion", false},
		{"Marshall Plan", "Over $14 billion was spent or loaned during the postwar period through the end of 1947 and is not counted as part of the Marshall Plan.", "$14 billion", false},
		{"Marshall Plan", "The largest recipient of Marshall Plan money was the United Kingdom (receiving about 26% of the total), followed by France (18%) and West Germany (11%).", "26%", false},
		{"Comprehensive Nuclear-Test-Ban Treaty", "As of May 2012, more than 260 facilities of the Comprehensive Nuclear-Test-Ban Treaty have been certified.", "260 facilities", false},
		{"Colombo Plan", "Britain, for example, received an emergency loan of $3.75 billion.", "$3.75 billion", false},
		{"Mongolia", "Mongolia sent 200 soldiers to the mission.", "200 soldiers", false},
	}
	for _, tt := range tests {
		a := mustParse(t, []byte(tt.title+"\n\nIntroduction\n\nThe first sentence of the article is here.\n\nHistory\n\n"+tt.sentence+"\n"))
		g := indexedGenerator(a, Extract(a))
		var f Fact
		found := false
		for ch := range a.Chapters {
			for _, n := range g.numbersIn(ch) {
				if n.Text == tt.figure || strings.HasPrefix(n.Text, tt.figure) {
					f, found = n, true
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q found", tt.sentence, tt.figure)
			continue
		}
		if got := g.subjectFigure(f); got != tt.want {
			t.Errorf("subjectFigure(%q in %q, title %q) = %v, want %v", f.Text, tt.sentence, tt.title, got, tt.want)
		}
	}
}
