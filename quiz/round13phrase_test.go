package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestPhraseDump writes, when PHRASE_DUMP names a file, every typed and
// chosen phrase question (prompt and key) and every card of the eight
// review articles over seeds 101–140, with each article's mean quiz
// length: the before and after of a phrasing rule.
//
//	PHRASE_DUMP=/tmp/x.txt go test ./quiz -run TestPhraseDump -count=1
func TestPhraseDump(t *testing.T) {
	out := os.Getenv("PHRASE_DUMP")
	if out == "" {
		t.Skip("set PHRASE_DUMP to a file to dump phrase questions over seeds 101–140")
	}
	names := []string{"cold_war_1947_1953", "comprehensive_nuclear_test_ban_treaty", "foreign_relations_of_china", "marshall_plan", "perestroika", "brezhnev_doctrine", "potsdam_agreement"}
	paths := map[string]string{"builtin": "../assets/mongolia-peace-mediator.txt"}
	for _, n := range names {
		paths[n] = filepath.Join(corpusDir, n+".txt")
	}
	keys := make([]string, 0, len(paths))
	for k := range paths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, name := range keys {
		b, err := os.ReadFile(paths[name])
		if err != nil {
			t.Skipf("no %s: %v", name, err)
		}
		a := mustParse(t, b)
		facts := Extract(a)
		n := 0
		lines := map[string]bool{}
		for seed := uint64(101); seed <= 140; seed++ {
			qs := GenerateQuiz(a, facts, QuizOptions{Count: 25, Seed: seed})
			n += len(qs)
			for _, q := range qs {
				if q.Kind != ClauseFact || q.Type != FillIn && q.Type != MultipleChoice {
					continue
				}
				lines[fmt.Sprintf("%s Q %s | %s | %s", name, strings.ReplaceAll(q.Prompt, "\n", " / "), strings.Join(q.Answer, " | "), strings.Join(q.Accept, " ; "))] = true
			}
		}
		for _, c := range MakeCards(a, facts) {
			lines[fmt.Sprintf("%s C %s | %s", name, strings.ReplaceAll(c.Front, "\n", " / "), strings.ReplaceAll(c.Back, "\n", " / "))] = true
		}
		ls := make([]string, 0, len(lines))
		for l := range lines {
			ls = append(ls, l)
		}
		sort.Strings(ls)
		fmt.Fprintf(&sb, "%s LEN %.2f\n", name, float64(n)/40)
		sb.WriteString(strings.Join(ls, "\n") + "\n")
	}
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTypedAnswer: a typed phrase question's key is the sentence's point
// in at most maxKeyWords words where a tail of circumstance can go; a list
// of alike parts takes any one; an answer that says nothing, a long
// quotation or a long list of unlike parts is not typed (round 13 cause
// 3: perestroika Q1, Q11, Q12, Q16; Marshall Q16, Q23; China Q9).
func TestTypedAnswer(t *testing.T) {
	for _, c := range []struct {
		answer, key string
		parts       []string
		ok          bool
	}{
		// lists: any part
		{"the dissolution of the Soviet Union, the revolutions of 1989 in Eastern Europe, and the end of the Cold War",
			"the dissolution of the Soviet Union, the revolutions of 1989 in Eastern Europe, and the end of the Cold War",
			[]string{"the dissolution of the Soviet Union", "the revolutions of 1989 in Eastern Europe", "the end of the Cold War"}, true},
		{"to aid in the economic recovery of nations after WWII and to reduce the influence of Communist parties within them",
			"to aid in the economic recovery of nations after WWII and to reduce the influence of Communist parties within them",
			[]string{"to aid in the economic recovery of nations after WWII", "to reduce the influence of Communist parties within them"}, true},
		{"Mao Zedong made fewer military mistakes than Chiang Kai-shek, and Chiang antagonized too many interest groups in China",
			"Mao Zedong made fewer military mistakes than Chiang Kai-shek, and Chiang antagonized too many interest groups in China",
			[]string{"Mao Zedong made fewer military mistakes than Chiang Kai-shek", "Chiang antagonized too many interest groups in China"}, true},
		// one thing cut before its tail
		{"republic and local governments withheld tax revenues from the central government under the growing spirit of regional autonomy",
			"", nil, false}, // cut to 11 words, a clause still too long to type (round 16)
		{"that state enterprises were free to determine output levels based on demand from consumers and other enterprises",
			"that state enterprises were free to determine output levels", nil, true},
		{"the breakdown in traditional supply-demand relationships without contributing to the formation of new ones",
			"the breakdown in traditional supply-demand relationships", nil, true},
		// long with no tail to cut: its key words graded (good in rounds 12 and 13)
		{"180 days after the 44 states listed in Annex 2 of the treaty have ratified it",
			"180 days after the 44 states listed in Annex 2 of the treaty have ratified it", nil, true},
		{"detonations for military and civilian purposes underwater, in the atmosphere, and in outer space",
			"detonations for military and civilian purposes underwater, in the atmosphere, and in outer space", nil, true},
		// short: as it is
		{"no bailout for Gorbachev", "no bailout for Gorbachev", nil, true},
		{"a military disarmament program", "a military disarmament program", nil, true},
		// not typed
		{`that the "complete revival of German industry, particularly coal mining" was now of "primary importance" to American security`, "", nil, false},
		{"each of the obstacles to postwar recovery", "", nil, false},
		{"to rebuild war-torn regions, remove trade barriers, modernize industry, improve European prosperity, and prevent the spread of communism", "", nil, false},
	} {
		key, parts, ok := typedAnswer(c.answer)
		if ok != c.ok || key != c.key || strings.Join(parts, "|") != strings.Join(c.parts, "|") {
			t.Errorf("typedAnswer(%q) = %q, %q, %v; want %q, %q, %v", c.answer, key, parts, ok, c.key, c.parts, c.ok)
		}
	}
	// a short scare quote stays
	if k := typedKey(`to stop "socialism with a human face" from spreading`); k == "" {
		t.Error("a key with a five-word quotation was refused")
	}
}

// TestPartOfList: an answer followed in its sentence by another part of
// the same kind is one of several (round 13 CTBT Q5, C15); an answer
// followed by something else is whole.
func TestPartOfList(t *testing.T) {
	for _, c := range []struct {
		answer, after string
		want          bool
	}{
		{"not to carry out any nuclear weapon test explosion or any other nuclear explosion", ", and to prohibit and prevent any such nuclear explosion at any place under its jurisdiction or control.", true},
		{"that state enterprises were free to determine output levels", ", and that they could dispose of the rest.", true},
		{"to aid in the economic recovery of Europe", " and to reduce the influence of Communist parties.", true},
		{"to justify the occupation of Czechoslovakia", ", with the overthrow of the reform government there.", false},
		{"that a country does not recognize the other party", ".", false},
		{"a military disarmament program in Germany", ", and an import embargo on raw materials.", false}, // firstOfList's business
	} {
		if got := partOfList(c.answer, c.after); got != c.want {
			t.Errorf("partOfList(%q, %q) = %v, want %v", c.answer, c.after, got, c.want)
		}
	}
}

// TestGradeOneOfList: a typed list question takes any one part by its key
// words, and the whole list still; a wrong thing is wrong.
func TestGradeOneOfList(t *testing.T) {
	a := "the dissolution of the Soviet Union, the revolutions of 1989 in Eastern Europe, and the end of the Cold War"
	key, parts, ok := typedAnswer(a)
	if !ok || parts == nil {
		t.Fatalf("typedAnswer(%q): no parts", a)
	}
	q := Question{Type: FillIn, Kind: ClauseFact, Prompt: "What is Perestroika sometimes argued to be a significant cause of?\n" + oneOfHint, Answer: []string{key}, Accept: parts}
	for given, want := range map[string]bool{
		"the end of the Cold War":          true,
		"revolutions of 1989":              true,
		"dissolution of the Soviet Union":  true,
		a:                                  true,
		"the Marshall Plan":                false,
		"the revolutions of 1848 in Italy": false,
	} {
		if v := q.Grade([]string{given}); v.Correct != want {
			t.Errorf("%q: correct %v, want %v (%s)", given, v.Correct, want, v.Note)
		}
	}
}

// TestWhatDidSaysWith: a what-did stem keeps the party of a tie ("with
// the PRC") and does not drop the setting that told the act from the
// subject's others: a long opening of time, or "also" (round 13 China
// C12, Marshall Q22/C10, Q25).
func TestWhatDidSaysWith(t *testing.T) {
	tests := []struct {
		text, prompt, answer string
	}{
		{"Japan established diplomatic relations with the PRC in 1972.", "What did Japan establish with the PRC in 1972?", "diplomatic relations"},
		{"In 1955 the Soviet Union signed a friendship treaty with Finland.", "What did the Soviet Union sign with Finland in 1955?", "a friendship treaty"},
		// no tie: the object stays whole
		{"In 1961 President Kennedy held a summit meeting with Khrushchev in Vienna.", "", ""},
		{"In 1972 Japan established diplomatic relations with its neighbours.", "", ""},
		// the setting dropped: not asked
		{"During the first three years of occupation, the Allied Control Council pursued a military disarmament program.", "", ""},
		{"The United Nations also launched a relief program funded by donor states.", "", ""},
		// the setting kept
		{"In 1948 the Allied Control Council also launched a currency reform.", "What did the Allied Control Council launch in 1948?", "a currency reform"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			wantStructQuestion(t, tt.text, tt.prompt, tt.answer, nil, func(p string) bool { return strings.Contains(p, "did") })
		})
	}
	for _, c := range []struct{ obj, head, tail string }{
		{"diplomatic relations with the PRC", "diplomatic relations", " with the PRC"},
		{"a trade agreement with the European Union", "a trade agreement", " with the European Union"},
		{"a summit meeting with Khrushchev", "a summit meeting with Khrushchev", ""},
		{"relations with the PRC", "relations with the PRC", ""},
		{"close ties with its neighbours", "close ties with its neighbours", ""},
	} {
		if h, w := partnerTail(c.obj); h != c.head || w != c.tail {
			t.Errorf("partnerTail(%q) = %q, %q; want %q, %q", c.obj, h, w, c.head, c.tail)
		}
	}
}
