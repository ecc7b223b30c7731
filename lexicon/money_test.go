package lexicon

import (
	"regexp"
	"testing"
)

func TestCurrencyNounPattern(t *testing.T) {
	re := regexp.MustCompile(`^(` + CurrencyNounPattern() + `)$`)
	for _, w := range currencyNouns {
		if !re.MatchString(w) {
			t.Errorf("pattern does not match %q", w)
		}
		if !CurrencyNouns.Has(w) {
			t.Errorf("CurrencyNouns lacks %q", w)
		}
	}
	// Without a boundary after it, the pattern must take the longest
	// noun: "pennies" whole, not "penny" of it or "pence".
	unanchored := regexp.MustCompile(`(` + CurrencyNounPattern() + `)`)
	for _, w := range []string{"pennies", "kronor", "kroner", "dollars", "rupees"} {
		if got := unanchored.FindString(w); got != w {
			t.Errorf("unanchored match in %q: got %q, want the whole word", w, got)
		}
	}
	if CurrencyNouns.Has("pen") || CurrencyNouns.Has("mark") {
		t.Error("a word that is no currency noun is in the set")
	}
}
