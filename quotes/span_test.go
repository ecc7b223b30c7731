package quotes

import (
	"slices"
	"testing"
)

// A quotation over two sentences is its speaker's in both, so that the
// sentence holding "she said" is found by who said it: single quotation
// marks, where a full stop inside them ends a sentence, and a quotation
// within the quotation.
func TestQuotationSpansSentences(t *testing.T) {
	for _, quote := range []string{
		"‘I tried the line once. It held, so I kept it,’ she said.",
		"‘My trainer said, “Try the line once.” I have used it nine times since,’ she said.",
	} {
		a, ix := parse(t, "Chess notes",
			"On board three, Ruth Amberley beat Karim Osei with an old line.",
			quote)
		var last int
		for _, s := range a.Sentences {
			last = s.ID
		}
		if got := ix.SpeakersIn(last); !slices.Contains(got, "Ruth Amberley") {
			t.Errorf("%s: the last sentence's speakers are %q, want Ruth Amberley", quote, got)
		}
	}
}
