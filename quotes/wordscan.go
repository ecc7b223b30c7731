package quotes

// The tokeniser's scanning of one word: where quotation marks are, where
// a word ends, and which runes belong to it.

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// markIndex maps the offset of each quotation mark of a paragraph to its
// span's index, +1 for an opening mark and -1 for a closing one. It is a
// sorted list read with a cursor, because the tokeniser asks about offsets
// in increasing order: asked of a map at every character, as it was, the
// lookups were a fifth of tokenising.
type markIndex struct {
	offs []int
	vals []int
	k    int // offs[:k] are before the last offset asked about
}

func newMarkIndex(spans []span) markIndex {
	type entry struct{ off, val int }
	es := make([]entry, 0, 2*len(spans))
	for i, s := range spans {
		es = append(es, entry{s.open, i + 1})
		if s.close >= 0 {
			es = append(es, entry{s.close, -(i + 1)})
		}
	}
	// A later entry for the same offset replaces an earlier one, as the
	// map's assignments did.
	slices.SortStableFunc(es, func(a, b entry) int { return a.off - b.off })
	m := markIndex{offs: make([]int, 0, len(es)), vals: make([]int, 0, len(es))}
	for _, e := range es {
		if n := len(m.offs); n > 0 && m.offs[n-1] == e.off {
			m.vals[n-1] = e.val
			continue
		}
		m.offs = append(m.offs, e.off)
		m.vals = append(m.vals, e.val)
	}
	return m
}

// at returns the value of the mark at offset i, if one is there.
func (m *markIndex) at(i int) (int, bool) {
	if m.k > 0 && m.offs[m.k-1] >= i {
		m.k = sort.SearchInts(m.offs, i) // asked out of order: search again
	}
	for m.k < len(m.offs) && m.offs[m.k] < i {
		m.k++
	}
	if m.k < len(m.offs) && m.offs[m.k] == i {
		return m.vals[m.k], true
	}
	return 0, false
}

// has reports whether a quotation mark is at offset i.
func (m *markIndex) has(i int) bool {
	_, ok := m.at(i)
	return ok
}

// wordEnd returns the end of the word starting at i: letters, digits and
// marks, joined by inner apostrophes, hyphens, periods and digit commas,
// plus the period of an initial or abbreviation.
func wordEnd(text string, i int, marks *markIndex) int {
	j := i
	for j < len(text) {
		r, size := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:])
		}
		if wordRune(r) {
			j += size
			continue
		}
		if marks.has(j) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[j+size:])
		prev, _ := utf8.DecodeLastRuneInString(text[i:j])
		joins := false
		switch r {
		case '’', '\'', '-', '‑':
			joins = unicode.IsLetter(next) || unicode.IsDigit(next)
		case '.':
			joins = unicode.IsLetter(next) && isInitialish(text[i:j]) || unicode.IsDigit(prev) && unicode.IsDigit(next) ||
				unicode.IsUpper(next) && dottedLetters(text[i:j]) && dottedPartAt(text[j+size:]) ||
				next == '-' && compoundTitleAt(text[i:j], text[j+size:])
		case ',':
			joins = unicode.IsDigit(prev) && unicode.IsDigit(next)
		}
		if !joins || j+size >= len(text) {
			break
		}
		j += size
	}
	if j < len(text) && text[j] == '.' {
		w := text[i:j]
		if isInitialish(w) || lexicon.Titles.Has(w) || lexicon.Abbreviations.HasLower(w) || strings.Contains(w, ".") && dottedLetters(w) ||
			lexicon.CompoundTitle(w) {
			j++
		}
	}
	return j
}

// wordRune reports whether r is a letter, a digit or a nonspacing mark,
// the runes of a word. Letters and digits of ASCII, most of an article's
// words, are told without unicode's tables.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInitialish reports whether w is an initial or a dotted acronym so far
// ("T", "U.S"): every part between its periods is one rune.
func isInitialish(w string) bool {
	for {
		part, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

// dottedLetters reports whether w is letters of a degree written with
// full stops so far ("Ph", "Ph.D", "M.Sc", "D.Phil"): every part between
// its periods is a capital and at most three lower-case letters. The
// periods then join its parts into one word, as an initial's do, so that
// "Ph.D." after a name reads as the letters "PhD" (lexicon.PostNominal).
func dottedLetters(w string) bool {
	for {
		part, rest, more := strings.Cut(w, ".")
		if !dottedPart(part) {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

// dottedPart reports whether s is one part of dotted degree letters: a
// capital and at most three lower-case letters.
func dottedPart(s string) bool {
	if s == "" || len(s) > 4 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// dottedPartAt reports whether s opens with a part of dotted degree
// letters closed by a period: "D." of "Ph.D.", "Sc." of "M.Sc.".
func dottedPartAt(s string) bool {
	part, _, ok := strings.Cut(s, ".")
	return ok && dottedPart(part)
}

// compoundTitleAt reports whether the period after w, with rest after it
// (opening with a hyphen), joins two abbreviated titles into one
// ("Dipl.-Ing.", "Dr.-Ing.", "Dipl.-Kfm."): w so far and the part after
// the hyphen, up to its period, make a lexicon.CompoundTitle.
func compoundTitleAt(w, rest string) bool {
	part, _, ok := strings.Cut(rest[1:], ".")
	return ok && lexicon.CompoundTitle(w+".-"+part)
}
