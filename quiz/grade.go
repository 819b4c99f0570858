package quiz

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Verdict is the result of grading one answer, with what differed.
type Verdict struct {
	Correct  bool
	Given    string
	Expected string
	// Note says what differed ("one year off", "small typo: Kishda →
	// Kishida"), or is empty.
	Note string
}

// normAnswer folds case, diacritics, punctuation, spacing and a leading
// article away: "The 1990's" and "1990s" give the same string.
func normAnswer(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '’' || r == '\'' || r == '‘':
			// "1990's" -> "1990s", "People’s" -> "Peoples"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(' ')
		}
	}
	f := strings.Fields(b.String())
	if len(f) > 1 && (f[0] == "the" || f[0] == "a" || f[0] == "an") {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// GradeText grades a typed answer. A date is right when its value matches
// ("in 1986" = "1986"), wrong when the year differs at all; a name may
// have a small typo in a long word, never in a number.
func GradeText(given, expected string) Verdict {
	v := Verdict{Given: given, Expected: expected}
	g, e := normAnswer(given), normAnswer(expected)
	if g == "" {
		v.Note = "No answer was given."
		return v
	}
	if g == e {
		v.Correct = true
		return v
	}
	if alt, ok := eitherName(given, expected); ok {
		return alt // "CTBT" for "Comprehensive Nuclear-Test-Ban Treaty (CTBT)"
	}
	if alt, ok := shortTitle(given, expected); ok {
		return alt // "Non-Proliferation Treaty" for "Treaty on the Non-Proliferation of Nuclear Weapons"
	}
	if want, ok := ParseDate(expected); ok {
		got, ok := ParseDate(given)
		if !ok {
			v.Note = fmt.Sprintf("Expected a date such as %s.", expected)
			return v
		}
		coarse := want.Granularity != Day && want.Granularity != Month
		if got.Equal(want) || coarse && got.Year == want.Year && got.YearEnd == want.YearEnd && got.Granularity == want.Granularity {
			v.Correct = true
			if normDigits(g) != normDigits(e) || !sameWords(g, e) {
				v.Note = fmt.Sprintf("Right: the same date as the article's %s.", expected)
			}
			return v
		}
		if want.Granularity == Year && want.Year == want.YearEnd && got.Year == want.Year && got.YearEnd == want.YearEnd &&
			(got.Granularity == Day || got.Granularity == Month) {
			v.Correct = true
			v.Note = fmt.Sprintf("Right: the year is %s; the article gives no day or month.", expected)
			return v
		}
		switch d := absInt(got.Year - want.Year); {
		case d == 0 && got.Granularity == want.Granularity:
			v.Note = fmt.Sprintf("The right year, but another day or month: the article says %s.", expected)
		case d == 1:
			v.Note = fmt.Sprintf("One year off: you wrote %s, the article says %s.", got, expected)
		case got.Granularity != want.Granularity && got.Overlaps(want):
			v.Note = fmt.Sprintf("Close, but not as precise as the article: it says %s.", expected)
		default:
			v.Note = fmt.Sprintf("You wrote %s; the article says %s.", got, expected)
		}
		return v
	}
	gw, ew := strings.Fields(g), strings.Fields(e)
	if len(gw) == len(ew) {
		var typos []string
		ok := true
		for i := range ew {
			if gw[i] == ew[i] {
				continue
			}
			if hasDigit(gw[i]) || hasDigit(ew[i]) || !typoOK(gw[i], ew[i]) {
				ok = false
				break
			}
			typos = append(typos, gw[i]+" → "+ew[i])
		}
		if ok {
			v.Correct = true
			v.Note = "Small typo: " + strings.Join(typos, ", ") + "."
			return v
		}
	}
	v.Note = fmt.Sprintf("The answer is %s.", expected)
	return v
}

// normDigits keeps a string's digits: "16 October 1962" → "161962".
func normDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// sameWords reports two strings of the same words in the same order.
func sameWords(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// gradeFillIn grades a typed answer to a fill-in question: the text, a
// short form the question accepts ("Bidault", "ERP"), or for a date
// question that accepts it, the right year of a fuller date.
func (q Question) gradeFillIn(given string) Verdict {
	if q.Kind == ClauseFact {
		v := gradeKeyWords(given, q.Answer[0], q.Prompt)
		if strings.Contains(q.Prompt, oneOfHint) {
			// a list: any one part, by its key words
			for _, a := range q.Accept {
				if w := gradeKeyWords(given, a, q.Prompt); !v.Correct && w.Correct {
					w.Expected = q.Answer[0]
					w.Note = fmt.Sprintf("Right: the article names %s.", q.Answer[0])
					return w
				}
			}
		}
		for _, a := range q.alsoAccepted() {
			// the means or aim the key was cut from (alsokey.go)
			if w := gradeKeyWords(given, a, q.Prompt); !v.Correct && w.Correct {
				w.Expected = q.Answer[0]
				w.Note = fmt.Sprintf("Right: the article gives that too (%s); the key is: %s.", a, q.Answer[0])
				return w
			}
		}
		for _, a := range q.Accept {
			if w := GradeText(given, a); !v.Correct && w.Correct {
				w.Expected = q.Answer[0]
				w.Note = fmt.Sprintf("Right: %s is what %s stands for in the article.", a, q.Answer[0])
				return w
			}
		}
		return v
	}
	v := GradeText(given, q.Answer[0])
	if v.Correct {
		return v
	}
	for _, a := range q.Accept {
		if w := GradeText(given, a); w.Correct {
			w.Expected = q.Answer[0]
			w.Note = fmt.Sprintf("Right: %s is short for %s, and no other name in the article is.", a, q.Answer[0])
			return w
		}
	}
	if q.Kind == DateFact && strings.Contains(q.Prompt, yearEnough) {
		want, ok1 := ParseDate(q.Answer[0])
		got, ok2 := ParseDate(given)
		if ok1 && ok2 && got.Granularity == Year && got.Year == want.Year && got.YearEnd == want.YearEnd {
			v.Correct = true
			v.Note = fmt.Sprintf("Right: the year is enough; the article says %s.", q.Answer[0])
		}
	}
	return v
}

// yearEnough marks a date question that accepts the year alone.
const yearEnough = "the year alone is enough"

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// typoOK allows one edit in words of five letters or more and two in words
// of nine or more.
func typoOK(a, b string) bool {
	n := len([]rune(b))
	allowed := 0
	switch {
	case n >= 9:
		allowed = 2
	case n >= 5:
		allowed = 1
	}
	return allowed > 0 && editDistance(a, b) <= allowed
}

// editDistance is the Levenshtein distance between two strings, with an
// adjacent swap counted as one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// NoKeyNote is the note on an answer to a question without a key.
const NoKeyNote = "Your teacher grades this answer."

// Grade grades the given answer to a question. For multiple choice, true
// or false and fill in, given holds one string; for ordering, the options
// in the order given; for matching, the choice picked for each option.
func (q Question) Grade(given []string) Verdict {
	v := Verdict{Given: strings.Join(given, " | "), Expected: strings.Join(q.Answer, " | ")}
	if len(q.Answer) == 0 {
		v.Note = NoKeyNote // an assignment graded by the teacher
		return v
	}
	switch q.Type {
	case FillIn:
		if len(given) != 1 {
			v.Note = "No answer was given."
			return v
		}
		return q.gradeFillIn(given[0])
	case MultipleChoice, TrueFalse:
		v.Correct = len(given) == 1 && given[0] == q.Answer[0]
		if !v.Correct {
			v.Note = "The answer is " + q.Answer[0] + "."
		}
		return v
	case Ordering, Matching:
		if len(given) != len(q.Answer) {
			v.Note = "Not every item was answered."
			return v
		}
		wrong := 0
		for i := range q.Answer {
			if given[i] != q.Answer[i] {
				wrong++
			}
		}
		v.Correct = wrong == 0
		if !v.Correct {
			v.Note = fmt.Sprintf("%d of %d in the wrong place.", wrong, len(q.Answer))
		}
		return v
	}
	v.Note = "Unknown question type."
	return v
}

// answerKeys are the key words of a phrase answer that its question does
// not show ("Why did tax revenues decline?" is not answered by "tax
// revenues declined"), those among them an answer must hold (a figure or
// a rank), and how many of them a right answer names: two in five, three
// at most.
func answerKeys(expected, prompt string) (keys, must []string, need int) {
	return answerKeysOf(expected, prompt, keyWords)
}

// answerKeysOf is answerKeys with the key words read by words: keyWords
// for patterns that must match the article's own text, gradedKeyWords
// for grading, where "eight" and "8" are one key.
func answerKeysOf(expected, prompt string, words func(string) []string) (keys, must []string, need int) {
	asked := map[string]bool{}
	for _, k := range words(prompt) {
		asked[k] = true
	}
	for _, k := range words(expected) {
		if !asked[k] {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		keys = words(expected)
	}
	for _, k := range keys {
		if hasDigit(k) || ordinalStems[k] {
			must = append(must, k)
		}
	}
	return keys, must, min(3, max(1, (2*len(keys)+4)/5))
}

// KeyWordSets lists, for a typed question graded by its key words, sets of
// word stems in the answer's order any one of which makes an answer right
// (each holds the figures and ranks and enough other key words; at most
// ten sets), so that a question exported to a system that matches typed
// answers against patterns (Moodle's short answer with * wildcards) takes
// what Chapterwise takes, in the answer's word order. Nil for a question
// graded by its words as a whole.
func (q Question) KeyWordSets() [][]string {
	if q.Type != FillIn || q.Kind != ClauseFact || len(q.Answer) == 0 {
		return nil
	}
	keys, must, need := answerKeys(q.Answer[0], q.Prompt)
	forced := map[string]bool{}
	for _, k := range must {
		forced[k] = true
	}
	var free []string
	for _, k := range keys {
		if !forced[k] {
			free = append(free, k)
		}
	}
	pick := max(0, need-len(must))
	if pick > len(free) {
		return nil // every key word is a figure or rank: the answer as written
	}
	free = free[:min(len(free), 5)] // C(5, k) is ten at most
	var sets [][]string
	var choose func(from int, chosen []string)
	choose = func(from int, chosen []string) {
		if len(chosen) == pick {
			in := map[string]bool{}
			for _, k := range chosen {
				in[k] = true
			}
			var set []string
			for _, k := range keys { // the answer's order
				if in[k] || forced[k] {
					set = append(set, k)
				}
			}
			sets = append(sets, set)
			return
		}
		for i := from; i < len(free); i++ {
			choose(i+1, append(chosen, free[i]))
		}
	}
	choose(0, nil)
	return sets
}

// keyStopWords are left out of an answer's key words.
var keyStopWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true,
	"for": true, "and": true, "or": true, "by": true, "with": true, "from": true, "at": true, "as": true, "that": true,
	"this": true, "was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "it": true, "its": true,
	"their": true, "they": true, "had": true, "has": true, "have": true, "not": true, "more": true, "most": true,
	"than": true, "which": true, "who": true, "would": true, "could": true, "into": true, "over": true, "under": true,
	"between": true, "about": true, "after": true, "before": true, "during": true, "such": true, "other": true,
	"also": true, "only": true, "all": true, "any": true, "some": true, "so": true, "because": true, "them": true,
	"there": true, "these": true, "those": true, "his": true, "her": true, "he": true, "she": true, "very": true,
	"much": true, "many": true, "can": true, "did": true, "does": true, "do": true, "will": true, "may": true, "now": true}

// keyWords are the stems (five letters at most) of an answer's words that
// carry its sense: "to stop the reform spreading into Ukraine" → stop,
// refor, sprea, ukrai.
func keyWords(s string) []string { return stemsOf(strings.Fields(normAnswer(s))) }

// gradedKeyWords are keyWords with numbers written as words turned to
// digits first ("eight states" → 8, state; "forty-four" → 44), so that a
// typed "8 states" names the article's "eight specific states".
func gradedKeyWords(s string) []string {
	return stemsOf(numbersAsDigits(strings.Fields(normAnswer(s))))
}

// cardinals are the number words a typed answer may write as digits;
// ordinals ("eighth") stay words and must match as they are.
var cardinals = map[string]int{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// numbersAsDigits writes the cardinal number words of normalised words
// as digits, a ten and a unit after it as one number ("forty four",
// which normAnswer makes of "forty-four", → "44").
func numbersAsDigits(words []string) []string {
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		n, ok := cardinals[words[i]]
		if !ok {
			out = append(out, words[i])
			continue
		}
		if n >= 20 && i+1 < len(words) {
			if u, ok := cardinals[words[i+1]]; ok && u > 0 && u < 10 {
				n += u
				i++
			}
		}
		out = append(out, strconv.Itoa(n))
	}
	return out
}

// stemsOf is keyWords of words already normalised.
func stemsOf(words []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range words {
		if keyStopWords[w] || len(w) < 3 && !hasDigit(w) {
			continue
		}
		if r := []rune(w); len(r) > 5 {
			w = string(r[:5])
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// gradeKeyWords grades a typed answer to a question whose answer is a
// phrase: right when it names enough of the phrase's key words that the
// question does not show (two in five, three at most are asked for),
// whatever else it says and in whatever order; a figure or a rank must be
// the article's. The note gives the article's words.
func gradeKeyWords(given, expected, prompt string) Verdict {
	v := Verdict{Given: given, Expected: expected}
	if strings.TrimSpace(given) == "" {
		v.Note = "No answer was given."
		return v
	}
	keys, must, need := answerKeysOf(expected, prompt, gradedKeyWords)
	got := map[string]bool{}
	for _, k := range gradedKeyWords(given) {
		got[k] = true
	}
	var found []string
	for _, k := range keys {
		if got[k] {
			found = append(found, k)
		}
	}
	for _, k := range must {
		if !got[k] {
			need = len(keys) + 1 // "the Second Opium War" for "the First Opium War": a number or rank must be the article's
		}
	}
	if len(found) >= need {
		v.Correct = true
		if normAnswer(given) != normAnswer(expected) {
			v.Note = fmt.Sprintf("Right: your answer has the key words; the article says: %s.", expected)
		}
		return v
	}
	v.Note = fmt.Sprintf("The article says: %s.", expected)
	return v
}

// ordinalStems are the key-word stems of ordinal words, which a typed
// answer must match: "second" is no "first".
var ordinalStems = map[string]bool{"first": true, "secon": true, "third": true, "fourt": true, "fifth": true, "sixth": true,
	"seven": true, "eight": true, "ninth": true, "tenth": true, "last": true, "final": true, "one": true, "two": true,
	"three": true, "four": true, "five": true, "six": true, "nine": true, "ten": true}
