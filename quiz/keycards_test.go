package quiz

import (
	"strings"
	"testing"
)

// TestWithoutConnective: a sentence's opening link to the one before
// goes, and the sentence reads on its own; a sentence without one, or a
// link that is the whole sentence, is left as it is.
func TestWithoutConnective(t *testing.T) {
	for _, tt := range []struct {
		s, want string
		ok      bool
	}{
		{"However, once the president resigned in January 1968, the reform began.", "Once the president resigned in January 1968, the reform began.", true},
		{"Moreover, the conference issued the declaration on 26 July 1945.", "The conference issued the declaration on 26 July 1945.", true},
		{"In addition, the plan gave $13 billion in aid.", "The plan gave $13 billion in aid.", true},
		{"However the treaty was signed in 1972.", "However the treaty was signed in 1972.", false}, // no comma: no opening link
		{"The treaty was signed in 1972.", "The treaty was signed in 1972.", false},
		{"Howevermore, x.", "Howevermore, x.", false},
		{"However, ", "However, ", false},
	} {
		got, ok := withoutConnective(tt.s)
		if got != tt.want || ok != tt.ok {
			t.Errorf("withoutConnective(%q) = %q, %v; want %q, %v", tt.s, got, ok, tt.want, tt.ok)
		}
	}
}

// TestNamingSubject: a sentence that calls the article's subject by its
// kind ("The treaty", "This doctrine") takes its name; another kind, a
// one-word title, or a sentence that opens otherwise is left alone.
func TestNamingSubject(t *testing.T) {
	for _, tt := range []struct {
		s, title, want string
		ok             bool
	}{
		{"The treaty was ratified on February 21, 1855.", "Convention of Kanagawa", "The Convention of Kanagawa was ratified on February 21, 1855.", true},
		{"The treaty was signed in Moscow in 1972.", "Anti-Ballistic Missile Treaty", "The Anti-Ballistic Missile Treaty was signed in Moscow in 1972.", true},
		{"This doctrine was announced in 1968.", "Brezhnev Doctrine", "The Brezhnev Doctrine was announced in 1968.", true},
		{"The plan was announced in June 1947.", "Marshall Plan", "The Marshall Plan was announced in June 1947.", true},
		{"The plan was rejected in 1946.", "Cold War (1947–1953)", "The plan was rejected in 1946.", false},
		{"The treaty was ratified in 1855.", "Marshall Plan", "The treaty was ratified in 1855.", false},
		{"The treaties were signed in 1947.", "Potsdam Agreement", "The treaties were signed in 1947.", false},
		{"The reform began in 1987.", "Perestroika", "The reform began in 1987.", false},
		{"Then the treaty was ratified in 1855.", "Convention of Kanagawa", "Then the treaty was ratified in 1855.", false},
	} {
		got, ok := namingSubject(tt.s, tt.title)
		if got != tt.want || ok != tt.ok {
			t.Errorf("namingSubject(%q, %q) = %q, %v; want %q, %v", tt.s, tt.title, got, ok, tt.want, tt.ok)
		}
	}
}

// TestKeyCardsNameKeyFacts: over the built-in article and the corpus, the
// key-fact cards add only cards on a policy or a date in a sentence no
// other card of the deck carries, one per sentence (a dated-name card, which
// shows only its name, may join another), none showing its
// answer in its front, none on a table line, and the deck keeps
// article order by chapter.
func TestKeyCardsNameKeyFacts(t *testing.T) {
	added := 0
	for _, h := range hygieneArticles(t) {
		keyCardsOff = true
		before := MakeCards(h.a, h.facts)
		keyCardsOff = false
		after := MakeCards(h.a, h.facts)
		old := map[string]bool{}
		sents := map[string]bool{}
		for _, c := range before {
			old[c.Key] = true
			sents[normSpace(c.Sentence)] = true
		}
		if len(after) < len(before) {
			t.Errorf("%s: %d cards with the key-fact cards, %d without", h.name, len(after), len(before))
		}
		last := 0
		for _, c := range after {
			if c.Chapter < last {
				t.Errorf("%s: %q (chapter %d) after chapter %d", h.name, c.Front, c.Chapter, last)
			}
			last = max(last, c.Chapter)
			if old[c.Key] {
				continue
			}
			added++
			if sents[normSpace(c.Sentence)] && strings.Contains(c.Front, "\n“") {
				t.Errorf("%s: a second card on one sentence: %q", h.name, c.Front) // a dated-name card shows no sentence, only its name
			}
			sents[normSpace(c.Sentence)] = true
			if strings.Contains(c.Sentence, "\t") {
				t.Errorf("%s: a card on a table line: %q", h.name, c.Front)
			}
			if c.Kind != CardWho && strings.Contains(strings.ToLower(c.Front), strings.ToLower(c.Back)) {
				t.Errorf("%s: %q shows its answer %q", h.name, c.Front, c.Back)
			}
			for _, o := range after {
				if o.Key != c.Key && normSpace(o.Sentence) == normSpace(c.Sentence) && c.Kind == CardWhen && strings.Contains(o.Front, c.Back) {
					t.Errorf("%s: %q shows the answer %q of %q on its sentence", h.name, o.Front, c.Back, c.Front) // "… the invasion of Hungary in 1956" beside "When was Hungary invaded?"
				}
			}
			if c.Kind != CardWhen && c.Kind != CardCloze && c.Kind != CardWho && (c.Kind != CardQuestion || !strings.HasPrefix(c.Front, "What ")) {
				t.Errorf("%s: a key-fact card of kind %s: %q", h.name, c.Kind, c.Front)
			}
		}
	}
	if added == 0 {
		t.Error("the key-fact cards added no card to any article")
	}
}

// TestKeyCardOnASentenceTheDeckLeavesOut: a sentence that names the
// article's subject by its kind and dates its own event gets a date card
// that names the subject; a sentence opening on a pronoun gets none.
func TestKeyCardOnASentenceTheDeckLeavesOut(t *testing.T) {
	a := mustParse(t, []byte("Treaty of Lorem\n\nHistory\n\nThe Treaty of Lorem was an agreement between two kingdoms on trade and fishing rights.\n"+
		"The treaty was ratified by both parliaments on February 21, 1855.\n"+
		"It was replaced by a later settlement on March 3, 1870.\n"))
	var got []string
	for _, c := range MakeCards(a, Extract(a)) {
		got = append(got, c.Front+" → "+c.Back)
	}
	all := strings.Join(got, "\n")
	if !strings.Contains(all, "The Treaty of Lorem was ratified by both parliaments on _____.") {
		t.Errorf("no card on the ratification date naming the treaty; cards:\n%s", all)
	}
	if strings.Contains(all, "March 3, 1870") {
		t.Errorf("a card on a sentence that opens on a pronoun:\n%s", all)
	}
}
