package quiz

import (
	"regexp"
	"strings"
)

// settingsOff leaves the fronts without their chapter (a test measures
// the decks with and without withSettings).
var settingsOff bool

// withSettings gives each question card whose front names no date and no
// name of more than one word its chapter as its setting: "Why did tax
// revenues decline?" → "Why did tax revenues decline? (chapter “Economic
// reforms”)", "What did increasing sales of Indian opium to China by
// British traders lead to? (chapter “Qing Dynasty”)". Round 14 marked
// such fronts context-free ("What did X lead to?", "What were the goals of
// the United States?": which goals, when?), and the date cards' chapter
// hint was praised ("the chapter hint helps"). A front of the lead or of
// a chapter of a generic title (Introduction, Summary, Overview) takes
// the article's title instead; a title that shares a word with the
// answer would show it, and one of two words or fewer that shares one
// with the front adds nothing: those fronts stay as they are.
func (g *generator) withSettings(cards []Card) []Card {
	if settingsOff {
		return cards
	}
	for i, c := range cards {
		if c.Kind != CardQuestion || c.Edited || c.Chapter < 0 || c.Chapter >= len(g.a.Chapters) || strings.Contains(c.Front, "(chapter") {
			continue
		}
		title, label := strings.TrimSpace(g.a.Chapters[c.Chapter].Title), "chapter"
		if c.Chapter == 0 || genericTitle(title) {
			// the lead: the article's own subject sets the front ("What
			// were the goals of the United States? (article “Marshall
			// Plan”)", round 14 Marshall Plan C1: which goals?)
			title, label = strings.TrimSpace(g.a.Title), "article"
		}
		if !settingNeeded(c.Front) || genericTitle(title) {
			continue
		}
		answer, _, _ := strings.Cut(c.Back, "\n")
		if sharesContentWord(title, answer) || sharesContentWord(title, c.Front) && len(strings.Fields(title)) <= 2 {
			continue
		}
		cards[i].Front = c.Front + " (" + label + " “" + title + "”)"
	}
	return cards
}

// settingNeeded reports a front with no date, no name of two words or
// more ("Joint Venture Law", "Alexander Dubček"; a country's, "the United
// States", sets nothing) and no initials (PTBT): "Why did tax revenues
// decline?", "What did Perry conclude?", "What were the goals of the
// United States?".
func settingNeeded(front string) bool {
	if reFrontDate.MatchString(front) || reSetDecade.MatchString(front) {
		return false
	}
	w := strings.Fields(front)
	var run []string
	named := func() bool { // a name of two words or more that is no country ("the United States")
		return len(run) >= 2 && placeKind(strings.Join(run, " ")) != "country"
	}
	for i, x := range w {
		x = strings.Trim(x, ",;:.?!\"“”‘’()")
		switch {
		case i > 0 && len(x) >= 3 && strings.ToUpper(x) == x && strings.ToLower(x) != x:
			return false // "PTBT", "NPT"
		case i > 0 && capitalised(x):
			run = append(run, x)
		case len(run) > 0 && nameJoiners[x] && i+1 < len(w) && capitalised(strings.Trim(w[i+1], ",;:.?!\"“”‘’()")):
			run = append(run, x) // "Law on Cooperatives": the name goes on
		default:
			if named() {
				return false
			}
			run = nil
		}
	}
	return !named()
}

// reSetDecade is a decade or century a front may be set in: "the 1980s".
var reSetDecade = regexp.MustCompile(`\b(?:1\d|20)\d0s\b|\bcentury\b`)

// genericTitle reports a chapter title that sets nothing: the lead's.
func genericTitle(title string) bool {
	switch strings.ToLower(title) {
	case "", "introduction", "summary", "overview", "background", "contents", "lead", "notes", "see also":
		return true
	}
	return false
}

// sharesContentWord reports a word of four letters or more, not a stop
// word, that a and b both hold (case folded).
func sharesContentWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		w = strings.Trim(w, ",;:.?!\"“”‘’()")
		if len(w) >= 4 && !stopWords[w] {
			words[w] = true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if words[strings.Trim(w, ",;:.?!\"“”‘’()")] {
			return true
		}
	}
	return false
}
