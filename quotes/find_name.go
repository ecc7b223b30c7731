// Lookups of a person by name: exact forms, typos, the start of a name,
// and the near names offered as "did you mean".

package quotes

import (
	"slices"
	"strings"
	"unicode/utf8"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// byName returns the speakers a name fits best: all those with an exact
// form at the highest score, else all those at the fewest typos. A short
// name (lexicon.ShortWord letters or fewer) with a typo counts only when
// it fits one speaker.
func (ix *Index) byName(q []string) []*entity { return ix.byNameOf(q, 0) }

// byNameOf is byName among the speakers not known to be of the sex other
// than g ('m', 'f', or 0 for any).
func (ix *Index) byNameOf(q []string, g byte) []*entity {
	var exact, typo []*entity
	bestExact, bestTypo, fewest := 0, 0, 1<<30
	for _, e := range ix.speakers {
		if g != 0 && e.gender != 0 && e.gender != g {
			continue
		}
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

// trimStrangeTitles drops the leading words of q that are no word of any
// name in the article nor a common given name: a title the lexicon does
// not know ("Engr", "Alhaji", "Datuk") before a name the article uses. A
// common given name is kept, so that "Tom Ibrahim" does not find Musa
// Ibrahim: that is a different person, or a mistake to ask about. Find
// takes what is left only when it names one person.
func (ix *Index) trimStrangeTitles(q []string) []string {
	for len(q) > 1 && !lexicon.CommonGivenName(q[0]) && !ix.nameWord(q[0]) {
		q = q[1:]
	}
	return q
}

// nameWord reports whether the folded word w is a word of some speaker's
// name, as the article writes it.
func (ix *Index) nameWord(w string) bool {
	for _, e := range ix.speakers {
		for _, a := range e.aliases {
			for _, x := range unhyphenated(fuzzy.Words(a)) {
				if x == w {
					return true
				}
			}
		}
	}
	return false
}

// misspeltPart reports whether one of the dropped words starts as a word
// of e's name does, so that it may be that word misspelt ("Sofi" for
// "Sophie") rather than a title: a lookup that has the name wrong finds
// nobody, and is offered the names it is near.
func misspeltPart(dropped []string, e *entity) bool {
	for _, d := range dropped {
		for _, w := range unhyphenated(fuzzy.Words(e.name)) {
			if prefix2(d) == prefix2(w) {
				return true
			}
		}
	}
	return false
}

// titleGender returns the sex a query's titles give ('m' for "Mr", 'f'
// for "Madam"), or 0.
func titleGender(titles []string) byte {
	for _, t := range titles {
		for _, w := range lexicon.FemaleTitles.Words() {
			if fuzzy.Fold(w) == t {
				return 'f'
			}
		}
		for _, w := range lexicon.MaleTitles.Words() {
			if fuzzy.Fold(w) == t {
				return 'm'
			}
		}
	}
	return 0
}

// byShortForm finds the people a lookup names by a short form of their
// given name and their family name: "Tony Okafor" for Anthony Okafor,
// "Ted Marsh" for Theodore Marsh (lexicon.ShortForm).
func (ix *Index) byShortForm(words []string) []*entity {
	if len(words) != 2 {
		return nil
	}
	var out []*entity
	for _, e := range ix.speakers {
		if e.kind == Person && len(e.words) >= 2 && fuzzy.Fold(e.words[len(e.words)-1]) == words[1] &&
			lexicon.ShortForm(words[0], fuzzy.Fold(e.words[0])) {
			out = append(out, e)
		}
	}
	return out
}
