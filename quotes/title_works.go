package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// workSetOff reports whether span s is set off by commas right after a
// determiner and a noun for a work, the sentence running on after it: a
// title in whatever case ("The study, ‘Well water in the hill
// districts: ten years on’, was released on Monday"; "her memoir, “I was never the
// favourite,” sold well").
func workSetOff(text string, s span) bool {
	before := strings.TrimRightFunc(text[:s.open], unicode.IsSpace)
	if !strings.HasSuffix(before, ",") {
		return false
	}
	ws := lastWords(before, 2)
	if len(ws) < 2 || !lexicon.WorkWords.Has(ws[1]) || !(lexicon.Definites.Has(ws[0]) || lexicon.Indefinites.Has(ws[0]) || lexicon.PossessivePronouns.Has(ws[0])) {
		return workLedSetOff(text, s, before)
	}
	if strings.HasSuffix(strings.TrimSpace(text[s.openEnd:s.close]), ",") {
		// “…,” in the American style: the comma inside the marks.
		rest := strings.TrimLeftFunc(text[s.closeEnd:], unicode.IsSpace)
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsLower(r) && !attributionAfter(rest)
	}
	return setOff(text[s.closeEnd:])
}

// workLedSetOff reports whether span s, set off by commas, is the title of
// the work that opens its sentence before an agent or a purpose: "A report
// written for the guild, “Room to Grow?”, says that …", "The study by
// the ferry company, ‘…’, found …". The sentence's subject is the work
// and the words after the span are its predicate, so a title's question
// mark, or a verb such as "says" after it, does not make it speech.
func workLedSetOff(text string, s span, before string) bool {
	clause := clauseBefore(before)
	words := strings.Fields(strings.ToLower(clause))
	if len(words) < 4 || len(words) > 9 || strings.Count(clause, ",") != 1 {
		return false // one comma: the one before the span
	}
	if !lexicon.Definites.Has(words[0]) && !lexicon.Indefinites.Has(words[0]) {
		return false
	}
	if !lexicon.WorkWords.Has(strings.Trim(words[1], ",")) {
		return false
	}
	if n := strings.Trim(words[2], ","); !lexicon.Prepositions.Has(n) && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "en") {
		return false // "The study by …", "A report written for …"
	}
	inner := strings.TrimSpace(text[s.openEnd:s.close])
	if !titleLength(strings.TrimRight(inner, "?!")) {
		return false
	}
	rest := strings.TrimLeftFunc(text[s.closeEnd:], unicode.IsSpace)
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(rest[1:], unicode.IsSpace))
	return unicode.IsLower(r)
}
