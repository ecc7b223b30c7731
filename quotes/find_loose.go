package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// fullNameIn returns the people whose full name, written exactly, of two
// words or more, ends q.
func (ix *Index) fullNameIn(q []string) []*entity {
	for k := 0; k+2 <= len(q); k++ {
		var out []*entity
		for _, e := range ix.speakers {
			if e.kind == Person && slices.ContainsFunc(e.forms, func(f form) bool { return f.score == 100 && slices.Equal(f.words, q[k:]) }) {
				out = append(out, e)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// loosely finds what a lookup names when it fits no name or role as
// written: a name written as two words that the article writes as one
// ("Ferro Wind" for Ferrowind), an organisation's name with a noun for
// its kind after it ("the Halden Rescue team"), or a role with a
// qualifier the article never gives ("the new mayor": every mayor, so
// that an ambiguity is shown as one).
func (ix *Index) loosely(words []string) []*entity {
	if es := ix.household(words); len(es) > 0 {
		return es
	}
	if len(words) >= 2 {
		if es := ix.byName([]string{strings.Join(words, "")}); len(es) > 0 {
			return es
		}
		if n := len(words); lexicon.IsOrgNoun(words[n-1]) {
			if es := ix.byName(words[:n-1]); len(es) > 0 && !slices.ContainsFunc(es, func(e *entity) bool { return e.kind != Organisation }) {
				return es
			}
		}
	}
	known := func(w string) bool {
		for _, es := range [][]*entity{ix.speakers, ix.unnamed} {
			for _, e := range es {
				if e.roleWords[w] {
					return true
				}
			}
		}
		return false
	}
	// Only qualifiers and function words drop out, never a noun that says
	// which one ("the skewer seller" is not any seller). A preposition
	// is a word of the description it joins ("spokesperson for the
	// minister"), not of the lookup's role ("the MP for Kellmouth").
	var rest []string
	for _, w := range words {
		if lexicon.Prepositions.Has(w) {
			continue
		}
		if known(w) || isHead(Person, w) || !lexicon.RoleAdjectives.Has(w) && nounKind(w).Noun {
			rest = append(rest, w)
		}
	}
	if len(rest) == 0 || len(rest) == len(words) {
		return nil
	}
	es := byRole(ix.speakers, rest)
	if len(es) == 0 {
		es = byRole(ix.unnamed, rest)
	}
	// Someone the article qualifies otherwise is not the one asked for:
	// not the "outgoing mayor" for "the new mayor".
	return slices.DeleteFunc(es, func(e *entity) bool { return qualifiedOtherwise(e, words) })
}

// qualifiedOtherwise reports whether every description of e holds a role
// adjective ("outgoing", "former") that the lookup's words lack.
func qualifiedOtherwise(e *entity, words []string) bool {
	for _, r := range e.rels {
		other := false
		for _, t := range r.terms {
			if lexicon.RoleAdjectives.Has(t) && !slices.Contains(words, t) {
				other = true
			}
		}
		if !other {
			return false
		}
	}
	return len(e.rels) > 0
}

// trimPossessive returns a word without its possessive ending ("Kovač's",
// "Producers'"), and whether it had one.
func trimPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return strings.TrimSuffix(w, suf), true
		}
	}
	return w, false
}

// household returns the families the article quotes without naming
// anyone ("the Penhallow family") whose surname the lookup is, with or
// without a plural ("Penhallow", "the Penhallows").
func (ix *Index) household(words []string) []*entity {
	var out []*entity
	for _, e := range ix.unnamed {
		w := fuzzy.Words(e.name)
		n := len(w)
		if n < 3 || w[0] != "the" || !lexicon.Households.Has(w[n-1]) {
			continue
		}
		name := strings.Join(w[1:n-1], " ")
		if q := strings.Join(words, " "); q == name || q == name+"s" {
			out = append(out, e)
		}
	}
	return out
}

// spelledOut writes out the words of a lookup that shorten the words of an
// organisation's name ("Harwich Town Govt" for Harwich Town Government,
// "Harwich Town TC" for Harwich Town Town Council): a word that keeps the
// first and last letters of a longer name word and letters of it between,
// in order (lexicon.Contracts, vowels allowed), or the initials of two or
// more words in a row of the name. Only the name that holds the query's
// other words is read, so that nothing is guessed.
func (ix *Index) spelledOut(words []string) []string {
	for _, e := range ix.speakers {
		if e.kind != Organisation {
			continue
		}
		name := fuzzy.Words(e.name)
		out, changed := make([]string, 0, len(name)), false
		for _, w := range words {
			if slices.Contains(name, w) {
				out = append(out, w)
				continue
			}
			if x := contractedWord(w, name); x != "" {
				out, changed = append(out, x), true
				continue
			}
			if run := initialsRun(w, name); run != nil {
				out, changed = append(out, run...), true
				continue
			}
			out = nil
			break
		}
		if changed && out != nil {
			return out
		}
	}
	return words
}

// contractedWord returns the word of name that w contracts, or "".
func contractedWord(w string, name []string) string {
	if len(w) < 2 {
		return ""
	}
	for _, x := range name {
		if len(x) >= len(w)+2 && x[0] == w[0] && x[len(x)-1] == w[len(w)-1] && lettersIn(w, x) {
			return x
		}
	}
	return ""
}

// lettersIn reports whether the letters of a stand in w in order.
func lettersIn(a, w string) bool {
	i := 0
	for j := 0; j < len(w) && i < len(a); j++ {
		if w[j] == a[i] {
			i++
		}
	}
	return i == len(a)
}

// initialsRun returns the words of name in a row whose initials are w, two
// or more, or nil.
func initialsRun(w string, name []string) []string {
	if len(w) < 2 {
		return nil
	}
	for i := 0; i+len(w) <= len(name); i++ {
		ok := true
		for k := 0; k < len(w) && ok; k++ {
			ok = name[i+k] != "" && name[i+k][0] == w[k]
		}
		if ok {
			return name[i : i+len(w)]
		}
	}
	return nil
}
