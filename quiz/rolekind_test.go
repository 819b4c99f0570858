package quiz

import (
	"strings"
	"testing"
)

// TestRoleIsKindSaysNoAct: a subject the article has act elsewhere is
// asked what it did only with a date, a place or a role that says which
// act; "as a sovereign nation" says what kind of thing the object is and
// is no such role (round 15 builtin C5), "as the recognised government"
// is.
func TestRoleIsKindSaysNoAct(t *testing.T) {
	for as, want := range map[string]bool{
		" as a sovereign nation": true, " as an ally": true,
		" as the recognised government of China": false, " as head of the party": false, "": false,
	} {
		if got := roleIsKind(as); got != want {
			t.Errorf("roleIsKind(%q) = %v; want %v", as, got, want)
		}
	}
	tests := []struct {
		text, prompt, answer string
	}{
		// the role is a kind and Chile acts elsewhere: not asked
		{"Chile recognized the Republic of Lagos as a sovereign nation. Chile signed a trade pact with Peru.", "", ""},
		// the role is a position: asked
		{"The Assembly recognized the Republic of Lagos as the lawful government of the island. The Assembly signed a trade pact with Peru.",
			"What did the Assembly recognize as the lawful government of the island?", "the Republic of Lagos"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			whatDid := func(p string) bool { return strings.HasPrefix(p, "What did") }
			wantStructQuestion(t, tt.text, tt.prompt, tt.answer, func(structAnswer) bool { return false }, whatDid)
		})
	}
}
