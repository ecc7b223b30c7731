// Quotations the answer's sentence breaks cut: checked whole, and no
// marker placed inside one.

package answer

import (
	"sort"
	"strings"

	"articlebot/lexicon"
)

// spanningQuotations removes the sentences a quotation the article does not
// contain runs across: a sentence break inside the marks ("“We will win!
// They know it.”") hides the quotation from each sentence's own check
// (quotations), and the pieces could pass as claims of their own.
func (g *gateRun) spanningQuotations(sents []*answerSentence) {
	var b strings.Builder
	ends := make([]int, len(sents)) // where each sentence's text ends in whole
	for i, as := range sents {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(as.texts, ""))
		ends[i] = b.Len()
	}
	whole := b.String()
	for _, m := range quoteRe.FindAllStringSubmatchIndex(whole, -1) {
		inner := submatch(whole, m)
		if !lexicon.LongEnough(inner) || g.e.inArticle(inner) {
			continue
		}
		first := sort.SearchInts(ends, m[0]+1)
		last := sort.SearchInts(ends, m[1])
		if first == last || last >= len(sents) {
			continue // inside one sentence: its own check reads it
		}
		for i := first; i <= last; i++ {
			if !sents[i].dropped {
				g.drop(sents[i], "removed a sentence with a quotation the article does not contain: %q")
			}
		}
	}
}

// carryOutOfQuotations moves the citations the gate added to a sentence
// that ends inside an open quotation (the answer's sentence rules cut
// `"We lost! Then we won."` in two) to the next sentence shown: placed
// before the first one's stop, a marker would read as part of the
// quotation and split its words.
func carryOutOfQuotations(sents []*answerSentence) {
	open := false
	var carry *answerSentence
	for _, as := range sents {
		if as.dropped {
			continue
		}
		if carry != nil {
			as.added = append(carry.added, as.added...)
			if as.addedTo == "" {
				as.addedTo = clean(as.texts[len(as.texts)-1])
			}
			as.addedTo = carry.addedTo + " " + as.addedTo
			carry.added, carry.addedTo, carry = nil, "", nil
		}
		for _, t := range as.texts {
			open = quotationOpenAfter(open, t)
		}
		if open && len(as.added) > 0 {
			if as.addedTo == "" {
				as.addedTo = clean(as.texts[len(as.texts)-1])
			}
			carry = as
		}
	}
	// A quotation that never closes leaves its citations where they are.
}

// quotationOpenAfter reports whether a double quotation is open after s,
// given whether one was open before it: curly marks, guillemets and corner
// brackets open and close, a straight one toggles.
func quotationOpenAfter(open bool, s string) bool {
	for _, r := range s {
		switch r {
		case '“', '«', '「':
			open = true
		case '”', '»', '」':
			open = false
		case '"':
			open = !open
		}
	}
	return open
}
