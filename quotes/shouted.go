package quotes

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
)

// shouted reports whether the capitalised run [lo, hi) is a phrase set in
// capitals rather than a name: every word is in capitals and one of them
// is a function word no name holds ("TO EVERY TENANT IN ALDBURY" heading
// a post, "COUNCIL TO CUT BINS" as a headline). A name set in capitals
// ("MARTA OYELARAN", "BANK OF ENGLAND") has none but the connectors of
// an organisation's name ("of", "and", "for", "on"). Without this a
// shouted heading became a person whose words were the heading's, found
// by any lookup sharing one of its nouns ("a taxi driver").
func shouted(toks []token, lo, hi int) bool {
	if hi-lo < 2 {
		return false
	}
	function := false
	for k := lo; k < hi; k++ {
		w := toks[k].text
		if !toks[k].isWord() || !allCaps(w) {
			return false
		}
		l := strings.ToLower(w)
		if lexicon.FunctionWords.Has(l) && !lexicon.Connectors.Has(l) {
			function = true
		}
	}
	return function
}

// allCaps reports whether w has two letters or more and no lower-case one.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
