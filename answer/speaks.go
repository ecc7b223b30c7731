package answer

import (
	"strings"

	"articlebot/lexicon"
)

// Positive evidence of speech. Refusing "What did X say?" because the
// quotation index holds no words of X trusts the index's recall; an
// interview whose answers stand under a "Surname:" label, or a quotation
// the index gives to no one, would make the engine deny words the article
// prints. So the engine refuses only when no sentence gives X speech by
// its structure: X as the subject of an un-negated verb of saying (across
// an appositive or a relative clause), after the verb ("said Holt"),
// after "according to", as a paragraph's label, or before a colon that
// opens X's words. A verb of saying whose subject is someone else ("her
// office said", "the company said") is no evidence that X spoke.

// speaksIn reports whether a sentence gives words of a person: own are
// the words of their names, shared those of them another person also goes
// by (a surname). first is set when the quotation index makes the person
// the sentence's subject: its pronouns ("She told the inquiry …") and its
// shared names ("Ms Quist said") are then the person's. A label
// ("Threlkeld:") counts with any of the person's names.
func speaksIn(text string, own, shared map[string]bool, first bool) bool {
	toks := strings.Fields(text)
	word := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		t := trimWord(toks[k])
		return own[t] || first && shared[t]
	}
	// A name word, or the last word of a name that holds one ("Mira
	// Castell," when Castell is a surname she shares).
	isName := func(k int) bool {
		if k < 0 || k >= len(toks) || possessiveWord(toks[k]) {
			return false
		}
		t := trimWord(toks[k])
		return word(k) || t != strings.ToLower(t) && k > 0 && word(k-1) && trimWord(toks[k-1]) == toks[k-1]
	}
	for i, tok := range toks {
		if strings.HasSuffix(strings.TrimRight(tok, "»”\""), ":") {
			// "Threlkeld: Fog, mostly." opens an answer with any of
			// the person's names; "Harbour master Lena Quist put it
			// plainly: the berth is too short." opens their words.
			label := i < 2 && (isName(i) || shared[trimWord(tok)])
			if label || labelBefore(toks, i, isName) {
				return true
			}
		}
		w := strings.ToLower(trimWord(tok))
		if w == "according" && i+1 < len(toks) && strings.EqualFold(toks[i+1], "to") && nameWithin(toks, i+2, isName) {
			return true
		}
		if !lexicon.SpeechVerbs.Has(w) && !lexicon.FrameVerbs.Has(w) {
			continue
		}
		if i >= 2 && silenced([]string{strings.ToLower(trimWord(toks[i-2])), strings.ToLower(trimWord(toks[i-1]))}) ||
			i == 1 && silenced([]string{"", strings.ToLower(trimWord(toks[0]))}) {
			continue // "has not said", "was described"
		}
		switch subjectOf(toks, i, isName) {
		case speakerNamed:
			return true
		case speakerPronoun:
			if first {
				return true
			}
		}
		if i > 0 && strings.ContainsAny(toks[i-1][len(toks[i-1])-1:], ",”\"’'»") && nameWithin(toks, i+1, isName) {
			return true // "“…,” said Threlkeld", "…, says Dr Quist."
		}
	}
	return false
}

// labelBefore reports whether the words before the colon ending token i
// hold the person's name within maxLabelWords, none of them negated:
// a label opening an answer ("Quist:") or a clause that opens their words.
func labelBefore(toks []string, i int, isName func(int) bool) bool {
	for k := i; k >= 0 && k >= i-maxLabelWords; k-- {
		if w := strings.ToLower(trimWord(toks[k])); k < i && (lexicon.Negations.Has(w) || lexicon.Households.Has(w)) {
			return false // "has not said:", "on behalf of the Crane family:"
		}
		if isName(k) {
			return true
		}
	}
	return false
}

// maxLabelWords is how far before a colon the speaker's name may stand:
// "Lena Quist put it plainly:" (three words after the name).
const maxLabelWords = 3

// nameWithin reports whether the person is named in the few words from
// index i on, titles and roles allowed between ("said Dr Quist", "says
// harbour master Lena Quist").
func nameWithin(toks []string, i int, isName func(int) bool) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		if isName(k) {
			return true
		}
	}
	return false
}

// subject kinds, for subjectOf.
const (
	speakerOther = iota
	speakerNamed
	speakerPronoun
)

// subjectOf finds the subject of the verb at index i: the word before it
// past auxiliaries and adverbs, then back over a relative pronoun ("a
// historian who argues") or an appositive or fronted phrase between
// commas ("Quist, the harbour master, said"; "In a statement on Monday,
// Quist said").
func subjectOf(toks []string, i int, isName func(int) bool) int {
	j := i - 1
	// Past auxiliaries, adverbs and a bracketed age ("Ms Quist (61)
	// said").
	for j >= 0 && !strings.HasSuffix(toks[j], ",") && (lexicon.Auxiliaries.Has(strings.ToLower(trimWord(toks[j]))) || strings.HasPrefix(toks[j], "(") && strings.HasSuffix(toks[j], ")")) {
		j--
	}
	relative, related := false, false
	for hops := 0; j >= 0 && hops < 4; hops++ {
		w := strings.ToLower(trimWord(toks[j]))
		switch {
		case possessiveWord(toks[j]):
			return speakerOther
		case isName(j) && (related || !objectName(toks, j)):
			return speakerNamed
		case w == "he" || w == "she" || w == "they":
			return speakerPronoun
		case w == "who":
			j--
			relative, related = true, true
			continue
		}
		if !strings.HasSuffix(toks[j], ",") && !relative {
			return speakerOther // "the company said"
		}
		relative = false
		// Back to the comma before: the start of an appositive
		// ("Quist, the harbour master,"; "Næss, a historian who") or
		// the end of a fronted phrase.
		k := j - 1
		for k >= 0 && k >= j-maxAppositive && !strings.HasSuffix(toks[k], ",") {
			k--
		}
		if k < 0 || k < j-maxAppositive {
			return speakerOther
		}
		if isName(k + 1) {
			// "The developer's agent, Ann Ruiz of Tallis Planning,
			// said": the appositive that renames the subject opens
			// with the person's name.
			return speakerNamed
		}
		j = k
	}
	return speakerOther
}

// objectName reports whether the name ending at index j closes an
// appositive after a preposition ("Dunmore Ferries, a subsidiary of Kell
// Holdings, said"): the body the appositive mentions is not the one
// speaking. A relative clause after it ("an essay by Ida Holm, a
// historian, who argues") is the name's own (related, in subjectOf).
func objectName(toks []string, j int) bool {
	if !strings.HasSuffix(toks[j], ",") {
		return false // "a spokesman for the channel said"
	}
	k := j
	for k > 0 && k > j-4 {
		t := trimWord(toks[k-1])
		if t == strings.ToLower(t) || strings.HasSuffix(toks[k-1], ",") {
			break
		}
		k--
	}
	return k > 0 && lexicon.Prepositions.Has(strings.ToLower(trimWord(toks[k-1])))
}

// maxAppositive is the longest phrase between commas that subjectOf
// reads past: "Quist, a port engineer who sits on the regional harbour
// safety board," (eleven words). Appositives of eleven and twelve words
// stand in the built-in article and a held-out set (measured with `go run
// . eval`: at 10 their speakers were refused); 16 leaves room.
const maxAppositive = 16

// possessiveWord reports whether a word is possessive ("Holt's", "her",
// "their"): a possessive subject ("her office", "Holt's lawyers") is
// someone speaking for the person, not the person.
func possessiveWord(w string) bool {
	t := strings.TrimRight(w, ",.;:!?")
	switch strings.ToLower(t) {
	case "her", "his", "their", "its":
		return true
	}
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "s'") || strings.HasSuffix(t, "s’")
}
