package quiz

import (
	"slices"
	"strings"
	"testing"
)

// blankIn is a fact whose blank is the first value in sentence s.
func blankIn(s, value string) Fact {
	i := strings.Index(s, value)
	return Fact{Kind: PlaceFact, Text: value, Value: value, Sentence: s, SentSpan: Span{0, len(s)}, Start: i, End: i + len(value)}
}

// TestNameTailAndGeographySlot: a place that is the tail of a longer
// proper name, or a place where the sentence says where something lies,
// is no blank to choose a country for (round 16 cold war Y-Q15, builtin
// X-Q9); a place after a lower-case "of" or between two parties that
// talk is.
func TestNameTailAndGeographySlot(t *testing.T) {
	for _, c := range []struct {
		s, value    string
		tail, where bool
	}{
		{"It continued to recognize the Republic of China on Taiwan as the government of China.", "China", true, false},       // cold war
		{"The delegation met the leaders of the Communist Party of Czechoslovakia in Moscow.", "Czechoslovakia", true, false}, // Brezhnev
		{"Snuggly positioned between Russia and China, Mongolian foreign policy is cautious.", "China", false, true},          // builtin
		{"Landlocked and located between the Soviet Union and China, the state stayed neutral.", "Soviet Union", false, true},
		{"Afghanistan is bordered by Pakistan to the south.", "Pakistan", false, true},
		{"Chinese anxiety was heightened following the Soviet Union's December 1979 invasion of Afghanistan.", "Afghanistan", false, false}, // China
		{"Mongolia has been a location for discussions between Japan and North Korea.", "Japan", false, false},                              // builtin: talks, not where
		{"Both East and West regarded Greece as within the sphere of influence of Britain.", "Britain", false, false},                       // cold war
		{"Republic of Korea troops crossed the line.", "Korea", false, false},                                                               // the sentence's start: no name before it
	} {
		f := blankIn(c.s, c.value)
		if got := nameTail(f); got != c.tail {
			t.Errorf("nameTail(%q in %q) = %v, want %v", c.value, c.s, got, c.tail)
		}
		if got := geographySlot(f); got != c.where {
			t.Errorf("geographySlot(%q in %q) = %v, want %v", c.value, c.s, got, c.where)
		}
	}
}

// TestDividedCountryContinent: a name that ends CLDR's names of a
// divided country's halves lies where they do ("Korea", which CLDR does
// not name, is in Asia, not among Sweden and Germany: round 16 China
// X-Q4); a word that ends names on several continents or no compass
// pair's names is none.
func TestDividedCountryContinent(t *testing.T) {
	for name, want := range map[string]string{
		"Korea": "142", "North Korea": "142", "Sweden": "150", "East Germany": "150",
		"Kingdom": "", "States": "", "Island": "", "Republic": "",
	} {
		if got := continentOfName(name); got != want {
			t.Errorf("continentOfName(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestListMatesReadBracketsAndThe: a list's items may carry a figure in
// brackets or a "the" (round 16 China: "Pakistan (78%), Tanzania (77%),
// …"; Marshall Plan: "the United Kingdom, the Netherlands and France").
func TestListMatesReadBracketsAndThe(t *testing.T) {
	g := mainPointGenerator(t, "Views", "This article is about views.",
		"The most positive countries were Pakistan (78%), Tanzania (77%), Bangladesh (77%), and Kenya (74%). "+
			"Exceptions were the United Kingdom, the Netherlands and France, where production had been restored.")
	for _, c := range []struct {
		value string
		want  []string
	}{
		{"Tanzania", []string{"Pakistan", "Bangladesh", "Kenya"}},
		{"Netherlands", []string{"United Kingdom", "France"}},
	} {
		found := false
		for _, f := range g.facts {
			if f.Kind != PlaceFact || f.Value != c.value {
				continue
			}
			found = true
			got := g.listMates(f)
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("listMates(%s) = %v, want %v", c.value, got, want)
			}
		}
		if !found {
			t.Errorf("no place fact %s", c.value)
		}
	}
}

// TestCountryOptionsInSetting: a country's options are those the article
// names in the blank's chapter, lists with the answer, or names at the
// blank's time: for what was taken in the 1890s, Vietnam and Burma
// (named then), not Sweden (named in 1950) nor Germany (never dated);
// a country of 1950 takes Switzerland (its chapter), India (named in
// 1962) and Germany (listed with the answer). With fewer than three, the
// country is asked typed.
func TestCountryOptionsInSetting(t *testing.T) {
	g := mainPointGenerator(t, "Foreign relations", "This article is about foreign relations.",
		"In 1895 Japan annexed Taiwan after a short war.\n\nFrance seized Vietnam in 1885 after a long campaign.\n\nBritain took Burma in 1886 in a third war.",
		"Sweden recognised the new republic in 1950 as one of the first.\n\nSwitzerland recognised the new republic in 1950 as well.\n\nThe delegates of Sweden, Germany and Norway met in Geneva.",
		"India fought a border war with the republic in 1962.")
	cases := []struct {
		value, sentence string
		options, want   []string
	}{
		{"Taiwan", "In 1895", []string{"Vietnam", "Burma", "Sweden", "Germany"}, []string{"Vietnam", "Burma"}},
		{"Sweden", "Sweden recognised", []string{"Switzerland", "India", "Germany", "Burma"}, []string{"Switzerland", "India", "Germany"}},
	}
	for _, c := range cases {
		found := false
		for _, f := range g.facts {
			if f.Value != c.value || !strings.HasPrefix(f.Sentence, c.sentence) {
				continue
			}
			if !g.countryBlank(f) {
				t.Errorf("%s not read as a country blank", c.value)
				continue
			}
			found = true
			if got := g.inSetting(f, c.options); !slices.Equal(got, c.want) {
				t.Errorf("inSetting(%s) = %v, want %v", c.value, got, c.want)
			}
		}
		if !found {
			t.Errorf("no place fact %s in %q…", c.value, c.sentence)
		}
	}
	settingOff = true
	defer func() { settingOff = false }()
	for _, f := range g.facts {
		if f.Value == "Taiwan" && g.countryBlank(f) {
			if got := g.inSetting(f, []string{"Sweden"}); len(got) != 1 {
				t.Errorf("settingOff: inSetting = %v, want Sweden kept", got)
			}
		}
	}
}

// TestTypedCountryPrompt: a country with too few options in its setting
// is asked typed, "Britain" right for "United Kingdom"; one in a list of
// places or the tail of a name is not.
func TestTypedCountryPrompt(t *testing.T) {
	if got := otherShortNames("the United Kingdom"); !slices.Contains(got, "Britain") || slices.Contains(got, "United Kingdom") {
		t.Errorf("otherShortNames(United Kingdom) = %v", got)
	}
	if got := otherShortNames("Poland"); got != nil {
		t.Errorf("otherShortNames(Poland) = %v, want none", got)
	}
	g := mainPointGenerator(t, "Foreign relations", "This article is about foreign relations.",
		"In 1895 Japan annexed Taiwan after a short war.\n\nFrance seized Vietnam in 1885 after a long campaign.",
		"Sweden recognised the new republic in 1950 as one of the first.")
	asked := false
	for _, f := range g.facts {
		if f.Value != "Taiwan" || !g.countryBlank(f) {
			continue
		}
		if _, ok := g.single(MultipleChoice, f); ok {
			t.Errorf("a choice on Taiwan with one option in its setting")
		}
		q, ok := g.single(FillIn, f)
		if !ok || !strings.HasPrefix(q.Prompt, "Type the missing country.") && !strings.HasPrefix(q.Prompt, "Which country") || q.Answer[0] != "Taiwan" {
			t.Errorf("typed country: %v %q %v", ok, q.Prompt, q.Answer)
		}
		asked = true
	}
	if !asked {
		t.Fatal("no place fact Taiwan")
	}
	typedCountryOff = true
	defer func() { typedCountryOff = false }()
	for _, f := range g.facts {
		if f.Value == "Taiwan" && g.countryBlank(f) {
			if _, ok := g.single(FillIn, f); ok {
				t.Errorf("typedCountryOff: Taiwan still typed")
			}
		}
	}
}

// TestBareAlso: a short sentence that adds to the one before it, with no
// year, gives no country question (round 16 class, China: "President Li
// also visited _____."); a longer or dated one does.
func TestBareAlso(t *testing.T) {
	for s, want := range map[string]bool{
		"President Li also visited North Korea.":                                            true,
		"The delegation also went to Hungary.":                                              true,
		"In 1985 President Li also visited North Korea.":                                    false,
		"The principles were also used to justify the intervention in Afghanistan in 1979.": false,
		"Mongolia has also been an avid supporter of talks between Japan and North Korea.":  false,
		"President Li visited North Korea.":                                                 false,
	} {
		if got := bareAlso(s); got != want {
			t.Errorf("bareAlso(%q) = %v, want %v", s, got, want)
		}
	}
}
