// What a person is, swapped: "Kim Obi is a bus driver" cited to "Kim Obi,
// a retired nurse who chairs the tenants' group, said …". The name is
// there, and so are most of the words a claim of who she is rests on
// when the article uses "bus" or "driver" nearby; the coverage check can
// pass it though the article calls her something else.

package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/quotes"
	"articlebot/retrieval"
)

// identityClaim is a claim that says what someone is: a name (and perhaps
// an age or an apposition between commas), a form of "be", and a
// determiner or a possessive before the description ("is a retired
// nurse", "was the club's treasurer", "is one of the founders").
var identityClaim = regexp.MustCompile(`^(?:\p{Lu}\S*|van|von|der|den|de|da|del|la|le|al|bin|ibn)(?:\s+(?:\p{Lu}\S*|van|von|der|den|de|da|del|la|le|al|bin|ibn))*(?:,[^,]+,)?\s+(?:is|was|has\s+been|had\s+been|remains)\s+(?:a|an|the|its|his|her|their|one\s+of\s+(?:the|its|his|her|their)|\p{Lu}\S*(?:'s|’s))\s+(.+)$`)

// descriptionEnd are the words that end a description's noun phrase: a
// relative clause, a preposition, a conjunction.
var descriptionEnd = map[string]bool{"who": true, "that": true, "which": true, "whose": true, "at": true, "of": true,
	"in": true, "for": true, "on": true, "from": true, "with": true, "and": true, "but": true, "since": true, "to": true,
	"by": true, "until": true, "after": true, "before": true, "when": true, "where": true}

// descriptionTerms returns the terms of the noun phrase an identity
// claim gives its subject ("police officer" of "is a former police
// officer at the port"): after the determiner and any possessive, up to
// the first word that ends the phrase or a comma. None for a claim that
// says something else.
func descriptionTerms(text string) []string {
	m := identityClaim.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return nil
	}
	var words []string
	for _, w := range strings.Fields(m[1]) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") {
			words = words[:0] // the possessor: "the tenants' group's treasurer"
			continue
		}
		bare := strings.ToLower(strings.Trim(w, ".,;:!?\"“”‘’'()"))
		if descriptionEnd[bare] {
			break
		}
		words = append(words, bare)
		if strings.ContainsAny(w, ",;:.") {
			break
		}
	}
	return retrieval.Terms(strings.Join(words, " "))
}

// identitySwapped reports whether the claim says what its subject is in
// words that neither the window (have: the claim terms it holds in some
// form) nor any description the article gives that person holds, while
// the article does describe her: "a bus driver" for the woman it calls "a
// retired nurse". A person the article never describes is left to the
// other checks (her description may be in words the index does not read
// as a role), and so is a description whose every word the window or one
// of her descriptions gives ("the group's chair" for "chairs the group").
// A word of the claim's description that the window and her
// descriptions lack is also a swap when another word of it is in the
// window: the claim keeps the post and changes what kind it is ("a former
// prison officer" for the one it calls "a former customs officer"), which
// a gloss of a foreign title, all of it new words, does not.
func (e *Engine) identitySwapped(c *claimInfo, have uint64) bool {
	if c.subject == "" {
		return false
	}
	terms := memo(c, "descriptionTerms", descriptionTerms)
	if len(terms) == 0 {
		return false
	}
	sp, ok := e.quotes.Lookup(c.subject)
	if !ok || sp.Kind != quotes.Person || len(sp.Roles) == 0 {
		return false
	}
	var names uint64
	for _, m := range c.nameMasks {
		names |= m
	}
	for _, r := range sp.Roles {
		for _, t := range retrieval.Terms(r) {
			have |= c.matches[t]
		}
	}
	held := false // another word of the description is in the window
	for _, t := range terms {
		if i := indexOf(c.terms, t); i >= 0 && have&^names&(1<<i) != 0 {
			held = true
		}
	}
	for _, t := range terms {
		if i := indexOf(c.terms, t); i >= 0 && (names|have)&(1<<i) == 0 && (lexicon.Kin.Has(t) || e.othersRole(sp.Name, t) || held) {
			return true
		}
	}
	return false
}

// othersRole reports whether the article describes someone other than
// name with a word of term t ("engineer" for the one it calls "the lift
// engineer"): a description the article gives someone else is one it
// could have been taken from, while a word it gives no one may gloss a
// title the index does not read as a role (a word of another language
// for a post, glossed in English).
func (e *Engine) othersRole(name, t string) bool {
	for _, sp := range e.quotes.Speakers() {
		if sp.Name == name {
			continue
		}
		for _, r := range sp.Roles {
			if slices.Contains(retrieval.Terms(r), t) {
				return true
			}
		}
	}
	return false
}
