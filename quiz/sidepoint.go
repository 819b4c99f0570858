package quiz

import (
	"regexp"
	"strings"
)

// Side remarks (issue 18, round 18: Marshall Q13 "Already in _____, the
// United Nations Relief and Rehabilitation Administration (UNRRA) was
// founded …", a background body; Brezhnev Q6 "What did Vietnam depose in
// the Cambodian–Vietnamese War of 1978?", a side section; Potsdam Q2
// "Though the Potsdam Agreement only refers to …, expulsions also
// occurred in Romania … and in _____", a throwaway list member; all
// awkward, while the chapters' points went unasked). A side remark is a
// sentence that is not its chapter's lead, on which no named policy acts
// and is acted on, whose main statement (after a concessive opener such
// as "Though the Agreement only refers to …") names no topic word of the
// article's title or of its chapter's heading, and whose subject names
// nothing the article names in another paragraph. Its sentence's score
// falls (pointSide), and a name it asks about that the article names in
// that one paragraph only, or its date, waits for the picker's last pass
// (sideName): a quiz asks it only when nothing better is left.

// sideOff switches the rule out, for measuring what it changes
// (TestMeasureRank with RANK_MEASURE=side).
var sideOff = false

// concessiveOpeners open a clause that sets the main statement against
// something else.
var concessiveOpeners = []string{"though ", "although ", "even though ", "while ", "whereas ", "unlike ", "apart from ",
	"besides ", "beyond ", "except for ", "aside from ", "despite ", "in spite of "}

// mainStatement is a sentence without a leading concessive clause: "Though
// the Potsdam Agreement only refers to Poland, expulsions also occurred
// in Romania" → "expulsions also occurred in Romania".
func mainStatement(t string) string {
	lt := strings.ToLower(t)
	for _, o := range concessiveOpeners {
		if strings.HasPrefix(lt, o) {
			if j := strings.Index(t, ", "); j > 0 {
				return t[j+2:]
			}
		}
	}
	return t
}

// topicTied reports a text that names a topic word of the article's title
// or of the chapter's heading ("plan" in an article on the Marshall Plan,
// "socialist" under "In other Socialist countries"), or a word of the
// same stem ("Mongolia" for a title's "Mongol", "Korea" for "Korean").
func (g *generator) topicTied(ch int, t string) bool {
	title := g.a.Title
	if ch >= 0 && ch < len(g.a.Chapters) {
		title += " " + g.a.Chapters[ch].Title
	}
	hw := headingWords(title)
	for _, w := range hw {
		if strings.Contains(w, "-") { // "DPRK-Mongolia Relations"
			hw = append(hw, strings.Split(w, "-")...)
		}
	}
	if len(hw) == 0 {
		return true // nothing to tell a side remark by
	}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80)
	}) {
		lw := strings.ToLower(w)
		if !isAbbrev(w) {
			lw = strings.TrimSuffix(lw, "s")
		}
		if len(lw) < 3 {
			continue
		}
		for _, h := range hw {
			if lw == h || sameStem(lw, h) {
				return true
			}
		}
	}
	return false
}

// sameStem reports two words that share a stem of five letters or more
// and differ by at most three letters after it ("mongol", "mongolia").
func sameStem(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 5 && len(a)-n <= 3 && len(b)-n <= 3
}

// beyondSubject reports a sentence that opens by setting the article's
// own subject aside: "Though the Potsdam Agreement only refers to Poland,
// Czechoslovakia and Hungary, expulsions also occurred in …" tells of
// what lies outside the subject.
func (g *generator) beyondSubject(t string) bool {
	m := mainStatement(t)
	if len(m) == len(t) {
		return false
	}
	opener := t[:len(t)-len(m)]
	return g.topicTied(-1, opener) && (strings.Contains(opener, " only ") || strings.Contains(" "+m+" ", " also "))
}

// sideRemark is what the rule finds in one sentence.
type sideRemark struct {
	side      bool // no topic word, no policy, not a lead, no subject the article returns to
	localSubj bool // its subject names a name of this one paragraph
	allLocal  bool // every name it names is named in this one paragraph only
	names     int  // how many names it names
}

// sideSentence reads sentence i as a side remark or not (see the top of
// this file); flags are its point parts so far (pointFlags).
func (g *generator) sideSentence(i, flags int, c clause, ok bool) sideRemark {
	var r sideRemark
	if sideOff || flags&pointLead != 0 {
		return r
	}
	s := g.sents[i]
	if !g.beyondSubject(s.text) {
		if flags&(pointPolicyAct|pointPolicyObject|pointHeading|pointDefines) != 0 {
			return r
		}
		if len(g.points().policies[int32(i)]) > 0 {
			return r // a named policy, wherever it stands: "Senator Smith defended the Plan"
		}
		if g.topicTied(s.chapter, mainStatement(s.text)) {
			return r
		}
	}
	r.side, r.allLocal = true, true
	spread := g.points().spread
	for _, o := range g.sentenceFacts(Fact{Chapter: s.chapter, Block: s.block, SentSpan: s.span}) {
		if o.Kind == DateFact || o.Kind == NumberFact {
			continue
		}
		r.names++
		wide := spread[o.Text] > 1
		if wide {
			r.allLocal = false
		}
		if !ok || c.subjLen == 0 {
			continue
		}
		if at := strings.Index(c.text, o.Text); at >= c.subjAt && at < c.subjAt+c.subjLen {
			if wide {
				return sideRemark{} // the subject is a name the article returns to
			}
			r.localSubj = true
		}
	}
	return r
}

// reBackstory opens a sentence on what came before the story: "Already in
// 1943, …", "As early as 1918, …", "Even before the war, …".
var reBackstory = regexp.MustCompile(`^(?:Already|As early as|Even before|Long before)\b`)

// localName reports a name the article names in one paragraph only.
func (g *generator) localName(name string) bool {
	return g.points().spread[name] <= 1
}

// reRelative opens a relative clause: what follows it describes a name
// of the main clause.
var reRelative = regexp.MustCompile(`(?:,|\b\w+) (?:whose|which|who|whom|where) `)

// passingMention reports a name, or the date of a name ("the Moscow
// Declaration of October 1943"), that the article names in one sentence
// only, inside a relative clause or brackets of that sentence: "… war
// criminals whose crimes under the Moscow Declaration of October 1943
// have no particular geographical localization" mentions the Declaration
// in passing (round 18 Potsdam C7: its date, awkward trivia). The deck's
// rules may call it as the quiz's rank does (inSideRemark).
func (g *generator) passingMention(f Fact) bool {
	at := f.Start - f.SentSpan.Start
	if at < 0 || at > len(f.Sentence) {
		return false
	}
	before := f.Sentence[:at]
	name := f.Value
	if f.Kind == DateFact {
		name = nameBeforeOf(before)
		if name == "" {
			return false
		}
		before = before[:len(before)-len(name)-len(" of ")]
	} else if f.Kind == NumberFact {
		return false
	}
	if !reRelative.MatchString(before) && !inBrackets(before) {
		return false
	}
	return len(g.namingSentences(name)) <= 1
}

// nameBeforeOf is the capitalised name that text ends in before " of "
// ("… under the Moscow Declaration of " → "Moscow Declaration"), or "".
func nameBeforeOf(text string) string {
	if !strings.HasSuffix(text, " of ") {
		return ""
	}
	w := strings.Fields(strings.TrimSuffix(text, " of "))
	n := 0
	for n < len(w) && n < 6 && capitalised(w[len(w)-1-n]) {
		n++
	}
	if n == 0 {
		return ""
	}
	return strings.Join(w[len(w)-n:], " ")
}
