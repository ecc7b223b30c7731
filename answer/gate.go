package answer

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"articlebot/lexicon"
)

// checked is an answer after the gate: the text a reader sees, the
// citations that survived, and what was changed and why.
type checked struct {
	text      string
	citations []Citation
	warnings  []string
	abstained bool
}

var (
	// markerRe matches citation markers: [3], [3, 5], [3;5]. Adjacent
	// markers ([3][5]) are matched one by one.
	markerRe = regexp.MustCompile(`\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]`)
	// quoteRe matches a quoted span in curly or straight double quotes.
	quoteRe = regexp.MustCompile(`“([^”\n]+)”|"([^"\n]+)"`)
	// abstainRe recognises an answer that says the article has no answer.
	abstainRe = regexp.MustCompile(`(?i)\b(article|sources?|passages?|text)\s+(does not|doesn't|doesn’t|do not|don't|don’t|did not|didn't)\s+(say|mention|answer|contain|provide|specify|state|include|address|discuss)|\bnot (mentioned|stated|specified|covered) in the (article|sources?)|\bno information\b`)
	// ellipsisRe matches the marks of words left out of a quotation.
	ellipsisRe       = regexp.MustCompile(`\[\.\.\.\]|\.\.\.|…`)
	spaceBeforePunct = regexp.MustCompile(`\s+([.,;:!?])`)
	manySpaces       = regexp.MustCompile(`[ \t]{2,}`)
)

// gate checks a model's answer against the article: every quotation must be
// article text said by the speaker the answer names, and every citation must
// point to a source that exists and states the claim it is attached to.
// Surviving markers are renumbered in order of first appearance.
func (e *Engine) gate(text string, sources []Source) checked {
	var c checked
	text = e.checkQuotations(text, &c)
	text = e.checkCitations(text, sources, &c)
	text = spaceBeforePunct.ReplaceAllString(text, "$1")
	c.text = strings.TrimSpace(manySpaces.ReplaceAllString(text, " "))
	c.abstained = len(c.citations) == 0 && abstainRe.MatchString(c.text)
	return c
}

// checkQuotations removes the quotation marks from quoted words the article
// does not contain and flags real quotations given to the wrong speaker.
func (e *Engine) checkQuotations(text string, c *checked) string {
	var b strings.Builder
	last := 0
	for _, m := range quoteRe.FindAllStringSubmatchIndex(text, -1) {
		inner := submatch(text, m)
		b.WriteString(text[last:m[0]])
		last = m[1]
		if !lexicon.LongEnough(inner) {
			b.WriteString(text[m[0]:m[1]])
			continue
		}
		if !e.inArticle(inner) {
			c.warnings = append(c.warnings, fmt.Sprintf("removed quotation marks from words the article does not contain: %q", inner))
			b.WriteString(inner)
			continue
		}
		b.WriteString(text[m[0]:m[1]])
		said, ok := e.quotes.Attribution(inner)
		if !ok {
			continue
		}
		named := e.quotes.Mentioned(sentenceAround(text, m[0], m[1]))
		if len(named) > 0 && !contains(named, said) {
			b.WriteString(fmt.Sprintf(" (these are %s’s words)", said))
			c.warnings = append(c.warnings, fmt.Sprintf("the quotation %q is by %s, not %s", inner, said, strings.Join(named, " or ")))
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// inArticle reports whether quoted words are article text, allowing an
// ellipsis for left-out words and different closing punctuation.
func (e *Engine) inArticle(quoted string) bool {
	for _, piece := range ellipsisRe.Split(quoted, -1) {
		piece = strings.Trim(strings.TrimSpace(piece), ".,;:!?")
		if piece == "" {
			continue
		}
		if !e.art.Contains(piece) {
			return false
		}
	}
	return true
}

// checkCitations drops markers that point nowhere or to a source that does
// not state the claim, and renumbers the rest.
func (e *Engine) checkCitations(text string, sources []Source, c *checked) string {
	renum := map[int]int{}
	var b strings.Builder
	last := 0
	for _, loc := range markerRe.FindAllStringIndex(text, -1) {
		b.WriteString(text[last:loc[0]])
		last = loc[1]
		claim := claimBefore(text, loc[0])
		var kept []int
		for _, n := range markerNumbers(text[loc[0]:loc[1]]) {
			if n < 1 || n > len(sources) {
				c.warnings = append(c.warnings, fmt.Sprintf("removed citation [%d]: there is no source %d", n, n))
				continue
			}
			src := sources[n-1]
			if !supports(src.Text, claim) {
				c.warnings = append(c.warnings, fmt.Sprintf("removed citation [%d]: paragraph %d does not state %q", n, src.Paragraph, strings.TrimSpace(claim)))
				continue
			}
			if _, ok := renum[n]; !ok {
				renum[n] = len(renum) + 1
				c.citations = append(c.citations, Citation{N: renum[n], Paragraph: src.Paragraph, Text: e.bestSentence(src, claim)})
			}
			if !containsInt(kept, renum[n]) {
				kept = append(kept, renum[n])
			}
		}
		if len(kept) > 0 {
			sort.Ints(kept)
			parts := make([]string, len(kept))
			for i, k := range kept {
				parts[i] = strconv.Itoa(k)
			}
			b.WriteString("[" + strings.Join(parts, ", ") + "]")
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// claimBefore returns the text a marker at i is attached to: the sentence
// before it, ignoring other markers ("A fact. [1][2]" cites "A fact" twice).
func claimBefore(text string, i int) string {
	before := markerRe.ReplaceAllString(text[:i], "")
	before = strings.TrimRight(before, " \t\n.!?")
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	return before
}

// supports reports whether a source states something of the claim: it
// shares at least one content term with it. A claim with no content terms
// ("He said so [2].") is given the benefit of the doubt.
func supports(source, claim string) bool {
	terms := contentTerms(claim)
	if len(terms) == 0 {
		return true
	}
	return fuzzyCoverage(terms, termSet(source)) > 0
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

func markerNumbers(marker string) []int {
	var out []int
	for _, f := range strings.FieldsFunc(strings.Trim(marker, "[]"), func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
		if n, err := strconv.Atoi(f); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// sentenceAround returns the sentence of text around [i, j).
func sentenceAround(text string, i, j int) string {
	start := strings.LastIndexAny(text[:i], ".!?\n") + 1
	end := strings.IndexAny(text[j:], ".!?\n")
	if end < 0 {
		return text[start:]
	}
	return text[start : j+end]
}

func submatch(text string, m []int) string {
	for k := 2; k+1 < len(m); k += 2 {
		if m[k] >= 0 {
			return text[m[k]:m[k+1]]
		}
	}
	return ""
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func containsInt(ns []int, n int) bool {
	for _, x := range ns {
		if x == n {
			return true
		}
	}
	return false
}
