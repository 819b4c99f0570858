package quiz

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// gateCases hold texts each gate must pass and texts it may refuse.
var gateCases = []string{
	"In the spring of 1948, the blockade began.", "the spring of 48", " of of 1948", "of 1948", "The Fall 1962 crisis.",
	"in the fall of 1962", "Autumn  1962", "winter1962", "The summer 1950", "the late ’60s", "the '90s", "’60", "the 1960s",
	"in '85 and the 70s", "Sept. 1948", "on 5 Jan", "JANUARY", "Mayor", "aMay", "", "0s", "’0s", "'0s",
	"5 Sep. 1948", "Jun.", "the Marshall Plan of 1948", "from 1946 to 1950", "FY2020", "fiscal year 1999",
	"1948", "x1948", "1948_", "19481", "(1948)", "1948é", "é1948", "12 1948 1949",
	"from 17 July to 2 August 1945", "July 13 – August 2, 1945", "From May to June 1950", "Mar. – Sept. 1950",
	"the 1970s and 1980s", "the 1970’s to the 1980's", "1970s",
}

// scannerCases hold what yearSpans must read as its expression does:
// four digits alone, in longer runs, beside letters, "_", other
// characters and broken bytes.
var scannerCases = []string{
	"In 1948 and 1949, but not 19481, x1948, 1948x or 1948_; (1950) ok.", "1948", "", "194", "12345 6789",
	"é1948é", "\xff1948\xfe", "1948-1949/50", "2000\t2001\n2002",
}

// TestDateScanners: a rule's hand scanner finds what its pattern finds,
// on the corpus and built-in sentences and scannerCases.
func TestDateScanners(t *testing.T) {
	texts := append(dateGateTexts(t), scannerCases...)
	scanned, found := 0, 0
	for _, r := range dateRules {
		if r.scan == nil {
			continue
		}
		scanned++
		std := regexp.MustCompile(r.re.String())
		for _, s := range texts {
			got, want := r.scan(s), std.FindAllStringSubmatchIndex(s, -1)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: the scanner finds %v in %q, the pattern %v", r.name, got, s, want)
			}
			found += len(want)
		}
	}
	if scanned == 0 || found < 100 {
		t.Errorf("%d rules scanned by hand, %d matches", scanned, found)
	}
}

func FuzzDateScanners(f *testing.F) {
	for _, s := range append(append([]string{}, gateCases...), scannerCases...) {
		f.Add(s)
	}
	var stds []*regexp.Regexp
	for _, r := range dateRules {
		stds = append(stds, regexp.MustCompile(r.re.String()))
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, r := range dateRules {
			if r.scan == nil {
				continue
			}
			if got, want := r.scan(s), stds[i].FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: the scanner finds %v in %q, the pattern %v", r.name, got, s, want)
			}
		}
	})
}

// dateGateTexts are the built-in article's and the corpus's sentences,
// the date rules' examples and counter-examples, and gateCases.
func dateGateTexts(t *testing.T) []string {
	texts := []string{string(builtinText(t))}
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range corpus {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var out []string
	for _, text := range texts {
		for _, s := range articleSentences(mustParse(t, []byte(text))) {
			out = append(out, s.text)
		}
	}
	for _, r := range dateRules {
		for _, s := range append(append([]string{}, r.examples...), r.not...) {
			out = append(out, strings.NewReplacer("[", "", "]", "").Replace(s))
		}
	}
	return append(out, gateCases...)
}

// checkGates fails when a rule's gate refuses a text its pattern matches
// (findDates would then miss the date), or when hasMonthStem and
// hasAnyOf(monthStems) disagree; it returns how many texts each gate
// refused.
func checkGates(t testing.TB, texts []string) map[string]int {
	refused := map[string]int{}
	for _, r := range dateRules {
		if r.gate == nil {
			continue
		}
		std := regexp.MustCompile(r.re.String())
		for _, s := range texts {
			if r.gate(s) {
				continue
			}
			refused[r.name]++
			if m := std.FindString(s); m != "" {
				t.Fatalf("%s: the gate refuses %q, where the pattern finds %q", r.name, s, m)
			}
		}
	}
	for _, r := range dateRules {
		if !r.month {
			continue
		}
		std := regexp.MustCompile(r.re.String())
		for _, s := range texts {
			if hasMonthName(s) {
				continue
			}
			refused["month names"]++
			if m := std.FindString(s); m != "" {
				t.Fatalf("%s: hasMonthName refuses %q, where the pattern finds %q", r.name, s, m)
			}
		}
	}
	for _, s := range texts {
		lits := anyLiteralsIn(s)
		for _, r := range dateRules {
			if got, want := r.any == nil || lits&r.anyMask != 0, r.any == nil || hasAnyOf(s, r.any); got != want {
				t.Fatalf("%s: anyLiteralsIn(%q) says %v, hasAnyOf %v", r.name, s, got, want)
			}
		}
	}
	return refused
}

func TestDateGates(t *testing.T) {
	texts := dateGateTexts(t)
	refused := checkGates(t, texts)
	gated := 0
	for _, r := range dateRules {
		if r.gate == nil {
			continue
		}
		gated++
		// a gate that refuses nothing saves nothing
		if refused[r.name] < len(texts)/2 {
			t.Errorf("%s: the gate refuses %d of %d texts", r.name, refused[r.name], len(texts))
		}
	}
	if gated < 3 {
		t.Errorf("%d date rules have a gate", gated)
	}
	months := 0
	for _, r := range dateRules {
		if r.month {
			months++
		}
	}
	// every month rule asks; most sentences name no month ("Marshall",
	// "Decision" and "Mayor" hold only a month's first letters)
	if months < 9 || refused["month names"] < months*len(texts)/2 {
		t.Errorf("%d month rules; hasMonthName refuses %d of %d texts", months, refused["month names"]/max(months, 1), len(texts))
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"on 5 March 1953", true}, {"Sept. 1948", true}, {"in Dec. 1950", true}, {"May", true},
		{"the Marshall Plan", false}, {"a Decision", false}, {"JANUARY", false}, {"Sept 1948", false}, {"Sep. 1948", true},
	} {
		if got := hasMonthName(tt.s); got != tt.want {
			t.Errorf("hasMonthName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s              string
		months, decade bool
	}{
		{"from 17 July to 2 August 1945", true, false}, {"Mar. – Sept. 1950", true, false}, {"on 5 March 1953", false, false},
		{"the Marshall Plan of March 1948", false, false}, {"the 1970s and 1980's", false, true}, {"the 1970s", false, false},
	} {
		if hasTwoMonthNames(tt.s) != tt.months || hasTwoDecades(tt.s) != tt.decade {
			t.Errorf("%q: two months %v, two decades %v; want %v, %v", tt.s, hasTwoMonthNames(tt.s), hasTwoDecades(tt.s), tt.months, tt.decade)
		}
	}
	for _, tt := range []struct {
		s          string
		of, season bool
		decade     bool
	}{
		{"In the spring of 1948", true, false, false},
		{"the Fall 1962 crisis", false, true, false},
		{"of 1948", false, false, false},
		{"the ’60s and the '70s", false, false, true},
		{"the 1960s", false, false, false},
		{"a fall  1962", false, false, false},
	} {
		if hasOfDigit(tt.s) != tt.of || hasSeasonYear(tt.s) != tt.season || hasTwoDigitDecade(tt.s) != tt.decade {
			t.Errorf("%q: of+digit %v, season+year %v, two-digit decade %v; want %v, %v, %v", tt.s,
				hasOfDigit(tt.s), hasSeasonYear(tt.s), hasTwoDigitDecade(tt.s), tt.of, tt.season, tt.decade)
		}
	}
}

func FuzzDateGates(f *testing.F) {
	for _, s := range gateCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkGates(t, []string{s})
	})
}
