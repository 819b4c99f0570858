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
