package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// A deed given to someone else: "Ana Ruiz read the statement" cited to
// "Counsel, Tom Bell, read a statement written by Ana Ruiz". Every word and
// name of the claim is in the source, so coverage and the name check pass;
// only the subject of the verb differs. A claim that opens with a name and
// its verb is not supported by a window whose every active use of that
// verb has another name for its subject, while the claim's name is there
// in another part. Measured on `eval --gate`: inventions shown blind5
// 9→8/56, own-words citations kept unchanged in every group; without the
// person, relative-clause and apposition rules, a city for its government
// ("Lisbon welcomed" for "the ministry welcomed"), a relative clause that
// ends in a name ("Ruiz, who teaches at the University of Tollen, said")
// and an apposition of two commas cost own-words citations in tuned,
// blind8, blind10 and blind11.
// A pronoun or a common noun before the verb ("she read",
// "the lawyer read") may be the claim's person: those uses decide nothing.

// claimDoer returns the words of the name a claim opens with and the
// token of the verb after it (past auxiliaries), or nil. "The" before the
// name and "of" inside it are kept ("The Bank of Tollen"); a name with an
// apposition or a possessive ("Ruiz's lawyer") gives none.
func claimDoer(text string) (name []string, verb string) {
	toks := strings.Fields(text)
	i := 0
	if i < len(toks) && strings.EqualFold(toks[i], "the") {
		i++
	}
	for ; i < len(toks); i++ {
		t := toks[i]
		if upperToken(t) && !strings.ContainsAny(t, ",;:’'") {
			if w := doerWord(t); w != "" {
				name = append(name, w)
			}
			continue
		}
		if len(name) > 0 && (t == "of" || t == "for") && i+1 < len(toks) && upperToken(toks[i+1]) {
			continue
		}
		break
	}
	if len(name) == 0 {
		return nil, ""
	}
	for ; i < len(toks) && (lexicon.Auxiliaries.Has(toks[i]) || toks[i] == "will" || toks[i] == "would"); i++ {
	}
	if i >= len(toks) || passiveBefore(toks, i) {
		return nil, ""
	}
	w := strings.ToLower(trimWord(toks[i]))
	if w == "" || upperToken(toks[i]) || !slices.ContainsFunc(append([]string{w}, lexicon.BaseForms(w)...), lexicon.MostlyVerb) {
		return nil, ""
	}
	return name, w
}

// upperToken reports whether a token opens with a capital letter.
func upperToken(tok string) bool { return isCapital(strings.TrimLeft(tok, "\"“‘'(")) }

// doerWord returns a name token folded for comparison, or "" for a title
// ("Dr.", "Sgt.") or a function word.
func doerWord(tok string) string {
	if strings.HasSuffix(tok, ".") && len(tok) <= 5 {
		return ""
	}
	w := strings.ToLower(trimWord(tok))
	if len([]rune(w)) < 3 || lexicon.FunctionWords.Has(w) {
		return ""
	}
	return w
}

// relativeWords open a relative clause: between a subject and its verb
// ("Ana Ruiz, who chairs the board, said"), or between a figure and the
// word it must stand beside (measure.go's sameClause).
var relativeWords = map[string]bool{"who": true, "whose": true, "whom": true, "which": true, "where": true, "that": true}

// subjectName returns the name words of the subject that ends at token k
// (subjectBefore's): the capitalised run there, across "and", "of", "for"
// and "the" ("Ruiz and Bell", "Counsel for the State"); past a relative
// clause, the name before it; after an apposition, every name of it
// ("Counsel, Tom Bell, read"). Nil when the subject is no name (a pronoun, a common
// noun, a word the article writes in lower case elsewhere).
func subjectName(toks []string, k int, lower map[string]bool) []string {
	if k < 0 {
		return nil
	}
	if !strings.HasSuffix(toks[k], ",") {
		return nameRun(toks, k, lower)
	}
	// An apposition may take more than one comma ("Ana Ruiz, director
	// at Lestrade, the largest estate, said"): every segment back to the
	// clause's start is the subject, up to a relative clause.
	var out []string
	for end, n := k, 0; end >= 0 && n < 4; n++ {
		j := end - 1
		for j >= 0 && !strings.HasSuffix(toks[j], ",") {
			j--
		}
		if relativeWords[strings.ToLower(trimWord(toks[j+1]))] {
			return append(out, nameRun(toks, j, lower)...)
		}
		out = append(out, nameRun(toks, end, lower)...)
		end = j
	}
	return out
}

// nameRun returns the name words of the capitalised run ending at token
// k (see subjectName).
func nameRun(toks []string, k int, lower map[string]bool) []string {
	if k < 0 || !upperToken(toks[k]) {
		return nil
	}
	var out []string
	for j := k; j >= 0; j-- {
		t := toks[j]
		if j < k && strings.HasSuffix(t, ",") {
			break
		}
		switch {
		case upperToken(t):
			if w := doerWord(t); w != "" && !lower[w] {
				out = append(out, w)
			}
		case t == "and" || t == "of" || t == "for" || t == "the":
		default:
			return out
		}
	}
	return out
}

// personNamed reports whether one of a claim's name words names a person
// in the article: a given name, or a word the article writes right after
// one ("Tom Bell" for "Bell"). A place or a body ("Brussels said") may
// stand for the people who act for it, so only people are compared.
func (e *Engine) personNamed(name []string) bool {
	for _, w := range name {
		if lexicon.GivenName(w) {
			return true
		}
	}
	for _, s := range e.art.Sentences {
		toks := strings.Fields(s.Text)
		for i := 1; i < len(toks); i++ {
			if slices.Contains(name, doerWord(toks[i])) && upperToken(toks[i-1]) && lexicon.GivenName(strings.ToLower(trimWord(toks[i-1]))) {
				return true
			}
		}
	}
	return false
}

// deedSwapped reports whether the window gives the claim's deed to
// someone else (see the comment above claimDoer).
func (e *Engine) deedSwapped(c *claimInfo, window []int) bool {
	name, verb := claimDoer(c.text)
	if name == nil {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	name = slices.DeleteFunc(name, func(w string) bool { return ix.lower[w] })
	if len(name) == 0 || !memo(c, "personNamed", func(string) bool { return e.personNamed(name) }) {
		return false
	}
	named := false
	for _, id := range window {
		for _, t := range strings.Fields(e.art.Sentences[id].Text) {
			named = named || slices.Contains(name, doerWord(t))
		}
	}
	other := false
	all := e.activeUses(window, verb, func(toks []string, i, k int) bool {
		if k >= 0 && strings.EqualFold(trimWord(toks[k]), "it") {
			return true // a thing does it: neither the claim's person nor another
		}
		subj := subjectName(toks, k, ix.lower)
		if len(subj) == 0 || slices.ContainsFunc(subj, func(w string) bool { return slices.Contains(name, w) }) {
			return false // the claim's doer, or one that may be
		}
		other = true
		return true
	})
	return all && other && named
}

// activeUses calls f for each active use of a claim's verb in the window's
// sentences, with the sentence's words (toks), the verb's index (i) and its
// subject's (k, from subjectBefore; -1 for none). A gerund, a passive, a
// verb followed by "by" and the word used as a noun are no active use. f
// returns false to stop, and activeUses then returns false.
func (e *Engine) activeUses(window []int, verb string, f func(toks []string, i, k int) bool) bool {
	forms := verbTerms(verb)
	for _, id := range window {
		toks := strings.Fields(e.art.Sentences[id].Text)
		for i, tok := range toks {
			w := strings.ToLower(trimWord(tok))
			ts := retrieval.Terms(w)
			if len(ts) != 1 || !forms[ts[0]] || strings.HasSuffix(w, "ing") || passiveBefore(toks, i) || byAfter(toks, i) || nounUse(toks, i, verb) {
				continue
			}
			if !f(toks, i, subjectBefore(toks, i)) {
				return false
			}
		}
	}
	return true
}
