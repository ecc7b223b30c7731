package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

type tokKind uint8

const (
	word   tokKind = iota
	punct          // any other mark, one rune
	qopen          // the opening mark of a quotation
	qclose         // the closing mark of a quotation
)

// token is a word or mark of a paragraph. Offsets index the article text.
//
// A 4.5 MB article has about 900,000 tokens, all held until its quotations
// are attributed, so the offsets and indexes are 32-bit (an article is
// at most article.MaxSize, 5 MB), the rarely read flags share one byte and
// the fields are ordered to leave no padding: 32 bytes a token rather than
// 64.
type token struct {
	text  string // a word without its possessive ending; initials and abbreviations keep their period
	start int32
	quote int32 // index of the enclosing quotation in the paragraph's spans, or -1
	sent  int32 // sentence ID
	kind  tokKind
	poss  bool // the word ended in ’s or a plural ’
	title bool // inside the marks of a title
	flags tokFlags
}

// tokFlags are a token's rarely read flags.
type tokFlags uint8

const (
	pluralPoss  tokFlags = 1 << iota // the possessive is a plural's bare mark ("parents’")
	curlyPoss                        // the possessive's mark is ’, not '
	lowerCased                       // text is its own lower case
	capitalised                      // a word that could be part of a name (capitalText)
)

// set turns flag f on or off.
func (t *token) set(f tokFlags, on bool) {
	if on {
		t.flags |= f
	} else {
		t.flags &^= f
	}
}

// plural reports whether the token's possessive is a plural's bare mark.
func (t token) plural() bool { return t.flags&pluralPoss != 0 }

// curly reports whether the token's possessive mark is ’, not '.
func (t token) curly() bool { return t.flags&curlyPoss != 0 }

// pluralMark returns a plural possessive's mark as the article writes it,
// so a name keeps its spelling: "Shepherds’ Association", "Dockers' Union".
// An irregular plural keeps its s: "Fishermen’s Party".
func (t token) pluralMark() string {
	mark := "'"
	if t.curly() {
		mark = "’"
	}
	if !strings.HasSuffix(t.text, "s") {
		mark += "s"
	}
	return mark
}

// folded reports whether the token's text is its own lower case.
func (t token) folded() bool { return t.flags&lowerCased != 0 }

// lower returns the token's text in lower case. The rules ask it of the
// same tokens many times, so whether the text is already in lower case
// (most words are) is found once, when the token is made.
func (t token) lower() string {
	if t.folded() {
		return t.text
	}
	return strings.ToLower(t.text)
}

// lowerIs reports whether t.lower() == s. A capitalised ASCII word is
// compared byte by byte, without the lower-case copy: rules ask this of
// every token ("the", "his"), and most capitalised tokens are names. The
// test of a word already in lower case is inlined.
func (t token) lowerIs(s string) bool {
	if t.folded() {
		return t.text == s
	}
	return lowerEquals(t.text, s)
}

// lowerEquals reports whether strings.ToLower(w) == s.
func lowerEquals(w, s string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w) == s
		}
		// The lower case of an ASCII prefix is that prefix lowered, byte
		// for byte, so a difference in it is final.
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i >= len(s) || c != s[i] {
			return false
		}
	}
	return len(w) == len(s)
}

// lowerIn reports whether set has t.lower(), without the lower-case copy
// of a capitalised ASCII word (see lexicon.Set.HasLower). It is not
// inlined, and takes the token by pointer: copying the token into the
// call doubled the cost of asking it of every token.
func (t *token) lowerIn(set lexicon.Set) bool {
	if t.folded() {
		return set.Has(t.text)
	}
	return set.HasLower(t.text)
}

// isWord reports whether the token is a word.
func (t token) isWord() bool { return t.kind == word }

// is reports whether the token is the mark or word s.
func (t token) is(s string) bool { return t.text == s }

// capital reports whether the token is a capitalised word that could be
// part of a name (capitalText). The rules ask it of every token, often
// several times (on the 4.5 MB benchmark article about 7 % of the CPU time
// of building the quotation index): it is found once, when the token is
// made.
func (t token) capital() bool { return t.kind == word && t.flags&capitalised != 0 }

// capitalText reports whether the word w is capitalised and could be part
// of a name: not a dotted acronym (U.S.), not a number, and every part of
// a hyphenated word capitalised (Jean-Claude, not Washington-based).
func capitalText(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if strings.Contains(w, ".") {
		return lexicon.CompoundTitle(w) // "Dr.-Ing.", a title before a name
	}
	// The ʻokina (U+02BB), a letter of Polynesian names, may open a
	// capitalised name: "ʻIlaisa".
	w = strings.TrimPrefix(w, "\u02bb")
	// A lower-case Arabic particle joined to a capital is part of a name
	// ("al-Amiri", "el-Din").
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
		if _, rest, ok := lexicon.HyphenParticle(w); ok {
			w = rest
		}
	}
	// Every part of a hyphenated word, read in place (capital is called
	// for every token, often several times: no allocation), or the
	// syllables of a romanised given name after the first ("Min-seo",
	// "Jun-ho").
	for first := true; ; first = false {
		r, _ := utf8.DecodeRuneInString(w)
		i := strings.IndexByte(w, '-')
		if !unicode.IsUpper(r) {
			part := w
			if i >= 0 {
				part = w[:i]
			}
			if first || !lexicon.NameSyllable(part) {
				return false
			}
		}
		if i < 0 {
			return true
		}
		w = w[i+1:]
	}
}

// tokenize splits the paragraph text (starting at offset base in the
// article) into tokens, marking those inside quotations and titles.
func tokenize(text string, base int, spans []span) []token {
	return appendTokens(nil, text, base, spans)
}

// appendTokens is tokenize appending to dst.
func appendTokens(dst []token, text string, base int, spans []span) []token {
	out := dst
	marks := newMarkIndex(spans)
	cur := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if m, ok := marks.at(i); ok {
			k := qopen
			idx := m - 1
			if m < 0 {
				k, idx = qclose, -m-1
			}
			if spans[idx].title {
				k = punct
			}
			out = append(out, token{text: text[i : i+size], start: int32(base + i), kind: k, quote: int32(cur), title: cur >= 0 && spans[cur].title, flags: lowerFlag(text[i : i+size])})
			if m > 0 {
				cur = idx
			} else {
				cur = -1
			}
			i += size
			continue
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		inTitle := cur >= 0 && spans[cur].title
		q := cur
		if inTitle {
			q = -1
		}
		if n := classYear(text, i, out); n > 0 {
			// "Ana Ruiz ’27, a nursing student,": a year of graduation
			// after a name is no word of the sentence's grammar, and the
			// description after it is still set off by the name's comma.
			i += n
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			out = append(out, token{text: text[i : i+size], start: int32(base + i), kind: punct, quote: int32(q), title: inTitle, flags: lowerFlag(text[i : i+size])})
			i += size
			continue
		}
		end := wordEnd(text, i, &marks)
		t := token{text: text[i:end], start: int32(base + i), kind: word, quote: int32(q), title: inTitle}
		// Only a name's ’s is a possessive worth stripping: "it’s" is not.
		for _, suffix := range []string{"’s", "'s", "’S", "'S"} {
			if unicode.IsUpper(r) && strings.HasSuffix(t.text, suffix) && len(t.text) > len(suffix) {
				t.text, t.poss = t.text[:len(t.text)-len(suffix)], true
				t.set(curlyPoss, suffix[0] != '\'')
				// "Fishermen’s Party", "Women's Institute": a plural's
				// possessive, which may run on in a name.
				t.set(pluralPoss, lexicon.IrregularPlural(strings.ToLower(t.text)))
			}
		}
		if !t.poss && strings.HasSuffix(t.text, "s") && end < len(text) {
			if a, n := utf8.DecodeRuneInString(text[end:]); (a == '’' || a == '\'') && !marks.has(end) {
				if next, _ := utf8.DecodeRuneInString(text[end+n:]); !unicode.IsLetter(next) {
					t.poss, end = true, end+n
					t.set(pluralPoss, true)
					t.set(curlyPoss, a == '’')
				}
			}
		}
		t.flags |= lowerFlag(t.text)
		t.set(capitalised, capitalText(t.text))
		out = append(out, t)
		i = end
	}
	return out
}

// classYear returns the length of a class year at i ("’27", "'09": an
// apostrophe and two digits, after a space and a capitalised word, before
// neither a letter nor a digit), else 0.
func classYear(text string, i int, out []token) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	if r != '’' && r != '\'' || len(out) == 0 || !out[len(out)-1].isWord() || !out[len(out)-1].capital() ||
		i == 0 || text[i-1] != ' ' || i+size+2 > len(text) {
		return 0
	}
	d := text[i+size : i+size+2]
	if d[0] < '0' || d[0] > '9' || d[1] < '0' || d[1] > '9' {
		return 0
	}
	if i+size+2 < len(text) {
		if next, _ := utf8.DecodeRuneInString(text[i+size+2:]); unicode.IsLetter(next) || unicode.IsDigit(next) {
			return 0
		}
	}
	return size + 2
}

// lowerFlag returns lowerCased if s is its own lower case, else 0.
func lowerFlag(s string) tokFlags {
	if lower, _ := lowerCase(s); lower {
		return lowerCased
	}
	return 0
}
