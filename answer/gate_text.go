package answer

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/lexicon"
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

// finish writes the checked answer: dropped sentences left out, markers
// renumbered in order of first appearance, citations in that order.
func (g *gateRun) finish(sents []*answerSentence) checked {
	renum := map[int]int{}
	number := func(idx int, claim string) int {
		if n, ok := renum[idx]; ok {
			return n
		}
		n := len(renum) + 1
		renum[idx] = n
		src := g.c.sources[idx]
		g.c.citations = append(g.c.citations, Citation{N: n, Paragraph: src.Paragraph, Text: g.e.bestSentence(src, claim)})
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

// bestSentence returns the sentence of a source that best supports a claim.
func (e *Engine) bestSentence(src Source, claim string) string {
	terms := contentTerms(claim)
	best, bestCov := "", -1.0
	for _, s := range e.art.SentencesOf(src.Paragraph) {
		if s.Start < src.start || s.End > src.end {
			continue
		}
		if cov := fuzzyCoverage(terms, termSet(s.Text)); cov > bestCov {
			best, bestCov = s.Text, cov
		}
	}
	if best == "" {
		return src.Text
	}
	return best
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

// spanningQuotations removes the sentences a quotation the article does not
// contain runs across: a sentence break inside the marks ("“We will win!
// They know it.”") hides the quotation from each sentence's own check
// (quotations), and the pieces could pass as claims of their own.
func (g *gateRun) spanningQuotations(sents []*answerSentence) {
	var b strings.Builder
	ends := make([]int, len(sents)) // where each sentence's text ends in whole
	for i, as := range sents {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(as.texts, ""))
		ends[i] = b.Len()
	}
	whole := b.String()
	for _, m := range quoteRe.FindAllStringSubmatchIndex(whole, -1) {
		inner := submatch(whole, m)
		if !lexicon.LongEnough(inner) || g.e.inArticle(inner) {
			continue
		}
		first := sort.SearchInts(ends, m[0]+1)
		last := sort.SearchInts(ends, m[1])
		if first == last || last >= len(sents) {
			continue // inside one sentence: its own check reads it
		}
		for i := first; i <= last; i++ {
			if !sents[i].dropped {
				g.drop(sents[i], "removed a sentence with a quotation the article does not contain: %q")
			}
		}
	}
}

// carryOutOfQuotations moves the citations the gate added to a sentence
// that ends inside an open quotation (the answer's sentence rules cut
// `"We lost! Then we won."` in two) to the next sentence shown: placed
// before the first one's stop, a marker would read as part of the
// quotation and split its words.
func carryOutOfQuotations(sents []*answerSentence) {
	open := false
	var carry *answerSentence
	for _, as := range sents {
		if as.dropped {
			continue
		}
		if carry != nil {
			as.added = append(carry.added, as.added...)
			if as.addedTo == "" {
				as.addedTo = clean(as.texts[len(as.texts)-1])
			}
			as.addedTo = carry.addedTo + " " + as.addedTo
			carry.added, carry.addedTo, carry = nil, "", nil
		}
		for _, t := range as.texts {
			open = quotationOpenAfter(open, t)
		}
		if open && len(as.added) > 0 {
			if as.addedTo == "" {
				as.addedTo = clean(as.texts[len(as.texts)-1])
			}
			carry = as
		}
	}
	// A quotation that never closes leaves its citations where they are.
}

// quotationOpenAfter reports whether a double quotation is open after s,
// given whether one was open before it: curly marks open and close, a
// straight one toggles.
func quotationOpenAfter(open bool, s string) bool {
	for _, r := range s {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			open = !open
		}
	}
	return open
}
