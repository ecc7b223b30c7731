package quotes

import (
	"slices"
	"strings"
	"unicode"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// Named returns the canonical names of the people and organisations a
// question names, in order of appearance: by name, misspelt or not (see
// Mentioned), or by role ("what did the mayor say", "the committee's
// chair", "the CFO", "the company"). A role counts when it fits exactly
// one speaker. Retrieval ranks a speaker's passages first whatever the
// embedder, so resolving names here, before retrieval, is what makes
// "what did zelensky say" work with any embedding model.
func (ix *Index) Named(question string) []string {
	out := ix.Mentioned(question)
	for _, e := range ix.roleMentions(question) {
		if !slices.Contains(out, e.name) {
			out = append(out, e.name)
		}
	}
	return out
}

// roleMentions finds the descriptions in free text that pick out one
// person or organisation: a role noun (or an organisation noun, or an
// abbreviation such as "CFO") with the words before it up to a function
// word, at most three, when that description fits one speaker.
func (ix *Index) roleMentions(text string) []*entity {
	raw := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-')
	})
	var words []string
	for _, w := range raw {
		if fw := fuzzy.Words(w); len(fw) > 0 {
			words = append(words, fw[0])
		}
	}
	covered := ix.unnamedIn(words)
	var out []*entity
	for i, w := range words {
		if !lexicon.IsRole(w) && !lexicon.IsOrgNoun(w) || covered[i] {
			continue
		}
		// The whole description counts: "the prime minister" is not "the
		// foreign minister", though both are ministers.
		lo := i
		for lo > 0 && i-lo < 3 && !lexicon.FunctionWords.Has(words[lo-1]) && !lexicon.AskVerb(words[lo-1]) {
			lo--
		}
		if det := lo - 1; lexicon.IsOrgNoun(w) && det > 0 && lexicon.Definites.Has(words[det]) && lexicon.Prepositions.Has(words[det-1]) {
			// "the source close to the club", "the chair of the
			// committee": a body in a complement says whose someone is.
			continue
		}
		// "What did the reporter see?" asks what the article says: its
		// writer, whom a byline names, tells all of it.
		if es := byRole(ix.speakers, words[lo:i+1]); len(es) == 1 && !slices.Contains(out, es[0]) && !es[0].credited {
			out = append(out, es[0])
		}
	}
	return out
}

// unnamedIn marks the words of the folded text words that spell an
// unnamed speaker's description: in "what did the source close to the
// club say" the club is where the source is, not a speaker asked about.
func (ix *Index) unnamedIn(words []string) map[int]bool {
	var covered map[int]bool
	for _, e := range ix.unnamed {
		d := fuzzy.Words(e.name)
		if len(d) > 1 && (lexicon.Indefinites.Has(d[0]) || lexicon.Definites.Has(d[0])) {
			d = d[1:]
		}
		if len(d) < 2 {
			continue
		}
		for i := 0; i+len(d) <= len(words); i++ {
			if slices.Equal(words[i:i+len(d)], d) {
				if covered == nil {
					covered = map[int]bool{}
				}
				for k := i; k < i+len(d); k++ {
					covered[k] = true
				}
			}
		}
	}
	return covered
}
