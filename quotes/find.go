package quotes

import (
	"slices"
	"strings"
	"unicode/utf8"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// Match is what a name or role typed by a user picks out in the article.
type Match struct {
	// Speakers holds the one speaker the query names, or several when it
	// fits more than one equally well ("Kovač" with two of that name).
	Speakers []Speaker
	// Suggestions are near names for a query that named nobody: "did you
	// mean …".
	Suggestions []Speaker
}

// Find looks up a person or organisation the way a user names them: by
// full name with or without a title ("Mayor Jane Doe", "Councilmember
// Kessler"), by surname or a first name no one else has, by a misspelling
// (lexicon.NearWords: one edit in a name of four to six letters, when only
// one speaker is that near), by the start of a name ("Ødeg"), or by role
// ("the mayor", "the committee's chair", "CFO"). Names are tried before
// roles, exact matches before typos, typos before prefixes.
func (ix *Index) Find(query string) Match {
	words := fuzzy.Words(query)
	for len(words) > 1 && (lexicon.Definites.Has(words[0]) || lexicon.Indefinites.Has(words[0])) {
		words = words[1:]
	}
	if len(words) == 0 {
		return Match{}
	}
	if ws, g, ok := elderLookup(words); ok {
		return Match{Speakers: speakers(ix.byGeneration(ws, g))}
	}
	if len(words) > 1 && lexicon.Unnamed.Has(words[0]) {
		// "the anonymous nurse", "the unnamed parent": a source the
		// article does not name, never a named nurse.
		return Match{Speakers: speakers(byRole(ix.unnamed, words[1:]))}
	}
	// A description may come before the name ("U.S. District Judge
	// Harriet C. Delacroix"): the longest ending of the query that is a
	// name wins.
	if rest, o, ok := ix.ownedRole(query); ok {
		if es := byRoleOwned(ix.speakers, rest, o); len(es) > 0 {
			return Match{Speakers: speakers(es)}
		}
		if es := byKinOf(rest, o); len(es) > 0 {
			return Match{Speakers: speakers(es)}
		}
	}
	for i := 0; i < len(words)-1; i++ {
		if lexicon.Prepositions.Has(words[i]) || lexicon.Connectors.Has(words[i]) {
			// "the mayor of Saelen", "the head of the association": a
			// role of someone named after it, unless a full name ends
			// it ("Director of Highways Patrick Lindqvist").
			if es := ix.fullNameIn(words[i+1:]); len(es) > 0 {
				return Match{Speakers: speakers(es)}
			}
			break
		}
		if es := ix.byName(words[i:]); len(es) > 0 {
			return Match{Speakers: speakers(ix.preferBare(words[i:], es))}
		}
	}
	// A last word alone is a surname only after titles ("Dr Achebe").
	if t := trimTitles(words); !lexicon.Prepositions.Has(t[0]) {
		if es := ix.byName(t); len(es) > 0 {
			return Match{Speakers: speakers(ix.preferBare(t, es))}
		}
	}
	words = ix.correctRoleWords(words)
	if es := byRole(ix.speakers, words); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	if es := byRole(ix.unnamed, words); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	if es := ix.loosely(words); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	if es := ix.byPrefix(strings.Join(trimTitles(words), " ")); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	var m Match
	for _, e := range ix.near(strings.Join(trimTitles(words), " ")) {
		m.Suggestions = append(m.Suggestions, e.speaker())
	}
	return m
}

// byName returns the speakers a name fits best: all those with an exact
// form at the highest score, else all those at the fewest typos. A short
// name (lexicon.ShortWord letters or fewer) with a typo counts only when
// it fits one speaker.
func (ix *Index) byName(q []string) []*entity {
	var exact, typo []*entity
	bestExact, bestTypo, fewest := 0, 0, 1<<30
	for _, e := range ix.speakers {
		eExact, eTypo, eFewest := 0, 0, 1<<30
		for _, f := range e.forms {
			d, ok := match(q, f)
			switch {
			case !ok:
			case d == 0:
				eExact = max(eExact, f.score)
			case d < eFewest || d == eFewest && f.score > eTypo:
				eFewest, eTypo = d, f.score
			}
		}
		switch {
		case eExact > bestExact:
			exact, bestExact = []*entity{e}, eExact
		case eExact > 0 && eExact == bestExact:
			exact = append(exact, e)
		}
		switch {
		case eTypo == 0:
		case eFewest < fewest || eFewest == fewest && eTypo > bestTypo:
			typo, fewest, bestTypo = []*entity{e}, eFewest, eTypo
		case eFewest == fewest && eTypo == bestTypo:
			typo = append(typo, e)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	if len(typo) > 1 && len(q) == 1 && utf8.RuneCountInString(q[0]) <= lexicon.ShortWord {
		return nil // a short name with a typo that fits several: only suggestions
	}
	return typo
}

// byPrefix returns the speakers one of whose names starts with what was
// typed, three letters at least, and unfinished: "Ødeg", "Ruiz-D". A whole
// word ("german" in "German Marshall Fund") was already tried as a name.
func (ix *Index) byPrefix(q string) []*entity {
	if utf8.RuneCountInString(q) < 3 {
		return nil
	}
	var out []*entity
	for _, e := range ix.speakers {
		for _, a := range e.aliasesCanonicalFirst() {
			if strictPrefix(fuzzy.Words(a), q) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// near returns the speakers whose names come closest to q, for "did you
// mean": the best suggestion score (see suggestScore and farScore), ties
// kept.
func (ix *Index) near(q string) []*entity {
	var out []*entity
	best := 0
	for _, e := range ix.speakers {
		switch s := max(suggestScore(e, q), farScore(e, q)); {
		case s > best:
			best, out = s, []*entity{e}
		case s == best && s > 0:
			out = append(out, e)
		}
	}
	return out
}

// farScore rates a name too far from q to be taken for it but close
// enough to suggest: within one edit more than lexicon.MaxTypos allows.
func farScore(e *entity, q string) int {
	best := 0
	n := utf8.RuneCountInString(q)
	for _, f := range e.forms {
		name := strings.Join(f.words, " ")
		if d := fuzzy.Distance(q, name); d <= lexicon.MaxTypos(n)+1 {
			best = max(best, 30-5*d)
		}
	}
	return best
}

func speakers(es []*entity) []Speaker {
	out := make([]Speaker, 0, len(es))
	for _, e := range es {
		out = append(out, e.speaker())
	}
	return out
}

// strictPrefix reports whether q starts the words from some word on and
// ends inside a word.
func strictPrefix(words []string, q string) bool {
	for i := range words {
		rest := strings.Join(words[i:], " ")
		if strings.HasPrefix(rest, q) && len(rest) > len(q) && rest[len(q)] != ' ' {
			return true
		}
	}
	return false
}

// preferBare narrows the people a bare shared surname fits to the one the
// article itself calls by that surname alone: after introducing Maria and
// Luis Ortega, a text that says "Ortega, 52, has pleaded not guilty" about
// her calls her "Ortega". When both or neither are, all stay (ambiguous).
func (ix *Index) preferBare(q []string, es []*entity) []*entity {
	if len(q) != 1 || len(es) == 0 || es[0].kind != Person {
		return es
	}
	var all, bare []*entity
	for _, e := range ix.speakers {
		if e.kind != Person || !slices.ContainsFunc(e.forms, func(f form) bool { return f.score >= 90 && slices.Equal(f.words, q) }) {
			continue
		}
		all = append(all, e)
		if e.bare > 0 {
			bare = append(bare, e)
		}
	}
	switch {
	case len(all) < 2:
		return es
	case len(bare) == 1:
		return bare
	}
	return all
}
