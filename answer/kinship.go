package answer

import (
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// Questions about someone through their relation to a person of the
// article: "How old is Keane's father?", "What was the goalkeeper's
// father's job?". The relative, not the person, is what they ask about:
// the person's own age is no answer, and a sentence that speaks of the
// relative ("Keane's father, a retired plumber, …", "Her father …") is
// about whom they ask even when it never names the person. In an
// interview transcript the relation is often in the interviewer's question
// ("Q: What did your father do?") and the answer below it never says it
// again, so the question paragraph before a labelled answer counts as the
// answer's context.

// relationAsked returns the role or family noun a question reaches
// through a possessive ("father" in "Keane's father", "the club's
// doctor"), or "".
func relationAsked(q string) string {
	rel, _ := relationOf(q)
	return rel
}

// relationOf returns relationAsked's noun and the possessor's word as the
// question writes it ("Keane", "goalkeeper").
func relationOf(q string) (rel, owner string) {
	noun, owner := possessed(q)
	if !lexicon.IsRole(noun) {
		return "", ""
	}
	return noun, owner
}

// possessed returns the noun after a question's first possessive other
// than a pronoun ("ban" in "Keane's ban", "father" in "Keane's father's
// job") and the possessor's word, or "" and "".
func possessed(q string) (noun, owner string) {
	ws := strings.Fields(q)
	for i := 0; i+1 < len(ws); i++ {
		if !possessiveWord(ws[i]) || possessivePronoun(ws[i]) {
			continue
		}
		next := strings.ToLower(trimWord(ws[i+1]))
		if strings.HasSuffix(next, "'s") || strings.HasSuffix(next, "’s") {
			next = next[:strings.LastIndexAny(next, "'’")]
		}
		w := trimWord(ws[i])
		if k := strings.LastIndexAny(w, "'’"); k > 0 {
			w = w[:k] // "Keane's", not "the workers'" (trimmed already)
		}
		return next, w
	}
	return "", ""
}

// relativeFirst moves to the front, in their order, the hits whose
// sentence speaks of the asked relative through a possessive: "Her
// father, a ceramicist, …" or "Keane's father …" for "What did Keane's
// father do?", whose words ("do") the sentence seldom shares. A named
// possessor must be the question's; "the goalkeeper's father" takes any.
func relativeFirst(q string, hits []retrieval.Hit) []retrieval.Hit {
	rel, owner := relationOf(q)
	if rel == "" {
		return hits
	}
	named := owner != strings.ToLower(owner)
	var first, rest []retrieval.Hit
	for _, h := range hits {
		if speaksOfRelative(h.Chunk.Text, rel, owner, named) {
			first = append(first, h)
		} else {
			rest = append(rest, h)
		}
	}
	if len(first) == 0 {
		return hits
	}
	return append(first, rest...)
}

// speaksOfRelative reports whether text has the relation noun right after
// a possessive: a pronoun ("her", "my", "your"), the owner's name, or any
// name when the owner is not named.
func speaksOfRelative(text, rel, owner string, named bool) bool {
	ws := strings.Fields(text)
	for i := 1; i < len(ws); i++ {
		if strings.ToLower(trimWord(ws[i])) != rel {
			continue
		}
		p := trimWord(ws[i-1])
		switch strings.ToLower(p) {
		case "her", "his", "their", "my", "your":
			return true
		}
		if possessiveWord(p) && (!named || strings.HasPrefix(p, owner)) {
			return true
		}
	}
	return false
}

// possessivePronoun reports whether w is "her", "his", "their" or "its":
// a question's "his father" refers back to someone a follow-up resolves.
func possessivePronoun(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ",.;:!?")) {
	case "her", "his", "their", "its":
		return true
	}
	return false
}

// relativeKept reports whether a candidate can answer a question that
// asks about a relative: it is the relative's speaker's sentence, or the
// relation is near it (relationNear), or the question asks about no
// relative.
func (e *Engine) relativeKept(f focus, c candidate) bool {
	rel := f.wants.relation
	return rel == "" || c.speaker || e.relationNear(rel, c)
}

// aboutRelative reports whether a candidate is about what a question
// reaches through a person's possessive, a relative or a thing ("Keane's
// father", "Keane's ban"): the noun is near it and its sentence or a
// neighbour names the person ("Her father …" after a sentence about
// Keane, an answer under Keane's label, the committee's refusal to cut
// the ban beside "Keane declined to comment"), though the sentence itself
// does not.
func (e *Engine) aboutRelative(f focus, c candidate) bool {
	noun := f.wants.noun
	if noun == "" || !e.relationNear(noun, c) {
		return false
	}
	near := c
	near.terms = e.paragraphTerms(c)
	return f.aboutEntity(near)
}

// relationNear reports whether a candidate's context speaks of the asked
// relation: its sentence, the sentence before it in the paragraph, or
// the interviewer's question when the paragraph is a labelled answer.
func (e *Engine) relationNear(rel string, c candidate) bool {
	ts := retrieval.Terms(rel)
	if len(ts) != 1 {
		return true
	}
	if c.terms[ts[0]] {
		return true
	}
	if id := c.sent.ID - 1; id >= 0 && e.art.Sentences[id].Para == c.sent.Para && termSet(e.art.Sentences[id].Text)[ts[0]] {
		return true
	}
	if p, ok := e.askedBefore(c.sent.Para); ok {
		return termSet(p)[ts[0]]
	}
	return false
}

// relativeIn reports whether a sentence speaks of someone by a family or
// role noun after a possessive ("Keane's father", "Her brother"): a
// person, for a "who" question.
func relativeIn(s string) bool {
	ws := strings.Fields(s)
	for i := 0; i+1 < len(ws); i++ {
		if possessiveWord(ws[i]) && lexicon.IsRole(strings.ToLower(trimWord(ws[i+1]))) {
			return true
		}
	}
	return false
}

// relativeSubject reports whether a sentence is about someone's relative
// rather than the person: it opens with a possessive and a family or role
// noun ("Carter's brother Earl died of pneumonia", "Her uncle, a miner,
// was killed at the pit in 1951") and refers to no one else by a pronoun,
// so nothing in it is said of the possessor. "His wife said he died at
// home" is about him; "Carter's brother Earl …" is about Earl when the
// question asks about Earl (names holds the asked person's name terms).
func relativeSubject(s string, names map[string]bool) bool {
	ws := strings.Fields(s)
	if len(ws) < 3 || !possessiveWord(ws[0]) || !lexicon.IsRole(strings.ToLower(trimWord(ws[1]))) {
		return false
	}
	for _, w := range ws[2:min(len(ws), 5)] {
		if ts := retrieval.Terms(trimWord(w)); len(ts) == 1 && names[ts[0]] {
			return false
		}
	}
	for _, w := range ws[2:] {
		switch strings.ToLower(trimWord(w)) {
		case "he", "she", "him", "her", "his", "hers", "they", "them", "their":
			return false
		}
	}
	return true
}
