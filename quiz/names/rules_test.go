package names

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/chapterwise/chapterwise/quiz/internal/rescan"
)

// TestNameRules walks the rule tables: each example must yield the name
// marked in [brackets], each counter-example nothing.
func TestNameRules(t *testing.T) {
	tables := map[string][]nameRule{"sentence": sentenceRules, "run": runRules}
	for table, rules := range tables {
		for _, rule := range rules {
			t.Run(table+"/"+rule.name, func(t *testing.T) {
				if len(rule.examples) == 0 || len(rule.not) == 0 {
					t.Fatal("a rule needs examples and counter-examples")
				}
				for _, ex := range rule.examples {
					t.Run(ex, func(t *testing.T) {
						text, want := markedExample(t, ex)
						var got []string
						for _, h := range rule.match(newSentCtx(0, text)) {
							got = append(got, text[h.span.Start:h.span.End])
						}
						for _, g := range got {
							if g == want {
								return
							}
						}
						t.Errorf("want %q, got %q", want, got)
					})
				}
				for _, ex := range rule.not {
					t.Run("not "+ex, func(t *testing.T) {
						for _, h := range rule.match(newSentCtx(0, ex)) {
							t.Errorf("yielded %q", ex[h.span.Start:h.span.End])
						}
					})
				}
			})
		}
	}
}

// markedExample splits "text with [the name]" into the text and the name.
func markedExample(t *testing.T, ex string) (string, string) {
	t.Helper()
	i, j := strings.Index(ex, "["), strings.Index(ex, "]")
	if i < 0 || j < i {
		t.Fatalf("example %q marks no name", ex)
	}
	return ex[:i] + ex[i+1:j] + ex[j+1:], ex[i+1 : j]
}

func TestGazetteer(t *testing.T) {
	for name, want := range map[string]bool{
		"Japan": true, "North Korea": true, "Burma": true, "Myanmar": true, "Eastern Europe": true,
		"Trinidad and Tobago": true, "Saint Lucia": true, "Hong Kong": true,
		"European Union": false, "United Nations": false, "Snuggly": false, "Combined": false,
	} {
		if got := isGazetteerPlace(name); got != want {
			t.Errorf("isGazetteerPlace(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestNamesAreClean: a person's, place's or body's name never starts or
// ends with a function word or a role, and never holds a tab or a
// citation mark.
func TestNamesAreClean(t *testing.T) {
	for _, s := range []string{
		"Talks with Jawaharlal Nehru of India went well.",
		"He was Secretary of the Ukrainian Communist Party.",
		"Article\tXII\tTreaty of Kanagawa\tsigned",
		"The conference met in Paris[3] and Berlin.",
		"In 1990 Secretary of State James Baker visited Ulaanbaatar.",
	} {
		for _, c := range sentenceNames(0, s) {
			if c.kind != Person && c.kind != Place && c.kind != Org {
				continue
			}
			w := strings.Fields(c.name)
			first, last := strings.ToLower(w[0]), strings.ToLower(w[len(w)-1])
			if functionWords[first] || functionWords[last] || titleWords[w[0]] || titleWords[w[len(w)-1]] ||
				strings.ContainsAny(c.name, "\t[]^") {
				t.Errorf("%q: %s %q", s, c.kind, c.name)
			}
		}
	}
}

// TestNameTypes: a place is a place when the gazetteer or its context
// says so, organisations are not places, people are not bodies, and an
// event, a people or a creed is none of them.
func TestNameTypes(t *testing.T) {
	for _, tc := range []struct {
		sentence, name string
		want           Kind // "" for no person, place or body
	}{
		{"He flew to Pearl Harbor in 1941.", "Pearl Harbor", Place},
		{"He flew to New York in 1941.", "New York", Place},
		{"The letter went to Yuri Andropov in 1983.", "Yuri Andropov", ""},
		{"Trade with the Dutch went on at Dejima.", "Dutch", ""},
		{"The North Koreans crossed into South Korea.", "North Koreans", ""},
		{"Many served in World War II before 1950.", "World War II", ""},
		{"It was signed by Harry S. Truman in 1947.", "Harry S. Truman", Person},
		{"It was Chairman of the Council of Ministers of the Soviet Union Alexei Kosygin who came.", "Alexei Kosygin", Person},
		{"The United Nations Relief and Rehabilitation Administration helped.", "United Nations Relief and Rehabilitation Administration", Org},
		{"Aid went to the United Kingdom, France and Italy.", "United Kingdom", Place},
	} {
		got := Kind("")
		for _, c := range sentenceNames(0, tc.sentence) {
			if c.name == tc.name && (c.kind == Person || c.kind == Place || c.kind == Org) {
				got = c.kind
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.sentence, tc.name, got, tc.want)
		}
	}
}

func TestPlaceRules(t *testing.T) {
	for _, tc := range []struct {
		sentence, place string
		want            bool
	}{
		{"Talks stalled between the DPRK and Japan.", "Japan", true},
		{"Before Singapore was selected as the location for the summit, others were cited.", "Singapore", true},
		{"During his visit to Warsaw, Brandt knelt at the memorial.", "Brandt", false},
		{"Wars in Nicaragua, El Salvador and Guatemala threatened the region.", "El Salvador", true},
		{"Exports to Iran rose.", "Iran", true},
		{"The Korean delegation left.", "Korean", false},
		{"Argentina, Chile and the United Kingdom still claim land.", "Argentina", true},
		{"Argentina, Chile and the United Kingdom still claim land.", "Chile", true},
		{"Peace between the West and North Korea is far off.", "West", false},
	} {
		found := false
		for _, c := range sentenceNames(0, tc.sentence) {
			if c.kind == Place && c.name == tc.place {
				found = true
			}
		}
		if found != tc.want {
			t.Errorf("%q: place %q found = %v, want %v", tc.sentence, tc.place, found, tc.want)
		}
	}
}

func TestNotSurnames(t *testing.T) {
	for _, s := range []string{"The Soviet government refused.", "Talks with the Taliban regime failed.", "The Meiji era began."} {
		for _, c := range sentenceNames(0, s) {
			if c.kind == Person {
				t.Errorf("%q: person %q", s, c.name)
			}
		}
	}
}

// TestPersonRules walks the person rules the same way: each example must
// yield the person marked in [brackets] by that rule, each counter-example
// no person by it.
func TestPersonRules(t *testing.T) {
	for _, rule := range personRules {
		t.Run(rule.name, func(t *testing.T) {
			if len(rule.examples) == 0 || len(rule.not) == 0 {
				t.Fatal("a rule needs examples and counter-examples")
			}
			found := func(text string) []string {
				c := newSentCtx(0, text)
				var got []string
				for _, r := range c.runs {
					if sp, _, ok := rule.match(text, c.toks, r); ok {
						got = append(got, text[sp.Start:sp.End])
					}
				}
				return got
			}
			for _, ex := range rule.examples {
				t.Run(ex, func(t *testing.T) {
					text, want := markedExample(t, ex)
					got := found(text)
					for _, g := range got {
						if g == want {
							return
						}
					}
					t.Errorf("want %q, got %q", want, got)
				})
			}
			for _, ex := range rule.not {
				t.Run("not "+ex, func(t *testing.T) {
					if got := found(ex); len(got) > 0 {
						t.Errorf("yielded %q", got)
					}
				})
			}
		})
	}
}

func TestSurnamesShapedLikeNationalities(t *testing.T) {
	for _, s := range []string{"The Truman administration acted.", "The Newman administration acted."} {
		found := false
		for _, c := range sentenceNames(0, s) {
			found = found || c.kind == Person
		}
		if !found {
			t.Errorf("%q: no person", s)
		}
	}
	for _, s := range []string{"The Germans attacked at dawn.", "Trade with the Dutch went on."} {
		for _, c := range sentenceNames(0, s) {
			t.Errorf("%q: %s %q", s, c.kind, c.name)
		}
	}
}

// TestPlaceRuleTable walks the place rules: the [bracketed] run of each
// example is a place by that rule (places earlier in the sentence known
// from the gazetteer), and no run of a counter-example is.
func TestPlaceRuleTable(t *testing.T) {
	sites := func(text string) map[string]placeSite {
		c := newSentCtx(0, text)
		out := map[string]placeSite{}
		for _, r := range c.runs {
			s, ok := placeCandidate(text, c.toks, r, c.places)
			if ok {
				out[text[s.sp.Start:s.sp.End]] = s
			}
			if name := text[r.span().Start:r.span().End]; isGazetteerPlace(name) {
				c.places[name] = true
			}
		}
		return out
	}
	for _, rule := range placeRules {
		t.Run(rule.name, func(t *testing.T) {
			if len(rule.examples) == 0 || len(rule.not) == 0 {
				t.Fatal("a rule needs examples and counter-examples")
			}
			for _, ex := range rule.examples {
				t.Run(ex, func(t *testing.T) {
					text, want := markedExample(t, ex)
					s, ok := sites(text)[want]
					if !ok || !rule.match(s) {
						t.Errorf("%q is not a place by this rule", want)
					}
				})
			}
			for _, ex := range rule.not {
				t.Run("not "+ex, func(t *testing.T) {
					for name, s := range sites(ex) {
						if rule.match(s) {
							t.Errorf("%q taken as a place", name)
						}
					}
				})
			}
		})
	}
}

// The name patterns that look only where a match can start
// (internal/rescan) find what regexp finds, on every paragraph of the
// corpus and of the built-in article.
func TestFastPatternsFindWhatRegexpFinds(t *testing.T) {
	paths, _ := filepath.Glob("../../../shared/corpus/*.txt")
	paths = append(paths, "../../assets/mongolia-peace-mediator.txt")
	var paras []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		paras = append(paras, strings.Split(string(b), "\n")...)
	}
	for _, re := range []*rescan.Regexp{reAbbrevFirst, reHyphenHead, reSurnameOf, reCopular, rePolicyOf, reTreatyOfPlace} {
		if !re.Fast() {
			t.Errorf("%s tries every position", re)
		}
		std := regexp.MustCompile(re.String())
		for _, p := range paras {
			if got, want := re.FindAllStringSubmatchIndex(p), std.FindAllStringSubmatchIndex(p, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: %v, regexp finds %v", re, p, got, want)
			}
		}
	}
}
