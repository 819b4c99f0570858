package quiz

import (
	"strings"
	"testing"
)

// TestTwoAnswers: a question card's front of names and a date fits two
// events when another sentence holds the date and every name but not the
// answer; a fuller date than the year, a name the other sentence lacks, or
// the same answer in the other sentence keep it one question.
func TestTwoAnswers(t *testing.T) {
	para := "In 2014, Mongolia facilitated a meeting between the Deputy Foreign Minister and a State Department official. " +
		"In 2014, Mongolia was also the site for the daughter of an abductee to meet her grandparents. " +
		"In July 1947 Marshall scrapped the occupation directive. " +
		"Marshall spoke at Harvard on June 5, 1947 about the aid. " +
		"In 1972 the treaty was signed in Moscow by Nixon. " +
		"In 1972 Nixon visited Beijing. " +
		"Mongolia has pursued nuclear-free policies since the 1990s. " +
		"Mongolia began the democratization process in the 1990s. " +
		"Chile has pursued free trade since the 1980s. " +
		"In 1985 Chile signed a loan."
	a := mustParse(t, []byte("A Test Article\n\nIntroduction\n\n"+para+"\n"))
	g := indexedGenerator(a, Extract(a)).fork(nil)
	for _, tt := range []struct {
		front, back, sentence string
		want                  bool
	}{
		{"What did Mongolia facilitate in 2014?", "A meeting between the Deputy Foreign Minister and a State Department official.",
			"In 2014, Mongolia facilitated a meeting between the Deputy Foreign Minister and a State Department official.", true},
		{"What did Marshall scrap in July 1947?", "The occupation directive.", "In July 1947 Marshall scrapped the occupation directive.", false}, // June 5, 1947 is another date
		{"Who signed the treaty in Moscow in 1972?", "Nixon.", "In 1972 the treaty was signed in Moscow by Nixon.", false},                        // the other sentence lacks Moscow
		{"What did Nixon do in 1972?", "Visited Beijing.", "In 1972 Nixon visited Beijing.", true},
		{"Where did Mongolia send aid?", "Korea.", "Mongolia sent aid to Korea.", false},                                                              // no date
		{"What has Mongolia pursued since the 1990s?", "Nuclear-free policies.", "Mongolia has pursued nuclear-free policies since the 1990s.", true}, // a decade (questions only)
		{"What has Chile pursued since the 1980s?", "Free trade.", "Chile has pursued free trade since the 1980s.", false},                            // 1985 is not "the 1980s" written
	} {
		c := Card{Kind: CardQuestion, Front: tt.front, Back: tt.back + "\n“" + tt.sentence + "”", Sentence: tt.sentence}
		wantCard := tt.want && !strings.Contains(tt.front, "0s?") // the cards read no decade
		if got := g.twoAnswers(c); got != wantCard {
			t.Errorf("twoAnswers(%q) = %v; want %v", tt.front, got, wantCard)
		}
		// the same front asked as a typed quiz question (round 15 builtin Q11)
		if got := g.twoAnswersQuestion(tt.front, strings.TrimSuffix(strings.ToLower(tt.back[:1])+tt.back[1:], "."), tt.sentence); (len(got) > 0) != tt.want {
			t.Errorf("twoAnswersQuestion(%q) = %v; want %v", tt.front, got, tt.want)
		}
	}
}

// TestWhichHead: a what question that fits two events is asked by its
// answer's head noun when the other events' sentences lack it; not for a
// name, an answer with no article, or a noun the other sentence has.
func TestWhichHead(t *testing.T) {
	for _, tt := range []struct {
		prompt, answer string
		others         []string
		want           string
	}{
		{"What did Mongolia facilitate in 2014?", "a meeting between the Deputy Foreign Minister and a State Department official",
			[]string{"In 2014, Mongolia was also the site for the daughter of an abductee to meet her grandparents."}, "Which meeting did Mongolia facilitate in 2014?"},
		{"What did Nixon sign in 1972?", "the first arms treaty with Moscow",
			[]string{"In 1972 Nixon visited Beijing and met Mao."}, "Which treaty did Nixon sign in 1972?"},
		{"What did Nixon sign in 1972?", "the first arms treaty with Moscow",
			[]string{"In 1972 Nixon signed a treaty on trade."}, ""}, // the other event is a treaty too
		{"What did Mongolia recognize in 1948?", "the DPRK", []string{"In 1948 Mongolia joined a bloc."}, ""},                          // a name
		{"What has Mongolia pursued since 1990?", "nuclear-free policies", []string{"Since 1990 Mongolia has pursued democracy."}, ""}, // no article
		{"Who did Truman appoint in 1947?", "the new secretary of state", []string{"In 1947 Truman spoke to Congress."}, ""},           // not a what question
		{"What did Congress pass in 1948?", "a very long and costly new aid program", []string{"In 1948 Congress met."}, ""},           // the head is too far in
	} {
		got, ok := whichHead(tt.prompt, tt.answer, tt.others)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("whichHead(%q, %q) = %q; want %q", tt.prompt, tt.answer, got, tt.want)
		}
	}
}
