package quotes

import (
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// particleForms returns the other ways a user writes a surname with
// particles (words, as written in the article): the part after the
// particles ("Fuente" for "de la Fuente", "Amiri" for "al-Amiri"), and the
// whole run as one word ("Delafuente", "Alamiri"), all folded. A surname
// without particles has none.
func particleForms(words []string) [][]string {
	var parts []string
	after := -1 // index in parts of the first word after the particles
	for _, w := range words {
		if p, rest, ok := lexicon.HyphenParticle(w); ok {
			parts = append(parts, p)
			w = rest
		}
		if isParticle(w) && after < 0 {
			parts = append(parts, w)
			continue
		}
		if after < 0 {
			after = len(parts)
		}
		parts = append(parts, w)
	}
	if after <= 0 || after >= len(parts) {
		return nil
	}
	folded := fuzzy.Words(strings.Join(parts, " "))
	if len(folded) != len(parts) {
		return nil // a part fuzzy.Words split or dropped: the indexes no longer line up
	}
	return [][]string{folded[after:], {strings.Join(folded, "")}}
}
