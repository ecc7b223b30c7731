package eval

import (
	"regexp"
	"strconv"
	"strings"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// validity counts checks and how many passed.
type validity struct{ checked, valid int }

func (v *validity) add(o validity) { v.checked += o.checked; v.valid += o.valid }

// rate is the share of checks that passed; 1 when nothing was checked.
func (v validity) rate() float64 {
	if v.checked == 0 {
		return 1
	}
	return float64(v.valid) / float64(v.checked)
}

var (
	markerRe = regexp.MustCompile(`\[(\d+(?:\s*,\s*\d+)*)\]`)
	// sentenceEndRe is a sentence's end inside an answer: a stop, any
	// closing quotation marks or brackets, then white space.
	sentenceEndRe = regexp.MustCompile(`[.!?]["”’)]*\s+`)
	quotedRe      = regexp.MustCompile(`“([^”]+)”|"([^"]+)"`)
	ellipsisRe    = regexp.MustCompile(`\[\.\.\.\]|\.\.\.|…`)
)

// citationValidity checks every marker of an answer independently of the
// engine: the citation it names must exist, be exact text of the paragraph
// it names, and share a content term with the claim before the marker.
func citationValidity(art *article.Article, res answer.Result) validity {
	var v validity
	byN := map[int]answer.Citation{}
	for _, c := range res.Citations {
		byN[c.N] = c
	}
	for _, loc := range markerRe.FindAllStringSubmatchIndex(res.Answer, -1) {
		claim := res.Answer[:loc[0]]
		claim = markerRe.ReplaceAllString(claim, "")
		claim = strings.TrimRight(claim, " .")
		// A note in brackets before the marker, such as the gate's "(these
		// are X's words)" after a quotation, may belong to the sentence it
		// follows: that sentence is checked too when the note alone fails.
		before := ""
		if strings.HasSuffix(claim, ")") {
			if open := strings.LastIndex(claim, " ("); open > 0 {
				before = lastSentence(strings.TrimRight(claim[:open], " ."))
			}
		}
		// The claim is the sentence the marker ends: after the last
		// sentence end (a stop followed by a space), so the "40" of
		// "$38.40" is not taken for a sentence of its own.
		claim = lastSentence(claim)
		for _, f := range strings.Split(res.Answer[loc[2]:loc[3]], ",") {
			n, _ := strconv.Atoi(strings.TrimSpace(f))
			v.checked++
			c, ok := byN[n]
			p, pok := art.Paragraph(c.Paragraph)
			if ok && pok && c.Text != "" && strings.Contains(p.Text, c.Text) && (sharesTerm(claim, c.Text) || before != "" && sharesTerm(before, c.Text)) {
				v.valid++
			}
		}
	}
	return v
}

// lastSentence returns the last sentence of text: after the last
// sentence end (a stop followed by a space), so the "40" of "$38.40" is not
// taken for a sentence of its own.
func lastSentence(text string) string {
	if ends := sentenceEndRe.FindAllStringIndex(text, -1); len(ends) > 0 {
		return text[ends[len(ends)-1][1]:]
	}
	return text
}

// quotationValidity checks that every quoted span long enough to be a
// quotation (lexicon.MinQuoteWords) in an answer is article text.
func quotationValidity(art *article.Article, text string) validity {
	var v validity
	for _, m := range quotedRe.FindAllStringSubmatch(text, -1) {
		q := m[1] + m[2]
		if !lexicon.LongEnough(q) {
			continue
		}
		v.checked++
		ok := true
		for _, piece := range ellipsisRe.Split(q, -1) {
			piece = strings.Trim(strings.TrimSpace(piece), ".,;:!?")
			if piece != "" && !art.Contains(piece) {
				ok = false
			}
		}
		if ok {
			v.valid++
		}
	}
	return v
}

func sharesTerm(a, b string) bool {
	terms := map[string]bool{}
	for _, t := range retrieval.Terms(b) {
		terms[t] = true
	}
	all := retrieval.Terms(a)
	if len(all) == 0 {
		return true
	}
	for _, t := range all {
		if terms[t] {
			return true
		}
	}
	return false
}
