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
