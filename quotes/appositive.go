package quotes

import (
	"slices"
	"strings"

	"articlebot/lexicon"
)

// namedAfterOwner returns the person a sentence opening with a possessive
// pronoun at k names in apposition to the noun after it, when that person
// is of the pronoun's sex: "Her landlord of many years, Ada Lim, 64,
// said …" is about Ada Lim first and only then about whom "her" means, so
// a "she said" after it is Ada Lim's. Else nil: "Her husband, Luis Vidal,
// joined her" leaves the sentence about her.
func (b *builder) namedAfterOwner(p *para, k int, sex byte) *entity {
	toks := p.toks
	n := k + 1
	// The noun and what qualifies it, in lower case: "landlord of many
	// years", "colleague from the depot".
	for ; n < len(toks) && n <= k+8 && toks[n].sent == toks[k].sent && toks[n].isWord() && !toks[n].capital(); n++ {
	}
	if n == k+1 || n >= len(toks) || !toks[n].is(",") {
		return nil
	}
	n++
	mi := -1
	for j := n; j < len(toks) && j <= n+3 && mi < 0; j++ {
		mi = int(p.mentAt[j]) // past a title: "Madam Ada Lim"
	}
	if mi < 0 {
		return nil
	}
	m := p.ments[mi]
	if m.runLo != n || m.ent == nil || m.ent.kind != Person || m.ent.gender != sex {
		return nil
	}
	if m.hi < len(toks) && !toks[m.hi].is(",") {
		return nil // the name is the noun's object, not set off: "Her talk, Ada Lim said"
	}
	return m.ent
}

// roleBeforeName reports whether the lower-case word at j is a role, or
// the first of two role words, written before a name as a title is:
// "says co-author Ines Ruiz", "said team captain Ana Berg", "said defence
// lawyer Tom Hale".
func roleBeforeName(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+1 && toks[k].isWord() && toks[k].sent == toks[j].sent; k++ {
		t := toks[k]
		if t.capital() || lexicon.FunctionWords.Has(t.lower()) {
			return false
		}
		if (lexicon.IsRole(t.text) || personNoun(t)) && k+1 < len(toks) && toks[k+1].isWord() && toks[k+1].capital() {
			return true
		}
	}
	return false
}

// memberReporting returns the person whose reported speech holds the
// speech verb at v when its subject is the organisation org and the
// person speaks for it: in "Its general secretary, Ana Ruiz, said the
// union had written to the minister “again and again”" the words in marks are
// hers, the union being hers to speak for. Else nobody.
func (b *builder) memberReporting(p *para, lo, v int, org *entity) who {
	if org == nil || org.kind != Organisation {
		return who{}
	}
	for u := lo; u < v; u++ {
		if _, ok := speechVerb(p.toks, u, true); !ok {
			continue
		}
		w, _, st := b.subject(p, lo, u)
		if st != found || w.ent == nil || w.ent.kind != Person {
			return who{}
		}
		for _, r := range w.ent.rels {
			if r.owner == org {
				return w
			}
		}
		return who{}
	}
	return who{}
}

// bodyDescribed reports whether an unnamed source is a body described by
// a definite noun for organisations: "the ministry", "the company".
func bodyDescribed(g string) bool {
	det, noun, ok := strings.Cut(g, " ")
	return ok && det == "the" && !strings.Contains(noun, " ") && lexicon.IsOrgNoun(noun)
}

// pronounWho resolves "he", "she", "it" or "they" in sentence sent as
// pronoun does; "it" or "they" with no organisation before it goes to the
// body the article did not name that was quoted last: "The ministry said
// it was “…”. They described it as “…”".
func (b *builder) pronounWho(sent int, w string) who {
	g := b.lastQuote.generic
	body := lexicon.OrgPronouns.Has(w) && g != "" && b.lastQuote.ent == nil && bodyDescribed(g)
	if body && slices.Contains(b.bySentence[sent-1], g) && b.sentOrg[sent-1] == nil {
		return who{generic: g} // the body spoke in the sentence before
	}
	if e := b.pronoun(sent, w); e != nil {
		return who{ent: e}
	}
	if body {
		return who{generic: g}
	}
	return who{}
}

// afterOpening finds the subject of the speech verb at v described after
// an opening phrase no comma closes: "At the interval a man in the seat
// next to me said “…”", "During the second act a woman near the aisle
// said". The description starts at the first "a" or "an" that follows a
// word of the phrase.
func (b *builder) afterOpening(p *para, lo, v int) (who, status) {
	toks := p.toks
	if v-lo < 4 || !toks[lo].isWord() || !lexicon.Prepositions.Has(toks[lo].lower()) {
		return who{}, none
	}
	for k := lo + 2; k < v && k <= lo+6; k++ {
		t := toks[k]
		if !t.isWord() || t.quote >= 0 {
			return who{}, none
		}
		if w := t.lower(); (w == "a" || w == "an") && !lexicon.Prepositions.Has(toks[k-1].lower()) && !lexicon.FunctionWords.Has(toks[k-1].lower()) {
			w, _, st := b.described(p, k, v)
			return w, st
		}
	}
	return who{}, none
}

// namedAfterDescription returns the person named right after the comma at
// c that ends a description after an inverted speech verb, when the name
// ends the clause: "“…,” said another judge, Ann Lee." The name, not the
// description, is the speaker, as before the verb ("Another judge, Ann
// Lee, said").
func (b *builder) namedAfterDescription(p *para, c int) (who, bool) {
	toks := p.toks
	if c+1 >= len(toks) || !toks[c].is(",") || toks[c+1].sent != toks[c].sent {
		return who{}, false
	}
	mi := p.mentAt[c+1]
	if mi < 0 {
		return who{}, false
	}
	m := p.ments[mi]
	if m.runLo != c+1 || m.ent == nil || m.ent.kind != Person || toks[m.hi-1].poss || !endsClause(toks, m.hi) {
		return who{}, false
	}
	return who{ent: m.ent}, true
}
