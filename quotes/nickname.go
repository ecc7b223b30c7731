package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// nick is a nickname in quotation marks written inside a name ("Tomas
// ‘The Hammer’ van der Meulen") or right after it ("Kevin Marsh ‘The
// Bullet’"). [lo, hi) are its tokens with their marks; a nickname inside
// a name lies inside the mention's [lo, hi), and its words are no part of
// the name.
type nick struct {
	lo, hi int
	name   string // the words inside the marks: "The Hammer"
}

// inside reports whether token k belongs to the nickname.
func (n nick) inside(k int) bool { return k >= n.lo && k < n.hi }

// size returns the number of the mention's tokens that are its name's
// words: a nickname inside the name and a generation word after it are
// left out.
func (m mention) size() int {
	n := m.hi - m.lo
	if m.nick.lo > m.lo && m.nick.lo < m.hi {
		n -= m.nick.hi - m.nick.lo
	}
	if m.genAfter {
		n--
	}
	return n - m.post
}

// maxNickWords is the most words a nickname may have: "The Flying
// Dutchman", "Big Jim". A longer span in marks is a title or a quotation.
const maxNickWords = 4

// nickname reads a nickname in quotation marks after mention m, which ends
// the run of capitals at j. A short capitalised span in marks, with no
// punctuation inside, that a person's name or title comes before and,
// without a break, either the rest of the name ("Tomas ‘The Hammer’ van
// der Meulen") or no capital after ("Kevin Marsh ‘The Bullet’ said")
// is the person's nickname: m grows over the rest of the name and notes
// the nickname. It returns where the caller's scan goes on: past the name
// and nickname, or j when there is none.
func nickname(toks []token, m *mention, j int) int {
	if m.hint == organisation || m.hi != j || j+2 >= len(toks) {
		return j
	}
	o := knownAs(toks, j)
	if !personLike(toks, *m) && !(o > j && toks[j].is("(")) {
		return j // "(nickname Boy)" after a name says it is a person's
	}
	if o > j {
		// "Kevin Marsh, known as ‘The Bullet’,": a nickname after the
		// name, set off.
		if k := nickEnd(toks, o); k > o {
			m.nick = nick{lo: o, hi: k + 1, name: nickWords(toks, o, k)}
			return k + 1
		}
		// "Jun Dizon, 57, better known to his neighbours as Mang Jun,":
		// a name of one to three capitalised words without marks, set
		// off, is a nickname too, and no second person.
		k := o
		for k < len(toks) && k < o+3 && toks[k].capital() && toks[k].sent == toks[o].sent && toks[k].quote == toks[o].quote {
			k++
		}
		if k > o && (k >= len(toks) || !toks[k].isWord() && !openMark(toks[k])) {
			m.nick = nick{lo: o, hi: k, name: phrase(toks, o, k)}
			return k
		}
		return j
	}
	if !openMark(toks[j]) {
		return j
	}
	k := nickEnd(toks, j)
	if k < 0 {
		return j
	}
	sent := toks[j].sent
	n := nick{lo: j, hi: k + 1, name: nickWords(toks, j, k)}
	after := k + 1
	if after < len(toks) && toks[after].isWord() && toks[after].sent == sent && toks[after].quote == toks[m.lo].quote &&
		(toks[after].capital() || lexicon.Particles.Has(toks[after].text) && capitalAhead(toks, after)) {
		end := runEnd(toks, after)
		if end < len(toks) && openMark(toks[end]) {
			return j
		}
		m.hi, m.nick = end, n
		return end
	}
	if m.hi-m.lo < 2 && m.title == "" {
		return j // "Marsh ‘Bullet’": a surname alone may be a work's author
	}
	m.nick = n
	return k + 1
}

// knownAs returns the token after ", known as" (or ", nicknamed", ",
// dubbed", or the same after an opening bracket, "(nickname") at j, or j when there is none: the opening mark of a nickname,
// or its first capitalised word. An age may come first (", 57,"), an
// adverb before "known" ("better known", "affectionately known") and a
// short phrase after it ("known in the village as", "known to
// friends as").
func knownAs(toks []token, j int) int {
	if j+2 >= len(toks) || !toks[j].is(",") && !toks[j].is("(") { // "Ann Lee (nickname Tiny)"
		return j
	}
	k := j + 1
	if k+1 < len(toks) && isNumber(toks[k].text) && toks[k+1].is(",") {
		k += 2 // ", 57,"
	}
	if k < len(toks) && (strings.HasSuffix(toks[k].lower(), "ly") || toks[k].lower() == "better" || toks[k].lower() == "also") {
		k++
	}
	switch {
	case k < len(toks) && toks[k].lower() == "known":
		as := k + 1
		for as < len(toks) && as <= k+5 && toks[as].isWord() && toks[as].sent == toks[k].sent && toks[as].lower() != "as" {
			as++
		}
		if as >= len(toks) || toks[as].lower() != "as" || as > k+1 && !lexicon.Prepositions.Has(toks[k+1].lower()) {
			return j
		}
		k = as + 1
	case k < len(toks) && (toks[k].lower() == "nicknamed" || toks[k].lower() == "nickname" || toks[k].lower() == "dubbed"):
		k++
	default:
		return j
	}
	if k < len(toks) && toks[k].sent == toks[j].sent && (openMark(toks[k]) || toks[k].capital()) {
		return k
	}
	return j
}

// nickEnd returns the closing mark of a nickname whose opening mark is at
// j: one to maxNickWords words in its sentence, capitalised but for "the"
// and "of". It returns -1 for any other span.
func nickEnd(toks []token, j int) int {
	sent := toks[j].sent
	k, capitals := j+1, 0
	for ; k < len(toks) && toks[k].isWord() && toks[k].sent == sent && k-j-1 < maxNickWords; k++ {
		switch {
		case toks[k].capital():
			capitals++
		case toks[k].lower() == "the" || toks[k].lower() == "of":
		default:
			return -1
		}
	}
	if capitals == 0 || k >= len(toks) || !closeMark(toks[k]) {
		return -1
	}
	return k
}

// nickWords returns the words between the marks at j and k.
func nickWords(toks []token, j, k int) string {
	words := make([]string, 0, k-j-1)
	for _, t := range toks[j+1 : k] {
		words = append(words, t.text)
	}
	return strings.Join(words, " ")
}

// personLike reports whether a mention can carry a nickname: a title or a
// known first name opens it.
func personLike(toks []token, m mention) bool {
	return m.title != "" || m.hint == person || lexicon.GivenName(toks[m.lo].text)
}

func openMark(t token) bool {
	return t.kind != word && strings.ContainsAny(t.text, "‘“'\"")
}

func closeMark(t token) bool {
	return t.kind != word && strings.ContainsAny(t.text, "’”'\"")
}

// addNick records a nickname the article gives the entity.
func (e *entity) addNick(n string) {
	if n != "" && !slices.Contains(e.nicks, n) {
		e.nicks = append(e.nicks, n)
	}
}

// nickForms returns the folded words of each nickname without a leading
// "the", which Find drops from a lookup ("The Hammer" is looked up as
// "hammer"), and the last of two words when it is no common word.
func nickForms(e *entity) [][]string {
	var out [][]string
	for _, n := range e.nicks {
		w := fuzzy.Words(n)
		for len(w) > 1 && w[0] == "the" {
			w = w[1:]
		}
		out = append(out, w)
		if len(w) == 2 && !lexicon.Noun(w[1]).Noun && !lexicon.FunctionWords.Has(w[1]) {
			// "Mang Jun", "Big Jim": the name in a nickname of two
			// words goes alone too, but not a common word ("Big Man").
			out = append(out, w[1:])
		}
	}
	return out
}

// nicknameSpan reports whether a quoted span is a nickname rather than
// speech: a short capitalised span between the parts of a name ("Lena
// ‘Lightning’ Morales", "Tomas ‘The Hammer’ van der Meulen"), or after
// "known as" ("Kevin Marsh, known as ‘The Bullet’"). prev are the words
// before it in its clause.
func nicknameSpan(text string, s span, inner string, prev []string) bool {
	// Counted before they are split: most spans are speech, far longer.
	if n := fieldCount(inner); n == 0 || n > maxNickWords || strings.ContainsAny(lastRune(inner), ".,!?;:…") {
		return false
	}
	if knownAsBefore(lastWords(text[:s.open], 8)) {
		// "known as", "known in the village as", "known to its fans as
		// the": what follows is a name, its small words in lower case
		// too ("the Lions of the Valley", "Estrela do Sul").
		return true
	}
	words := strings.Fields(inner)
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "the" && w != "of" {
			return false
		}
	}
	before := text[:s.open]
	if !strings.HasSuffix(before, " ") {
		return false
	}
	last := lastFields(before, 2)
	if len(last) == 0 || !nameWord(last[len(last)-1]) {
		return false
	}
	if len(last) >= 2 && nameWord(last[len(last)-2]) {
		return true // "Kevin Marsh ‘The Bullet’ said": after a full name
	}
	after := firstFields(text[s.closeEnd:], 2)
	if !strings.HasPrefix(text[s.closeEnd:], " ") || len(after) == 0 {
		return false
	}
	next := after[0]
	if lexicon.Particles.Has(next) && len(after) > 1 {
		next = after[1]
	}
	// The name may end its clause or be an owner's: "Ann ‘Tiny’ Morrow,
	// who farms,", "Ann ‘Tiny’ Morrow’s farm".
	next = strings.TrimRight(next, ",;:")
	for _, s := range []string{"’s", "'s"} {
		next = strings.TrimSuffix(next, s)
	}
	return nameWord(next)
}

// nameWord reports whether a word as written is capitalised with no
// punctuation after it, as the words of a name are.
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	l, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsUpper(r) && (unicode.IsLetter(l) || l == '.')
}

// knownAsBefore reports whether the words before a span end with "known
// … as" or "known … as the".
func knownAsBefore(prev []string) bool {
	n := len(prev)
	if n >= 1 && prev[n-1] == "the" {
		n--
	}
	return n >= 2 && prev[n-1] == "as" && slices.Contains(prev[max(0, n-7):n-1], "known") // up to six words between
}
