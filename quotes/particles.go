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
	out := [][]string{folded[after:], {strings.Join(folded, "")}}
	if after == 1 && len(folded[0]) == 1 {
		// "O'Ceallaigh" for "Ó Ceallaigh": a particle of one letter
		// written with an apostrophe, as in English spellings.
		out = append(out, []string{folded[0] + "'" + strings.Join(folded[1:], "")})
	}
	return out
}

// particleNames returns the other ways a user writes a full name with
// particles (words, as written): the first name with the part of the
// surname after its particles ("Farida Qassimi" for Farida al-Qassimi),
// and the name with the Arabic article spelled the other way ("Nour
// al-Din Sabbagh" for Nour el-Din Sabbagh), folded.
func particleNames(words []string) [][]string {
	if len(words) < 2 {
		return nil
	}
	var out [][]string
	sur := surname(words)
	if after := particleForms(sur); len(after) > 0 && len(sur) < len(words) {
		out = append(out, append(fuzzy.Words(words[0]), after[0]...))
		for _, one := range after[1:] {
			// "Sean OCeallaigh", "Sean O'Ceallaigh": the surname as one word.
			out = append(out, append(fuzzy.Words(words[0]), one...))
		}
	}
	for i, w := range words {
		for _, v := range lexicon.ArticleVariants(w) {
			alt := append(append(append([]string(nil), words[:i]...), v), words[i+1:]...)
			out = append(out, fuzzy.Words(strings.Join(alt, " ")))
		}
	}
	return out
}
