package answer

import (
	"fmt"
	"regexp"
	"strings"

	"articlebot/article"
	"articlebot/lexicon"
)

// elsewhere is a passage that may hold a claim its citation missed: a
// retrieved source (idx ≥ 0) or an article paragraph not yet a source.
type elsewhere struct {
	idx  int // index in the sources, or -1
	para int
}

// bestElsewhere finds the passage that best supports a claim outside the
// sources in skip: a retrieved source, since the reader already has it,
// unless a body paragraph of the article (an article is small enough to
// scan) covers the claim better by more than supportMargin. Adopt the
// passage to cite it.
func (g *gateRun) bestElsewhere(c *claimInfo, skip []int) (elsewhere, judgement, bool) {
	var shown, para elsewhere
	var sj, pj judgement
	var sok, pok bool
	cited := map[int]bool{}
	for idx, s := range g.c.sources {
		cited[s.Paragraph] = true
		if containsInt(skip, idx) {
			continue
		}
		if j := g.e.best(c, g.e.sourceSentences(s)); g.known(c, s.Paragraph, j) && (!sok || j.coverage > sj.coverage) {
			shown, sj, sok = elsewhere{idx: idx, para: s.Paragraph}, j, true
		}
	}
	// The nearest miss over the whole article is worth a second opinion
	// when nothing passes.
	var miss judgement
	missPara := 0
	for _, p := range g.e.art.Paragraphs {
		if p.Kind != article.Body || cited[p.N] {
			continue
		}
		j := g.e.best(c, p.Sentences)
		if g.known(c, p.N, j) && (!pok || j.coverage > pj.coverage) {
			para, pj, pok = elsewhere{idx: -1, para: p.N}, j, true
		}
		if j.hard() && j.coverage > miss.coverage {
			miss, missPara = j, p.N
		}
	}
	if !sok && !pok && missPara > 0 && miss.coverage >= secondOpinionFloor {
		if g.collect {
			g.ask(opinionKey{c.text, missPara}, miss)
		}
		if g.similar(c, miss) {
			para, pj, pok = elsewhere{idx: -1, para: missPara}, miss, true
		}
	}
	switch {
	case sok && (!pok || sj.coverage >= pj.coverage-supportMargin):
		return shown, sj, true
	case pok:
		return para, pj, true
	}
	return elsewhere{}, judgement{}, false
}

// adopt returns the source index of a passage, adding a paragraph as a new
// source when it is not one yet.
func (g *gateRun) adopt(w elsewhere) int {
	if w.idx >= 0 {
		return w.idx
	}
	p, _ := g.e.art.Paragraph(w.para)
	g.c.sources = append(g.c.sources, Source{N: len(g.c.sources) + 1, Paragraph: p.N, Text: p.Text, start: p.Start, end: p.End})
	return len(g.c.sources) - 1
}

// findSupport returns the source (retrieved or added) that supports a
// claim, or false.
func (g *gateRun) findSupport(c *claimInfo) (int, bool) {
	w, _, ok := g.bestElsewhere(c, nil)
	if !ok {
		return 0, false
	}
	return g.adopt(w), true
}

// clauseSplit matches where one sentence joins two claims.
var clauseSplit = regexp.MustCompile(`;|,?\s+\b(?:and|but|while|whereas|although)\b\s+`)

// clauses splits a claim into the clauses that each state something, or
// returns nil when it is one claim.
func (e *Engine) clauses(text string) []*claimInfo {
	parts := clauseSplit.Split(text, -1)
	if len(parts) < 2 {
		return nil
	}
	var out []*claimInfo
	for _, p := range parts {
		c := e.claimInfo(p)
		if len(c.terms) < 2 && len(c.figures) == 0 {
			return nil // "Putin and Trump": not two claims
		}
		out = append(out, c)
	}
	return out
}

// quotations checks the quotations of a sentence. A sentence built around
// words the article does not contain is removed: taking the quotation marks
// away would still attribute the invented words to someone. A real
// quotation given to the wrong speaker is kept, with the real speaker
// named. It reports whether the sentence stays.
func (g *gateRun) quotations(as *answerSentence) bool {
	// A marker inside the quotation marks ("\"… peace is near [1]\"")
	// splits the quotation between the texts around it: read it whole.
	if whole := strings.Join(as.texts, ""); len(as.texts) > 1 {
		for _, m := range quoteRe.FindAllStringSubmatchIndex(whole, -1) {
			if inner := submatch(whole, m); lexicon.LongEnough(inner) && !g.e.inArticle(inner) {
				g.drop(as, "removed a sentence with a quotation the article does not contain: %q")
				return false
			}
		}
	}
	for k, text := range as.texts {
		var b strings.Builder
		last := 0
		for _, m := range quoteRe.FindAllStringSubmatchIndex(text, -1) {
			inner := submatch(text, m)
			if !lexicon.LongEnough(inner) {
				continue
			}
			if !g.e.inArticle(inner) {
				g.drop(as, "removed a sentence with a quotation the article does not contain: %q")
				return false
			}
			said, ok := g.e.quotes.Attribution(inner)
			if !ok || said == "" {
				continue
			}
			// Names inside quotation marks are what was said, not who said it.
			named := g.e.namesIn(quoteRe.ReplaceAllString(as.plain(), ""))
			if len(named) > 0 && !contains(named, said) {
				as.speaker, as.misnamed = said, named
				b.WriteString(text[last:m[1]])
				b.WriteString(fmt.Sprintf(" (these are %s’s words)", said))
				last = m[1]
				g.c.warnings = append(g.c.warnings, fmt.Sprintf("the quotation %q is by %s, not %s", inner, said, strings.Join(named, " or ")))
			}
		}
		b.WriteString(text[last:])
		as.texts[k] = b.String()
	}
	return true
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

func submatch(text string, m []int) string {
	for k := 2; k+1 < len(m); k += 2 {
		if m[k] >= 0 {
			return text[m[k]:m[k+1]]
		}
	}
	return ""
}

// decide returns the sources that support a claim among those its marker
// cites, repairing the citation when they do not: the citation moves to
// another retrieved source, or failing that to another article paragraph.
// context, when set, is the claim with the uncited sentence before it.
func (g *gateRun) decide(c, context *claimInfo, nums []int) ([]int, bool) {
	var valid []int
	for _, n := range nums {
		if n < 1 || n > g.shown {
			g.c.stats.Removed++
			g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed citation [%d]: there is no source %d", n, n))
			continue
		}
		if !containsInt(valid, n-1) {
			valid = append(valid, n-1)
		}
	}
	if !c.substantive() {
		// "He said so [2].": nothing to check it against.
		return valid, len(valid) > 0
	}
	clauses := g.e.clauses(c.text)
	var kept []int
	whole := false
	bestCov := -1.0
	covered := make([]bool, len(clauses))
	clausesOf := map[int][]int{} // the clauses each cited source supports
	for _, idx := range valid {
		ids := g.e.sourceSentences(g.c.sources[idx])
		j := g.e.best(c, ids)
		ok := g.accept(c, g.c.sources[idx].Paragraph, j)
		if !ok && context != nil {
			ok = g.e.best(context, ids).supports()
		}
		if ok {
			whole = true
			bestCov = max(bestCov, j.coverage)
		}
		for k, cl := range clauses {
			if g.e.best(cl, ids).supports() {
				covered[k] = true
				clausesOf[idx] = append(clausesOf[idx], k)
				ok = true
			}
		}
		if ok {
			kept = append(kept, idx)
		}
	}
	supported := whole || (len(clauses) > 1 && allTrue(covered))
	alt, altJ, altOK := g.bestElsewhere(c, valid)
	switch {
	case supported && altOK && whole && len(kept) == 1 && altJ.coverage > bestCov+supportMargin:
		// A clearly better passage: the model cited a neighbour.
		idx := g.adopt(alt)
		g.move(valid, nil, idx, c.text)
		return []int{idx}, true
	case supported:
		g.removeUnsupported(valid, kept, c.text)
		return kept, true
	case altOK:
		idx := g.adopt(alt)
		own := g.beyond(kept, clausesOf, clauses, idx)
		g.move(valid, own, idx, c.text)
		return append(own, idx), true
	}
	for _, idx := range valid {
		if !containsInt(kept, idx) {
			g.c.stats.Removed++
		}
	}
	return nil, false
}

// move reports a citation moved to source alt, and the removal of any
// other cited source that did not support the claim.
func (g *gateRun) move(valid, kept []int, alt int, claim string) {
	to := g.c.sources[alt].Paragraph
	first := true
	for _, idx := range valid {
		if containsInt(kept, idx) || idx == alt {
			continue
		}
		from := g.c.sources[idx]
		if first {
			g.c.stats.Moved++
			g.c.warnings = append(g.c.warnings, fmt.Sprintf("moved citation [%d] to ¶%d: ¶%d does not state %q", from.N, to, from.Paragraph, claim))
			first = false
			continue
		}
		g.c.stats.Removed++
		g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed citation [%d]: ¶%d does not state %q", from.N, from.Paragraph, claim))
	}
	if first {
		g.c.warnings = append(g.c.warnings, fmt.Sprintf("added a citation of ¶%d: it states %q", to, claim))
	}
}

func (g *gateRun) removeUnsupported(valid, kept []int, claim string) {
	for _, idx := range valid {
		if containsInt(kept, idx) {
			continue
		}
		s := g.c.sources[idx]
		g.c.stats.Removed++
		g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed citation [%d]: ¶%d does not state %q", s.N, s.Paragraph, claim))
	}
}
