package quotes

import (
	"strconv"
	"strings"

	"articlebot/lexicon"
)

// leadRole reads a news lead that describes its subject before naming
// them: "Rescuers found a climber missing on Hollin Crag since Friday,
// …", and the paragraph after it opens with the name, "Tobias Renwick,
// 27, …", given an age as news identifies its subject (an official
// quoted next, "Insp. Jane Roe said", is no one's subject). The description ("climber missing on Hollin Crag since
// Friday") becomes a role of the person who opens either of the next
// two paragraphs, so "the missing climber" finds him. The lead's first
// sentence must name no person, and no one else may already be described
// by the description's noun.
func (b *builder) leadRole() {
	if len(b.paras) < 2 {
		return
	}
	lead := b.paras[0]
	for _, m := range lead.ments {
		if m.ent != nil && m.ent.kind == Person && lead.toks[m.lo].sent == lead.toks[0].sent {
			return
		}
	}
	desc, head := leadDescription(lead.toks)
	if desc == "" {
		return
	}
	for _, e := range b.rs.people {
		if e.headed(head) {
			return
		}
	}
	for _, p := range b.paras[1:min(3, len(b.paras))] {
		if len(p.ments) == 0 {
			continue
		}
		m := p.ments[0]
		if m.ent != nil && m.ent.kind == Person && m.initial && m.runLo == 0 && m.title == "" && p.toks[m.lo].quote < 0 && agedAfter(p.toks, m.hi) {
			m.ent.addRole(desc)
			return
		}
	}
}

// leadDescription finds in the first sentence of toks a description of
// one person by an indefinite article, at most two lower-case modifiers
// and a noun for a person, with what follows it up to a comma or a
// clause's verb: "a climber missing on Hollin Crag since Friday evening".
// It returns the description without its article and its noun.
func leadDescription(toks []token) (string, string) {
	sent := toks[0].sent
	for i := 0; i < len(toks) && toks[i].sent == sent; i++ {
		if !toks[i].is("a") && !toks[i].is("an") {
			continue
		}
		for h := i + 1; h < len(toks) && h <= i+3 && toks[h].isWord() && !toks[h].capital() && toks[h].quote < 0; h++ {
			w := toks[h].lower()
			if lexicon.FunctionWords.Has(w) || lexicon.Prepositions.Has(w) {
				break
			}
			if !isHead(Person, w) && !nounKind(w).Person {
				continue
			}
			end := h + 1
			for end < len(toks) && end < h+8 && toks[end].isWord() && toks[end].sent == sent && toks[end].quote < 0 {
				if e := toks[end].lower(); e == "and" || e == "who" || e == "which" || e == "that" || end > h+1 && strings.HasSuffix(e, "ed") && !toks[end].capital() {
					break // "… since Saturday widened the search": the clause's verb
				}
				end++
			}
			return phrase(toks, i+1, end), w
		}
	}
	return "", ""
}

// agedAfter reports whether an age set off by commas follows a name
// ending at hi: "Tobias Renwick, 27,".
func agedAfter(toks []token, hi int) bool {
	return hi+2 < len(toks) && toks[hi].is(",") && isNumber(toks[hi+1].text) && toks[hi+2].is(",")
}

// personAge reports whether a number is an age a person may be: 1 to 120,
// not a year ("Lagos, 2019,").
func personAge(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 120
}

// agedOne reports whether an unresolved one-word name is a person's name
// by what is set off after it: an age, as news names children ("Tobias,
// 8, said …"), or a description of a person, as news names those who go
// by one name ("Tumenbat, a 61-year-old fisherman, said …"; see
// personDescribedAfter). Not a body that speaks, whatever the capital that
// opens the sentence.
func agedOne(r mref) bool {
	m := r.m()
	if !r.single() || r.quoted() {
		return false
	}
	return agedAfter(r.p.toks, m.hi) && personAge(r.p.toks[m.hi+1].text) || personDescribedAfter(r.p.toks, m.hi)
}

// personDescribedAfter reports whether an apposition after a name ending
// at hi describes a person: a comma, "a" or "an", and within three
// lower-case words an age ("a 58-year-old") or a role noun that no body
// is called ("a nurse", "an electrician", not "a builder" or "a maker").
func personDescribedAfter(toks []token, hi int) bool {
	if hi+2 >= len(toks) || !toks[hi].is(",") || !toks[hi+1].is("a") && !toks[hi+1].is("an") {
		return false
	}
	for h := hi + 2; h < len(toks) && h <= hi+4; h++ {
		t := toks[h]
		if !t.isWord() || t.capital() || t.quote >= 0 {
			return false
		}
		if yearsOld(t) != "" {
			return true
		}
		w := t.lower()
		if lexicon.FunctionWords.Has(w) || lexicon.Prepositions.Has(w) {
			return false
		}
		if lexicon.IsRole(w) && !lexicon.IsOrgNoun(w) {
			return true
		}
	}
	return false
}
