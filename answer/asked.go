package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
	"articlebot/quotes"
)

// What someone asked. "What did the vice-chair ask the witness?" has an
// answer only where the article reports that person asking: a question in
// their quotation ("Who signed it off?"), or them as the subject of a verb
// of asking ("Akter asked Islam whether …", "she pressed the minister to
// …"). A sentence in which someone else asks, or in which the person only
// appears, shares the question's words but does not say what they asked;
// the quotation index cannot tell, since asking is rarely quoted.

// askedQ is a question about what its subject asked: "What did X ask
// (Y)?", "What question did X put to Y?", "What did X want to know?".
var askedQ = regexp.MustCompile(`(?i)^\s*what\s+(?:questions?\s+)?(?:did|does|do|has|have|had)\s+(.+?)\s+(?:ask|put\s+to|want\s+to\s+know)\b`)

// askingVerbs report asking: a question or a request.
var askingVerbs = map[string]bool{
	"ask": true, "asks": true, "asked": true, "asking": true,
	"question": true, "questions": true, "questioned": true, "questioning": true,
	"press": true, "pressed": true, "presses": true, "pressing": true,
	"urge": true, "urged": true, "urges": true, "urging": true,
	"request": true, "requested": true, "requests": true,
	"inquire": true, "inquired": true, "enquire": true, "enquired": true,
	"demand": true, "demanded": true, "demands": true,
	"quiz": true, "quizzed": true, "challenge": true, "challenged": true,
	"wanted": true, "wondered": true,
}

// neverAsked returns the name the question gives its asker ("the millet
// growers", "Kamal Hossain") when the question asks what they asked and no
// sentence of the article reports them asking; "" otherwise.
func (e *Engine) neverAsked(q string) string {
	m := askedQ.FindStringSubmatch(whPhrase(q))
	if m == nil {
		return ""
	}
	subject := afterPossessive(strings.Fields(m[1]))
	own, first := e.askerWords(subject)
	if len(own) == 0 {
		return ""
	}
	if first != "" {
		for _, qu := range e.quotes.QuotesBy(first) {
			if strings.Contains(qu.Text, "?") {
				return "" // "What would she do with twice the space?"
			}
		}
	}
	for _, s := range e.art.Sentences {
		people := e.quotes.PeopleIn(s.ID)
		if asksIn(s.Text, own, first != "" && len(people) > 0 && people[0] == first) {
			return ""
		}
	}
	return strings.Join(subject, " ")
}

// askerWords returns the words that name the asker in a sentence and, for
// a person of the article, their canonical name: a person's own name words
// ("Hossain", "Kamal"), or for a group the head noun of the phrase as the
// question writes it ("growers" in "the millet growers"). A possessive
// subject ("the board's lawyer") or a person the index does not resolve
// gives nothing.
func (e *Engine) askerWords(subject []string) (map[string]bool, string) {
	if personal(subject) {
		named := e.quotes.Named(strings.Join(subject, " "))
		if len(named) != 1 {
			return nil, ""
		}
		sp, ok := e.quotes.Lookup(named[0])
		if !ok || sp.Kind != quotes.Person {
			return nil, ""
		}
		own, shared := nameWords(sp, e.quotes.Speakers())
		if len(own) == 0 {
			// Every name word is shared with someone else (a cousin's
			// surname and a namesake's first name): any of them may be
			// the asker, which errs towards answering.
			own = shared
		}
		return own, sp.Name
	}
	// The head ends the noun phrase, before a relative clause or a
	// preposition: "the woman who wrote to the researchers" is a woman.
	head := ""
	for _, w := range subject {
		t := trimWord(w)
		lw := strings.ToLower(t)
		if head != "" && (lexicon.Prepositions.Has(lw) || lw == "who" || lw == "that" || lw == "which" || lw == "whose") {
			break
		}
		head = t
	}
	if head != strings.ToLower(head) || possessiveWord(head) || !strings.HasSuffix(head, "s") || lexicon.FunctionWords.Has(head) {
		// Only a plural common noun names a group ("the growers",
		// "residents"): anything else the rule leaves to the model.
		return nil, ""
	}
	r, n := utf8.DecodeRuneInString(head)
	return map[string]bool{head: true, string(unicode.ToUpper(r)) + head[n:]: true}, ""
}

// asksIn reports whether a sentence has the asker as the subject of a verb
// of asking, or after it in an inverted tag ("…?” asked Akter). first is
// set when the quotation index makes the asker the sentence's subject, so
// that its pronouns ("she asked") are theirs.
func asksIn(text string, own map[string]bool, first bool) bool {
	toks := strings.Fields(text)
	isName := func(k int) bool {
		return k >= 0 && k < len(toks) && !possessiveWord(toks[k]) && own[trimWord(toks[k])]
	}
	for i, tok := range toks {
		if !askingVerbs[strings.ToLower(trimWord(tok))] {
			continue
		}
		if i >= 2 && silenced([]string{strings.ToLower(trimWord(toks[i-2])), strings.ToLower(trimWord(toks[i-1]))}) {
			continue // "was asked", "did not ask"
		}
		switch subjectOf(toks, i, isName) {
		case speakerNamed:
			return true
		case speakerPronoun:
			if first {
				return true
			}
		}
		if i > 0 && strings.ContainsAny(toks[i-1], "?”\"") && nameWithin(toks, i+1, isName) {
			return true
		}
	}
	return false
}
