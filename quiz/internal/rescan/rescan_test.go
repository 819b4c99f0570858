package rescan

import (
	"reflect"
	"regexp"
	"testing"
)

// patterns are shaped like the date and name rules of quiz, plus ones the
// package must leave to regexp.
var patterns = []struct {
	expr string
	fast bool
}{
	{`\b(\d{4})\b`, true},
	{`\b(\d{1,2})(?:st|nd|rd|th)? (January|May|Jan\.|Sept?\.)(?:,? (\d{4}))?`, true},
	{`\b(?:[Ff]rom )?(March|May)(?:,? (\d{4}))? ?(?:to|–) ?(June|May),? (\d{4})\b`, true},
	{`\b(?:[Tt]he )?(?:(early|mid|late)[- ])?(\d{3}0)(?:s|'s|’s)`, true},
	{`\b(?i:the) (\d+)`, true},
	{`\b[Éé]t\w+`, false},   // a match may start with a byte that is not a word byte
	{`\b(?:x|)\d`, true},    // an empty alternative before a digit
	{`\b\d*`, false},        // can match the empty string
	{`\b.\d`, false},        // any character first
	{`(\d{4})`, false},      // no word boundary first
	{`\b^\d`, false},        // a start anchor
	{`\b(?:’\d|\d)`, false}, // a quote can start a match
	{`\b([A-Z][A-Z&]{1,9}) \(`, true},
	{`\b(?i:kelvin|straße) (\d{2,})`, false}, // may open with K, the Kelvin sign
	{`\b\d (?i:kelvin|straße)`, true},        // folded letters of other lengths (K, ſ)
	{`\b(?:a|b)+(?:x|yy)*\d?z`, true},
	{`\b\w{1,3}[^a-z]{2}q`, true},
	// an optional lead: the bytes past it are looked at too (lookahead)
	{`\b(?:[Tt]he )?(?:(?:very )?end|spring|first half) of (\d{4})(?:[–-](\d{2}))?\b`, true},
}

var texts = []string{
	"", "1986", "In 1986 and 1987, and 12345 or a1986 or 1986b.", "On 3 May 1945 and 4th January, 1946 it ended.",
	"From March 1948 to June 1949; May–May 2001.", "The early 1960s and the 1970’s and mid-1980's.",
	"THE 12 and the 7 and The 9", "Été étrange, été 2001", "x1 x 2 xx3", "ÉTAT été", "a’9 ’9 9’",
	"NATO (the North) and UN (x)", "é1986 _1986 1986_ 1986é", "3 May 1945 3 May 1945",
	"KELVIN 12 \u212aelvin 34 ſtraße 56 STRASSE 7 1 \u212aelvin 2 STRAſSE 3 kelvin", "abab yyz aaxz b9z z", "ab!!q a\u00e9q abc--q x\u00e9\u00e9q",
	"By the end of 1949, the Soviet end of 12345; The very end of 1946–47 and the first half of 2024 or the first half of 202",
}

func TestSameMatchesAsRegexp(t *testing.T) {
	for _, p := range patterns {
		r := MustCompile(p.expr)
		if r.Fast() != p.fast {
			t.Errorf("%s: fast %v, want %v", p.expr, r.Fast(), p.fast)
		}
		std := regexp.MustCompile(p.expr)
		for _, s := range texts {
			want := std.FindAllStringSubmatchIndex(s, -1)
			if got := r.FindAllStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: %v, regexp gives %v", p.expr, s, got, want)
			}
			if got, want := r.MatchString(s), std.MatchString(s); got != want {
				t.Errorf("%s matches %q: %v, regexp says %v", p.expr, s, got, want)
			}
		}
	}
}

func FuzzSameMatchesAsRegexp(f *testing.F) {
	for _, s := range texts {
		f.Add(s)
	}
	var res []*Regexp
	var std []*regexp.Regexp
	for _, p := range patterns {
		res = append(res, MustCompile(p.expr))
		std = append(std, regexp.MustCompile(p.expr))
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, r := range res {
			want := std[i].FindAllStringSubmatchIndex(s, -1)
			if got := r.FindAllStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: %v, regexp gives %v", r, s, got, want)
			}
		}
	})
}

// mayStart never turns away a position where a match starts.
func TestMayStartKeepsEveryMatch(t *testing.T) {
	for _, p := range patterns {
		r := MustCompile(p.expr)
		if !r.Fast() {
			continue
		}
		std := regexp.MustCompile(p.expr)
		for _, s := range texts {
			for _, m := range std.FindAllStringIndex(s, -1) {
				if !r.mayStart(s, m[0]) {
					t.Errorf("%s: a match starts at %d of %q, mayStart says no", p.expr, m[0], s)
				}
			}
		}
	}
}

// prefixPatterns are shaped like the page-furniture lines of quiz.
var prefixPatterns = []string{
	`(?i)^(?:facebook|twitter|x)(?: (?:basic|social))?(?: square| icon)?$`,
	`(?i)^share (?:on|via|to) \w+`,
	`(?i)^(?:retrieved from|copyright ©|©)`,
	`(?i)^\d+ (?:comments?|likes?)$`,
	`(?i)^(?:posted|filed) (?:in|under)\b.{0,20}$`,
	`(?i)^(?:tags?|categories|category):\s`,
	`(?i)^(?:photo(?:graph)?|image)?\s*credits?\b:?\s.{0,12}$`,
	`(?i)^kelvin straße$`,
	`^a*$`,
	`^$`,
	`(?i)^toggle (?:the )?.{1,10} (?:section|table of contents)$`,
	`(?m)^x`, // a start of line: run as regexp runs it
	`a^b`,
	`(?i)^all rights\b`,    // bounded without $: read to the end of a word past the longest match
	`(?i)^(?:ab|c)(?:$|d)`, // a $ inside: read whole
	`(?i)^(?:x|K) ?y\B`,    // ends before a word byte
}

var prefixTexts = []string{
	"", "x", "X", "Facebook", "twitter icon", "x social square", "Share on Facebook", "share via", "Retrieved from here",
	"© 2020", "COPYRIGHT © me", "12 comments", "1 like", "12 comments and more", "Posted in News", "Filed under a very long title indeed",
	"Tags: a", "tag:\tb", "Photo credit: Jane", "Credits: x", "photograph credit Jane Doe/AFP", "   credit: x",
	"\u212aelvin stra\u00dfe", "KELVIN STRASSE", "kelvin straße", "aaaa", "aab", "Toggle the Policy section",
	"toggle x table of contents", "y\nx", "The Marshall Plan was a programme of aid.", "Facebook\n",
	"All rights reserved", "all rightsx", "ALL RIGHTS©", "all rights_", "all right", "ab", "abd", "cde", "c",
	"xyz", "\u212ayy", "x y", "k yz", "xy©", "xy" + string(make([]byte, 40)),
}

func TestPrefixSameAsRegexp(t *testing.T) {
	for _, expr := range prefixPatterns {
		p := MustCompilePrefix(expr)
		std := regexp.MustCompile(expr)
		for _, s := range prefixTexts {
			if got, want := p.MatchString(s), std.MatchString(s); got != want {
				t.Errorf("%s matches %q: %v, regexp says %v", expr, s, got, want)
			}
		}
	}
}

func FuzzPrefixSameAsRegexp(f *testing.F) {
	for _, s := range prefixTexts {
		f.Add(s)
	}
	var ps []*Prefix
	var std []*regexp.Regexp
	for _, expr := range prefixPatterns {
		ps = append(ps, MustCompilePrefix(expr))
		std = append(std, regexp.MustCompile(expr))
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, p := range ps {
			if got, want := p.MatchString(s), std[i].MatchString(s); got != want {
				t.Fatalf("%s matches %q: %v, regexp says %v", p, s, got, want)
			}
		}
	})
}
