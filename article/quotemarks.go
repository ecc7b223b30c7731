package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the one home of what a quotation mark is: the sentence
// splitter keeps a quotation's sentences together with it, and the quotes
// package pairs the same marks to find who said what.

// quotePairs maps each opening quotation mark to the marks that close it:
// English “…” and ‘…’, German „…“ and ‚…‘ (Polish „…”), French «…», Swiss
// ‹…›, German and Danish »…« and ›…‹, Japanese and Chinese 「…」 and 『…』.
var quotePairs = map[rune]string{
	'“': "”",
	'„': "“”",
	'«': "»",
	'»': "«»", // »…« in German and Danish, »…» in Swedish and Finnish
	'‹': "›",
	'›': "‹›",
	'‚': "‘’",
	'「': "」",
	'『': "』",
	'"': `"`,
}

// isOpeningMark reports whether r can open a quotation (or is the
// straight double quote, which can open or close one).
func isOpeningMark(r rune) bool {
	_, ok := quotePairs[r]
	return ok || r == '‘' || r == '\''
}

// QuoteCloses reports whether the mark r closes a quotation that open
// opened.
func QuoteCloses(open, r rune) bool {
	return strings.ContainsRune(quotePairs[open], r)
}

// IsDoubleQuoteOpener reports whether r opens a double (or only-level)
// quotation, whatever the language: the marks QuoteCloses knows, other
// than the single ‚ whose closers are also apostrophes.
func IsDoubleQuoteOpener(r rune) bool {
	_, ok := quotePairs[r]
	return ok && r != '‚'
}

// ambiguousOpener reports whether r opens a quotation only in some
// languages and closes one in others, so that it opens only where context
// says so: after space or an opening bracket, before a non-space.
func ambiguousOpener(r rune) bool { return r == '»' || r == '›' || r == '"' }

// OpensAt reports whether the mark r at byte i of text can open a
// quotation there: unambiguous openers always can; a straight quote, » or ›
// only at the start or after space, a dash or an opening bracket, and
// before a non-space.
func OpensAt(text string, i int, r rune) bool {
	if _, ok := quotePairs[r]; !ok {
		return false
	}
	size := utf8.RuneLen(r)
	if r == '“' {
		// German and Czech close with “: right after a word and before a
		// space or the end, it closes whatever the text's language.
		return !(i > 0 && !spaceAt(text, i-1, true) && (i+size == len(text) || spaceAt(text, i+size, false)))
	}
	if !ambiguousOpener(r) {
		return true
	}
	if i+size >= len(text) {
		return false
	}
	if next, _ := utf8.DecodeRuneInString(text[i+size:]); unicode.IsSpace(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:", prev)
}

// maxQuoteDepth bounds nesting: deeper openers are ignored, so a text of
// nothing but opening marks costs no more than a normal one.
const maxQuoteDepth = 8

// pairQuotes returns the byte offsets of the opening and closing marks of
// every quotation in text, each opening mark paired with the mark that
// closes it in its own style. Of the marks left open at the end, only the
// first counts, with no closing mark: news writing leaves a quotation that
// runs on into the next paragraph open at the paragraph's end, and its
// sentences belong together (capSentences still bounds them).
func pairQuotes(text string) (opens, closes map[int]bool) {
	type open struct {
		at int
		r  rune
	}
	var stack []open
	opens, closes = map[int]bool{}, map[int]bool{}
	for i, r := range text {
		// The straight double quote is the one ASCII mark: the rest of
		// ASCII is passed over without a lookup.
		if r < utf8.RuneSelf && r != '"' {
			continue
		}
		if _, known := quotePairs[r]; !known && !strings.ContainsRune("”“«»‹›‘’」』", r) {
			continue
		}
		if n := len(stack); n > 0 && QuoteCloses(stack[n-1].r, r) && !(r == '"' && OpensAt(text, i, r)) {
			opens[stack[n-1].at] = true
			closes[i] = true
			stack = stack[:n-1]
			continue
		}
		if len(stack) < maxQuoteDepth && OpensAt(text, i, r) {
			stack = append(stack, open{i, r})
		}
	}
	if len(stack) > 0 {
		opens[stack[0].at] = true
	}
	return opens, closes
}

// spaceAt reports whether the rune starting at i (or, with before, ending
// at i+1) is white space.
func spaceAt(text string, i int, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(text[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	return unicode.IsSpace(r)
}
