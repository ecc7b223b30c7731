package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// partOfName returns the one person named before mention r whose fuller
// name holds r's words in a row, when no surname matched: a given name
// ("Maria said" after Maria Gonzalez), a family name written first ("Tan
// said" after Mr Tan Wei Ming) or a personal name before a patronymic
// ("Ahmad Faisal said" after Ahmad Faisal Bin Yusof). Without it the short
// form becomes a second person, or an organisation, who takes the
// quotation. Two people whose names hold the words: nobody.
func (rs *resolver) partOfName(r mref) *entity {
	words := r.words()
	if len(words) == 0 || len(words) > 3 || r.quoted() {
		return nil
	}
	for _, w := range words {
		if isParticle(w) {
			return nil
		}
	}
	folded := foldAll(words)
	var sex byte // a title's sex tells "Mr Tan" from Madam Koh Swee Lan
	switch t := r.m().title; {
	case lexicon.FemaleTitles.Has(t):
		sex = 'f'
	case lexicon.MaleTitles.Has(t):
		sex = 'm'
	}
	var found *entity
	for _, e := range rs.byWord[folded[0]] {
		if e == found || len(e.words) <= len(words) || e.introAt >= r.at() || !holdsRun(e.words, folded) || sex != 0 && e.gender != 0 && e.gender != sex {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// holdsRun reports whether the folded run of words occurs in name, in a row.
func holdsRun(name, run []string) bool {
	for i := 0; i+len(run) <= len(name); i++ {
		ok := true
		for k, w := range run {
			if fuzzy.Fold(strings.TrimSuffix(name[i+k], ".")) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// indexWords files a person of two words or more under each word of the
// name, for partOfName.
func (rs *resolver) indexWords(e *entity) {
	if len(e.words) < 2 {
		return
	}
	for _, w := range e.words {
		key := fuzzy.Fold(strings.TrimSuffix(w, "."))
		if !slices.Contains(rs.byWord[key], e) {
			rs.byWord[key] = append(rs.byWord[key], e)
		}
	}
}

// foldAll returns the words folded.
func foldAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = fuzzy.Fold(w)
	}
	return out
}

// shortGiven reports whether the given names a and b, folded, are one
// name's short and full forms: a truncation English makes ("Ted" and
// Theodore, lexicon.ShortForm) or a beginning of three letters or more
// ("Stan" and Stanislaw), and not given to different sexes ("Dan" and
// Danielle).
func shortGiven(a, b string) bool {
	if a == b || len(a) < 3 || len(b) < 3 {
		return false
	}
	if sa, sb := lexicon.GivenSex(a), lexicon.GivenSex(b); sa != 0 && sb != 0 && sa != sb {
		return false
	}
	short, full := a, b
	if len(short) > len(full) {
		short, full = full, short
	}
	return strings.HasPrefix(full, short) || lexicon.ShortForm(short, full)
}

// shortFormOf returns the one person named before mention r, a given name
// alone with no title, whose given name it is a short form of: "Stan says"
// after Stanislaw Kowal. Two such people: nobody.
func (rs *resolver) shortFormOf(r mref) *entity {
	if !r.single() || r.m().title != "" || r.quoted() {
		return nil
	}
	w := fuzzy.Fold(r.word(0))
	var found *entity
	for _, e := range rs.people {
		if len(e.words) < 2 || e.introAt >= r.at() || !shortGiven(w, fuzzy.Fold(e.words[0])) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// givenAlone returns the one person named in full before mention r whose
// given name, or a short form of it, r is alone, when r is a proper name
// and not a capitalised common word (nameLike).
func (rs *resolver) givenAlone(r mref) *entity {
	if !r.single() || r.m().title != "" || r.quoted() || !rs.nameLike(r) {
		return nil
	}
	if e := rs.partOfName(r); e != nil && len(e.words) > 1 && sameGiven(r.word(0), e.words[0]) {
		return e
	}
	return rs.shortFormOf(r)
}
