package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// privativeVerbs take away what follows them: "lost their income" says
// what "left without income" says, "lacks the staff" what "has no staff"
// says.
var privativeVerbs = map[string]bool{"lost": true, "lose": true, "loses": true, "losing": true,
	"lack": true, "lacks": true, "lacked": true, "lacking": true}

// privativeReach is how many words after a privative verb its object may
// run: "lost all of their income".
const privativeReach = 4

// privativeObjects returns the mask of a claim's terms that a privative
// verb takes away ("income" in "lost their income"): the claim negates
// them as surely as "without income" does, so a window may negate them
// too. The verb itself stays a positive word of the claim: "did not lose
// their income" still contradicts it. Only a positive claim's objects
// are read so: a negative claim ("unconfirmed claims that it lost its
// roof") needs a negative window whatever its objects. A privative
// compound's first part ("oxygen" in "oxygen-starved") is taken away too.
func privativeObjects(c *claimInfo, text string) uint64 {
	var m uint64
	fields := strings.Fields(text)
	for k, f := range fields {
		if !privativeVerbs[strings.ToLower(strings.Trim(f, ".,;:!?()\"“”‘’'"))] {
			continue
		}
		for _, g := range fields[k+1 : min(len(fields), k+1+privativeReach)] {
			for _, t := range retrieval.Terms(g) {
				if i := indexOf(c.terms, t); i >= 0 {
					m |= 1 << i
				}
			}
			if strings.ContainsAny(g, ".,;:!?") {
				break
			}
		}
	}
	for _, t := range compoundDenials(text) {
		if i := indexOf(c.terms, t); i >= 0 {
			m |= 1 << i
		}
	}
	return m
}

// compoundDenials are the terms a text's privative compounds deny (see
// lexicon.PrivativeCompounds): "oxygen" in "oxygen-starved water".
func compoundDenials(text string) []string {
	if !strings.Contains(text, "-") {
		return nil
	}
	var out []string
	for _, f := range strings.Fields(strings.ToLower(text)) {
		f = strings.Trim(f, ".,;:!?()\"“”‘’'")
		k := strings.LastIndexByte(f, '-')
		if k > 0 && slices.Contains(lexicon.PrivativeCompounds, f[k+1:]) {
			out = append(out, retrieval.Terms(f[:k])...)
		}
	}
	return out
}

// privativeDenials are the terms the privative words of a sentence deny
// (see lexicon.Privatives): "exempt" denies "covered". A privative word
// the sentence itself negates ("not exempt") denies nothing.
func privativeDenials(text string, negTerms []string) []string {
	joined := " " + strings.Join(lowerWords(text), " ") + " "
	out := compoundDenials(text)
	for p, denied := range privativeForms {
		if !strings.Contains(joined, " "+p+" ") || containsStr(negTerms, privativeHead[p]) {
			continue
		}
		for _, t := range denied {
			if !containsStr(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// privativeForms are lexicon.Privatives with the denied words as terms;
// privativeHead is each privative's last term (the word a negation
// would cover).
var privativeForms, privativeHead = func() (map[string][]string, map[string]string) {
	forms, head := map[string][]string{}, map[string]string{}
	for p, denied := range lexicon.Privatives {
		for _, d := range denied {
			forms[p] = append(forms[p], retrieval.Terms(d)...)
		}
		if ts := retrieval.Terms(p); len(ts) > 0 {
			head[p] = ts[len(ts)-1]
		}
	}
	return forms, head
}()

// privativeNegates reports whether a window denies, by a privative word,
// a word the negative claim negates: "would be exempt" for "will not be
// covered".
func (e *Engine) privativeNegates(c *claimInfo, window []int) bool {
	ix := e.evidence.get(e.art, e.quotes)
	negs := c.negMask | c.negators()
	for _, id := range window {
		for _, t := range ix.sents[id].denials {
			if i := indexOf(c.terms, t); i >= 0 && negs&(1<<i) != 0 {
				return true
			}
		}
	}
	return false
}
