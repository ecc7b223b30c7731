package quotes

import (
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// sourceHead returns the head noun of a description that opens with the
// indefinite at k and names an unnamed source, within five words: a
// generic source noun ("official", "insider") or a noun followed by "who";
// else the last of a run of nouns WordNet knows only as a person's ("a
// senior figure", "a long-serving member"), person then true; else -1.
func sourceHead(p *para, k int) (int, bool) {
	toks := p.toks
	last := -1
	for h := k + 1; h < len(toks) && h < k+6 && toks[h].isWord() && toks[h].sent == toks[k].sent; h++ {
		w := toks[h].lower()
		if p.mentAt[h] >= 0 && p.ments[p.mentAt[h]].ent != nil && p.ments[p.mentAt[h]].ent.kind == Person || lexicon.Prepositions.Has(w) {
			break
		}
		if lexicon.Generics.Has(w) && !strings.HasSuffix(w, "s") || !toks[h].capital() && whoFollows(toks, h, len(toks)) {
			return h, false
		}
		if toks[h].capital() {
			continue // "a senior Valdorian official"
		}
		if toks[h].poss || toks[h].quote >= 0 || lexicon.FunctionWords.Has(w) {
			if last >= 0 {
				break
			}
			continue
		}
		if jobNoun(fuzzy.Fold(w)) {
			last = h
		} else if last >= 0 {
			break // "a senior figure": a run of nouns ends at its head
		}
	}
	if last >= 0 {
		return last, true
	}
	return -1, false
}

// placeQualifier returns where a short place or body after the head noun
// at head ends when the clause's verb follows it: "a senior figure at
// Denholm disputed that", "one insider at the authority was blunter". The
// qualifier is a preposition and a name, or a preposition, "the" and one
// or two nouns; else the description ends after the head.
func placeQualifier(p *para, head int) int {
	toks := p.toks
	k := head + 1
	if k+1 >= len(toks) || !toks[k].isWord() || !lexicon.PlacePrepositions.Has(toks[k].lower()) && !toks[k].is("at") {
		return head + 1
	}
	k++
	end := -1
	if mi := p.mentAt[k]; mi >= 0 && p.ments[mi].runLo == k && !toks[p.ments[mi].hi-1].poss {
		end = p.ments[mi].hi
	} else if toks[k].is("the") {
		n := k + 1
		for n < len(toks) && n < k+3 && toks[n].isWord() && !toks[n].capital() && toks[n].quote < 0 &&
			lexicon.Noun(fuzzy.Fold(toks[n].text)).Noun && !lexicon.Copulas.Has(toks[n].lower()) && !lexicon.Auxiliaries.Has(toks[n].lower()) {
			n++
		}
		if n > k+1 {
			end = n
		}
	}
	if end < 0 || end >= len(toks) || toks[end].sent != toks[head].sent || !toks[end].isWord() || toks[end].capital() {
		return head + 1
	}
	return end
}

// apposedSource reads an indefinite description set off by commas right
// after the head noun at head, before the verb at v: "Another insider, a
// senior figure at Wexley, said". It returns the description's name and
// head noun.
func apposedSource(p *para, head, v int) (string, string, bool) {
	toks := p.toks
	k := head + 2
	if k >= v || !toks[head+1].is(",") || !toks[v-1].is(",") || !toks[k].isWord() || !lexicon.Indefinites.Has(toks[k].lower()) {
		return "", "", false
	}
	h, _ := sourceHead(p, k)
	if h < 0 || h >= v-1 {
		return "", "", false
	}
	end := setOffQualifier(toks, h, v)
	if end == h+1 {
		end = h + 1
		if q := qualifierEnd(toks, h, v-1); q > end {
			end = q
		}
	}
	if end != v-1 && end != h+1 && !toks[end].is("who") {
		return "", "", false // a relative clause may close it: "a driver at the depot who asked not to be named,"
	}
	return describe(toks[k].text, phrase(toks, k+1, end)), fuzzy.Fold(toks[h].text), true
}

// closingComma returns the comma that closes an apposition opened by the
// comma at c, within ten tokens of its sentence, or -1.
func closingComma(toks []token, c int) int {
	if c >= len(toks) || !toks[c].is(",") {
		return -1
	}
	for k := c + 1; k < len(toks) && k <= c+10 && toks[k].sent == toks[c].sent; k++ {
		if toks[k].is(",") {
			return k
		}
		if !toks[k].isWord() || toks[k].quote >= 0 {
			return -1
		}
	}
	return -1
}

// oneOf reads a subject that is one of a group, named by the description
// set off after it: "One of the union's members, a porter at the city
// hospital who asked not to be named, said" is "a porter at the city
// hospital". The clause [lo, v) opens with "one of"; the description
// opens with an indefinite article after the comma at cut, and keeps its
// place ("at the city hospital") but not its relative clause.
func (b *builder) oneOf(p *para, lo, cut, v int) (who, bool) {
	toks := p.toks
	if lo+1 >= cut || !toks[lo].isWord() || toks[lo].lower() != "one" || !toks[lo+1].is("of") {
		return who{}, false
	}
	k := cut + 1
	if k >= v || !toks[k].isWord() || !lexicon.Indefinites.Has(toks[k].lower()) || toks[k].lower() == "one" {
		return who{}, false
	}
	h, _ := sourceHead(p, k)
	if h < 0 || h >= v {
		return who{}, false
	}
	end := h + 1
	for end < v && toks[end].isWord() && toks[end].quote < 0 && !toks[end].is("who") && !toks[end].is("which") && !toks[end].is("that") && !personAt(p, end) {
		end++
	}
	if end > h+1 && !lexicon.Prepositions.Has(toks[h+1].lower()) {
		end = h + 1
	}
	name := describe(toks[k].text, phrase(toks, k+1, end))
	b.addUnnamed(unnamedSource{name: name, head: fuzzy.Fold(toks[h].text), at: int(toks[k].start)})
	return who{generic: name}, true
}

// personAt reports whether token k belongs to a person's name.
func personAt(p *para, k int) bool {
	mi := p.mentAt[k]
	return mi >= 0 && p.ments[mi].ent != nil && p.ments[mi].ent.kind == Person
}

// personBeforeWho returns the head of an indefinite description that no
// list knows as a role but that "who" shows is a person: "a welder who has
// worked there for 20 years", "a cleaner, who asked not to be named". The
// head is one of at most three lower-case words from first; else -1.
func personBeforeWho(toks []token, first, v int) int {
	for h := first; h < v && h < first+3; h++ {
		t := toks[h]
		if !t.isWord() || t.capital() || t.quote >= 0 || t.poss || lexicon.FunctionWords.Has(t.lower()) {
			return -1
		}
		n := h + 1
		if n < v && toks[n].is(",") {
			n++
		}
		if n < v && toks[n].is("who") {
			return h
		}
	}
	return -1
}

// qualifiesSource reports whether the name starting at token i only
// qualifies a description of a person before it, after a preposition: "a
// security guard at Larkspur Towers, who asked not to be named, said",
// "a nurse at St Brigid's Hospital said". What follows the name (a
// relative clause, an apposition, the verb) is the described person's,
// not the name's; "spoke to Tom Berg, who said" has a verb, not a
// person's noun, before its preposition.
func qualifiesSource(toks []token, i int) bool {
	if i < 2 || !toks[i-1].isWord() || !lexicon.Prepositions.Has(toks[i-1].lower()) {
		return false
	}
	n := toks[i-2]
	return n.isWord() && !n.capital() && n.quote < 0 && !n.poss && n.sent == toks[i].sent &&
		(lexicon.IsRole(n.text) || jobNoun(fuzzy.Fold(n.text)))
}

// pastDashOpener returns where a sentence starts after an opener closed by
// a dash, of three tokens at most, before v: a live blog's time ("9.40am
// — A driver at the depot said"), a dateline ("DUNEDIN — A senior official
// said"). Else lo.
func pastDashOpener(toks []token, lo, v int) int {
	for k := lo + 1; k < v && k <= lo+3; k++ {
		if toks[k].is("—") || toks[k].is("–") {
			return k + 1
		}
		if !toks[k].isWord() && !toks[k].is(".") {
			break
		}
	}
	return lo
}
