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
	query = withoutClassYears(query) // "Ana Ruiz ’27"
	if m, ok := ix.findWithheld(query); ok {
		return m
	}
	if name, _, ok := strings.Cut(query, ","); ok && strings.TrimSpace(name) != "" {
		// "Ana Ruiz, Harwich", "Ana Ruiz, the reporter": the name before
		// a comma, when it finds someone.
		if m := ix.Find(name); len(m.Speakers) > 0 {
			return m
		}
	}
	if f := strings.Fields(query); len(f) > 2 && lexicon.PostNominal(strings.Trim(f[len(f)-1], ",")) {
		// "Ann Lee KC", "Tom Berg, OBE": letters after a name are no
		// word of it (postNominals), in a lookup as in the article.
		if m := ix.Find(strings.TrimRight(strings.Join(f[:len(f)-1], " "), ",")); len(m.Speakers) > 0 {
			return m
		}
	}
	if bare, nick, ok := cutNickname(query); ok {
		// "Ann "Tiny" Lee": the nickname in marks inside a name is no
		// word of it (nickname), in a lookup as in the article.
		if m := ix.Find(bare); len(m.Speakers) > 0 {
			return m
		}
		return ix.Find(nick)
	}
	words := fuzzy.Words(query)
	for len(words) > 1 && (lexicon.Definites.Has(words[0]) || lexicon.Indefinites.Has(words[0])) {
		words = words[1:]
	}
	if len(words) > 1 {
		words = ix.spelledOut(words) // "Harwich Town Govt"
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
		if es := byRole(ix.unnamed, words[1:]); len(es) > 0 {
			return Match{Speakers: speakers(es)}
		}
		return Match{Speakers: speakers(bySourceNoun(ix.unnamed, words[1:]))}
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
	// A last word alone is a surname only after titles ("Dr Achebe"); a
	// title of one sex finds no one of the other ("Mr Lee" is not Madam
	// Lee when the article has both).
	if t := trimTitles(words); !lexicon.Prepositions.Has(t[0]) {
		g := titleGender(words[:len(words)-len(t)])
		if es := ix.byNameOf(t, g); len(es) > 0 {
			return Match{Speakers: speakers(ofGender(ix.preferBare(t, es), g))}
		}
	}
	// A title no list knows, from another English ("Engr", "Alhaji",
	// "Datuk"): words no name in the article has, before a person's name.
	if t := ix.trimStrangeTitles(trimTitles(words)); len(t) < len(words) {
		if es := ix.byName(t); len(es) == 1 && es[0].kind == Person && !misspeltPart(words[:len(words)-len(t)], es[0]) {
			return Match{Speakers: speakers(es)}
		}
	}
	if es := ix.byShortForm(trimTitles(words)); len(es) == 1 {
		return Match{Speakers: speakers(es)}
	}
	words = ix.correctRoleWords(words)
	if es := byRole(ix.speakers, words); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	if es := byRole(ix.unnamed, words); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	if es := bySourceNoun(ix.unnamed, words); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	if es := ix.byPress(words); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	if es := ix.byRoleOfPlace(words); len(es) == 1 {
		return Match{Speakers: speakers(es)}
	}
	if es := ix.loosely(words); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	if es := ix.byPrefix(strings.Join(trimTitles(words), " ")); len(es) > 0 {
		return Match{Speakers: speakers(es)}
	}
	if rest, ok := withoutLegalForms(query); ok {
		if m := ix.Find(rest); len(m.Speakers) > 0 {
			return m // "Halden SA" for the Halden the article names without its legal form
		}
	}
	var m Match
	for _, e := range ix.near(strings.Join(trimTitles(words), " ")) {
		m.Suggestions = append(m.Suggestions, e.speaker())
	}
	return m
}

// byPress returns the story's writers, named by its byline, for a
// journalist's noun alone that no description holds and the article never
// writes: "the columnist", "the author" of a piece whose byline gives
// another role or none. A science story's "lead author" is someone else.
func (ix *Index) byPress(words []string) []*entity {
	if len(words) != 1 || !lexicon.PressRoles.Has(words[0]) || ix.ordinary[words[0]] {
		return nil
	}
	var out []*entity
	for _, e := range ix.speakers {
		if e.wrote {
			out = append(out, e)
		}
	}
	return out
}

// byRoleOfPlace finds, for "the mayor of Tarrow", the one person whose
// role is that office with no complement of its own ("Mayor Ann Lee"), in
// an article that names the place: a story's mayor is its town's. A place
// the article never names finds no one.
func (ix *Index) byRoleOfPlace(words []string) []*entity {
	i := slices.Index(words, "of")
	if i < 1 || i == len(words)-1 {
		return nil
	}
	place := words[i+1:]
	if place[0] == "the" {
		place = place[1:]
	}
	if len(place) == 0 || len(place) > 3 {
		return nil
	}
	named := map[string]bool{}
	for c := range ix.capitals {
		named[fuzzy.Fold(c)] = true
	}
	for _, w := range place {
		if ix.ordinary[w] || !named[w] {
			return nil
		}
	}
	var out []*entity
	for _, e := range byRole(ix.speakers, words[:i]) {
		if e.kind == Person && !slices.ContainsFunc(e.roles, func(r string) bool { return strings.Contains(r, " of ") }) {
			out = append(out, e)
		}
	}
	return out
}

func speakers(es []*entity) []Speaker {
	out := make([]Speaker, 0, len(es))
	for _, e := range es {
		out = append(out, e.speaker())
	}
	return out
}

// cutNickname splits a lookup that writes a nickname in quotation marks
// between the words of a name ("Ann “Tiny” Lee", "Ann 'Tiny' Lee")
// into the name without it and the nickname; ok is false for any other.
func cutNickname(query string) (bare, nickname string, ok bool) {
	f := strings.Fields(query)
	for i := 1; i < len(f)-1; i++ {
		r, _ := utf8.DecodeRuneInString(f[i])
		if !strings.ContainsRune("\"'\u2018\u201c", r) {
			continue
		}
		for k := i; k < len(f)-1 && k < i+maxNickWords; k++ {
			last, _ := utf8.DecodeLastRuneInString(f[k])
			if !strings.ContainsRune("\"'\u2019\u201d", last) {
				continue
			}
			inner := strings.TrimFunc(strings.Join(f[i:k+1], " "), func(r rune) bool { return strings.ContainsRune("\"'\u2018\u2019\u201c\u201d", r) })
			if inner == "" {
				return "", "", false
			}
			return strings.Join(append(append([]string(nil), f[:i]...), f[k+1:]...), " "), inner, true
		}
	}
	return "", "", false
}
