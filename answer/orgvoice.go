package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
	"articlebot/quotes"
)

// An organisation speaks in ways a person does not: through a
// spokesperson the article names only by the organisation ("A Tamsin
// Rail spokesperson said …", "a spokeswoman for Tamsin Rail told …"),
// through its statement ("Tamsin Rail's statement read …"), and as "it"
// in the sentence after it is named ("The council was asked for comment.
// It said …"). speaksIn reads a person's speech and rejects all three on
// purpose (a possessive or another subject speaks for a person, not as
// them), so a body held to the person test (silentPerson) would be
// refused words the article gives it.

// orgVoice reports whether the article gives words of organisation sp
// in one of those ways.
func (e *Engine) orgVoice(sp quotes.Speaker) bool {
	own, _ := nameWords(sp, nil)
	if len(own) == 0 {
		return false
	}
	named := false // the sentence before named the body
	for _, s := range e.art.Sentences {
		toks := strings.Fields(s.Text)
		mentions := false
		for _, t := range toks {
			if own[trimWord(t)] {
				mentions = true
				break
			}
		}
		if mentions && throughVoice(toks, own) {
			return true
		}
		if named && pronounSpeaks(toks) {
			return true
		}
		named = mentions
	}
	return false
}

// voiceNouns are the nouns a body speaks through: "a spokesperson",
// "its statement", "a representative".
var voiceNouns = map[string]bool{"statement": true, "representative": true}

// throughVoice reports whether an un-negated verb of saying has for its
// subject a spokesperson or a statement that the body's name stands
// beside: within three words before it ("a Tamsin Rail spokesperson",
// "Tamsin Rail's statement") or in the "for …" after it ("a spokeswoman
// for Tamsin Rail").
func throughVoice(toks []string, own map[string]bool) bool {
	for i, tok := range toks {
		w := strings.ToLower(trimWord(tok))
		if !voiceNouns[w] && lexicon.CanonicalRole(w) != "spokesperson" {
			continue
		}
		beside := false
		for k := max(0, i-3); k < len(toks) && k <= i+4 && !beside; k++ {
			beside = k != i && own[trimWord(strings.TrimSuffix(strings.TrimSuffix(toks[k], "'s"), "’s"))]
		}
		if !beside {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+8; j++ {
			v := strings.ToLower(trimWord(toks[j]))
			if lexicon.SpeechVerbs.Has(v) || v == "read" || v == "reads" {
				return !silenced([]string{strings.ToLower(trimWord(toks[j-min(2, j)])), strings.ToLower(trimWord(toks[j-1]))})
			}
		}
	}
	return false
}

// pronounSpeaks reports whether a sentence opens with "It" or "They" and
// an un-negated verb of saying within the next two words ("It said …",
// "It has since said …").
func pronounSpeaks(toks []string) bool {
	if len(toks) < 2 || toks[0] != "It" && toks[0] != "They" {
		return false
	}
	for j := 1; j < len(toks) && j <= 3; j++ {
		w := strings.ToLower(trimWord(toks[j]))
		if lexicon.Negations.Has(w) {
			return false
		}
		if lexicon.SpeechVerbs.Has(w) {
			return true
		}
	}
	return false
}

// notSaidRe is a body's silence in so many words: "has not said",
// "did not respond to requests for comment", "declined to comment",
// "could not be reached".
var notSaidRe = regexp.MustCompile(`(?i)\b((has|have|had|did|does|do|would|could|was|were|is|are)(\s+not|n[’']t)\s+(yet\s+|publicly\s+|immediately\s+)?(said|say|commented|comment|responded|respond|replied|reply|returned|return|answered|answer|been\s+reached|be\s+reached|been\s+available|available|disclosed|disclose|confirmed|confirm|explained|explain|given|give)|declined\s+to\s+(comment|say|respond|discuss|explain|give)|refused\s+to\s+(comment|say|respond|discuss|explain)|no\s+comment|not\s+available\s+for\s+comment)\b`)

// orgSilent reports whether a sentence that names the body says, in so
// many words, that it has not spoken. A person the article names but
// gives no words is silent; a body speaks through people, statements and
// posts the quotation index cannot tie to it, so its silence is taken
// from the article's saying so, or from its giving the body no words in
// any of those forms (orgMute). A word its name shares with another
// body's ("Group") does not make another's silence its own.
func (e *Engine) orgSilent(sp quotes.Speaker) bool {
	own, _ := nameWords(sp, e.quotes.Speakers())
	for _, s := range e.art.Sentences {
		if !notSaidRe.MatchString(s.Text) {
			continue
		}
		for _, t := range strings.Fields(s.Text) {
			if own[trimWord(t)] {
				return true
			}
		}
	}
	return false
}

// orgMute reports whether a body the article names is given no words at
// all: the index ties no quotation or statement to it, and no one it
// gives words to is described by the body's name ("Ada Roe, an analyst
// at Fenmark Securities, said …" speaks for Fenmark Securities).
func (e *Engine) orgMute(sp quotes.Speaker) bool {
	if sp.Quotes+sp.Statements > 0 {
		return false
	}
	for _, o := range e.quotes.Speakers() {
		if o.Name == sp.Name || o.Quotes+o.Statements == 0 {
			continue
		}
		for _, r := range o.Roles {
			for _, a := range sp.Aliases {
				if strings.Contains(r, a) {
					return false
				}
			}
		}
	}
	// Its spokesperson may stand beside the kind of body its name ends
	// in: "A spokeswoman for the trust said" of "Harlow Trust".
	own, _ := nameWords(sp, nil)
	kind := lastField(sp.Name)
	own[kind] = true
	for _, s := range e.art.Sentences {
		if throughVoice(strings.Fields(s.Text), own) {
			return false
		}
	}
	return true
}
