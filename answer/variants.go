package answer

import (
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// synonyms and antonyms map a term (a stem, as retrieval.Terms gives it)
// to the terms of the lexicon's synonyms and antonyms of its word.
var synonyms, antonyms = map[string][]string{}, map[string][]string{}

func init() {
	one := func(w string) (string, bool) {
		ts := retrieval.Terms(w)
		if len(ts) != 1 {
			return "", false // a stop word, or more than one word
		}
		return ts[0], true
	}
	for _, g := range lexicon.Synonyms {
		var ts []string
		for _, w := range g {
			if t, ok := one(w); ok {
				ts = append(ts, t)
			}
		}
		for _, a := range ts {
			for _, b := range ts {
				if a != b && !containsStr(synonyms[a], b) {
					synonyms[a] = append(synonyms[a], b)
				}
			}
		}
	}
	for _, p := range lexicon.Antonyms {
		a, ok1 := one(p[0])
		b, ok2 := one(p[1])
		if ok1 && ok2 {
			antonyms[a] = append(antonyms[a], b)
			antonyms[b] = append(antonyms[b], a)
		}
	}
}

func containsStr(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
