package quiz

import (
	"regexp"
	"strings"
	"unicode"
)

// Round 18 (issue 18): a country's blank whose stem names a place inside
// that country is given away by anyone who knows where the place lies:
// "routed through _____ and over the Himalayan Mountains" (India, China
// Q5), "Allied troops were to withdraw immediately from Tehran and … the
// withdrawal of troops from _____" (Iran, Potsdam Q5). Such a blank is
// not asked, as a choice nor typed. Three signals, each read in the
// blank's sentence (the third also in the sentences naming the clue):
//   - a landform name (a capitalised name ending in "Mountains", "River",
//     "Strait" …) a few words from the blank: the range or the river
//     lies in few countries;
//   - the blank's preposition repeated before a capitalised name that is
//     no country, after a word of the same stem ("withdraw from Tehran" …
//     "withdrawal of troops from _____"): two stages of one act, the
//     first inside the second's country;
//   - a place of the sentence that the article elsewhere ties to the
//     answer: "Tehran, Iran", "Tehran in Iran", "Iran's capital, Tehran".

// placeClueOff turns stemPlaceClue and tiedPlaceClue off, for measuring
// (QO_OFF=clue).
var placeClueOff bool

// maxClueWords is how many words from the blank a landform name gives
// its country away.
const maxClueWords = 6

// landformHeads end the names of mountains, rivers, seas and the like,
// each in one or few countries (general English geography words).
var landformHeads = map[string]bool{
	"Mountains": true, "Mountain": true, "Mount": true, "Range": true, "Hills": true,
	"Desert": true, "Plateau": true, "Valley": true, "Basin": true, "River": true, "Strait": true, "Straits": true,
	"Gulf": true, "Lake": true, "Peninsula": true, "Canal": true, "Pass": true, "Delta": true,
}

// reLandform finds a capitalised name ending in a landform word.
var reLandform = regexp.MustCompile(`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`)

// stemPlaceClue reports a country's blank whose own sentence names a
// landform near it, or repeats its preposition before a place after a
// word of the same stem (one sentence, no scan of the article).
func stemPlaceClue(f Fact) bool {
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if placeClueOff || rel < 0 || end > len(f.Sentence) || rel > end {
		return false
	}
	before, after := f.Sentence[:rel], f.Sentence[end:]
	return landformNear(before, after) || parallelPlace(before, after)
}

// landformNear reports a landform name within maxClueWords words of the
// blank, with no stop of a clause between.
func landformNear(before, after string) bool {
	bw := strings.Fields(clauseTail(before))
	if len(bw) > maxClueWords {
		bw = bw[len(bw)-maxClueWords:]
	}
	aw := strings.Fields(clauseHead(after))
	if len(aw) > maxClueWords {
		aw = aw[:maxClueWords]
	}
	for _, side := range []string{strings.Join(bw, " "), strings.Join(aw, " ")} {
		for _, m := range reLandform.FindAllString(side, -1) {
			w := strings.Fields(m)
			if len(w) > 1 && landformHeads[strings.Trim(w[len(w)-1], ",.;:()")] {
				return true
			}
			if len(w) > 1 && (w[0] == "Mount" || w[0] == "Lake") {
				return true // "Mount Everest", "Lake Baikal"
			}
		}
	}
	return false
}

// clauseTail and clauseHead are the words of before and after up to a
// clause's stop (";", ":", a full stop, a dash).
func clauseTail(before string) string {
	if i := strings.LastIndexAny(before, ";:—–("); i >= 0 {
		return before[i+1:]
	}
	return before
}

func clauseHead(after string) string {
	if i := strings.IndexAny(after, ";:—–("); i >= 0 {
		return after[:i]
	}
	return after
}

// cluePrepositions are the prepositions of place whose repetition ties a
// place to the blank.
var cluePrepositions = map[string]bool{"from": true, "in": true, "into": true, "to": true, "through": true, "across": true, "at": true, "within": true, "out of": true}

// maxStemGap is how many words before each preposition the words of one
// stem are looked for.
const maxStemGap = 4

// parallelPlace reports the blank's preposition written earlier in the
// sentence before a capitalised name that is no country, each after a
// word sharing a stem of five letters or more ("withdraw from Tehran" …
// "withdrawal of troops from _____").
func parallelPlace(before, after string) bool {
	words := strings.Fields(before)
	if len(words) < 2 {
		return false
	}
	prep := strings.ToLower(words[len(words)-1])
	if prep == "the" && len(words) > 2 {
		words = words[:len(words)-1]
		prep = strings.ToLower(words[len(words)-1])
	}
	if !cluePrepositions[prep] {
		return false
	}
	blankStems := stemsBefore(words, len(words)-1)
	for i := 0; i+1 < len(words)-1; i++ {
		if strings.ToLower(words[i]) != prep {
			continue
		}
		name := strings.Trim(words[i+1], ",.;:()“”\"")
		if !capitalised(name) || placeKind(name) == "country" || continentOfName(name) != "" {
			continue
		}
		if i+2 < len(words) && capitalised(strings.Trim(words[i+2], ",.;:")) && !strings.HasSuffix(words[i+1], ",") {
			continue // "from Tehran Radio": a longer name
		}
		for s := range stemsBefore(words, i) {
			if blankStems[s] {
				return true
			}
		}
	}
	return false
}

// stemsBefore are the five-letter stems of the lower-case words among
// the maxStemGap words before words[at].
func stemsBefore(words []string, at int) map[string]bool {
	out := map[string]bool{}
	for j := max(0, at-maxStemGap); j < at; j++ {
		w := strings.ToLower(strings.TrimFunc(words[j], func(r rune) bool { return !unicode.IsLetter(r) }))
		if len([]rune(w)) >= 5 && w == strings.ToLower(words[j]) && !stemStops[w] {
			out[string([]rune(w)[:5])] = true
		}
	}
	return out
}

// stemStops are common words whose shared stem ties nothing.
var stemStops = map[string]bool{"there": true, "their": true, "which": true, "these": true, "those": true, "other": true, "where": true, "after": true, "before": true, "under": true, "about": true, "between": true, "through": true, "would": true, "could": true, "should": true, "further": true}

// maxClueSentences bounds the sentences read per clue place.
const maxClueSentences = 50

// reTiedAfter finds, after a place, what leads to its country: ", "
// (", Iran"), " in " (" in Iran"), " (" (" (Iran)").
var reTiedAfter = regexp.MustCompile(`^(?:,\s+|\s+in\s+(?:the\s+)?|\s+\()`)

// tiedPlaceClue reports a name of the blank's sentence, no country nor
// region, that another sentence of the article writes as lying in the
// answer: "Tehran, Iran", "Tehran in Iran", "Iran's capital, Tehran",
// "Iran's Tehran" (the names are read in the blank's sentence; the
// sentences naming each, up to maxClueSentences).
func (g *generator) tiedPlaceClue(f Fact) bool {
	rel, end := f.Start-f.SentSpan.Start, f.End-f.SentSpan.Start
	if placeClueOff || g.ix == nil || rel < 0 || end > len(f.Sentence) || rel > end {
		return false
	}
	for _, side := range []string{f.Sentence[:rel], f.Sentence[end:]} {
		for _, n := range reLandform.FindAllString(side, -1) {
			n = strings.TrimRight(n, "'’-")
			if n == f.Value || strings.Contains(n, f.Value) || strings.Contains(f.Value, n) || capitalisedStop(n) {
				continue
			}
			if k := placeKind(n); k == "country" || k == "region" || k == "bloc" || continentOfName(n) != "" || g.countryLike[n] {
				continue
			}
			if g.tiedTo(n, f.Value, f.Sentence) {
				return true
			}
		}
	}
	return false
}

// capitalisedStop reports a capitalised function word ("The", "In"),
// which names nothing.
func capitalisedStop(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "in", "on", "at", "of", "by", "to", "from", "after", "before", "during", "this", "that", "these", "it", "its", "he", "she", "they", "when", "while", "although", "though", "but", "and", "as":
		return true
	}
	return false
}

// tiedTo reports a sentence other than own that writes place as lying in
// country.
func (g *generator) tiedTo(place, country, own string) bool {
	read := 0
	for _, si := range g.ix.mentioning(place) {
		if read++; read > maxClueSentences {
			break
		}
		s := g.sents[si].text
		if s == own {
			continue
		}
		for at := findWord(s, place, 0); at >= 0; at = findWord(s, place, at+len(place)) {
			rest := s[at+len(place):]
			if m := reTiedAfter.FindString(rest); m != "" && strings.HasPrefix(rest[len(m):], country) {
				return true
			}
			head := strings.TrimRight(s[:at], " ")
			for _, poss := range []string{country + "'s", country + "’s"} {
				if i := strings.LastIndex(head, poss); i >= 0 && len(strings.Fields(head[i+len(poss):])) <= 2 {
					return true // "Iran's capital, Tehran", "Iran's Tehran"
				}
			}
		}
	}
	return false
}

// placeClue reports a country's blank its stem gives away by a place
// inside the country.
func (g *generator) placeClue(f Fact) bool {
	return stemPlaceClue(f) || g.tiedPlaceClue(f)
}
