package quiz

import "strings"

// datePhrase puts a date after a verb with the preposition it takes: "on
// 3 March 1951", "in March 1951", "in the 1990s", "at the end of 1948",
// "from 17 July to 2 August 1945".
func datePhrase(f Fact) string {
	t := f.Text
	lower := strings.ToLower(t)
	for _, p := range []string{"in ", "on ", "at ", "from ", "during ", "by ", "since ", "until "} {
		if strings.HasPrefix(lower, p) {
			return lower[:len(p)] + t[len(p):] // the writer's own preposition
		}
	}
	switch {
	case strings.HasPrefix(lower, "the end") || strings.HasPrefix(lower, "the beginning") || strings.HasPrefix(lower, "the start") || strings.HasPrefix(lower, "the turn"):
		return "at " + t
	case f.Date.Granularity == Day && (f.Date.EndDay > 0 || strings.ContainsAny(t, "–-") || strings.Contains(lower, " to ")):
		return "from " + t
	case strings.Contains(lower, " and "):
		return "between " + t
	case f.Date.Granularity == Day:
		return "on " + t
	}
	return "in " + t
}
