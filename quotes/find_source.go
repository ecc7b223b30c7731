package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// bySourceNoun finds the unnamed source a lookup asks for by another of the
// nouns a story uses for whoever it quotes unnamed (lexicon.AnySource):
// "the anonymous source" or "a source familiar with the deal" for "a
// person familiar with the deal"; the noun alone for the one unnamed source
// described by any of them.
// It returns nil when the lookup has no such noun or the article's
// descriptions fit none, or several, that way.
func bySourceNoun(unnamed []*entity, words []string) []*entity {
	i := slices.IndexFunc(words, lexicon.AnySource.Has)
	if i < 0 {
		return nil
	}
	var out []*entity
	if len(words) == 1 {
		// "the unnamed source": whoever the story describes by one of
		// these nouns, when it describes one so.
		for _, e := range unnamed {
			if describedAsSource(e) {
				out = append(out, e)
			}
		}
	}
	for _, alt := range lexicon.AnySource.Words() {
		if alt == words[i] {
			continue
		}
		w := slices.Clone(words)
		w[i] = alt
		for _, e := range byRole(unnamed, w) {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// describedAsSource reports whether an unnamed source's description is
// headed by one of lexicon.AnySource before any qualifier: "a person
// familiar with the deal", not "a nurse at a hospital the source named".
func describedAsSource(e *entity) bool {
	for _, w := range fuzzy.Words(e.name) {
		if lexicon.Prepositions.Has(w) || w == "who" || w == "that" {
			return false
		}
		if lexicon.AnySource.Has(w) {
			return true
		}
	}
	return false
}

// findWithheld looks up a source by its description when the query says
// why the article gives no name: "a deckhand who asked not to be named",
// "the clerk who would not give her name" ask for the unnamed deckhand or
// clerk, whatever words of the article's the clause repeats.
// The article's own wording of the clause may differ, or be set off by
// commas, so it is left out of the lookup (lexicon.WithheldName).
func (ix *Index) findWithheld(query string) (Match, bool) {
	words := strings.Fields(strings.ToLower(query))
	for i, w := range words {
		if w != "who" || i == 0 || !lexicon.WithheldName(words[i+1:]) {
			continue
		}
		desc := words[:i]
		for len(desc) > 1 && (lexicon.Definites.Has(desc[0]) || lexicon.Indefinites.Has(desc[0])) {
			desc = desc[1:]
		}
		if len(desc) > 0 && lexicon.Unnamed.Has(desc[0]) {
			desc = desc[1:]
		}
		if len(desc) == 0 {
			return Match{}, false
		}
		m := ix.Find("the anonymous " + strings.Join(desc, " "))
		return m, len(m.Speakers) > 0
	}
	return Match{}, false
}
