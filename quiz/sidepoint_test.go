package quiz

import (
	"strings"
	"testing"
)

// TestSideRemarks: a date or a name of a side remark (no word of the
// title or the heading, no policy, no name the article returns to in its
// subject; or a statement set beyond the subject by a concessive opener)
// waits for the picker's last pass; the chapter's points and a sentence
// tied to the title by a word of the same stem do not (round 18 Marshall
// Q13, Potsdam Q2, Brezhnev Q6; counter-examples from the built-in
// article and the Cold War).
func TestSideRemarks(t *testing.T) {
	for _, c := range []struct {
		name, text string
		side       map[string]bool // a fact's text → inSideRemark
	}{
		{"background body", "Marshall Plan\n\nThe Marshall Plan was an American programme of aid.\n\nSlow recovery\n\nThe Marshall Plan gave Western Europe $13 billion in 1948. The Marshall Plan was signed by Harry Truman in April 1948. " +
			"Already in 1943, the United Nations Relief and Rehabilitation Administration (UNRRA) was founded to provide relief to areas liberated from Germany.\n",
			map[string]bool{"1943": true, "April 1948": false, "Harry Truman": false}},
		{"beyond the subject", "Potsdam Agreement\n\nThe Potsdam Agreement was made by the Allies.\n\nExpulsions\n\nThe Potsdam Agreement ordered the transfer of Germans from Poland and Hungary in August 1945. Germans left Poland and Hungary in 1946. " +
			"Though the Potsdam Agreement only refers to Poland, Czechoslovakia and Hungary, expulsions also occurred in Romania and in Yugoslavia.\n",
			map[string]bool{"Yugoslavia": true, "Romania": true, "August 1945": false}},
		{"side section", "Brezhnev Doctrine\n\nThe Brezhnev Doctrine was a Soviet foreign policy.\n\nIn other Socialist countries\n\nThe Brezhnev Doctrine was used by the Soviet Union in 1968. " +
			"Vietnam deposed the Khmer Rouge in the Cambodian–Vietnamese War of 1978, which was followed by a Chinese invasion of Vietnam in 1979.\n",
			map[string]bool{"1978": true, "1968": false}},
		{"same stem as the title", "The 21st Century Mongol Conquest\n\nMongolia mediates between the Koreas.\n\nOverview of DPRK-Mongolia Relations\n\nMongolia and North Korea set up relations in 1948. " +
			"Kim Il Sung visited Mongolia in 1986 as North Korea’s relationship with the USSR was increasingly tarnished.\n",
			map[string]bool{"1986": false, "Kim Il Sung": false}},
		{"a point of the heading", "Cold War (1947–1953)\n\nThe Cold War began after the Second World War.\n\nBerlin Blockade\n\nThe Soviet Union blocked road access to West Berlin in June 1948. " +
			"The Berlin Blockade was lifted by Joseph Stalin in May 1949.\n",
			map[string]bool{"June 1948": false, "May 1949": false}},
		{"speculation", "Cold War (1947–1953)\n\nThe Cold War began after the Second World War.\n\nContainment\n\nJoseph Stalin led the Soviet Union in 1947. The burdens the Red Army and the Soviet Union endured had earned it massive respect which, had it been fully exploited by Joseph Stalin, had a good chance of resulting in a communist Europe.\n",
			map[string]bool{"Red Army": true, "1947": false}},
	} {
		a := mustParse(t, []byte(c.text))
		g := indexedGenerator(a, Extract(a))
		g.countMentions()
		seen := map[string]bool{}
		for _, f := range g.facts {
			want, ok := c.side[f.Text]
			if !ok || seen[f.Text] {
				continue
			}
			seen[f.Text] = true
			if got := g.inSideRemark(f) || g.speculative(f); got != want {
				t.Errorf("%s: inSideRemark(%q in %q) = %v, want %v", c.name, f.Text, f.Sentence, got, want)
			}
		}
		for k := range c.side {
			if !seen[k] {
				var got []string
				for _, f := range g.facts {
					got = append(got, f.Text)
				}
				t.Errorf("%s: no fact %q (facts: %s)", c.name, k, strings.Join(got, "; "))
			}
		}
	}
}

// TestMainStatementAndStem: a concessive opener is left out of the main
// statement; stems of five letters or more match.
func TestMainStatementAndStem(t *testing.T) {
	for in, want := range map[string]string{
		"Though the Potsdam Agreement only refers to Poland, expulsions also occurred in Romania": "expulsions also occurred in Romania",
		"Although Britain objected, the plan went ahead":                                          "the plan went ahead",
		"The Marshall Plan, signed in 1948, gave aid":                                             "The Marshall Plan, signed in 1948, gave aid",
	} {
		if got := mainStatement(in); got != want {
			t.Errorf("mainStatement(%q) = %q, want %q", in, got, want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{{"mongol", "mongolia", true}, {"korea", "korean", true}, {"soviet", "sovietization", false}, {"plan", "planned", false}, {"marshall", "marshal", true}, {"treaty", "treason", false}} {
		if got := sameStem(c.a, c.b); got != c.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestPassingMention: a name, or a name's date, that one sentence names
// inside a relative clause or brackets is mentioned in passing (round 18
// Potsdam C7); the same name named again elsewhere, or standing in the
// main clause, is not (Cold War, CTBT).
func TestPassingMention(t *testing.T) {
	for _, c := range []struct {
		name, text, fact string
		want             bool
	}{
		{"in passing", "Potsdam Agreement\n\nThe Potsdam Agreement was made by the Allies in August 1945.\n\nWar crimes\n\nThe Three Governments discussed the trial of those major war criminals whose crimes under the Moscow Declaration of October 1943 have no particular geographical localization.\n", "October 1943", true},
		{"named again", "Cold War (1947–1953)\n\nThe Cold War began after the Second World War.\n\nContainment\n\nCongress heard the President, who spoke of the Truman Doctrine of March 1947 at length. The Truman Doctrine pledged aid to Greece and Turkey.\n", "March 1947", false},
		{"main clause", "Cold War (1947–1953)\n\nThe Cold War began after the Second World War.\n\nContainment\n\nThe Truman Doctrine of March 1947 pledged aid to Greece and Turkey.\n", "March 1947", false},
		{"no name before it", "Comprehensive Nuclear-Test-Ban Treaty\n\nThe treaty bans nuclear tests.\n\nHistory\n\nThe treaty, which was opened for signature in September 1996, bans all nuclear explosions.\n", "September 1996", false},
	} {
		a := mustParse(t, []byte(c.text))
		g := indexedGenerator(a, Extract(a))
		found := false
		for _, f := range g.facts {
			if f.Text != c.fact {
				continue
			}
			found = true
			if got := g.passingMention(f); got != c.want {
				t.Errorf("%s: passingMention(%q in %q) = %v, want %v", c.name, f.Text, f.Sentence, got, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no fact %q", c.name, c.fact)
		}
	}
}

// TestPlainlyAside: of the side remarks, the picker takes last only those
// the article marks as asides (a backstory's date, a statement beyond the
// subject, a passing mention); a side section's date only ranks lower.
func TestPlainlyAside(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]bool
	}{
		{"Marshall Plan\n\nThe Marshall Plan was an American programme of aid.\n\nSlow recovery\n\nThe Marshall Plan gave Western Europe $13 billion in 1948. " +
			"Already in 1943, the United Nations Relief and Rehabilitation Administration (UNRRA) was founded to provide relief to areas liberated from Germany.\n",
			map[string]bool{"1943": true, "1948": false}},
		{"Potsdam Agreement\n\nThe Potsdam Agreement was made by the Allies.\n\nExpulsions\n\nThe Potsdam Agreement ordered the transfer of Germans from Poland and Hungary in August 1945. " +
			"Though the Potsdam Agreement only refers to Poland, Czechoslovakia and Hungary, expulsions also occurred in Romania and in Yugoslavia.\n",
			map[string]bool{"Yugoslavia": true, "August 1945": false}},
		{"Brezhnev Doctrine\n\nThe Brezhnev Doctrine was a Soviet foreign policy.\n\nIn other Socialist countries\n\nThe Brezhnev Doctrine was used by the Soviet Union in 1968. " +
			"Vietnam deposed the Khmer Rouge in the Cambodian–Vietnamese War of 1978, which was followed by a Chinese invasion of Vietnam in 1979.\n",
			map[string]bool{"1978": false, "1968": false}},
	} {
		a := mustParse(t, []byte(c.text))
		g := indexedGenerator(a, Extract(a))
		g.countMentions()
		seen := map[string]bool{}
		for _, f := range g.facts {
			want, ok := c.want[f.Text]
			if !ok || seen[f.Text] {
				continue
			}
			seen[f.Text] = true
			if got := g.plainlyAside(f); got != want {
				t.Errorf("plainlyAside(%q in %q) = %v, want %v", f.Text, f.Sentence, got, want)
			}
		}
		if len(seen) != len(c.want) {
			t.Errorf("facts found %v, want all of %v", seen, c.want)
		}
	}
}
