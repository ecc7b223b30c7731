// Negation: which claims and sentences are negative, and which of their
// words a negation covers.

package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
)

// negation matches words that make a clause negative. A claim and its
// evidence must agree on it: "Putin agreed to a full ceasefire" is not
// supported by "Putin did not agree to a full ceasefire".
//
// Go's \b knows only ASCII letters, so the words are fenced by anything
// but a letter or digit instead: "Norðvág" or "Nørre" hold no "nor".
var negation = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])(not|never|no|none|nor|n[o’']t|cannot|declined|declines|refuse|refused|refuses|refusing|reject|rejected|rejects|rejecting|deny|denied|denies|denying|fail|failed|fails|failing|without|ruled out|rules out|rule out|turned down|turns down|turn down|uncertain|unclear|undecided|nobody|nothing|nowhere|neither|no one)(?:$|[^\p{L}\p{N}_])|n[’']t\b`)

// Phrases that read negative to the word list but are not, or read
// positive but are: "no less than 19 days" is "at least 19 days" ("no
// further than 20 metres" a bound as well), and
// "months rather than years" says what "months, not years" says. On the
// tuned sets, treating "rather than" and "instead of" as "not" let 2
// own-words sentences through that the polarity check rejected
// ("a first step rather than a final one" for "a first step, not a last
// one"), and no invented sentence.
var (
	notNegative = regexp.MustCompile(`(?i)\b(?:no|not)\s+(?:less|fewer|more|later|earlier|sooner|greater|smaller|further|farther|longer|shorter|higher|lower|bigger|larger|older|younger|closer|heavier|lighter|faster|slower)\s+than\b|\bnot\s+only\b|\bno\s+doubt\b`)
	negativeToo = regexp.MustCompile(`(?i)\b(?:rather\s+than|instead\s+of)\b`)
	leadingNo   = regexp.MustCompile(`(?i)^(?:no|not)\s+`)
)

// anonymityAside is why a source goes unnamed ("who asked not to be
// named", "declined to be identified", "not authorised to speak
// publicly"): an aside about the source, which negates nothing it says.
var anonymityAside = regexp.MustCompile(`(?i)\b(?:(?:asked|asking|wished|requested|requesting|wanted|preferred|preferring|did\s+not\s+want|didn['’]t\s+want)\s+not\s+to\s+be|(?:declined|declining|refused|refusing|did\s+not\s+want|didn['’]t\s+want)\s+to\s+be)\s+(?:named|identified)\b|\b(?:not|n['’]t)\s+(?:been\s+)?authori[sz]ed\s+to\s+(?:speak|talk|comment)(?:\s+publicly|\s+on\s+the\s+record)?\b`)

// negationForm rewrites text for the negation checks only: idioms that
// are not negative lose their "no" or "not", an anonymity aside its
// negation, and "rather than" and "instead of" become "not".
func negationForm(text string) string { return negationFormAs(text, "not") }

// alternativeNot is the "not" negatedTerms reads for "rather than" and
// "instead of": it negates the alternative they name, which ends where
// the clause goes on ("24 months instead of eight to repair the roof"
// does not negate the repair).
const alternativeNot = "not·"

// negationFormAs is negationForm with "rather than" and "instead of"
// written as alt.
func negationFormAs(text, alt string) string {
	text = withTimeBounds(anonymityAside.ReplaceAllString(text, "anonymously"))
	text = notNegative.ReplaceAllStringFunc(text, func(m string) string {
		return leadingNo.ReplaceAllString(m, "")
	})
	return negativeToo.ReplaceAllString(text, alt)
}

// alternativeEnds are the words after which an alternative named by
// "rather than" or "instead of" is over: an infinitive of purpose or a
// relative clause about the whole ("instead of four to finish the job").
var alternativeEnds = map[string]bool{"to": true, "that": true, "which": true, "so": true}

// negative reports whether text is negative. "Rather than" and "instead
// of" do not make a claim negative ("every eight minutes instead of every
// 15" is a positive claim); they make the words after them negated (see
// claimInfo.negMask), and a source's "rather than" is its "not".
func negative(text string) bool {
	text = withTimeBounds(anonymityAside.ReplaceAllString(text, "anonymously"))
	return hasNegation(notNegative.ReplaceAllStringFunc(text, func(m string) string {
		return leadingNo.ReplaceAllString(m, "")
	}))
}

// hasNegation reports whether text has a negating word (negation or an
// "un-" word, see unNegated).
func hasNegation(text string) bool {
	if negation.MatchString(text) {
		return true
	}
	if !strings.Contains(text, "un") && !strings.Contains(text, "Un") && !strings.Contains(text, "on-") {
		return false
	}
	for _, w := range strings.Fields(text) {
		if unNegated(w) {
			return true
		}
	}
	return false
}

// unNegated reports whether a word negates by its prefix: "unchanged" is
// "not changed", "unpaid" "not paid", "unable" "not able". The rest of
// the word must be an inflected word or an adjective WordNet knows
// ("unrest" and "union" aside: a noun of its own, a stem too short), and
// the word no form of a verb that undoes ("unveiled", "unlocked": WordNet
// lists "unveil").
func unNegated(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,;:!?()[]\"“”‘’'—–"))
	// "non-operational", "non-payment": "non-" negates its word.
	if rest, ok := strings.CutPrefix(w, "non-"); ok && len(rest) >= 4 && !strings.ContainsAny(rest, "-’'") {
		return true
	}
	rest, ok := strings.CutPrefix(w, "un")
	if !ok || len(rest) < 4 || lexicon.FunctionWords.Has(rest) || strings.ContainsAny(rest, "-’'") {
		return false
	}
	if lexicon.Noun(w).Noun || len(lexicon.BaseForms(w)) > 0 {
		return false
	}
	if len(lexicon.BaseForms(rest)) > 0 {
		return true // "paid", "changed"
	}
	// An adjective by its ending ("unable", "unlikely", "unusual"); a
	// verb's base ("unveil", "unless") is not a state negated.
	for _, end := range negatedEndings {
		if strings.HasSuffix(rest, end) {
			return len(lexicon.Related(rest)) > 0
		}
	}
	return false
}

// negatedEndings end the adjectives "un-" negates.
var negatedEndings = []string{"able", "ible", "ly", "ful", "ual", "ous", "ed", "en", "wn"}
