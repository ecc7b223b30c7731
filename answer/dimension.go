package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// dimensionWords name, for each "how tall/high/deep/wide/far" question,
// the words that put a length in that dimension.
var dimensionWords = map[string][]string{
	"tall": {"tall", "high", "height", "above"},
	"high": {"tall", "high", "height", "above"},
	"deep": {"deep", "depth", "down", "below", "beneath"},
	"wide": {"wide", "width", "across"},
	// A compass point after a distance ("40 miles off to the west",
	// "south of the border") says how far, too.
	"far":  {"far", "away", "distance", "from", "off", "north", "south", "east", "west"},
	"long": {"long", "length"},
}

// dimensionBeside reports whether a length figure has a word naming the
// question's dimension within a few words ("9.6 feet high", "a depth of
// 40 metres", "12 miles from the site"): "How deep is the lake?" is not
// answered by "a 14-metre core".
func dimensionBeside(q, s string, words [][]int, at []int) bool {
	m := howTallQ.FindStringSubmatch(q)
	if m == nil {
		return true
	}
	dim := strings.ToLower(m[1])
	dims := dimensionWords[dim]
	verb := questionVerb(q)
	for _, a := range at {
		if dim != "far" && predicatedOf(q, s, words, a) && !otherDimension(dim, s, words, a) {
			return true // "The canal is kept at 4 m": how deep the canal is
		}
		if layered(q, s, words, a) && (dim == "deep" || dim == "high" || dim == "tall") {
			return true // "two feet of water": how deep the water was
		}
		reach := a + 4
		if dim == "far" {
			reach++ // "30 nautical miles off to the east"
		}
		for j := max(0, a-3); j < len(words) && j <= reach; j++ {
			w := strings.ToLower(s[words[j][0]:words[j][1]])
			for _, part := range strings.Split(w, "-") {
				// "highest", "deeper" name the dimension too.
				for _, d := range dims {
					if strings.HasPrefix(part, d) && len(part) <= len(d)+3 {
						return true
					}
				}
				if dim == "far" && verb != "" && sameVerb(part, verb) {
					// "How far did the queue stretch?" — "stretched for
					// nine kilometres": the length the asked motion covers.
					return true
				}
			}
		}
	}
	return false
}

// howDimIsQ is a copular "how deep/high/wide is X?" question; its last
// word is the head of X ("How wide is the old canal?").
var howDimIsQ = regexp.MustCompile(`(?i)^\s*how (high|tall|deep|wide|long)\s+(is|are|was|were)\s+(.+?)\s*\?*\s*$`)

// predicatedOf reports whether the length figure at word a is said of
// the question's subject: "How deep is the canal?" — "The old canal is
// kept at 4 m", the subject's head then a copula within a few words
// before the figure. A figure of something else ("a 14-metre core"), one
// that modifies a noun ("is a 40-metre landmark") or one without a
// copula ("the canal's 4 m barges") is not its size.
func predicatedOf(q, s string, words [][]int, a int) bool {
	m := howDimIsQ.FindStringSubmatch(q)
	if m == nil {
		return false
	}
	subj := strings.Fields(m[3])
	head := retrieval.Terms(subj[len(subj)-1])
	if len(head) != 1 {
		return false
	}
	if strings.Contains(s[words[a][0]:words[a][1]], "-") || a > 0 && determiners[strings.ToLower(s[words[a-1][0]:words[a-1][1]])] {
		return false // "a 40-metre landmark" sizes the landmark
	}
	copula := false
	for j := a - 1; j >= 0 && j >= a-predicateWords; j-- {
		w := strings.ToLower(trimWord(s[words[j][0]:words[j][1]]))
		if lexicon.Copulas.Has(w) {
			copula = true
			continue
		}
		if ts := retrieval.Terms(w); copula && len(ts) == 1 && ts[0] == head[0] {
			return true
		}
	}
	return false
}

// predicateWords is how far before the figure the subject's head may
// stand: "the canal is kept at 3.8 m" (four words).
const predicateWords = 5

// otherDimension reports whether a word just after the figure at word a
// puts it in another dimension than dim ("is 40 m wide" for "how deep").
func otherDimension(dim, s string, words [][]int, a int) bool {
	for j := a + 1; j < len(words) && j <= a+3; j++ {
		w := strings.ToLower(trimWord(s[words[j][0]:words[j][1]]))
		for other, ds := range dimensionWords {
			if other == dim || other == "tall" && dim == "high" || other == "high" && dim == "tall" {
				continue
			}
			for _, d := range ds {
				if w == d {
					return true
				}
			}
		}
	}
	return false
}
