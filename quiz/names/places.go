package names

import "strings"

// placeSite is a run of capitalised words that could be a place, with
// what stands around it.
type placeSite struct {
	text   string
	toks   []token
	r      run
	w      []string
	sp     Span            // the run without a final "'s"
	idx    int             // the run's first token
	places map[string]bool // places found earlier in the sentence
}

// prev is the token before the run and the text between them.
func (s placeSite) prev() (token, string, bool) {
	if s.idx <= 0 {
		return token{}, "", false
	}
	p := s.toks[s.idx-1]
	return p, s.text[p.end:s.r.toks[0].start], true
}

// placeRule says a run is a place. Each example's [bracketed] run must
// be taken as a place by the rule, each counter-example's runs not.
type placeRule struct {
	name     string
	match    func(s placeSite) bool
	examples []string
	not      []string
}

// placeRules run in order on a run that no head noun, title or person
// rule has claimed and that may be a place at all (placeByContext).
var placeRules = []placeRule{
	{
		name:     "in the gazetteer",
		match:    func(s placeSite) bool { return isGazetteerPlace(s.text[s.sp.Start:s.sp.End]) },
		examples: []string{"[Mongolia] has long balanced its neighbours.", "Talks with [Japan] resumed."},
		not:      []string{"Ulaanbaatar hosted the talks.", "Chile Peppers grew."},
	},
	{
		name:     "shaped like a region",
		match:    func(s placeSite) bool { return len(s.w) >= 2 && geoShaped(s.w) },
		examples: []string{"Aid reached [East Prussia] late.", "Troops left [Northern Bukovina] in 1940."},
		not:      []string{"The Western Allies met.", "The East Prussian Offensive began."},
	},
	{
		name: "chosen as a venue",
		match: func(s placeSite) bool {
			return len(s.w) <= 2 && venueGate(s.text[s.sp.End:]) && reVenueAfter.MatchString(s.text[s.sp.End:])
		},
		examples: []string{"Before [Ulaanbaatar] was cited as a possible location, others were."},
		not:      []string{"Before Kim was cited as a source, others were."},
	},
	{
		name:     "listed after a place",
		match:    listedAfterPlace,
		examples: []string{"Wars in Nicaragua, [Chiapas] and Guatemala threatened the region."},
		not:      []string{"During his visit to Warsaw, Brandt knelt at the memorial."},
	},
	{
		name: "after a preposition of place",
		match: func(s placeSite) bool {
			p, gap, ok := s.prev()
			return ok && (onlySpace(gap) || strings.TrimSpace(gap) == "the") && placePreps[p.text] && (len(s.w) == 1 || placeShaped(s.w))
		},
		examples: []string{"He flew to [Ulaanbaatar] in May.", "He flew to [Pearl Harbor] in May."},
		not:      []string{"The letter went to Yuri Andropov in 1983.", "She came back into Article 12."},
	},
	{
		name:     "second of a pair after a preposition",
		match:    pairAfterPreposition,
		examples: []string{"Talks stalled between the DPRK and [Ulaanbaatar] again."},
		not:      []string{"Executives from News Corporation and Fairfax met."},
	},
	{
		name:     "second of a pair after a place",
		match:    pairAfterPlace,
		examples: []string{"Aid went to Poland and [Ulaanbaatar] again."},
		not:      []string{"Kim and Moon met."},
	},
}

// venueGate reports the words reVenueAfter opens with.
func venueGate(s string) bool {
	return strings.HasPrefix(s, " was ") || strings.HasPrefix(s, " is ") || strings.HasPrefix(s, " were ") ||
		strings.HasPrefix(s, " had been ") || strings.HasPrefix(s, " has been ")
}

// listedAfterPlace: "in Nicaragua, El Salvador and Guatemala", but not
// "to Warsaw, Brandt knelt": the list must go on.
func listedAfterPlace(s placeSite) bool {
	p, gap, ok := s.prev()
	if !ok || strings.TrimSpace(gap) != "," || !reListGoesOn.MatchString(s.text[s.sp.End:]) {
		return false
	}
	before := strings.TrimRight(s.text[:p.end+len(gap)], " ,")
	for place := range s.places {
		if strings.HasSuffix(before, place) {
			return true
		}
	}
	return false
}

// pairAfterPreposition: "between the DPRK and Japan", "in Russia or
// China": the preposition governs both, unless the first is a body
// ("from News Corporation and Fairfax").
func pairAfterPreposition(s placeSite) bool {
	p, gap, ok := s.prev()
	if !ok || !(onlySpace(gap) || strings.TrimSpace(gap) == "the") || p.text != "and" && p.text != "or" || s.idx < 2 {
		return false
	}
	t := s.toks
	j := s.idx - 2
	for j >= 0 && (capitalised(t[j].text) || t[j].text == "the") && onlySpace(s.text[t[j].end:t[j+1].start]) {
		j--
	}
	firstHead := t[s.idx-2].text
	return j >= 0 && j < s.idx-2 && placePreps[t[j].text] && onlySpace(s.text[t[j].end:t[j+1].start]) &&
		!orgHeads[firstHead] && !policyHeads[firstHead]
}

// pairAfterPlace: "Russia and China" once Russia is a place.
func pairAfterPlace(s placeSite) bool {
	p, gap, ok := s.prev()
	if !ok || !(onlySpace(gap) || strings.TrimSpace(gap) == "the") || p.text != "and" && p.text != "or" || s.idx < 2 {
		return false
	}
	for place := range s.places {
		if strings.HasSuffix(strings.TrimRight(s.text[:p.start], " ,"), place) {
			return true
		}
	}
	return false
}
