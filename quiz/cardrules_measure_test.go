package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMeasureCardRules prints, when CARD_RULES is set, how many cards each
// card rule of session 7 changes: in the whole decks of the built-in
// article and the seven reviewed corpus articles, and in the 20 cards a
// review sample shows per article over seeds 223–262 (sampleCards), with
// the rule off against all rules on (a sampled card counts when the rule
// made or changed it).
//
//	CARD_RULES=1 go test ./quiz -run TestMeasureCardRules -v
func TestMeasureCardRules(t *testing.T) {
	if os.Getenv("CARD_RULES") == "" {
		t.Skip("set CARD_RULES=1 to measure the card rules")
	}
	names := []string{"cold_war_1947_1953", "comprehensive_nuclear_test_ban_treaty", "foreign_relations_of_china", "marshall_plan", "perestroika", "brezhnev_doctrine", "potsdam_agreement"}
	paths := map[string]string{"builtin": "../assets/mongolia-peace-mediator.txt"}
	for _, n := range names {
		paths[n] = filepath.Join(corpusDir, n+".txt")
	}
	rules := []struct {
		name string
		off  *bool
	}{
		{"itNamed", &itNamedOff}, {"datedName", &datedNamesOff}, {"replaced", &replacedOff}, {"teachingBack", &teachBackOff},
		{"answerGoesOn", &answerGoesOnOff}, {"twoAnswers", &twoAnswersOff}, {"withSettings", &settingsOff}, {"statisticInList", &statisticsOff}, {"whoIsBack", &whoIsBackOff}, {"dateActor", &dateActorOff}, {"nextSays", &nextSaysOff}, {"dropChained", &chainedOff}, {"stockObject", &stockObjectOff}, {"positiveNaming", &negClozeOff},
		{"actedBack", &actedBackOff}, {"effectInBack", &effectInBackOff}, {"allParts", &allPartsOff}, {"pollSource", &pollSourceOff}, {"giveawayVerb", &giveawayVerbOff}, {"titleName", &titleNameOff}, {"abstractAim", &abstractAimOff}, {"seizedWhen", &seizedWhenOff}, {"causeNamesEffect", &causeNamesOff}, {"misspeltSetting", &misspeltOff}, {"danglingThey", &danglingOff}, {"passageCard", &passageCardsOff}, {"moreSaid", &moreSaidOff}, {"withinAsked", &withinAskedOff}, {"dateAmongOthers", &otherDatesOff}, {"mutualRepeat", &mutualRepeatOff},
		{"passingName", &passingNameOff}, {"sinceClause", &sinceClauseOff}, {"nameGivesAim", &nameGivesAimOff}, {"aimTwice", &aimTwiceOff}, {"longDefinition", &longDefinitionOff}, {"longNameCloze", &longNameClozeOff}, {"relativeYear", &relativeYearOff}, {"placedWhen", &placelessOff},
		{"noTag", &noTagOff}, {"yearShown", &yearShownOff}, {"dateTwice", &dateTwiceOff}, {"longBack", &longBackOff}, {"nameCap", &nameCapOff}, {"clauseFront", &clauseFrontOff}, {"hedged", &hedgedOff}, {"twinBack", &twinBackOff}, {"nearBack", &nearBackOff}, {"sideAnswer", &sideAnswerOff},
	}
	type art struct {
		a     *Article
		facts []Fact
	}
	arts := map[string]art{}
	for n, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Skipf("no article %s: %v", n, err)
		}
		a := mustParse(t, b)
		arts[n] = art{a, Extract(a)}
	}
	show := func(cs []Card) map[string]string {
		m := map[string]string{}
		for _, c := range cs {
			m[c.Key] = c.Front + "\x00" + c.Back
		}
		return m
	}
	var sb strings.Builder
	for _, r := range rules {
		deckChanged, sampleChanged, samples, deckGone, sampleGone := 0, 0, 0, 0, 0
		for _, ar := range arts {
			on := MakeCards(ar.a, ar.facts)
			*r.off = true
			off := MakeCards(ar.a, ar.facts)
			*r.off = false
			was := show(off)
			changed := map[string]bool{}
			for _, c := range on {
				if was[c.Key] != c.Front+"\x00"+c.Back {
					deckChanged++
					changed[c.Key] = true
				}
			}
			now := show(on)
			for _, c := range off {
				if _, ok := now[c.Key]; !ok {
					deckGone++
				}
			}
			for seed := uint64(223); seed <= 262; seed++ {
				for _, c := range sampleCards(off, 20, seed) {
					if _, ok := now[c.Key]; !ok {
						sampleGone++ // a card the rule leaves out, as a sample showed it
					}
				}
				for _, c := range sampleCards(on, 20, seed) {
					samples++
					if changed[c.Key] {
						sampleChanged++
					}
				}
			}
		}
		fmt.Fprintf(&sb, "%-15s deck cards new or changed %2d, left out %d; sampled cards (seeds 223–262 × 8 articles) new or changed %3d of %d, left out %d\n",
			r.name, deckChanged, deckGone, sampleChanged, samples, sampleGone)
	}
	t.Log("\n" + sb.String())
}
