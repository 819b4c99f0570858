package quiz

import "strings"

// irregularVerbs are the English irregular verbs: base, past and past
// participle. Regular verbs take -ed for both, which needs no table.
var irregularVerbs = [][3]string{
	{"arise", "arose", "arisen"}, {"awake", "awoke", "awoken"}, {"be", "was", "been"}, {"bear", "bore", "borne"},
	{"beat", "beat", "beaten"}, {"become", "became", "become"}, {"begin", "began", "begun"}, {"bend", "bent", "bent"},
	{"bet", "bet", "bet"}, {"bid", "bid", "bid"}, {"bind", "bound", "bound"}, {"bite", "bit", "bitten"},
	{"bleed", "bled", "bled"}, {"blow", "blew", "blown"}, {"break", "broke", "broken"}, {"breed", "bred", "bred"},
	{"bring", "brought", "brought"}, {"broadcast", "broadcast", "broadcast"}, {"build", "built", "built"},
	{"burn", "burnt", "burnt"}, {"burst", "burst", "burst"}, {"buy", "bought", "bought"}, {"cast", "cast", "cast"},
	{"catch", "caught", "caught"}, {"choose", "chose", "chosen"}, {"cling", "clung", "clung"}, {"come", "came", "come"},
	{"cost", "cost", "cost"}, {"creep", "crept", "crept"}, {"cut", "cut", "cut"}, {"deal", "dealt", "dealt"},
	{"dig", "dug", "dug"}, {"do", "did", "done"}, {"draw", "drew", "drawn"}, {"dream", "dreamt", "dreamt"},
	{"drink", "drank", "drunk"}, {"drive", "drove", "driven"}, {"eat", "ate", "eaten"}, {"fall", "fell", "fallen"},
	{"feed", "fed", "fed"}, {"feel", "felt", "felt"}, {"fight", "fought", "fought"}, {"find", "found", "found"},
	{"flee", "fled", "fled"}, {"fling", "flung", "flung"}, {"fly", "flew", "flown"}, {"forbid", "forbade", "forbidden"},
	{"forecast", "forecast", "forecast"}, {"foresee", "foresaw", "foreseen"}, {"forget", "forgot", "forgotten"},
	{"forgive", "forgave", "forgiven"}, {"freeze", "froze", "frozen"}, {"get", "got", "gotten"}, {"give", "gave", "given"},
	{"go", "went", "gone"}, {"grind", "ground", "ground"}, {"grow", "grew", "grown"}, {"hang", "hung", "hung"},
	{"have", "had", "had"}, {"hear", "heard", "heard"}, {"hide", "hid", "hidden"}, {"hit", "hit", "hit"},
	{"hold", "held", "held"}, {"hurt", "hurt", "hurt"}, {"keep", "kept", "kept"}, {"kneel", "knelt", "knelt"},
	{"know", "knew", "known"}, {"lay", "laid", "laid"}, {"lead", "led", "led"}, {"lean", "leant", "leant"},
	{"leap", "leapt", "leapt"}, {"learn", "learnt", "learnt"}, {"leave", "left", "left"}, {"lend", "lent", "lent"},
	{"let", "let", "let"}, {"lie", "lay", "lain"}, {"light", "lit", "lit"}, {"lose", "lost", "lost"},
	{"make", "made", "made"}, {"mean", "meant", "meant"}, {"meet", "met", "met"}, {"mislead", "misled", "misled"},
	{"mistake", "mistook", "mistaken"}, {"overcome", "overcame", "overcome"}, {"overrun", "overran", "overrun"},
	{"oversee", "oversaw", "overseen"}, {"overtake", "overtook", "overtaken"}, {"overthrow", "overthrew", "overthrown"},
	{"pay", "paid", "paid"}, {"put", "put", "put"}, {"quit", "quit", "quit"}, {"read", "read", "read"},
	{"rebuild", "rebuilt", "rebuilt"}, {"rid", "rid", "rid"}, {"ride", "rode", "ridden"}, {"ring", "rang", "rung"},
	{"rise", "rose", "risen"}, {"run", "ran", "run"}, {"say", "said", "said"}, {"see", "saw", "seen"},
	{"seek", "sought", "sought"}, {"sell", "sold", "sold"}, {"send", "sent", "sent"}, {"set", "set", "set"},
	{"shake", "shook", "shaken"}, {"shed", "shed", "shed"}, {"shine", "shone", "shone"}, {"shoot", "shot", "shot"},
	{"show", "showed", "shown"}, {"shrink", "shrank", "shrunk"}, {"shut", "shut", "shut"}, {"sing", "sang", "sung"},
	{"sink", "sank", "sunk"}, {"sit", "sat", "sat"}, {"sleep", "slept", "slept"}, {"slide", "slid", "slid"},
	{"speak", "spoke", "spoken"}, {"speed", "sped", "sped"}, {"spend", "spent", "spent"}, {"spin", "spun", "spun"},
	{"split", "split", "split"}, {"spread", "spread", "spread"}, {"spring", "sprang", "sprung"}, {"stand", "stood", "stood"},
	{"steal", "stole", "stolen"}, {"stick", "stuck", "stuck"}, {"sting", "stung", "stung"}, {"strike", "struck", "struck"},
	{"strive", "strove", "striven"}, {"swear", "swore", "sworn"}, {"sweep", "swept", "swept"}, {"swim", "swam", "swum"},
	{"swing", "swung", "swung"}, {"take", "took", "taken"}, {"teach", "taught", "taught"}, {"tear", "tore", "torn"},
	{"tell", "told", "told"}, {"think", "thought", "thought"}, {"throw", "threw", "thrown"}, {"tread", "trod", "trodden"},
	{"undergo", "underwent", "undergone"}, {"understand", "understood", "understood"}, {"undertake", "undertook", "undertaken"},
	{"undo", "undid", "undone"}, {"uphold", "upheld", "upheld"}, {"upset", "upset", "upset"}, {"wake", "woke", "woken"},
	{"wear", "wore", "worn"}, {"weave", "wove", "woven"}, {"weep", "wept", "wept"}, {"win", "won", "won"},
	{"wind", "wound", "wound"}, {"withdraw", "withdrew", "withdrawn"}, {"withhold", "withheld", "withheld"},
	{"withstand", "withstood", "withstood"}, {"write", "wrote", "written"},
}

var (
	pastOf       = map[string]int{} // past form → row
	participleOf = map[string]int{} // participle → row
)

func init() {
	for i, v := range irregularVerbs {
		pastOf[v[1]] = i
		participleOf[v[2]] = i
	}
}

// pastTense reports a word that is a verb in the past tense: an irregular
// past, or a regular one in -ed.
func pastTense(w string) bool {
	if _, ok := pastOf[w]; ok && w != "read" && w != "set" && w != "cut" && w != "put" && w != "lay" && w != "found" && w != "left" {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && strings.ToLower(w) == w && !strings.HasSuffix(w, "eed")
}

// participleToPast turns a past participle into the past tense for an
// active question: "written" → "wrote", "signed" → "signed".
func participleToPast(w string) (string, bool) {
	if i, ok := participleOf[w]; ok {
		return irregularVerbs[i][1], true
	}
	if strings.HasSuffix(w, "ed") && len(w) > 4 {
		return w, true
	}
	return "", false
}

// pastToParticiple turns a past tense into the participle for a passive
// question: "began" → "begun", "passed" → "passed".
func pastToParticiple(w string) (string, bool) {
	if i, ok := pastOf[w]; ok {
		return irregularVerbs[i][2], true
	}
	if strings.HasSuffix(w, "ed") && len(w) > 4 {
		return w, true
	}
	return "", false
}

// baseForm turns a past tense into the verb's base form for a question
// with "did": "provided" → "provide", "signed" → "sign", "stopped" →
// "stop", "carried" → "carry", "began" → "begin". Regular verbs follow
// the spelling rules of -ed (a silent e dropped, a final consonant
// doubled, y turned to i); the few words whose stress or history breaks
// a rule are named with the rule they break.
func baseForm(past string) (string, bool) {
	w := strings.ToLower(past)
	if i, ok := pastOf[w]; ok {
		return irregularVerbs[i][0], true
	}
	switch w {
	case "agreed", "guaranteed", "freed", "decreed", "refereed":
		return strings.TrimSuffix(w, "d"), true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "eed") {
		return "", false
	}
	s := w[:len(w)-2]
	n := len(s)
	last, prev := s[n-1], s[n-2]
	switch {
	case last == 'i':
		if n <= 2 {
			return s + "e", true // "died", "tied"
		}
		return s[:n-1] + "y", true // "carried", "denied"
	case last == prev && !isVowel(last):
		switch last {
		case 's', 'f', 'z':
			return s, true // "passed", "staffed"
		case 'l':
			if (strings.HasSuffix(s, "ell") && n >= 6 && !strings.HasSuffix(s, "dwell")) || strings.HasSuffix(s, "troll") {
				return s[:n-1], true // "cancelled", "controlled", "patrolled"
			}
			return s, true // "called", "installed"
		}
		if s == "add" || s == "err" || s == "ebb" || s == "butt" || s == "purr" {
			return s, true
		}
		return s[:n-1], true // "stopped", "committed", "banned"
	case last == 'u' || last == 'c' && prev != 'c' || last == 'v':
		return s + "e", true // "pursued", "announced", "approved"
	case last == 'z':
		return s + "e", true // "organized", "seized"
	case last == 's':
		if strings.HasSuffix(s, "focus") || strings.HasSuffix(s, "bias") {
			return s, true
		}
		return s + "e", true // "caused", "proposed", "licensed", "collapsed"
	case last == 'l' && !isVowel(prev) && prev != 'r' && prev != 'w' && prev != 'l':
		return s + "e", true // "enabled", "settled", "handled"
	case last == 'g' && (prev == 'r' || prev == 'd' || prev == 'l'):
		return s + "e", true // "urged", "acknowledged", "indulged"
	case last == 'g' && prev == 'n':
		if n >= 3 && (s[n-3] == 'a' || s[n-3] == 'e') {
			return s + "e", true // "changed", "challenged"
		}
		return s, true // "belonged"
	}
	if isVowel(last) || last == 'w' || last == 'x' || last == 'y' || !isVowel(prev) {
		return s, true // "vetoed", "allowed", "taxed", "stayed", "signed", "ended"
	}
	// a consonant after one vowel: a silent e was dropped ("invaded",
	// "hoped") unless the syllable is unstressed ("opened", "visited")
	if n >= 3 && isVowel(s[n-3]) && !(s[n-3] == 'u' && n >= 4 && (s[n-4] == 'q' || s[n-4] == 'g')) {
		// two vowels: "defeated", "avoided", "explained" — except "created",
		// "negotiated", "evaluated"
		if strings.HasSuffix(s, "creat") || (last == 't' && prev == 'a' && (s[n-3] == 'i' || s[n-3] == 'u')) || strings.HasSuffix(s, "uad") {
			return s + "e", true
		}
		return s, true
	}
	tail := s[n-2:]
	hasSuffix := func(xs ...string) bool {
		for _, x := range xs {
			if strings.HasSuffix(s, x) {
				return true
			}
		}
		return false
	}
	switch tail {
	case "en":
		if hasSuffix("interven", "conven", "contraven") {
			return s + "e", true
		}
		return s, true // "happened", "threatened"
	case "er":
		if hasSuffix("adher", "coher", "interfer", "persever", "rever") {
			return s + "e", true
		}
		return s, true // "considered", "entered"
	case "on":
		if hasSuffix("postpon", "condon", "aton", "dethron", "enthron", "zon", "phon", "clon") {
			return s + "e", true
		}
		return s, true // "abandoned", "summoned"
	case "om", "el", "al":
		return s, true // "welcomed", "labeled", "signaled"
	case "op":
		if hasSuffix("lop") {
			return s, true // "developed"
		}
	case "it":
		if hasSuffix("unit", "ignit", "invit", "excit", "incit", "recit") || s == "cit" {
			return s + "e", true
		}
		return s, true // "visited", "limited"
	case "et":
		if hasSuffix("plet", "mpet", "delet") {
			return s + "e", true
		}
		return s, true // "targeted"
	case "or":
		if hasSuffix("restor", "ignor", "explor", "implor", "deplor", "scor", "stor", "ador") {
			return s + "e", true
		}
		return s, true // "monitored", "honored"
	case "ot":
		if hasSuffix("pivot") {
			return s, true
		}
	}
	return s + "e", true // "invaded", "stated", "declared", "secured", "decided"
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}
