package quiz

// holdsAt is holds(si, g.sents[si].text) reading the sentence's text only
// when the cursor must: alsoTrue walks hundreds of sentences per option
// on a book, and loading each one's text from the sentence list was a
// fifth of it when the cursor's list alone answers.
func (c *wordCursor) holdsAt(g *generator, si int32) bool {
	if c.all {
		return findWord(g.sents[si].text, c.word, 0) >= 0
	}
	return c.list.seek(si) && c.list.sent == si && (!c.read || findWord(g.sents[si].text, c.word, 0) >= 0)
}
