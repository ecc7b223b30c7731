package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// hint is what a mention seems to name, from its words and context.
type hint uint8

const (
	unknown hint = iota // a capitalised name that may be a place
	person
	organisation
)

// mention is a name found in a paragraph. Indexes refer to the paragraph's
// tokens: [lo, hi) is the name itself, runLo the start of its run of
// capitals including any title ("Mayor", "Dr.").
//
// The one-byte fields are kept together: with padding after each, a
// mention was 136 bytes, and a 4.5 MB article has about 83,000, which
// the resolver's passes read over and over.
type mention struct {
	runLo, lo, hi int
	post          int    // the mention's last tokens are post-nominal letters ("KC", "MBE"), no words of the name
	title         string // the title dropped before the name, if any
	gen           string // "senior" or "junior" after the name, or "the elder" or "the younger" before it, while a namesake carries it in its name
	nick          nick   // a nickname in quotation marks inside or after the name
	ent           *entity
	hint          hint
	speaks        bool // the subject of a speech verb or the source after "according to"
	initial       bool // the first word of its sentence
	pronounNext   bool // "he", "she", "his" or "her" comes next, before any other name
	itsNext       bool // "its" comes next, before any other name
	genAfter      bool // the mention's last token is gen, which is no word of the name
	senior        int8 // the seniority mark read with gen (+1 elder, -1 younger), kept when gen is dropped
}

// words returns the mention's name words.
func (m *mention) words(toks []token) []string {
	return m.appendWords(make([]string, 0, m.hi-m.lo), toks)
}

// appendWords appends the mention's name words to out: the resolver asks
// for them for most mentions, several times, and reads them only while it
// looks a name up, so they can be kept in a buffer on its stack.
func (m *mention) appendWords(out []string, toks []token) []string {
	for k, t := range toks[m.lo:m.hi] {
		if m.nick.inside(m.lo+k) || m.genAfter && m.lo+k == m.hi-1 || m.lo+k >= m.hi-m.post {
			continue
		}
		if t.poss && t.plural() && m.lo+k < m.hi-1 {
			out = append(out, t.text+t.pluralMark()) // "Dockers' Union", "Shepherds’ Association"
			continue
		}
		out = append(out, t.text)
	}
	return out
}

// word returns words(toks)[k] without making the list: the resolver asks
// for one word of every mention.
func (m mention) word(toks []token, k int) string {
	if m.nick.lo > m.lo && m.lo+k >= m.nick.lo {
		k += m.nick.hi - m.nick.lo
	}
	if t := toks[m.lo+k]; t.poss && t.plural() && m.lo+k < m.hi-1 {
		return t.text + t.pluralMark()
	}
	return toks[m.lo+k].text
}

// findMentions appends to out the names in a paragraph's tokens: runs of
// capitalised words, split at titles, stripped of words that start
// sentences, and told apart as people, organisations or unknown names by
// their words and by the words around them. run is scratch space for the
// mentions of one run (classify); out holds only the paragraph's own
// mentions, which lettersAfterComma reads.
func findMentions(out []mention, toks []token, run *[]mention) []mention {
	for i := 0; i < len(toks); {
		if !toks[i].capital() && !(lexicon.Particles.Has(toks[i].text) && capitalAhead(toks, i)) || lettersAfterComma(toks, out, i) {
			i++
			continue
		}
		j := runEnd(toks, i)
		if dateline(toks, i, j) || shouted(toks, i, j) || commonAcronym(toks, i, j) {
			i = j
			continue
		}
		ms := classify((*run)[:0], toks, i, j)
		*run = ms
		if len(ms) > 0 {
			j = nickname(toks, &ms[len(ms)-1], j)
			j = namesakeWord(toks, &ms[len(ms)-1], j)
			postNominals(toks, &ms[len(ms)-1])
		}
		for _, m := range ms {
			if m.hint == organisation && m.runLo == i && m.lo == i && i > 0 && dottedAcronym(toks[i-1]) && toks[i-1].sent == toks[i].sent {
				// "U.S. Consumer Product Safety Commission": the
				// country's initials belong to the organisation's name.
				m.runLo, m.lo = i-1, i-1
			}
			if m.lo < m.hi {
				m.initial = sentenceInitial(toks, m.lo)
				context(toks, &m)
				out = append(out, m)
			}
		}
		i = j
	}
	return out
}

// postNominals notes the letters of honours, degrees and ranks that end a
// person's name ("Ruth Addo KC", "Dr Amara Selby PhD", "Peter Linwood OBE
// MBE"; lexicon.PostNominal): they stay in the mention, so a speech verb
// after them is still the name's, but are no words of the name, which is
// then the same person's as the bare "Addo" and "Ruth Addo". The name
// must be a person's: a title before it or two words or more that name
// no organisation ("Siemens AG" keeps its letters, and a club's "FC" is
// an organisation's head).
func postNominals(toks []token, m *mention) {
	if m.hint == organisation || m.genAfter || m.nick.lo > m.lo {
		return
	}
	n := 0
	for k := m.hi - 1; k > m.lo && postNominalAfter(toks[k].text, toks[m.lo].text) && !lexicon.OrgHeads.Has(toks[k].text) && !lexicon.OrgWords.Has(toks[k].text); k-- {
		n++
	}
	if n == 0 || m.hint != person && m.hi-n-m.lo < 2 {
		return
	}
	m.post, m.hint = n, person
}

// classify appends to dst the mentions of the run [lo, hi).
func classify(dst []mention, toks []token, lo, hi int) []mention {
	runLo := lo
	for lo < hi && (lexicon.SentenceStarters.Has(toks[lo].text) || lexicon.Temporal.Has(toks[lo].text)) {
		lo++
	}
	for hi > lo && (lexicon.Temporal.Has(toks[hi-1].text) || toks[hi-1].text == "of" || lexicon.Connectors.Has(toks[hi-1].text)) {
		hi--
	}
	if lo >= hi {
		return dst
	}
	if legalPrefixed(toks[lo:hi]) { // "PT Sumber Jaya Abadi" is a company, not a person with a title
		return append(dst, mention{runLo: runLo, lo: lo, hi: hi, hint: organisation})
	}
	// A run that ends with an organisation head is an organisation even if
	// it starts with a title word: "Justice Ministry". An office whose
	// portfolio is a body is none: "Member of Parliament".
	if hi-lo >= 2 && lexicon.OrgHeads.Has(toks[hi-1].text) && !(hi-lo == 3 && lexicon.IsTitleWord(toks[lo].text) && officeOf(toks, lo+1)) {
		return append(dst, mention{runLo: runLo, lo: lo, hi: hi, hint: organisation})
	}
	// Titles alone name no one ("Chief Financial Officer"), and a title
	// ends no name ("Stephen King").
	allTitles := true
	for k := lo; k < hi && allTitles; k++ {
		allTitles = isTitleWord(toks, k) || k == lo && lexicon.IsTitleWord(toks[k].text) && officeOf(toks, k+1)
	}
	if allTitles {
		return dst
	}
	// The last title splits the run: the name is after it, and what comes
	// before ("European Commission", "French") is a run of its own. A role
	// noun capitalised at the start of the run acts as a title too
	// ("Engineer Laura Finch").
	last := -1
	for k := lo; k < hi-1; k++ {
		// "Local MP Joanna Fry", "Former Ambassador …": a role adjective
		// may open the run before the role noun.
		lead := k == lo || k == lo+1 && lexicon.RoleAdjectives.Has(strings.ToLower(toks[lo].text))
		if isTitleWord(toks, k) || (lead && lexicon.IsTitleWord(toks[k].text)) {
			last = k
		}
	}
	if last == lo && hi-lo == 2 && givenNotTitle(toks, lo, hi) {
		last = -1
	}
	if last >= 0 {
		first := last
		for first > lo && (isTitleWord(toks, first-1) || officeLink(toks[first-1]) ||
			first-1 == lo && lexicon.RoleAdjectives.Has(strings.ToLower(toks[lo].text))) {
			first--
		}
		if first > lo && lo >= 2 && officeLink(toks[lo-1]) && toks[lo-2].capital() && lexicon.IsTitleWord(trimDot(toks[lo-2].text)) {
			first = lo // "Minister for Rural Roads Ratu Ana Lee": the words before her honorific are the portfolio
		}
		dst = classify(dst, toks, lo, first)
		t := last
		if last > first && lexicon.Emeritus(toks[last].text) {
			t = last - 1 // "Professor Emerita Ann Lee" is a professor
		}
		title := trimDot(toks[t].text)
		if one, ok := lexicon.SingularTitle(title); ok {
			title = one // "Justices Ann Lee, Tom Berg and …": each a Justice
		}
		return append(dst, mention{runLo: first, lo: last + 1, hi: hi, hint: person, title: title})
	}
	m := mention{runLo: runLo, lo: lo, hi: hi}
	switch {
	case isOrg(toks[lo:hi]):
		m.hint = organisation
	case runLo > 0 && toks[runLo-1].isWord() && lexicon.IsRole(toks[runLo-1].text):
		m.hint = person
	case hi-lo > 1 && runLo == lo && !lexicon.CommonGivenName(toks[lo].text) && bodyNamed(toks, lo):
		m.hint = organisation // "the charity Green Moor Kids"; "the firm Ann Lee founded" is a clause
	case hi-lo == 1 && runLo > 0 && toks[runLo-1].isWord() && !toks[runLo-1].capital() && lexicon.OrgNouns.Has(toks[runLo-1].text) &&
		(hi >= len(toks) || !toks[hi].isWord()):
		// "Dutch group Havenkraft,", "the insurer Corvane.": a kind of
		// organisation before a one-word name set off by punctuation
		// ("a practice Marchetti rejects" is a clause about a person).
		m.hint = organisation
	}
	return append(dst, m)
}

// isTitleWord reports whether token k is a title, or the "of" or the
// portfolio of an office ("Secretary of State", "Director of Highways").
func isTitleWord(toks []token, k int) bool {
	t := toks[k]
	if officeLink(t) {
		return officeOf(toks, k)
	}
	if t.text == "the" && k >= 1 && officeLink(toks[k-1]) {
		return officeOf(toks, k-1)
	}
	if !t.capital() {
		return false
	}
	return lexicon.Titles.Has(trimDot(t.text)) || lexicon.CompoundTitle(t.text) || lexicon.PluralTitle(t.text) || officePortfolio(toks, k) || abbreviatedTitle(toks, k) ||
		k+1 < len(toks) && officeOf(toks, k+1) // "MEC for Roads"
}

// isOrg reports whether the words name an organisation: a head after a
// name (White House) or before one (Center for Strategic Studies), a
// one-word organisation (Kremlin) or an acronym (NATO).
func isOrg(toks []token) bool {
	for i, t := range toks {
		if lexicon.OrgWords.Has(t.text) {
			return true
		}
		if lexicon.OrgHeads.Has(t.text) && (i > 0 || len(toks) > 2 && lexicon.Connectors.Has(toks[1].text)) {
			return true
		}
		if i > 0 && (t.text == "and" || t.text == "&") {
			return true // a run joins names by "and" only inside a body's name (runEnd): "Valley Gas and Heat"
		}
	}
	if len(toks) >= 3 && toks[len(toks)-2].text == "of" && commonOf(toks, 0, len(toks)-2) ||
		len(toks) >= 4 && toks[len(toks)-3].text == "of" && commonOf(toks, 0, len(toks)-3) {
		return true // "Chamber of Commerce", "Federation of Small Businesses"
	}
	return len(toks) == 1 && isAcronym(toks[0].text) || legalSuffixed(toks) // "Brimfoss hf."
}

func isAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 || lexicon.NotAcronyms.Has(w) || lexicon.Expand(strings.ToLower(w)) != nil {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func trimDot(s string) string { return strings.TrimSuffix(s, ".") }

// sentenceInitial reports whether token i is the first word of its sentence.
func sentenceInitial(toks []token, i int) bool {
	for j := i - 1; j >= 0 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].isWord() {
			return false
		}
	}
	return true
}

// dottedAcronym reports whether t is capital initials with periods:
// "U.S.", "U.K.", "E.U.".
func dottedAcronym(t token) bool {
	if !t.isWord() || t.quote >= 0 || !strings.Contains(t.text, ".") {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(t.text, "."), ".") {
		if len(part) != 1 || part[0] < 'A' || part[0] > 'Z' {
			return false
		}
	}
	return true
}
