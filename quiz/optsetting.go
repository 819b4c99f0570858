package quiz

import (
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Round 16 (issue 18): "Which country completes the sentence?" was good
// 41 % of the time. Its options came from anywhere in the article —
// Sweden, Germany and India for what Japan took from China in the 19th
// century, Germany and Japan for a Soviet invasion of 1979, China and
// France for expulsions of Germans in Eastern Europe — and a student
// drops them without having read it. A country's option must be one the
// article puts in the answer's setting: named in the blank's own chapter,
// listed with the answer in one list of another sentence, or named in a
// sentence within maxEraYears of the years the blank's sentence (or its
// chapter's heading) writes. With fewer
// than three such options, no choice question is set; the country is
// asked typed instead ("Type the missing country."), where that is fair.

// settingOff and typedCountryOff turn inSetting and the typed country
// question off, for measuring what they change.
var settingOff, typedCountryOff bool

// placeSlotOff turns nameTail and geographySlot off, for measuring what
// they change.
var placeSlotOff bool

// countryBlank reports a fact whose blank is a country.
func (g *generator) countryBlank(f Fact) bool {
	return f.Kind == PlaceFact && g.placeSort(f.Value) == "country"
}

// inSetting keeps, of a country blank's options, those named in the
// blank's chapter, listed with the answer elsewhere in the article or
// named at the blank's time; other questions' options pass unchanged.
func (g *generator) inSetting(f Fact, options []string) []string {
	if f.Kind == PlaceFact && !placeSlotOff && (nameTail(f) || geographySlot(f)) {
		return nil // round 16 cold war Y-Q15 "Republic of _____", builtin Q9 "positioned between Russia and _____"
	}
	if settingOff || g.ix == nil || !g.countryBlank(f) {
		return options
	}
	if bareAlso(f.Sentence) {
		return nil // "President Li also visited _____.": which Li, when, besides where?
	}
	if g.sideListMember(f) {
		return nil // round 16 cold war X-Q12 "Believing that Britain, _____ and …, the Soviet …" (optpoint.go)
	}
	if g.placeClue(f) {
		return nil // round 18 China Q5 "over the Himalayan Mountains", Potsdam Q5 "from Tehran" (optclue.go)
	}
	options = g.outsideTheGroup(f, options)    // round 18 Brezhnev Q7 "the non-Warsaw Pact nation of _____": not Hungary (optgroup.go)
	options = withoutStemAdjective(f, options) // "resistance against a Soviet attack": not the Soviet Union (optadj.go)
	options = g.inRole(f, options)             // round 18 cold war Q3 "the sphere of influence of _____": not Poland (optrole.go)
	ys, loose := g.slotYears(f)
	window := maxEraYears
	if loose {
		window = maxLooseEraYears
	}
	var out []string
	for _, o := range options {
		if g.namedInChapter(o, f.Chapter) || g.namedBeside(o, []string{f.Value}, f.Sentence) || namedNear(ys, g.yearsNaming(o), window) {
			out = append(out, o)
		}
	}
	return out
}

// slotYears are the years the blank's sentence writes, or, when it writes
// none, those of its chapter's heading ("War with Japan: 1937-1945"), of
// its paragraph, or of its chapter's sentences ("In recent times, …" in
// a chapter of 2009 and 2018); loose when they are its paragraph's or
// chapter's, which bound its time less closely.
func (g *generator) slotYears(f Fact) (ys map[int]bool, loose bool) {
	ys = yearsIn(f.Sentence)
	if len(ys) > 0 || f.Chapter >= len(g.a.Chapters) {
		return ys, false
	}
	ch := g.a.Chapters[f.Chapter]
	if ys = yearsIn(ch.Title); len(ys) > 0 {
		return ys, false
	}
	if f.Block < len(ch.Blocks) {
		if ys = yearsIn(ch.Blocks[f.Block].Text); len(ys) > 0 {
			return ys, true
		}
	}
	lo := sort.Search(len(g.sents), func(i int) bool { return g.sents[i].chapter >= f.Chapter })
	for _, s := range g.sents[lo:] {
		if s.chapter != f.Chapter {
			break
		}
		for y := range yearsIn(s.text) {
			ys[y] = true
		}
	}
	return ys, true
}

// maxLooseEraYears is maxEraYears for years read from the blank's
// paragraph or chapter rather than its sentence: "the mid-1990s" of a
// paragraph on Mongolia's new partners keeps Singapore, named in 2018.
const maxLooseEraYears = 35

// namedNear reports a year of an option's sentences within window years
// of one of the blank's years.
func namedNear(ys map[int]bool, oy []int, window int) bool {
	for y := range ys {
		for _, o := range oy {
			if absInt(y-o) <= window {
				return true
			}
		}
	}
	return false
}

// typedCountry reports a country's blank to ask typed: a choice question
// finds fewer than three options in its setting, and the blank is no
// member of a list of three or more places (which a student completes by
// recalling the list, not the point).
func (g *generator) typedCountry(f Fact) bool {
	if typedCountryOff || settingOff || g.ix == nil || !g.countryBlank(f) || len(g.listMates(f)) > 0 || nameTail(f) || geographySlot(f) || bareAlso(f.Sentence) || g.placeClue(f) {
		return false
	}
	return len(optionsNotInStem(f, g.distractors(f, 3, false))) < 3
}

// otherShortNames are the other everyday names of a country
// (countryAliases): typed, each is right.
func otherShortNames(name string) []string {
	name = strings.TrimPrefix(name, "the ")
	for _, group := range countryAliases {
		if slices.Contains(group, name) {
			var out []string
			for _, a := range group {
				if a != name {
					out = append(out, a)
				}
			}
			return out
		}
	}
	return nil
}

// reNameHeadOf finds a capitalised word and "of" right before the blank,
// not at the sentence's start: "the Republic of _____", "the Kingdom of
// _____", "the Communist Party of _____".
var reNameHeadOf = regexp.MustCompile(`\S\s+(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*\s+of\s+$`)

// nameTail reports a place blanked as the last part of a longer proper
// name ("the Republic of _____" beside "PRC"): half a name, which its
// other half and the sentence give away (round 16 cold war Y-Q15).
func nameTail(f Fact) bool {
	rel := f.Start - f.SentSpan.Start
	if rel <= 0 || rel > len(f.Sentence) {
		return false
	}
	return reNameHeadOf.MatchString(f.Sentence[:rel])
}

// reBetweenBefore and reBetweenAfter find where a place lies, on either
// side of the blank: "positioned between Russia and _____", "located
// between _____ and China", "bordered by _____".
var (
	reBetweenBefore = regexp.MustCompile(`(?i)\b(?:(?:positioned|located|situated|lies|lying|lie|sandwiched|wedged|nestled|squeezed)\s+between\s+(?:the\s+)?\p{Lu}[\p{L}'’. -]*?\s+and|borders|bordered\s+by|bordering|neighbou?ring|adjacent\s+to)\s+(?:the\s+)?$`)
	reBetweenAfter  = regexp.MustCompile(`(?i)\b(?:positioned|located|situated|lies|lying|lie|sandwiched|wedged|nestled|squeezed)\s+between\s+(?:the\s+)?$`)
)

// geographySlot reports a place blanked where the sentence says where
// something lies: the answer is general geography, not the article's
// point (round 16 builtin Q9).
func geographySlot(f Fact) bool {
	rel := f.Start - f.SentSpan.Start
	if rel < 0 || rel > len(f.Sentence) {
		return false
	}
	return reBetweenBefore.MatchString(f.Sentence[:rel]) || reBetweenAfter.MatchString(f.Sentence[:rel])
}

// maxBareAlsoWords is the most words of a sentence that says "also" and
// needs the one before it to say what else.
const maxBareAlsoWords = 8

// bareAlso reports a short sentence that adds to the one before it and
// writes no year of its own ("President Li also visited North Korea."):
// its country is asked with nothing to go on.
func bareAlso(s string) bool {
	w := strings.Fields(s)
	return len(w) <= maxBareAlsoWords && slices.Contains(w, "also") && len(yearsIn(s)) == 0
}
