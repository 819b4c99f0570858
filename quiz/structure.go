package quiz

import (
	"regexp"
	"strconv"
	"strings"
)

// Structure before sentences: before a plain-text page is read as
// paragraphs, its lines are sorted into headings (with their depth),
// tables, lists, captions and running text. The signals, strongest first:
//   - a Contents block names the headings and their depth ("2.1 Adoption");
//   - "[edit]" marks, when the page has them, mark every heading;
//   - otherwise a heading is a short capitalised line that stands alone and
//     is followed by running text, or by a sub-heading that is (a heading
//     whose section holds only sub-sections stays a chapter that holds them).
//
// Tables (tab- or pipe-separated rows, runs of "key: value" lines), lists
// (bullets, numbered clauses, runs of short items, the items after a line
// ending in a colon), captions and hatnotes are blocks of their own kind;
// they are never read as sentences for cards or questions, except a list
// item that is a whole clause.

// tocItem is one entry of a page's Contents block.
type tocItem struct {
	title string // normalised with headingKey
	level int    // 0 for "2", 1 for "2.1", -1 when the entries have no numbers
}

// outline is what the structure pass learns about a page's lines.
type outline struct {
	lines    []line
	next     []int // next content line (not chrome, not TOC), or len(lines)
	prev     []int // previous content line, or -1
	skip     []bool
	toc      []tocItem
	tocKeys  map[string][]int // entry indices by title
	tocAt    int              // entries before tocAt have been matched
	editMode bool             // the page marks its headings with [edit]
	blankSep bool             // the page separates blocks with blank lines
	kinds    []BlockKind
	numbered []bool // a numbered line whose run reads as headings, not clauses
	// sectionHead marks a numbered line of a run of clauses that titles
	// the text after it ("3. Reparations from Germany." above the
	// paragraph on reparations): a caption, not a list item to read
	sectionHead []bool
}

var (
	tocNumber   = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$`)
	letterItem  = regexp.MustCompile(`^[A-Z][.)]\s+\S.*[.;:]$`)
	hatnote     = regexp.MustCompile(`^(?:Main articles?\b:?|Further information\b:?|See also\b:?|See\s|For (?:[^.]{0,120}), see\s|This section\b.{0,60}\b(?:needs|does not|is about))`)
	infoboxLine = regexp.MustCompile(`^([^:.!?]{1,40}):\s*(\S.*)$`)
	// a picture's caption ends with its credit: "… the museum. (Reuters)"
	creditEnd = regexp.MustCompile(`[(/—–-] ?(?:[^()]{0,60}/)?(?:` + strings.Join(creditNames, "|") + `)\)?$`)
)

// creditNames are the agencies a caption's credit names.
var creditNames = []string{"Getty Images", "Agence France-Presse", "AFP", "Associated Press", "AP", "Reuters", "EPA",
	"Shutterstock", "AP Photo"}

// endsWithCredit is creditEnd.MatchString(s), the pattern tried only on a
// line that ends with an agency's name (it is slow to fail: it starts
// from every bracket, slash and dash of a paragraph).
func endsWithCredit(s string) bool {
	t := strings.TrimSuffix(s, ")")
	for _, n := range creditNames {
		if strings.HasSuffix(t, n) {
			return creditEnd.MatchString(s)
		}
	}
	return false
}

// headingKey normalises a heading for comparison with a Contents entry.
func headingKey(s string) string {
	s = strings.TrimSpace(editMark.ReplaceAllString(s, ""))
	if m := tocNumber.FindStringSubmatch(s); m != nil {
		s = m[2]
	}
	return strings.ToLower(strings.TrimSpace(strings.TrimRight(chapterTitle(s), ": ")))
}

func newOutline(lines []line) *outline {
	n := len(lines)
	o := &outline{lines: lines, skip: make([]bool, n), kinds: make([]BlockKind, n), numbered: make([]bool, n), sectionHead: make([]bool, n)}
	o.readTOC()
	o.next, o.prev = make([]int, n), make([]int, n)
	nx := n
	for i := n - 1; i >= 0; i-- {
		o.next[i] = nx
		if o.content(i) {
			nx = i
		}
	}
	pv := -1
	gaps, edits := 0, 0
	for i := range lines {
		o.prev[i] = pv
		if o.content(i) {
			pv = i
			if lines[i].gap {
				gaps++
			}
			if lines[i].edit {
				edits++
			}
		}
	}
	o.blankSep = gaps*3 >= n && gaps >= 3
	o.editMode = edits >= 2
	o.numberedRuns()
	o.classify()
	return o
}

func (o *outline) content(i int) bool { return !o.lines[i].chrome && !o.skip[i] }

// readTOC finds a Contents block ("Contents" then numbered entries) and
// keeps its entries; the block itself is skipped.
func (o *outline) readTOC() {
	for i, l := range o.lines {
		if !l.chrome || !isTOCHeading(l.text) {
			continue
		}
		var entries []tocItem
		top := false // a "(Top)" line: entries may come without numbers
		numbered := false
		seen := map[string]bool{} // a title seen twice is the text's first heading
		for j := i + 1; j < len(o.lines); j++ {
			l := o.lines[j]
			if l.chrome {
				top = top || strings.EqualFold(l.text, "(top)")
				continue // "Toggle History subsection", "hide"
			}
			if m := tocNumber.FindStringSubmatch(l.raw); m != nil && isTOCEntry(l.raw) {
				o.skip[j] = true
				numbered = true
				entries = append(entries, tocItem{title: headingKey(m[2]), level: strings.Count(m[1], ".")})
				continue
			}
			if top && !numbered && looksLikeHeading(l.text) && len(l.text) <= 90 && !(l.gap && len(entries) > 0) && !seen[headingKey(l.text)] {
				seen[headingKey(l.text)] = true
				o.skip[j] = true
				entries = append(entries, tocItem{title: headingKey(l.text), level: -1})
				continue
			}
			if !isTOCEntry(l.raw) && !isTOCEntry(l.text) {
				break
			}
			o.skip[j] = true
		}
		if len(entries) >= 2 {
			o.toc = entries
			o.tocKeys = make(map[string][]int, len(entries))
			for k, e := range entries {
				o.tocKeys[e.title] = append(o.tocKeys[e.title], k)
			}
		}
		return
	}
}

// numberedRuns decides, for lines numbered "1.", "2." …, whether their
// run is numbered headings (short titles, each followed by text) or a
// numbered list of clauses (items that are sentences, or stand together).
func (o *outline) numberedRuns() {
	var run []int
	last := 0
	end := func() {
		headings := len(run) > 0
		for k, i := range run {
			t := o.lines[i].text
			if len(t) > 100 || endsSentence(t) || strings.HasSuffix(t, ";") {
				headings = false
			}
			if k > 0 && o.next[run[k-1]] == i {
				headings = false // two items side by side: a list
			}
		}
		for _, i := range run {
			o.numbered[i] = headings
		}
		if !headings {
			o.sectionHeads(run)
		}
		run = run[:0]
	}
	for i, l := range o.lines {
		if !o.content(i) || !numberedItem.MatchString(l.raw) {
			continue
		}
		num, _ := strconv.Atoi(strings.TrimLeft(l.raw[:strings.IndexAny(l.raw, ".)")], " "))
		if num != last+1 {
			end()
		}
		run = append(run, i)
		last = num
	}
	end()
}

// sectionHeads marks, in a run of numbered lines that is not a run of
// headings (a treaty's protocol numbers its clauses and the titles of its
// short sections alike), the titles: a short line without a verb
// ("Disposal of the German Navy and merchant marine.", "City of … and the
// adjacent area (then …).") followed by the section's text, or standing
// among such titles. A numbered clause with a verb ("Shipwrecked sailors
// are not to be imprisoned.", "Allied troops were to withdraw …") stays
// a list item, read as a sentence when it is a whole one.
func (o *outline) sectionHeads(run []int) {
	heads := 0
	for _, i := range run {
		j := o.next[i]
		for j < len(o.lines) && hatnote.MatchString(o.lines[j].text) {
			j = o.next[j]
		}
		if sectionTitle(o.lines[i].text) && nextIsBody(o.lines, j) && !o.numberedAt(j) {
			o.sectionHead[i] = true
			heads++
		}
	}
	if heads < 2 {
		return
	}
	for _, i := range run {
		if sectionTitle(o.lines[i].text) {
			o.sectionHead[i] = true
		}
	}
}

// numberedAt reports a content line numbered "1.", "2." ….
func (o *outline) numberedAt(j int) bool {
	return j < len(o.lines) && numberedItem.MatchString(o.lines[j].raw)
}

// sectionTitle reports a numbered line's text that reads as a title: at
// most 14 words and no verb (no finite verb or modal, and no present
// tense after its first noun phrase); a capitalised word in -ed is an
// adjective of the title ("Revised Allied Control Commission procedure").
func sectionTitle(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 14 || len(s) > 120 || strings.Contains(s, ";") {
		return false
	}
	if finiteVerb(s) {
		return false
	}
	for k := 1; k < len(w); k++ {
		// a past tense written in lower case ("Allied", "Revised" are
		// adjectives of a title, and so is "the defeated state")
		x := strings.Trim(w[k], ",.;:()")
		if isLowerWord(x) && (pastVerb(x) && !labelDeterminers[strings.ToLower(w[k-1])] || x == "has" || x == "had") {
			return false
		}
	}
	for k, x := range w {
		x = strings.ToLower(strings.Trim(x, ",.;:()"))
		if titleVerbWords[x] {
			return false
		}
		// "The treaty bans …", "Each party limits …": a verb in -s after
		// a lower-case noun
		if k >= 2 && strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss") && isLowerWord(x) && isLowerWord(strings.Trim(w[k-1], ",")) &&
			strings.EqualFold(w[0], "the") || k >= 1 && strings.EqualFold(w[0], "each") && strings.HasSuffix(x, "s") && k == 2 {
			return false
		}
	}
	return true
}

// titleVerbWords mark a clause rather than a title: modals and the
// forms of "be" and "do" that commonFinite and hasFiniteVerb leave out.
var titleVerbWords = map[string]bool{"shall": true, "should": true, "must": true, "may": true, "might": true, "can": true,
	"cannot": true, "be": true, "been": true, "being": true, "am": true, "do": true, "does": true, "did": true, "not": true}

// classify gives every content line the kind of block it would be if it
// is not a heading.
func (o *outline) classify() {
	for i := range o.lines {
		if !o.content(i) {
			continue
		}
		o.kinds[i] = o.bodyKind(i)
	}
	// runs of "key: value" lines are an infobox or table
	for i := range o.lines {
		if !o.content(i) || o.kinds[i] != Paragraph && o.kinds[i] != Caption || !isInfoboxLine(o.lines[i].text) {
			continue
		}
		j := o.next[i]
		p := o.prev[i]
		if (j < len(o.lines) && isInfoboxLine(o.lines[j].text)) || (p >= 0 && o.kinds[p] == TableRow) {
			o.kinds[i] = TableRow
		}
	}
	if !o.blankSep {
		return
	}
	// a group of lines between blank lines that is mostly short items, or
	// that follows a line ending in a colon, is a list
	for i := 0; i < len(o.lines); {
		j := o.groupEnd(i)
		o.listGroup(i, j)
		i = j
	}
}

// groupEnd returns the index after the group of lines that starts at i.
func (o *outline) groupEnd(i int) int {
	j := i + 1
	for j < len(o.lines) && !o.lines[j].gap {
		j++
	}
	return j
}

func (o *outline) listGroup(i, j int) {
	var members []int
	short := 0
	for k := i; k < j; k++ {
		if o.content(k) {
			members = append(members, k)
			if isShortItem(o.lines[k].text) {
				short++
			}
		}
	}
	if len(members) < 2 {
		return
	}
	afterColon := false
	if p := o.prev[members[0]]; p >= 0 && strings.HasSuffix(o.lines[p].text, ":") {
		afterColon = true
	}
	if short*2 <= len(members) && !afterColon {
		return
	}
	for _, k := range members {
		if o.sectionHead[k] {
			continue // a numbered section's title stays a caption
		}
		if o.kinds[k] == Caption || o.kinds[k] == Paragraph && (short*2 > len(members) || !endsSentence(o.lines[k].text)) {
			o.kinds[k] = ListItem
		}
	}
}

// isShortItem reports a line that reads as a list item, not a sentence:
// short and without closing punctuation.
func isShortItem(s string) bool {
	return len(s) <= 100 && !endsSentence(s) && !strings.HasSuffix(s, ";")
}

func isInfoboxLine(s string) bool {
	// the pattern's first ':', '.', '!' or '?' is its colon, after a label
	if i := strings.IndexAny(s, ":.!?"); i < 1 || s[i] != ':' {
		return false
	}
	m := infoboxLine.FindStringSubmatch(s)
	if m == nil || len(strings.Fields(m[1])) > 4 {
		return false
	}
	return !endsSentence(m[2]) || strings.Count(m[2], ";") >= 2
}

// isTableRow reports a row of cells: tab-separated, or pipe-separated.
func isTableRow(raw string) bool {
	if strings.Contains(strings.TrimSpace(raw), "\t") {
		cells := 0
		for _, c := range strings.Split(raw, "\t") {
			if strings.TrimSpace(c) != "" {
				cells++
			}
		}
		return cells >= 2
	}
	if strings.Count(raw, "|") >= 2 {
		cells := 0
		for _, c := range strings.Split(strings.Trim(strings.TrimSpace(raw), "|"), "|") {
			if strings.TrimSpace(c) != "" {
				cells++
			}
		}
		return cells >= 2
	}
	return false
}

func (o *outline) bodyKind(i int) BlockKind {
	l := o.lines[i]
	switch {
	case l.quote || isQuotation(l.text):
		return Quotation
	case isTableRow(l.raw):
		return TableRow
	case hatnote.MatchString(l.text) && !endsSentence(l.text), strings.HasPrefix(l.text, "Main article"), endsWithCredit(l.text):
		return Caption
	case o.sectionHead[i]:
		return Caption // the title of a numbered section (sectionHeads)
	case l.list && !o.numbered[i], letterItem.MatchString(l.text):
		return ListItem
	case looksLikeHeading(l.text):
		return Caption
	}
	return Paragraph
}

// heading reports whether content line i is a heading, and its depth.
func (o *outline) heading(i int) (int, bool) {
	l := o.lines[i]
	if len(o.toc) > 0 {
		if k := o.tocEntryOf(i); k >= 0 {
			o.tocAt = k + 1
			return o.toc[k].level, true
		}
		return -1, l.edit
	}
	if o.editMode {
		return 0, l.edit
	}
	if !o.candidate(i) {
		return 0, false
	}
	j := o.skipHatnotes(o.next[i])
	if nextIsBody(o.lines, j) && o.kinds[j] != Caption {
		return 0, true
	}
	// a heading whose section holds only sub-sections: a short title,
	// not itself inside a run of short lines (a list), followed by a
	// heading that is followed by text
	if fieldCount(l.text) > maxParentWords || j >= len(o.lines) || !o.candidate(j) {
		return 0, false
	}
	if p := o.prev[i]; p >= 0 && o.candidate(p) {
		return 0, false
	}
	k := o.skipHatnotes(o.next[j])
	return 0, nextIsBody(o.lines, k) && o.kinds[k] != Caption
}

// maxParentWords is the longest title of a heading that holds only
// sections, on a page without a Contents block: such titles name a group
// ("Origins", "Other activities"), longer lines are captions or list items.
const maxParentWords = 6

// candidate reports a line that could be a heading by its shape and place.
func (o *outline) candidate(i int) bool {
	l := o.lines[i]
	if !looksLikeHeading(l.text) || l.list && !o.numbered[i] || l.quote || isTableRow(l.raw) || hatnote.MatchString(l.text) {
		return false
	}
	if o.kinds[i] == ListItem || o.kinds[i] == TableRow {
		return false
	}
	if p := o.prev[i]; p >= 0 && strings.HasSuffix(o.lines[p].text, ":") {
		return false
	}
	if o.blankSep && (!l.gap || i+1 < len(o.lines) && !o.lines[i+1].gap && o.content(i+1)) {
		return false
	}
	return true
}

// tocEntryOf returns the index of the next unmatched Contents entry that
// line i names, or -1.
func (o *outline) tocEntryOf(i int) int {
	if t := o.lines[i].text; len(t) <= 200 {
		for _, k := range o.tocKeys[headingKey(t)] {
			if k >= o.tocAt {
				return k
			}
		}
	}
	return -1
}

// holdsSections reports whether heading i is followed by another heading
// with no text between, so that its section holds only sections. For
// pages without a Contents block, or one without numbers.
func (o *outline) holdsSections(i int) bool {
	j := o.skipHatnotes(o.next[i])
	if j >= len(o.lines) || referencesHeading(o.lines[j].text) != "" || endMatterHeading(o.lines[j].text) {
		return false
	}
	if len(o.toc) > 0 {
		return o.tocEntryOf(j) >= 0 || o.lines[j].edit
	}
	_, ok := o.heading(j)
	return ok
}

// skipHatnotes returns the first content line from j on that is not a
// hatnote ("Main article: …", "See also: …").
func (o *outline) skipHatnotes(j int) int {
	for j < len(o.lines) && o.kinds[j] == Caption && hatnote.MatchString(o.lines[j].text) {
		j = o.next[j]
	}
	return j
}

// nestedLevel gives a heading's depth on a page without a Contents block:
// a heading that holds sections opens a chapter at depth 0, or one deeper
// when it comes straight after another such heading; other headings are
// sections of the last one that holds sections.
func nestedLevel(holds, justParent bool, parent int) (level, newParent int, isParent bool) {
	switch {
	case holds && justParent:
		return parent + 1, parent + 1, true
	case holds:
		return 0, 0, true
	}
	return parent + 1, parent, false
}
