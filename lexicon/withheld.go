package lexicon

import "strings"

// withheldRefusals are the words by which a clause refuses or forbids
// something: a name after one of them is kept back.
var withheldRefusals = newSet(`not never declined refused withheld without no n't didn't didn’t wouldn't wouldn’t`)

// withheldNames are the words by which a clause speaks of a name.
var withheldNames = newSet(`named identified name names identify`)

// WithheldName reports whether the words of a relative clause (lower case,
// after "who") say that the person's name is kept back, as English says
// it in many ways: "asked not to be named", "declined to be identified",
// "did not want his name published", "would not give his name", "spoke
// anonymously". Such a clause describes no one: it only says
// why the article gives no name.
func WithheldName(words []string) bool {
	refused, name := false, false
	for _, w := range words {
		w = strings.Trim(w, ",.;:")
		if strings.HasPrefix(w, "anonym") { // anonymity, anonymously
			return true
		}
		if withheldRefusals.Has(w) {
			refused = true
		}
		if refused && withheldNames.Has(w) {
			name = true
		}
	}
	return name
}
