package quiz

// trimDates drops the last questions answered by a date (not an ordering
// or a matching) until dates are within maxDateShare of the quiz, unless
// only dates fill a quiz of the length asked (short, as pick counts it).
// pick trims before it drops a typed name another question states
// (dropCuedTyped): a quiz that loses such a question, or one the rules
// of round 16 no longer ask (a reason too long to type), may hold too
// many dates again (5 of 12 in a Brezhnev Doctrine quiz). Like pick, it
// keeps a false statement the true/false mix needs (keepsTheMix).
//
// A quiz of the types a student chose has the shares lifted (pick fills
// it to the length asked with dates too) and is left as it is.
func (p *picker) trimDates(covered *int, types []QuestionType, n, short int) {
	if len(types) < len(AllQuestionTypes) {
		return
	}
	full := len(p.out) >= n && p.dates <= short
	for removed := true; removed && float64(p.dates) > maxDateShare*float64(len(p.out)) && !onlyDates(types) && !full; {
		removed = false
		for i := len(p.out) - 1; i >= 0 && !removed; i-- {
			if q := p.out[i]; q.Kind == DateFact && q.Type != Ordering && q.Type != Matching && !p.keepsTheMix(q) {
				if i < *covered {
					*covered--
				}
				p.out = append(p.out[:i:i], p.out[i+1:]...)
				p.release(q)
				removed = true
			}
		}
	}
}
