package lexicon

import (
	"strings"
	"unicode/utf8"

	"articlebot/fuzzy"
)

// MaxTypos is the one typo-tolerance rule: how many edits (insertions,
// deletions, substitutions, swaps of neighbours) a word of n letters may
// carry and still be taken for another. Three letters or fewer must match
// exactly ("Kim" is not "Kym"); four to six letters take one edit ("Mash"
// for "Marsh", "Osie" for "Osei", "Ortga" for "Ortega"); seven or more take
// two ("Colbrun" for "Colbourn"). Callers that accept a short word with a
// typo do so only when it picks out one candidate.
func MaxTypos(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 6:
		return 1
	default:
		return 2
	}
}

// Near reports whether two folded words are one word with at most
// MaxTypos edits, counted on the shorter, and how many edits apart they
// are. People rarely mistype the first letter, and allowing it would make
// "Biden" look like "Aiden": the first letters must agree.
func Near(a, b string) (int, bool) {
	if a == b {
		return 0, true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra != rb {
		return 0, false
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	bound := MaxTypos(min(na, nb))
	if bound == 0 || abs(na-nb) > bound {
		return 0, false
	}
	d := fuzzy.Distance(a, b)
	return d, d <= bound
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// ShortWord is the length up to which a word that takes a typo is short:
// "macro", "Mash", "Osie". A short word with a typo is as likely another
// English word as a misspelt name, so it counts as a name only when it is
// capitalised or picks out exactly one candidate.
const ShortWord = 5

// NearWords applies MaxTypos to a name of several words as a whole: "Sandra
// Kym" is "Sandra Kim" (one edit in nine letters), though "Kym" alone is too
// short to be "Kim", and "Sofie Aberg" is "Sophie Aberg" (two edits in a
// five-letter word, one more than it allows alone: the surname spelled
// right vouches for it). The words must pair up in order, each with its first
// letter right and at most one edit more than its own length allows, and
// the edits of all words together within what the whole name's length
// allows. In a name of three words or more whose other words are all spelt
// right, the one misspelt word may be further off than that ("Tan Wei Ling
// Jay" for Tan Wei Ling Jie: two edits in three letters), the whole
// name's length still bounding its edits. It returns the total number of
// edits.
func NearWords(q, name []string) (int, bool) {
	if len(q) != len(name) || len(q) == 0 {
		return 0, false
	}
	if len(q) == 1 {
		// A name's own length sets its tolerance: "Abl" for "Abel" is one
		// edit in a four-letter name, though "Abl" alone is short.
		if d, ok := Near(q[0], name[0]); ok || utf8.RuneCountInString(q[0]) >= utf8.RuneCountInString(name[0]) {
			return d, ok
		}
		return nearName(q[0], name[0])
	}
	total, letters, wrong, over := 0, 0, 0, 0
	for i, w := range q {
		letters += utf8.RuneCountInString(name[i])
		if w == name[i] {
			continue
		}
		wrong++
		rw, _ := utf8.DecodeRuneInString(w)
		rn, _ := utf8.DecodeRuneInString(name[i])
		if rw != rn {
			return 0, false
		}
		d := fuzzy.Distance(w, name[i])
		if d > MaxTypos(min(utf8.RuneCountInString(w), utf8.RuneCountInString(name[i])))+1 {
			over++
		}
		total += d
	}
	if over > 0 && (over > 1 || wrong > 1 || len(q) < 3) {
		// One word spelt further off than its length allows passes only
		// in a name of three words or more whose other words are all
		// spelt right: "Kelvin Lau Wei Jay" for Kelvin Lau Wei Jie.
		return 0, false
	}
	return total, total <= MaxTypos(letters)
}

// nearName is Near for a typed word one letter shorter than a short name
// (ShortWord letters at most): MaxTypos counted on the name, first letters
// agreeing. A longer name already gives the typed word its own edit, and
// counting on it would take "Europe" for "European".
func nearName(q, name string) (int, bool) {
	rq, _ := utf8.DecodeRuneInString(q)
	rn, _ := utf8.DecodeRuneInString(name)
	n := utf8.RuneCountInString(name)
	bound := MaxTypos(n)
	if rq != rn || bound == 0 || n > ShortWord || n-utf8.RuneCountInString(q) > 1 {
		return 0, false
	}
	d := fuzzy.Distance(q, name)
	return d, d <= bound
}

// formEndings are the endings that make another form of one word: a
// plural, a participle, an agent noun, a plural of a noun in "y"
// ("Fishery", "Fisheries").
var formEndings = []string{"", "s", "es", "ing", "ed", "er", "ers", "y", "ies"}

// OtherForm reports whether a name of three words or more is written with
// one word in another form of the same stem, the rest as written: "Fenland
// Nurses Federation" for the Fenland Nursing Federation, "Fenland
// Hospital Trust" for the Fenland Hospitals Trust. The stem must hold four letters.
func OtherForm(q, name []string) bool {
	if len(q) != len(name) || len(q) < 3 {
		return false
	}
	differ := 0
	for i, w := range q {
		if w == name[i] {
			continue
		}
		differ++
		if differ > 1 || !sameStem(w, name[i]) {
			return false
		}
	}
	return differ == 1
}

// sameStem reports whether a and b are forms of one stem of four letters
// or more, each the stem plus one of formEndings.
func sameStem(a, b string) bool {
	for _, ea := range formEndings {
		sa, ok := strings.CutSuffix(a, ea)
		if !ok || len(sa) < 4 {
			continue
		}
		for _, eb := range formEndings {
			if sb, ok := strings.CutSuffix(b, eb); ok && sb == sa {
				return true
			}
		}
	}
	return false
}
