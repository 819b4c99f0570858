package quiz

// policyQuestion turns a sentence about a policy into a wh-question whose
// answer is the fact, when the sentence allows it.
func (g *generator) policyQuestion(f Fact) (string, bool) {
	return "", false
}
