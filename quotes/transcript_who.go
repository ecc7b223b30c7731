package quotes

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"articlebot/fuzzy"
)

// Whom a transcript's turns are: the person each label names, and the
// interviewee for labels that name no one ("A").

// resolveTurns finds whom each turn's label names: the person its name
// resolves to; else the one person whose name has those initials
// ("DF" for Duncan Frew, "PLW" or "PW" for Petra Lund Weir); else, for an
// answer, the person the introduction is about: the one it refers to most
// before the transcript, the interviewer aside.
func (b *builder) resolveTurns() {
	if len(b.turns) == 0 {
		return
	}
	// In paragraph order: what a label names is read from its first turn.
	ns := slices.Sorted(maps.Keys(b.turns))
	turns := make([]*turn, len(ns))
	for i, n := range ns {
		turns[i] = b.turns[n]
	}
	byLabel := map[string]who{}
	for _, t := range turns {
		w, seen := byLabel[t.label]
		if !seen {
			w = b.labelled(t)
			byLabel[t.label] = w
		}
		t.who = w
	}
	var askers []*entity
	for _, t := range turns {
		if t.asks && t.who.ent != nil && !containsEntity(askers, t.who.ent) {
			askers = append(askers, t.who.ent)
			t.who.ent.addRole("interviewer")
		}
		if !t.asks && t.who.ent != nil && initials(t.label) && len(t.label) > 1 {
			// "TL" finds Tobias Lindqvist. The interviewer's initials are
			// no alias: a name that labels turns is one that speaks, and
			// the questions are no statements of theirs.
			t.who.ent.addAlias(t.label)
		}
	}
	subjects := map[int]who{}
	for _, t := range turns {
		if t.who.ok() || t.asks {
			continue
		}
		w, seen := subjects[t.run]
		if !seen {
			w = b.interviewee(t.run, askers)
			subjects[t.run] = w
		}
		t.who = w
	}
}

// labelled returns the person the label of turn t names: of the people
// the introduction names before the transcript, the one with that name,
// surname or first name (the one it refers to most, when two share it: a
// namesake the interviewee mentions later is not the label); else whom the
// label's own name resolves to; else the one person with those initials.
func (b *builder) labelled(t *turn) who {
	if genericLabel(t.label) != 0 {
		return who{}
	}
	words := strings.Fields(t.label)
	var cands []*entity
	for _, e := range b.rs.people {
		if e.introAt < t.run && (sameWords(e.words, words) || sameWords(surname(e.words), words) || len(e.words) > 1 && sameWords(e.words[:1], words)) {
			cands = append(cands, e)
		}
	}
	if e := b.mostReferred(cands, t.run); e != nil {
		return who{ent: e}
	}
	if mi := t.p.mentAt[0]; mi >= 0 && t.p.ments[mi].ent != nil && t.p.ments[mi].ent.kind == Person {
		return who{ent: t.p.ments[mi].ent}
	}
	if !initials(t.label) {
		return who{}
	}
	var found *entity
	for _, e := range b.rs.people {
		if hasInitials(e.words, t.label) {
			if found != nil {
				return who{} // two people share them
			}
			found = e
		}
	}
	if found == nil {
		return who{}
	}
	return who{ent: found}
}

// sameWords reports whether two names are the same words, folded.
func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if fuzzy.Fold(a[i]) != fuzzy.Fold(b[i]) {
			return false
		}
	}
	return true
}

// hasInitials reports whether a name's words have the initials of label:
// every word's, or the first and last word's.
func hasInitials(words []string, label string) bool {
	if len(words) < 2 {
		return false
	}
	first := func(w string) rune {
		r, _ := utf8.DecodeRuneInString(fuzzy.Fold(w))
		return r
	}
	want := []rune(strings.ToLower(label))
	all := make([]rune, 0, len(words))
	for _, w := range words {
		all = append(all, first(w))
	}
	if string(all) == string(want) {
		return true
	}
	return len(want) == 2 && want[0] == all[0] && want[1] == all[len(all)-1]
}

// interviewee returns the person the introduction to the transcript that
// starts at offset run is about (see mostReferred), the interviewer aside.
func (b *builder) interviewee(run int, askers []*entity) who {
	var cands []*entity
	for _, e := range b.rs.people {
		if !containsEntity(askers, e) {
			cands = append(cands, e)
		}
	}
	if e := b.mostReferred(cands, run); e != nil {
		return who{ent: e}
	}
	return who{}
}

// mostReferred returns the one of people the article names or refers to
// in the most sentences before offset run; of those in as many, the first
// named. A person named in passing ("Rob Yates, his neighbour, keeps
// sheep") is in one sentence, as an interviewer credited in one line is.
func (b *builder) mostReferred(people []*entity, run int) *entity {
	var best *entity
	bestN, bestAt := 0, 0
	for _, e := range people {
		n, last := 0, -1
		for _, at := range e.refs {
			if at >= run {
				break
			}
			if s := b.sentenceOf(at); s != last {
				n, last = n+1, s
			}
		}
		if n > 0 && (n > bestN || n == bestN && e.firstAt < bestAt) {
			best, bestN, bestAt = e, n, e.firstAt
		}
	}
	return best
}
