// How the gate splits text into words.

package answer

import (
	"strings"
	"unicode"
)

// lowerWords returns the letter runs of text, lower-cased ("U.S." gives
// "u" and "s"; "spot-kick" gives "spot" and "kick").
func lowerWords(text string) []string {
	return strings.FieldsFunc(contractions.Replace(strings.ToLower(text)), func(r rune) bool { return !unicode.IsLetter(r) })
}

// contractions are the negated verbs whose letters alone read as another
// word: "won't" is not "won", the antonym of "lose".
var contractions = strings.NewReplacer("won't", "will not", "won’t", "will not", "can't", "can not", "can’t", "can not",
	"shan't", "shall not", "shan’t", "shall not")

// anyOf reports whether set holds one of ts.
func anyOf(set map[string]bool, ts []string) bool {
	for _, t := range ts {
		if set[t] {
			return true
		}
	}
	return false
}

// numberWord reports whether w is a number or fraction in words: figures
// are checked exactly, never softly.
func numberWord(w string) bool {
	_, n := spelledNumbers[w]
	_, f := fractionWords[w]
	_, s := scaleWords[w]
	return n || f || s || w == "one"
}

// hasWord reports whether the article uses w (lower-cased).
func (ix *evidenceIndex) hasWord(w string) bool { return ix.words[w] }

func indexOf(ss []string, s string) int {
	for i, x := range ss {
		if x == s {
			return i
		}
	}
	return -1
}
