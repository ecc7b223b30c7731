package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// namesakeWord reads the mark that tells namesakes apart after mention m,
// which ends the run of capitals at j: "Frank Oduya senior", "Oduya
// junior", "Oduya snr". The word is no part of the name's words: it goes
// on m.gen (as "senior" or "junior") and m.senior, and the scan goes on
// after it. Before the name, "the elder Oduya" and "the younger Oduya"
// mean the same. A role noun after the word makes it an adjective ("Oduya
// senior adviser" is no namesake's). lexicon.Seniority is the one list of
// marks; namesake picks the person the mark means.
func namesakeWord(toks []token, m *mention, j int) int {
	if m.hint == organisation || m.hi != j {
		return j
	}
	if k := m.runLo; k >= 2 && toks[k-2].lower() == "the" && toks[k-1].sent == toks[k].sent {
		if w := toks[k-1].lower(); lexicon.MarkBefore(w) {
			// The run takes "the elder" in, as it takes a title: the
			// words before a speech verb are then the name alone.
			s := lexicon.Seniority(w)
			m.gen, _ = lexicon.Generation(s)
			m.senior, m.runLo = int8(s), k-2
		}
	}
	if s := suffixSeniority(toks[m.hi-1]); s != 0 && m.hi-m.lo >= 2 {
		// "Dale Ruiz Jr.", "Ruiz Sr. said": the abbreviation is written
		// capitalised, inside the run of the name, and means what the
		// word after it does.
		m.gen, _ = lexicon.Generation(s)
		m.senior, m.genAfter = int8(s), true
		return j
	}
	if j >= len(toks) || !toks[j].isWord() || toks[j].sent != toks[m.lo].sent || toks[j].quote != toks[m.lo].quote {
		return j
	}
	w := toks[j].lower()
	s := lexicon.Seniority(w)
	if s == 0 || lexicon.MarkBefore(w) {
		return j
	}
	if n := j + 1; n < len(toks) && toks[n].isWord() {
		if w := toks[n].lower(); lexicon.IsRole(w) || lexicon.RoleAdjectives.Has(w) || commonNoun(w) && !lexicon.FunctionWords.Has(w) {
			return j
		}
	}
	g, _ := lexicon.Generation(s)
	m.senior = int8(s)
	if n := j + 1; m.hi-m.lo < 2 && !(n < len(toks) && toks[n].isWord() && lexicon.SpeechVerbs.Has(toks[n].lower())) {
		// "Oduya senior, 54, who …": a surname alone keeps its word
		// for finding the namesake, and what follows the word stays
		// the sentence's; only a speech verb right after it ("Oduya
		// senior said") makes the word part of the subject.
		m.gen = g
		return j
	}
	m.gen, m.hi, m.genAfter = g, j+1, true
	return j + 1
}

// suffixSeniority returns the seniority of a capitalised abbreviation
// that ends a name ("Jr.", "Sr", "Snr"; lexicon.Seniority), else 0.
func suffixSeniority(t token) int {
	w := trimDot(t.text)
	if !t.capital() || len(w) > 3 || t.poss {
		return 0
	}
	return lexicon.Seniority(strings.ToLower(w))
}

// genName returns the name of mention m of a paragraph's tokens with its
// generation word: as the article writes it when it is an abbreviation
// inside the name ("Dale Ruiz Jr."), else the word ("Oduya senior").
func genName(toks []token, m *mention, name string) string {
	if m.genAfter && suffixSeniority(toks[m.hi-1]) != 0 {
		return name + " " + toks[m.hi-1].text
	}
	return withGeneration(name, m.gen)
}

// sameGeneration reports whether a mention written with generation g (or
// none) can name entity e. A full name without one never names a parent
// written with one ("Frank Oduya" is the son of "Frank Oduya senior"); a
// surname alone names anyone of that surname, and "the younger" names
// the one written without "senior".
func sameGeneration(g string, full bool, e *entity) bool {
	switch {
	case g == e.gen:
		return true
	case g == "junior":
		return e.gen == ""
	case g == "":
		return !full || e.gen == "junior"
	}
	return false
}

// withGeneration returns a name with its generation word after it.
func withGeneration(name, g string) string {
	if g == "" {
		return name
	}
	return name + " " + g
}

// generationForms returns the lookups of a person with a generation word:
// the surname with it ("Oduya senior") and each with its abbreviation
// ("Frank Oduya Sr", "Oduya Sr"), folded.
func generationForms(e *entity) [][]string {
	if e.gen == "" {
		return nil
	}
	_, abbr := lexicon.Generation(lexicon.Seniority(e.gen))
	full := fuzzy.Words(strings.Join(e.words, " "))
	sur := fuzzy.Words(strings.Join(surname(e.words), " "))
	var out [][]string
	for _, g := range []string{e.gen, strings.ToLower(abbr)} {
		out = append(out, append(append([]string(nil), full...), g), append(append([]string(nil), sur...), g))
	}
	return out
}

// elderLookup rewrites a lookup of one of two namesakes by age ("elder
// Oduya", "younger Oduya", the article already dropped) as the surname
// with its generation word ("oduya senior"); ok is false for any other.
func elderLookup(words []string) ([]string, string, bool) {
	if len(words) < 2 || !lexicon.MarkBefore(words[0]) {
		return nil, "", false
	}
	g, _ := lexicon.Generation(lexicon.Seniority(words[0]))
	rest := words[1:]
	for len(rest) > 1 && lexicon.Courtesy.Has(capitalise(rest[0])) {
		rest = rest[1:] // "the elder Mr Sallis"
	}
	return append(append([]string(nil), rest...), g), g, true
}

// capitalise returns w with its first letter upper-case.
func capitalise(w string) string {
	if w == "" {
		return w
	}
	r := []rune(w)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// byGeneration returns the people a surname lookup with generation g
// finds: those written with it, else the elder or younger the article's
// kin roles or ages tell apart, or for "junior" the namesakes written
// without "senior" when one with it exists.
func (ix *Index) byGeneration(words []string, g string) []*entity {
	if es := ix.byName(words); len(es) > 0 {
		return es
	}
	s := int8(lexicon.Seniority(g))
	sur := words[:len(words)-1]
	var told []*entity
	for _, e := range ix.speakers {
		// By kin roles or ages (markSeniority), whichever of them the
		// surname alone finds first.
		if e.seniority == s && slices.ContainsFunc(e.forms, func(f form) bool { return slices.Equal(f.words, sur) }) {
			told = append(told, e)
		}
	}
	if len(told) > 0 {
		return told
	}
	if g != "junior" {
		return nil
	}
	var out []*entity
	senior := false
	for _, e := range ix.byName(words[:len(words)-1]) {
		if e.gen == "senior" {
			senior = true
		} else if e.gen == "" {
			out = append(out, e)
		}
	}
	if !senior {
		return nil
	}
	return out
}

// pastNaming steps back from token c, just before a name, over "called",
// "named" or "also called" that name a relative after the role ("His son,
// also called Frank Oduya,"), to the comma before them; else it returns c.
func pastNaming(toks []token, c int) int {
	k := c
	if k < 0 || !toks[k].isWord() || toks[k].lower() != "called" && toks[k].lower() != "named" {
		return c
	}
	k--
	if k >= 0 && toks[k].isWord() && toks[k].lower() == "also" {
		k--
	}
	if k >= 0 && toks[k].is(",") {
		return k
	}
	return c
}

// keepGeneration drops the generation word of a surname written alone
// with it ("Oduya senior") when no person of that surname carries it:
// the article never named the parent in full, so the word picks no
// namesake and the surname resolves as any other.
func keepGeneration(r mref, full bool, cands []*entity) {
	m := r.m()
	if m.gen == "" || full || len(cands) == 0 {
		return
	}
	for _, e := range cands {
		if sameGeneration(m.gen, full, e) && e.gen != "" || m.gen == "junior" && e.gen == "" && slices.ContainsFunc(cands, func(o *entity) bool { return o.gen == "senior" }) {
			return
		}
	}
	m.gen = ""
}
