package lexicon

import (
	"strings"
	"unicode"
)

// MinQuoteWords is the fewest words a quoted span needs to be checked as a
// quotation: below it ("a soft", "war") a span is as likely a term or a
// scare quote as speech, and too short to tell a real quotation from a
// coincidence of common words.
const MinQuoteWords = 3

// LongEnough reports whether a quoted span has at least MinQuoteWords
// words. A word is a run of text between spaces that holds a letter or a
// digit: a dash or a mark of punctuation standing alone ("yes — no") is
// no word, and "02!2" is one.
func LongEnough(s string) bool {
	// Counted without splitting the rest: the quotation index asks this
	// of every quotation of an article, whole paragraphs among them.
	n := 0
	for f := range strings.FieldsSeq(s) {
		if !strings.ContainsFunc(f, isWordRune) {
			continue
		}
		if n++; n >= MinQuoteWords {
			return true
		}
	}
	return false
}

// isWordRune reports whether r makes a run of text a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
