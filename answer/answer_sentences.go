// How the gate cuts a model's answer into sentences and each sentence at
// its citation markers.

package answer

import (
	"strings"

	"articlebot/article"
)

// splitSentencesOf returns the spans of the sentences of an answer: each
// line on its own (models write lists), each line cut by the article's
// sentence rules.
func splitSentencesOf(text string) [][2]int {
	var out [][2]int
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		for _, sp := range article.SplitSentences(line) {
			out = append(out, [2]int{start + sp[0], start + sp[1]})
		}
		start += len(line)
	}
	return out
}

// answerSentence is one sentence of the answer, cut at its markers.
type answerSentence struct {
	texts   []string // text before each marker, then the tail
	markers [][]int  // the source numbers of each marker, as written
	cites   [][]int  // after the gate: the source indexes of each marker
	claims  []string // the claim each marker is attached to
	dropped bool     // removed from the answer
	tail    bool     // keep the tail text
	added   []int    // citations the gate added to an uncited sentence
	addedTo string   // the claim they are attached to
	sep     string   // what separates it from the sentence before: " " or line breaks
	// speaker is the real speaker of a quotation the sentence gives to
	// someone else (named in a note); misnamed are the names it gave.
	speaker  string
	misnamed []string
}

// splitAnswer cuts an answer into sentences and each sentence at its
// markers. Markers that open a sentence ("A fact. [2] Next") belong to the
// sentence before.
func splitAnswer(text string) []*answerSentence {
	var raw, seps []string
	prev := 0
	for _, sp := range splitSentencesOf(text) {
		s := text[sp[0]:sp[1]]
		sep := " "
		if n := strings.Count(text[prev:sp[0]], "\n"); n > 0 {
			sep = strings.Repeat("\n", min(n, 2))
		}
		prev = sp[1]
		for len(raw) > 0 {
			loc := markerRe.FindStringIndex(s)
			if loc == nil || loc[0] != 0 {
				break
			}
			raw[len(raw)-1] += " " + s[:loc[1]]
			s = strings.TrimSpace(s[loc[1]:])
		}
		if s != "" {
			raw, seps = append(raw, s), append(seps, sep)
		}
	}
	out := make([]*answerSentence, 0, len(raw))
	for i, s := range raw {
		as := &answerSentence{tail: true, sep: seps[i]}
		last := 0
		for _, loc := range markerRe.FindAllStringIndex(s, -1) {
			nums := markerNumbers(s[loc[0]:loc[1]])
			if k := len(as.markers); k > 0 && !hasWord(s[last:loc[0]]) {
				// "[1][2]", "[1], [2]": one citation of two sources.
				as.markers[k-1] = append(as.markers[k-1], nums...)
				last = loc[1]
				continue
			}
			as.texts = append(as.texts, s[last:loc[0]])
			as.markers = append(as.markers, nums)
			last = loc[1]
		}
		as.texts = append(as.texts, s[last:])
		as.cites = make([][]int, len(as.markers))
		as.claims = make([]string, len(as.markers))
		out = append(out, as)
	}
	return out
}

// plain is the sentence's text without markers.
func (as *answerSentence) plain() string { return strings.Join(as.texts, " ") }
