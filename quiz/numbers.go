package quiz

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// NumberFact is a quantity with its unit: "120 seats", "62 per cent",
// "$13 billion". Numbers are found for questions only; they are not
// facts of the article's report or cards.
const NumberFact FactKind = "number"

// A quantity is a figure with a currency sign or a unit after it. The
// unit is a plural noun, "per cent" or "%"; a scale word may stand
// between ("16.5 million tons").
var reQuantity = regexp.MustCompile(quantityExpr)

const quantityExpr = `(?:(?:US)?[$£€¥]\s?)?\b\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion)\b)?(?:%|\s?per\s?cent\b|\spercent\b|\s[a-z]+\b)?`

// reQuantityAt is reQuantity anchored, tried by quantityMatches only
// where a quantity can start.
var reQuantityAt = regexp.MustCompile(`^(?:` + quantityExpr + `)`)

// quantityMatches is reQuantity.FindAllStringIndex(s, -1), trying the
// expression only where a match can start: at a digit after a non-word
// byte, or at "US", "$", "£", "¥" or "€" (the regexp package tries every
// byte of every sentence, which took most of a book's figure finding).
func quantityMatches(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if i > 0 && isWordByte(s[i-1]) {
				continue // `\b` fails before the digit
			}
		case c == '$' || c == 'U' || c == 0xC2 || c == 0xE2: // $, US, the lead bytes of £ ¥ and €
		default:
			continue
		}
		// the text before i plays no part: `\b` before a digit reads the
		// byte before it, checked above, or a sign inside the match
		m := reQuantityAt.FindStringIndex(s[i:])
		if m == nil {
			continue
		}
		out = append(out, []int{i, i + m[1]})
		i += m[1] - 1 // a match is never empty
	}
	return out
}

// isWordByte is `\w` of regexp: an ASCII letter, digit or underscore.
func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

var scaleWords = map[string]bool{"thousand": true, "million": true, "billion": true, "trillion": true}

// countWords are plural nouns without an -s.
var countWords = map[string]bool{"people": true, "men": true, "women": true, "children": true, "personnel": true, "cattle": true}

// notUnits are words after a figure that are no unit.
var notUnits = map[string]bool{"years": true, "days": true, "months": true, "weeks": true, "hours": true, "times": true, "decades": true, "centuries": true, "others": true, "is": true, "was": true, "has": true, "as": true, "others's": true}

// quantity is one figure found in a sentence.
type quantity struct {
	span  Span
	value float64
	unit  string // what the figure counts: "$ billion", "%", "seats"
}

// findQuantities finds the figures with units of a sentence. Years,
// figures inside names ("Resolution 242", "JCS 1067") and bare numbers
// are left out.
func findQuantities(s string) []quantity {
	var out []quantity
	for _, m := range quantityMatches(s) {
		text := s[m[0]:m[1]]
		q, ok := parseQuantity(text)
		if !ok || m[0] > 0 && strings.ContainsRune("-/–", rune(s[m[0]-1])) {
			continue
		}
		before := strings.TrimRight(s[:m[0]], " ")
		if w := lastWord(before); len(before) < m[0] && capitalised(w) && !strings.ContainsAny(w, ",.;:()") && !strings.ContainsAny(text, "$£€¥") {
			continue // "Resolution 242", "Article 5 members": a number names it
		}
		end := m[1]
		if i := strings.LastIndexByte(text, ' '); i > 0 {
			if w := text[i+1:]; w != "cent" && w != "percent" && !scaleWords[w] && !plural(w) {
				end = m[0] + i // "$13 billion in aid": the figure ends before "in"
			}
		}
		out = append(out, quantity{span: Span{m[0], end}, value: q.value, unit: q.unit})
	}
	return out
}

// parseQuantity reads "$13 billion", "62 per cent", "300,000 troops".
func parseQuantity(text string) (quantity, bool) {
	t := text
	cur := ""
	if i := strings.IndexAny(t, "$£€¥"); i >= 0 && i < 3 {
		cur = string([]rune(t[i:])[0])
		t = strings.TrimSpace(t[i+len(cur):])
	}
	f := strings.Fields(strings.Replace(strings.Replace(t, "%", " %", 1), "per cent", "%", 1))
	if len(f) == 0 {
		return quantity{}, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(f[0], ",", ""), 64)
	if err != nil {
		return quantity{}, false
	}
	rest := f[1:]
	scale := ""
	if len(rest) > 0 && (rest[0] == "thousand" || rest[0] == "million" || rest[0] == "billion" || rest[0] == "trillion") {
		scale, rest = rest[0], rest[1:]
	}
	unit := ""
	switch {
	case len(rest) > 0 && (rest[0] == "%" || rest[0] == "percent"):
		unit = "%"
	case cur != "":
		unit = cur
		if len(rest) > 0 && !plural(rest[0]) {
			rest = nil
		}
	case len(rest) > 0 && plural(rest[0]):
		unit = rest[0]
	default:
		return quantity{}, false
	}
	if cur == "" && scale == "" && unit != "%" && !strings.Contains(f[0], ",") && !strings.Contains(f[0], ".") && v >= 1000 && v <= 2100 {
		return quantity{}, false // a year before a noun: "1948 elections"
	}
	if scale != "" {
		unit = strings.TrimSpace(unit + " " + scale)
	}
	return quantity{value: v, unit: unit}, true
}

func plural(w string) bool {
	w = strings.ToLower(w)
	if notUnits[w] {
		return false
	}
	return countWords[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// numberFacts are the quantities of the article's sentences, one per
// figure, leaving out those inside a date.
func numberFacts(sents []sentenceRef, dates []Fact) []Fact {
	// the dates of each paragraph: a figure is checked against its own
	// paragraph's only (looking through all of a book's was quadratic)
	inBlock := map[blockKey][]Fact{}
	for _, d := range dates {
		k := blockKey{d.Chapter, d.Block}
		inBlock[k] = append(inBlock[k], d)
	}
	var out []Fact
	for _, s := range sents {
		qs := findQuantities(s.text)
		if len(qs) == 0 {
			continue
		}
		ds := inBlock[blockKey{s.chapter, s.block}]
		for _, q := range qs {
			text := strings.TrimRight(s.text[q.span.Start:q.span.End], " ")
			if overlapsDate(s, q.span, ds) {
				continue
			}
			out = append(out, newFact(s, NumberFact, Span{q.span.Start, q.span.Start + len(text)}, text, q.unit, DateValue{}))
		}
	}
	return out
}

// blockKey names a paragraph: its chapter and its place in it.
type blockKey struct{ chapter, block int }

// overlapsDate reports a span of sentence s that overlaps one of dates
// found in its paragraph.
func overlapsDate(s sentenceRef, sp Span, dates []Fact) bool {
	for _, d := range dates {
		if d.Chapter == s.chapter && d.Block == s.block {
			ds, de := d.Start-s.span.Start, d.End-s.span.Start
			if ds < sp.End && sp.Start < de {
				return true
			}
		}
	}
	return false
}

// numberDistractors are figures of the same unit and scale: others the
// article gives first, then the answer scaled up or down and written the
// same way ("$13 billion" → "$6.5 billion", "$26 billion"). No option
// may also make the sentence true ("more than _____": never a smaller
// figure), exceed a total the paragraph states ("337 facilities … more
// than 260"), or stand out by its roundness (499 among 250 and 120); the
// scale factors are uneven, so the options form no series (24, 48, 72,
// 96).
func (g *generator) numberDistractors(f Fact, n int) []string {
	want, ok := parseQuantity(f.Text)
	if !ok {
		return nil
	}
	dir := comparativeBefore(f)
	limit := g.totalOf(f, want.value)
	var out []string
	seen := map[float64]bool{want.value: true}
	add := func(s string, v float64) {
		if len(out) >= n || tooNear(v, seen) || showsAny(f.Sentence, []string{s}) || dir > 0 && v <= want.value || dir < 0 && v >= want.value || limit > 0 && v > limit {
			return
		}
		seen[v] = true
		out = append(out, s)
	}
	sig := sigDigits(f.Text)
	for _, o := range g.numbers {
		if o.Detail != f.Detail || o.Sentence == f.Sentence || o.Block == f.Block && o.Chapter == f.Chapter {
			continue
		}
		if q, ok := parseQuantity(o.Text); ok && sameScale(q.value, want.value) && sameShapeNumber(o.Text, f.Text) && sigDigits(o.Text) == sig {
			add(o.Text, q.value)
		}
	}
	factors := []float64{0.4, 0.6, 0.7, 1.3, 1.6, 1.8, 2.5, 3.5}
	g.rng.Shuffle(len(factors), func(i, j int) { factors[i], factors[j] = factors[j], factors[i] })
	for _, k := range factors {
		v := roundLike(want.value*k, f.Text)
		if v <= 0 || want.unit == "%" && want.value <= 100 && v > 100 {
			continue
		}
		s := replaceFigure(f.Text, v)
		if sigDigits(s) != sig {
			continue // 250 beside 499, 61 beside 60
		}
		add(s, v)
	}
	return out
}

// tooNear reports a figure within a tenth of one already offered or of
// the answer: 43 beside 44 states is a misprint, not a choice.
func tooNear(v float64, seen map[float64]bool) bool {
	for o := range seen {
		if math.Abs(v-o) <= 0.1*math.Max(v, o) {
			return true
		}
	}
	return false
}

// comparativeBefore tells which way a figure is bounded by the words
// before it: 1 after "more than", "over", "at least" (a smaller option
// would be true too), -1 after "fewer than", "less than", "under", "at
// most", "up to", 0 otherwise.
func comparativeBefore(f Fact) int {
	i := f.Start - f.SentSpan.Start
	if i < 0 || i > len(f.Sentence) {
		return 0
	}
	before := " " + strings.ToLower(strings.TrimRight(f.Sentence[:i], " ")) + " "
	for _, w := range []string{" more than ", " over ", " at least ", " in excess of ", " exceeding ", " upwards of ", " greater than ", " above "} {
		if strings.HasSuffix(before, w) {
			return 1
		}
	}
	for _, w := range []string{" fewer than ", " less than ", " under ", " at most ", " up to ", " below ", " no more than "} {
		if strings.HasSuffix(before, w) {
			return -1
		}
	}
	return 0
}

// countriesInTheWorld bounds a count of states, countries or nations: a
// false "370 states" is plainly impossible.
const countriesInTheWorld = 195

// totalOf is the largest figure of the same unit the answer's paragraph
// states above the answer ("The network consists of 337 facilities …
// more than 260 facilities have been certified"): no option may exceed
// the whole. A count of states, countries or nations is bounded by the
// world's. 0 means no bound.
func (g *generator) totalOf(f Fact, v float64) float64 {
	limit := 0.0
	for _, o := range g.numbers {
		if o.Chapter != f.Chapter || o.Block != f.Block || o.Detail != f.Detail {
			continue
		}
		if q, ok := parseQuantity(o.Text); ok && q.value > v && (limit == 0 || q.value > limit) {
			limit = q.value
		}
	}
	switch strings.ToLower(f.Detail) {
	case "states", "countries", "nations":
		if limit == 0 || limit > countriesInTheWorld {
			limit = countriesInTheWorld
		}
	}
	return limit
}

// sigDigits counts the significant digits of a figure: 2 in "260", 3 in
// "499" and "552,000", 2 in "1.5".
func sigDigits(text string) int {
	fig := strings.ReplaceAll(figureRe.FindString(text), ",", "")
	if strings.Contains(fig, ".") {
		return len(strings.TrimLeft(strings.Replace(fig, ".", "", 1), "0"))
	}
	n := len(strings.TrimRight(strings.TrimLeft(fig, "0"), "0"))
	return max(n, 1)
}

// sameScale reports figures within a factor of ten of each other.
func sameScale(a, b float64) bool {
	return a > 0 && b > 0 && a/b < 10 && b/a < 10
}

// sameShapeNumber reports figures written alike: "$12 billion" and "$13
// billion", not "$12 billion" and "over $12 billion".
func sameShapeNumber(a, b string) bool {
	return reDigits.ReplaceAllString(a, "#") == reDigits.ReplaceAllString(b, "#") ||
		strings.Count(a, ".") == strings.Count(b, ".") && strings.Count(a, ",") == strings.Count(b, ",")
}

// figureRe is the number inside a quantity's text.
var figureRe = regexp.MustCompile(`\d{1,3}(?:,\d{3})*(?:\.\d+)?`)

// roundLike rounds v to the precision the original figure is written
// with: as many decimals, or for whole numbers as many significant
// digits (at least one, never a fraction).
func roundLike(v float64, text string) float64 {
	fig := figureRe.FindString(text)
	if i := strings.Index(fig, "."); i >= 0 {
		p := math.Pow(10, float64(len(fig)-i-1))
		return math.Round(v*p) / p
	}
	if v < 0.5 {
		return 0
	}
	mag := math.Pow(10, math.Max(0, math.Floor(math.Log10(v))-float64(sigDigits(text))+1))
	return math.Round(v/mag) * mag
}

// replaceFigure writes v in place of the figure in text, with thousands
// separators when the original had them.
func replaceFigure(text string, v float64) string {
	fig := figureRe.FindString(text)
	var s string
	if i := strings.Index(fig, "."); i >= 0 {
		s = strconv.FormatFloat(v, 'f', len(fig)-i-1, 64)
	} else {
		s = strconv.FormatFloat(v, 'f', 0, 64)
		if strings.Contains(fig, ",") || len(s) > 3 {
			s = commas(s)
		}
	}
	return strings.Replace(text, fig, s, 1)
}

func commas(s string) string {
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
