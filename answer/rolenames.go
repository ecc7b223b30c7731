// Roles as names: "the governor" in a claim is the person the article
// calls the governor.

package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// roleNames adds to a claim's names the people it names only by a role
// the article gives one person ("the governor said", "the coach of the
// visitors"): the quotes index resolves the role as it does for a
// question, and the claim's role words become that name's words. A window
// that names the person, quotes her or opens with her pronoun then holds
// the claim's "governor" as surely as it would hold her surname; a window
// about someone else fails the name check, as a wrong name would. Roles
// the index cannot pin on one person stay plain words (and anchors).
func (e *Engine) roleNames(c *claimInfo, text string) {
	roleTerms, offices := map[string]bool{}, map[string]bool{}
	described := map[string][]string{} // role term: the words describing it
	roleWord := map[string]string{}    // role term: its description ("defence barrister")
	words := strings.Fields(text)
	for i, f := range words {
		w := strings.ToLower(strings.Trim(f, ".,;:!?()[]\"“”‘’'"))
		if !lexicon.IsRole(w) && !lexicon.Offices.Has(w) || !definiteBefore(words, i) {
			continue
		}
		for _, t := range retrieval.Terms(w) {
			roleTerms[t] = true
			offices[t] = lexicon.Offices.Has(w)
			described[t] = describers(words, i)
			roleWord[t] = description(words, i)
		}
	}
	if len(roleTerms) == 0 {
		return
	}
	for _, n := range e.quotes.Named(text) {
		if slices.Contains(c.names, n) {
			continue
		}
		sp, ok := e.quotes.Lookup(n)
		if !ok || len(sp.Roles) == 0 {
			continue
		}
		var mask, office uint64
		for rt := range roleTerms {
			// A role the index pins on her though the article writes
			// it otherwise: "the prosecutor" for an assistant U.S.
			// attorney, "the spokesman" for a spokesperson.
			if i := indexOf(c.terms, rt); i >= 0 && e.rolePinned(roleWord[rt], sp.Name) {
				mask |= 1 << i
				if offices[rt] {
					office |= 1 << i
				}
			}
		}
		for _, r := range sp.Roles {
			for _, rt := range retrieval.Terms(r) {
				if !roleTerms[rt] {
					continue
				}
				if i := indexOf(c.terms, rt); i >= 0 {
					mask |= 1 << i
					if offices[rt] {
						office |= 1 << i
					}
					for _, d := range described[rt] {
						if k := indexOf(c.terms, d); k >= 0 && roleHas(sp.Roles, d) {
							mask |= 1 << k
						}
					}
				}
			}
		}
		if mask == 0 {
			continue
		}
		if c.roleMasks == nil {
			c.roleMasks = map[string]uint64{}
		}
		c.roleMasks[n] = mask
		c.names = append(c.names, n)
		// Only an office opens a claim as surely as a name does: the
		// article may call one rower "the stroke" and the claim call
		// another so, whom the article calls the bow.
		if c.subject == "" && e.opensWithRole(text, office, c) {
			c.subject = n
		}
	}
}

// rolePinned reports whether the quotation index, asked for "the ROLE"
// (with the words that describe it: "the defence barrister"), finds the
// person named name and no one else.
func (e *Engine) rolePinned(role, name string) bool {
	m := e.quotes.Find("the " + role)
	return len(m.Speakers) == 1 && m.Speakers[0].Name == name
}

// description returns the role word at i with the words between it and
// the definite or possessive word that opens its description, lower-cased:
// "defence barrister" in "the defence barrister".
func description(words []string, i int) string {
	lo := i
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := strings.ToLower(strings.Trim(words[k], ",;:()\"“”‘’"))
		if lexicon.Definites.Has(p) || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") || lexicon.FunctionWords.Has(p) {
			break
		}
		lo = k
	}
	return strings.ToLower(strings.Trim(strings.Join(words[lo:i+1], " "), ".,;:!?()[]\"“”‘’'"))
}

// definiteBefore reports whether the role word at i is one person: a
// definite or possessive word opens its description within the two words
// before it ("the governor", "the club's head coach", "Marlowe's lawyer"),
// and it is not a plural ("the lawmakers").
func definiteBefore(words []string, i int) bool {
	w := strings.ToLower(strings.Trim(words[i], ".,;:!?()[]\"“”‘’'"))
	for _, b := range lexicon.BaseForms(w) {
		if w == b+"s" || w == b+"es" {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := strings.ToLower(strings.Trim(words[k], ",;:()\"“”‘’"))
		if lexicon.Definites.Has(p) || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
			return true
		}
		if lexicon.FunctionWords.Has(p) {
			return false
		}
	}
	return false
}

// opensWithRole reports whether a claim's first few words hold one of the
// role terms of mask, not as a possessor ("the governor's aide").
func (e *Engine) opensWithRole(text string, mask uint64, c *claimInfo) bool {
	head := strings.Fields(text)
	head = head[:min(len(head), subjectWords)]
	for _, f := range head {
		w := strings.ToLower(strings.Trim(f, ".,;:!?()[]\"“”‘’'"))
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			continue
		}
		for _, t := range retrieval.Terms(w) {
			if i := indexOf(c.terms, t); i >= 0 && mask&(1<<i) != 0 {
				return true
			}
		}
	}
	return false
}

// roleAnchored reports whether the anchors a window's paragraph lacks are
// all role words of people the window itself names, quotes or refers to:
// "the governor said" is anchored in a paragraph that quotes her by name.
func (e *Engine) roleAnchored(c *claimInfo, window []int) bool {
	if len(c.roleMasks) == 0 {
		return false
	}
	inWindow, _, _ := e.namesAround(window)
	var held uint64
	for n, m := range c.roleMasks {
		if slices.Contains(inWindow, n) {
			held |= m
		}
	}
	para := e.art.Sentences[window[0]].Para
	for _, t := range c.anchors {
		if i := indexOf(c.terms, t); !e.anchorNear(c, t, para) && (i < 0 || held&(1<<i) == 0) {
			return false
		}
	}
	return true
}

// roleAbbreviation reports whether a capitalised word is the abbreviation
// of a role the article gives one person ("CFO" for its "Chief Financial
// Officer"): not a stranger to the article, though it never writes it.
func (e *Engine) roleAbbreviation(w string) bool {
	return lexicon.IsRole(strings.ToLower(w)) && len(e.quotes.Find(w).Speakers) == 1
}

// describers returns the terms of the words between a role word at i and
// the definite or possessive word that opens its description: "retired"
// in "the retired welder", "head" in "the club's head groundsman". The
// ones the article gives the person too (roleHas) are the person's words,
// as the role is: "the retired welder said" is credited by a window that
// quotes the woman the article calls a retired welder.
func describers(words []string, i int) []string {
	var out []string
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := strings.ToLower(strings.Trim(words[k], ",;:()\"“”‘’"))
		if lexicon.Definites.Has(p) || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") || lexicon.FunctionWords.Has(p) {
			break
		}
		out = append(out, retrieval.Terms(p)...)
	}
	return out
}

// roleHas reports whether one of a person's roles holds term t.
func roleHas(roles []string, t string) bool {
	for _, r := range roles {
		if containsStr(retrieval.Terms(r), t) {
			return true
		}
	}
	return false
}
