package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// maxLabelWords is the most words a nickname or a coined term in marks
// has: "the Big Yellow", "desk parking", "the cooler". Longer words after
// "nicknamed" are someone's sentence.
const maxLabelWords = 5

// labelTail is how many bytes before the marks labelled reads: the five
// words before them, however long English words run, and the thing named
// after a group's "calling" (see groupLabel).
const labelTail = 120

// labelled reports whether the words inner in quotation marks, after the
// text before, are a label the sentence gives something rather than
// anyone's speech, whatever punctuation the house style puts inside the
// marks:
//   - after "nicknamed", "renamed" (lexicon.LabelLead) and what they
//     name, or right after "known as" (a few words may come between:
//     "known locally as") or "referred to as": pupils nicknamed the room
//     “the cooler.”;
//   - right after "titled" or "entitled", a title whose parts between
//     commas are each in title case: a leaflet titled “Walk, Don't Drive,”;
//   - right after a verb of calling whose subject is a plain noun in a
//     clause that describes a noun before it: a practice drivers call
//     “sitting on the clock”, the gap locals call “the Gulch.” ("she called “Stop!”"
//     and "Okafor calls it “a scandal”" are speech).
func labelled(before, inner string) bool {
	// The few words before the marks are all it reads: splitting the
	// whole paragraph before every span doubled the allocations of
	// deciding what is speech.
	cut := len(before) > labelTail
	if cut {
		before = before[len(before)-labelTail:]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
	}
	first := !cut
	raw := strings.Fields(before)
	ws := lastWords(before, 3)
	n := len(ws)
	if n == 0 || len(raw) == 0 || strings.ContainsAny(raw[len(raw)-1], ",:;—–(") {
		return false
	}
	words := fieldCount(inner)
	if groupLabel(raw, first, words) {
		return true
	}
	for k := len(raw) - 2; k >= 0 && k >= len(raw)-4; k-- {
		// "nicknamed the old crane “the Big Yellow”": the thing named
		// may come between.
		if strings.ContainsAny(raw[k], ",:;—–()") {
			break
		}
		if lexicon.LabelLead.Has(strings.ToLower(raw[k])) {
			return words <= maxLabelWords
		}
	}
	switch v := ws[n-1]; {
	case lexicon.LabelLead.Has(v),
		v == "as" && knownAsWords(raw),
		v == "as" && n >= 3 && ws[n-3] == "referred" && ws[n-2] == "to":
		return words <= maxLabelWords
	case v == "titled" || v == "entitled":
		return commaTitle(inner)
	case lexicon.CallFor.Has(v):
		if n < 3 || len(raw) < 3 || words >= maxLabelWords {
			return false
		}
		return plainNoun(raw[len(raw)-2], ws[n-2]) && plainNoun(raw[len(raw)-3], ws[n-3])
	}
	return false
}

// plainNoun reports whether the word raw (w in lower case) may be a common
// noun: in lower case and not a pronoun, a function word, an auxiliary or
// a form of "be".
func plainNoun(raw, w string) bool {
	r, _ := utf8.DecodeRuneInString(raw)
	return unicode.IsLower(r) && !lexicon.FunctionWords.Has(w) && !lexicon.PersonPronouns.Has(w) && !lexicon.OrgPronouns.Has(w) &&
		!lexicon.Auxiliaries.Has(w) && !lexicon.BeForms.Has(w) && !lexicon.Negations.Has(w) && w != "i" && w != "we" && w != "you"
}

// commaTitle reports whether s, trimmed of a comma or full stop the house
// style puts inside the marks, is a title in parts set off by commas, each
// in title case: “Walk, Don't Drive”, “Lights Out, Books Open”.
func commaTitle(s string) bool {
	s = strings.TrimRight(s, ",.")
	for _, part := range strings.Split(s, ", ") {
		if !titleCase(part) {
			return false
		}
	}
	return s != ""
}

// knownAsGap is the most words "known" and "as" may have between them:
// "known locally as", "known to most residents as".
const knownAsGap = 3

// knownAsWords reports whether raw, the words before the marks, end in "known
// as", with at most knownAsGap words between and no punctuation.
func knownAsWords(raw []string) bool {
	n := len(raw)
	if n < 2 || !strings.EqualFold(raw[n-1], "as") {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-2-knownAsGap; k-- {
		if strings.ContainsAny(raw[k], ",:;—–()") {
			return false
		}
		if strings.EqualFold(raw[k], "known") {
			return true
		}
	}
	return false
}

// maxGlossWords is the most words the restatement after a glossed term
// runs to before its closing comma: "or Level IV", "or the third alert
// level".
const maxGlossWords = 5

// glossed reports whether a short span (at most lexicon.MinQuoteWords
// words, no punctuation of its own at its end) is a term the sentence
// restates at once in an appositive: “Amber”, or Level II, was set; set
// off by ", or" and a second comma, the restatement opens with a capital
// or a figure, as a name does.
func glossed(text string, s span, inner string) bool {
	if n := fieldCount(inner); n == 0 || n > lexicon.MinQuoteWords || strings.ContainsAny(lastRune(inner), ".,!?;:…") {
		return false
	}
	rest, ok := strings.CutPrefix(text[s.closeEnd:], ", or ")
	if !ok {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	gloss, _, ok := strings.Cut(rest, ",")
	return ok && fieldCount(gloss) <= maxGlossWords && !strings.ContainsAny(gloss, ".!?;:“”\"")
}
