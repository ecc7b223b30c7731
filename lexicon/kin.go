package lexicon

import (
	"strings"
	"unicode"
)

// YoungerKin and ElderKin sort the Kin roles by generation: a son is the
// younger of two people who share his father's surname ("Colley junior"),
// a father the elder ("the elder Colley").
var (
	YoungerKin = newSet(`son daughter stepson stepdaughter grandson granddaughter nephew niece`)
	ElderKin   = newSet(`father mother stepfather stepmother grandfather grandmother uncle aunt dad mum mom`)
)

// Seniority marks tell apart two people who share a name, after the
// surname ("Colley senior", "Maddock jnr") or after "the" before it ("the
// elder Colley", "the younger Maddock"): +1 for the elder, -1 for the
// younger, 0 for any other word. It is the one list of them: a name
// written with a mark ("Frank Oduya senior") and a surname that picks a
// namesake by it read the same words.
func Seniority(w string) int {
	switch w {
	case "senior", "snr", "sr", "elder", "older":
		return 1
	case "junior", "jnr", "jr", "younger":
		return -1
	}
	return 0
}

// MarkBefore reports whether the seniority mark w is written before the
// surname, after "the" ("the elder Colley"), rather than after it.
func MarkBefore(w string) bool {
	return w == "elder" || w == "older" || w == "younger"
}

// Generation returns the word a name carries for seniority s ("senior"
// for +1, "junior" for -1, "" for 0) and its abbreviation ("Sr", "Jr").
func Generation(s int) (word, abbr string) {
	switch {
	case s > 0:
		return "senior", "Sr"
	case s < 0:
		return "junior", "Jr"
	}
	return "", ""
}

// AnySource are the nouns a story uses for whichever unnamed person it
// quotes: "a senior figure at the club said … ‘…,’ the source said".
var AnySource = newSet(`source person individual`)

// kinWords give each family role its relation and sex ('m', 'f' or 0 for
// either): "mum" is a female parent, "son" a male child.
var kinWords = map[string]struct {
	rel string
	sex byte
}{
	"father": {"parent", 'm'}, "dad": {"parent", 'm'}, "stepfather": {"parent", 'm'},
	"mother": {"parent", 'f'}, "mum": {"parent", 'f'}, "mom": {"parent", 'f'}, "mam": {"parent", 'f'}, "stepmother": {"parent", 'f'},
	"parent": {"parent", 0},
	"son":    {"child", 'm'}, "stepson": {"child", 'm'}, "daughter": {"child", 'f'}, "stepdaughter": {"child", 'f'}, "child": {"child", 0},
	"grandfather": {"grandparent", 'm'}, "grandmother": {"grandparent", 'f'}, "grandparent": {"grandparent", 0},
	"grandson": {"grandchild", 'm'}, "granddaughter": {"grandchild", 'f'}, "grandchild": {"grandchild", 0},
	"uncle": {"uncle", 'm'}, "aunt": {"uncle", 'f'}, "nephew": {"nephew", 'm'}, "niece": {"nephew", 'f'},
	"brother": {"sibling", 'm'}, "sister": {"sibling", 'f'}, "sibling": {"sibling", 0}, "twin": {"sibling", 0},
	"cousin":  {"cousin", 0},
	"husband": {"spouse", 'm'}, "widower": {"spouse", 'm'}, "wife": {"spouse", 'f'}, "widow": {"spouse", 'f'}, "spouse": {"spouse", 0},
	"brother-in-law": {"sibling-in-law", 'm'}, "sister-in-law": {"sibling-in-law", 'f'},
	"son-in-law": {"child-in-law", 'm'}, "daughter-in-law": {"child-in-law", 'f'},
	"father-in-law": {"parent-in-law", 'm'}, "mother-in-law": {"parent-in-law", 'f'},
}

// converseKin is the relation seen from the other side: a parent's child,
// an uncle's nephew.
var converseKin = map[string]string{
	"parent": "child", "child": "parent", "grandparent": "grandchild", "grandchild": "grandparent",
	"uncle": "nephew", "nephew": "uncle", "sibling": "sibling", "cousin": "cousin", "spouse": "spouse",
	"sibling-in-law": "sibling-in-law", "parent-in-law": "child-in-law", "child-in-law": "parent-in-law",
}

// KinConverse reports whether someone described as kin word has (the
// "son" of X) stands to X as kin word wants: X is the "mother" of her
// son, the "father" of his daughter, the "brother" of his sister. sex is
// what wants says of X's sex ('m', 'f' or 0); ok is false when either word
// is no family role or the relations do not match.
func KinConverse(has, wants string) (sex byte, ok bool) {
	h, okh := kinWords[has]
	w, okw := kinWords[wants]
	if !okh || !okw || converseKin[h.rel] != w.rel {
		return 0, false
	}
	return w.sex, true
}

// Unnamed are the adjectives a lookup uses for a source the article does
// not name: "the anonymous nurse", "the unnamed parent".
var Unnamed = newSet(`anonymous unnamed unidentified`)

// KinMention is a family noun of a text and the words that make it
// another relation than the noun alone: "brother-in-law" is {"brother",
// "in-law"}, "half-sister" {"sister", "half"}, "daughters" {"daughter", ""}.
type KinMention struct {
	Noun, Qualifier string
}

// kinQualifiers are the words that, joined to a family noun, make it
// another relation: a brother-in-law is no brother.
var kinQualifiers = newSet(`half step great in law`)

// KinMentions returns the family nouns of a text (kinWords, singular or
// plural) with their qualifiers, written with hyphens or, for "in law",
// with spaces ("her son in law").
func KinMentions(text string) []KinMention {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	var out []KinMention
	for i, w := range words {
		parts := strings.Split(w, "-")
		for k, p := range parts {
			noun := kinNoun(p)
			if noun == "" {
				continue
			}
			var quals []string
			for j, q := range parts {
				if j != k && kinQualifiers.Has(q) {
					quals = append(quals, q)
				}
			}
			if k == len(parts)-1 && i+2 < len(words) && words[i+1] == "in" && (words[i+2] == "law" || words[i+2] == "laws") {
				quals = append(quals, "in", "law")
			}
			out = append(out, KinMention{noun, strings.Join(quals, "-")})
			break
		}
	}
	return out
}

// kinNoun returns the family noun w is, singular ("sons" is "son"), or "".
func kinNoun(w string) string {
	if _, ok := kinWords[w]; ok {
		return w
	}
	if s := strings.TrimSuffix(w, "s"); s != w {
		if _, ok := kinWords[s]; ok {
			return s
		}
	}
	if w == "wives" {
		return "wife"
	}
	return ""
}

// SpouseNoun returns the noun for a spouse of sex ('m' or 'f'): "husband",
// "wife"; "spouse" for an unknown sex.
func SpouseNoun(sex byte) string {
	switch sex {
	case 'm':
		return "husband"
	case 'f':
		return "wife"
	}
	return "spouse"
}
