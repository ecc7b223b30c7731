package answer

import (
	"strings"
	"unicode"

	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// A name and its initials are one name: "the EU" of a claim is the
// article's "European Union", and a claim's "New Brunswick" the article's
// "N.B.". Without this, the stranger check took the claim's form for a
// name the article never uses, and the claim's words for words it lacks.

// initialRun is a run of capitalised words of a text, by field index.
type initialRun struct {
	from, to int    // fields [from, to)
	initials string // their first letters, lower-cased ("nb")
}

// initialLinks are the small words a name's run may hold without giving
// them a letter: "Bank of England" is "BoE" or "BE", read as "be".
var initialLinks = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "du": true, "la": true}

// capitalRuns returns the runs of two or more capitalised words of a text's
// fields (trimmed of punctuation), with the small linking words inside
// them; a run stops at punctuation that ends a phrase.
func capitalRuns(fields []string) []initialRun {
	var out []initialRun
	for i := 0; i < len(fields); {
		if !nameWord(fields[i]) {
			i++
			continue
		}
		j, letters, words := i, "", 0
		for ; j < len(fields); j++ {
			w := strings.Trim(fields[j], "\"“”‘’'()")
			if nameWord(w) {
				letters += strings.ToLower(w[:1])
				words++
			} else if !initialLinks[strings.ToLower(w)] || j+1 == len(fields) || !nameWord(fields[j+1]) {
				break
			}
			if strings.ContainsAny(fields[j], ",;:.!?)") {
				j++
				break
			}
		}
		if words >= 2 {
			out = append(out, initialRun{i, j, letters})
		}
		i = max(j, i+1)
	}
	return out
}

// nameWord reports whether a field is a word starting with a capital
// letter and written in letters (not "N.B." or "EU", which are initials).
func nameWord(f string) bool {
	f = strings.Trim(f, "\"“”‘’'(),;:.!?")
	r := []rune(f)
	if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.ToUpper(f) == f || functionWords[strings.ToLower(f)] {
		return false // "The" of "The Court of Appeal" gives no letter
	}
	for _, c := range r {
		if !unicode.IsLetter(c) && c != '-' {
			return false
		}
	}
	return true
}

// initialsOf returns an abbreviation's letters, lower-cased ("N.B." and
// "NB" give "nb"), or "" for a word that is not one: two to five capitals,
// with or without dots.
func initialsOf(f string) string {
	f = strings.TrimRight(strings.Trim(f, "\"“”‘’'(),;:!?"), ".")
	letters := strings.ReplaceAll(f, ".", "")
	r := []rune(letters)
	if len(r) < 2 || len(r) > 5 || strings.ToUpper(letters) != letters {
		return ""
	}
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return ""
		}
	}
	return strings.ToLower(letters)
}

// articleInitials maps the initials of the article's capitalised runs to
// the runs' terms ("eu": "european", "union"), and the article's
// abbreviations to their own term ("nb": "nb").
func articleInitials(a *article.Article) (runs, abbrs map[string][]string) {
	runs, abbrs = map[string][]string{}, map[string][]string{}
	for _, p := range a.Paragraphs {
		if p.Kind == article.Boilerplate {
			continue
		}
		fields := strings.Fields(p.Text)
		for _, r := range capitalRuns(fields) {
			if _, ok := runs[r.initials]; !ok {
				runs[r.initials] = retrieval.Terms(strings.Join(fields[r.from:r.to], " "))
			}
		}
		for _, f := range fields {
			if in := initialsOf(f); in != "" {
				abbrs[in] = retrieval.Terms(f)
			}
		}
	}
	return runs, abbrs
}

// initialNames returns, for a claim's fields, the fields that name by
// initials something the article names in full, or in full something the
// article names by initials, with the article's terms for each.
func (e *Engine) initialNames(fields []string) map[int][]string {
	e.vocab.initialsOnce.Do(func() { e.vocab.runInitials, e.vocab.abbrInitials = articleInitials(e.art) })
	out := map[int][]string{}
	for i, f := range fields {
		if in := initialsOf(f); in != "" && !e.vocab.words[fuzzy.Fold(strings.Trim(f, "\"“”‘’'(),;:!?"))] {
			if ts, ok := e.vocab.runInitials[in]; ok {
				out[i] = ts
			}
		}
	}
	for _, r := range capitalRuns(fields) {
		if ts, ok := e.vocab.abbrInitials[r.initials]; ok {
			for k := r.from; k < r.to; k++ {
				out[k] = ts
			}
		}
	}
	return out
}

// initialMatches lets a claim's name by initials stand for the article's
// name in full and the other way round (see initialNames).
func (e *Engine) initialMatches(c *claimInfo, text string) {
	for k, ts := range e.initialNames(strings.Fields(text)) {
		for _, ct := range retrieval.Terms(strings.Fields(text)[k]) {
			i := indexOf(c.terms, ct)
			if i < 0 {
				continue
			}
			if c.anchorSyn == nil {
				c.anchorSyn = map[string][]string{}
			}
			for _, t := range ts {
				c.matches[t] |= 1 << i
				// A place named by initials anchors the claim where the
				// article names it the other way (see anchorNear).
				c.anchorSyn[ct] = append(c.anchorSyn[ct], t)
			}
		}
	}
}

// claimPlace is vocabulary.place for a claim the gate checks, with the
// irregular pairs English has ("polish" and "poland", "west" and
// "western", see lexicon.PlaceForms) read both ways: the article's word
// for the other of the pair. Questions keep place alone: a question's
// "Portuguese varieties" of an article that names none is still a name to
// doubt (with the pairs in vocabulary.place, blind11 answered one such
// unanswerable question).
func (v *vocabulary) claimPlace(word string) string {
	for _, f := range lexicon.PlaceForms(word) {
		if v.words[f] {
			return f
		}
	}
	return v.place(word)
}
