package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dateAnswered reports a question answered by a date (choice or typed)
// and, for true/false, a statement made on a date.
func dateAnswered(q Question) (answer, statement bool) {
	if q.Kind != DateFact {
		return false, false
	}
	switch q.Type {
	case MultipleChoice, FillIn:
		return true, false
	case TrueFalse:
		return false, true
	}
	return false, false
}

// TestDatePointMeasure prints, when DATEPOINT_MEASURE is set, the share
// of date-answered questions and the quiz lengths over seeds 101–120 × the
// eight review articles, before (rules off) and after; with
// DATEPOINT_DUMP naming a folder it writes the questions each side has
// and the other lacks.
func TestDatePointMeasure(t *testing.T) {
	if os.Getenv("DATEPOINT_MEASURE") == "" {
		t.Skip("set DATEPOINT_MEASURE=1 to measure date shares over seeds 101–120")
	}
	dump := os.Getenv("DATEPOINT_DUMP")
	defer func() { datePointOff = false }()
	for _, name := range round12bArticles {
		p := filepath.Join(corpusDir, name+".txt")
		if name == "builtin" {
			p = "../assets/mongolia-peace-mediator.txt"
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Skipf("no article %s: %v", name, err)
		}
		a := mustParse(t, b)
		facts := Extract(a)
		var line []string
		sets := [2]map[string]bool{{}, {}}
		for side, off := range []bool{true, false} {
			datePointOff = off
			n, ans, st := 0, 0, 0
			for seed := uint64(101); seed <= 120; seed++ {
				for _, q := range GenerateQuiz(a, facts, QuizOptions{Count: 25, Seed: seed}) {
					n++
					x, y := dateAnswered(q)
					if x {
						ans++
					}
					if y {
						st++
					}
					sets[side][fmt.Sprintf("[%s] %s\n  options: %s\n  answer: %s\n", q.Type, q.Prompt, strings.Join(q.Options, " | "), strings.Join(q.Answer, " | "))] = true
				}
			}
			line = append(line, fmt.Sprintf("%.1f a quiz, date answers %d (%.0f %%), date statements %d (%.0f %%)", float64(n)/20, ans, 100*float64(ans)/float64(max(n, 1)), st, 100*float64(st)/float64(max(n, 1))))
		}
		var deck [2]map[string]bool
		for side, off := range []bool{true, false} {
			datePointOff = off
			deck[side] = map[string]bool{}
			for _, c := range MakeCards(a, facts) {
				deck[side][fmt.Sprintf("[%s] %s\n  back: %s\n", c.Kind, c.Front, c.Back)] = true
			}
		}
		datePointOff = false
		t.Logf("%s: before %s, %d cards; after %s, %d cards", name, line[0], len(deck[0]), line[1], len(deck[1]))
		for side, label := range []string{"CARD LOST", "CARD NEW"} {
			for k := range deck[side] {
				if !deck[1-side][k] {
					t.Logf("%s %s", label, k)
				}
			}
		}
		if dump != "" {
			var sb strings.Builder
			for side, label := range []string{"LOST", "NEW"} {
				for k := range sets[side] {
					if !sets[1-side][k] {
						sb.WriteString(label + " " + k)
					}
				}
			}
			if err := os.WriteFile(filepath.Join(dump, name+".txt"), []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestDatePointList lists, when DATEPOINT_LIST names an article, every
// date fact the rules set aside and why.
func TestDatePointList(t *testing.T) {
	name := os.Getenv("DATEPOINT_LIST")
	if name == "" {
		t.Skip("set DATEPOINT_LIST to an article name")
	}
	p := filepath.Join(corpusDir, name+".txt")
	if name == "builtin" {
		p = "../assets/mongolia-peace-mediator.txt"
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Skip(err)
	}
	a := mustParse(t, b)
	facts := Extract(a)
	for _, f := range facts {
		if f.Kind == DateFact {
			t.Logf("%-18s %q in %q", sideDate(f), f.Text, f.Sentence)
			if sideDate(f) != "" && os.Getenv("DATEPOINT_FACTS") != "" {
				for _, o := range facts {
					if o.Sentence == f.Sentence && o.Kind != DateFact {
						t.Logf("      %s %q", o.Kind, o.Text)
					}
				}
			}
		}
	}
}

// TestSideDate: a date is asked only when it dates the sentence's own
// main event; side clauses, participial openers, lasting or repeated
// states, negations, spans and measures keep it as context (round 12:
// builtin Q5, Q11, Q16; Marshall Q3, Q12, Q18; perestroika Q11).
func TestSideDate(t *testing.T) {
	for _, c := range []struct {
		sentence, date, want string
	}{
		// set aside
		{"As the Mongolian People’s Republic was established in the mid-1920s, the MPR was eager to pursue relations with the newly founded DPRK as a fellow socialist state.", "the mid-1920s", "side clause"},
		{"After Marshall's appointment in January 1947, administration officials met with Soviet Foreign Minister Vyacheslav Molotov and others.", "January 1947", "side clause"},
		{"When the new Castro government of Cuba turned to Soviets support in 1960, Cuba became the center of the anti-American Cold War forces.", "1960", "side clause"},
		{"Established in 2003, Khaan Quest is the only military exercise where nations such as China, Japan, South Korea, and the United States participate.", "2003", "participial opener"},
		{"Founded in 1949, the alliance grew to twelve members within a year.", "1949", "participial opener"},
		{"Notions of reform had been slowly growing in Czechoslovakia since the early-mid 1960s.", "the early-mid 1960s", "since"},
		{"The United States repeatedly celebrates the actions of Mongolia, and in 2018, the United States revered a great deal of praise for Mongolia.", "2018", "repeated state"},
		{"Gorbachev's economic changes did not do much to restart the country's sluggish economy in the late 1980s.", "the late 1980s", "negated"},
		{"From July 1945 through June 1946, the United States shipped 16.5 million tons of food, primarily wheat, to Europe and Japan.", "From July 1945 through June 1946", "span"},
		{"By 1952, as the funding ended, the economy of every participant state had surpassed pre-war levels; for all Marshall Plan recipients, output in 1951 was at least 35% higher than in 1938.", "1951", "measure"},
		{"At the same time, the number of US troops in 1948 was about 140,000.", "1948", "measure"},
		{"Food shortages were severe, especially in the harsh winter of 1946–47.", "winter of 1946–47", "emphasis"},
		{"Food production was two-thirds of the pre-war level in 1946–48, while normal grain and meat shipments no longer arrived from the East.", "1946–48", "state"},
		{"This is clearly evident not only through the Prague Spring in 1968, and the pressure on Poland.", "1968", "state"},
		{"Following the dissolution of the Soviet Union in late 1991, China also opened diplomatic relations with the republics of the former Soviet Union.", "late 1991", "side phrase"},
		{"Following the Warsaw Pact invasion of Czechoslovakia and clashes in 1969 on the Sino-Soviet border, Chinese competition with the Soviet Union increasingly reflected concern over China's own strategic position.", "1969", "side phrase"},
		{"The invasion began on the night of August 20, 1968 which was to be met with great discontent and resistance for many months into 1970.", "1970", "lasting"},
		{"In Africa, decolonization took place first; it was largely accomplished in the 1950s.", "the 1950s", "gradual"},
		{"In Germany in 1945–46 housing and food conditions were bad, as the disruption of transport slowed a return to normality.", "1945–46", "state"},
		{"In 1951, output was higher than in 1938.", "1951", "state"},
		{"Fraudulent Polish elections held in January 1947 resulted in Poland's official transformation to the People's Republic of Poland.", "January 1947", "subject's date"},
		{"The treaty signed in 1963 banned tests in the atmosphere, in outer space and under water.", "1963", "subject's date"},
		// the sentence's own event: asked
		{"In 2013, Mongolia established its Ulaanbaatar Dialogue Initiative on Northeast Asian Security.", "2013", ""},
		{"A hydrogen bomb was first tested by the United States in November 1952.", "November 1952", ""},
		{"The Marshall Plan was an American initiative passed in 1948 to aid Western Europe.", "1948", ""},
		{"The Potsdam Agreement was the August 1945 agreement between three of the Allies of World War II.", "August 1945", ""},
		{"The TTBT and PNET did not enter into force for the US and Soviet Union until 11 December 1990.", "11 December 1990", ""},
		{"In December 1949, Chiang proclaimed Taipei the temporary capital of the Republic of China and continued to assert his government as the sole legitimate authority.", "December 1949", ""},
		{"The principles of the doctrine were so broad that the Soviets even used it to justify their military intervention in Afghanistan in 1979.", "1979", ""},
		{"Nagy was quickly overthrown by Rákosi in 1955, and stripped of his political livelihood.", "1955", ""},
		{"The currency reform in 1948 was headed by the military government and helped Germany to restore stability.", "1948", ""},
		{"In 1985, Li Xiannian was the first president of China to visit the United States.", "1985", ""},
		{"In 1962, China had a brief war with India over a border dispute.", "1962", ""},
		{"The treaty was signed in 1963 and banned tests in the atmosphere.", "1963", ""},
		{"Kim Il Sung visited Mongolia in 1986 as North Korea’s relationship with the USSR and PRC was increasingly tarnished.", "1986", ""},
		{"On November 12, 1968 Brezhnev stated that when forces hostile to socialism try to turn a socialist country towards capitalism, it is a problem of all socialist countries.", "November 12, 1968", ""},
		{"In Germany in 1948 the currency reform was carried out by the military government.", "1948", ""},
		{"On 10 September 1996, the Comprehensive Test-Ban Treaty (CTBT) was adopted by a large majority.", "10 September 1996", ""},
		{"Upon its establishment in 1949, the People's Republic of China was recognized by Eastern Bloc countries.", "1949", ""},
		{"With the Brezhnev Doctrine, the Soviets justified the invasion in August 1968.", "August 1968", ""}, // the date after the opening phrase
	} {
		f := factAt12(t, DateFact, c.sentence, c.date)
		if got := sideDate(f); got != c.want {
			t.Errorf("sideDate(%q in %q) = %q, want %q", c.date, c.sentence, got, c.want)
		}
	}
}

// TestDateBoundAndHeading: no wrong option after a "by YEAR" the sentence
// writes (Marshall Q18), none the chapter's heading writes, and no date
// asked whose year the heading gives (Brezhnev Q2, Q11).
func TestDateBoundAndHeading(t *testing.T) {
	for _, c := range []struct {
		sentence, date string
		bound          int
	}{
		{"By 1952, as the funding ended, output in 1951 was at least 35% higher than in 1938.", "1951", 1952},
		{"The treaty was signed in 1963 and ratified by the end of 1964.", "1963", 1964},
		{"By 1940 the party had been banned, and in 1945 it returned.", "1945", 0}, // "by 1940" frames an earlier date
		{"In 2013, Mongolia established its Ulaanbaatar Dialogue Initiative.", "2013", 0},
		{"1953 saw the death of Soviet Leader Joseph Stalin, followed closely by Nikita Khrushchev's \"Secret Speech\" denouncing Stalin in 1956.", "1953", 1956},
		{"The party ruled until 1990, when the first free elections were held.", "1990", 0}, // no later year
	} {
		f := factAt12(t, DateFact, c.sentence, c.date)
		f.Date = parseDateValue(t, c.date)
		if got := dateBound(f); got != c.bound {
			t.Errorf("dateBound(%q in %q) = %d, want %d", c.date, c.sentence, got, c.bound)
		}
	}
	for _, c := range []struct {
		title, sentence, date string
		want                  bool
	}{
		{"1968 Prague Spring", "Soviet panic compounded in March 1968 when student protests erupted in Poland.", "March 1968", true},
		{"The Berlin Blockade (1948–1949)", "The blockade was lifted in May 1949.", "May 1949", true},
		{"1956 Hungarian crisis", "Nagy was quickly overthrown by Rákosi in 1955.", "1955", false},
		{"Case Study", "In 2013, Mongolia established its Ulaanbaatar Dialogue Initiative.", "2013", false},
	} {
		f := factAt12(t, DateFact, c.sentence, c.date)
		f.Date = parseDateValue(t, c.date)
		if got := headingGivesYear(c.title, f); got != c.want {
			t.Errorf("headingGivesYear(%q, %q) = %v, want %v", c.title, c.date, got, c.want)
		}
	}
}

func parseDateValue(t *testing.T, s string) DateValue {
	t.Helper()
	d, ok := ParseDate(s)
	if !ok {
		t.Fatalf("ParseDate(%q) failed", s)
	}
	return d
}

// TestOpenerQuestion: a dated participial opener asks for the name it
// frames, the date left as context; other shapes make none.
func TestOpenerQuestion(t *testing.T) {
	g := &generator{}
	for _, c := range []struct {
		sentence, date, prompt, answer string
	}{
		{"Established in 2003, Khaan Quest is the only military exercise where nations such as China and Japan participate.", "2003",
			"What, established in 2003, is the only military exercise where nations such as China and Japan participate?", "Khaan Quest"},
		{"Founded in 1961, the Non-Aligned Movement was a forum of states that did not formally align with either bloc.", "1961", "", ""}, // "the" before the name: not read
		{"Signed in 1963, it banned tests in the atmosphere.", "1963", "", ""},
		{"In 2013, Mongolia established its Ulaanbaatar Dialogue Initiative on Northeast Asian Security.", "2013", "", ""},
	} {
		f := factAt12(t, DateFact, c.sentence, c.date)
		q, ok := g.openerQuestion(f)
		if ok != (c.prompt != "") || ok && (q.Prompt != c.prompt || q.Answer[0] != c.answer || q.Type != FillIn) {
			t.Errorf("openerQuestion(%q) = %q %q %v, want %q %q", c.sentence, q.Prompt, q.Answer, ok, c.prompt, c.answer)
		}
	}
}

// TestNamelessDate: a date is asked only of a sentence that names whose
// act or state it dates (round 12 Marshall Q24).
func TestNamelessDate(t *testing.T) {
	for _, c := range []struct {
		sentence, date string
		want           bool
	}{
		{"Industrial production fell more than half and reached pre-war levels at the end of 1949.", "the end of 1949", true},
		{"The recovery effort began in June 1948.", "June 1948", true},
		{"In 2013, Mongolia established its Ulaanbaatar Dialogue Initiative on Northeast Asian Security.", "2013", false},
		{"The blockade was lifted by the Soviet Union in May 1949.", "May 1949", false},
	} {
		if got := namelessDate(factAt12(t, DateFact, c.sentence, c.date)); got != c.want {
			t.Errorf("namelessDate(%q in %q) = %v, want %v", c.date, c.sentence, got, c.want)
		}
	}
}

// TestSideEventDate: a side date's sentence makes a true statement only
// when its main clause tells an event.
func TestSideEventDate(t *testing.T) {
	for _, c := range []struct {
		sentence, date string
		want           bool
	}{
		{"Before Singapore was selected as the location for the 2018 North Korea-United States Summit, Ulaanbaatar was cited as a possible location for the summit.", "2018", true},
		{"Following the dissolution of the Soviet Union in late 1991, China also opened diplomatic relations with the republics of the former Soviet Union.", "late 1991", true},
		{"The United States repeatedly celebrates the actions of Mongolia, and in 2018, the United States revered a great deal of praise for Mongolia.", "2018", false},
		{"Gorbachev's economic changes did not do much to restart the country's sluggish economy in the late 1980s.", "the late 1980s", false},
		{"In 2013, Mongolia established its Ulaanbaatar Dialogue Initiative on Northeast Asian Security.", "2013", false}, // no side date at all
	} {
		if got := sideEventDate(factAt12(t, DateFact, c.sentence, c.date)); got != c.want {
			t.Errorf("sideEventDate(%q in %q) = %v, want %v", c.date, c.sentence, got, c.want)
		}
	}
}
