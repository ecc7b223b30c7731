// Modality: a claim that states a thing as done is not supported by a
// passage that only says it can, will or is planned to happen.

package answer

import (
	"regexp"
	"strings"
	"unicode"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// modalWords put what follows them in the realm of the possible, the
// intended or the future: "the company plans to buy the old ferry
// terminal", "the inquiry will publish its findings", "the hearing will be
// held on March 3". A claim that the company "bought" the terminal, the
// inquiry "published" or the hearing was "held" changes a possibility
// into a fact.
var modalWords = map[string]bool{}

// intentWords do the same when "to" follows them ("plans to buy"); as
// nouns ("a plan the engineers estimated") they do not. "Would" is left
// out: in reported speech it is the past of "will" ("said his country
// would support the proposal" is told as "said it backed the proposal").
var intentWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`can could may might will shall should must 'll ’ll`) {
		modalWords[w] = true
	}
	for _, w := range strings.Fields(`plan plans planned planning intend intends intended intending aim aims aimed aiming
		hope hopes hoped hoping propose proposes proposed proposing threaten threatens threatened threatening
		want wants wanted wanting seek seeks sought seeking scheduled expected expects set likely`) {
		intentWords[w] = true
	}
}

// modalReach is how many words after a modal word it covers, up to the
// end of its clause: enough for "will be held on" and "plans to buy the
// old", not for the object of a long verb phrase.
const modalReach = 4

// modalTerms returns the terms of a text that follow a modal word closely,
// within its clause.
func modalTerms(text string) []string {
	var out []string
	left := 0
	fields := strings.Fields(text)
	for k, w := range fields {
		lw := strings.ToLower(strings.Trim(w, ".,;:!?()[]\"“”‘’'"))
		// A modal word with a capital inside the sentence is a month or
		// a name: "lapsed in May", "Will Ostby".
		named := k > 0 && titleCased(w)
		if !named && (modalWords[lw] || intentWords[lw] && k+1 < len(fields) && strings.EqualFold(fields[k+1], "to")) {
			left = modalReach
			if !endsClause(w) {
				continue
			}
		}
		if left > 0 {
			out = append(out, retrieval.Terms(w)...)
			left--
		}
		if endsClause(w) {
			left = 0
		}
	}
	return out
}

// realizedMask returns the claim's terms that state a thing as done: a
// verb in the past tense ("bought", "published", "held") that no modal
// word of the claim governs ("could have bought" is not done). A
// participle after a bare "be" is not done either, whatever governs it:
// "to be sold", "urged that the pier be rebuilt or sold" ask for it.
func realizedMask(c *claimInfo, text string) uint64 {
	// In a claim "would" governs too: "promised every baker would be kept
	// on" states a promise, not that anyone was kept on.
	governed := modalTerms(wouldAsWill.ReplaceAllString(text, "will"))
	var m uint64
	prev := ""
	bare := false // after a bare "be": "urged that the pier be rebuilt or sold"
	for _, f := range strings.Fields(text) {
		w := strings.ToLower(strings.Trim(f, ".,;:!?()[]\"“”‘’'"))
		before := prev
		prev = w
		if w == "be" {
			bare = true
			continue
		}
		if bare && (w == "or" || w == "and" || pastForm(w)) {
			continue
		}
		bare = false
		if !pastForm(w) || adjectivalBefore(before) {
			continue
		}
		for _, t := range retrieval.Terms(w) {
			if i := indexOf(c.terms, t); i >= 0 && !containsStr(governed, t) {
				m |= 1 << i
			}
		}
	}
	return m
}

// adjectivalBefore reports whether a past form after word prev is no verb
// stated as done: after a determiner or a possessive it describes a noun
// ("the refurbished dome", "the disputed waters"), and after "being" it
// is in progress ("are being replaced" is what "will replace" announces).
func adjectivalBefore(prev string) bool {
	switch prev {
	case "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "being":
		return true
	}
	return strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s")
}

// wouldAsWill reads a claim's "would" as the modal it reports.
var wouldAsWill = regexp.MustCompile(`(?i)\bwould\b`)

// comparatives are the irregular comparatives WordNet gives a base for.
var comparatives = map[string]bool{"better": true, "best": true, "worse": true, "worst": true, "less": true,
	"least": true, "more": true, "most": true, "further": true, "farther": true}

// pastForm reports whether a lower-case word looks like a verb's past
// form: a regular "-ed" form, or an irregular one WordNet's exception
// lists give a base for ("held": "hold").
func pastForm(w string) bool {
	if len(w) >= 5 && strings.HasSuffix(w, "ed") {
		return true
	}
	// "-ing" forms, plurals and comparatives ("automating", "buses",
	// "better") have bases too, but state nothing as done.
	if len(w) < 3 || comparatives[w] || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") ||
		strings.HasSuffix(w, "er") || strings.HasSuffix(w, "est") {
		return false
	}
	for _, b := range lexicon.BaseForms(w) {
		if b != w && !strings.HasPrefix(w, b) {
			return true
		}
	}
	return false
}

// titleCased reports whether a word opens with a capital and goes on in
// lower case ("May", not "MAY" of a headline in capitals).
func titleCased(w string) bool {
	r := []rune(strings.Trim(w, ".,;:!?()[]\"“”‘’'"))
	return len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
}
