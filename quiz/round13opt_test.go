package quiz

import "testing"

func TestDemonymInStem(t *testing.T) {
	cases := []struct {
		kind           FactKind
		sentence, name string
		want           bool
	}{
		// the adjective of the place gives the blank away
		{PlaceFact, "Mikhail Gorbachev refused to use military force when Poland held free elections in 1989 and Solidarity defeated the Polish United Workers' Party.", "Poland", true},
		{PlaceFact, "Soviet troops entered Hungary in 1956 to crush the Hungarian revolution.", "Hungary", true},
		{PlaceFact, "The Chinese delegation refused to sign the treaty with China's old enemy.", "China", true},
		{PlaceFact, "Cuba was invaded by Cuban exiles at the Bay of Pigs in 1961.", "Cuba", true},
		{PlaceFact, "Japanese forces occupied parts of Japan's neighbours before 1945, and Japan surrendered in August.", "Japan", true},
		{PlaceFact, "In 1950 North Korean troops crossed the 38th parallel and invaded South Korea.", "South Korea", true},
		{PlaceFact, "The Germans were to pay reparations, and Germany was divided into four zones.", "Germany", true},
		{PlaceFact, "French negotiators insisted that France receive a zone of occupation.", "France", true},
		// no adjective of the answer: the question stands
		{PlaceFact, "Allied troops were to withdraw from Tehran, and further stages of the withdrawal of troops from Iran should be considered.", "Iran", false},
		{PlaceFact, "Mikhail Gorbachev refused to use military force when Poland held free elections in 1989.", "Poland", false},
		{PlaceFact, "They polish the text before Poland signs it.", "Poland", false},
		{PlaceFact, "Prussian officers were tried, and Russia took the city of Königsberg.", "Russia", false},
		{PlaceFact, "Iraqi forces invaded Kuwait, and Iran stayed neutral.", "Iran", false},
		{PlaceFact, "Australian troops fought beside British troops, and Austria was occupied.", "Austria", false},
		{PlaceFact, "English was the language of the talks held in the United States.", "United States", false},
		{PlaceFact, "The Indonesian delegation met the delegation of India at Bandung.", "India", false},
		// not a place
		{PersonFact, "The Marshallese delegation thanked George Marshall.", "George Marshall", false},
	}
	for _, c := range cases {
		if got := demonymInStem(factAt12(t, c.kind, c.sentence, c.name)); got != c.want {
			t.Errorf("demonymInStem(%q in %q) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}
