package quotes

import (
	"articlebot/lexicon"

	"strings"
	"unicode"
	"unicode/utf8"
)

// isTitle reports whether a closed span encloses the title of a show or a
// work (“Hannity” program, Fox News’s “The Ingraham Angle”) rather than
// speech. A title is short and in title case, has no sentence punctuation,
// and stands where titles stand: before a word such as "show" or "book",
// after a name or a possessive, or after "titled".
func isTitle(text string, s span) bool {
	inner := strings.TrimSpace(text[s.openEnd:s.close])
	if !titleCase(inner) {
		return false
	}
	after := firstWord(text[s.closeEnd:])
	if lexicon.WorkWords.Has(strings.ToLower(after)) {
		return true
	}
	before := strings.TrimRightFunc(text[:s.open], unicode.IsSpace)
	if before == "" || len(before) == s.open {
		// A title is never at the start nor glued to the word before it.
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	if last == ',' || last == ':' {
		return false
	}
	prev := lastWord(before)
	if lexicon.TitleLead.Has(strings.ToLower(prev)) {
		return true
	}
	if strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "'s") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r) && !isSentenceStart(before, prev)
}

// titleCase reports whether s reads as a title: one to eight words, no
// sentence punctuation, every word capitalised but small ones.
func titleCase(s string) bool {
	if strings.ContainsAny(s, ".,;:!?…\"“”") {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if i == 0 || !lexicon.SmallWords.Has(w) {
			return false
		}
	}
	return true
}

// isSentenceStart reports whether the word prev, which ends before, opens
// its sentence (its capital then says nothing).
func isSentenceStart(before, prev string) bool {
	rest := strings.TrimRightFunc(strings.TrimSuffix(before, prev), unicode.IsSpace)
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return strings.ContainsRune(".!?", r)
}

// firstWord returns the first run of letters in s after leading space.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[i+size:]
	}
	return s
}
