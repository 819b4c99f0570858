package quiz

import (
	"strings"
	"testing"
)

// TestSettingNeeded: a front with no date, no name of two words or more
// and no initials lacks its setting; one with any of them has it.
func TestSettingNeeded(t *testing.T) {
	for _, tt := range []struct {
		front string
		want  bool
	}{
		{"Why did tax revenues decline?", true},
		{"What did Perry's letter create?", true},
		{"What did unemployment and food shortages lead to?", true},
		{"Why were the Soviets threatened?", true},
		{"What were the goals of the United States?", true}, // a country sets nothing
		{"What did the PTBT ban?", false},
		{"What did the Law on Cooperatives permit?", false},
		{"Who did Alexander Dubček replace?", false},
		{"What did Marshall scrap in July 1947?", false},
		{"What did the reforms achieve in the 1980s?", false},
		{"What did the Joint Chiefs declare in Washington?", false},
	} {
		if got := settingNeeded(tt.front); got != tt.want {
			t.Errorf("settingNeeded(%q) = %v; want %v", tt.front, got, tt.want)
		}
	}
}

// TestWithSettings: over the built-in article and the corpus, a question
// card gets its chapter only when its front needs a setting, never from
// the lead, and never a chapter title that shares a word with its answer;
// some cards get one.
func TestWithSettings(t *testing.T) {
	noTagOff = true
	defer func() { noTagOff = false }()
	set := 0
	for _, h := range hygieneArticles(t) {
		for _, c := range MakeCards(h.a, h.facts) {
			if c.Kind != CardQuestion {
				continue
			}
			base, title, ok := cutSetting(c.Front)
			if !ok {
				base, title, ok = cutArticleSetting(c.Front)
				if ok && (title != h.a.Title || !settingNeeded(base)) {
					t.Errorf("%s: %q set in the article %q", h.name, base, title)
				}
				continue
			}
			set++
			answer := c.Back
			if i := indexByte(answer, '\n'); i >= 0 {
				answer = answer[:i]
			}
			if !settingNeeded(base) || c.Chapter == 0 || sharesContentWord(title, answer) || title != h.a.Chapters[c.Chapter].Title {
				t.Errorf("%s: %q set in %q (chapter %d, answer %q)", h.name, base, title, c.Chapter, answer)
			}
		}
	}
	if set == 0 {
		t.Error("no question card got its chapter as its setting")
	}
	// the deck itself shows no tag (noTag, reviewcards.go): a dated
	// chapter title becomes the front's topic
	noTagOff = false
	topic := 0
	for _, h := range hygieneArticles(t) {
		for _, c := range MakeCards(h.a, h.facts) {
			if _, _, ok := cutSetting(c.Front); ok {
				t.Errorf("%s: a tagged front %q", h.name, c.Front)
			}
			if head, _, _ := strings.Cut(c.Front, "\n"); strings.Contains(head, " (article “") {
				t.Errorf("%s: a tagged front %q", h.name, c.Front)
			}
			if c.Chapter > 0 && strings.HasPrefix(c.Front, h.a.Chapters[c.Chapter].Title+": ") {
				topic++
			}
		}
	}
	if topic == 0 {
		t.Error("no front took its dated chapter title as its topic")
	}
}

func cutSetting(front string) (base, title string, ok bool) {
	return cutLabelled(front, " (chapter “")
}

func cutArticleSetting(front string) (base, title string, ok bool) {
	return cutLabelled(front, " (article “")
}

func cutLabelled(front, open string) (base, title string, ok bool) {
	const end = "”)"
	for i := len(front) - len(open); i >= 0; i-- {
		if front[i:i+len(open)] == open && len(front) >= len(end) && front[len(front)-len(end):] == end {
			return front[:i], front[i+len(open) : len(front)-len(end)], true
		}
	}
	return front, "", false
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}
