package answer

import (
	"context"
	"fmt"
	"regexp"
	"strings"
)

// checked is an answer after the gate: the text a reader sees, the
// citations that survived, the sources (those shown to the model, plus
// paragraphs a repair cited), and every change made, with its reason.
type checked struct {
	text      string
	citations []Citation
	sources   []Source
	warnings  []string
	abstained bool
	stats     GateStats
}

var (
	// markerRe matches citation markers: [3], [3, 5], [3;5]. Adjacent
	// markers ([3][5]) are matched one by one.
	markerRe = regexp.MustCompile(`\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]`)
	// quoteRe matches a quoted span in the marks a model writes when it
	// quotes: curly or straight double quotes, single curly quotes (British
	// style; a ’ followed by a letter is an apostrophe inside the quotation,
	// as in ‘it’s over’), guillemets «…», German „…“ and corner brackets
	// 「…」. Straight single quotes are left out: in a model's English they
	// are far more often apostrophes than quotation marks.
	quoteRe = regexp.MustCompile(`“([^”\n]+)”|"([^"\n]+)"|‘((?:[^’\n]|’\pL)+)’|«([^»\n]+)»|„([^“”\n]+)[“”]|「([^」\n]+)」`)
	// abstainRe recognises an answer that says the article has no answer.
	abstainRe = regexp.MustCompile(`(?i)\b(article|sources?|passages?|text)\s+(does not|doesn't|doesn’t|do not|don't|don’t|did not|didn't)\s+(say|mention|answer|contain|provide|specify|state|include|address|discuss)|\bnot (mentioned|stated|specified|covered) in the (article|sources?)|\bno information\b`)
	// ellipsisRe matches the marks of words left out of a quotation.
	ellipsisRe = regexp.MustCompile(`\[\.\.\.\]|\.\.\.|…`)
	// speakerNote matches the note the gate adds after a quotation given
	// to the wrong speaker; it is not part of the claim.
	speakerNote = regexp.MustCompile(` \(these are [^()]+’s words\)`)
	// markup matches tags and mention syntax (<b>, <@123>): not prose, so
	// not part of a claim.
	markup           = regexp.MustCompile(`<[^<>\s][^<>]*>`)
	spaceBeforePunct = regexp.MustCompile(`\s+([.,;:!?])`)
	manySpaces       = regexp.MustCompile(`[ \t]{2,}`)
)

// gate checks a model's answer against the article, claim by claim. Every
// sentence (and every clause that carries its own citation) must be
// supported by the sources it cites: a citation that does not support its
// claim is moved to the retrieved source or article paragraph that does,
// or removed; a sentence nothing in the article supports is removed, and
// so is a sentence built around a quotation the article does not contain.
// Surviving markers are renumbered in order of first appearance. Every
// change is listed in the warnings.
func (e *Engine) gate(text string, sources []Source) checked {
	c, _ := e.gateWith(context.Background(), text, sources, nil)
	return c
}

// gateWith runs the gate with the model's verdicts on borderline claims
// (nil for none yet), and returns the pairs worth a second opinion.
func (e *Engine) gateWith(ctx context.Context, text string, sources []Source, opinions map[opinionKey]bool) (checked, []opinionAsk) {
	g := &gateRun{ctx: ctx, e: e, shown: len(sources), c: checked{sources: append([]Source(nil), sources...)},
		opinions: opinions, collect: opinions == nil && e.secondOpinion}
	sents := splitAnswer(normalizeMarkers(text, len(sources)))
	g.spanningQuotations(sents)
	for i := range sents {
		if !sents[i].dropped {
			g.sentence(sents, i)
		}
	}
	return g.finish(sents), g.asks
}

// gateRun is one pass of the gate over an answer.
type gateRun struct {
	ctx   context.Context // for a remote embedder's similarity
	e     *Engine
	shown int // sources shown to the model; later ones were added by repair
	c     checked
	// opinions are the model's verdicts from a second opinion; collect
	// says to note borderline pairs in asks for one.
	opinions map[opinionKey]bool
	collect  bool
	asks     []opinionAsk
}

// claim reads a claim of a sentence, with the speaker of a misattributed
// quotation in place of the names the sentence gave it.
func (g *gateRun) claim(as *answerSentence, text string) *claimInfo {
	c := g.e.claimInfo(text)
	if as.speaker == "" {
		return c
	}
	names := []string{as.speaker}
	for k, n := range c.names {
		if !contains(as.misnamed, n) && n != as.speaker {
			names = append(names, n)
			continue
		}
		// The misnamed speaker's words are not a claim to check: the
		// note names the real one.
		for i := range c.terms {
			if c.nameMasks[k]&(1<<i) != 0 {
				c.total -= c.weights[i]
				c.weights[i] = 0
			}
		}
	}
	c.names, c.subject = names, as.speaker
	c.nameMasks = g.e.nameMasks(c)
	return c
}

// sentence checks one sentence of the answer.
func (g *gateRun) sentence(sents []*answerSentence, i int) {
	as := sents[i]
	if !g.quotations(as) {
		return
	}
	if len(as.markers) == 0 {
		g.uncited(sents, i)
		return
	}
	for k := range as.markers {
		claim := clean(as.texts[k])
		c := g.claim(as, claim)
		as.claims[k] = claim
		if k == 0 && !c.substantive() {
			c = g.claim(as, clean(as.plain()))
		}
		var context *claimInfo
		if i > 0 && len(sents[i-1].markers) == 0 && !sents[i-1].dropped && k == 0 {
			context = g.claim(as, clean(sents[i-1].plain())+" "+claim)
		}
		cites, ok := g.decide(c, context, as.markers[k])
		if !ok {
			if k == 0 {
				g.drop(as, "removed a sentence no source supports: %q")
				return
			}
			// A later clause with its own marker: cut the clause.
			as.texts[k] = ""
			as.cites[k] = nil
			g.c.stats.Dropped++
			g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed a clause no source supports: %q", claim))
			continue
		}
		as.cites[k] = cites
	}
	g.tail(as)
}

// tail checks text after a sentence's last marker (", the Kremlin said" is
// part of the claim; "and the talks lasted two hours" is a claim of its
// own, judged against the sentence's sources).
func (g *gateRun) tail(as *answerSentence) {
	t := clean(as.texts[len(as.texts)-1])
	c := g.e.claimInfo(t)
	if len(c.terms) < 2 && len(c.figures) == 0 {
		return
	}
	var cited []int
	for _, cs := range as.cites {
		cited = append(cited, cs...)
	}
	for _, idx := range cited {
		if g.e.best(c, g.e.sourceSentences(g.c.sources[idx])).supports() {
			return
		}
	}
	if idx, ok := g.findSupport(c); ok {
		as.added = append(as.added, idx)
		return
	}
	as.tail = false
	g.c.stats.Dropped++
	g.c.warnings = append(g.c.warnings, fmt.Sprintf("removed a clause no source supports: %q", t))
}

// uncited checks a sentence without a marker: it stands if a source cited
// next to it supports it (one fact told over two sentences), gets a
// citation if another passage does, and is removed otherwise.
func (g *gateRun) uncited(sents []*answerSentence, i int) {
	as := sents[i]
	text := clean(as.plain())
	c := g.claim(as, text)
	if !c.substantive() || abstainRe.MatchString(text) {
		return
	}
	for _, j := range []int{i + 1, i - 1} {
		if j < 0 || j >= len(sents) {
			continue
		}
		for _, nums := range sents[j].markers {
			for _, n := range nums {
				if n >= 1 && n <= g.shown && g.e.best(c, g.e.sourceSentences(g.c.sources[n-1])).supports() {
					return
				}
			}
		}
	}
	if idx, ok := g.findSupport(c); ok {
		as.added, as.addedTo = []int{idx}, text
		g.c.warnings = append(g.c.warnings, fmt.Sprintf("added a citation of ¶%d to a sentence the model left uncited: %q", g.c.sources[idx].Paragraph, text))
		return
	}
	g.drop(as, "removed a sentence no source supports: %q")
}

// drop removes a sentence from the answer, with a warning quoting it.
func (g *gateRun) drop(as *answerSentence, format string) {
	as.dropped = true
	g.c.stats.Dropped++
	g.c.warnings = append(g.c.warnings, fmt.Sprintf(format, clean(as.plain())))
}

// clean is claim text without markers, spaces and closing punctuation.
func clean(s string) string {
	s = markerRe.ReplaceAllString(s, "")
	s = speakerNote.ReplaceAllString(s, "")
	s = markup.ReplaceAllString(s, "")
	s = spaceBeforePunct.ReplaceAllString(s, "$1")
	s = strings.TrimSpace(manySpaces.ReplaceAllString(s, " "))
	return strings.TrimRight(s, " ,;:")
}

func allTrue(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return false
		}
	}
	return len(bs) > 0
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
