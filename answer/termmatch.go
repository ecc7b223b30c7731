// How a claim's terms and names are found in a window of article
// sentences: stems, prefixes, lexicon variants and close spellings.

package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// posKey offsets the sentence IDs under which matched caches the masks of
// a sentence's terms outside a negation (its negated terms are cached
// under -1-id).
const posKey = -1 << 30

// modalKey and plainKey offset the sentence IDs under which matched caches
// the masks of a sentence's terms a modal word governs, and of the others.
const (
	modalKey = -2 << 30
	plainKey = -3 << 30
)

// matched returns the mask of the claim's terms a sentence holds, computed
// once per sentence.
func (c *claimInfo) matched(id int, have []string) uint64 {
	return cachedMask(c.masks, c.matches, id, have)
}

// cachedMask ORs the masks table gives the terms in have, once per id:
// cache keeps the result for the next call with the same id.
func cachedMask(cache map[int]uint64, table map[string]uint64, id int, have []string) uint64 {
	if m, ok := cache[id]; ok {
		return m
	}
	var m uint64
	for _, h := range have {
		m |= table[h]
	}
	cache[id] = m
	return m
}

// variantsOf returns the other forms a term may take in an article: its
// synonyms in the lexicon ("truce": "ceasefire"), a month's short form
// ("decemb": "dec"), and the country for its capital or demonym
// ("moscow", "russian": "russia").
func variantsOf(t string) []string {
	out := append(append([]string(nil), synonyms[t]...), monthForms(t)...)
	for _, a := range aliases[t] {
		for _, v := range retrieval.Terms(a) {
			if v != t {
				out = append(out, v)
			}
		}
	}
	return out
}

// namesAround returns the people and organisations a window names or
// refers to (named or speaking in it, or, when it opens with a pronoun,
// in the sentence before it), those its paragraph names (own), and those
// the neighbouring paragraphs name (near): a paragraph often leans on the
// one before for who "he" or "the U.S. president" is.
func (e *Engine) namesAround(window []int) (inWindow, own, near []string) {
	ix := e.evidence.get(e.art, e.quotes)
	if len(window) == 0 {
		return nil, nil, nil
	}
	for _, id := range window {
		inWindow = append(inWindow, ix.sents[id].names...)
	}
	if first := window[0]; first > 0 && ix.sents[first].pronounLead {
		inWindow = append(inWindow, ix.sents[first-1].names...)
	}
	para := e.art.Sentences[window[0]].Para
	near = append(append(near, ix.paraNames[para-1]...), ix.paraNames[para+1]...)
	return inWindow, ix.paraNames[para], near
}

// matchTerm reports whether a claim term is among a window's terms: the
// same stem, one stem the start of the other ("agre" and "agreement",
// "russia" and "russian"), or, for a word of five letters or more, a close
// spelling by the lexicon's typo rule (names are misspelled).
func matchTerm(t string, have []string) bool {
	numeric := isNumberish(t)
	for _, h := range have {
		if matchOne(t, h, numeric) {
			return true
		}
	}
	return false
}

// matchOne is matchTerm for one article term; numeric says t is a figure,
// which matches exactly ("2022" is not "20220").
func matchOne(t, h string, numeric bool) bool {
	if h == t {
		return true
	}
	if numeric || h == "" {
		return false
	}
	short, long := t, h
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) >= 4 && strings.HasPrefix(long, short) && !isDigitByte(short[0]) {
		return true
	}
	if len(t) >= 5 && h[0] == t[0] {
		_, ok := lexicon.Near(t, h)
		return ok
	}
	return false
}

func distinct(ts []string) []string {
	out := ts[:0:0]
	for _, t := range ts {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
