package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// Honest silence about someone's aides. "What did the referee's assistant
// tell her?" asks the words of someone the article knows only as another
// person's assistant (lawyer, aide, deputy): the quotation index has no
// one to look up, yet the article may never give that person's words. Its
// sentences decide, as for named people (speaks.go): some sentence must
// have the aide as the subject of a verb of saying ("her lawyers said"),
// after it ("said the assistant") or as a label.

// silentAide returns a speech question's subject ("the referee's
// assistant") when it is a common noun held by someone (a possessive
// before it), the article uses the noun, and no sentence gives it words.
// It returns "" otherwise.
func (e *Engine) silentAide(q string) string {
	if !isSpeechQuestion(q) || !asksWhatSaid(q) {
		return ""
	}
	subject := speechSubject(q)
	possessed, owner := false, 0
	head := ""
	for i, w := range subject {
		t := trimWord(w)
		if head != "" && lexicon.Prepositions.Has(strings.ToLower(t)) {
			break
		}
		if possessiveWord(w) {
			possessed, owner = true, i+1
			head = ""
			continue
		}
		head = t
	}
	if !possessed || head == "" || head != strings.ToLower(head) || !personNoun(head) || !e.vocab.has(head) {
		return "" // "her essay says" is no one's words
	}
	// A relative or an aide the index resolves ("the artist's daughter"
	// when the article names her) is someone of its own: silent.go's.
	owners := e.quotes.Named(strings.Join(subject[:owner], " "))
	if sp, ok := e.quotes.Lookup(strings.Join(subject, " ")); ok && !contains(owners, sp.Name) {
		return ""
	}
	for _, n := range e.quotes.Named(strings.Join(subject, " ")) {
		if !contains(owners, n) {
			return ""
		}
	}
	own := nounForms(head)
	for _, s := range e.art.Sentences {
		if speaksIn(s.Text, own, nil, false) {
			return ""
		}
	}
	words := withoutDeterminer(subject)
	if r, _ := utf8.DecodeRuneInString(words[0]); unicode.IsUpper(r) {
		return strings.Join(words, " ") // "Asare's deputy"
	}
	return "the " + strings.Join(words, " ") // "the pilot's deputy"
}

// nounForms are the forms a common noun may take in a sentence: singular
// and plural, lower case or capitalised at a sentence's start.
func nounForms(n string) map[string]bool {
	out := map[string]bool{}
	for _, f := range []string{n, n + "s", n + "es", strings.TrimSuffix(n, "s")} {
		out[f] = true
		r, size := utf8.DecodeRuneInString(f)
		out[string(unicode.ToUpper(r))+f[size:]] = true
	}
	return out
}

// withoutDeterminer returns the subject's words without a leading determiner.
func withoutDeterminer(subject []string) []string {
	out := make([]string, 0, len(subject))
	for i, w := range subject {
		if i == 0 && determiners[strings.ToLower(w)] {
			continue
		}
		out = append(out, trimWord(w))
	}
	return out
}
