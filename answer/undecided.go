package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// An article also says when what a question asks is still undecided:
// "the band has not said whether it will tour", "the minister will decide
// whether to sign the order". The sentence matches the question as well as
// an answer would (the same subject, verb and object), yet it says that
// the article cannot tell: "Will the band tour?" and "Will the minister
// sign the order?" are unanswerable.

// openQuestionRe is an open question the article reports: someone has not
// said or decided (lexicon.OpenQuestionVerbs), or is still to decide,
// whether something will happen.
// The clause after "whether" (or "if") is group 1.
var openQuestionRe = regexp.MustCompile(`(?i)\b(?:(?:has|have|had|did|does|do|is|are|was|were)\s+(?:not|yet\s+to)\s+(?:yet\s+)?(?:` + lexicon.OpenQuestionVerbs.Pattern() + `)|(?:will|would|must|to|still)\s+decide|undecided(?:\s+(?:on|about))?|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?unclear|no\s+decision\s+(?:has\s+been|had\s+been|was)\s+(?:made|taken)(?:\s+on)?)\s+(?:whether|if)\s+([^.;:!?]+)`)

// undecidedWords is how far into the clause after "whether" the question's
// verb may stand: "whether to accept", "whether it will play", "whether the
// two sides would meet again".
const undecidedWords = 6

// undecided reports whether sentence s says that what question q asks is
// still open: the clause after "whether" holds the question's verb and
// another of its content words, and s names everyone the question names.
// "Who will decide whether …?" asks for the decider, whose verb is not in
// the clause, and is answered.
func undecided(q, s string) bool {
	verb := retrieval.Terms(questionVerb(q))
	if len(verb) != 1 || speechWords[verb[0]] {
		return false
	}
	have := termSet(s)
	for _, n := range questionNames(q) {
		if !have[n] {
			return false // another subject's open question
		}
	}
	for _, m := range openQuestionRe.FindAllStringSubmatch(s, -1) {
		clause := retrieval.Terms(m[1])
		at := slices.Index(clause, verb[0])
		if at < 0 || at >= undecidedWords {
			continue
		}
		for _, t := range contentTerms(q) {
			if t != verb[0] && slices.Contains(clause, t) {
				return true // "accept the recommendations", "play the shows"
			}
		}
	}
	return false
}

// questionNames returns the terms of the question's capitalised words
// after its first: "Quiet Engines" in "Will the Quiet Engines play?".
func questionNames(q string) []string {
	var out []string
	caps := capitalised(q)
	k := 0
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, "?!.,;:\"“”'’()")
		if w == "" {
			continue
		}
		if k < len(caps) && caps[k] {
			out = append(out, retrieval.Terms(w)...)
		}
		k++
	}
	return out
}
