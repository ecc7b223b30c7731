package quotes

import "articlebot/lexicon"

// durationAt reports whether a phrase of time opens at k: "since 2017",
// "for nine years", which say how long a role has been held, not what it is.
func durationAt(toks []token, k int) bool {
	return toks[k].is("since") || toks[k].is("for") && k+1 < len(toks) && (isNumber(toks[k+1].lower()) || lexicon.Indefinites.Has(toks[k+1].lower()) || toks[k+1].is("decades") || toks[k+1].is("years"))
}

// modal reports whether w is an auxiliary that puts its verb out of the
// present: "will", "could".
func modal(w string) bool {
	switch w {
	case "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do":
		return true
	}
	return false
}
