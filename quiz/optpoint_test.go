package quiz

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// blankFactIn makes a fact of the name at the first "[…]" of s, as the
// extractor would.
func blankFactIn(s string, kind FactKind) Fact {
	i, j := strings.Index(s, "["), strings.Index(s, "]")
	name := s[i+1 : j]
	sent := s[:i] + name + s[j+1:]
	return Fact{Kind: kind, Text: name, Value: name, Sentence: sent, Start: i, End: i + len(name)}
}

// TestFrontedClauseEnd: where a clause set before the subject closes.
func TestFrontedClauseEnd(t *testing.T) {
	cases := []struct {
		s    string
		want string // the text before the clause's comma; "" for none
	}{
		// cold war: a participle with "that"
		{"Believing that Britain, France and the United States had little option other than to acquiesce, the Soviet Military Administration in Germany celebrated the beginning of the blockade.",
			"Believing that Britain, France and the United States had little option other than to acquiesce"},
		// cold war: "Notified that … would end …,"
		{"Notified that British aid to Greece and Turkey would end in less than six weeks, and already hostile towards Soviet intentions, the Truman administration acted.",
			"Notified that British aid to Greece and Turkey would end in less than six weeks"},
		// a subordinator
		{"Although the treaty was signed in 1963, testing went on underground.", "Although the treaty was signed in 1963"},
		// counter-examples: a subject first, a preposition in -ing, a
		// clause with no finite verb before its comma
		{"The Three Governments, having considered the question, recognize that the transfer will have to be undertaken.", ""},
		{"During the war, Britain, France and the United States were allies.", ""},
		{"Following the coup, Poland and Hungary were occupied.", ""},
		{"As a nuclear power, China signed the treaty in the United Nations.", ""},
		{"United States forces were withdrawn, and Korea was divided.", ""},
	}
	for _, c := range cases {
		end := frontedClauseEnd(c.s)
		got := ""
		if end >= 0 {
			got = c.s[:end]
		}
		if got != c.want {
			t.Errorf("frontedClauseEnd(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestInvitedToNothing: a blank invited (asked, summoned) to nothing the
// sentence names.
func TestInvitedToNothing(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"The [Soviet Union] was invited with the understanding that it would likely refuse.", true}, // Marshall Plan, round 16 X-Q8
		{"[Finland] was also invited, but declined.", true},
		{"The [United Kingdom] was asked.", true},
		// counter-examples: to what is said, or by whom, or the blank is
		// not the one invited
		{"[Mongolia] was invited to join the Non-Aligned Movement in 1961.", false},
		{"The [Soviet Union] was invited by Britain and France to a meeting in Paris.", false},
		{"[Japan] was asked to withdraw from Manchuria.", false},
		{"Every country of Europe was invited, with the exceptions of [Spain].", false},
		{"[Czechoslovakia] and Poland agreed to attend.", false},
		{"The [Soviet Union] was defeated with heavy losses.", false},
	}
	for _, c := range cases {
		if got := invitedToNothing(blankFactIn(c.s, PlaceFact)); got != c.want {
			t.Errorf("invitedToNothing(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestSideListMemberOverTheCorpus: the country questions of the corpus
// never blank one member of a list in a fronted clause, nor a country
// invited to nothing the sentence names; the list member of a main
// clause (Potsdam) is still asked.
func TestSideListMemberOverTheCorpus(t *testing.T) {
	potsdam := false
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, g *generator, qs []Question) {
		for _, q := range qs {
			if q.Kind != PlaceFact {
				continue
			}
			for _, f := range g.facts {
				if f.Kind != PlaceFact || len(q.Answer) != 1 || f.Value != q.Answer[0] || !strings.Contains(q.Prompt, strings.Replace(f.Sentence, f.Text, "_____", 1)) {
					continue
				}
				if g.sideListMember(f) || invitedToNothing(f) {
					t.Errorf("%s: %s", h.name, q.Prompt)
				}
				if h.name == "potsdam_agreement" && len(g.listMates(f)) > 0 {
					potsdam = true
				}
			}
		}
	})
	if _, err := os.Stat(filepath.Join(corpusDir, "potsdam_agreement.txt")); err == nil && !potsdam {
		t.Error("no Potsdam list member asked: the rule is too wide")
	}
}
