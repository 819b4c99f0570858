package quiz

import (
	"fmt"
	"strings"
	"testing"
)

// outlineOf renders an article as "title/level" for each chapter and
// "  kind: text" for each block, to compare with a want string.
func outlineOf(a *Article) string {
	var sb strings.Builder
	for _, c := range a.Chapters {
		fmt.Fprintf(&sb, "%s/%d\n", c.Title, c.Level)
		for _, b := range c.Blocks {
			fmt.Fprintf(&sb, "  %s: %s\n", b.Kind, b.Text)
		}
	}
	return sb.String()
}

const para = "The treaty was signed after long talks between the two states, and both sides kept to it for years."

func TestStructure(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "a Contents block gives the headings and their depth",
			in: "Treaty\n\n" + para + "\n\nContents\n1 History\n1.1 Talks\n1.2 Signing\n2 Legacy\n\n" +
				"History\n\nTalks\n\n" + para + "\n\nSigning\n\n" + para + "\n\nLegacy\n\n" + para + "\n",
			want: "Introduction/0\n  paragraph: " + para + "\nHistory/0\nTalks/1\n  paragraph: " + para +
				"\nSigning/1\n  paragraph: " + para + "\nLegacy/0\n  paragraph: " + para + "\n",
		},
		{
			name: "a Contents block with toggles, as a newer encyclopedia page pastes it",
			in: "Treaty\n\n" + para + "\n\nContents\n(Top)\n1 History\nToggle History subsection\n1.1 Talks\n2 Legacy\n\n" +
				"History\n\nTalks\n\n" + para + "\n\nLegacy\n\n" + para + "\n",
			want: "Introduction/0\n  paragraph: " + para + "\nHistory/0\nTalks/1\n  paragraph: " + para +
				"\nLegacy/0\n  paragraph: " + para + "\n",
		},
		{
			name: "a Contents block without numbers names the headings; nesting as without one",
			in: "Treaty\n\n" + para + "\n\nContents\n(Top)\nHistory\nToggle History subsection\nTalks\nLegacy\n\n" +
				"History\n\nTalks\n\n" + para + "\n\nA caption under a picture\n\nLegacy\n\n" + para + "\n",
			want: "Introduction/0\n  paragraph: " + para + "\nHistory/0\nTalks/1\n  paragraph: " + para +
				"\n  caption: A caption under a picture\nLegacy/1\n  paragraph: " + para + "\n",
		},
		{
			name: "a heading whose section holds only sub-sections stays a chapter (no Contents)",
			in: "Doctrine\n\n" + para + "\n\nOrigins\n\nThe first crisis\n\n" + para + "\n\nThe second crisis\n\n" + para +
				"\n\nCriticisms\n\nAs a violation\n\n" + para + "\n",
			want: "Introduction/0\n  paragraph: " + para + "\nOrigins/0\nThe first crisis/1\n  paragraph: " + para +
				"\nThe second crisis/1\n  paragraph: " + para + "\nCriticisms/0\nAs a violation/1\n  paragraph: " + para + "\n",
		},
		{
			name: "a run of short lines before text is a list, not headings that hold sections",
			in:   "Essay\n\n" + para + "\n\nProblems we found\n\nLack of mentorship\n\nNo editor for the web\n\nLittle control of the website\n\n" + para + "\n",
			want: "Introduction/0\n  paragraph: " + para + "\n  caption: Problems we found\n  caption: Lack of mentorship\n  caption: No editor for the web\n" +
				"Little control of the website/0\n  paragraph: " + para + "\n",
		},
		{
			name: "with [edit] marks only marked lines are headings; a tab row is a table row",
			in: "Convention\n\n" + para + "\n\nTerms[edit]\n\nThe treaty has two articles:\n\nArticle\tSummary\n§ I\tPeace between the parties\n\n" +
				"Legacy[edit]\n\n" + para + "\n",
			want: "Introduction/0\n  paragraph: " + para + "\nTerms/0\n  paragraph: The treaty has two articles:\n" +
				"  table row: Article\tSummary\n  table row: § I\tPeace between the parties\nLegacy/0\n  paragraph: " + para + "\n",
		},
		{
			name: "numbered clauses are no headings; the titles of their short sections are captions (sectionHeads)",
			in: "Agreement\n\nProtocol\n\nThe parties agree:\n\n1. Establishment of a council of ministers to prepare a settlement.\n" +
				"2. War criminals\n" + para + "\n\n3. Austria\n" + para + "\n\n4. The troops were to withdraw from the capital within six months.\n",
			want: "Protocol/0\n  paragraph: The parties agree:\n  caption: Establishment of a council of ministers to prepare a settlement.\n" +
				"  caption: War criminals\n  paragraph: " + para + "\n  caption: Austria\n  paragraph: " + para +
				"\n  list item: The troops were to withdraw from the capital within six months.\n",
		},
		{
			name: "numbered headings each followed by text are headings",
			in:   "Report\n1. Introduction\n" + para + "\n2. Background\n" + para + "\n",
			want: "Introduction/0\n  paragraph: " + para + "\nBackground/0\n  paragraph: " + para + "\n",
		},
		{
			name: "a hatnote is a caption, not a heading",
			in: "War\n\nAftermath\n\nMain article: Expulsion of Germans (1944–50)\n\n" + para + "\n\nSee also the treaty of 1990\n\n" +
				"Legacy\n\n" + para + "\n",
			want: "Aftermath/0\n  caption: Main article: Expulsion of Germans (1944–50)\n  paragraph: " + para +
				"\n  caption: See also the treaty of 1990\nLegacy/0\n  paragraph: " + para + "\n",
		},
		{
			name: "with [edit] marks a short line that is not marked is a caption",
			in:   "War\n\nAftermath[edit]\n\n" + para + "\n\nSoviet tanks in the capital\n\nLegacy[edit]\n\n" + para + "\n",
			want: "Aftermath/0\n  paragraph: " + para + "\n  caption: Soviet tanks in the capital\nLegacy/0\n  paragraph: " + para + "\n",
		},
		{
			name: "the items after a colon and a run of short items are a list",
			in: "Council\n\nAftermath\n\nThe council pursued four aims:\n\nDenazification of society\nDemilitarization of the army\n" +
				"Decentralization of the economy, which was stopped in West Germany in 1951.\n\nAnnex I\nAnnex II\n\n" + para + "\n",
			want: "Aftermath/0\n  paragraph: The council pursued four aims:\n  list item: Denazification of society\n" +
				"  list item: Demilitarization of the army\n  list item: Decentralization of the economy, which was stopped in West Germany in 1951.\n" +
				"  list item: Annex I\n  list item: Annex II\n  paragraph: " + para + "\n",
		},
		{
			name: "a picture's caption with its credit is a caption; credit lines are chrome",
			in: "Attack\n\n" + para + "\n\nGunmen stormed the national museum, killing at least 19 people. (Reuters)\n\n" +
				"Credit Ashraf Shazly/Agence France-Presse — Getty Images\n\n" + para + "\n",
			want: "Introduction/0\n  paragraph: " + para + "\n  caption: Gunmen stormed the national museum, killing at least 19 people. (Reuters)\n" +
				"  paragraph: " + para + "\n",
		},
		{
			name: "key/value lines are an infobox",
			in:   "Treaty\n\nSigned: 26 May 1972\nLocation: Moscow\nParties: two states\n\nHistory\n\n" + para + "\n",
			want: "Introduction/0\n  table row: Signed: 26 May 1972\n  table row: Location: Moscow\n  table row: Parties: two states\n" +
				"History/0\n  paragraph: " + para + "\n",
		},
		{
			name: "markdown heading levels give the nesting",
			in:   "# T\n\n## Part one\n\n### A\n\n" + para + "\n\n## Part two\n\n" + para + "\n",
			want: "Part one/0\nA/1\n  paragraph: " + para + "\nPart two/0\n  paragraph: " + para + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, []byte(tt.in))
			if got := outlineOf(a); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestBlockProse(t *testing.T) {
	tests := []struct {
		b    Block
		want bool
	}{
		{Block{Paragraph, para}, true},
		{Block{Quotation, "“We reiterate the significance of engagement.”"}, true},
		{Block{ListItem, "Decentralization of the economy, which was stopped in West Germany in 1951."}, true},
		{Block{ListItem, "Denazification of society"}, false},
		{Block{ListItem, "The Allies (UK, USSR, USA) agree to the following:"}, false},
		{Block{TableRow, "§ I\tMutual peace between the United States and the Empire of Japan."}, false},
		{Block{Caption, "Main article: Expulsion of Germans (1944–50)"}, false},
	}
	for _, tt := range tests {
		if got := tt.b.Prose(); got != tt.want {
			t.Errorf("%s %q: Prose() = %v, want %v", tt.b.Kind, tt.b.Text, got, tt.want)
		}
	}
}

// TestNoFactsFromStructure checks that no fact, so no card or question,
// comes from a table row, a caption or a list item that is not a clause.
func TestNoFactsFromStructure(t *testing.T) {
	in := "Convention\n\nTerms\n\nThe treaty has two articles:\n\nArticle\tSummary\n§ I\tPeace with Japan from 1854\n\n" +
		"Soviet tanks in Prague, 1968\n\nLegacy\n\nThe Sunrise Policy began in 1998 and lasted a decade or more.\n"
	a := mustParse(t, []byte(in))
	facts := Extract(a)
	for _, f := range facts {
		if b := a.Chapters[f.Chapter].Blocks[f.Block]; !b.Prose() {
			t.Errorf("fact %q taken from a %s: %q", f.Text, b.Kind, b.Text)
		}
	}
	if len(FactsOfKind(facts, DateFact)) != 1 {
		t.Errorf("dates = %+v, want only 1998", FactsOfKind(facts, DateFact))
	}
}

// endsWithCredit is creditEnd tried only on lines ending with an agency.
func TestEndsWithCredit(t *testing.T) {
	for _, s := range []string{"The museum at night. (Reuters)", "Crowds gather - AP", "Crowds gather (Photo/AFP)",
		"A caption — Getty Images)", "A caption (Getty Images))", "Reuters reported it.", "A line (AP) about AP.",
		"Talks in Seoul. (EPA/Yonhap)", "", "(Shutterstock", "x/Associated Press"} {
		if got, want := endsWithCredit(s), creditEnd.MatchString(s); got != want {
			t.Errorf("endsWithCredit(%q) = %v, creditEnd says %v", s, got, want)
		}
	}
}
