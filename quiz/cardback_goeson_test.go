package quiz

import "testing"

// TestAnswerGoesOn: a question card's back is its answer with the phrase
// that goes on from it when the rest of its sentence restates the front
// (shapes of the built-in article, Cold War, Brezhnev Doctrine, China);
// a name, a clause of its own after the answer, a long tail or a sentence
// that says more before the answer keep the answer and its sentence.
func TestAnswerGoesOn(t *testing.T) {
	for _, tt := range []struct {
		sentence, front, answer, want string
	}{
		{"Mongolia’s goal in adopting the “third-neighbor policy” was to weave a network of relationships to protect Mongolian security while also keeping Russia and China at equal distances.",
			"What was Mongolia’s goal in adopting the “third-neighbor policy”?", "To weave a network of relationships to protect Mongolian security",
			"To weave a network of relationships to protect Mongolian security while also keeping Russia and China at equal distances."},
		{"In addition, the Chinese Communists were able to fill the political vacuum left in Manchuria after Soviet forces withdrew from the area.",
			"What were the Chinese Communists able to do in Manchuria?", "The Chinese Communists were able to fill the political vacuum left in Manchuria",
			"The Chinese Communists were able to fill the political vacuum left in Manchuria after Soviet forces withdrew from the area."},
		{"It was proclaimed in order to justify the Soviet-led occupation of Czechoslovakia earlier in 1968.",
			"Why was the doctrine proclaimed?", "To justify the Soviet-led occupation of Czechoslovakia",
			"To justify the Soviet-led occupation of Czechoslovakia earlier in 1968."},
		{"The success of the airlift eventually caused the Soviets to lift their blockade in May 1949.",
			"What did the success of the airlift eventually cause the Soviets to do?", "Lift their blockade",
			"Lift their blockade in May 1949."},
		// counter-examples
		{"European commercial interests sought to end the trading barriers, but China fended off repeated efforts by Britain to reform the trading system.",
			"What did European commercial interests seek?", "To end the trading barriers", ""}, // a clause of its own
		{"Between 1945 and 1963, the US conducted 215 atmospheric tests, the Soviet Union conducted 219, the UK conducted 21.",
			"How many atmospheric tests did the US conduct between 1945 and 1963?", "215 atmospheric tests", ""},
		{"Decisions to suspend previous restrictions led to re-armament by many domains and further weakened the position of the Shogun.",
			"What did decisions to suspend previous restrictions lead to?", "Re-armament by many domains", ""},
		{"Truman appointed retired General George Marshall as Secretary of State in January 1947.",
			"Whom did Truman appoint as Secretary of State in January 1947?", "Retired General George Marshall", ""}, // a name
		{"The PTBT, joined by 123 states following the original three parties, banned detonations underwater and in the atmosphere.",
			"What did the PTBT ban?", "Detonations underwater and in the atmosphere", ""}, // nothing goes on; the sentence says more
		{"After the Korean War, China sought to balance its identification as a Soviet ally by establishing friendly relations with Pakistan in Southeast Asia.",
			"What did China seek?", "To balance its identification as a Soviet ally", ""}, // the sentence says more before the answer
	} {
		got, ok := answerGoesOn(tt.sentence, tt.front, tt.answer)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("answerGoesOn(%q)\n = %q\nwant %q", tt.sentence, got, tt.want)
		}
	}
}

// TestWhoIsBack: the role, then the sentence with the person's full
// name and role cut to the surname; a back of another shape stays.
func TestWhoIsBack(t *testing.T) {
	for _, tt := range []struct{ front, back, want string }{
		{"Who is Ernest Bevin?", "British Foreign Secretary Ernest Bevin.\nBritish Foreign Secretary Ernest Bevin heard Marshall's radio broadcast speech.",
			"British Foreign Secretary.\nBevin heard Marshall's radio broadcast speech."},
		{"Who is James Biddle?", "Commodore James Biddle.\nIn 1846, an official American expedition led by Commodore James Biddle arrived in Japan.",
			"Commodore.\nIn 1846, an official American expedition led by Biddle arrived in Japan."},
		{"Who is Robert McNamara?", "U.S. Secretary of Defense Robert McNamara.\nTalks were held between Robert McNamara and Alexei Kosygin.",
			"U.S. Secretary of Defense.\nTalks were held between McNamara and Alexei Kosygin."},
		{"Who is Kim Il Sung?", "Kim Il Sung.", "Kim Il Sung."},                                                                    // no role, no sentence
		{"Who is Harry Truman?", "President Harry Truman.\nThe president spoke.", "President Harry Truman.\nThe president spoke."}, // the sentence lacks the name
	} {
		if got := whoIsBack(tt.front, tt.back); got != tt.want {
			t.Errorf("whoIsBack(%q, %q)\n = %q\nwant %q", tt.front, tt.back, got, tt.want)
		}
	}
}
