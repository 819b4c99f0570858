package quiz

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPolicyQuestions: a sentence that says who acted on a policy, or
// when, becomes a wh-question with the verb in the right form; each
// example's answer is marked in [brackets].
func TestPolicyQuestions(t *testing.T) {
	tests := []struct {
		text string
		want string // "" for no question
	}{
		{"In 1948 President [Harry Truman] signed the Marshall Plan, which aided Europe.", "Who signed the Marshall Plan in 1948?"},
		{"The Marshall Plan was drafted by diplomat [George Kennan], who served in Moscow.", "Who drafted the Marshall Plan?"},
		{"The Marshall Plan was written by diplomat [George Kennan], who served in Moscow.", "Who wrote the Marshall Plan?"},
		{"The Law on Cooperatives was enacted in [May 1988] by the parliament.", "When was the Law on Cooperatives enacted?"},
		{"The Strategic Arms Limitation Talks began in [November 1969] between the powers.", "When did the Strategic Arms Limitation Talks begin?"},
		{"In [July 1987], the Supreme Soviet passed the Law on State Enterprise.", "When was the Law on State Enterprise passed?"},
		{"In [1947] a speech called the Marshall Plan a turning point for the continent.", ""},
		{"After [1757] trade was confined under the strictly limited Canton System.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			i, j := strings.Index(tt.text, "["), strings.Index(tt.text, "]")
			answer := tt.text[i+1 : j]
			text := tt.text[:i] + answer + tt.text[j+1:]
			a := mustParse(t, []byte("A policy\n\nIntroduction\n\n"+text+" The Canton System and the Marshall Plan and the Law on Cooperatives and the Law on State Enterprise and the Strategic Arms Limitation Talks are policies.\n"))
			facts := Extract(a)
			g := &generator{a: a, facts: facts, rng: rand.New(rand.NewPCG(1, 1))}
			g.index()
			got := ""
			for _, f := range facts {
				if f.Text == answer && f.Sentence == text {
					got, _ = g.policyQuestion(f)
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q (facts %v)", got, tt.want, factTexts(facts))
			}
		})
	}
}

func factTexts(fs []Fact) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Kind)+":"+f.Text)
	}
	return out
}

func TestVerbForms(t *testing.T) {
	for _, tt := range []struct{ past, part string }{{"began", "begun"}, {"signed", "signed"}, {"wrote", "written"}, {"took", "taken"}} {
		if got, _ := pastToParticiple(tt.past); got != tt.part {
			t.Errorf("pastToParticiple(%q) = %q, want %q", tt.past, got, tt.part)
		}
		if got, _ := participleToPast(tt.part); got != tt.past {
			t.Errorf("participleToPast(%q) = %q, want %q", tt.part, got, tt.past)
		}
	}
}

// TestBaseForm: the base form of past tenses, regular and irregular, as
// a "did" question needs it.
func TestBaseForm(t *testing.T) {
	for _, tt := range []struct{ past, base string }{
		{"provided", "provide"}, {"signed", "sign"}, {"stopped", "stop"}, {"carried", "carry"}, {"began", "begin"},
		{"announced", "announce"}, {"introduced", "introduce"}, {"pursued", "pursue"}, {"approved", "approve"},
		{"organized", "organize"}, {"caused", "cause"}, {"proposed", "propose"}, {"passed", "pass"}, {"called", "call"},
		{"cancelled", "cancel"}, {"controlled", "control"}, {"committed", "commit"}, {"banned", "ban"},
		{"enabled", "enable"}, {"settled", "settle"}, {"urged", "urge"}, {"changed", "change"}, {"belonged", "belong"},
		{"allowed", "allow"}, {"stayed", "stay"}, {"ended", "end"}, {"invaded", "invade"}, {"hoped", "hope"},
		{"opened", "open"}, {"visited", "visit"}, {"defeated", "defeat"}, {"created", "create"}, {"negotiated", "negotiate"},
		{"avoided", "avoid"}, {"explained", "explain"}, {"happened", "happen"}, {"considered", "consider"},
		{"abandoned", "abandon"}, {"developed", "develop"}, {"limited", "limit"}, {"united", "unite"}, {"completed", "complete"},
		{"restored", "restore"}, {"monitored", "monitor"}, {"voted", "vote"}, {"stated", "state"}, {"declared", "declare"},
		{"secured", "secure"}, {"decided", "decide"}, {"required", "require"}, {"acquired", "acquire"}, {"agreed", "agree"},
		{"permitted", "permit"}, {"declined", "decline"}, {"reduced", "reduce"}, {"eliminated", "eliminate"},
		{"withheld", "withhold"}, {"led", "lead"}, {"intervened", "intervene"}, {"postponed", "postpone"},
		{"stipulated", "stipulate"}, {"added", "add"}, {"died", "die"}, {"denied", "deny"}, {"imposed", "impose"},
		{"revised", "revise"}, {"refused", "refuse"}, {"accepted", "accept"}, {"rejected", "reject"}, {"guided", "guide"},
		{"persuaded", "persuade"}, {"quoted", "quote"}, {"described", "describe"}, {"evoked", "evoke"}, {"annexed", "annex"},
		{"offered", "offer"}, {"occupied", "occupy"}, {"blocked", "block"}, {"forced", "force"}, {"served", "serve"},
		{"solved", "solve"}, {"engaged", "engage"}, {"escaped", "escape"}, {"aided", "aid"}, {"included", "include"},
	} {
		if got, ok := baseForm(tt.past); !ok || got != tt.base {
			t.Errorf("baseForm(%q) = %q, %v; want %q", tt.past, got, ok, tt.base)
		}
	}
	for _, w := range []string{"red", "the", "policy"} {
		if got, ok := baseForm(w); ok {
			t.Errorf("baseForm(%q) = %q, want none", w, got)
		}
	}
}
