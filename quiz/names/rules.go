package names

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterwise/chapterwise/quiz/internal/rescan"
)

// sentCtx is one sentence as the name rules see it: its words, its runs
// of capitalised words and the places found in it so far.
type sentCtx struct {
	si     int
	text   string
	toks   []token
	cls    []wordClass // each token's classes (classesOf)
	runs   []run
	places map[string]bool
}

func newSentCtx(si int, text string) *sentCtx {
	toks := tokenize(text)
	return &sentCtx{si: si, text: text, toks: toks, cls: classesOf(toks), runs: capRuns(text, toks), places: map[string]bool{}}
}

// ruleHit is what a rule found: a span of the sentence, and the name when
// the span holds more than the name.
type ruleHit struct {
	span   Span
	name   string
	detail string
	kind   Kind // when the rule's own kind is not the answer
}

// nameRule is one way a name shows itself in a sentence. Every example
// must yield the fact marked in [brackets]; every counter-example (not)
// must yield nothing. The rule tests walk this table.
type nameRule struct {
	name     string
	kind     Kind
	weak     bool // kept only if no other rule claims the name
	match    func(c *sentCtx) []ruleHit
	examples []string
	not      []string
}

// sentenceRules run over every sentence after the capitalised runs are
// classified. Their order matters: the first rule that names a thing
// decides its kind (a policy still beats a place or a person guess).
var sentenceRules = []nameRule{
	{
		name:  "known as a name",
		kind:  Policy,
		match: matchKnownAs,
		examples: []string{
			"The GTI, formally known as the [Tumen River Development Project], stalled.",
			"Brandt's new approach, known as [Ostpolitik], changed the map.",
		},
		not: []string{"The city, known as Paris to most, grew.", "He was known as a quiet man."},
	},
	{
		name:  "quoted term called a policy",
		kind:  Policy,
		match: matchQuoted,
		examples: []string{
			`In 1993 the minister proposed the "[open river]" policy, which both sides accepted.`,
			`Bahr called for "[change through rapprochement]" in 1963.`,
			`Critics call it a policy of protectionism; supporters call it the "[new Washington consensus]".`,
			`His speech led to a period known commonly as "[De-Stalinization]."`,
			`Stalin had respected the "[percentages agreement]" with Churchill.`,
			`Since the 1920s, the "[unequal treaties]" have been a grievance.`,
			`The council was to execute the Allied resolutions (the "[Four Ds]") at once.`,
		},
		not: []string{`She praised the "good weather" that week.`, `He said "we will win" and left.`,
			`The city (the "Venice of the North") grew.`},
	},
	{
		name:  "hyphenated modifier before a policy noun",
		kind:  Policy,
		match: matchHyphenHead,
		examples: []string{"China relaxed the [one-child policy] in 2015.", "They kept the [open-door policy] alive.",
			"Their [good-neighbour concept] shaped the region."},
		not: []string{"It ended a 200-year-old policy of seclusion.", "The well-known rule applied."},
	},
	{
		name:     "surname before an administration",
		kind:     Person,
		weak:     true,
		match:    matchSurnameOf,
		examples: []string{"The [Obama] administration had refused such talks.", "The [Truman] administration acted."},
		not:      []string{"The Soviet government refused.", "Talks with the Taliban regime failed.", "The Meiji era began."},
	},
	{
		name:  "subject said to be a policy",
		kind:  Policy,
		match: matchCopular,
		examples: []string{
			"[Khaan Quest] is an annual multinational peacekeeping exercise.",
			"[Perestroika] was a political movement for reformation within the party.",
		},
		not: []string{"North Korea is a party to the treaty.", "The plan was a failure."},
	},
	{
		name:  "policy of an abstract noun",
		kind:  Policy,
		match: matchPolicyOf,
		examples: []string{
			"The emerging doctrine of [containment] (as opposed to rollback) argued for patience.",
			`The Council should adopt the doctrine of "[peace enforcement]" with care.`,
			"Chamberlain followed a policy of [appeasement] towards Germany.",
			"India led a policy of [non-alignment] in the Cold War.",
		},
		not: []string{"The policy of the new government failed.", "Mongolia adopted a policy of neutrality.", "It was a policy of his predecessor.", "A doctrine of state rights held."},
	},
	{
		name:  "lower-case term before a policy noun",
		kind:  Policy,
		match: matchTermBeforeHead,
		examples: []string{
			"He is associated with his [glasnost] (meaning \"openness\") policy reform.",
			"Political freedoms grew under Gorbachev's [glasnost policies].",
			"Japan kept the [isolation policy] for two centuries.",
		},
		not: []string{"Under the blanket reforms of this process, Nagy rose.", "He changed his foreign policy.", "Their economic reforms failed.", "The new policy was popular.", "The defence policy was unchanged."},
	},
	{
		name:  "proper name before a lower-case instrument noun",
		kind:  Policy,
		match: matchNameBeforeInstrument,
		examples: []string{
			"The government abandoned the [Morgenthau plan] in September 1946.",
			"Leaders met again at the [Yalta conference] in February.",
			"The [Kanagawa treaty] was followed by similar agreements.",
			"The Americans ran the [Dixie mission] from 1944.",
			"The [Paris agreement] was mentioned only briefly.",
		},
		not: []string{"The Soviet plan failed.", "The Japanese treaty was signed.", "Britain's plan failed.", "Treaty talks began."},
	},
	{
		name:     "lower-case treaty of a place",
		kind:     Policy,
		match:    matchTreatyOfPlace,
		examples: []string{"China signed the [treaties of Tianjin] in 1858.", "It followed the [treaty of Nanking]."},
		not:      []string{"The treaty of friendship was long.", "Most treaties of the period were short."},
	},
	{
		name:  "numbered instrument",
		kind:  Policy,
		match: matchNumberedInstrument,
		examples: []string{
			"Truman enacted [JCS 1779], which decreed a prosperous Europe.",
			"In a secret 1950 document, [NSC 68], they proposed more arms.",
			"The council passed [Resolution 242] after the war.",
			"Roosevelt signed [Executive Order 9066] in 1942.",
			"The [1974 Protocol] reduced the number of sites to one.",
			"The [Joint Chiefs of Staff Directive 1067] was replaced.",
			"They cited [Resolutions 242 and 338] again.",
		},
		not: []string{"In 1945 the UN had 51 members.", "Page 12 shows the map.", "On 5 May 1974 talks began."},
	},
	{
		name:  "mission or force",
		kind:  Policy,
		match: matchMissionForce,
		examples: []string{
			"The [United Nations Mission in Sudan] ended in 2011.",
			"Troops joined the [Stabilisation Force] in Bosnia.",
			"The [Multinational Force – Iraq] was formed in 2004.",
			"The [Implementation Force] replaced UN troops.",
			"Members of [Task Force Takuba] also left.",
		},
		not: []string{"The Air Force bombed the bridge.", "The mission in Sudan ended.", "He joined the Defence Force."},
	},
	{
		name:  "abbreviation before its long form",
		kind:  Org,
		match: matchAbbrevFirst,
		examples: []string{
			"Aid came through the [ERP (European Recovery Program)] from 1948.",
			"The [OSCE (Organization for Security and Co-operation in Europe)] sent observers.",
		},
		not: []string{"The UN (as it was) met.", "The USA (United Kingdom too) agreed.", "In 1990 (CTBT Treaty) nothing happened."},
	},
}

// reAbbrevFirst is an abbreviation and its long form in brackets after it.
var reAbbrevFirst = rescan.MustCompile(`\b([A-Z][A-Z&]{1,9}) \(((?:\p{Lu}[\p{L}-]*)(?: (?:\p{Lu}[\p{L}-]*|of|for|on|and|in|the|to))*)\)`)

// matchAbbrevFirst: "the ERP (European Recovery Program)": one fact that
// holds both names, the long one as its value and the short as detail.
func matchAbbrevFirst(c *sentCtx) []ruleHit {
	if !strings.Contains(c.text, " (") {
		return nil
	}
	var out []ruleHit
	for _, m := range reAbbrevFirst.FindAllStringSubmatchIndex(c.text) {
		ab, long := c.text[m[2]:m[3]], c.text[m[4]:m[5]]
		if initials(long) != ab {
			continue
		}
		kind := Kind("")
		for _, w := range strings.Fields(long) {
			if policyHeads[w] {
				kind = Policy
			} else if orgHeads[w] {
				kind = Org
			}
			if kind != "" {
				break // the first head decides: "Organization for Security …"
			}
		}
		if kind == "" {
			continue
		}
		out = append(out, ruleHit{span: Span{m[0], m[1]}, name: long, detail: ab, kind: kind})
	}
	return out
}

// runRules classify the runs of capitalised words. The extraction does
// this in one pass over the runs (sentenceNames); the table states each
// step with its examples.
var runRules = []nameRule{
	{
		name:  "head noun names a policy or body, taken whole",
		kind:  Policy,
		match: matchHeadedRuns,
		examples: []string{
			"In 1950 they signed the [Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance] in Moscow.",
			"Romania left the [Council for Mutual Economic Assistance] later.",
			"Russia signed the [Treaty of Brest-Litovsk] in March.",
			"It was replaced by the [Treaty on the Final Settlement with Respect to Germany] in 1990.",
			"Congress passed the [Act for the Protection of Migratory Birds of 1962] quickly.",
			"France signed the [Treaty of Amity and Commerce between France and Japan] in 1858.",
			"It followed the [Joint Communiqué of the Government of Japan and the Government of the People's Republic of China] in 1972.",
			"They passed the [Population and Family Planning Law] in 2001.",
			"The French [Operation Serval] drove back armed groups.",
			"Members of the [Polish United Workers' Party] met.",
			"He spoke at the [Fifth Congress of the Polish United Workers' Party] on November 13, 1968.",
			"Congress passed the [Women's Rights Act] in 1990.",
			"The House passed the [Reducing America's Vulnerabilities Act] in 2019.",
			"Refugees lived on aid from [United Nations Relief and Rehabilitation Administration] then.",
		},
		not: []string{"The Treaty was signed.", "Trade between France and Japan grew.", "Aid from France and Italy came.",
			"Visiting America's West, Kennedy spoke."},
	},
	{
		name:  "abbreviation defined in brackets",
		kind:  Policy,
		match: matchHeadedRuns,
		examples: []string{
			"It followed the signing of the [Partial Test Ban Treaty (PTBT)] on 5 August 1963.",
			"They signed the [Anti-Ballistic Missile Treaty (ABM Treaty or ABMT)] in 1972.",
			"Leaders met at the [Conference on Security and Co-operation in Europe (CSCE)] in Helsinki.",
			"The [United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)] left in 2023.",
		},
		not: []string{"The PTBT was joined by 123 states."},
	},
	{
		name:  "title or role before a name",
		kind:  Person,
		match: matchTitledRuns,
		examples: []string{
			"In 1990 Secretary of State [James Baker] visited Ulaanbaatar.",
			"Japanese Prime Minister [Fumio Kishida] said so.",
			"Chairman of the Council of Ministers of the Soviet Union [Alexei Kosygin] met Johnson.",
			"U.S. Ambassador to the United Nations [Linda Thomas-Greenfield] criticised the veto.",
			"North Korean leader [Kim Jong-un] agreed.",
		},
		not: []string{"The Deputy Foreign Minister arrived late.", "The President said nothing.", "Secretary of the Ukrainian Communist Party spoke.", "Prime Minister of Japan resigned."},
	},
}

func matchHeadedRuns(c *sentCtx) []ruleHit {
	var out []ruleHit
	for _, r := range c.runs {
		if kind, sp, detail := classifyRun(c.text, c.toks, r); kind == Policy || kind == Org {
			h := headedName(c.text, sp, detail)
			h.kind = kind
			out = append(out, h)
		}
	}
	return out
}

func matchTitledRuns(c *sentCtx) []ruleHit {
	var out []ruleHit
	for _, r := range c.runs {
		if kind, sp, detail := classifyRun(c.text, c.toks, r); kind == Person {
			if sp, detail, ok := cleanName(c.text, sp, kind, detail); ok {
				out = append(out, ruleHit{span: sp, detail: detail})
			}
		}
	}
	return out
}

var (
	reCopular = rescan.MustCompile(`\b((?:[A-Z][\p{L}’'-]+ ){0,3}[A-Z][\p{L}’'-]+) (?:is|was|are|were) (?:the|a|an) (?:[\p{L}-]+ ){0,3}?(exercise|initiative|policy|programme|program|project|treaty|agreement|doctrine|summit|dialogue|strategy|plan|operation|campaign|movement|reform|reforms)\b`)

	// A policy noun and the abstract noun it governs: "a policy of containment".
	rePolicyOf = rescan.MustCompile(`\b(?:polic(?:y|ies)|doctrine|strategy|principle) of ["“]?([a-z][a-z-]{3,})["”]?`)
	// A possessive or article, a lower-case word and a policy noun.
	reTermBeforeHead = regexp.MustCompile(`(?:\b(?:his|her|their|its|the)|\p{Lu}[\p{L}-]+['’]s) ([a-z][\p{L}-]{3,})(?: \([^()]{1,40}\))? (polic(?:y|ies)|reforms?|doctrine|programme|campaign)\b`)
	reTreatyOfPlace  = rescan.MustCompile(`\b(treat(?:y|ies)|conventions?|protocols?|accords?) of (\p{Lu}[\p{L}-]+)`)
	// A force named by what it does, optionally with "– Country" or "in Country".
	reForce   = regexp.MustCompile(`\b((?:\p{Lu}[\p{L}-]+ ){0,4}(?:Stabili[sz]ation|Implementation|Protection|Peacekeeping|Emergency|Interim|Assistance|Observer|Multinational|Task|Intervention|Monitoring|Reaction|Expeditionary|Extraction) Force)((?: [–-] \p{Lu}[\p{L}-]+| \p{Lu}[\p{L}-]+)?)`)
	reMission = regexp.MustCompile(`\b((?:\p{Lu}[\p{L}-]+ ){1,5}Mission)((?: (?:in|to|for) (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?)`)
)

// Abstract-noun endings: what a policy "of" something is made of.
var abstractSuffixes = []string{"ment", "tion", "sion", "ism", "ance", "ence", "ity", "ness", "age", "ure", "acy"}

// actionNoun reports a noun that names a course of action or a creed:
// "containment", "appeasement", "isolationism".
func actionNoun(w string) bool {
	return strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ism")
}

func abstractNoun(w string) bool {
	for _, s := range abstractSuffixes {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// Adjectives that often stand before "policy" without naming one, and the
// fields a policy belongs to ("trade policy"): general English.
var notPolicyTerms = set("foreign", "domestic", "economic", "new", "old", "own", "main", "first", "last", "current",
	"former", "same", "other", "such", "key", "major", "overall", "whole", "early", "late", "recent", "present",
	"previous", "future", "official", "general", "public", "social", "national", "similar", "different", "broader",
	"wider", "stated", "existing", "original", "earlier", "later", "latest", "final", "trade", "energy", "defence",
	"defense", "security", "immigration", "population", "education", "housing", "health", "monetary", "fiscal",
	"agricultural", "industrial", "nuclear", "military", "language", "tax", "land", "price", "wage", "labour",
	"labor", "environmental", "climate", "water", "transport", "food", "drug", "science", "research", "this", "that",
	"these", "those", "government", "party", "state", "administration")

// adjectiveLike reports a word shaped like an adjective: "economic",
// "political", "aggressive", "famous".
func adjectiveLike(w string) bool {
	for _, s := range []string{"al", "ic", "ive", "ous", "ary", "ful", "less", "able", "ible", "ern", "ish", "ese", "ed", "ing", "est", "er"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func matchPolicyOf(c *sentCtx) []ruleHit {
	if !policyOfGate(c.text) {
		return nil
	}
	var out []ruleHit
	for _, m := range rePolicyOf.FindAllStringSubmatchIndex(c.text) {
		w := c.text[m[2]:m[3]]
		quoted := m[2] > 0 && strings.ContainsAny(c.text[m[2]-1:m[2]], "\"“")
		if !quoted && !actionNoun(w) {
			continue // "a policy of neutrality" is a stance, not a named policy
		}
		sp := Span{m[2], m[3]}
		if quoted {
			// the doctrine of "peace enforcement": the whole quoted term
			if k := strings.IndexAny(c.text[sp.Start:], "\"”"); k > 0 && k < 60 {
				sp.End = sp.Start + k
			}
		}
		out = append(out, ruleHit{span: sp})
	}
	return out
}

// policyOfGate is containsAny(s, "cy of", "cies of", "ine of", "gy of",
// "ple of") in one search for " of" (every match of rePolicyOf holds one).
func policyOfGate(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], " of")
		if k < 0 {
			return false
		}
		b := s[:i+k]
		if strings.HasSuffix(b, "cy") || strings.HasSuffix(b, "cies") || strings.HasSuffix(b, "ine") ||
			strings.HasSuffix(b, "gy") || strings.HasSuffix(b, "ple") {
			return true
		}
		i += k + 1
	}
}

func matchTermBeforeHead(c *sentCtx) []ruleHit {
	if !termBeforeHeadShape(c.text, c.toks, c.cls) {
		return nil
	}
	var out []ruleHit
	for _, m := range reTermBeforeHead.FindAllStringSubmatchIndex(c.text, -1) {
		w := c.text[m[2]:m[3]]
		if notPolicyTerms[w] || adjectiveLike(w) || strings.Contains(w, "-") {
			continue // "his foreign policy"; hyphened terms have their own rule
		}
		if strings.HasSuffix(c.text[m[0]:m[2]], "the ") && !abstractNoun(w) {
			continue // "the blanket reforms": after "the", only an abstract noun names one
		}
		sp := Span{m[2], m[5]}
		if m[3]+1 != m[4] {
			// "his glasnost (meaning "openness") policy": the term alone
			sp.End = m[3]
		}
		out = append(out, ruleHit{span: sp})
	}
	return out
}

// Lower-case nouns of instruments and meetings that a proper name may
// stand before: "the Morgenthau plan", "the Yalta conference".
var instrumentNouns = set("plan", "doctrine", "treaty", "convention", "conference", "mission", "pact", "protocol",
	"accord", "accords", "declaration", "agreement", "agreements")

func matchNameBeforeInstrument(c *sentCtx) []ruleHit {
	var out []ruleHit
	for i := 1; i < len(c.toks); i++ {
		head := c.toks[i]
		if c.cls[i]&isInstrumentNoun == 0 || !capitalised(c.toks[i-1].text) || c.text[c.toks[i-1].end:head.start] != " " {
			continue
		}
		k := i - 1
		if k > 0 && capitalised(c.toks[k-1].text) && c.text[c.toks[k-1].end:c.toks[k].start] == " " {
			k--
		}
		sp := trimLeadWords(c.text, Span{c.toks[k].start, c.toks[i-1].end})
		if sp.Start == 0 || leadWords[c.text[sp.Start:sp.End]] {
			continue // a sentence's first word is capitalised anyway
		}
		words := strings.Fields(c.text[sp.Start:sp.End])
		ok := true
		for _, w := range words {
			if leadWords[w] || demonym(w) || notSurnames[w] || months[w] || titleWords[w] || geoWords[w] ||
				policyHeads[w] || orgHeads[w] || isAllCaps(w) {
				ok = false
			}
			if _, pos := possessive(w); pos {
				ok = false
			}
		}
		if !ok {
			continue
		}
		out = append(out, ruleHit{span: Span{sp.Start, head.end}})
	}
	return out
}

func matchTreatyOfPlace(c *sentCtx) []ruleHit {
	if !tokenBefore(c.toks, c.cls, isTreatyNoun, func(next string) bool { return next == "of" }) {
		return nil
	}
	var out []ruleHit
	for _, m := range reTreatyOfPlace.FindAllStringSubmatchIndex(c.text) {
		w := c.text[m[4]:m[5]]
		if leadWords[w] || months[w] || orgHeads[w] || policyHeads[w] {
			continue
		}
		out = append(out, ruleHit{span: Span{m[0], m[5]}})
	}
	return out
}

// Words that name an instrument by its number: "Resolution 242".
var numberedNouns = set("Resolution", "Resolutions", "Order", "Orders", "Directive", "Directives", "Decree", "Decrees",
	"Protocol", "Protocols", "Memorandum", "Bill", "Bills", "Proclamation", "Ordinance", "Act", "Acts")

// Heads that a year may stand before as part of a name: "the 1974 Protocol".
var yearNamedHeads = set("Protocol", "Treaty", "Agreement", "Accord", "Accords", "Convention", "Act", "Constitution",
	"Plan", "Summit", "Declaration", "Charter")

func matchNumberedInstrument(c *sentCtx) []ruleHit {
	var out []ruleHit
	t := c.toks
	for i := 1; i < len(t); i++ {
		if d := t[i].text[0]; d < utf8.RuneSelf && (d < '0' || d > '9') { // not a number, without decoding
			continue
		}
		if !isNumber(t[i].text) || len(t[i].text) > 5 || c.text[t[i-1].end:t[i].start] != " " {
			continue
		}
		prev := t[i-1].text
		if isYear(t[i-1].text) {
			continue
		}
		if !numberedNouns[prev] && !(isAllCaps(prev) && len(prev) >= 2 && len(prev) <= 6 && !isNumber(prev)) {
			continue
		}
		sp := Span{t[i-1].start, t[i].end}
		if m := reNumberSeries.FindStringIndex(c.text[sp.End:]); m != nil {
			sp.End += m[1] // "Resolutions 242 and 338"
		}
		for _, r := range c.runs {
			// "Joint Chiefs of Staff Directive 1067": the whole title
			if rs := r.span(); rs.Start < sp.Start && rs.End >= sp.Start {
				sp.Start = rs.Start
			}
		}
		out = append(out, ruleHit{span: sp})
	}
	for i := 0; i+1 < len(t); i++ {
		if w := t[i].text; len(w) != 4 || w[0] != '1' && w[0] != '2' {
			continue // not a year
		}
		if isYear(t[i].text) && yearNamedHeads[t[i+1].text] && c.text[t[i].end:t[i+1].start] == " " {
			out = append(out, ruleHit{span: Span{t[i].start, t[i+1].end}})
		}
	}
	return out
}

var reNumberSeries = regexp.MustCompile(`^(?:(?:,| and| or) \d{1,5}\b)+`)

func isYear(w string) bool {
	return len(w) == 4 && isNumber(w) && (w[0] == '1' && w[1] >= '5' || w[0] == '2' && w[1] == '0')
}

func matchMissionForce(c *sentCtx) []ruleHit {
	var out []ruleHit
	if strings.Contains(c.text, "Force") {
		for _, m := range reForce.FindAllStringSubmatchIndex(c.text, -1) {
			out = append(out, ruleHit{span: trimLeadWords(c.text, Span{m[2], m[5]})})
		}
	}
	if strings.Contains(c.text, "Mission") {
		for _, m := range reMission.FindAllStringSubmatchIndex(c.text, -1) {
			out = append(out, ruleHit{span: trimLeadWords(c.text, Span{m[2], m[5]})})
		}
	}
	return out
}

// trimLeadWords drops sentence openers and function words from a span's
// start: "The Implementation Force" is the "Implementation Force".
func trimLeadWords(text string, sp Span) Span {
	for {
		w := FirstWord(text[sp.Start:sp.End])
		if !(leadWords[w] || functionWords[strings.ToLower(w)]) || len(w)+1 >= sp.End-sp.Start {
			return sp
		}
		sp.Start += len(w) + 1
	}
}

func matchKnownAs(c *sentCtx) []ruleHit {
	if !strings.Contains(c.text, "known as") { // the regexp is slow to fail
		return nil
	}
	var out []ruleHit
	for _, m := range knownAsSpans(c.text) { // reKnownAs
		for _, r := range c.runs {
			sp := r.span()
			if sp.Start != m[1] {
				continue
			}
			k, psp, _ := classifyRun(c.text, c.toks, r)
			switch {
			case k == Policy:
				out = append(out, ruleHit{span: psp})
			case k == "" && len(r.toks) <= 3 && rePeriodWord.MatchString(c.text[:m[0]]) && !geoName(c.text[sp.Start:sp.End]) &&
				!c.places[c.text[sp.Start:sp.End]]:
				// "Brandt's new approach, known as Ostpolitik"
				nm, _ := possessive(c.text[sp.Start:sp.End])
				out = append(out, ruleHit{span: Span{sp.Start, sp.Start + len(nm)}})
			}
		}
	}
	return out
}

// Quoted terms whose last word says they are a policy or an instrument.
var quotedHeads = set("policy", "policies", "doctrine", "strategy", "initiative", "programme", "program", "diplomacy",
	"campaign", "plan", "reform", "reforms", "law", "rule", "scheme", "agreement", "treaty", "accord", "pact",
	"agreements", "treaties", "accords", "pacts", "plans", "laws")

// reNamedInBrackets is a policy noun and an opening bracket: what is
// quoted next names it.
var reNamedInBrackets = regexp.MustCompile(`\b(?:polic(?:y|ies)|resolutions?|principles?|programmes?|programs?|plans?|reforms?|doctrines?|measures) \((?:the |or |known as |also )?$`)

// labelWords and advocateWords are in every match of reLabel and
// reAdvocate, which are slow to fail.
var (
	labelWords    = []string{"label", "call", "known", "termed", "dubbed", "referred", "coined", "what", "named"}
	advocateWords = []string{"called for", "advocated", "championed", "promoted", "pursued", "adopted", "launched",
		"introduced", "proposed", "embraced"}
)

// mayHold reports whether s may hold one of words (lower-case ASCII) in
// any case: false only when s is ASCII and holds none of them. (A
// case-insensitive pattern matches "K", the Kelvin sign, for "k".)
func mayHold(s string, words []string) bool {
	var buf [128]byte
	if len(s) > len(buf) {
		return true
	}
	low := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	for _, w := range words {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}

// quotedSpans is reQuoted.FindAllStringSubmatchIndex(text, -1) read by
// hand: the expression has no literal to skip to, so regexp tried it at
// every byte. A match opens with a quote and holds the whole run of
// characters up to the next quote mark (none of which it may hold), 3 to
// 70 of them, closed by ” or ".
func quotedSpans(text string) [][4]int {
	var out [][4]int
	for i := 0; i < len(text); {
		k := nextOpenQuote(text, i)
		if k < 0 {
			break
		}
		open := 1
		if text[k] != '"' {
			open = len("“")
		}
		start, n, j := k+open, 0, k+open
		for j < len(text) && n <= 70 {
			r, size := rune(text[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[j:])
			}
			if r == '"' || r == '”' || r == '“' {
				break
			}
			j += size
			n++
		}
		// the run stops at a quote mark, the end, or past 70 characters
		if n >= 3 && n <= 70 && j < len(text) && (text[j] == '"' || strings.HasPrefix(text[j:], "”")) {
			closeLen := 1
			if text[j] != '"' {
				closeLen = len("”")
			}
			out = append(out, [4]int{k, j + closeLen, start, j})
			i = j + closeLen
			continue
		}
		i = k + open
	}
	return out
}

// nextOpenQuote returns where the next '"' or "“" from i starts, or -1.
func nextOpenQuote(text string, i int) int {
	for ; i < len(text); i++ {
		if text[i] == '"' || text[i] == 0xe2 && strings.HasPrefix(text[i:], "“") {
			return i
		}
	}
	return -1
}

func matchQuoted(c *sentCtx) []ruleHit {
	if strings.IndexByte(c.text, '"') < 0 && !strings.Contains(c.text, "“") { // ContainsAny decodes every character for a set with "“"
		return nil
	}
	var out []ruleHit
	text := c.text
	for _, m := range quotedSpans(text) {
		inner := Span{m[2], m[3]}
		term := strings.TrimRight(text[inner.Start:inner.End], ".,;:!? ")
		inner.End = inner.Start + len(term)
		if !quotedTermOK(term) {
			continue
		}
		before := text[:m[0]]
		lastW := strings.ToLower(LastWord(term))
		// the "open river" policy: the head noun follows the quote
		headAfter := policyWordsLC[strings.ToLower(strings.TrimRight(FirstWord(text[m[1]:]), ".,;:!?)"))]
		// the tests that run an expression come last, asked only when the
		// cheaper ones have not decided
		named := quotedHeads[lastW] && len(strings.Fields(term)) >= 2 || policyWordsLC[lastW] || headAfter ||
			// the Allied resolutions (the "Four Ds"): a name given in brackets
			strings.IndexByte(tail(before, 40), '(') >= 0 && reNamedInBrackets.MatchString(tail(before, 40)) ||
			// Bahr called for "change through rapprochement"
			mayHold(tail(before, 40), advocateWords) && len(strings.Fields(term)) >= 2 && reAdvocate.MatchString(tail(before, 40)) ||
			// a period known as "De-Stalinization"
			mayHold(tail(before, 100), labelWords) && reLabel.MatchString(tail(before, 100)) && rePeriodWord.MatchString(text)
		if !named {
			continue
		}
		detail := ""
		if headAfter && !policyWordsLC[lastW] {
			// the "open river" policy: the head word names what it is
			detail = strings.ToLower(strings.TrimRight(FirstWord(text[m[1]:]), ".,;:!?)"))
		}
		out = append(out, ruleHit{span: inner, detail: detail})
	}
	return out
}

func matchHyphenHead(c *sentCtx) []ruleHit {
	if !strings.Contains(c.text, "-") || !tokenAfter(c.toks, c.cls, isHyphenHead, func(prev string) bool { return strings.Contains(prev, "-") }) {
		return nil
	}
	var out []ruleHit
	for _, m := range reHyphenHead.FindAllStringSubmatchIndex(c.text) {
		if m[0] > 0 && (c.text[m[0]-1] == '-' || unicode.IsDigit(rune(c.text[m[0]-1]))) {
			continue // "a 200-year-old policy"
		}
		out = append(out, ruleHit{span: Span{m[0], m[1]}})
	}
	return out
}

func matchSurnameOf(c *sentCtx) []ruleHit {
	if !tokenAfter(c.toks, c.cls, isGovernmentNoun, capitalised) {
		return nil
	}
	var out []ruleHit
	for _, m := range reSurnameOf.FindAllStringSubmatchIndex(c.text) {
		w := c.text[m[2]:m[3]]
		if leadWords[w] || geoWords[w] || months[w] || nationality(w) || c.places[w] || notSurnames[w] || isGazetteerPlace(w) {
			continue
		}
		out = append(out, ruleHit{span: Span{m[2], m[3]}})
	}
	return out
}

func matchCopular(c *sentCtx) []ruleHit {
	t := c.text
	if !copularShape(c.toks, c.cls) {
		return nil
	}
	var out []ruleHit
	for _, m := range reCopular.FindAllStringSubmatchIndex(t) {
		sp := Span{m[2], m[3]}
		name := t[sp.Start:sp.End]
		first := FirstWord(name)
		for leadWords[first] && strings.Contains(name, " ") {
			sp.Start += len(first) + 1
			name = t[sp.Start:sp.End]
			first = FirstWord(name)
		}
		if leadWords[name] || c.places[name] || geoName(name) || isGazetteerPlace(name) {
			continue
		}
		out = append(out, ruleHit{span: sp})
	}
	return out
}

// General English words that never begin or end a name.
var functionWords = set("of", "the", "and", "a", "an", "in", "on", "for", "to", "by", "with", "at", "from", "or",
	"as", "into", "between", "under", "over", "after", "before")

// cleanName keeps a person's, place's or body's name free of what is not
// the name: function words at either end ("Nehru of"), a role or title
// at either end ("Secretary of the Communist Party" is the party; the
// role of "President Truman" is detail), tabs and citation marks.
func cleanName(text string, sp Span, kind Kind, detail string) (Span, string, bool) {
	name := text[sp.Start:sp.End]
	if strings.ContainsAny(name, "\t\n[]^|") {
		return sp, detail, false
	}
	words := strings.Fields(name)
	i, j := 0, len(words)
	start := sp.Start
	for i < j {
		w := words[i]
		switch {
		case lowerIn(functionWords, w):
		case titleWords[w] || titleWords[strings.TrimSuffix(w, ".")]:
			if kind == Person && detail == "" {
				detail = w
			}
		case officeWords[w] && i > 0 && words[i-1] == "of":
		default:
			goto trimmed
		}
		start += strings.Index(text[start:], w) + len(w)
		i++
	}
trimmed:
	end := sp.End
	for j > i && (lowerIn(functionWords, words[j-1]) || titleWords[words[j-1]] && !capitalised(words[j-1])) {
		end = start + strings.LastIndex(text[start:end], words[j-1])
		j--
	}
	if i >= j || j-i == 1 && (orgHeads[words[i]] || policyHeads[words[i]] || placeHeads[words[i]]) {
		return sp, detail, false // nothing left, or only "Party"
	}
	if eventHeads[words[i]] || eventHeads[words[j-1]] || months[words[i]] || months[words[j-1]] || kind != Org && notName(words[i:j]) {
		return sp, detail, false // "Korean War", "the Dutch", "Chinese Communists"
	}
	if last := words[j-1]; compassWords[last] || kind != Person && demonym(last) {
		return sp, detail, false // cut short: "Alliance of Eastern"
	}
	if kind != Org {
		for _, w := range words[i:j] {
			if eventHeads[w] {
				return sp, detail, false // "World War II"
			}
		}
	}
	for start < end && !isWordStart(text[start:]) {
		_, size := utf8.DecodeRuneInString(text[start:])
		start += size
	}
	end = start + len(strings.TrimRight(text[start:end], " ,;:"))
	if start >= end {
		return sp, detail, false
	}
	return Span{start, end}, detail, true
}

// notName reports words that name a people or a creed rather than a
// person or a place: "Dutch", "North Koreans", "Soviets", "Leninist".
func notName(words []string) bool {
	last := words[len(words)-1]
	if isGazetteerPlace(strings.Join(words, " ")) {
		return false
	}
	if len(words) == 1 && (nationality(last) || notSurnames[last] || geoWords[last] || compassWords[last] ||
		strings.HasSuffix(last, "ch") || strings.HasSuffix(last, "ist")) {
		return true
	}
	if one := strings.TrimSuffix(last, "s"); one != last && (nationality(one) || notSurnames[one]) {
		return true // "North Koreans", "Soviets"
	}
	return strings.HasSuffix(last, "ists") || strings.HasSuffix(last, "ites")
}

// nationality is demonym without the "-man" shape, which surnames share
// (Truman, Newman): "German" stays a nationality.
func nationality(w string) bool {
	return demonym(w) && (!strings.HasSuffix(w, "man") || w == "German")
}

func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var (
	// ", Alliance and Mutual Assistance": the rest of a list inside a name.
	reNameList = regexp.MustCompile(`^((?:, \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)*,? and \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)(?:[^\p{L}]|$)`)
	// " with Respect to Germany": title case goes on after a small word.
	reNameGoesOn = regexp.MustCompile(`^ (?:with|to) \p{Lu}[\p{L}-]+(?: (?:(?:to|of|the) )*\p{Lu}[\p{L}-]+)*`)
	// " of 1964": the year of an act.
	reActYear = regexp.MustCompile(`^ of (1[5-9]\d\d|20\d\d)\b`)
	// " between France and Japan"
	reBetween = regexp.MustCompile(`^ between (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) and (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)`)
)

// extendNameWhole takes a head-first name on over what its title still
// holds: a list after "of" ("Treaty of Friendship, Alliance and Mutual
// Assistance"), title case after "with" or "to" ("Treaty on the Final
// Settlement with Respect to Germany"), the parties "between France and
// Japan", and the year of an act ("Civil Rights Act of 1964").
func extendNameWhole(text string, sp Span) Span {
	name := text[sp.Start:sp.End]
	headFirst := strings.Contains(name, " of ") || strings.Contains(name, " on ") || strings.Contains(name, " for ")
	if !headFirst {
		return sp
	}
	// each pattern opens with what is tested before it
	rest := text[sp.End:]
	if strings.HasPrefix(rest, " of ") && (FirstWord(name) == "Act" || FirstWord(name) == "Law") {
		if m := reActYear.FindStringIndex(rest); m != nil {
			return Span{sp.Start, sp.End + m[1]}
		}
	}
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " and ") {
		// no list
	} else if m := reNameList.FindStringSubmatchIndex(rest); m != nil {
		list := text[sp.End : sp.End+m[3]]
		places := false
		for _, item := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' }) {
			item = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(item), "and "))
			places = places || isGazetteerPlace(item) || geoName(item)
		}
		if !places && !isGazetteerPlace(LastWord(name)) {
			sp.End += m[3]
		}
	}
	if rest := text[sp.End:]; strings.HasPrefix(rest, " with ") || strings.HasPrefix(rest, " to ") {
		if m := reNameGoesOn.FindStringIndex(rest); m != nil {
			sp.End += m[1]
		}
	}
	sp = extendParallel(text, sp)
	if !strings.HasPrefix(text[sp.End:], " between ") {
		return sp
	}
	if m := reBetween.FindStringSubmatchIndex(text[sp.End:]); m != nil {
		a, b := text[sp.End+m[2]:sp.End+m[3]], text[sp.End+m[4]:sp.End+m[5]]
		if isGazetteerPlace(a) && isGazetteerPlace(b) {
			sp.End += m[1]
		}
	}
	return sp
}

// extendParallel takes a name on over a second party of the same kind
// as its first: "Joint Communiqué of the Government of Japan" and "the
// Government of the People's Republic of China".
func extendParallel(text string, sp Span) Span {
	name := text[sp.Start:sp.End]
	i := strings.Index(name, " of the ")
	if i < 0 {
		return sp
	}
	party := FirstWord(name[i+len(" of the "):])
	rest := text[sp.End:]
	if party == "" || !strings.HasPrefix(rest, " and the "+party+" ") {
		return sp
	}
	m := reTitleCase.FindStringIndex(rest[len(" and the "+party):])
	if m == nil {
		return sp
	}
	return Span{sp.Start, sp.End + len(" and the "+party) + m[1]}
}

// reTitleCase is title case going on: " of the People's Republic of China".
var reTitleCase = regexp.MustCompile(`^(?: (?:of|the|for|on)\b)*(?: \p{Lu}[\p{L}'’-]*(?: (?:of|the|for|on|and)\b)*)*\s?\p{Lu}[\p{L}'’-]*`)

// reParenAbbrev is an abbreviation in brackets, alone or with a variant:
// "(CTBT)", "(ABM Treaty or ABMT)".
var reParenAbbrev = regexp.MustCompile(`^ \(((?:[A-Z][A-Za-z&.]*[A-Z]\.?)(?: [A-Z][\p{L}-]*)*)(?:(?: or |, )[A-Z][\p{L}& -]{0,25})?\)`)

// abbrevAfter finds an abbreviation defined in brackets right after a
// name and returns it with the end of the brackets, so that the fact's
// text holds both names: "Partial Test Ban Treaty (PTBT)".
func abbrevAfter(text string, sp Span) (string, int) {
	if !strings.HasPrefix(text[sp.End:], " (") { // the pattern opens so
		return "", 0
	}
	m := reParenAbbrev.FindStringSubmatchIndex(text[sp.End:])
	if m == nil {
		return "", 0
	}
	return text[sp.End+m[2] : sp.End+m[3]], sp.End + m[1]
}

// Cheap tests on the words of a sentence, run before a rule's regular
// expression so that the expression runs only where it may match.
var (
	treatyNouns     = set("treaty", "treaties", "convention", "conventions", "protocol", "protocols", "accord", "accords")
	hyphenHeads     = set("policy", "policies", "status", "doctrine", "strategy", "diplomacy", "zone", "principle", "concept")
	governmentNouns = set("administration", "presidency", "government", "cabinet", "regime", "summit")
	copulas         = set("is", "was", "are", "were")
	copularHeads    = set("exercise", "initiative", "policy", "programme", "program", "project", "treaty", "agreement",
		"doctrine", "summit", "dialogue", "strategy", "plan", "operation", "campaign", "movement", "reform", "reforms")
)

// wordClass says which of the gates' sets of words a token is in, one
// bit a set: the gates read every token of every sentence, and one
// lookup of each token (classesOf) replaces one in each set.
type wordClass uint8

// The word classes.
const (
	isInstrumentNoun wordClass = 1 << iota
	isTreatyNoun
	isHyphenHead
	isGovernmentNoun
	isCopula
	isCopularHead
	isTermHead
)

// classSets are the sets each class stands for.
var classSets = []struct {
	class wordClass
	words map[string]bool
}{
	{isInstrumentNoun, instrumentNouns}, {isTreatyNoun, treatyNouns}, {isHyphenHead, hyphenHeads},
	{isGovernmentNoun, governmentNouns}, {isCopula, copulas}, {isCopularHead, copularHeads}, {isTermHead, termHeads},
}

// wordClasses are the classes of every word of classSets.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, cs := range classSets {
		for w := range cs.words {
			m[w] |= cs.class
		}
	}
	return m
}()

// classShapes holds, by first and last letter, the lengths of the words
// of wordClasses (bit n: a word of n bytes), all lower-case ASCII: most
// tokens ("the", "of", names) are none and need no lookup.
var classShapes = func() (t [26][26]uint32) {
	for w := range wordClasses {
		n := len(w)
		if n < 1 || n > 31 || w[0]-'a' >= 26 || w[n-1]-'a' >= 26 {
			panic("names: a word class holds " + w)
		}
		t[w[0]-'a'][w[n-1]-'a'] |= 1 << n
	}
	return t
}()

// classesOf returns each token's classes.
func classesOf(toks []token) []wordClass { return appendClasses(make([]wordClass, 0, len(toks)), toks) }

// appendClasses appends each token's classes to out.
func appendClasses(out []wordClass, toks []token) []wordClass {
	for _, t := range toks {
		w := t.text
		n := len(w)
		if n == 0 || n > 31 || w[0]-'a' >= 26 || w[n-1]-'a' >= 26 || classShapes[w[0]-'a'][w[n-1]-'a']&(1<<n) == 0 {
			out = append(out, 0)
			continue
		}
		out = append(out, wordClasses[w])
	}
	return out
}

// tokenBefore reports a word of the class followed by a word that ok
// accepts.
func tokenBefore(toks []token, cls []wordClass, class wordClass, ok func(next string) bool) bool {
	for i := 0; i+1 < len(toks); i++ {
		if cls[i]&class != 0 && ok(toks[i+1].text) {
			return true
		}
	}
	return false
}

// tokenAfter reports a word of the class after a word that ok accepts.
func tokenAfter(toks []token, cls []wordClass, class wordClass, ok func(prev string) bool) bool {
	for i := 1; i < len(toks); i++ {
		if cls[i]&class != 0 && ok(toks[i-1].text) {
			return true
		}
	}
	return false
}

// copularShape reports "is", "was", "are" or "were" after a capitalised
// word with a policy noun within five words after it.
func copularShape(toks []token, cls []wordClass) bool {
	for i := 1; i < len(toks); i++ {
		if cls[i]&isCopula == 0 || !capitalised(toks[i-1].text) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+6; j++ {
			if cls[j]&isCopularHead != 0 {
				return true
			}
		}
	}
	return false
}

var termHeads = set("policy", "policies", "reform", "reforms", "doctrine", "programme", "campaign")

var termDeterminers = set("his", "her", "their", "its", "the")

// termBeforeHeadShape reports a policy noun after a lower-case word that
// follows a possessive or "the", or after a bracket: the shape
// matchTermBeforeHead's expression looks for.
func termBeforeHeadShape(text string, toks []token, cls []wordClass) bool {
	for i := 1; i < len(toks); i++ {
		if cls[i]&isTermHead == 0 {
			continue
		}
		if strings.Contains(text[toks[i-1].end:toks[i].start], ")") {
			return true
		}
		if i < 2 || capitalised(toks[i-1].text) {
			continue
		}
		d := toks[i-2].text
		if termDeterminers[d] || strings.HasSuffix(d, "'s") || strings.HasSuffix(d, "’s") {
			return true
		}
	}
	return false
}
