package quiz

import (
	"os"
	"path/filepath"
	"testing"
)

// firstMentions looks a name's earliest mention up through the sentences
// holding its first word; on the built-in article and the corpus that
// finds, for every name, what reading every sentence finds.
func TestEarliestMentionThroughTheIndex(t *testing.T) {
	texts := [][]byte{builtinText(t), manyNamesArticle(16 << 10)}
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range corpus {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, b)
	}
	for _, text := range texts {
		a := mustParse(t, text)
		sents := articleSentences(a)
		cands := appendNameCandidates(nil, sents, 0)
		if len(cands) == 0 {
			t.Fatal("no names found")
		}
		ix := newFirstWordIndex(sents, cands)
		for _, c := range cands {
			wi, wsp, wok := earliestMention(sents, c.name, c.sent)
			gi, gsp, gok := ix.earliestMention(c.name, c.sent)
			if wi != gi || wsp != gsp || wok != gok {
				t.Errorf("%q (sentence %d): index gives %d %v %v, reading every sentence %d %v %v", c.name, c.sent, gi, gsp, gok, wi, wsp, wok)
			}
		}
	}
}
