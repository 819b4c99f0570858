package quiz

// The place checks of the options (optregion.go) read every sentence
// naming a candidate, and nameDistractors asks them of every name of the
// answer's kind for every place question: on a book that names a place
// thousands of times they were a third of making a quiz. What they find
// depends on the article alone, so the memo keeps it per name.

// remember is table[k], worked out by work on first use and kept: the
// memo's pattern for what depends on the article alone, safe for
// concurrent use (two callers may both work a key out; they get the
// same value).
func remember[K comparable, V any](m *memo, table *map[K]V, k K, work func() V) V {
	m.mu.Lock()
	v, ok := (*table)[k]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = work()
	m.mu.Lock()
	if *table == nil {
		*table = map[K]V{}
	}
	(*table)[k] = v
	m.mu.Unlock()
	return v
}

// placeContinent is readPlaceContinent(name), worked out once per name.
func (g *generator) placeContinent(name string) string {
	if g.memo == nil {
		return g.readPlaceContinent(name)
	}
	return remember(g.memo, &g.memo.continent, name, func() string { return g.readPlaceContinent(name) })
}

// usedAsBody is readUsedAsBody(name), worked out once per name.
func (g *generator) usedAsBody(name string) bool {
	if g.memo == nil {
		return g.readUsedAsBody(name)
	}
	return remember(g.memo, &g.memo.body, name, func() bool { return g.readUsedAsBody(name) })
}
