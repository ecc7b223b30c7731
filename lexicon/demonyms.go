package lexicon

import "strings"

// placeAdjectives pairs places with the adjectives English makes of them
// in ways no ending rule finds ("Poland": "Polish", "the Netherlands":
// "Dutch"), and the compass points with theirs ("the West": "Western"). The
// regular ones ("Kenya": "Kenyan", "China": "Chinese") the article's own
// words give by their endings (see the answer package's vocabulary).
// Written from general knowledge of English, one pair a line: place, then
// its adjectives.
const placeAdjectives = `
poland polish
portugal portuguese
netherlands dutch
holland dutch
spain spanish
sweden swedish
denmark danish
finland finnish
switzerland swiss
wales welsh
ireland irish
scotland scottish scots
england english
britain british
france french
greece greek
turkey turkish
thailand thai
norway norwegian
cyprus cypriot
afghanistan afghan
kyrgyzstan kyrgyz
tajikistan tajik
uzbekistan uzbek
kazakhstan kazakh
turkmenistan turkmen
czechia czech
slovakia slovak
slovenia slovene slovenian
philippines filipino philippine
madagascar malagasy
flanders flemish
wallonia walloon
iceland icelandic
west western
east eastern
north northern
south southern
`

var placeForms = func() map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(placeAdjectives, "\n") {
		f := strings.Fields(line)
		for _, adj := range f[min(1, len(f)):] {
			out[f[0]] = append(out[f[0]], adj)
			out[adj] = append(out[adj], f[0])
		}
	}
	return out
}()

// PlaceForms returns the other forms of a lower-cased place or place
// adjective from the irregular pairs: "polish" gives "poland", "dutch"
// "netherlands" and "holland", "west" "western"; nil for any other word.
func PlaceForms(w string) []string { return placeForms[w] }
