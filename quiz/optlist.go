package quiz

import (
	"regexp"
	"strings"
)

// Round 14 (issue 18): a place blanked in a list of places took options
// from outside the list's set — France, Belgium and Turkey beside
// "Romania, Bulgaria, Albania, and _____" (cold war Q3), Japan, Taiwan and
// Yugoslavia among NATO's founders (Q7) — which a student drops by
// knowing which bloc each belongs to. An option of a list blank must be
// one the article lists, in another sentence, with one of the list's
// other members (Hungary, Poland, Czechoslovakia listed with Romania and
// Bulgaria); with fewer than the question needs, no choice question is
// set (a place is not asked as typed: the list names several).

// listCompanyOff turns inListCompany off, for measuring what it changes;
// longListOff its refusal of long lists.
var listCompanyOff, longListOff bool

// minLongList is the fewest other places of a list whose blank is not
// asked as a choice (round 16: "Romania, Bulgaria, Albania, and _____",
// one of twelve founders of NATO: the student recalls a list, not a
// point; "Poland, _____ and Hungary" was good).
const minLongList = 3

// reListLeft and reListRight find the item of a list next to a blank or
// to another item: "Albania, and " before it, ", Iceland" after it.
// An item may carry a figure or a note in brackets ("Tanzania (77%),
// Bangladesh (77%)"), and the blank a "the" ("the United Kingdom, the
// _____ and France").
var (
	reListLeft  = regexp.MustCompile(`(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$`)
	reListRight = regexp.MustCompile(`^(?:\s*\([^()]*\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)`)
)

// listMates are the other places of the list a place's blank stands in,
// read item by item outward from the blank while each is a country, a
// region or a province (", Mongolian foreign policy" ends "between Russia and _____");
// none when the list holds fewer than three places.
func (g *generator) listMates(f Fact) []string {
	if f.Kind != PlaceFact {
		return nil
	}
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if rel < 0 || end > len(f.Sentence) || rel > end {
		return nil
	}
	var mates []string
	isPlace := func(x string) bool {
		k := placeKind(x)
		return x != f.Text && x != f.Value && (k == "country" || k == "region" || k == "province" || g.countryLike[x])
	}
	for left := f.Sentence[:rel]; ; {
		m := reListLeft.FindStringSubmatchIndex(left)
		if m == nil || !isPlace(left[m[2]:m[3]]) {
			break
		}
		mates = append(mates, left[m[2]:m[3]])
		left = left[:m[0]]
	}
	for right := f.Sentence[end:]; ; {
		m := reListRight.FindStringSubmatchIndex(right)
		if m == nil || !isPlace(right[m[2]:m[3]]) {
			break
		}
		mates = append(mates, right[m[2]:m[3]])
		right = right[m[1]:]
	}
	if len(mates) < 2 {
		return nil
	}
	return mates
}

// inListCompany keeps, for a place blanked in a list, the options the
// article lists with one of the list's other members in another
// sentence (listedTogether); other questions' options pass unchanged.
func (g *generator) inListCompany(f Fact, options []string) []string {
	if listCompanyOff || g.ix == nil {
		return options
	}
	mates := g.listMates(f)
	if len(mates) == 0 {
		return options
	}
	if len(mates) >= minLongList && !longListOff && g.countryBlank(f) {
		return nil // round 16 cold war Y-Q3, Y-Q7: one of four or more places, found by recalling the list
	}
	var out []string
	for _, o := range options {
		if g.namedBeside(o, mates, f.Sentence) {
			out = append(out, o)
		}
	}
	return out
}

// maxBesideSentences bounds the sentences read per option: a name in
// hundreds of a book's sentences is read in its first ones.
const maxBesideSentences = 200

// namedBeside reports a sentence other than own that lists option with
// one of mates.
func (g *generator) namedBeside(option string, mates []string, own string) bool {
	read := 0
	for _, si := range g.ix.mentioning(option) {
		if read++; read > maxBesideSentences {
			break
		}
		s := g.sents[si].text
		if s == own || findWord(s, option, 0) < 0 {
			continue
		}
		for _, m := range mates {
			if !strings.EqualFold(m, option) && listedTogether(s, option, m) {
				return true
			}
		}
	}
	return false
}

// listedTogether reports a sentence that names a and b in one list: only
// capitalised names, commas, "and", "or" and "the" between them ("The
// Soviet Union, Albania, Czechoslovakia, Hungary, East Germany, Bulgaria,
// Romania, and Poland founded …"). Two names in one sentence are not
// enough: every power is named beside every other somewhere.
func listedTogether(s, a, b string) bool {
	i, j := findWord(s, a, 0), findWord(s, b, 0)
	if i < 0 || j < 0 {
		return false
	}
	lo, hi := i+len(a), j
	if j < i {
		lo, hi = j+len(b), i
	}
	if lo > hi || hi-lo > 160 {
		return false
	}
	between := s[lo:hi]
	if strings.TrimSpace(between) == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ReplaceAll(between, ",", " , ")) {
		if w != "," && w != "and" && w != "or" && w != "the" && !capitalised(strings.Trim(w, "()")) {
			return false
		}
	}
	return strings.Contains(between, ",") || strings.Contains(between, " and ") || strings.Contains(between, " or ")
}
