package quiz

import (
	"slices"
	"strings"
	"testing"
)

// TestListLead: a sentence ending in a colon over short list items asks
// for one of them (a conference's resolutions, a reform's measures);
// items that are clauses, a single item, a lead that leans on the
// sentence before, and a colon inside running text ask nothing.
func TestListLead(t *testing.T) {
	tests := []struct {
		text   string
		prompt string
		parts  []string
	}{
		{"In 1946 the Control Commission was set up in Vienna to carry out the principles of the occupation (the \"Four Rs\"):\n\nRestitution of property taken during the war\nReparation, including the transfer of plant and machinery\nReconstruction of the railways\nReform of the civil service to remove officials of the old regime",
			"“In 1946 the Control Commission was set up in Vienna to carry out the principles of the occupation (the \"Four Rs\").” Name one of them.",
			[]string{"Restitution", "Reparation", "Reconstruction", "Reform"}},
		{"The Law on Cooperatives of 1988 introduced three measures for private firms:\n\n1. Price setting, by the firms themselves\n2. Access to bank credit for new firms\n3. Hiring of workers outside the family",
			"“The Law on Cooperatives of 1988 introduced three measures for private firms.” Name one of them.",
			[]string{"Price setting", "Access", "Hiring"}},
		{"The Law on Cooperatives of 1988 introduced four measures for private firms:\n\n1. Price setting, by the firms themselves\n2. Access to bank credit for new firms\n3. Hiring of workers outside the family", "", nil},
		{"In 1946 the Control Commission was set up in Vienna to carry out the principles of the occupation (the \"Three Rs\"):\n\nRestitution of property taken during the war\nReparation, including the transfer of plant and machinery\n\nReconstruction of the railways, along with the ports and canals of the south. The work was finished in 1951 when the last bridge reopened to traffic after years of repairs.\n\nThe commission was dissolved in 1955 when the occupation ended with the State Treaty signed in the Belvedere Palace.",
			"“In 1946 the Control Commission was set up in Vienna to carry out the principles of the occupation (the \"Three Rs\").” Name one of them.",
			[]string{"Restitution", "Reparation", "Reconstruction"}},
		{"They agreed on the following points at the end of the meeting:\n\nWithdrawal of all foreign troops\nRelease of the prisoners of war", "", nil},
		{"The Law on Cooperatives of 1988 changed three things for private firms:\n\nFirms could set their own prices.\nBanks were told to lend to new firms.\nWorkers could be hired outside the family.", "", nil},
		{"The Law on Cooperatives of 1988 introduced one measure for private firms:\n\nPrice setting by the firms themselves\n\nThe law was repealed in 1991 after strong opposition from the ministries.", "", nil},
	}
	for _, c := range tests {
		g := structGenerator(t, c.text)
		var got []structAnswer
		for i := range g.sents {
			if sa, ok := g.listLead(i); ok {
				got = append(got, sa)
			}
		}
		if c.prompt == "" {
			if len(got) > 0 {
				t.Errorf("listLead over %q = %q %q, want none", c.text, got[0].prompt, got[0].parts)
			}
			continue
		}
		if len(got) != 1 || got[0].prompt != c.prompt || !slices.Equal(got[0].parts, c.parts) {
			t.Errorf("listLead over %q = %+v, want %q %q", strings.SplitN(c.text, "\n", 2)[0], got, c.prompt, c.parts)
		}
	}
}

// TestItemHead: a list item's head, its number or bullet left out; none
// for a clause or a long head.
func TestItemHead(t *testing.T) {
	for in, want := range map[string]string{
		"Denazification of the German society to eradicate Nazi influence":       "Denazification",
		"Democratization, including the formation of political parties":          "Democratization",
		"2. Access to bank credit for new firms":                                 "Access",
		"• Glasnost (openness) in public life":                                   "Glasnost",
		"Dismantling was stopped in West Germany in 1951":                        "",
		"the formation of political parties":                                     "",
		"Establishment of a Council of Foreign Ministers, also including France": "Establishment",
		"Very long headings without any cut at all here":                         "",
	} {
		if got := itemHead(in); got != want {
			t.Errorf("itemHead(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestListNoun: the items are called by the lead's closing plural noun
// phrase as "these …", its aside not said twice; "them" when the lead
// ends otherwise.
func TestListNoun(t *testing.T) {
	for in, want := range map[string]string{
		"In 1945 the Allied Control Council was constituted in Berlin to execute the Allied resolutions (the \"Four Ds\")": "these Allied resolutions",
		"The 1988 law introduced several changes to the tax rules":                                                         "these tax rules",
		"The Law on Cooperatives of 1988 introduced three measures for private firms":                                      "them",
		"The commission was set up to carry out the principles of the occupation (the \"Four Rs\")":                        "them",
		"The plan was meant to meet the needs of the people":                                                               "them",
	} {
		if got := listNoun(in); got != want {
			t.Errorf("listNoun(%q) = %q, want %q", in, got, want)
		}
	}
}
