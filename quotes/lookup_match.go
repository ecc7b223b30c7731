package quotes

import (
	"slices"
	"strings"

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
	if len(q) != len(f.words) && joined(q) == joined(f.words) {
		// The same letters cut into other words: "Analiza" for "Ana
		// Liza", "Hui Min" for "Huimin", "Junho" for "Jun-ho". Counted
		// as one typo, so a form written the user's way wins.
		return 1, true
	}
	return 0, false
}

// joined returns the words run together without hyphens.
func joined(words []string) string {
	return strings.ReplaceAll(strings.Join(words, ""), "-", "")
}
