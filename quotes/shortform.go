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
