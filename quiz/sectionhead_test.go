package quiz

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSectionTitle(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		// titles of a protocol's or treaty's numbered sections
		{"Reparations from Germany.", true},
		{"Disposal of the German Navy and merchant marine.", true},
		{"City of Königsberg and the adjacent area (then East Prussia, now Kaliningrad Oblast).", true},
		{"Revised Allied Control Commission procedure in Romania, Bulgaria, and Hungary", true},
		{"Verification and inspection of test sites.", true},
		{"Limits on interceptor missiles and their radars.", true},
		{"Opening of the ports to American ships", true},
		// numbered clauses that say something
		{"Allied troops were to withdraw immediately from the capital.", false},
		{"The treaty bans all nuclear explosions.", false},
		{"Each party limits its interceptors to one hundred.", false},
		{"Shipwrecked sailors shall not be imprisoned or mistreated.", false},
		{"Trade transactions to be permitted and currency to be exchanged.", false},
		{"The parties agreed to meet again within a year.", false},
		{"Establishment of a council of ministers; tasked the preparation of a peace settlement.", false},
		{"A list of the defendants that the prosecutors named in the first week of the trial, with the charges against each of them.", false},
	}
	for _, tc := range tests {
		if got := sectionTitle(tc.in); got != tc.want {
			t.Errorf("sectionTitle(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestNumberedSectionTitles: in a run of numbered lines that mixes clauses
// and the titles of short sections, the titles are captions (never read
// as sentences, never chapters) and the clauses stay list items, read as
// sentences when whole.
func TestNumberedSectionTitles(t *testing.T) {
	body1 := "The parties agreed that a tenth of the plants of the western zones should be handed over within two years."
	body2 := "All but thirty ships were to be sunk and the rest of the fleet was to be shared equally between the parties."
	body3 := "The ministers declared that they would support the transfer of the port at the peace conference."
	in := "Accord\n\n" + para + "\n\nProtocol\n\nThe parties agree:\n\n" +
		"1. Reparations from the defeated state.\n" + body1 + "\n\n" +
		"2. Disposal of the navy and merchant marine.\n" + body2 + "\n\n" +
		"3. City of the port and the adjacent area (now a province).\n" + body3 + "\n\n" +
		"4. Allied troops were to withdraw from the capital within six months of the signing.\n\n" +
		"Aftermath\n\n" + para + "\n"
	a := mustParse(t, []byte(in))
	kinds := map[string]BlockKind{}
	var chapters []string
	for _, c := range a.Chapters {
		chapters = append(chapters, c.Title)
		for _, b := range c.Blocks {
			kinds[b.Text] = b.Kind
		}
	}
	if got := strings.Join(chapters, "|"); got != "Introduction|Protocol|Aftermath" {
		t.Errorf("chapters %q: a numbered section's title is no chapter\n%s", got, outlineOf(a))
	}
	for _, s := range []string{"Reparations from the defeated state.", "Disposal of the navy and merchant marine.", "City of the port and the adjacent area (now a province)."} {
		if k, ok := kinds[s]; !ok || k != Caption {
			t.Errorf("%q: kind %v (found %v), want a caption\n%s", s, k, ok, outlineOf(a))
		}
	}
	for _, s := range []string{body1, body2, body3} {
		if k := kinds[s]; k != Paragraph {
			t.Errorf("%q: kind %v, want a paragraph", s, k)
		}
	}
	clause := "Allied troops were to withdraw from the capital within six months of the signing."
	if k := kinds[clause]; k != ListItem || !(Block{Kind: k, Text: clause}).Prose() {
		t.Errorf("the numbered clause %q: kind %v, want a list item read as a sentence\n%s", clause, k, outlineOf(a))
	}
}

// TestCorpusSectionTitles: over the corpus, a numbered line that titles
// its section is not prose, and no chapter is added by it (the gold
// chapters are measured by TestCorpus…).
func TestCorpusSectionTitles(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpusDir, "potsdam_agreement.txt"))
	if err != nil {
		t.Skipf("no corpus at %s (it lives in ../shared beside the clone): %v", corpusDir, err)
	}
	a := mustParse(t, b)
	titles := map[string]bool{"Reparations from Germany.": true, "Disposal of the German Navy and merchant marine.": true,
		"City of Königsberg and the adjacent area (then East Prussia, now Kaliningrad Oblast).": true,
		"Conclusion on peace treaties and admission to the United Nations organization.":        true}
	seen := 0
	for _, c := range a.Chapters {
		if titles[c.Title] {
			t.Errorf("%q became a chapter", c.Title)
		}
		for _, bl := range c.Blocks {
			if titles[bl.Text] {
				seen++
				if bl.Prose() {
					t.Errorf("%q (%v) is read as a sentence", bl.Text, bl.Kind)
				}
			}
			if strings.HasPrefix(bl.Text, "All but thirty submarines") && !bl.Prose() {
				t.Errorf("the section's text %q is not read", bl.Text)
			}
		}
	}
	if seen != len(titles) {
		t.Errorf("found %d of %d section titles", seen, len(titles))
	}
}
