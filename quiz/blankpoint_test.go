package quiz

import (
	"strings"
	"testing"
)

// TestEchoedWords: a blank whose answer's distinctive word stands
// elsewhere in the prompt is guessable (round 17 China Q2); a generic
// head or modifier, a short word and a word the prompt lacks are not.
func TestEchoedWords(t *testing.T) {
	for _, c := range []struct {
		prompt, answer string
		want           bool
	}{
		{"“Like most other nations, China's foreign policy is carried out by the _____.”", "Ministry of Foreign Affairs", true},
		{"“President _____ announced the Truman Doctrine in March.”", "Harry S. Truman", true},
		{"“The _____ troops crossed into Japanese waters.”", "Japan", true},
		{"“The Ruritanian _____ Doctrine was first stated in 1968.”", "Brezhnev Doctrine", false},
		{"“The _____ and the Soviet Union endured great burdens.”", "Red Army", false},
		{"“The blockade was celebrated by the _____ in Germany.”", "Soviet Military Administration", false},
		{"“Dismantling was stopped in 1951 according to the _____.”", "Petersberg Agreement", false},
		{"“The Nationalists fled to _____ in 1949, where the national government stayed.”", "National Assembly", false},
	} {
		if got := len(echoedWords(c.prompt, c.answer)) > 0; got != c.want {
			t.Errorf("echoedWords(%q, %q) = %v, want %v", c.prompt, c.answer, echoedWords(c.prompt, c.answer), c.want)
		}
	}
}

// TestEchoedBlank: the echo counts only when at most one other name of
// the article holds the word, the answer's other forms aside (an article
// naming three test-ban treaties tells none apart by "Test"; a ministry
// and a leading group of foreign affairs still leave "Foreign" a cue), and
// only for a question that shows a blank.
func TestEchoedBlank(t *testing.T) {
	text := "The Partial Test Ban Treaty was signed in 1963. The Threshold Test Ban Treaty was signed in 1974 as a step towards a test ban. " +
		"The Comprehensive Test Ban Treaty was signed in 1996. " +
		"The foreign policy of Ruritania is carried out by the Ministry of Foreign Affairs in the capital. " +
		"The Foreign Affairs Ministry is advised by the Foreign Affairs Leading Group."
	g := structGenerator(t, text)
	fact := func(v string) Fact {
		for _, f := range g.facts {
			if f.Value == v {
				return f
			}
		}
		t.Fatalf("no fact %q", v)
		return Fact{}
	}
	for _, c := range []struct {
		value, prompt string
		typ           QuestionType
		want          bool
	}{
		{"Ministry of Foreign Affairs", "Type the missing term. “The foreign policy of Ruritania is carried out by the _____ in the capital.”", FillIn, true},
		{"Ministry of Foreign Affairs", "Which body completes the sentence? “The foreign policy of Ruritania is carried out by the _____ in the capital.”", MultipleChoice, true},
		{"Ministry of Foreign Affairs", "True or false? “The foreign policy of Ruritania is carried out by the Ministry of Foreign Affairs in the capital.”", TrueFalse, false},
		{"Threshold Test Ban Treaty", "Which term completes the sentence? “The _____ was signed in 1974 as a step towards a test ban.”", MultipleChoice, false},
	} {
		f := fact(c.value)
		q := Question{Type: c.typ, Prompt: c.prompt, Kind: f.Kind, FactKeys: []string{f.Key()}}
		if got := g.echoedBlank(q, f); got != c.want {
			t.Errorf("echoedBlank(%q, %q) = %v, want %v", c.value, c.prompt, got, c.want)
		}
	}
}

// TestPassingFigure: a person named once, brought in by a lower-case role,
// as the speaker of a claim or in a prepositional phrase of a long
// sentence, is a passing figure (round 17 Marshall Q15, Q22); a person the
// article returns to, a capitalised title and a subject acting on a
// policy are not.
func TestPassingFigure(t *testing.T) {
	text := "The Borduria Plan was the main programme of the decade in the region. " +
		"In 1947, industrialist Albert Grey wrote a report on the region for the government. " +
		"In a speech in 1948, Soviet deputy foreign minister Pavel Orlov said that the Borduria Plan broke the principles of the charter. " +
		"In 1949 the assembly adopted, after long debates in the committees of the lower house and at the request of General Oskar Lind, a detailed programme for the reconstruction of the ports and railways of the region. " +
		"George Marshall announced the Borduria Plan in June. Later George Marshall left the office. " +
		"Senator Harold Smith defended the Borduria Plan before the assembly. " +
		"President John Adams visited the region in May. " +
		"In the north, when the army took the capital, Ferenc Kovacs was appointed General Secretary of the party. " +
		"In a sign of tight control, Tomas Novak, the foreign minister of the republic, was summoned to the capital. " +
		"In 1950 Queen Anna Berg, whom the plan made famous, left the region."
	g := structGenerator(t, text)
	for name, want := range map[string]bool{"Albert Grey": true, "Pavel Orlov": true, "Oskar Lind": true,
		"George Marshall": false, "Harold Smith": false, "John Adams": false,
		"Ferenc Kovacs": true, "Tomas Novak": true, "Anna Berg": false} {
		var f Fact
		for _, o := range g.facts {
			if o.Value == name {
				f = o
			}
		}
		if f.Value == "" {
			t.Fatalf("no fact on %q", name)
		}
		if got := g.passingFigure(f); got != want {
			t.Errorf("passingFigure(%q) = %v, want %v (mentions %d)", name, got, want, g.mentions[name])
		}
	}
}

// TestBlankRoleWords: the role and preposition readers on their own.
func TestBlankRoleWords(t *testing.T) {
	for _, c := range []struct {
		before     string
		role, prep bool
	}{
		{"In 1947, industrialist ", true, false},
		{"Soviet deputy foreign minister ", true, false},
		{"at the request of General ", false, true},
		{"signed by ", false, true},
		{"Senator ", false, false},
		{"two years later ", false, false},
		{"the Soviet leader ", false, false},
		{"In 1947, ", false, false},
		{"", false, false},
	} {
		if got := lowerRoleBefore(c.before); got != c.role {
			t.Errorf("lowerRoleBefore(%q) = %v, want %v", c.before, got, c.role)
		}
		if got := prepositionalName(c.before); got != c.prep {
			t.Errorf("prepositionalName(%q) = %v, want %v", c.before, got, c.prep)
		}
	}
	for after, want := range map[string]bool{" said that the plan failed.": true, " argued that …": true, " said the plan failed.": false, " wrote a report.": false} {
		if got := speakerOfClaim(after); got != want {
			t.Errorf("speakerOfClaim(%q) = %v, want %v", after, got, want)
		}
	}
	for after, want := range map[string]bool{", the foreign minister of Ruritania, was summoned.": true, ", a retired general, said so.": true,
		", the Soviet Union and France signed.": false, ", whom the plan made famous, left.": false, " was summoned.": false} {
		if got := roleAfter(after); got != want {
			t.Errorf("roleAfter(%q) = %v, want %v", after, got, want)
		}
	}
}

// TestHedgedOrPostDate: the date of a hedged claim, or of a minor person taking a
// post, is a side date (round 17 China Q21, CTBT Q13, builtin C1); a
// leader the article returns to keeps his date, and a policy replaced by
// another is no personnel news.
func TestHedgedOrPostDate(t *testing.T) {
	text := "Ivan Petrov led the party for a decade. Ivan Petrov wrote the new programme. Ivan Petrov was loved by the press. " +
		"In 1985, Ivan Petrov became General Secretary of the party. " +
		"In 1983, 74-year-old Karl Weber became President of the republic. " +
		"A second test is believed to have taken place in May 2012 near the border. " +
		"The Borduria Plan was replaced by the Rhine Plan at the end of 1951. " +
		"The Borduria Plan was signed in 1948 by the ministers of six states."
	g := structGenerator(t, text)
	for _, c := range []struct {
		sentence, date string
		want           bool
	}{
		{"In 1983, 74-year-old", "1983", true},
		{"is believed to", "May 2012", true},
		{"In 1985, Ivan Petrov", "1985", false},
		{"was replaced by", "1951", false},
		{"was signed in 1948", "1948", false},
	} {
		found := false
		for _, f := range g.facts {
			if f.Kind == DateFact && strings.Contains(f.Sentence, c.sentence) && strings.Contains(f.Text, c.date) {
				found = true
				if got := g.minorDate(f); got != c.want {
					t.Errorf("minorDate(%q in %q) = %v, want %v", f.Text, f.Sentence, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no date %q in a sentence with %q", c.date, c.sentence)
		}
	}
}
