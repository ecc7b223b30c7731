package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// notSpeech reports whether a closed span encloses words that nobody is
// quoted as saying: the title of a work, a law or a report, or a scare
// quote. A short span (under lexicon.MinQuoteWords words) is a scare quote
// after "so-called" or "what the bill calls", and whenever no verb of
// speech stands before it in its sentence nor an attribution after it: a
// "water budget" is a term, called it "historic" is speech.
func notSpeech(text string, s span) bool {
	inner := strings.TrimSpace(text[s.openEnd:s.close])
	if isTitle(text, s, strings.TrimRight(inner, ",.")) {
		return true
	}
	before := clauseBefore(text[:s.open])
	prev6 := lastWords(before, 6)
	prev := prev6[max(0, len(prev6)-4):]
	if len(prev) > 0 && lexicon.NamingNouns.Has(prev[len(prev)-1]) {
		return true // under the slogan “…”
	}
	if len(prev) > 1 && lexicon.TitleNouns.Has(prev[len(prev)-1]) && lexicon.SmallWords.Has(prev[len(prev)-2]) &&
		!strings.HasSuffix(strings.TrimRightFunc(before, unicode.IsSpace), ":") {
		// “Salt and Stone: Reading a Harbour” under the title: a
		// name, subtitle and all ("she defended her title: “…”" is
		// speech after a colon).
		return true
	}
	if epithet(text, s, inner, prev) {
		return true
	}
	short := len(strings.Fields(inner)) <= lexicon.MinQuoteWords
	if short && len(prev) > 0 && prev[len(prev)-1] == "so-called" {
		return true
	}
	if whatItCalls(prev6) && titleLength(inner) {
		// "in what it calls “a neighbourhood room for everyone”": the
		// writer keeps a term at a distance, however long, unless it
		// holds sentences.
		return true
	}
	if lexicon.LongEnough(inner) || strings.TrimSpace(before) == "" || strings.ContainsAny(lastRune(inner), ".!?") {
		// Long enough to be speech, opening its sentence or ending one
		// as speech does (“Nobody.”): a scare quote sits inside a
		// sentence.
		return false
	}
	if !slices.ContainsFunc(lastWords(before, 4), lexicon.FunctionWords.Has) {
		// The rule reads English verbs: in another language ("Er nannte
		// es ‚eine Schande‘") it cannot tell, and speech is likelier.
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(before)) {
		w = strings.Trim(w, ",;:()—–-")
		if lexicon.SpeechVerbs.Has(w) || lexicon.FrameVerbs.Has(w) || w == "according" {
			return false
		}
	}
	return !attributionAfter(text[s.closeEnd:])
}

// titleLength reports whether a span's words can be a term or a name:
// at most eight words and no sentence ending inside.
func titleLength(inner string) bool {
	inner = strings.TrimRight(inner, ".,")
	return len(strings.Fields(inner)) <= 8 && !strings.ContainsAny(inner, ".!?;:")
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

// attributionAfter reports whether the text after a closing mark starts
// an attribution: ", he said", " said Ann Lee".
//
// The attribution must be in the span's sentence: after “Tide”. the next
// sentence's "was called" attributes nothing.
func attributionAfter(rest string) bool {
	if t := strings.TrimLeftFunc(rest, unicode.IsSpace); t != "" && strings.ContainsRune(".!?", rune(t[0])) {
		return false
	}
	ws := lastWords(firstN(rest, 6), 6)
	for i, w := range ws {
		if i > 3 {
			break
		}
		if lexicon.SpeechVerbs.Has(w) || lexicon.FrameVerbs.Has(w) || w == "according" {
			return true
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
	for i := len(before) - 1; i > 0; i-- {
		if strings.ContainsRune(".!?", rune(before[i-1])) && before[i] == ' ' {
			return before[i:]
		}
	}
	return before
}

// lastWords returns the last n words of s, lower case, trimmed of
// punctuation.
func lastWords(s string, n int) []string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) > n {
		f = f[len(f)-n:]
	}
	out := make([]string, 0, len(f))
	for _, w := range f {
		if w = strings.Trim(w, ",;:.!?()“”‘’\"'—–"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// firstN returns the first n space-separated words of s.
func firstN(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// isTitle reports whether a closed span encloses the title of a show, a
// work, a law or a report (“Hannity” program, Fox News’s “The Ingraham
// Angle”, the "Aquifer Protection Act") rather than speech. A title is
// short and in title case, has no sentence punctuation, and stands where
// titles stand: next to a word such as "show" or "book", after a name, a
// possessive or "titled", or, with two words or more, anywhere inside a
// sentence but after a colon or comma, where speech stands.
func isTitle(text string, s span, inner string) bool {
	if !titleCase(inner) {
		return false
	}
	after := firstWord(text[s.closeEnd:])
	if lexicon.WorkWords.Has(strings.ToLower(after)) {
		return true
	}
	before := strings.TrimRightFunc(text[:s.open], unicode.IsSpace)
	if before == "" || isSentenceStart(before+" ", "") {
		// Opening a sentence, speech is followed by its attribution or
		// by punctuation; a title by the rest of the sentence
		// ("“Walls That Breathe” sold 40,000 copies").
		// One word opening a sentence is a title too when a verb follows
		// at once ("“Brine” is the menu", "‘Ember’ follows"): speech
		// would be set off by a comma.
		rest := strings.TrimLeftFunc(text[s.closeEnd:], unicode.IsSpace)
		r, _ := utf8.DecodeRuneInString(rest)
		if len(strings.Fields(inner)) < 2 && (s.closeEnd >= len(text) || text[s.closeEnd] != ' ' || speechIn(lastWords(sentenceOf(rest), 12))) {
			return false // "“Disgraceful” was how one diner described it"
		}
		return unicode.IsLower(r) && !attributionAfter(rest)
	}
	if len(before) == s.open {
		// A title is never glued to the word before it.
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	if last == ',' || last == ':' {
		// After a comma or colon a span is speech when a verb of speech
		// comes just before ("said, “…”"), and a title set off after a
		// work ("her book, “Walls of Clay,”") otherwise.
		ws := lastWords(before, 3)
		if len(ws) > 0 && lexicon.WorkWords.Has(ws[len(ws)-1]) {
			return true
		}
		if last == ',' && len(ws) > 0 && !speechWord(ws[len(ws)-1]) && setOff(text[s.closeEnd:]) {
			// "the work, “Tidewater”, was her favourite": a name set
			// off after a noun, the sentence running on.
			return true
		}
		for _, w := range ws {
			if lexicon.SpeechVerbs.Has(w) || lexicon.FrameVerbs.Has(w) {
				return false
			}
		}
		if len(strings.Fields(inner)) >= 2 {
			return true
		}
		// One word after a comma is a name unless a verb of speech
		// introduces it anywhere in its clause or attributes it after:
		// "Her signature dish, “Tide”." (he said one word, “Never”, is
		// speech).
		return !speechIn(lastWords(clauseBefore(before), 12)) && !attributionAfter(text[s.closeEnd:])
	}
	prev := lastWord(before)
	lp := strings.ToLower(prev)
	if lexicon.TitleLead.Has(lp) || lexicon.WorkWords.Has(lp) {
		return true
	}
	if strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "'s") {
		return true
	}
	if len(strings.Fields(inner)) >= 2 && !isSentenceStart(before+" ", "") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(prev)
	if unicode.IsUpper(r) {
		return !isSentenceStart(before, prev)
	}
	clause := lastWords(clauseBefore(before), 12)
	if namesIt(clause[max(0, len(clause)-6):]) {
		return true // calls the tasting menu “Brine”
	}
	// One capitalised word inside a sentence that no verb of speech
	// introduces nor attributes is a name: "Reviewers loved “Driftwood”
	// when it opened" (she said “Yes” is speech).
	return !speechIn(clause) && !attributionAfter(text[s.closeEnd:])
}

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

// titleCase reports whether s reads as a title: one to eight words, no
// sentence punctuation, every word capitalised but small ones.
func titleCase(s string) bool {
	if head, sub, ok := strings.Cut(s, ": "); ok && !strings.Contains(sub, ":") {
		// A title and its subtitle: “Seven Lean Years: A Record”.
		return titleCase(head) && titleCase(sub) && len(strings.Fields(s)) <= 12
	}
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

// lastRune returns the last rune of s as a string, or "".
func lastRune(s string) string {
	r, size := utf8.DecodeLastRuneInString(s)
	if size == 0 {
		return ""
	}
	return string(r)
}

// epithet reports whether a short span stands before a name as a label
// for the person: “Tributes for ‘king of Saturday night’ Reg Aldous”. It
// follows a small word, ends in no punctuation, is followed at once by a
// capitalised word in the same sentence, and no verb of speech stands
// before it in its clause nor after it.
func epithet(text string, s span, inner string, prev []string) bool {
	if len(prev) == 0 || !lexicon.FunctionWords.Has(prev[len(prev)-1]) {
		return false
	}
	rest := text[s.closeEnd:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " ")); !unicode.IsUpper(r) {
		return false
	}
	if strings.Count(strings.TrimSpace(inner), " ") > 4 || strings.ContainsAny(lastRune(inner), ".,!?;:…") {
		return false
	}
	for _, w := range prev {
		if lexicon.SpeechVerbs.Has(w) || lexicon.FrameVerbs.Has(w) {
			return false
		}
	}
	return !attributionAfter(rest)
}
