package quotes

import (
	"strings"
	"unicode/utf8"

	"articlebot/fuzzy"
)

// Scores of the forms partForms makes: below a surname (90) and a
// nickname (95), above a first name no one else has (70), so that a name's
// own parts win over another person's first name.
const (
	partsInOrder  = 75 // two or more of a name's parts in the article's order
	partsReversed = 72 // two parts the other way round
	partAlone     = 60 // one part but the last, exactly: a family name written first
)

// maxNameParts bounds the names partForms takes apart: a name of up to
// six parts gives at most 56 forms.
const maxNameParts = 6

// partForms returns the ways a user may write a person's name with fewer
// parts than the article or in the other order: any two or more of its
// parts in order ("Musa Ibrahim" or "Musa Danladi" for "Musa Danladi
// Ibrahim", "Grace Eze" for "Grace Nwankwo-Eze"), and any two parts the
// other way round, as a name given family name first is often written
// given name first ("Wen Jie Tan" for "Tan Wen Jie", "Min-seo Kang" for
// "Kang Min-seo"). A hyphenated part counts whole and split. Initials and post-nominal letters are no parts. Find
// keeps a form only when it fits one person better than any other.
func partForms(e *entity) []form {
	words := fuzzy.Words(strings.Join(e.words, " "))
	out := partsOf(words)
	if split := unhyphenated(words); len(split) > len(words) {
		out = append(out, partsOf(split)...)
	}
	return out
}

// partsOf returns partForms' forms of one way of cutting a name into parts.
func partsOf(words []string) []form {
	var parts []string
	for _, w := range words {
		if utf8.RuneCountInString(w) > 1 {
			parts = append(parts, w)
		}
	}
	n := len(parts)
	if n < 2 || n > maxNameParts {
		return nil
	}
	var out []form
	for mask := 1; mask < 1<<n-1; mask++ {
		var sub []string
		for i := range n {
			if mask&(1<<i) != 0 {
				sub = append(sub, parts[i])
			}
		}
		if len(sub) >= 2 {
			out = append(out, form{words: sub, score: partsInOrder})
		}
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			out = append(out, form{words: []string{parts[j], parts[i]}, score: partsReversed})
		}
	}
	// A name written family name first goes by its first part ("Mr Lee"
	// for Lee Kok Wah), which no rule tells from a given name: each part
	// but the last counts alone, exactly and below every other form, so
	// that a part two people share finds both and a title of one sex
	// picks one.
	for _, p := range parts[:n-1] {
		out = append(out, form{words: []string{p}, score: partAlone, exact: true})
	}
	return out
}

// unhyphenated splits hyphenated words: "Ruiz Delgado" for "Ruiz-Delgado".
func unhyphenated(words []string) []string {
	var out []string
	for _, w := range words {
		out = append(out, strings.Split(w, "-")...)
	}
	return out
}

// withoutInitials leaves out the one-letter words of a name: "Ana Reyes"
// for the words of "Ana M Reyes".
func withoutInitials(words []string) []string {
	var out []string
	for _, w := range words {
		if utf8.RuneCountInString(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}
