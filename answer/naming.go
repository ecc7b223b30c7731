package answer

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// Whether a sentence names what a "which N" or "who is the N" question
// asks to identify: a name beside the noun, not an indefinite "a large
// customer", and not the name the question itself gives.

// indefiniteHead reports whether the noun a question asks to identify
// stands in the sentence only as something unidentified: "a large
// customer", "an outside firm", "four other bidders", with no name beside
// it ("a large customer, Acme Corp,"). A possessive pronoun does not
// identify either: "my coach said" does not say who the coach is
// (possessives, counted.go; "its" is left out: with it, "Who is the
// sponsor of the bill?" and "Which shops could open?" were refused on
// blind4 and blind10 by sentences that name them elsewhere).
func indefiniteHead(noun, q, s string) bool {
	if noun == "" {
		return false
	}
	ts := retrieval.Terms(noun)
	if len(ts) != 1 {
		return false
	}
	words := wordRe.FindAllStringIndex(s, -1)
	seen := false
	for i, w := range words {
		if wt := retrieval.Terms(s[w[0]:w[1]]); len(wt) != 1 || wt[0] != ts[0] {
			continue
		}
		seen = true
		indef, at := false, -1
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			p := strings.ToLower(s[words[j][0]:words[j][1]])
			if indefinites[p] || possessives[p] && p != "its" {
				indef, at = true, j
				break
			}
			if lexicon.FunctionWords.Has(p) {
				break
			}
		}
		if !indef || nameAfter(s, words, i, q) || appositiveOf(s, words, at, q) {
			return false
		}
	}
	return seen
}

// appositiveOf reports whether the indefinite phrase opening at word k
// describes a name just before it, after a comma: "the Clean Rivers Act, a
// 2021 state law" names the law.
func appositiveOf(s string, words [][]int, k int, q string) bool {
	if k < 1 || !strings.HasSuffix(strings.TrimRight(s[words[k-1][1]:words[k][0]], " "), ",") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := strings.Trim(s[words[j][0]:words[j][1]], ".")
		if r := []rune(w); len(r) > 1 && unicode.IsUpper(r[0]) && !lexicon.FunctionWords.Has(strings.ToLower(w)) && !strings.Contains(strings.ToLower(q), strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// nameAfter reports whether a capitalised word the question does not use
// follows word i closely: the unidentified thing is named after all.
func nameAfter(s string, words [][]int, i int, q string) bool {
	for j := i + 1; j < len(words) && j <= i+4; j++ {
		// A sentence's last word keeps its full stop ("in Bristow."):
		// the name is the word.
		w := strings.TrimRight(s[words[j][0]:words[j][1]], ".")
		r := []rune(w)
		if len(r) > 1 && unicode.IsUpper(r[0]) && !lexicon.Temporal.Has(w) && !strings.Contains(strings.ToLower(q), strings.ToLower(w)) {
			// A possessive owns something else: "a supplier, according
			// to Halvard's own report" names no supplier.
			return !possessiveWord(w)
		}
		if !namingWords[strings.ToLower(w)] {
			// "a supplier, according to …", "a buyer based in …": the
			// phrase after the noun has moved on from naming it.
			return false
		}
	}
	return false
}

// namingWords may stand between a noun and the name that follows it: "a
// contractor called Hollis", "a buyer, named as Teodor Ek", "an insurer,
// the Ardmore Group".
var namingWords = map[string]bool{"called": true, "named": true, "known": true, "as": true, "the": true, "is": true, "was": true}

// nameBeside reports whether the sentence names something (a capitalised
// word the question does not use) within besideWords of the noun a
// "which" question asks about: "the cloud provider Nimbus" answers
// "Which cloud provider …?", "companies that move to the cloud" does not.
func nameBeside(noun, q, s string) bool {
	ts := retrieval.Terms(noun)
	if len(ts) != 1 {
		return false
	}
	words := wordRe.FindAllStringIndex(s, -1)
	for i, w := range words {
		if wt := retrieval.Terms(s[w[0]:w[1]]); len(wt) != 1 || wt[0] != ts[0] {
			continue
		}
		for j := max(1, i-besideWords); j < len(words) && j <= i+besideWords; j++ {
			x := strings.TrimRight(s[words[j][0]:words[j][1]], ".")
			r := []rune(x)
			// A capitalised function word opens a sentence or a quotation
			// ("'The 46 is how I get …'"): it names nothing.
			if len(r) > 0 && unicode.IsUpper(r[0]) && !lexicon.Temporal.Has(x) && !lexicon.FunctionWords.Has(strings.ToLower(x)) && !strings.Contains(strings.ToLower(q), strings.ToLower(x)) &&
				!namedInQuestion(s, words, j, q) && !placeModifier(x) && !opensSentence(s, words, j) && x != "I" {
				return true
			}
		}
	}
	return false
}

// namedInQuestion reports whether capitalised word j continues a name the
// question gives: "Systems" of "Corvane Systems" when the question says
// "Corvane" is the same name, not another.
func namedInQuestion(s string, words [][]int, j int, q string) bool {
	lq := strings.ToLower(q)
	for _, k := range []int{j - 1, j + 1} {
		if k < 0 || k >= len(words) {
			continue
		}
		w := strings.TrimRight(s[words[k][0]:words[k][1]], ".")
		if r := []rune(w); len(r) > 1 && unicode.IsUpper(r[0]) && strings.Contains(lq, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// placeModifier reports whether a capitalised word is a compound that
// describes rather than names: "Ohio-based", "Paris-born", "US-made".
func placeModifier(w string) bool {
	k := strings.LastIndexAny(w, "-‑")
	if k < 0 || k == len(w)-1 {
		return false
	}
	tail := w[k+1:]
	return tail == strings.ToLower(tail)
}

// opensSentence reports whether word j follows the end of a sentence
// after a lower-case word ("round and round. Often we stop …"): its capital
// is the sentence's, not a name's. After a title ("Mr. Ek") or an
// initial the full stop ends no sentence.
func opensSentence(s string, words [][]int, j int) bool {
	if j == 0 {
		return false
	}
	prev := s[words[j-1][0]:words[j-1][1]]
	gap := s[words[j-1][1]:words[j][0]]
	ended := strings.ContainsAny(gap, ".!?") || strings.HasSuffix(prev, ".")
	r := []rune(strings.TrimRight(prev, "."))
	return ended && len(r) > 3 && unicode.IsLower(r[0])
}
