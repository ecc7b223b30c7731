package lexicon

import "strings"

// MinQuoteWords is the fewest words a quoted span needs to be checked as a
// quotation: below it ("a soft", "war") a span is as likely a term or a
// scare quote as speech, and too short to tell a real quotation from a
// coincidence of common words.
const MinQuoteWords = 3

// LongEnough reports whether a quoted span has at least MinQuoteWords words.
func LongEnough(s string) bool {
	// Counted without splitting the rest: the quotation index asks this
	// of every quotation of an article, whole paragraphs among them.
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n >= MinQuoteWords {
			return true
		}
	}
	return n >= MinQuoteWords
}
