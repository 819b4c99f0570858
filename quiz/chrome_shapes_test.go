package quiz

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestChromeShapesSameAsRegexp checks that the furniture shapes, tried
// only on lines that can open them (rescan.Prefix), match the lines their
// expressions match: the lines of the built-in article and of the corpus
// articles (where ../shared is present), and furniture lines.
func TestChromeShapesSameAsRegexp(t *testing.T) {
	lines := strings.Split(string(builtinText(t)), "\n")
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	lines = append(lines, "Facebook", "Share on X", "Retrieved from \"x\"", "© 2024", "12 comments",
		"Posted in World", "Tags: policy", "Click here to subscribe", "3 min read", "Toggle the Aid subsection",
		"Photo: Jane Doe/Reuters", "Credit Ashraf Shazly/AFP — Getty Images", "Skip to content Jump to search", "Policy brief no. 12",
		"\u212aELVIN", "FACEBOOK ICON", "All rights reserved.", "This article is about the plan.")
	matched := 0
	for _, c := range chromeShapes {
		p := c.re
		std := regexp.MustCompile(p.String())
		for _, l := range lines {
			for _, s := range []string{l, strings.TrimSpace(l)} {
				got, want := p.MatchString(s), std.MatchString(s)
				if got != want {
					t.Fatalf("%s matches %q: %v, regexp says %v", p, s, got, want)
				}
				if got {
					matched++
				}
			}
		}
	}
	if matched < 18 {
		t.Errorf("%d lines matched, want at least the 18 furniture lines", matched)
	}
}

// chromeWordCases are lines the shapes' words must let through when the
// expression matches them: every case of the words, the Kelvin sign and
// the long s that a case-blind expression reads as "k" and "s", short
// lines, lines that open with a quote.
var chromeWordCases = []string{
	"FACEBOOK", "faceboo", "Faceboo\u212a", "\u017fhare on X", "SHARE VIA email", "Share to", "© 2024", "©", "\u00a9x",
	"Copyright © 2020", "COPYRIGHT ©", "Retrieved from x", "RETRIEVED FROM", "This page was last edited on", "Text is available",
	"ALL RIGHTS RESERVED", "Posted in World", "FILED UNDER x", "published in", "Tags: a", "TAG:\tb", "Category: c",
	"Categories:", "Click here to go", "Sign up for x", "SUBSCRIBE TO", "This article is about", `"Foo" redirects here`,
	"For other uses, see", "Toggle the Aid subsection", "Photograph credit: x", "Image credits: y", "PICTURE CREDIT x",
	"credit: z", "Source: UN", "Jump to navigation", "SKIP TO CONTENT", "White papers", "Briefing notes no. 3", "X",
	"The plan", "Re", "Pi", "So", "Th", "", "\xff\xfe",
}

// TestChromeShapeWords checks that a shape's words never refuse a line
// its expression matches, on the built-in and corpus lines and
// chromeWordCases, and that they refuse most lines.
func TestChromeShapeWords(t *testing.T) {
	lines := strings.Split(string(builtinText(t)), "\n")
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	lines = append(lines, chromeWordCases...)
	refused, tried, matched := 0, 0, 0
	for _, c := range chromeShapes {
		std := regexp.MustCompile(c.re.String())
		for _, l := range lines {
			s := strings.TrimSpace(l) // as isChrome tries them
			tried++
			if std.MatchString(s) {
				matched++
				if !c.mayOpen(s) {
					t.Fatalf("%s matches %q, which its words refuse", c.re, s)
				}
			} else if !c.mayOpen(s) {
				refused++
			}
		}
	}
	if matched < 30 || refused < tried*3/4 {
		t.Errorf("%d of %d lines refused by the words, %d matched", refused, tried, matched)
	}
}

func FuzzChromeShapeWords(f *testing.F) {
	for _, s := range chromeWordCases {
		f.Add(s)
	}
	var stds []*regexp.Regexp
	for _, c := range chromeShapes {
		stds = append(stds, regexp.MustCompile(c.re.String()))
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.TrimSpace(s)
		for i, c := range chromeShapes {
			if !c.mayOpen(s) && stds[i].MatchString(s) {
				t.Fatalf("%s matches %q, which its words refuse", c.re, s)
			}
		}
	})
}

// TestEndHeadingsSameAsLowering checks that referencesHeading and
// endMatterHeading, which turn long lines away before lowering them, say
// what lowering every line says.
func TestEndHeadingsSameAsLowering(t *testing.T) {
	refs := func(s string) string {
		low := strings.ToLower(strings.TrimSpace(strings.TrimRight(s, ":")))
		for _, h := range referenceHeadings {
			if low == h {
				return strings.TrimRight(strings.TrimSpace(s), ":")
			}
		}
		return ""
	}
	endMatter := func(s string) bool {
		switch strings.ToLower(strings.TrimSpace(strings.TrimRight(s, ":"))) {
		case "see also", "external links", "further reading", "related", "related links", "additional reading":
			return true
		}
		return false
	}
	lines := strings.Split(string(builtinText(t)), "\n")
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	lines = append(lines, "References", "  Notes and references:", "WOR\u212aS CITED", "See also", "ADDITIONAL READING::",
		"Further reading"+strings.Repeat(" ", 80), strings.Repeat("\u212a", 21), "References and notes of the war")
	found := 0
	for _, l := range lines {
		if got, want := referencesHeading(l), refs(l); got != want {
			t.Fatalf("referencesHeading(%q) = %q, lowering says %q", l, got, want)
		} else if got != "" {
			found++
		}
		if got, want := endMatterHeading(l), endMatter(l); got != want {
			t.Fatalf("endMatterHeading(%q) = %v, lowering says %v", l, got, want)
		} else if got {
			found++
		}
	}
	if found < 6 {
		t.Errorf("%d headings found, want at least the 6 given", found)
	}
}

// TestInfoboxLineGate checks that isInfoboxLine, which tries its pattern
// only on lines whose first ':', '.', '!' or '?' is a colon, says what
// trying every line says.
func TestInfoboxLineGate(t *testing.T) {
	ungated := func(s string) bool {
		m := infoboxLine.FindStringSubmatch(s)
		if m == nil || len(strings.Fields(m[1])) > 4 {
			return false
		}
		return !endsSentence(m[2]) || strings.Count(m[2], ";") >= 2
	}
	lines := strings.Split(string(builtinText(t)), "\n")
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	lines = append(lines, "Capital: Ulaanbaatar", ": none", "Founded: 1949.", "Area: 1,564,116 km2", "U.S. aid: $13 billion",
		"Why? Because: no", "Members: a; b; c.", "A label far too long to be a label of an infobox line: x", "Population:")
	n := 0
	for _, l := range lines {
		got, want := isInfoboxLine(l), ungated(l)
		if got != want {
			t.Fatalf("isInfoboxLine(%q) = %v, the pattern alone says %v", l, got, want)
		}
		if got {
			n++
		}
	}
	if n < 3 {
		t.Errorf("%d infobox lines, want at least the 3 given", n)
	}
}
