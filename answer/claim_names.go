// The names a claim gives, and who it is about.

package answer

import (
	"articlebot/fuzzy"
	"articlebot/lexicon"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/retrieval"
)

// stranger returns the first capitalised word inside a claim (not its
// first word) that the article never uses in any form, or "".
func (e *Engine) stranger(text string) string {
	fields := strings.Fields(text)
	initials := e.initialNames(fields)
	for i, w := range fields {
		if _, ok := initials[i]; ok {
			continue // "EU" for the article's "European Union"
		}
		w = strings.Trim(w, ".,;:!?()[]\"“”‘’'")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		r := []rune(w)
		if i == 0 || len(r) < 2 || !unicode.IsUpper(r[0]) || functionWords[strings.ToLower(w)] {
			continue
		}
		// A month or weekday is a figure: the figure check finds it in
		// whatever form the source writes it ("Nov 28" for "28
		// November").
		if _, cal := calendarWords[w]; cal {
			continue
		}
		if !e.vocab.hasName(w) && e.vocab.claimPlace(fuzzy.Fold(w)) == "" && !e.roleAbbreviation(w) && !roleInitials(w) && !e.knownParts(w) && !degreeLetters(w) {
			return w
		}
	}
	return ""
}

// roleInitials reports whether a word in capitals abbreviates a role
// ("CEO", "MP"): a common noun, whoever holds it, not a name the article
// would have to use.
func roleInitials(w string) bool {
	return strings.ToUpper(w) == w && lexicon.IsRole(strings.ToLower(w))
}

// degreeLetters reports whether a word is the letters of a degree in mixed
// case ("PhD", "MSc", "DPhil"): a common noun, whoever holds it, that an
// article writes as "doctorate" or "master's degree". Letters in capitals
// alone ("EU", "NATO") stay names.
func degreeLetters(w string) bool {
	return lexicon.PostNominal(w) && strings.ToUpper(w) != w
}

// knownParts reports whether every capitalised part of a hyphenated word
// is a name the article uses or a month or weekday ("April-to-June").
func (e *Engine) knownParts(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		r := []rune(p)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			continue
		}
		if _, cal := calendarWords[p]; !cal && !e.vocab.hasName(p) {
			return false
		}
	}
	return true
}

// subject returns the name a claim opens with (within its first few
// words), or "": in a news sentence that is who did or said the thing.
func (e *Engine) subject(text string, names []string) string {
	head := strings.Fields(text)
	head = head[:min(len(head), subjectWords)]
	lower := strings.ToLower(strings.Join(head, " "))
	best, at := "", len(lower)+1
	for _, n := range names {
		forms := []string{n}
		if sp, ok := e.quotes.Lookup(n); ok {
			forms = append(forms, sp.Aliases...)
		}
		for _, f := range forms {
			i := strings.Index(lower, strings.ToLower(f))
			if i < 0 || i >= at {
				continue
			}
			// A possessor is not the subject: "Threlfall's daughter
			// said" is said by the daughter.
			if rest := lower[i+len(f):]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
				continue
			}
			best, at = n, i
		}
	}
	return best
}

// subjectWords is how far into a claim its subject is looked for: "No,
// President Vladimir Putin declined" has it within six words.
const subjectWords = 6

// nameMasks returns, for each name of a claim, the mask of the claim's
// terms that spell it (by any of the forms the article uses).
func (e *Engine) nameMasks(c *claimInfo) []uint64 {
	out := make([]uint64, len(c.names))
	for k, n := range c.names {
		out[k] = c.roleMasks[n]
		forms := []string{n}
		if sp, ok := e.quotes.Lookup(n); ok {
			forms = append(forms, sp.Aliases...)
		}
		for _, f := range forms {
			for _, nt := range retrieval.Terms(f) {
				for i, t := range c.terms {
					if t == nt || matchTerm(t, []string{nt}) {
						out[k] |= 1 << i
					}
				}
			}
			out[k] |= titleBefore(c, f)
		}
	}
	return out
}

// titleBefore returns the claim's term of a title of rank written right
// before a form of a name ("Nana" of "Nana Boateng", "Ratu" of "Ratu
// Semi"): part of how the claim names him, not something it says of him,
// though canonical names leave it out. A role ("Mayor") stays part of what
// the claim says, as roleMasks keeps it; so do the courtesy titles ("Dr",
// "Mr"), which the support thresholds were calibrated with as claim words
// (counting them as names cost one own-words fact each on four gate
// articles).
func titleBefore(c *claimInfo, form string) uint64 {
	i := strings.Index(c.text, form)
	if i <= 0 || !wordAt(c.text, i, len(form)) {
		return 0
	}
	before := strings.Fields(c.text[:i])
	if len(before) == 0 {
		return 0
	}
	w := strings.TrimSuffix(before[len(before)-1], ".")
	if !lexicon.Titles.Has(w) || lexicon.Courtesy.Has(w) || lexicon.IsRole(w) {
		return 0
	}
	var m uint64
	for _, t := range retrieval.Terms(w) {
		if i := indexOf(c.terms, t); i >= 0 {
			m |= 1 << i
		}
	}
	return m
}

// namesIn returns the people and organisations a claim names by a form
// the article uses for them, written as the article writes it. The quotes
// index's lookup forgives typos and lone words, as a question needs; a
// claim's names are checked, so "Trade" must not stand for "Ministry of
// Trade".
func (e *Engine) namesIn(text string) []string {
	ix := e.evidence.get(e.art, e.quotes)
	var out []string
	for _, n := range e.quotes.Mentioned(text) {
		forms := []string{n}
		sp, ok := e.quotes.Lookup(n)
		if ok {
			forms = append(forms, sp.Aliases...)
		}
		for _, f := range forms {
			if !strings.Contains(f, " ") && ix.lower[strings.ToLower(f)] {
				// "Trade" alone is a word the article also writes in
				// lower case, not the Ministry of Trade.
				continue
			}
			if i := strings.Index(text, f); i >= 0 && wordAt(text, i, len(f)) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// wordAt reports whether text[i:i+n] is whole words.
func wordAt(text string, i, n int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+n:])
	return (i == 0 || !unicode.IsLetter(before)) && (i+n == len(text) || !unicode.IsLetter(after))
}
