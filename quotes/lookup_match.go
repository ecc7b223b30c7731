package quotes

import (
	"slices"

	"articlebot/lexicon"
)

// match reports whether the folded words q name form f, and with how many
// typos in all (lexicon.NearWords), or another form of one word of a long
// name (lexicon.OtherForm: "Fenland Nurses Federation" for the Fenland
// Nursing Federation) as two.
func match(q []string, f form) (int, bool) {
	if f.exact {
		return 0, slices.Equal(q, f.words)
	}
	if d, ok := lexicon.NearWords(q, f.words); ok {
		return d, ok
	}
	if lexicon.OtherForm(q, f.words) {
		return 2, true
	}
	return 0, false
}
