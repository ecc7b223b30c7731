// Relations a claim adds to the facts its words share with a passage: a
// cause the passage does not give, and an act its paragraph says the
// claim's subject did not do.

package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// causeClaim matches the words by which a claim gives a cause. "Due to"
// is left out: "due to meet in April" gives none.
var causeClaim = regexp.MustCompile(`(?i)\b(because|caused|causes|causing|owing to|thanks to|as a result|resulted in|results in|led to|leads to)\b`)

// causeStated reports whether a window uses a word that states or implies
// a cause (lexicon.CauseEvidence).
func (ix *evidenceIndex) causeStated(window []int) bool {
	for _, id := range window {
		for _, w := range ix.sents[id].words {
			if lexicon.CauseEvidence.Has(w) {
				return true
			}
		}
	}
	return false
}

// quotedReason reports whether the window holds a quotation of more than
// one sentence, or consecutive quoted sentences of one speaker: a speaker
// gives a reason by the sentence after ("I did not want to make a
// memorial. … The people who worked here are still in the town"; "stay
// there," said the mayor. "The causeway is under water"), which a claim
// reports with "because".
func (e *Engine) quotedReason(window []int) bool {
	open, stop := false, false
	for k, id := range window {
		if k > 0 && open {
			return true // the quotation runs on into the next sentence
		}
		for _, r := range e.art.Sentences[id].Text {
			switch {
			case r == '“':
				open = true
			case r == '”':
				open = false
			case r == '"':
				open = !open
			case open && stop && unicode.IsUpper(r):
				return true // a sentence inside the quotation
			}
			if r != ' ' {
				stop = r == '.' || r == '!' || r == '?'
			}
		}
	}
	return e.sameSpeaker(window)
}

// sameSpeaker reports whether two or more window sentences are all quoted
// from one speaker.
func (e *Engine) sameSpeaker(window []int) bool {
	if len(window) < 2 {
		return false
	}
	var who []string
	for k, id := range window {
		sp := e.quotes.SpeakersIn(id)
		if len(sp) == 0 {
			return false
		}
		if k == 0 {
			who = sp
			continue
		}
		if !slices.ContainsFunc(sp, func(s string) bool { return slices.Contains(who, s) }) {
			return false
		}
	}
	return true
}

// deniedNearby reports whether another sentence of the window's paragraph
// names the claim's subject (or refers to it) and negates a word the
// positive claim says of it: "Farrow has not said how he will vote" beside
// "a committee chaired by Farrow is scheduled to vote" does not let
// "Farrow has said he will vote for the bill" pass on the second alone.
// mask holds the claim's terms the window matched.
func (e *Engine) deniedNearby(c *claimInfo, window []int, mask uint64) bool {
	if c.negated || c.subject == "" || len(window) == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	var names uint64
	for _, m := range c.nameMasks {
		names |= m
	}
	said := mask &^ names &^ c.negMask
	for _, s := range e.art.SentencesOf(e.art.Sentences[window[0]].Para) {
		if slices.Contains(window, s.ID) || !slices.Contains(ix.sents[s.ID].names, c.subject) {
			continue
		}
		neg := c.matched(-1-s.ID, ix.sents[s.ID].negTerms)
		pos := c.matched(posKey-s.ID, ix.sents[s.ID].posTerms)
		if neg&^pos&said != 0 {
			return true
		}
	}
	return false
}

// swappedName reports whether the window has, right before or after a
// word the claim has beside one of its capitalised words, another
// capitalised word where the claim's is missing: "the Lutovian
// delegation had threatened" for "the Dravenian delegation threatened".
// Own words rephrase common words, not who: a model that swaps one of the
// article's proper nouns for another borrows it from elsewhere in the
// article, so it passes every lexical check. missed holds the claim's
// terms the window lacks in any form.
func (e *Engine) swappedName(c *claimInfo, window []int, missed uint64) bool {
	if missed == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	return c.swappedBeside(ix, window,
		func(m capitalWord) bool {
			i := indexOf(c.terms, m.term)
			// A month or weekday is a figure, checked in any form
			// ("January 19" for "Jan. 19") by the figure check.
			return m.capital && !m.initial && len(m.term) >= minSwapLen && i >= 0 && missed&(1<<i) != 0 && !calendarTerms[m.term]
		},
		func(_, h capitalWord) bool {
			return h.capital && !h.initial && len(h.term) >= minSwapLen && c.matches[h.term] == 0
		})
}

// swappedBeside reports whether a window sentence has, right beside a
// word that matches the claim's neighbour of one of its words m (those
// picked), another word h where the claim has m (swapped(m, h)): the
// frame of the claim with one word exchanged. Both the swapped name and
// the swapped member of a closed class are found this way.
func (c *claimInfo) swappedBeside(ix *evidenceIndex, window []int, picked func(m capitalWord) bool, swapped func(m, h capitalWord) bool) bool {
	if c.capitals == nil {
		c.capitals = capitalSequence(c.text)
	}
	seq := c.capitals
	for k, m := range seq {
		if !picked(m) {
			continue
		}
		for _, d := range []int{-1, 1} {
			if k+d < 0 || k+d >= len(seq) {
				continue
			}
			n := indexOf(c.terms, seq[k+d].term)
			if n < 0 {
				continue
			}
			for _, id := range window {
				s := ix.sents[id].capitals
				for p := range s {
					if p+d >= 0 && p+d < len(s) && swapped(m, s[p]) && c.matches[s[p+d].term]&(1<<n) != 0 {
						return true
					}
				}
			}
		}
	}
	return false
}

// minSwapLen is the shortest term swappedName compares: the letters of
// "U.S." are not names.
const minSwapLen = 3

// capitalWord is a word of a text that has a term, and whether it is
// capitalised and opens its sentence.
type capitalWord struct {
	term             string
	capital, initial bool
}

// capitalSequence returns the words of a text that have a term, in order.
func capitalSequence(text string) []capitalWord {
	var out []capitalWord
	first := true
	for _, f := range strings.Fields(text) {
		for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			r, _ := utf8.DecodeRuneInString(w)
			if ts := retrieval.Terms(strings.ToLower(w)); len(ts) == 1 {
				out = append(out, capitalWord{ts[0], unicode.IsUpper(r), first})
			}
			first = false
		}
		if strings.ContainsAny(f[len(f)-1:], ".!?") {
			first = true
		}
	}
	return out
}

// swappedRoles reports whether the window has the claim's first verb only
// right after another person the claim names, never after its subject:
// "Ida Berg beat Tomas Holm" does not say "Tomas Holm beat Ida Berg",
// nor "Stenholt Industries cut its own forecast" that
// "Corvane cut its forecast a week after Stenholt". Who did what is in
// the order of the words, which a bag of words does not see.
func (e *Engine) swappedRoles(c *claimInfo, window []int) bool {
	if c.verb < 0 || len(c.names) < 2 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	var subj, others uint64
	for k, n := range c.names {
		if n == c.subject {
			subj |= c.nameMasks[k]
		} else {
			others |= c.nameMasks[k]
		}
	}
	others &^= subj
	if subj == 0 || others == 0 {
		return false
	}
	swapped := false
	for _, id := range window {
		seq := ix.sents[id].capitals
		for p := range seq {
			if c.matches[seq[p].term]&(1<<c.verb) == 0 {
				continue
			}
			before := uint64(0)
			if p > 0 {
				before = c.matches[seq[p-1].term]
			}
			switch {
			case before&others != 0 && before&subj == 0:
				swapped = true
			default:
				return false // the subject's, or someone the claim does not name
			}
		}
	}
	return swapped
}

// claimVerb returns, for a claim that opens with its subject, the index
// among its terms of the first term after the subject's name that is not a name, a figure or a meta word
// ("said" says nothing of who did what), or -1.
func claimVerb(c *claimInfo, text string) int {
	if c.subject == "" {
		return -1
	}
	var subj, names uint64
	for k, n := range c.names {
		names |= c.nameMasks[k]
		if n == c.subject {
			subj |= c.nameMasks[k]
		}
	}
	seen := false
	for k, t := range retrieval.Terms(text) {
		i := indexOf(c.terms, t)
		if k == 0 && (i < 0 || subj&(1<<i) == 0) && !lexicon.IsTitleWord(t) {
			return -1 // the claim does not open with its subject
		}
		if i < 0 {
			if metaWords[t] && seen {
				return -1
			}
			continue
		}
		if subj&(1<<i) != 0 {
			seen = true
			continue
		}
		if !seen {
			continue
		}
		if names&(1<<i) != 0 || figureTerm(t) {
			return -1
		}
		return i
	}
	return -1
}
