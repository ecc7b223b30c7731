// How the gate writes the checked answer: markers renumbered, citations
// placed outside quotation marks.

package answer

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
)

// finish writes the checked answer: dropped sentences left out, markers
// renumbered in order of first appearance, citations in that order.
func (g *gateRun) finish(sents []*answerSentence) checked {
	renum := map[int]int{}
	var order []int              // sources in order of first citation
	claims := map[int][]string{} // the claims citing each source
	number := func(idx int, claim string) int {
		claims[idx] = append(claims[idx], claim)
		if n, ok := renum[idx]; ok {
			return n
		}
		n := len(renum) + 1
		renum[idx] = n
		order = append(order, idx)
		return n
	}
	marker := func(idxs []int, claim string) string {
		var ns []int
		for _, idx := range idxs {
			if n := number(idx, claim); !containsInt(ns, n) {
				ns = append(ns, n)
			}
		}
		sort.Ints(ns)
		parts := make([]string, len(ns))
		for i, n := range ns {
			parts[i] = strconv.Itoa(n)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	carryOutOfQuotations(sents)
	var out strings.Builder
	for _, as := range sents {
		if as.dropped {
			continue
		}
		var b strings.Builder
		for k := range as.markers {
			b.WriteString(as.texts[k])
			if len(as.cites[k]) > 0 {
				b.WriteString(marker(as.cites[k], as.claims[k]))
			}
		}
		tail := as.texts[len(as.texts)-1]
		if !as.tail {
			tail = closing(tail)
		}
		if len(as.added) > 0 {
			body, end := splitClosing(b.String() + tail)
			// A marker never goes inside quotation marks, where it
			// would read as part of the quotation.
			if q := strings.LastIndexAny(end, "”\"’'"); q >= 0 {
				_, size := utf8.DecodeRuneInString(end[q:])
				body, end = body+end[:q+size], end[q+size:]
			}
			claim := as.addedTo
			if claim == "" {
				claim = clean(tail)
			}
			b.Reset()
			b.WriteString(strings.TrimRight(body, " ") + " " + marker(as.added, claim) + end)
		} else {
			b.WriteString(tail)
		}
		if s := strings.TrimSpace(b.String()); s != "" && hasWord(s) {
			if out.Len() > 0 {
				out.WriteString(as.sep)
			}
			out.WriteString(s)
		}
	}
	for i, idx := range order {
		src := g.c.sources[idx]
		g.c.citations = append(g.c.citations, Citation{N: i + 1, Paragraph: src.Paragraph, Text: g.e.citedText(src, claims[idx])})
	}
	text := out.String()
	text = spaceBeforePunct.ReplaceAllString(text, "$1")
	g.c.text = strings.TrimSpace(manySpaces.ReplaceAllString(text, " "))
	g.c.text = strings.ReplaceAll(g.c.text, "\n ", "\n")
	g.c.abstained = len(g.c.citations) == 0 && abstainRe.MatchString(g.c.text)
	return g.c
}

// closing returns the closing punctuation at the end of s, or ".".
func closing(s string) string {
	_, end := splitClosing(s)
	if end == "" {
		return "."
	}
	return end
}

// splitClosing cuts s before its closing punctuation and quotation marks.
func splitClosing(s string) (string, string) {
	s = strings.TrimRight(s, " \t\n")
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !strings.ContainsRune(".!?…”\"’'", r) {
			break
		}
		i -= size
	}
	return s[:i], s[i:]
}

func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// citedText returns the text a citation shows: the sentences of a source
// that best support the claims citing it, from the first to the last, as
// the article writes them. One sentence per citation would leave a second
// claim citing the same source ("She first joined in 1934 [1]") shown
// beside a sentence that does not state it.
func (e *Engine) citedText(src Source, claims []string) string {
	first, last := -1, -1
	for _, claim := range claims {
		s, ok := e.bestSentence(src, claim)
		if !ok {
			continue
		}
		if first < 0 || s.Start < first {
			first = s.Start
		}
		last = max(last, s.End)
	}
	if first < 0 {
		return src.Text
	}
	return e.art.Text[first:last]
}

// bestSentence returns the sentence of a source that best supports a
// claim, and false when the source holds no whole sentence.
func (e *Engine) bestSentence(src Source, claim string) (article.Sentence, bool) {
	terms := contentTerms(claim)
	var best article.Sentence
	bestCov, found := -1.0, false
	for _, s := range e.art.SentencesOf(src.Paragraph) {
		if s.Start < src.start || s.End > src.end {
			continue
		}
		if cov := fuzzyCoverage(terms, termSet(s.Text)); cov > bestCov {
			best, bestCov, found = s, cov, true
		}
	}
	return best, found
}
