package quiz

import (
	"reflect"
	"testing"
)

// quantityTexts hold figures of every shape quantityMatches must find as
// regexp does, and the bytes around them that decide where one starts.
var quantityTexts = []string{
	"", "5", "US$5 and AUS$13 billion, €4.5 million, £300,000 troops, ¥12 per cent, 62% and 7 percent.",
	"a5 _5 5a 1,000,000 people 12.5 tons x$3 $ 4 US 5 U$6 USS$7", "é5 5é ½5 5th 1948 elections, 3 sides",
	"\xe2\x82 5 \xc2 6 \xe2 7 \xff8", "$$$5$5 ££5 €€ 5 1,00 1,000, 2.", "In 1986 the 120 seats and $13 billion in aid",
}

func TestQuantityMatchesAsRegexp(t *testing.T) {
	texts := append([]string(nil), quantityTexts...)
	texts = append(texts, gateSentences(t)...)
	found := 0
	for _, s := range texts {
		want := reQuantity.FindAllStringIndex(s, -1)
		got := quantityMatches(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("quantityMatches(%q) = %v, regexp finds %v", s, got, want)
		}
		found += len(want)
	}
	if found < 100 {
		t.Errorf("%d figures in %d texts: too few to compare", found, len(texts))
	}
}

func FuzzQuantityMatches(f *testing.F) {
	for _, s := range quantityTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := quantityMatches(s), reQuantity.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("quantityMatches(%q) = %v, regexp finds %v", s, got, want)
		}
	})
}
