// Words a claim needs its passage to have a word of the same class for:
// words of quantity ("unanimously", "entirely", "most") and of relation
// ("the brother of").

package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// neededClasses returns the classes of lexicon.QuantityClasses and
// lexicon.RelationClasses a claim (its fields) uses, each of which its
// passage must use a word of.
func neededClasses(fields []string) [][]string {
	var out [][]string
	// Words of quantity count as whole words: "all-time" says nothing
	// of how many.
	whole := map[string]bool{}
	for k, f := range fields {
		w := strings.ToLower(strings.Trim(f, ".,;:!?()[]\"“”‘’'"))
		// "Every year", "every eight minutes" give a rate ("a year",
		// "annually"), not how much of something.
		if w == "every" && k+1 < len(fields) && rateWord(strings.ToLower(strings.Trim(fields[k+1], ".,;:!?()"))) {
			continue
		}
		// "The most the arena has seated", "most of all in May": a
		// superlative, not most of something.
		if w == "most" && (k > 0 && strings.EqualFold(strings.Trim(fields[k-1], "\"“‘'("), "the") ||
			k+2 < len(fields) && strings.EqualFold(fields[k+1], "of") && strings.EqualFold(strings.Trim(fields[k+2], ".,;:!?"), "all")) {
			continue
		}
		// "At most a tenth": a bound on a figure, not most of something.
		if w == "most" && k > 0 && strings.EqualFold(strings.Trim(fields[k-1], "\"“‘'("), "at") {
			continue
		}
		// "Is expected to gain most.", "suffered most, she said": "most"
		// that ends its clause is how much, not most of something.
		if w == "most" && (k+1 == len(fields) || strings.TrimRight(f, ".,;:!?)\"”’'") != f) {
			continue
		}
		if w == "all" && k >= 2 && strings.EqualFold(fields[k-1], "of") && strings.EqualFold(fields[k-2], "most") {
			continue
		}
		// "All night", "all summer" are a length of time ("overnight",
		// "through the summer"), not all of something.
		if w == "all" && k+1 < len(fields) && spanOfTime(strings.ToLower(strings.Trim(fields[k+1], ".,;:!?()"))) {
			continue
		}
		// "All but one of the seven" is a count (numwords.go), not all.
		if w == "all" && k+1 < len(fields) && strings.EqualFold(fields[k+1], "but") {
			continue
		}
		whole[w] = true
	}
	out = appendClassesOf(out, lexicon.QuantityClasses, whole)
	// A word of relation adds a relation when it relates two people: "the
	// mother of council member Raymond Okafor", "Okafor's mother". "The
	// mother" or "their relatives" alone refers to someone the article
	// has already related.
	related := map[string]bool{}
	for k, f := range fields {
		w := strings.ToLower(strings.Trim(f, ".,;:!?()[]\"“”‘’'"))
		named := false
		if k > 0 {
			prev := fields[k-1]
			r, _ := utf8.DecodeRuneInString(prev)
			named = unicode.IsUpper(r) && (strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s"))
		}
		if k+1 < len(fields) && strings.EqualFold(fields[k+1], "of") || named {
			related[w] = true
		}
	}
	return appendClassesOf(out, lexicon.RelationClasses, related)
}

// rateWord reports whether the word after "every" makes it a rate: a
// unit of time (durations.go), a weekday, month, season or time of day
// (lexicon.ContrastClasses 0-2 and 4), a number (of units), or a unit of
// measure or money ("for every pound owed" is "in the pound", "every
// kilometre" is "per kilometre").
func rateWord(w string) bool {
	if _, ok := parseNumber(w); ok || numberWord(w) || w == "other" {
		return true
	}
	_, unit := timeUnits[w]
	_, measure := unitDimensions[w]
	return unit || measure || currencyByWord[w].mark != "" || calendarWord(w) || inClass(w, lexicon.ContrastClasses[2]) || inClass(w, lexicon.ContrastClasses[4]) ||
		w == "weekend" || w == "quarter"
}

// spanOfTime reports whether w, after "all", makes a length of time: a
// unit of time in the singular ("all day", "all week"), a part of the day
// or a season ("all night", "all winter"), "weekend" or "long".
func spanOfTime(w string) bool {
	return timeUnits[w] == w || inClass(w, lexicon.ContrastClasses[2]) || inClass(w, lexicon.ContrastClasses[4]) ||
		w == "weekend" || w == "long"
}

// inClass reports whether w is one of a class's words.
func inClass(w string, cl []string) bool { return containsStr(cl, w) }

// appendClassesOf appends to out each of classes that has a word in words.
func appendClassesOf(out [][]string, classes [][]string, words map[string]bool) [][]string {
	for _, cl := range classes {
		for _, w := range cl {
			if words[w] {
				out = append(out, cl)
				break
			}
		}
	}
	return out
}

// shareOver reports whether a window states a share above bound and below
// the whole: a percentage (its figures hold both 58 and 0.58) or a
// fraction in words ("two-thirds").
func (ix *evidenceIndex) shareOver(window []int, bound float64) bool {
	for _, id := range window {
		figs := ix.sents[id].figures
		for _, f := range figs {
			if f <= bound || f >= 1 {
				continue
			}
			if slices.Contains(figs, round(f*100)) {
				return true
			}
			for _, w := range ix.sents[id].words {
				if _, frac := fractionWords[w]; frac && w != "half" {
					return true
				}
			}
		}
	}
	return false
}
