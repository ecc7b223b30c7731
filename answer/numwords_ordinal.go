package answer

import (
	"strings"

	"articlebot/lexicon"
)

// ordinalWord is the rank of an ordinal in letters from "third" up
// (lexicon.Ordinal), else 0: "first" and "second" are too often no rank of
// a count ("a second time", "at first"), so they count only inside a
// compound (compoundOrdinal).
func ordinalWord(w string) float64 {
	if n, ok := letterOrdinal(w); ok && n >= 3 {
		return float64(n)
	}
	return 0
}

// compoundOrdinal is the rank of "first" or "second" ("twenty-first"),
// else 0.
func compoundOrdinal(w string) float64 {
	if n, ok := letterOrdinal(w); ok && n <= 2 {
		return float64(n)
	}
	return 0
}

// letterOrdinal reads an ordinal written in letters; digits with a suffix
// ("3rd") are ordinalValue's.
func letterOrdinal(w string) (int, bool) {
	if strings.ContainsAny(w, "0123456789") {
		return 0, false
	}
	return lexicon.Ordinal(w)
}
