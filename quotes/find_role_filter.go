// Filters of a role lookup's candidates: the lookup's own word, a role
// noun only in the owner part of a description, a rank apart from its
// noun.

package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// inOwnWords narrows people who fit a role lookup equally to those the
// article describes with the lookup's own last word, before variants are
// made one (lexicon.CanonicalRole): "the solicitor" is the solicitor, not
// also the defence counsel, though both are lawyers; "the lawyer" stays
// both.
func inOwnWords(es []*entity, raw []string) []*entity {
	if len(es) < 2 || len(raw) == 0 {
		return es
	}
	w := raw[len(raw)-1]
	var own []*entity
	for _, e := range es {
		if slices.ContainsFunc(e.rels, func(r role) bool { return slices.Contains(fuzzy.Words(r.text), w) }) {
			own = append(own, e)
		}
	}
	if len(own) == 0 {
		return es
	}
	return own
}

// ownersOnly reports whether the role noun h is in e's descriptions only
// before a possessive, where it describes whose relative or colleague e
// is: "the new councillor's uncle".
func ownersOnly(e *entity, h string) bool {
	if h == "" {
		return false
	}
	seen := false
	for _, r := range e.rels {
		if !slices.Contains(r.terms, h) {
			continue
		}
		seen = true
		owner := ownerPrefix(r.text)
		if owner == "" || slices.Contains(roleTerms(strings.TrimPrefix(r.text, owner)), h) {
			return false
		}
	}
	return seen
}

// relativeAfter reports whether a relative or a noun for a person follows
// the head h in a role lookup's words: "the new MP's aunt" asks for the
// aunt, whose description holds the MP as its owner.
func relativeAfter(words []string, h string) bool {
	i := slices.Index(words, h)
	return i >= 0 && slices.ContainsFunc(words[i+1:], func(w string) bool { return lexicon.Kin.Has(w) || jobNoun(w) })
}

// rankedTogether reports whether a rank in a role lookup ("the former MP",
// lexicon.UnderRanks) stands in one of e's descriptions with the lookup's
// head noun: a former nurse who is now the first Green MP is no former MP.
func rankedTogether(e *entity, words []string) bool {
	h := roleHead(Person, words)
	for _, w := range words {
		if !lexicon.UnderRanks.Has(w) || h == "" {
			continue
		}
		if !slices.ContainsFunc(e.rels, func(r role) bool { return slices.Contains(r.terms, w) && slices.Contains(r.terms, h) }) {
			return false
		}
	}
	return true
}

// ownerPrefix returns the words of a description up to its first
// singular possessive, which says whose relative or colleague the entity
// is ("the new councillor's"), or "". A plural possessive is part of a
// name ("the Traders' Association chair"), and one after a preposition
// qualifies the description's head ("chair of the council's committee").
func ownerPrefix(s string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		if lexicon.Prepositions.Has(strings.ToLower(f)) {
			return "" // "chair of the council's committee": the council's committee
		}
		if strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") {
			return strings.Join(fields[:i+1], " ")
		}
	}
	return ""
}

// othersRole reports whether the role noun w stands in e's descriptions
// only after a preposition that follows their head: there it names
// someone else, whom the holder serves or is related to ("Special Adviser
// to the Governor" is no governor; "mother of the victim" no victim).
func othersRole(e *entity, w string) bool {
	if !lexicon.IsRole(w) {
		return false
	}
	seen := false
	for _, r := range e.rels {
		i := slices.Index(r.terms, w)
		if i < 0 {
			continue
		}
		h := slices.Index(r.terms, r.head)
		if h < 0 || h >= i || !slices.ContainsFunc(r.terms[h+1:i], lexicon.Prepositions.Has) {
			return false
		}
		seen = true
	}
	return seen
}

// ranAsOwner reports whether the folded lookup word w names an owner
// (lexicon.OwnerNouns) and e is the head of something it runs: "the shop
// owner" for "who runs a tackle shop".
func (e *entity) ranAsOwner(w string) bool {
	return lexicon.OwnerNouns.Has(w) && e.roleWords[lexicon.RoleOfVerb("runs")]
}
