package quiz

import (
	"regexp"
	"strings"

	"github.com/chapterwise/chapterwise/quiz/internal/rescan"
)

// Page chrome: the words a web page puts around an article. These are
// general to blogs, news sites and encyclopedias, not to any one article.
var chromeLines = map[string]bool{
	"top of page": true, "bottom of page": true, "back to top": true, "scroll to top": true, "(top)": true, "top": true,
	"skip to content": true, "skip to main content": true, "jump to content": true, "jump to navigation": true,
	"jump to search": true, "main menu": true, "menu": true, "navigation": true, "search": true, "home": true,
	"log in": true, "login": true, "sign in": true, "sign up": true, "register": true, "subscribe": true,
	"subscribe now": true, "share": true, "share this": true, "share this post": true, "share this article": true,
	"tweet": true, "print": true, "email": true, "e-mail": true, "comments": true, "comment": true,
	"leave a comment": true, "leave a reply": true, "post a comment": true, "add a comment": true,
	"write a comment": true, "no comments": true, "featured posts": true, "recent posts": true,
	"popular posts": true, "related posts": true, "related articles": true, "related stories": true,
	"more stories": true, "read more": true, "read next": true, "archive": true, "archives": true,
	"categories": true, "tags": true, "search by tags": true, "follow us": true, "follow": true,
	"instagram": true, "facebook": true, "twitter": true, "x": true, "youtube": true, "linkedin": true,
	"pinterest": true, "reddit": true, "whatsapp": true, "tiktok": true, "telegram": true, "rss": true,
	"advertisement": true, "sponsored": true, "accept cookies": true, "accept all cookies": true,
	"from wikipedia, the free encyclopedia": true, "hide": true, "show": true, "toggle": true,
	"toggle the table of contents": true, "edit": true, "view history": true, "view source": true,
	"talk": true, "read": true, "tools": true, "languages": true, "contents": true, "table of contents": true,
	"privacy policy": true, "terms of use": true, "terms of service": true, "about us": true,
	"contact us": true, "contact": true, "newsletter": true, "donate": true, "previous post": true,
	"next post": true, "like": true, "reply": true, "loading...": true, "print this page": true,
	"article": true, "listen": true, "save": true, "more": true, "close": true,
	"image": true, "photo": true, "video": true, "play video": true, "watch": true, "enlarge this image": true,
}

var (
	citationMark  = regexp.MustCompile(`\[(?:\d{1,4}|[a-z]{1,2}|note \d+|n \d+|nb \d+|citation needed|edit|update|clarification needed|better source needed|dubious(?: [–-] discuss)?|who\?|when\?|which\?|according to whom\?|by whom\?|failed verification|page needed|sic)\]`)
	editMark      = regexp.MustCompile(`\[\s*edit(?: source)?\s*\]`)
	numberedItem  = regexp.MustCompile(`^\d{1,2}[.)]\s+`)
	tocEntry      = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2})*\.?\s+\S`)
	bylinePattern = regexp.MustCompile(`^(?i:by|written by|words by|posted by|author:|authors:)\s+\p{Lu}`)
	urlPattern    = regexp.MustCompile(`https?://[^\s<>"“”]+`)
	// each tried only on a line whose first bytes can open it and, when it
	// ends with $, no longer than it can be (rescan.Prefix), and only on a
	// line that opens with one of its words, in any case (chromeShape.open)
	chromeShapes = []chromeShape{
		{shape(`(?i)^(?:facebook|twitter|instagram|linkedin|youtube|pinterest|tumblr|x)(?: (?:basic|social))?(?: square| circle| icon| logo)?$`),
			[]string{"facebook", "twitter", "instagram", "linkedin", "youtube", "pinterest", "tumblr", "x"}},
		{shape(`(?i)^share (?:on|via|to) \w+`), []string{"share on ", "share via ", "share to "}},
		{shape(`(?i)^(?:retrieved from|this page was last edited|text is available under|copyright ©|©)`),
			[]string{"retrieved from", "this page was last edited", "text is available under", "copyright ©", "©"}},
		{shape(`(?i)^all rights reserved`), []string{"all rights reserved"}},
		{shape(`(?i)^\d+ (?:comments?|likes?|views?|shares?)$`), nil},
		{shape(`(?i)^(?:posted|filed|published) (?:in|under)\b.{0,60}$`), []string{"posted ", "filed ", "published "}},
		{shape(`(?i)^(?:tags?|categories|category):\s`), []string{"tag", "categor"}},
		{shape(`(?i)^(?:click here|sign up for|subscribe to) .{0,60}$`), []string{"click here ", "sign up for ", "subscribe to "}},
		{shape(`(?i)^this article is about\b.{0,160}$`), []string{"this article is about"}},
		{shape(`(?i)^(?:for other uses|"[^"]+" redirects here)\b.{0,160}$`), []string{"for other uses", `"`}},
		{shape(`(?i)^\d+ min(?:ute)? read$`), nil},
		{shape(`(?i)^toggle (?:the )?.{1,100} (?:subsection|section|table of contents)$`), []string{"toggle "}},
		// picture credits: "Credit Ashraf Shazly/AFP — Getty Images", "Photo: Jane Doe/Reuters"
		{shape(`(?i)^(?:photo(?:graph)?|image|picture)?\s*credits?\b:?\s.{0,120}$`), []string{"photo", "image", "picture", "credit"}},
		{shape(`(?i)^(?:photo|image|picture|source):\s.{0,80}$`), []string{"photo:", "image:", "picture:", "source:"}},
		{shape(`(?i)^(?:(?:jump|skip) to (?:navigation|search|content|main content|main menu)\s*)+$`), []string{"jump to ", "skip to "}},
		{shape(`(?i)^(?:policy|issue|research|discussion|working|occasional|white|briefing|background) (?:brief|paper|note|report)s?(?: (?:no\.?|number|#) ?\d+)?$`),
			[]string{"policy ", "issue ", "research ", "discussion ", "working ", "occasional ", "white ", "briefing ", "background "}},
	}
)

// shape is rescan.MustCompilePrefix.
func shape(expr string) *rescan.Prefix { return rescan.MustCompilePrefix(expr) }

// chromeShape is a shape of furniture line and the words one of which
// every line it matches opens with (nil: none listed), in lower case:
// most lines that pass the shape's first bytes ("Th", "Re", "Pi") are
// refused by its words before the expression reads them.
type chromeShape struct {
	re   *rescan.Prefix
	open []string
}

// mayOpen reports whether t may open with one of the shape's words in
// any case: false only when it surely does not (TestChromeShapeWords,
// FuzzChromeShapeWords).
func (c chromeShape) mayOpen(t string) bool {
	if c.open == nil {
		return true
	}
	for _, w := range c.open {
		if foldPrefix(t, w) {
			return true
		}
	}
	return false
}

// foldPrefix reports whether s may open with w (lower-case) in any case.
// Past ASCII it answers yes unless the bytes are w's own: a case-blind
// expression matches "k" with the Kelvin sign and "s" with the long s.
func foldPrefix(s, w string) bool {
	if len(s) < len(w) {
		// a shorter text may still hold w's letters in longer characters
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(w); i++ {
		c := s[i]
		if c == w[i] {
			continue
		}
		if c >= 0x80 {
			return true
		}
		if 'A' <= c && c <= 'Z' && c+'a'-'A' == w[i] {
			continue
		}
		return false
	}
	return true
}

// isChrome reports whether a line is page furniture rather than article text.
func isChrome(s string) bool {
	t := strings.TrimSpace(s)
	if m := bulletPrefix(t); m > 0 {
		t = strings.TrimSpace(t[m:])
	}
	low := t
	if strings.IndexByte(t, '[') >= 0 && strings.Contains(t, "edit") { // an edit mark holds both
		low = strings.TrimSpace(editMark.ReplaceAllString(t, ""))
	}
	if low == "" {
		return true
	}
	// lower case takes a character to no fewer than a third of its bytes
	// (K, the Kelvin sign, to k): a longer line is no chrome line
	if len(low) <= 3*longestChromeLine && chromeLine(low) {
		return true
	}
	for _, c := range chromeShapes {
		if c.mayOpen(t) && c.re.MatchString(t) {
			return true
		}
	}
	return isNavBar(t)
}

// chromeLine is chromeLines[strings.ToLower(s)], lowering an ASCII line
// of up to 64 bytes on the stack.
func chromeLine(s string) bool {
	var buf [64]byte
	if len(s) > len(buf) {
		return chromeLines[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return chromeLines[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return chromeLines[string(buf[:len(s)])]
}

// longestChromeLine is the length of the longest of chromeLines.
var longestChromeLine = func() int {
	n := 0
	for l := range chromeLines {
		n = max(n, len(l))
	}
	return n
}()

// isNavBar reports a menu line: three or more short items separated by
// "|", "•" or "·" ("Home | About | Analysis | Subscribe").
func isNavBar(t string) bool {
	// three searches for bytes: ContainsAny decodes every character of
	// the line when the set is not ASCII, which was a third of parsing
	if strings.IndexByte(t, '|') < 0 && !strings.Contains(t, "•") && !strings.Contains(t, "·") {
		return false // one part
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '•' || r == '·' })
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > 25 || len(strings.Fields(p)) > 3 || strings.HasSuffix(p, ".") {
			return false
		}
	}
	return true
}

func isTOCHeading(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	return low == "contents" || low == "table of contents" || low == "toggle the table of contents" || low == "on this page"
}

// isTOCEntry reports whether a line after a "Contents" heading is one of
// its numbered entries.
func isTOCEntry(s string) bool {
	if len(s) > 90 {
		return false
	}
	low := strings.ToLower(s)
	return tocEntry.MatchString(s) || low == "(top)" || low == "hide" || low == "toggle"
}

var referenceHeadings = []string{
	"works cited", "references", "reference", "bibliography", "sources", "citations", "notes and references",
	"references and notes", "footnotes", "endnotes", "notes", "works consulted", "literature cited",
	"sources cited", "source",
}

// longestReferenceHeading is the length of the longest of referenceHeadings.
var longestReferenceHeading = func() int {
	n := 0
	for _, h := range referenceHeadings {
		n = max(n, len(h))
	}
	return n
}()

// referencesHeading returns s as the references heading if it names one.
func referencesHeading(s string) string {
	t := strings.TrimSpace(strings.TrimRight(s, ":"))
	if len(t) > 3*longestReferenceHeading {
		return "" // lower case takes a character to no fewer than a third of its bytes
	}
	low := strings.ToLower(t)
	for _, h := range referenceHeadings {
		if low == h {
			return strings.TrimRight(strings.TrimSpace(s), ":")
		}
	}
	return ""
}

// endMatterHeading reports whether s starts the matter after an
// encyclopedia article's text: links and reading lists, not chapters.
func endMatterHeading(s string) bool {
	t := strings.TrimSpace(strings.TrimRight(s, ":"))
	if len(t) > 3*len("additional reading") { // the longest (see referencesHeading)
		return false
	}
	switch strings.ToLower(t) {
	case "see also", "external links", "further reading", "related", "related links", "additional reading":
		return true
	}
	return false
}

// cleanText removes citation and edit marks and tidies spaces they leave.
func cleanText(s string) string {
	if strings.IndexByte(s, '[') < 0 {
		return strings.TrimSpace(s)
	}
	s = citationMark.ReplaceAllString(s, "")
	if strings.Contains(s, "edit") { // every edit mark holds it
		s = editMark.ReplaceAllString(s, "")
	}
	return strings.TrimSpace(s)
}

var (
	mdImage  = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink   = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdStrong = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEm     = regexp.MustCompile(`(^|[\s(“"])[*_](\S(?:[^*_]*?\S)?)[*_]([\s.,;:!?)”"]|$)`)
	mdCode   = regexp.MustCompile("`([^`]+)`")
)

// mdInline turns Markdown inline markup into plain text: the words of
// links and images (nothing is loaded or linked), emphasis without its
// stars or underscores, code without its backquotes.
func mdInline(s string) string {
	if !strings.ContainsAny(s, "*_[`") {
		return s
	}
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEm.ReplaceAllString(s, "$1$2$3")
	s = mdCode.ReplaceAllString(s, "$1")
	return strings.TrimSpace(s)
}

// isMarkdown reports whether the text uses '#' headings.
func isMarkdown(lines []string) bool {
	n := 0
	for _, l := range lines {
		if mdHeadingLevel(l) > 0 {
			n++
		}
	}
	return n > 0
}

func mdHeadingLevel(l string) int {
	l = strings.TrimRight(l, " \t")
	level := 0
	for level < len(l) && l[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level >= len(l) || l[level] != ' ' {
		return 0
	}
	return level
}

// parseMarkdown reads Markdown: the first top heading is the title,
// further headings are chapters, and a paragraph is a run of lines.
func parseMarkdown(raw []string) *Article {
	b := &builder{a: &Article{}}
	var para []string
	paraKind := Paragraph
	flushPara := func() {
		if len(para) == 0 {
			return
		}
		text := mdInline(cleanText(strings.Join(para, " ")))
		kind := paraKind
		para, paraKind = nil, Paragraph
		if text == "" || isChrome(text) {
			return
		}
		if b.inRefs {
			b.reference(text)
			return
		}
		if b.meta(text) {
			return
		}
		if kind == Paragraph && isQuotation(text) {
			kind = Quotation
		}
		b.add(kind, text)
	}
	titleLevel := 0
	base := 0 // the '#' level of the first chapter heading: depth 0
	for _, r := range raw {
		t := strings.TrimSpace(r)
		if lvl := mdHeadingLevel(t); lvl > 0 {
			flushPara()
			h := mdInline(cleanText(strings.TrimSpace(strings.TrimRight(t[lvl:], "# "))))
			switch {
			case b.a.Title == "" && len(b.a.Chapters) == 0 && b.cur == nil:
				b.a.Title, titleLevel = h, lvl
			case lvl < titleLevel:
				b.a.Title, titleLevel = h, lvl
			case referencesHeading(h) != "":
				b.flush()
				b.inRefs = true
				b.a.ReferencesHeading = referencesHeading(h)
			case endMatterHeading(h):
				b.flush()
				b.inRefs = true
			default:
				b.inRefs = false
				if base == 0 {
					base = lvl
				}
				b.heading(h, max(0, lvl-base))
			}
			continue
		}
		switch {
		case t == "":
			flushPara()
		case strings.Contains(t, "\t") && isTableRow(t) && !b.inRefs:
			// a tab-separated row, as source writes a web page's tables
			flushPara()
			b.add(TableRow, mdInline(cleanText(t)))
		case strings.HasPrefix(t, ">"):
			if paraKind != Quotation {
				flushPara()
			}
			paraKind = Quotation
			para = append(para, strings.TrimSpace(strings.TrimLeft(t, "> ")))
		case bulletPrefix(t) > 0:
			flushPara()
			paraKind = ListItem
			para = append(para, strings.TrimSpace(t[bulletPrefix(t):]))
			flushPara()
		default:
			if paraKind == Quotation {
				flushPara()
			}
			para = append(para, t)
		}
	}
	flushPara()
	b.flush()
	return b.a
}
