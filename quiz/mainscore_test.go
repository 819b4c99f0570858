package quiz

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// pointGenerator is a generator over a made-up article whose chapters
// have the headings given, one paragraph each ("Heading|text").
func pointGenerator(t *testing.T, title string, chapters ...string) *generator {
	t.Helper()
	text := title + "\n\n"
	for _, c := range chapters {
		h, body, _ := strings.Cut(c, "|")
		text += h + "\n\n" + body + "\n\n"
	}
	a := mustParse(t, []byte(text))
	g := &generator{a: a, facts: Extract(a), rng: rand.New(rand.NewPCG(1, 1))}
	g.index()
	return g
}

// TestPointFlags: the parts of a sentence's main-point score, on
// sentences of the kinds of several articles (a plan, a doctrine, a
// treaty, a reform), each with a counter-example.
func TestPointFlags(t *testing.T) {
	g := pointGenerator(t, "Postwar Europe",
		"Introduction|Postwar Europe was rebuilt with American aid after 1945. Europe was divided between two blocs.",
		"The Marshall Plan|The Marshall Plan was an American initiative to aid Western Europe. "+
			"The Marshall Plan provided over $13 billion in economic recovery programs to Western European economies. "+
			"The Marshall Plan also funded a few small programs in Asia. "+
			"In 1948 Congress passed the Marshall Plan after long debate. "+
			"Paul Hoffman was appointed as administrator of the programme by Truman. "+
			"Industrial output rose 35% between 1948 and 1952, and farm output rose 11%. "+
			"The Marshall Plan aimed to rebuild the economies of the continent because poverty fed communism.",
		"International recognition of the People's Republic of China|The PRC and the ROC each demand that a country recognize only one of them. "+
			"Sweden was the first Western country to establish ties in 1950.",
		"Brezhnev Doctrine|The Brezhnev Doctrine was a Soviet foreign policy that proclaimed that any threat to socialist rule in any state was a threat to them all. "+
			"The Brezhnev Doctrine justified the invasion of Czechoslovakia in 1968. "+
			"Czechoslovakia had a small delegation at the talks in 1967.",
	)
	tests := []struct {
		sentence    string
		want, never int
	}{
		{"Postwar Europe was rebuilt with American aid after 1945.", pointLead | pointHeading, pointPersonnel},
		{"Europe was divided between two blocs.", pointLead, pointPolicyAct},
		{"The Marshall Plan was an American initiative to aid Western Europe.", pointLead | pointHeading | pointDefines, pointFigures},
		{"The Marshall Plan provided over $13 billion in economic recovery programs to Western European economies.", pointPolicyAct | pointHeading, pointLead | pointFigures},
		{"The Marshall Plan also funded a few small programs in Asia.", pointAlso, pointLead},
		{"In 1948 Congress passed the Marshall Plan after long debate.", pointPolicyObject, pointLead | pointHeading | pointPolicyAct},
		{"Paul Hoffman was appointed as administrator of the programme by Truman.", pointPersonnel, pointPolicyAct | pointHeading},
		{"Industrial output rose 35% between 1948 and 1952, and farm output rose 11%.", pointFigures, pointPolicyAct | pointArgues},
		{"The Marshall Plan aimed to rebuild the economies of the continent because poverty fed communism.", pointArgues | pointPolicyAct, pointFigures},
		{"The Brezhnev Doctrine was a Soviet foreign policy that proclaimed that any threat to socialist rule in any state was a threat to them all.", pointLead | pointHeading | pointDefines, pointAlso},
		{"The Brezhnev Doctrine justified the invasion of Czechoslovakia in 1968.", pointPolicyAct | pointHeading, pointLead},
		{"The PRC and the ROC each demand that a country recognize only one of them.", pointLead | pointHeading, pointPolicyAct},
		{"Sweden was the first Western country to establish ties in 1950.", 0, pointHeading | pointLead},
		{"Czechoslovakia had a small delegation at the talks in 1967.", 0, pointLead | pointHeading | pointPolicyAct},
	}
	for _, c := range tests {
		i := g.sentenceIndex(c.sentence)
		if i < 0 {
			t.Fatalf("no sentence %q", c.sentence)
		}
		got := g.pointFlags(i)
		if got&c.want != c.want || got&c.never != 0 {
			t.Errorf("pointFlags(%q) = %b, want all of %b and none of %b", c.sentence, got, c.want, c.never)
		}
	}
	// the main points outrank the side details
	main := []string{"The Marshall Plan was an American initiative to aid Western Europe.",
		"The Marshall Plan provided over $13 billion in economic recovery programs to Western European economies.",
		"The Brezhnev Doctrine justified the invasion of Czechoslovakia in 1968."}
	side := []string{"Paul Hoffman was appointed as administrator of the programme by Truman.",
		"Industrial output rose 35% between 1948 and 1952, and farm output rose 11%.",
		"Czechoslovakia had a small delegation at the talks in 1967.",
		"The Marshall Plan also funded a few small programs in Asia."}
	for _, m := range main {
		for _, s := range side {
			if g.sentencePoint(m) <= g.sentencePoint(s) {
				t.Errorf("score %d of %q not above %d of %q", g.sentencePoint(m), m, g.sentencePoint(s), s)
			}
		}
	}
}

// TestBlankRole: a fact that is its clause's subject or the object of its
// main verb carries the point; one in an aside or far in a tail of
// prepositions does not.
func TestBlankRole(t *testing.T) {
	g := pointGenerator(t, "Some history",
		"Introduction|The article starts here.",
		"Body|Stalin rejected the Marshall Plan in July 1947. "+
			"The Soviet Union signed a treaty with Finland, a neighbour, in 1948. "+
			"The committee met for three weeks in the spring to discuss the plans of the government with delegates from Paris. "+
			"Gorbachev launched perestroika in 1986. "+
			"The long struggle of the war in Afghanistan made the Soviets realize their limits.")
	tests := []struct {
		sentence, name string
		want           func(int) bool
	}{
		{"Stalin rejected the Marshall Plan in July 1947.", "Stalin", func(r int) bool { return r > 0 }},
		{"Stalin rejected the Marshall Plan in July 1947.", "Marshall Plan", func(r int) bool { return r > 0 }},
		{"Gorbachev launched perestroika in 1986.", "Gorbachev", func(r int) bool { return r > 0 }},
		{"The long struggle of the war in Afghanistan made the Soviets realize their limits.", "Afghanistan", func(r int) bool { return r <= 0 }},
		{"The Soviet Union signed a treaty with Finland, a neighbour, in 1948.", "Finland", func(r int) bool { return r <= 0 }},
		{"The Soviet Union signed a treaty with Finland, a neighbour, in 1948.", "Soviet Union", func(r int) bool { return r > 0 }},
		{"The committee met for three weeks in the spring to discuss the plans of the government with delegates from Paris.", "Paris", func(r int) bool { return r < 0 }},
	}
	for _, c := range tests {
		f := Fact{Kind: PlaceFact, Text: c.name, Value: c.name, Sentence: c.sentence, Start: -1}
		if r := g.blankRole(f); !c.want(r) {
			t.Errorf("blankRole(%q in %q) = %d", c.name, c.sentence, r)
		}
	}
}

// TestPolicyList: what a named policy did, asked with the list of the
// verb's objects as its key when the sentence goes on with another act
// (plans, laws, treaties); not of a person or a country, nor of a list of
// clauses.
func TestPolicyList(t *testing.T) {
	tests := []struct{ text, prompt, answer string }{
		{"The Marshall Plan required a reduction of interstate barriers, a dropping of many regulations, and encouraged an increase in productivity.",
			"What did the Marshall Plan require or encourage?", "a reduction of interstate barriers, a dropping of many regulations, and an increase in productivity"}, // round 18 Marshall Q1: both acts (nextActItems)
		{"The Law on Cooperatives permitted private ownership of restaurants, private trade in services, and opened the economy to foreign firms.",
			"What did the Law on Cooperatives permit?", "private ownership of restaurants and private trade in services"},
		{"The Partial Test Ban Treaty prohibited tests in the atmosphere, tests in outer space, and tests under water.",
			"What did the Partial Test Ban Treaty prohibit?", "tests in the atmosphere, tests in outer space, and tests under water"},
		{"The Marshall Plan required reforms, and encouraged an increase in productivity.", "", ""},
		{"Gorbachev introduced price reforms, a new tax law, and cut the defence budget.", "", ""},
		{"The Marshall Plan required that France cut its tariffs, that Italy sold its banks, and encouraged trade.", "", ""},
	}
	for _, c := range tests {
		g := structGenerator(t, c.text)
		i := g.sentenceIndex(c.text)
		cl, ok := g.clauseOf(c.text)
		if !ok || i < 0 {
			t.Fatalf("no clause of %q", c.text)
		}
		sa, ok := g.policyList(i, cl)
		if c.prompt == "" {
			if ok {
				t.Errorf("policyList(%q) = %q → %q, want none", c.text, sa.prompt, sa.answer)
			}
			continue
		}
		if !ok || sa.prompt != c.prompt || sa.answer != c.answer {
			t.Errorf("policyList(%q) = %q → %q (%v), want %q → %q", c.text, sa.prompt, sa.answer, ok, c.prompt, c.answer)
		}
	}
}

// TestListPartsTwoPhrases: two long noun phrases joined by "and", each
// with its article, are a list whose either part is right; two names or
// a short pair are not.
func TestListPartsTwoPhrases(t *testing.T) {
	for _, c := range []struct {
		a    string
		want int
	}{
		{"a reduction of interstate barriers and a dropping of many regulations", 2},
		{"the withdrawal of all foreign troops and the end of the blockade", 2},
		{"the Soviet Union and the United States", 0},
		{"trade and industry", 0},
		{"a ban on tests and a freeze", 0},
		{"a meeting between the DPRK's Deputy Foreign Minister and a US State Department official", 0},
		{"a reduction of interstate barriers and the end of the war", 0},
	} {
		if got := len(listParts(c.a)); got != c.want {
			t.Errorf("listParts(%q) has %d parts, want %d", c.a, got, c.want)
		}
	}
}

// TestSettinglessStem: a why or what-led-to stem whose subject is a bare
// noun phrase and that keeps no date or name is not asked in a quiz
// (perestroika's tax revenues, the Marshall Plan's unemployment); one
// with a date, a name, an article or the article's subject is.
func TestSettinglessStem(t *testing.T) {
	g := structGenerator(t, "Some words.")
	for _, c := range []struct {
		subj, prompt string
		want         bool
	}{
		{"Tax revenues", "Why did tax revenues decline?", true},
		{"unemployment and food shortages", "What did unemployment and food shortages lead to?", true},
		{"fear of a nuclear war", "What did fear of a nuclear war spur?", true},
		{"Tax revenues", "Why did tax revenues decline in 1990?", false},
		{"food shortages", "What did food shortages in Europe lead to?", false},
		{"the elimination of central control", "What did the elimination of central control lead to?", false},
		{"Gorbachev's decentralisation", "What did Gorbachev's decentralisation cause?", false},
		{"increasing sales of opium", "What did increasing sales of opium lead to?", true},
		{"the Soviets", "Why were the Soviets threatened?", false},
	} {
		sa := structAnswer{subj: c.subj, prompt: c.prompt, causal: true}
		if got := g.settinglessStem(sa); got != c.want {
			t.Errorf("settinglessStem(%q) = %v, want %v", c.prompt, got, c.want)
		}
	}
}

// TestDefinedAct: a named thing defined by what it does is asked what it
// does (a treaty, a doctrine); not a definition by a verb of no act, nor
// one of an unnamed subject, nor one whose act points elsewhere.
func TestDefinedAct(t *testing.T) {
	tests := []struct{ text, prompt, answer string }{
		{"The Test Ban Pact is a multilateral treaty that bans all nuclear explosions, for both civilian and military purposes.",
			"What does the Test Ban Pact ban?", "all nuclear explosions, for both civilian and military purposes"},
		{"The Kovalev Doctrine was a foreign policy that proclaimed a threat to one socialist state was a threat to every socialist state, and therefore justified intervention.",
			"What did the Kovalev Doctrine proclaim?", "a threat to one socialist state was a threat to every socialist state"},
		{"The Kovalev Doctrine was a foreign policy that proclaimed any threat to socialist rule in any member state was a threat to them all.",
			"What did the Kovalev Doctrine proclaim?", "any threat to socialist rule in any member state was a threat to them all"},
		{"The Riga Movement was a movement that began in the capital.", "", ""},
		{"It was a policy that banned all trade with the island.", "", ""},
		{"The Kovalev Doctrine was a policy that proclaimed a threat to them was a threat to all.", "", ""},
	}
	for _, c := range tests {
		g := structGenerator(t, c.text)
		cl, ok := g.clauseOf(c.text)
		var sa structAnswer
		if ok {
			sa, ok = g.definedAct(cl)
		}
		if c.prompt == "" {
			if ok {
				t.Errorf("definedAct(%q) = %q → %q, want none", c.text, sa.prompt, sa.answer)
			}
			continue
		}
		if !ok || sa.prompt != c.prompt || sa.answer != c.answer {
			t.Errorf("definedAct(%q) = %q → %q (%v), want %q → %q", c.text, sa.prompt, sa.answer, ok, c.prompt, c.answer)
		}
	}
}
