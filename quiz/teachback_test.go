package quiz

import (
	"strings"
	"testing"
)

// TestTeachingBack: a definition card's back says what the term is,
// without the term and without the sentence pasted around it, in the
// shapes of several articles; a sentence of neither shape keeps its card's
// sentence (ok false).
func TestTeachingBack(t *testing.T) {
	for _, tt := range []struct {
		sentence, term, want string
	}{
		// "X is/was Y" (CTBT, Brezhnev Doctrine, Dixie Mission, built-in)
		{"The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is a multilateral treaty that bans all nuclear explosions, for both civilian and military purposes, in all environments.",
			"Comprehensive Nuclear-Test-Ban Treaty", "A multilateral treaty that bans all nuclear explosions, for both civilian and military purposes, in all environments."},
		{"The Dixie Mission, which began in 1943, was the first official American contact with the Communists.",
			"Dixie Mission", "The first official American contact with the Communists; began in 1943."},
		{"Established in 2003, Khaan Quest is a military exercise with UN peacekeeping values at the forefront.",
			"Khaan Quest", "A military exercise with UN peacekeeping values at the forefront; established in 2003."},
		{"Perestroika was a political movement for reformation within the party during the 1980s and is widely associated with Mikhail Gorbachev.",
			"Perestroika", "A political movement for reformation within the party during the 1980s, widely associated with Mikhail Gorbachev."},
		// "… Y, called / known as X" (Cold War, Marshall Plan)
		{"In a June 5, 1947 speech, comporting with the Truman Doctrine, Marshall announced a comprehensive program of American assistance to all European countries wanting to participate, including the Soviet Union and those of Eastern Europe, called the Marshall Plan.",
			"Marshall Plan", "A comprehensive program of American assistance to all European countries wanting to participate, announced by Marshall in a June 5, 1947 speech."},
		{"In the non-USSR annexed portion of Poland, less than a third of Poland's population voted in favor of massive communist land reforms and industry nationalizations in a policies referendum known as \"3 times YES\".",
			"3 times YES", "A policies referendum: in the non-USSR annexed portion of Poland, less than a third of Poland's population voted in favor of massive communist land reforms and industry nationalizations."},
		{"The Soviet Union's \"alternative\" to the Marshall plan, which was purported to involve Soviet subsidies and trade with western Europe, became known as the Molotov Plan, and later, the Comecon.",
			"Molotov Plan", "The Soviet Union's \"alternative\" to the Marshall plan, purported to involve Soviet subsidies and trade with western Europe; later, the Comecon."},
		// counter-examples: no shape, or a back that would name the term or say nothing
		{"The Marshall Plan provided $13 billion in aid to Western Europe.", "Marshall Plan", ""},
		{"Gorbachev announced perestroika in 1985.", "perestroika", ""},
		{"The Truman Doctrine was the Truman Doctrine.", "Truman Doctrine", ""},
		{"The plan was called the Molotov Plan.", "Molotov Plan", ""},
	} {
		got, ok := teachingBack(tt.sentence, tt.term)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("teachingBack(%q, %q)\n = %q\nwant %q", tt.sentence, tt.term, got, tt.want)
		}
		if ok && strings.Contains(got, tt.term) {
			t.Errorf("teachingBack(%q) names its term: %q", tt.sentence, got)
		}
	}
}

// TestDefinitionBacksTeach: over the built-in article and the corpus,
// no definition card's back names its own term unless teachingBack left
// the sentence whole, and more backs are rewritten than left (the round-14
// cards: "3 times YES", the Molotov Plan, the Marshall Plan).
func TestDefinitionBacksTeach(t *testing.T) {
	rewritten, kept := 0, 0
	for _, h := range hygieneArticles(t) {
		teachBackOff = true
		before := MakeCards(h.a, h.facts)
		teachBackOff = false
		after := MakeCards(h.a, h.facts)
		old := map[string]string{}
		for _, c := range before {
			old[c.Key] = c.Back
		}
		for _, c := range after {
			if c.Kind != CardDefine {
				continue
			}
			if c.Back == old[c.Key] {
				kept++
				continue
			}
			rewritten++
			term := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(c.Front, "What is "), "What are "), "the "), "?")
			if first, _, _ := strings.Cut(c.Back, "\n"); findWord(first, strings.Trim(term, "“”\""), 0) >= 0 {
				t.Errorf("%s: %q answered with its own term: %q", h.name, c.Front, c.Back)
			}
		}
	}
	t.Logf("definition backs rewritten %d, kept as their sentence %d", rewritten, kept)
	if rewritten <= kept {
		t.Errorf("teachingBack rewrote %d definition backs and left %d", rewritten, kept)
	}
}
