// The words around a quoted span, as notSpeech and isTitle read them.

package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// speechIn reports whether any of the lower-case words is a verb of
// speech or one that frames a quotation.
func speechIn(words []string) bool {
	return slices.ContainsFunc(words, speechWord)
}

// speechWord reports whether the lower-case w is a verb of speech or one
// that frames a quotation.
func speechWord(w string) bool {
	return lexicon.SpeechVerbs.Has(w) || lexicon.FrameVerbs.Has(w) || w == "according"
}

// namesIt reports whether the words before a span end in a verb of naming
// and its object ("calls the tasting menu", "dubbed the plan"), or a
// naming verb after a noun or in the passive ("a dish called", "was
// called"), not after its subject ("she called"). A span in
// title case there is the name given, not speech.
func namesIt(prev []string) bool {
	if n := len(prev); n >= 2 && lexicon.NamingVerbs.Has(prev[n-1]) && !lexicon.PersonPronouns.Has(prev[n-2]) &&
		!lexicon.OrgPronouns.Has(prev[n-2]) && prev[n-2] != "i" && prev[n-2] != "we" && prev[n-2] != "you" {
		return true // "the play was called “Undertow”", "a dish called “Brine”"
	}
	for i := len(prev) - 2; i >= 0 && i >= len(prev)-5; i-- {
		w := prev[i]
		if lexicon.NamingVerbs.Has(w) {
			return true
		}
		if speechWord(w) {
			return false
		}
	}
	return false
}

// setOff reports whether the text after a span's closing mark sets it off
// as an apposition: a comma or a closing bracket, then the sentence runs
// on in lower case with no attribution (", was her favourite", not ", she
// said").
func setOff(rest string) bool {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ")") {
		return false
	}
	rest = strings.TrimLeftFunc(rest[1:], unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r) && !attributionAfter(rest)
}

// titleLength reports whether a span's words can be a term or a name:
// at most eight words and no sentence ending inside.
func titleLength(inner string) bool {
	inner = strings.TrimRight(inner, ".,")
	return fieldCount(inner) <= 8 && !strings.ContainsAny(inner, ".!?;:")
}

// whatItCalls reports whether the words before a span end in "what the bill
// calls", "what it called", "what critics call": the writer's distance
// from a term, not a quotation. "which it calls" is the same distance.
//
// A determiner or possessive may stand between the verb and the span: "in
// what it calls a “proactive” plan", "what the council calls its
// “flagship”".
func whatItCalls(prev []string) bool {
	end := len(prev)
	for end > 0 && (lexicon.Indefinites.Has(prev[end-1]) || lexicon.Definites.Has(prev[end-1])) {
		end--
	}
	for i, w := range prev[:end] {
		if (w == "what" || w == "which") && i < end-1 {
			v := prev[end-1]
			return strings.HasPrefix(v, "call") || strings.HasPrefix(v, "dub") || strings.HasPrefix(v, "term")
		}
	}
	return false
}

// sentenceOf returns s up to the end of its first sentence: a full stop,
// question or exclamation mark and a space.
func sentenceOf(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if strings.ContainsRune(".!?", rune(s[i])) && s[i+1] == ' ' {
			return s[:i]
		}
	}
	return s
}

// clauseBefore returns the text before offset's sentence start: from the
// last sentence-ending mark followed by a space.
func clauseBefore(before string) string {
	// A clause is read back at most maxClause bytes: callers read its last
	// words, whether it is empty and the speech verbs in it, and a scan to
	// the start of an endless sentence for each quotation mark made a
	// paragraph of thousands of marks quadratic (a 100 KB paragraph of
	// '" a "' took over 20 s). No figure
	// of eval --json or eval --gate changes with the bound.
	lo := 0
	if len(before) > maxClause {
		lo = len(before) - maxClause
		for lo < len(before) && !utf8.RuneStart(before[lo]) {
			lo++
		}
	}
	for i := len(before) - 1; i > lo; i-- {
		if strings.ContainsRune(".!?", rune(before[i-1])) && before[i] == ' ' {
			return before[i:]
		}
	}
	return before[lo:]
}

// maxClause bounds how far back clauseBefore reads.
const maxClause = 2048

// termAfterDeterminer reports whether a short span is a term the writer
// holds at a distance inside a noun phrase, whatever verb the sentence
// has: it follows an article or a possessive at once, starts in lower
// case, ends in no punctuation, runs to at most four words and the
// sentence goes on after it ("Lenny insists they struck a ‘gentleman’s
// agreement’ with the family"). Speech quoted in part follows a verb or a
// conjunction, not an article, unless a verb that frames words as
// someone's comes before ("described it as a ‘…’"); no other gold
// quotation in the eval sets opens after one.
func termAfterDeterminer(text string, s span, inner string, prev []string) bool {
	if len(prev) == 0 || !lexicon.Definites.Has(prev[len(prev)-1]) && !lexicon.Indefinites.Has(prev[len(prev)-1]) {
		return false
	}
	if slices.ContainsFunc(prev, lexicon.FrameVerbs.Has) {
		return false // "described their friendship as a ‘working truce’": her words
	}
	if n := fieldCount(inner); n == 0 || n > 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(inner); !unicode.IsLower(r) || strings.ContainsAny(lastRune(inner), ".,!?;:…") {
		return false
	}
	rest := text[s.closeEnd:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsLetter(r) && !attributionAfter(rest)
}

// countedTerm reports whether a short span is a name for things the
// sentence counts: it follows a number or a quantifier at once ("into
// nine ‘hub parishes’", "12 “green lanes”"), starts in lower case and
// ends in a plural, at most four words, with no attribution after it.
// Speech quoted in part follows a verb or a conjunction, not a count,
// unless a verb of speech or one that frames words as someone's comes
// shortly before.
func countedTerm(text string, s span, inner string, prev []string) bool {
	if len(prev) == 0 || slices.ContainsFunc(prev, lexicon.FrameVerbs.Has) || slices.ContainsFunc(prev, lexicon.SpeechVerbs.Has) {
		return false // "said there were two “serious problems”": her words
	}
	if c := prev[len(prev)-1]; !lexicon.Quantifiers.Has(c) && strings.TrimLeft(c, "0123456789,") != "" {
		return false
	}
	f := strings.Fields(inner)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	last := f[len(f)-1]
	if r, _ := utf8.DecodeRuneInString(inner); !unicode.IsLower(r) || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return false
	}
	return !attributionAfter(text[s.closeEnd:])
}

// nameAfterThe reports whether a span of one or two lower-case words after
// "the" is the name a naming verb gives something earlier in the clause:
// "the crew calls the deepest shaft the ‘chapel’", "what locals have
// named the ‘kettle’". The verb's object must be a noun phrase: "called it
// the ‘worst’" is an opinion in someone's words.
func nameAfterThe(before, inner string) bool {
	if n := len(strings.Fields(inner)); n == 0 || n > 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(inner); !unicode.IsLower(r) {
		return false
	}
	words := lastWords(clauseBefore(before), 12)
	n := len(words)
	if n < 3 || words[n-1] != "the" {
		return false
	}
	for i := n - 2; i >= 0; i-- {
		w := words[i]
		if lexicon.NamingVerbs.Has(w) {
			obj := words[i+1]
			return i+2 < n && !lexicon.PersonPronouns.Has(obj) && !lexicon.OrgPronouns.Has(obj) && obj != "me" && obj != "us" && obj != "you" && obj != "him" && obj != "them"
		}
		if speechWord(w) {
			return false
		}
	}
	return false
}

// readOrSung reports whether the words before a span end in a verb of
// singing or chanting, or in "read" with a thing on display as its
// subject: "chanting “…”", "A handwritten sign on the gate read “…”".
// What a statement or a letter "read" is its author's (documents).
func readOrSung(prev []string) bool {
	n := len(prev)
	if n == 0 {
		return false
	}
	if lexicon.SungVerbs.Has(prev[n-1]) {
		return true
	}
	if prev[n-1] != "read" && prev[n-1] != "reads" && prev[n-1] != "reading" {
		return false
	}
	return slices.ContainsFunc(prev[:n-1], lexicon.DisplayNouns.Has)
}

// strandedAs reports whether the words before a span end in a preposition
// left without its object and then "as": "a habit that neighbours complain
// about as “…”", "what drivers speak of as “…”", "what locals refer to as
// “…”". The preposition's object is the thing the relative clause is
// about, and the span is the name it goes by; speech describing something
// names its object first ("complained about the noise as “…”").
func strandedAs(prev []string) bool {
	n := len(prev)
	return n >= 3 && prev[n-1] == "as" && lexicon.Prepositions.Has(prev[n-2]) && !lexicon.Prepositions.Has(prev[n-3])
}
